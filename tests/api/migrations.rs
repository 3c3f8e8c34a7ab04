//! Migrations from an empty database, on SQLite and on a fresh PostgreSQL database.

use migrations::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectionTrait, Database, DatabaseConnection, EntityTrait, PaginatorTrait, Statement,
};
use server::database::{self, DatabaseUrl};

use crate::helpers::PostgresDatabase;

async fn assert_fully_migrated(db: &DatabaseConnection) {
    let applied = Migrator::get_applied_migrations(db)
        .await
        .expect("read migration table");
    assert_eq!(
        applied.len(),
        Migrator::migrations().len(),
        "every migration applied"
    );
    // The schema is usable: the tables exist and are empty.
    assert_eq!(
        entities::organisation::Entity::find()
            .count(db)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        entities::report_section::Entity::find()
            .count(db)
            .await
            .unwrap(),
        0
    );
}

#[tokio::test]
async fn migrations_run_from_empty_on_sqlite_and_twice_is_harmless() {
    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::parse(&format!(
        "sqlite://{}/nested/dir/app.db",
        dir.path().display()
    ))
    .unwrap();
    let db = database::connect(&url, 1)
        .await
        .expect("connect creates the file and its directory");
    database::migrate(&db, &url).await.expect("first run");
    database::migrate(&db, &url)
        .await
        .expect("second run is a no-op");
    assert_fully_migrated(&db).await;
}

#[tokio::test]
async fn sqlite_runs_in_wal_mode_with_foreign_keys_enforced() {
    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::parse(&format!("sqlite://{}/app.db", dir.path().display())).unwrap();
    let db = database::connect(&url, 1).await.unwrap();
    database::migrate(&db, &url).await.unwrap();
    let pragma = |sql: &'static str| {
        let db = db.clone();
        async move {
            db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
                .await
                .unwrap()
                .expect("one row")
        }
    };
    let mode: String = pragma("PRAGMA journal_mode")
        .await
        .try_get_by_index(0)
        .unwrap();
    assert_eq!(mode, "wal");
    let foreign_keys: i32 = pragma("PRAGMA foreign_keys")
        .await
        .try_get_by_index(0)
        .unwrap();
    assert_eq!(foreign_keys, 1);
    let orphan = db
        .execute_raw(Statement::from_string(
            db.get_database_backend(),
            "INSERT INTO coalitions (name, description, lead_organisation_id, created_at, updated_at, version) \
             VALUES ('x', '', 999, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)",
        ))
        .await;
    assert!(
        orphan.is_err(),
        "a coalition led by a missing organisation is refused"
    );
}

#[tokio::test]
async fn migrations_run_from_empty_on_a_fresh_postgres_database() {
    let pg = PostgresDatabase::create().await;
    let url = DatabaseUrl::parse(&pg.url).unwrap();
    let db = database::connect(&url, 2)
        .await
        .expect("connect to the fresh database");
    database::migrate(&db, &url).await.expect("first run");
    database::migrate(&db, &url)
        .await
        .expect("second run is a no-op");
    assert_fully_migrated(&db).await;
    db.close().await.unwrap();
    // The fresh database really is separate from the admin one.
    let admin = Database::connect(&crate::helpers::postgres_admin_url())
        .await
        .unwrap();
    let exists = admin
        .query_one_raw(Statement::from_string(
            admin.get_database_backend(),
            format!(
                "SELECT 1 FROM pg_database WHERE datname = '{}'",
                pg.url.rsplit('/').next().unwrap()
            ),
        ))
        .await
        .unwrap();
    assert!(exists.is_some());
}

