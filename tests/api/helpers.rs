//! `spawn_app()`: a Shadowdesk server on port 0 with a temporary database.

use std::path::Path;

pub use crate::postgres::{PostgresDatabase, postgres_admin_url};
use sea_orm::DatabaseConnection;
use server::{Application, Settings};
use tempfile::TempDir;

/// A running server and what the test needs to talk to it.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: DatabaseConnection,
    /// The database the server uses, for a second server on the same data.
    pub database_url: String,
    /// The one-time setup address the server issued (an instance without accounts only).
    pub setup_path: Option<String>,
    _dir: TempDir,
    _postgres: Option<PostgresDatabase>,
}

impl TestApp {
    /// The directory the server serves `/pkg/` from.
    pub fn site_pkg(&self) -> std::path::PathBuf {
        self._dir.path().join("site").join("pkg")
    }

    /// GET `path` with optional extra headers.
    pub async fn get(&self, path: &str, headers: &[(&str, &str)]) -> reqwest::Response {
        let mut request = self.client.get(format!("{}{path}", self.address));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request reaches the server")
    }
}

impl TestApp {
    /// POSTs a form from a page of this site (the CSRF check wants a same-site `Origin`).
    pub async fn post_form(
        &self,
        path: &str,
        form: &[(&str, &str)],
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .form(form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request reaches the server")
    }

    /// POSTs a multipart form from a page of this site: text `fields` and `file` as
    /// `(file name, content)` in the field `file`.
    pub async fn post_multipart(
        &self,
        path: &str,
        fields: &[(&str, &str)],
        file: (&str, Vec<u8>),
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let mut form = reqwest::multipart::Form::new().part(
            "file",
            reqwest::multipart::Part::bytes(file.1).file_name(file.0.to_string()),
        );
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        let mut request = self
            .client
            .post(format!("{}{path}", self.address))
            .header("origin", &self.address)
            .multipart(form);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        request.send().await.expect("request reaches the server")
    }

    /// Signs in with the demonstration password; returns the `Cookie` header value to send.
    pub async fn sign_in(&self, email: &str) -> String {
        let response = self
            .post_form(
                "/api/sign_in",
                &[("email", email), ("password", DEMO_PASSWORD)],
                &[],
            )
            .await;
        session_cookie(&response)
            .unwrap_or_else(|| panic!("{email} signs in: {}", response.status()))
    }
}

/// Adds `outsider@other.example` (demo password), who belongs to no coalition, and returns
/// its email.
pub async fn create_outsider(app: &TestApp) -> &'static str {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set};
    let now = chrono::Utc::now();
    entities::user::ActiveModel {
        email: Set("outsider@other.example".into()),
        display_name: Set("Outsider".into()),
        locale: Set("en".into()),
        password_hash: Set(Some(app::auth::password::hash(DEMO_PASSWORD).unwrap())),
        totp_secret: Set(None),
        totp_last_step: Set(None),
        is_admin: Set(false),
        disabled: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("insert outsider");
    "outsider@other.example"
}

/// The password of every demonstration account.
pub const DEMO_PASSWORD: &str = "steppe-demo-2027";

/// `shadowdesk_session=…` from a response's `Set-Cookie`, if it sets a non-empty session.
pub fn session_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|v| v.split(';').next())
        .find(|pair| {
            pair.starts_with("shadowdesk_session=") && pair.len() > "shadowdesk_session=".len()
        })
        .map(str::to_string)
}

/// Which database a test app runs on.
#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A server on SQLite with the demonstration data loaded.
pub async fn spawn_app() -> TestApp {
    spawn_app_on(Backend::Sqlite).await
}

/// A server on `backend` (a fresh database either way) with the demonstration data loaded.
pub async fn spawn_app_on(backend: Backend) -> TestApp {
    spawn_app_with(backend, &[]).await
}

/// Like [`spawn_app_on`], with extra `SHADOWDESK_*` settings.
pub async fn spawn_app_with(backend: Backend, extra: &[(&str, &str)]) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = make_site(dir.path());
    let (database_url, postgres) = match backend {
        Backend::Sqlite => (
            format!("sqlite://{}", dir.path().join("shadowdesk.db").display()),
            None,
        ),
        Backend::Postgres => {
            let pg = PostgresDatabase::create().await;
            (pg.url.clone(), Some(pg))
        }
    };
    let seal_key = dir.path().join("seal.key").display().to_string();
    let mut vars = vec![
        ("SHADOWDESK_DATABASE_URL", database_url.as_str()),
        ("SHADOWDESK_BIND", "127.0.0.1:0"),
        ("SHADOWDESK_SITE_ROOT", site.as_str()),
        ("SHADOWDESK_DEMO_DATA", "true"),
        ("SHADOWDESK_LOG", "warn"),
        ("SHADOWDESK_SEAL_KEY_FILE", seal_key.as_str()),
    ];
    vars.extend_from_slice(extra);
    let settings = settings(&vars);
    let app = Application::build(settings)
        .await
        .expect("application builds");
    let address = format!("http://{}", app.address());
    let db = app.db().clone();
    let setup_path = app.setup_path().map(str::to_string);
    tokio::spawn(app.run_until_stopped());
    TestApp {
        address,
        client: http_client(),
        db,
        database_url,
        setup_path,
        _dir: dir,
        _postgres: postgres,
    }
}

/// A second server on `app`'s database, as when the app scales out; its address.
pub async fn spawn_peer(app: &TestApp) -> (String, TempDir) {
    let peer = spawn_on(&app.database_url).await;
    (peer.address, peer._dir)
}

/// A server on the existing database at `database_url` (no demonstration data is added).
pub async fn spawn_on(database_url: &str) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let site = make_site(dir.path());
    let seal_key = dir.path().join("seal.key").display().to_string();
    let settings = settings(&[
        ("SHADOWDESK_DATABASE_URL", database_url),
        ("SHADOWDESK_BIND", "127.0.0.1:0"),
        ("SHADOWDESK_SITE_ROOT", site.as_str()),
        ("SHADOWDESK_LOG", "warn"),
        ("SHADOWDESK_SEAL_KEY_FILE", seal_key.as_str()),
    ]);
    let server = Application::build(settings).await.expect("server builds");
    let address = format!("http://{}", server.address());
    let db = server.db().clone();
    let setup_path = server.setup_path().map(str::to_string);
    tokio::spawn(server.run_until_stopped());
    TestApp {
        address,
        client: http_client(),
        db,
        database_url: database_url.to_string(),
        setup_path,
        _dir: dir,
        _postgres: None,
    }
}

/// A client that shows redirects instead of following them, and gives up on an answer after
/// two minutes, so a request that never finishes fails its test instead of stalling the run.
fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .expect("http client")
}

/// Settings from exactly these variables (nothing from the process environment; a later
/// entry wins over an earlier one).
pub fn settings(vars: &[(&str, &str)]) -> Settings {
    Settings::from_lookup(|name| {
        vars.iter()
            .rev()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    })
    .expect("valid test settings")
}

/// A minimal site directory (the HTTP tests do not load the wasm bundle).
pub fn make_site(dir: &Path) -> String {
    let site = dir.join("site");
    std::fs::create_dir_all(site.join("pkg")).expect("site dir");
    site.display().to_string()
}
