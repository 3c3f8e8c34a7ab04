//! Sign-in providers from `SHADOWDESK_OAUTH_*`: a list of provider ids, then per id its
//! client credentials and (unless a preset supplies them) its endpoints.

use app::auth::providers::{IdentityProviders, OAuthProvider, SubjectField, preset};

use super::ConfigError;

fn invalid(name: String, reason: impl Into<String>) -> ConfigError {
    ConfigError::Named {
        name,
        reason: reason.into(),
    }
}

/// Reads the providers named in `SHADOWDESK_OAUTH_PROVIDERS` (`github,google,entra`, or any
/// id with its own endpoints). For provider `X` (upper-cased id):
/// `SHADOWDESK_OAUTH_X_CLIENT_ID` (required), `_CLIENT_SECRET`, `_PRESET` (default: the id
/// when it names one), `_TENANT` (Entra), `_LABEL`, `_AUTHORIZE_URL`, `_TOKEN_URL`,
/// `_USERINFO_URL`, `_EMAILS_URL`, `_SCOPES` (space-separated), `_SUBJECT_FIELD` (`sub`/`id`),
/// `_TRUST_EMAIL` (`true` to accept an email the provider does not mark verified).
pub fn identity_providers(
    get: &impl Fn(&str) -> Option<String>,
    flag: &impl Fn(&'static str) -> Result<bool, ConfigError>,
) -> Result<IdentityProviders, ConfigError> {
    let mut providers = Vec::new();
    let ids = get("SHADOWDESK_OAUTH_PROVIDERS").unwrap_or_default();
    for id in ids.split(',').map(str::trim).filter(|id| !id.is_empty()) {
        if !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(invalid(
                "SHADOWDESK_OAUTH_PROVIDERS".into(),
                format!("{id:?}: provider ids are letters, digits and dashes"),
            ));
        }
        let prefix = format!("SHADOWDESK_OAUTH_{}_", id.to_uppercase().replace('-', "_"));
        let var = |suffix: &str| get(&format!("{prefix}{suffix}"));
        let required = |suffix: &str, preset_value: Option<String>| {
            var(suffix)
                .or(preset_value)
                .ok_or_else(|| invalid(format!("{prefix}{suffix}"), "is required"))
        };
        let preset_name = var("PRESET").unwrap_or_else(|| id.to_string());
        let tenant = var("TENANT");
        let base = preset(&preset_name, tenant.as_deref());
        if var("PRESET").is_some() && base.is_none() {
            return Err(invalid(
                format!("{prefix}PRESET"),
                "must be github, google or entra",
            ));
        }
        let subject_field = match var("SUBJECT_FIELD").as_deref() {
            None => base.as_ref().map_or(SubjectField::Sub, |p| p.subject_field),
            Some("sub") => SubjectField::Sub,
            Some("id") => SubjectField::Id,
            Some(other) => {
                return Err(invalid(
                    format!("{prefix}SUBJECT_FIELD"),
                    format!("must be sub or id, not {other:?}"),
                ));
            }
        };
        let trust_email = match var("TRUST_EMAIL").as_deref().map(str::to_ascii_lowercase) {
            None => base.as_ref().is_some_and(|p| p.trust_email),
            Some(v) if v == "true" => true,
            Some(v) if v == "false" => false,
            Some(v) => {
                return Err(invalid(
                    format!("{prefix}TRUST_EMAIL"),
                    format!("must be true or false, not {v:?}"),
                ));
            }
        };
        let scopes = var("SCOPES")
            .map(|s| s.split_whitespace().map(String::from).collect())
            .or_else(|| {
                base.as_ref()
                    .map(|p| p.scopes.iter().map(|s| s.to_string()).collect())
            })
            .unwrap_or_else(|| vec!["openid".into(), "email".into(), "profile".into()]);
        let url = |suffix: &str, preset_value: Option<String>| -> Result<String, ConfigError> {
            let value = required(suffix, preset_value)?;
            url::Url::parse(&value)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https"))
                .ok_or_else(|| {
                    invalid(
                        format!("{prefix}{suffix}"),
                        format!("{value:?} is not a URL"),
                    )
                })?;
            Ok(value)
        };
        providers.push(OAuthProvider {
            id: id.to_string(),
            label: var("LABEL")
                .or_else(|| base.as_ref().map(|p| p.label.to_string()))
                .unwrap_or_else(|| id.to_string()),
            client_id: required("CLIENT_ID", None)?,
            client_secret: var("CLIENT_SECRET"),
            authorize_url: url(
                "AUTHORIZE_URL",
                base.as_ref().map(|p| p.authorize_url.clone()),
            )?,
            token_url: url("TOKEN_URL", base.as_ref().map(|p| p.token_url.clone()))?,
            userinfo_url: url(
                "USERINFO_URL",
                base.as_ref().map(|p| p.userinfo_url.clone()),
            )?,
            emails_url: match var("EMAILS_URL") {
                Some(_) => Some(url("EMAILS_URL", None)?),
                None => base.as_ref().and_then(|p| p.emails_url.clone()),
            },
            scopes,
            subject_field,
            trust_email,
        });
    }
    let public_url = get("SHADOWDESK_PUBLIC_URL")
        .map(|v| {
            url::Url::parse(&v)
                .ok()
                .filter(|u| matches!(u.scheme(), "http" | "https"))
                .map(|_| v.trim_end_matches('/').to_string())
                .ok_or_else(|| {
                    invalid(
                        "SHADOWDESK_PUBLIC_URL".into(),
                        format!("must be like https://shadowdesk.example.org, not {v:?}"),
                    )
                })
        })
        .transpose()?;
    Ok(IdentityProviders {
        providers,
        open_registration: flag("SHADOWDESK_OPEN_REGISTRATION")?,
        public_url,
    })
}