#[tokio::test]
async fn demo_data_loads_once_in_one_transaction() {
    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::parse(&format!("sqlite://{}/app.db", dir.path().display())).unwrap();
    let db = database::connect(&url, 1).await.unwrap();
    database::migrate(&db, &url).await.unwrap();
    assert_eq!(
        server::demo::seed(&db).await.unwrap(),
        server::demo::SeedOutcome::Created
    );
    assert_eq!(
        server::demo::seed(&db).await.unwrap(),
        server::demo::SeedOutcome::AlreadyPresent
    );
    assert_eq!(
        entities::organisation::Entity::find()
            .count(&db)
            .await
            .unwrap(),
        14
    );
    assert_eq!(
        entities::coalition_member::Entity::find()
            .count(&db)
            .await
            .unwrap(),
        14
    );
    assert_eq!(
        entities::report_section::Entity::find()
            .count(&db)
            .await
            .unwrap(),
        7
    );
}

/// Acts recorded before the running counts existed are counted when their migration runs:
/// the counts' migration taken back and applied again over acts written directly.
async fn running_counts_are_filled_from_the_acts_recorded_before_them(db: &DatabaseConnection) {
    use entities::{monitoring_act, monitoring_event, monitoring_tally, states};
    use sea_orm::{ActiveValue::Set, EntityTrait};
    server::demo::seed(db).await.unwrap();
    let now = chrono::Utc::now();
    let event = |id: i32, day: &str, region: &str| monitoring_event::ActiveModel {
        id: Set(id),
        coalition_id: Set(1),
        organisation_id: Set(1),
        title: Set(format!("Event {id}")),
        started_on: Set(chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").unwrap()),
        ended_on: Set(None),
        region: Set(region.into()),
        locality: Set(String::new()),
        description: Set(String::new()),
        source: Set(String::new()),
        reliability: Set(states::Reliability::High),
        status: Set(states::MonitoringStatus::Closed),
        shared: Set(false),
        created_by: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
    };
    monitoring_event::Entity::insert_many([
        event(1, "2025-03-08", "Almaty"),
        event(2, "2026-05-01", "Almaty"),
    ])
    .exec_without_returning(db)
    .await
    .unwrap();
    let act = |event_id: i32, victims: i32| monitoring_act::ActiveModel {
        event_id: Set(event_id),
        act_type: Set(states::ActType::Torture),
        ground: Set(String::new()),
        victims: Set(victims),
        sex: Set(states::VictimSex::Male),
        age_group: Set(states::AgeGroup::Adult),
        victim_group: Set(states::VictimGroup::Detainee),
        created_at: Set(now),
        ..Default::default()
    };
    monitoring_act::Entity::insert_many([act(1, 2), act(1, 3), act(2, 4)])
        .exec_without_returning(db)
        .await
        .unwrap();
    // Back to before the running counts (and whatever came after them), then up again.
    let migrations = Migrator::migrations();
    let tallies = migrations
        .iter()
        .position(|m| m.name() == "m20261209_000020_monitoring_tallies")
        .expect("the running counts' migration");
    Migrator::down(db, Some((migrations.len() - tallies) as u32))
        .await
        .unwrap();
    Migrator::up(db, None).await.unwrap();
    let mut tallies: Vec<(i32, String, i64, i64)> = monitoring_tally::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.year, t.region, t.acts, t.victims))
        .collect();
    tallies.sort();
    assert_eq!(
        tallies,
        [
            (2025, "Almaty".to_string(), 2, 5),
            (2026, "Almaty".to_string(), 1, 4)
        ]
    );
}

#[tokio::test]
async fn running_counts_are_filled_from_earlier_acts_on_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::parse(&format!("sqlite://{}/app.db", dir.path().display())).unwrap();
    let db = database::connect(&url, 1).await.unwrap();
    database::migrate(&db, &url).await.unwrap();
    running_counts_are_filled_from_the_acts_recorded_before_them(&db).await;
}

#[tokio::test]
async fn running_counts_are_filled_from_earlier_acts_on_postgres() {
    let pg = PostgresDatabase::create().await;
    let url = DatabaseUrl::parse(&pg.url).unwrap();
    let db = database::connect(&url, 2).await.unwrap();
    database::migrate(&db, &url).await.unwrap();
    running_counts_are_filled_from_the_acts_recorded_before_them(&db).await;
    db.close().await.unwrap();
}
