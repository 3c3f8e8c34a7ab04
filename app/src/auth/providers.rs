//! Sign-in providers (OAuth2 / OpenID Connect) as the instance configures them, with presets
//! for GitHub, Google and Microsoft Entra ID.

use std::fmt;

/// How the provider's user-info answer names the person's stable id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubjectField {
    /// OpenID Connect's `sub`.
    Sub,
    /// GitHub's numeric `id`.
    Id,
}

impl SubjectField {
    /// The JSON field name.
    pub fn name(self) -> &'static str {
        match self {
            SubjectField::Sub => "sub",
            SubjectField::Id => "id",
        }
    }
}

/// One configured provider.
#[derive(Clone)]
pub struct OAuthProvider {
    /// Short id used in URLs and stored with linked identities (`github`, `google`, …).
    pub id: String,
    /// The name on the sign-in button.
    pub label: String,
    pub client_id: String,
    /// Never logged: `Debug` redacts it.
    pub client_secret: Option<String>,
    pub authorize_url: String,
    pub token_url: String,
    pub userinfo_url: String,
    /// GitHub: where the verified addresses are listed (its user info may carry none).
    pub emails_url: Option<String>,
    pub scopes: Vec<String>,
    pub subject_field: SubjectField,
    /// Treat the email the provider gives as verified even without an `email_verified` claim
    /// (only for providers whose addresses are controlled, e.g. a single Entra tenant).
    pub trust_email: bool,
}

impl fmt::Debug for OAuthProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("OAuthProvider")
            .field("id", &self.id)
            .field("label", &self.label)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "[redacted]"),
            )
            .field("authorize_url", &self.authorize_url)
            .field("token_url", &self.token_url)
            .field("userinfo_url", &self.userinfo_url)
            .field("emails_url", &self.emails_url)
            .field("scopes", &self.scopes)
            .field("subject_field", &self.subject_field)
            .field("trust_email", &self.trust_email)
            .finish()
    }
}

/// The endpoints and habits of a well-known provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preset {
    pub label: &'static str,
    pub authorize_url: String,
    pub token_url: String,
    pub userinfo_url: String,
    pub emails_url: Option<String>,
    pub scopes: &'static [&'static str],
    pub subject_field: SubjectField,
    pub trust_email: bool,
}

/// The preset called `name` (`github`, `google`, `entra`); `tenant` is Entra's directory id
/// (defaults to `organizations`, any work or school account).
pub fn preset(name: &str, tenant: Option<&str>) -> Option<Preset> {
    match name {
        "github" => Some(Preset {
            label: "GitHub",
            authorize_url: "https://github.com/login/oauth/authorize".into(),
            token_url: "https://github.com/login/oauth/access_token".into(),
            userinfo_url: "https://api.github.com/user".into(),
            emails_url: Some("https://api.github.com/user/emails".into()),
            scopes: &["read:user", "user:email"],
            subject_field: SubjectField::Id,
            trust_email: false,
        }),
        "google" => Some(Preset {
            label: "Google",
            authorize_url: "https://accounts.google.com/o/oauth2/v2/auth".into(),
            token_url: "https://oauth2.googleapis.com/token".into(),
            userinfo_url: "https://openidconnect.googleapis.com/v1/userinfo".into(),
            emails_url: None,
            scopes: &["openid", "email", "profile"],
            subject_field: SubjectField::Sub,
            trust_email: false,
        }),
        "entra" => {
            let tenant = tenant.unwrap_or("organizations");
            // Entra's user info has no `email_verified`; addresses are trusted only when the
            // app is bound to one tenant, whose administrators control them.
            let single_tenant = !matches!(tenant, "common" | "organizations" | "consumers");
            Some(Preset {
                label: "Microsoft",
                authorize_url: format!(
                    "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/authorize"
                ),
                token_url: format!("https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"),
                userinfo_url: "https://graph.microsoft.com/oidc/userinfo".into(),
                emails_url: None,
                scopes: &["openid", "email", "profile"],
                subject_field: SubjectField::Sub,
                trust_email: single_tenant,
            })
        }
        _ => None,
    }
}

/// Every configured provider, and whether people with no invitation may create an account by
/// signing in with one.
#[derive(Clone, Debug, Default)]
pub struct IdentityProviders {
    pub providers: Vec<OAuthProvider>,
    pub open_registration: bool,
    /// `https://shadowdesk.example.org`: the base of the callback URL registered with each
    /// provider. Without it the request's own scheme and host are used.
    pub public_url: Option<String>,
}

impl IdentityProviders {
    /// The provider with `id`.
    pub fn get(&self, id: &str) -> Option<&OAuthProvider> {
        self.providers.iter().find(|p| p.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presets_know_the_three_documented_providers() {
        assert_eq!(
            preset("github", None).unwrap().subject_field,
            SubjectField::Id
        );
        assert!(
            preset("google", None)
                .unwrap()
                .userinfo_url
                .contains("openidconnect")
        );
        let entra = preset("entra", Some("contoso.onmicrosoft.com")).unwrap();
        assert!(entra.authorize_url.contains("/contoso.onmicrosoft.com/"));
        assert!(entra.trust_email);
        assert!(!preset("entra", None).unwrap().trust_email);
        assert!(preset("myspace", None).is_none());
    }

    #[test]
    fn debug_never_shows_the_client_secret() {
        let github = preset("github", None).unwrap();
        let provider = OAuthProvider {
            id: "github".into(),
            label: github.label.into(),
            client_id: "id".into(),
            client_secret: Some("very-secret-value".into()),
            authorize_url: github.authorize_url,
            token_url: github.token_url,
            userinfo_url: github.userinfo_url,
            emails_url: github.emails_url,
            scopes: vec![],
            subject_field: github.subject_field,
            trust_email: false,
        };
        assert!(!format!("{provider:?}").contains("very-secret-value"));
    }
}
