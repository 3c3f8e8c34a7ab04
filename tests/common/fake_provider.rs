//! A fake OAuth2 / OpenID Connect provider on loopback, started by the test: it issues codes
//! at `/authorize`, checks client credentials and the PKCE verifier (S256) at `/token`, and
//! answers `/userinfo` with the identity the test chose.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

use axum::{
    Form, Json, Router,
    extract::{Query, State},
    http::{HeaderMap, StatusCode},
    response::{IntoResponse, Redirect, Response},
    routing::{get, post},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub const CLIENT_ID: &str = "shadowdesk-test";
pub const CLIENT_SECRET: &str = "fake-provider-secret";

#[derive(Default)]
struct Inner {
    /// code → (PKCE challenge, redirect_uri)
    codes: HashMap<String, (String, String)>,
    /// access token → identity
    tokens: HashMap<String, Value>,
    /// What `/userinfo` answers for the next sign-in.
    identity: Value,
    /// Token requests refused because the PKCE verifier did not match.
    pkce_failures: u32,
    next: u32,
}

/// The running fake provider.
#[derive(Clone)]
pub struct FakeProvider {
    pub base: String,
    inner: Arc<Mutex<Inner>>,
}

impl FakeProvider {
    /// Starts the provider on a free loopback port.
    pub async fn start() -> Self {
        let inner = Arc::new(Mutex::new(Inner::default()));
        let router = Router::new()
            .route("/authorize", get(authorize))
            .route("/token", post(token))
            .route("/userinfo", get(userinfo))
            .with_state(inner.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind fake provider");
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await });
        FakeProvider { base, inner }
    }

    /// The user-info answer for the next sign-ins.
    pub fn will_say(&self, identity: Value) {
        self.inner.lock().unwrap().identity = identity;
    }

    /// How many token requests failed the PKCE check.
    pub fn pkce_failures(&self) -> u32 {
        self.inner.lock().unwrap().pkce_failures
    }

    /// The settings that make Shadowdesk use this provider as `fake`.
    pub fn settings(&self) -> Vec<(&'static str, String)> {
        vec![
            ("SHADOWDESK_OAUTH_PROVIDERS", "fake".into()),
            ("SHADOWDESK_OAUTH_FAKE_LABEL", "Fake ID".into()),
            ("SHADOWDESK_OAUTH_FAKE_CLIENT_ID", CLIENT_ID.into()),
            ("SHADOWDESK_OAUTH_FAKE_CLIENT_SECRET", CLIENT_SECRET.into()),
            (
                "SHADOWDESK_OAUTH_FAKE_AUTHORIZE_URL",
                format!("{}/authorize", self.base),
            ),
            (
                "SHADOWDESK_OAUTH_FAKE_TOKEN_URL",
                format!("{}/token", self.base),
            ),
            (
                "SHADOWDESK_OAUTH_FAKE_USERINFO_URL",
                format!("{}/userinfo", self.base),
            ),
        ]
    }
}

type Shared = State<Arc<Mutex<Inner>>>;

async fn authorize(State(inner): Shared, Query(q): Query<HashMap<String, String>>) -> Response {
    let get = |k: &str| q.get(k).cloned().unwrap_or_default();
    if get("client_id") != CLIENT_ID
        || get("response_type") != "code"
        || get("code_challenge_method") != "S256"
        || get("code_challenge").is_empty()
        || get("state").is_empty()
    {
        return (StatusCode::BAD_REQUEST, "bad authorization request").into_response();
    }
    let mut inner = inner.lock().unwrap();
    inner.next += 1;
    let code = format!("code-{}", inner.next);
    let redirect_uri = get("redirect_uri");
    inner
        .codes
        .insert(code.clone(), (get("code_challenge"), redirect_uri.clone()));
    Redirect::to(&format!(
        "{redirect_uri}?code={code}&state={}",
        get("state")
    ))
    .into_response()
}

async fn token(State(inner): Shared, Form(form): Form<HashMap<String, String>>) -> Response {
    let get = |k: &str| form.get(k).cloned().unwrap_or_default();
    let refuse =
        |error: &str| (StatusCode::BAD_REQUEST, Json(json!({ "error": error }))).into_response();
    if get("grant_type") != "authorization_code"
        || get("client_id") != CLIENT_ID
        || get("client_secret") != CLIENT_SECRET
    {
        return refuse("invalid_client");
    }
    let mut inner = inner.lock().unwrap();
    // A code works once.
    let Some((challenge, redirect_uri)) = inner.codes.remove(&get("code")) else {
        return refuse("invalid_grant");
    };
    if redirect_uri != get("redirect_uri") {
        return refuse("invalid_grant");
    }
    let computed = URL_SAFE_NO_PAD.encode(Sha256::digest(get("code_verifier").as_bytes()));
    if computed != challenge {
        inner.pkce_failures += 1;
        return refuse("invalid_grant");
    }
    inner.next += 1;
    let access = format!("token-{}", inner.next);
    let identity = inner.identity.clone();
    inner.tokens.insert(access.clone(), identity);
    Json(json!({ "access_token": access, "token_type": "Bearer", "expires_in": 3600 }))
        .into_response()
}

async fn userinfo(State(inner): Shared, headers: HeaderMap) -> Response {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .unwrap_or_default();
    match inner.lock().unwrap().tokens.get(token) {
        Some(identity) => Json(identity.clone()).into_response(),
        None => StatusCode::UNAUTHORIZED.into_response(),
    }
}
