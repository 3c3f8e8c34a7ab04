//! Counting field monitoring at scale: 1,000,000 acts in 200,000 events of one coalition
//! (`SHADOWDESK_BENCH_ACTS` changes it) on SQLite, counted by type, region, year and victim
//! group — from the running counts the server keeps (what the monitoring page and "Insert
//! into section" read), beside the same counts grouped from the acts themselves in SQL (what
//! counting would cost without them). Run with `cargo bench -p tests --bench monitoring`; the
//! README quotes the figures.

#[path = "../common/bench_server.rs"]
mod bench_server;

use std::{collections::HashMap, time::Duration, time::Instant};

use app::{
    auth::visibility::Visibility,
    monitoring::tallies::{self, Key},
    states::{ActType, AgeGroup, MonitoringStatus, Named, Reliability, VictimGroup, VictimSex},
};
use chrono::{NaiveDate, Utc};
use criterion::Criterion;
use entities::{monitoring_act, monitoring_event, organisation};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Statement, TransactionTrait,
};
use server::Application;

const REGIONS: [&str; 20] = [
    "Abai",
    "Akmola",
    "Aktobe",
    "Almaty",
    "Almaty region",
    "Astana",
    "Atyrau",
    "East Kazakhstan",
    "Jambyl",
    "Jetisu",
    "Karaganda",
    "Kostanay",
    "Kyzylorda",
    "Mangystau",
    "North Kazakhstan",
    "Pavlodar",
    "Shymkent",
    "Turkistan",
    "Ulytau",
    "West Kazakhstan",
];
const ACTS_PER_EVENT: usize = 5;

/// A small deterministic generator, so every run counts the same records.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below
    }
}

/// Records `acts` acts in events of the demonstration coalition, written in bulk, and keeps
/// their running counts through the server's own `tallies::add`.
async fn seed(db: &DatabaseConnection, acts: usize) {
    let organisation = organisation::Entity::find()
        .filter(organisation::Column::ShortName.eq("LIFT"))
        .one(db)
        .await
        .expect("organisations")
        .expect("LIFT")
        .id;
    let now = Utc::now();
    let mut random = Lcg(7);
    let events = acts.div_ceil(ACTS_PER_EVENT);
    let txn = db.begin().await.expect("transaction");
    let mut counts: HashMap<Key, (i64, i64)> = HashMap::new();
    let mut batch = Vec::new();
    for n in 0..events {
        let day = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap()
            + chrono::Days::new(random.next(3_990) as u64);
        batch.push(monitoring_event::ActiveModel {
            id: Set(n as i32 + 1),
            coalition_id: Set(1),
            organisation_id: Set(organisation),
            title: Set(format!("Event {n}")),
            started_on: Set(day),
            ended_on: Set(None),
            region: Set(REGIONS[random.next(REGIONS.len())].to_string()),
            locality: Set(String::new()),
            description: Set(String::new()),
            source: Set(String::new()),
            reliability: Set(Reliability::High),
            status: Set(MonitoringStatus::Closed),
            shared: Set(false),
            created_by: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
        });
        if batch.len() == 1_000 || n + 1 == events {
            monitoring_event::Entity::insert_many(std::mem::take(&mut batch))
                .exec_without_returning(&txn)
                .await
                .expect("events");
        }
    }
    let stored: HashMap<i32, monitoring_event::Model> = monitoring_event::Entity::find()
        .all(&txn)
        .await
        .expect("events back")
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let mut batch = Vec::new();
    for n in 0..acts {
        let event = &stored[&((n % events) as i32 + 1)];
        let act = monitoring_act::Model {
            id: n as i32 + 1,
            event_id: event.id,
            act_type: ActType::ALL[random.next(ActType::ALL.len())],
            ground: String::new(),
            victims: random.next(20) as i32,
            sex: VictimSex::Mixed,
            age_group: AgeGroup::Adult,
            victim_group: VictimGroup::ALL[random.next(VictimGroup::ALL.len())],
            created_at: now,
        };
        let count = counts.entry(Key::of(event, &act)).or_default();
        count.0 += 1;
        count.1 += i64::from(act.victims);
        batch.push(monitoring_act::ActiveModel::from(act));
        if batch.len() == 2_000 || n + 1 == acts {
            monitoring_act::Entity::insert_many(std::mem::take(&mut batch))
                .exec_without_returning(&txn)
                .await
                .expect("acts");
        }
    }
    for (key, (acts, victims)) in &counts {
        tallies::add(&txn, key, *acts, *victims)
            .await
            .expect("running counts");
    }
    txn.commit().await.expect("commit");
    println!(
        "monitoring: {acts} acts in {events} events, {} running counts",
        counts.len()
    );
}

/// The same counts grouped from the acts in SQL: (acts, victims) per label, four queries.
async fn grouped_from_acts(db: &DatabaseConnection) -> i64 {
    let mut acts = 0;
    for column in [
        "a.act_type",
        "e.region",
        "substr(e.started_on, 1, 4)",
        "a.victim_group",
    ] {
        let sql = format!(
            "SELECT {column}, COUNT(*), SUM(a.victims) FROM monitoring_acts a \
             JOIN monitoring_events e ON e.id = a.event_id WHERE e.coalition_id = 1 \
             GROUP BY {column}"
        );
        let rows = db
            .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
            .await
            .expect("grouped");
        acts = rows
            .iter()
            .map(|r| r.try_get_by_index::<i64>(1).unwrap_or(0))
            .sum();
    }
    acts
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --all-targets` runs this once, as a test, on a
    // small data set.
    let benching = std::env::args().any(|a| a == "--bench");
    let acts: usize = std::env::var("SHADOWDESK_BENCH_ACTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(if benching { 1_000_000 } else { 5_000 });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site");
    let database = format!("sqlite://{}", dir.path().join("monitoring.db").display());
    let db = runtime.block_on(async {
        let app = Application::build(bench_server::settings(
            &database,
            &site.display().to_string(),
            &[],
        ))
        .await
        .expect("server builds");
        let db = app.db().clone();
        let started = Instant::now();
        seed(&db, acts).await;
        println!(
            "monitoring: seeded in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        db
    });
    let visible = Visibility::Coalitions(vec![1]);
    let counted = runtime.block_on(async {
        let rows = tallies::read(&db, &visible, Some(1)).await.expect("read");
        tallies::counts(0, &rows)
    });
    let total: i64 = counted.by_type.iter().map(|r| r.acts).sum();
    assert_eq!(total, acts as i64, "every act counted once");
    assert_eq!(runtime.block_on(grouped_from_acts(&db)), acts as i64);
    assert!(counted.by_region.len() == REGIONS.len() || acts < 1_000);
    assert!(
        counted
            .by_type
            .iter()
            .all(|r| ActType::parse(&r.label).is_some())
    );

    let mut criterion = Criterion::default()
        .sample_size(if benching { 30 } else { 10 })
        .measurement_time(Duration::from_secs(if benching { 10 } else { 1 }))
        .configure_from_args();
    let mut group = criterion.benchmark_group("monitoring");
    group.bench_function("counts_from_running_counts", |b| {
        b.iter(|| {
            runtime.block_on(async {
                let events = tallies::events(&db, &visible, Some(1))
                    .await
                    .expect("events");
                let rows = tallies::read(&db, &visible, Some(1)).await.expect("read");
                tallies::counts(events, &rows)
            })
        })
    });
    group.bench_function("counts_grouped_from_acts", |b| {
        b.iter(|| runtime.block_on(grouped_from_acts(&db)))
    });
    group.finish();
    criterion.final_summary();
}
