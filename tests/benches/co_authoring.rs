//! Benchmarks for co-authoring: saving a section, and the report dashboard of a 150-section
//! report (its data, and the whole server-rendered page over HTTP). Run with
//! `cargo bench -p tests --bench co_authoring`; the README quotes the figures.

#[path = "../common/bench_server.rs"]
mod bench_server;

use std::{cell::Cell, time::Duration};

use app::{
    auth::{policy::Actor, visibility::actor_for},
    reports::outline::outline,
    sections::save::{Edit, save},
};
use chrono::Utc;
use criterion::{Criterion, criterion_group, criterion_main};
use entities::{report, report_section, section_revision, user};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};
use server::Application;

/// A paragraph of about 60 words with a footnote, like a shadow report's.
const PARAGRAPH: &str = "Trial monitors observed that defence lawyers were often denied \
confidential meetings with their clients before the first hearing, and that judges rarely \
excluded statements the accused said had been obtained under duress. In 2025 the coalition \
recorded 212 such hearings in Almaty, Shymkent and Karaganda, of which fewer than one in ten \
led to an investigation.[^1]";

struct Fixture {
    runtime: tokio::runtime::Runtime,
    db: DatabaseConnection,
    actor: Actor,
    address: String,
    cookie: String,
    report_id: i32,
    section_id: i32,
    _dir: tempfile::TempDir,
}

fn fixture() -> Fixture {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let dir = tempfile::tempdir().expect("temp dir");
    let site = dir.path().join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site");
    let database = format!("sqlite://{}", dir.path().join("bench.db").display());
    let site = site.display().to_string();
    let settings = bench_server::settings(&database, &site, &[]);
    let (db, address) = runtime.block_on(async {
        let app = Application::build(settings).await.expect("server builds");
        let address = format!("http://{}", app.address());
        let db = app.db().clone();
        tokio::spawn(app.run_until_stopped());
        (db, address)
    });
    let (actor, report_id, section_id, cookie) = runtime.block_on(async {
        let coordinator = user::Entity::find()
            .filter(user::Column::Email.eq("coordinator@sbhr.example"))
            .one(&db)
            .await
            .unwrap()
            .expect("demo coordinator");
        let actor = actor_for(&db, &coordinator).await.unwrap();
        let demo = report::Entity::find()
            .one(&db)
            .await
            .unwrap()
            .expect("demo report");
        let (report_id, first) = large_report(&db, &demo).await;
        let cookie = sign_in(&address).await;
        (actor, report_id, first, cookie)
    });
    Fixture {
        runtime,
        db,
        actor,
        address,
        cookie,
        report_id,
        section_id,
        _dir: dir,
    }
}

/// A copy of the demonstration report with 150 sections of about 300 words each (30 top
/// level, each with four subsections). Returns its id and its first section's.
async fn large_report(db: &DatabaseConnection, demo: &report::Model) -> (i32, i32) {
    let now = Utc::now();
    let copy = report::ActiveModel {
        coalition_id: Set(demo.coalition_id),
        title: Set("Large report".into()),
        mechanism: Set(demo.mechanism.clone()),
        stage: Set(demo.stage.clone()),
        state_under_review: Set(demo.state_under_review.clone()),
        language: Set("en".into()),
        profile_id: Set(demo.profile_id),
        time_zone: Set("UTC".into()),
        status: Set(entities::states::ReportStatus::Drafting),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let body = format!(
        "{}\n\n[^1]: Coalition trial-monitoring database, 2025.",
        [PARAGRAPH; 5].join("\n\n")
    );
    let mut first = None;
    for top in 0..30 {
        let parent = insert(
            db,
            copy.id,
            None,
            top,
            &format!("Article {}", top + 1),
            &body,
        )
        .await;
        first.get_or_insert(parent);
        for sub in 0..4 {
            insert(
                db,
                copy.id,
                Some(parent),
                sub,
                &format!("Issue {}.{}", top + 1, sub + 1),
                &body,
            )
            .await;
        }
    }
    (copy.id, first.expect("sections"))
}

async fn insert(
    db: &DatabaseConnection,
    report_id: i32,
    parent: Option<i32>,
    position: i32,
    title: &str,
    body: &str,
) -> i32 {
    let now = Utc::now();
    let section = report_section::ActiveModel {
        report_id: Set(report_id),
        parent_id: Set(parent),
        position: Set(position),
        title: Set(title.into()),
        body: Set(body.into()),
        word_budget: Set(Some(400)),
        status: Set(entities::states::SectionStatus::Drafting),
        coordination_notes: Set(String::new()),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    section_revision::ActiveModel {
        section_id: Set(section.id),
        version: Set(1),
        title: Set(section.title.clone()),
        body: Set(section.body.clone()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    section.id
}

async fn sign_in(address: &str) -> String {
    bench_server::sign_in(&reqwest::Client::new(), address, "coordinator@sbhr.example").await
}

fn benchmarks(c: &mut Criterion) {
    let f = fixture();
    let version = Cell::new(1);
    let mut group = c.benchmark_group("co_authoring");
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("save_section", |b| {
        b.iter(|| {
            let base = version.get();
            let edit = Edit {
                section_id: f.section_id,
                base_version: base,
                body: format!("{PARAGRAPH}\n\nRevision {base}."),
                message: None,
                minor: false,
            };
            f.runtime
                .block_on(save(&f.db, &f.actor, edit))
                .expect("saved");
            version.set(base + 1);
        })
    });
    group.bench_function("dashboard_data_150_sections", |b| {
        b.iter(|| {
            let view = f
                .runtime
                .block_on(outline(&f.db, &f.actor, f.report_id))
                .expect("outline");
            assert_eq!(view.sections.len(), 150);
        })
    });
    let client = reqwest::Client::new();
    let page = format!("{}/reports/{}", f.address, f.report_id);
    group.bench_function("dashboard_page_150_sections", |b| {
        b.iter(|| {
            let html = f.runtime.block_on(async {
                client
                    .get(&page)
                    .header("cookie", &f.cookie)
                    .send()
                    .await
                    .expect("page")
                    .text()
                    .await
                    .expect("html")
            });
            assert!(html.contains("Issue 30.4"), "the whole outline is rendered");
        })
    });
    group.finish();
}

criterion_group!(benches, benchmarks);
criterion_main!(benches);
