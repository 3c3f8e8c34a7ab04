//! Shadowdesk's Leptos application: the shell, pages and server functions.
//!
//! Each feature area is a folder with `api.rs` (server functions and their DTOs, compiled for
//! both sides), `server.rs` (server-only queries) and `pages/` (views).
//!
//! Layers, top to bottom; a module imports only from its own layer and those below it, and no
//! two modules import from each other (a test in `tests/api/layers.rs` reads this list):
//! 1. the shell: app
//! 2. work across features: coalitions, export, import, oauth, organisations, overview
//! 3. the report: reports
//! 4. its plan, proposals, review, translations and monitoring figures: figures, outline,
//!    proposals, review, translations
//! 5. its sections: sections
//! 6. standalone features: audit, glossary, members, monitoring, profiles, recommendations,
//!    settings, setup
//! 7. access: auth, report_access
//! 8. foundations: cookies, directory, error, i18n, language, layout, mail, security,
//!    storage_trouble, transaction, uploads

// The report and import pages' view types nest deeper than rustc's default limit allows when a
// release build lays out their asynchronous hydration (debug builds, which cargo-leptos compiles
// with `--cfg erase_components`, erase those types and stay under it).
#![recursion_limit = "256"]

pub mod app;
pub mod audit;
pub mod auth;
pub mod coalitions;
#[cfg(feature = "ssr")]
pub mod cookies;
#[cfg(feature = "ssr")]
pub mod directory;
pub mod error;
pub mod export;
pub mod figures;
pub mod glossary;
pub mod i18n;
pub mod import;
pub mod language;
pub mod layout;
#[cfg(feature = "ssr")]
pub mod mail;
pub mod members;
pub mod monitoring;
#[cfg(feature = "ssr")]
pub mod oauth;
pub mod organisations;
pub mod outline;
pub mod overview;
pub mod profiles;
pub mod proposals;
pub mod recommendations;
#[cfg(feature = "ssr")]
pub mod report_access;
pub mod reports;
pub mod review;
pub mod sections;
#[cfg(feature = "ssr")]
pub mod security;
pub mod settings;
pub mod setup;
#[cfg(feature = "ssr")]
pub mod storage_trouble;
#[cfg(feature = "ssr")]
pub mod transaction;
pub mod translations;
#[cfg(feature = "ssr")]
pub mod uploads;

pub use app::{App, shell};
/// Stored states, roles and kinds as enums, shared with the entities and the browser.
pub use shadowdesk_states as states;

/// The performance mark (User Timing) that `hydrate` records once the page is interactive:
/// the time-to-interactive benchmark reads it, and browser developer tools show it.
pub const HYDRATED_MARK: &str = "shadowdesk:hydrated";

/// Browser entry point: hydrates the server-rendered page, then records the
/// [`HYDRATED_MARK`] performance mark and marks `<body data-hydrated>` so tests (and curious
/// people) can tell the page is interactive. Hydration is asynchronous: a page whose code is in
/// a lazily loaded chunk hydrates once that chunk has arrived.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    let Some(body) = leptos::prelude::document().body() else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let locale = i18n::document_locale();
        if let Err(error) = i18n::catalogue::load(locale).await {
            leptos::logging::error!("{error}; the page stays as the server sent it");
            return;
        }
        leptos::mount::hydrate_from_async(body.clone(), App)
            .await
            .forget();
        if let Some(performance) = leptos::prelude::window().performance() {
            let _ = performance.mark(HYDRATED_MARK);
        }
        let _ = body.set_attribute("data-hydrated", "true");
    });
}
