//! Building the application (bind, connect, migrate, route) and running it until stopped.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
    sync::OnceLock,
};

use app::{App, recommendations::search::cache::SearchCache, shell};
use axum::{
    Router,
    extract::Request,
    http::HeaderName,
    middleware::{self, Next},
    routing::get,
};
use leptos::{config::LeptosOptions, prelude::provide_context};
use leptos_axum::{AxumRouteListing, LeptosRoutes, file_and_error_handler, generate_route_list};
use sea_orm::DatabaseConnection;
use tokio::net::TcpListener;
use tower_http::{
    compression::CompressionLayer,
    request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer},
    trace::TraceLayer,
};

use crate::{
    body_limit,
    config::Settings,
    csrf,
    database::{self, DatabaseError},
    demo, headers, multipart,
    routes::{calendar, catalogue, evidence, export, health, oauth, presence, public, submission},
    state::{AppState, Services},
};

pub use crate::body_limit::MAX_REQUEST_BYTES;

/// Name of the wasm/JS/CSS bundle under `<site>/pkg/`.
const OUTPUT_NAME: &str = "shadowdesk";

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(
        "the site directory {0} is missing or has no pkg/ bundle: build it with `cargo leptos build` \
         or point SHADOWDESK_SITE_ROOT at it"
    )]
    MissingSite(PathBuf),
    #[error(
        "the site directory {0} holds a bundle built without `--split`: its pages would wait \
         for code that is not there; build it with `cargo leptos build --split`"
    )]
    UnsplitSite(PathBuf),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error(transparent)]
    Database(#[from] DatabaseError),
    #[error("cannot load the demonstration data: {0}")]
    DemoData(sea_orm::DbErr),
    #[error("cannot issue the setup link of the empty instance: {0}")]
    SetupLink(sea_orm::DbErr),
    #[error("Leptos configuration: {0}")]
    Leptos(String),
    #[error("server stopped with an error: {0}")]
    Serve(std::io::Error),
    #[error("cannot listen for the stop signals: {0}")]
    Signals(std::io::Error),
    #[error("SHADOWDESK_SEAL_KEY_FILE: {0}")]
    SealKey(shadowdesk_seal::SealError),
}

/// A bound, migrated, ready-to-run Shadowdesk server.
pub struct Application {
    listener: TcpListener,
    router: Router,
    address: SocketAddr,
    db: DatabaseConnection,
    stop: StopSignal,
    setup_path: Option<String>,
}

impl Application {
    /// Checks the site, binds the address (port 0 picks a free one), connects to the database,
    /// applies migrations, loads demo data when asked, and builds the router.
    pub async fn build(settings: Settings) -> Result<Self, StartupError> {
        let pkg = settings.site_root.join("pkg");
        if !pkg.is_dir() {
            return Err(StartupError::MissingSite(settings.site_root.clone()));
        }
        if bundle_is_unsplit(&pkg) {
            return Err(StartupError::UnsplitSite(settings.site_root.clone()));
        }
        // Listen for the stop signals before the address is announced, so a SIGTERM sent the
        // moment the server says it is listening is never lost.
        let stop = StopSignal::install().map_err(StartupError::Signals)?;
        let listener =
            TcpListener::bind(settings.bind)
                .await
                .map_err(|source| StartupError::Bind {
                    addr: settings.bind,
                    source,
                })?;
        let address = listener.local_addr().map_err(|source| StartupError::Bind {
            addr: settings.bind,
            source,
        })?;

        // Migrations run on a connection of their own, closed before the serving pool opens:
        // SQLite runs them outside a transaction, statement by statement, and a pooled
        // connection that saw the schema half-way was seen to read a column just added as NULL.
        let migrating = database::connect(&settings.database_url, 1).await?;
        database::migrate(&migrating, &settings.database_url).await?;
        if let Err(error) = migrating.close().await {
            tracing::warn!(%error, "closing the migration connection failed");
        }
        let db = database::connect(&settings.database_url, settings.db_max_connections).await?;
        if settings.demo_data {
            demo::seed_if_empty(&db)
                .await
                .map_err(StartupError::DemoData)?;
        }
        // An empty instance gets a one-time link that creates its first administrator.
        let setup_path = app::setup::server::issue_setup_token(&db, chrono::Utc::now())
            .await
            .map_err(StartupError::SetupLink)?
            .map(|token| format!("/setup/{token}"));

        let keys = shadowdesk_seal::KeyStore::new(&settings.seal_key_file)
            .map_err(StartupError::SealKey)?;
        let options = leptos_options(&settings, address)?;
        let services = Services {
            keys: Some(std::sync::Arc::new(keys)),
            sessions: settings.sessions,
            identity: settings.identity.clone(),
            mailer: settings.mailer.clone(),
            proxies: settings.trusted_proxies.clone(),
            search: SearchCache::default(),
            imports: Default::default(),
            limits: Default::default(),
        };
        warm_search_index(&db, &services.search);
        if let Some(mailer) = &services.mailer {
            let base = settings.identity.public_url.clone().unwrap_or_default();
            send_reminders_hourly(&db, mailer, base);
        }
        let router = router(options, db.clone(), services);
        Ok(Application {
            listener,
            router,
            address,
            db,
            stop,
            setup_path,
        })
    }

