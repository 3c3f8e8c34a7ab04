//! Liveness and readiness probes for load balancers and orchestrators.

use axum::{extract::State, http::StatusCode};
use sea_orm::DatabaseConnection;

/// `GET /healthz`: the process is up and serving requests.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: the database answers, so this server can take traffic.
pub async fn readyz(State(db): State<DatabaseConnection>) -> (StatusCode, &'static str) {
    match db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "readiness check failed: database did not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable")
        }
    }
}
