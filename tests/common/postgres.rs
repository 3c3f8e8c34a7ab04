//! Fresh PostgreSQL databases on the test server, dropped when done.

// Each test binary uses part of this module.
#![allow(dead_code)]

use sea_orm::{ConnectionTrait, Database, Statement};

/// The PostgreSQL server the tests use (`SHADOWDESK_TEST_POSTGRES_URL`, default the local one).
pub fn postgres_admin_url() -> String {
    std::env::var("SHADOWDESK_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_string())
}

/// A fresh PostgreSQL database, dropped when this value is dropped.
pub struct PostgresDatabase {
    pub url: String,
    name: String,
}

impl PostgresDatabase {
    /// Creates `shadowdesk_test_<random>` on the test server.
    pub async fn create() -> Self {
        let admin_url = postgres_admin_url();
        let name = format!("shadowdesk_test_{}", random_suffix());
        let admin = Database::connect(&admin_url)
            .await
            .expect("PostgreSQL test server reachable");
        admin
            .execute_raw(Statement::from_string(
                admin.get_database_backend(),
                format!("CREATE DATABASE {name}"),
            ))
            .await
            .expect("create test database");
        admin.close().await.ok();
        let base = admin_url
            .rsplit_once('/')
            .map(|(base, _)| base)
            .unwrap_or(&admin_url);
        PostgresDatabase {
            url: format!("{base}/{name}"),
            name,
        }
    }
}

impl Drop for PostgresDatabase {
    fn drop(&mut self) {
        let name = self.name.clone();
        // Drop runs outside any async context we can rely on: use a runtime of its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async {
                let admin = Database::connect(&postgres_admin_url()).await.ok()?;
                admin
                    .execute_raw(Statement::from_string(
                        admin.get_database_backend(),
                        format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
                    ))
                    .await
                    .ok()?;
                admin.close().await.ok()
            })
        })
        .join();
    }
}

fn random_suffix() -> String {
    use std::time::{SystemTime, UNIX_EPOCH};
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}_{}", std::process::id(), nanos % 1_000_000_000)
}