    /// The one-time setup address (`/setup/<token>`) issued because the database has no
    /// account at all; `None` otherwise.
    pub fn setup_path(&self) -> Option<&str> {
        self.setup_path.as_deref()
    }

    /// The address actually bound (with the real port when 0 was asked for).
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// The port actually bound.
    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// The database pool, for callers that need to look inside (tests, CLI).
    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Serves until SIGINT or SIGTERM, then finishes in-flight requests and closes the pool.
    pub async fn run_until_stopped(self) -> Result<(), StartupError> {
        let service = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(self.listener, service)
            .with_graceful_shutdown(self.stop.received())
            .await
            .map_err(StartupError::Serve)?;
        if let Err(error) = self.db.close().await {
            tracing::warn!(%error, "closing the database pool failed");
        }
        Ok(())
    }
}

/// Builds the search index in the background, so the first search does not wait for it.
fn warm_search_index(db: &DatabaseConnection, search: &SearchCache) {
    let (db, search) = (db.clone(), search.clone());
    tokio::spawn(async move {
        if let Err(error) = search.read(&db, |index| index.len()).await {
            tracing::warn!(%error, "building the search index");
        }
    });
}

/// Sends the follow-up reminders that are due, now and every hour. Every app server may run
/// this: each reminder goes out once (see `app::recommendations::follow_up::reminders`).
fn send_reminders_hourly(db: &DatabaseConnection, mailer: &app::mail::Mailer, base: String) {
    let (db, mailer) = (db.clone(), mailer.clone());
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        loop {
            every_hour.tick().await;
            let today = chrono::Utc::now().date_naive();
            match app::recommendations::follow_up::reminders::send_due(&db, &mailer, &base, today)
                .await
            {
                Ok(0) => {}
                Ok(sent) => tracing::info!(sent, "follow-up reminders sent"),
                Err(error) => tracing::warn!(%error, "sending follow-up reminders"),
            }
        }
    });
}

/// Whether `pkg` holds a wasm bundle but not the loader of its lazily loaded chunks: the pages
/// load their code from chunks (`app/src/app/lazy.rs`), which only `cargo leptos build --split`
/// writes. An empty `pkg/` (a server that only answers the API) passes.
fn bundle_is_unsplit(pkg: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(pkg) else {
        return false;
    };
    let names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    let has_bundle = names
        .iter()
        .any(|name| name.starts_with(OUTPUT_NAME) && name.ends_with(".wasm"));
    let has_loader = names.iter().any(|name| name.starts_with("__wasm_split."));
    has_bundle && !has_loader
}

