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
