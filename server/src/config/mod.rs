//! Typed settings, read once from `SHADOWDESK_*` environment variables.

mod identity;

use std::{env, net::SocketAddr, path::PathBuf};

use app::{
    auth::{client_address::TrustedProxies, providers::IdentityProviders, session::SessionPolicy},
    mail::Mailer,
};
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
    /// `SHADOWDESK_OAUTH_PROVIDERS` and friends (see `config/identity.rs`),
    /// `SHADOWDESK_OPEN_REGISTRATION` (default `false`: a provider sign-in needs an account or
    /// an invitation) and `SHADOWDESK_PUBLIC_URL` (the base of the callback URLs).
    pub identity: IdentityProviders,
    /// `SHADOWDESK_SMTP_URL` (`smtp://host:25`, `smtp://user:pass@host:587?tls=required`,
    /// `smtps://user:pass@host:465`) and `SHADOWDESK_SMTP_FROM` (the sender): invitations
    /// are emailed when set.
    pub mailer: Option<Mailer>,
    /// `SHADOWDESK_TRUSTED_PROXIES`: addresses or networks of reverse proxies whose
    /// `X-Forwarded-For` is believed (default: none).
    pub trusted_proxies: TrustedProxies,
    /// `SHADOWDESK_SEAL_KEY_FILE`: the instance key that wraps each organisation's key for
    /// sealed identities (default `seal.key` beside the SQLite database, else
    /// `data/seal.key`). `create-admin` makes it if it is missing. It is not in the database
    /// or its backups: keep a copy of it apart from them.
    pub seal_key_file: PathBuf,
}

