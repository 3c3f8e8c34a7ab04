//! State shared by every request handler.

use app::{
    auth::{
        client_address::TrustedProxies, providers::IdentityProviders, rate_limit::RateLimits,
        session::SessionPolicy,
    },
    mail::Mailer,
    recommendations::{import::progress::ProgressRegistry, search::cache::SearchCache},
};
use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sea_orm::DatabaseConnection;
use shadowdesk_seal::KeyStore;

/// The Leptos options, the database pool and the configured services; cheap to clone.
#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: DatabaseConnection,
    pub services: Services,
}

/// What server functions and routes need besides the database, from the settings.
#[derive(Clone, Debug, Default)]
pub struct Services {
    pub sessions: SessionPolicy,
    pub identity: IdentityProviders,
    pub mailer: Option<Mailer>,
    pub proxies: TrustedProxies,
    /// This server's recommendation search index.
    pub search: SearchCache,
    /// The imports running on this server, for their progress bars.
    pub imports: ProgressRegistry,
    /// Per-person budgets for imports and exports on this server.
    pub limits: RateLimits,
    /// The keys that seal monitoring identities.
    pub keys: Option<Arc<KeyStore>>,
}

impl Services {
    /// Puts every service into the Leptos context of the current request.
    pub fn provide(&self) {
        use leptos::prelude::provide_context;
        provide_context(self.sessions);
        provide_context(self.identity.clone());
        provide_context(self.proxies.clone());
        provide_context(self.search.clone());
        provide_context(self.imports.clone());
        provide_context(self.limits.clone());
        if let Some(mailer) = &self.mailer {
            provide_context(mailer.clone());
        }
        if let Some(keys) = &self.keys {
            provide_context(keys.clone());
        }
    }
}
