//! Who the provider says the person is: its user-info endpoint (and GitHub's email list).

use serde_json::Value;

use crate::auth::providers::OAuthProvider;

/// The person as the provider describes them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderIdentity {
    /// The provider's stable id for the person.
    pub subject: String,
    /// Lower-cased email, if the provider gave one.
    pub email: Option<String>,
    /// Whether the provider vouches for the email.
    pub email_verified: bool,
    pub name: Option<String>,
}

/// Why the person's identity could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    #[error("provider request failed: {0}")]
    Request(#[from] reqwest::Error),
    #[error("provider answer lacks the `{0}` field")]
    Missing(&'static str),
}

fn as_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn as_flag(value: &Value) -> bool {
    matches!(value, Value::Bool(true)) || matches!(value, Value::String(s) if s == "true")
}

/// Reads the identity out of a user-info answer.
pub fn from_userinfo(
    provider: &OAuthProvider,
    info: &Value,
) -> Result<ProviderIdentity, IdentityError> {
    let field = provider.subject_field.name();
    let subject = as_text(&info[field]).ok_or(IdentityError::Missing(field))?;
    let email = as_text(&info["email"]).map(|e| e.trim().to_lowercase());
    let email_verified =
        email.is_some() && (provider.trust_email || as_flag(&info["email_verified"]));
    let name = as_text(&info["name"]).or_else(|| as_text(&info["login"]));
    Ok(ProviderIdentity {
        subject,
        email,
        email_verified,
        name,
    })
}

/// The primary verified address in a GitHub-style email list
/// (`[{"email", "primary", "verified"}]`).
pub fn primary_verified_email(list: &Value) -> Option<String> {
    list.as_array()?
        .iter()
        .filter(|e| as_flag(&e["verified"]))
        .max_by_key(|e| as_flag(&e["primary"]))
        .and_then(|e| as_text(&e["email"]))
        .map(|e| e.trim().to_lowercase())
}

async fn get_json(
    http: &reqwest::Client,
    url: &str,
    access_token: &str,
) -> Result<Value, IdentityError> {
    Ok(http
        .get(url)
        .bearer_auth(access_token)
        .header(reqwest::header::ACCEPT, "application/json")
        .header(reqwest::header::USER_AGENT, "Shadowdesk")
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?)
}

/// Asks the provider who holds `access_token`.
pub async fn fetch(
    http: &reqwest::Client,
    provider: &OAuthProvider,
    access_token: &str,
) -> Result<ProviderIdentity, IdentityError> {
    let info = get_json(http, &provider.userinfo_url, access_token).await?;
    let mut identity = from_userinfo(provider, &info)?;
    if let Some(url) = &provider.emails_url
        && let Some(email) = primary_verified_email(&get_json(http, url, access_token).await?)
    {
        identity.email = Some(email);
        identity.email_verified = true;
    }
    Ok(identity)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::auth::providers::preset;

    fn provider(name: &str) -> OAuthProvider {
        let p = preset(name, None).unwrap();
        OAuthProvider {
            id: name.into(),
            label: p.label.into(),
            client_id: "c".into(),
            client_secret: None,
            authorize_url: p.authorize_url,
            token_url: p.token_url,
            userinfo_url: p.userinfo_url,
            emails_url: p.emails_url,
            scopes: vec![],
            subject_field: p.subject_field,
            trust_email: p.trust_email,
        }
    }

    #[test]
    fn openid_userinfo_needs_email_verified() {
        let google = provider("google");
        let info = json!({"sub": "1077", "email": "Aigul@Example.org", "email_verified": true});
        let id = from_userinfo(&google, &info).unwrap();
        assert_eq!(id.subject, "1077");
        assert_eq!(id.email.as_deref(), Some("aigul@example.org"));
        assert!(id.email_verified);
        let unverified = json!({"sub": "1077", "email": "a@example.org"});
        assert!(!from_userinfo(&google, &unverified).unwrap().email_verified);
        assert!(matches!(
            from_userinfo(&google, &json!({"email": "a@example.org"})),
            Err(IdentityError::Missing("sub"))
        ));
    }

    #[test]
    fn github_ids_are_numbers_and_emails_come_from_the_list() {
        let github = provider("github");
        let id = from_userinfo(&github, &json!({"id": 583231, "login": "octo"})).unwrap();
        assert_eq!(id.subject, "583231");
        assert_eq!(id.name.as_deref(), Some("octo"));
        let list = json!([
            {"email": "old@example.org", "primary": false, "verified": true},
            {"email": "Main@Example.org", "primary": true, "verified": true},
            {"email": "fake@example.org", "primary": false, "verified": false}
        ]);
        assert_eq!(
            primary_verified_email(&list).as_deref(),
            Some("main@example.org")
        );
        assert_eq!(
            primary_verified_email(&json!([{"email": "x@y.z", "verified": false}])),
            None
        );
    }
}