/// A setting that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{name}: {reason}")]
    Invalid { name: &'static str, reason: String },
    #[error("{name}: {reason}")]
    Named { name: String, reason: String },
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
        let flag = |name: &'static str| -> Result<bool, ConfigError> {
            match get(name).as_deref().map(str::to_ascii_lowercase) {
                None => Ok(false),
                Some(v) if ["1", "true", "yes", "on"].contains(&v.as_str()) => Ok(true),
                Some(v) if ["0", "false", "no", "off"].contains(&v.as_str()) => Ok(false),
                Some(v) => Err(ConfigError::Invalid {
                    name,
                    reason: format!("must be true or false, not {v:?}"),
                }),
            }
        };
        let demo_data = flag("SHADOWDESK_DEMO_DATA")?;
        let identity = identity::identity_providers(&get, &flag)?;
        let mailer = match get("SHADOWDESK_SMTP_URL") {
            None => None,
            Some(url) => {
                let from = get("SHADOWDESK_SMTP_FROM").ok_or(ConfigError::Invalid {
                    name: "SHADOWDESK_SMTP_FROM",
                    reason: "is required when SHADOWDESK_SMTP_URL is set".into(),
                })?;
                Some(
                    Mailer::new(&url, &from).map_err(|reason| ConfigError::Invalid {
                        name: "SHADOWDESK_SMTP_URL",
                        reason,
                    })?,
                )
            }
        };
        let trusted_proxies = TrustedProxies::parse(
            &get("SHADOWDESK_TRUSTED_PROXIES").unwrap_or_default(),
        )
        .map_err(|reason| ConfigError::Invalid {
            name: "SHADOWDESK_TRUSTED_PROXIES",
            reason,
        })?;
        let seal_key_file = get("SHADOWDESK_SEAL_KEY_FILE")
            .map(PathBuf::from)
            .unwrap_or_else(|| match &database_url {
                DatabaseUrl::Sqlite { path } => path
                    .parent()
                    .map(|dir| dir.join("seal.key"))
                    .unwrap_or_else(|| PathBuf::from("seal.key")),
                DatabaseUrl::Postgres { .. } => PathBuf::from("data/seal.key"),
            });
        Ok(Settings {
            seal_key_file,
            database_url,
            db_max_connections,
            bind,
            site_root,
            log_filter,
            sessions,
            demo_data,
            identity,
            mailer,
            trusted_proxies,
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
    fn the_seal_key_lies_beside_the_database_unless_named() {
        assert_eq!(
            settings(&[]).unwrap().seal_key_file,
            PathBuf::from("data/seal.key")
        );
        let s = settings(&[(
            "SHADOWDESK_DATABASE_URL",
            "sqlite:///srv/shadowdesk/db.sqlite",
        )]);
        assert_eq!(
            s.unwrap().seal_key_file,
            PathBuf::from("/srv/shadowdesk/seal.key")
        );
        let s = settings(&[
            ("SHADOWDESK_DATABASE_URL", "postgres://app@db/shadowdesk"),
            ("SHADOWDESK_SEAL_KEY_FILE", "/etc/shadowdesk/seal.key"),
        ]);
        assert_eq!(
            s.unwrap().seal_key_file,
            PathBuf::from("/etc/shadowdesk/seal.key")
        );
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
        let err = settings(&[("SHADOWDESK_TRUSTED_PROXIES", "proxy")])
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("SHADOWDESK_TRUSTED_PROXIES:"), "{err}");
        let err = settings(&[("SHADOWDESK_SMTP_URL", "smtp://127.0.0.1:25")])
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("SHADOWDESK_SMTP_FROM:"), "{err}");
    }

    #[test]
    fn providers_come_from_presets_and_overrides() {
        let s = settings(&[
            ("SHADOWDESK_OAUTH_PROVIDERS", "github, entra, lab"),
            ("SHADOWDESK_OAUTH_GITHUB_CLIENT_ID", "gh-id"),
            ("SHADOWDESK_OAUTH_GITHUB_CLIENT_SECRET", "gh-secret"),
            ("SHADOWDESK_OAUTH_ENTRA_CLIENT_ID", "entra-id"),
            ("SHADOWDESK_OAUTH_ENTRA_TENANT", "contoso.onmicrosoft.com"),
            ("SHADOWDESK_OAUTH_LAB_CLIENT_ID", "lab-id"),
            ("SHADOWDESK_OAUTH_LAB_LABEL", "Coalition login"),
            (
                "SHADOWDESK_OAUTH_LAB_AUTHORIZE_URL",
                "https://id.example.org/authorize",
            ),
            (
                "SHADOWDESK_OAUTH_LAB_TOKEN_URL",
                "https://id.example.org/token",
            ),
            (
                "SHADOWDESK_OAUTH_LAB_USERINFO_URL",
                "https://id.example.org/userinfo",
            ),
            ("SHADOWDESK_PUBLIC_URL", "https://desk.example.org/"),
        ])
        .unwrap();
        let ids: Vec<_> = s.identity.providers.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["github", "entra", "lab"]);
        let github = s.identity.get("github").unwrap();
        assert_eq!(github.label, "GitHub");
        assert_eq!(github.client_secret.as_deref(), Some("gh-secret"));
        assert!(
            !format!("{s:?}").contains("gh-secret"),
            "secrets stay out of logs"
        );
        assert!(s.identity.get("entra").unwrap().trust_email);
        assert_eq!(s.identity.get("lab").unwrap().label, "Coalition login");
        assert_eq!(
            s.identity.public_url.as_deref(),
            Some("https://desk.example.org")
        );
        assert!(!s.identity.open_registration);
    }

    #[test]
    fn a_provider_without_endpoints_or_client_id_is_refused() {
        let err = settings(&[
            ("SHADOWDESK_OAUTH_PROVIDERS", "lab"),
            ("SHADOWDESK_OAUTH_LAB_CLIENT_ID", "x"),
        ])
        .unwrap_err()
        .to_string();
        assert!(
            err.starts_with("SHADOWDESK_OAUTH_LAB_AUTHORIZE_URL:"),
            "{err}"
        );
        let err = settings(&[("SHADOWDESK_OAUTH_PROVIDERS", "google")])
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("SHADOWDESK_OAUTH_GOOGLE_CLIENT_ID:"),
            "{err}"
        );
    }
}
