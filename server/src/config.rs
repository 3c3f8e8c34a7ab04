//! Typed settings, read once from `SHADOWDESK_*` environment variables.

use std::{env, net::SocketAddr, path::PathBuf};

use app::auth::session::SessionPolicy;
use chrono::Duration;

use crate::database::DatabaseUrl;

/// Everything the server needs to start. Each field names its environment variable.
#[derive(Clone, Debug)]
pub struct Settings {
    /// `SHADOWDESK_DATABASE_URL`: `sqlite://path/file.db` (default `sqlite://data/shadowdesk.db`)
    /// or `postgres://user:password@host:port/database`.
    pub database_url: DatabaseUrl,
    /// `SHADOWDESK_DB_MAX_CONNECTIONS`: size of the connection pool (default 10).
    pub db_max_connections: u32,
    /// `SHADOWDESK_BIND`: address to listen on (default `LEPTOS_SITE_ADDR`, else `127.0.0.1:3000`);
    /// port 0 picks a free port.
    pub bind: SocketAddr,
    /// `SHADOWDESK_SITE_ROOT`: the built site with `pkg/` (default `LEPTOS_SITE_ROOT`, else
    /// `target/site`).
    pub site_root: PathBuf,
    /// `SHADOWDESK_LOG`: log filter in `tracing` syntax (default `info`).
    pub log_filter: String,
    /// `SHADOWDESK_SESSION_IDLE_MINUTES` (default 480) and `SHADOWDESK_SESSION_MAX_DAYS`
    /// (default 14): a session ends after this long unused, and this long after sign-in.
    pub sessions: SessionPolicy,
    /// `SHADOWDESK_DEMO_DATA`: `true` loads the demonstration coalition at start-up into a
    /// database that has no coalition yet (default `false`).
    pub demo_data: bool,
}

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name}: {reason}")]
    Invalid { name: &'static str, reason: String },
}

impl Settings {
    /// Reads the settings from the process environment.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|name| env::var(name).ok())
    }

    /// Reads the settings through `lookup`, so tests need not touch the process environment.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let get = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let database_url = get("SHADOWDESK_DATABASE_URL")
            .unwrap_or_else(|| "sqlite://data/shadowdesk.db".to_string());
        let database_url =
            DatabaseUrl::parse(&database_url).map_err(|reason| ConfigError::Invalid {
                name: "SHADOWDESK_DATABASE_URL",
                reason,
            })?;
        let db_max_connections = match get("SHADOWDESK_DB_MAX_CONNECTIONS") {
            None => 10,
            Some(v) => v
                .parse()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| ConfigError::Invalid {
                    name: "SHADOWDESK_DB_MAX_CONNECTIONS",
                    reason: format!("must be a positive whole number, not {v:?}"),
                })?,
        };
        let positive =
            |name: &'static str, default: i64| -> Result<i64, ConfigError> {
                match get(name) {
                    None => Ok(default),
                    Some(v) => v.parse::<i64>().ok().filter(|n| *n > 0).ok_or_else(|| {
                        ConfigError::Invalid {
                            name,
                            reason: format!("must be a positive whole number, not {v:?}"),
                        }
                    }),
                }
            };
        let sessions = SessionPolicy {
            idle: Duration::minutes(positive("SHADOWDESK_SESSION_IDLE_MINUTES", 480)?),
            absolute: Duration::days(positive("SHADOWDESK_SESSION_MAX_DAYS", 14)?),
        };
        let bind = get("SHADOWDESK_BIND")
            .map(|v| ("SHADOWDESK_BIND", v))
            .or_else(|| get("LEPTOS_SITE_ADDR").map(|v| ("LEPTOS_SITE_ADDR", v)))
            .map(|(name, v)| {
                v.parse::<SocketAddr>().map_err(|_| ConfigError::Invalid {
                    name,
                    reason: format!("must be an address like 127.0.0.1:3000, not {v:?}"),
                })
            })
            .transpose()?
            .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 3000)));
        let site_root = get("SHADOWDESK_SITE_ROOT")
            .or_else(|| get("LEPTOS_SITE_ROOT"))
            .unwrap_or_else(|| "target/site".to_string())
            .into();
        let log_filter = get("SHADOWDESK_LOG").unwrap_or_else(|| "info".to_string());
        let demo_data = match get("SHADOWDESK_DEMO_DATA")
            .as_deref()
            .map(str::to_ascii_lowercase)
        {
            None => false,
            Some(v) if ["1", "true", "yes", "on"].contains(&v.as_str()) => true,
            Some(v) if ["0", "false", "no", "off"].contains(&v.as_str()) => false,
            Some(v) => {
                return Err(ConfigError::Invalid {
                    name: "SHADOWDESK_DEMO_DATA",
                    reason: format!("must be true or false, not {v:?}"),
                });
            }
        };
        Ok(Settings {
            database_url,
            db_max_connections,
            bind,
            site_root,
            log_filter,
            sessions,
            demo_data,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        Settings::from_lookup(|name| {
            vars.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn defaults_are_an_embedded_sqlite_file_on_localhost() {
        let s = settings(&[]).unwrap();
        assert!(s.database_url.is_sqlite());
        assert_eq!(s.bind.to_string(), "127.0.0.1:3000");
        assert_eq!(s.site_root, PathBuf::from("target/site"));
        assert!(!s.demo_data);
    }

    #[test]
    fn shadowdesk_variables_win_over_cargo_leptos_ones() {
        let s = settings(&[
            ("SHADOWDESK_BIND", "0.0.0.0:8080"),
            ("LEPTOS_SITE_ADDR", "127.0.0.1:1"),
        ])
        .unwrap();
        assert_eq!(s.bind.to_string(), "0.0.0.0:8080");
    }

    #[test]
    fn bad_values_name_the_variable() {
        let err = settings(&[("SHADOWDESK_BIND", "localhost")])
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("SHADOWDESK_BIND:"), "{err}");
        let err = settings(&[("SHADOWDESK_DEMO_DATA", "maybe")])
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("SHADOWDESK_DEMO_DATA:"), "{err}");
        let err = settings(&[("SHADOWDESK_DB_MAX_CONNECTIONS", "0")])
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("SHADOWDESK_DB_MAX_CONNECTIONS:"), "{err}");
        let err = settings(&[("SHADOWDESK_DATABASE_URL", "mysql://x")])
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("SHADOWDESK_DATABASE_URL:"), "{err}");
    }
}
