//! Logging set-up.

use std::io::IsTerminal;

use tracing_subscriber::{EnvFilter, fmt};

/// Installs a `tracing` subscriber writing to stderr with `filter` (e.g. `info`,
/// `shadowdesk=debug,tower_http=info`); an invalid filter falls back to `info` with a warning.
pub fn init(filter: &str) {
    let (env_filter, bad_filter) = match EnvFilter::try_new(filter) {
        Ok(f) => (f, false),
        Err(_) => (EnvFilter::new("info"), true),
    };
    let _ = fmt()
        .with_env_filter(env_filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
    if bad_filter {
        tracing::warn!(
            filter,
            "SHADOWDESK_LOG is not a valid filter; logging at info"
        );
    }
}