/// Leptos options from the environment cargo-leptos sets, with Shadowdesk's own settings on
/// top. Hashed bundle names are used when cargo-leptos left a hash file next to the binary.
fn leptos_options(settings: &Settings, address: SocketAddr) -> Result<LeptosOptions, StartupError> {
    let mut options = leptos::config::get_configuration(None)
        .map_err(|e| StartupError::Leptos(e.to_string()))?
        .leptos_options;
    if options.output_name.is_empty() {
        options.output_name = OUTPUT_NAME.into();
    }
    options.site_root = settings.site_root.to_string_lossy().as_ref().into();
    options.site_addr = address;
    options.hash_files = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())))
        .is_some_and(|hash_file| hash_file.is_file());
    Ok(options)
}

/// The app's pages, worked out once per process. Leptos finds them by rendering the whole app
/// with resource loading switched off for the entire process (a global flag), so a second
/// server built in the same process (the tests and benchmarks run many) must not do it again:
/// a page another server was answering meanwhile would wait for its data forever.
fn app_routes() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// Pages, server functions, probes, static files and the middleware around them.
fn router(options: LeptosOptions, db: DatabaseConnection, services: Services) -> Router {
    let routes = app_routes();
    let hashed_assets = options.hash_files;
    let https = services
        .identity
        .public_url
        .as_deref()
        .is_some_and(|url| url.starts_with("https://"));
    let state = AppState {
        leptos_options: options,
        db,
        services,
    };
    let context_db = state.db.clone();
    let context_services = state.services.clone();
    let request_id = HeaderName::from_static("x-request-id");

    Router::new()
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/locales/{file}", get(catalogue::file))
        .route("/auth/oauth/{provider}", get(oauth::start))
        .route("/auth/oauth/{provider}/callback", get(oauth::callback))
        .route("/live/sections/{id}", get(presence::section))
        .route("/evidence/{id}", get(evidence::file))
        .route("/exports/recommendations.csv", get(export::csv))
        .route("/exports/recommendations.xlsx", get(export::xlsx))
        .route("/exports/follow-up.ics", get(calendar::ics))
        .route("/exports/uptake.csv", get(export::uptake_csv))
        .route("/exports/monitoring.csv", get(export::monitoring_csv))
        .route("/exports/monitoring.xlsx", get(export::monitoring_xlsx))
        .route("/reports/{id}/export.docx", get(submission::draft_docx))
        .route("/exports/reports/{file}", get(submission::final_docx))
        .route("/p/{address}", get(public::page))
        .route("/p/{address}/feed.atom", get(public::feed))
        .route(
            "/p/{address}/recommendations/{id}",
            get(public::recommendation),
        )
        .route("/p/{address}/evidence/{id}", get(public::evidence))
        .leptos_routes_with_context(
            &state,
            routes,
            move || {
                provide_context(context_db.clone());
                context_services.provide();
            },
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(file_and_error_handler::<AppState, _>(shell))
        .with_state(state)
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            headers::cache_headers(hashed_assets, req, next)
        }))
        .layer(middleware::from_fn(multipart::require_multipart_uploads))
        .layer(middleware::from_fn(csrf::verify_origin))
        .layer(middleware::from_fn(body_limit::limit_request_body))
        .layer(middleware::from_fn(move |req: Request, next: Next| {
            headers::security_headers(https, req, next)
        }))
        .layer(CompressionLayer::new())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(
            TraceLayer::new_for_http().make_span_with(|request: &Request| {
                let request_id = request
                    .headers()
                    .get("x-request-id")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!(
                    "request",
                    %request_id,
                    method = %request.method(),
                    path = %request.uri().path(),
                )
            }),
        )
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
}

/// The stop signals (Ctrl-C, SIGTERM), registered when the application is built.
struct StopSignal {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignal {
    fn install() -> std::io::Result<Self> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            Ok(Self {
                interrupt: signal(SignalKind::interrupt())?,
                terminate: signal(SignalKind::terminate())?,
            })
        }
        #[cfg(not(unix))]
        Ok(Self {})
    }

    /// Resolves on the first Ctrl-C or SIGTERM.
    async fn received(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {},
            _ = self.terminate.recv() => {},
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        tracing::info!("shutting down: finishing requests in flight");
    }
}
