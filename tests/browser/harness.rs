//! Starts the built server (port 0, temporary database) and chromedriver with headless
//! Chromium, and stops every process it started, even when a test fails.

use std::{
    cell::RefCell,
    io::{BufRead, BufReader},
    net::TcpListener,
    path::PathBuf,
    process::{Child, Command, Stdio},
    sync::{Mutex, MutexGuard, PoisonError, mpsc},
    time::{Duration, Instant},
};

use fantoccini::{Client, ClientBuilder, Locator, wd::WebDriverCompatibleCommand};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{Value, json};
use tempfile::TempDir;

use crate::paths::{built_site, server_binary, workspace_root};

/// The password of every demonstration account.
pub const DEMO_PASSWORD: &str = "steppe-demo-2027";

/// How long to wait for a page state before failing.
pub const WAIT: Duration = Duration::from_secs(20);

/// Browser tests take turns: each drives its own Chromium and server, and two at once on two
/// cores would make their waits, not the product, the thing under test. A test holds its turn
/// from its first server or browser until the last of them is dropped.
static TURN: Mutex<()> = Mutex::new(());

thread_local! {
    /// This test's hold on the turn (each test runs on a thread of its own) and how many of its
    /// servers and browsers are alive.
    static HELD: RefCell<(Option<MutexGuard<'static, ()>>, usize)> = const { RefCell::new((None, 0)) };
}

/// A Chrome DevTools Protocol command, sent through chromedriver's `goog/cdp/execute`.
#[derive(Debug)]
struct DevTools {
    method: &'static str,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.method, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// Sends the DevTools command `method` to the browser behind `client` (network and CPU
/// emulation, cache control).
pub async fn devtools(client: &Client, method: &'static str, params: Value) {
    client
        .issue_cmd(DevTools { method, params })
        .await
        .unwrap_or_else(|e| panic!("{method}: {e}"));
}

/// One server's or browser's share of its test's turn.
struct Turn;

impl Turn {
    fn take() -> Turn {
        HELD.with_borrow_mut(|(guard, users)| {
            if guard.is_none() {
                // A test that failed while holding the turn leaves nothing the next one uses.
                *guard = Some(TURN.lock().unwrap_or_else(PoisonError::into_inner));
            }
            *users += 1;
        });
        Turn
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        HELD.with_borrow_mut(|(guard, users)| {
            *users -= 1;
            if *users == 0 {
                guard.take();
            }
        });
    }
}

/// A child process killed (with its process group) when dropped.
struct Guard(Child);

impl Drop for Guard {
    fn drop(&mut self) {
        let pgid = format!("-{}", self.0.id());
        let _ = Command::new("kill").args(["-KILL", "--", &pgid]).status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn spawn_in_own_group(command: &mut Command) -> std::io::Result<Child> {
    use std::os::unix::process::CommandExt;
    command.process_group(0).spawn()
}

/// The built Shadowdesk server on a free port with the demonstration data.
pub struct Server {
    pub url: String,
    /// The server's SQLite database, for a test to set up what its journey starts from.
    pub database: String,
    /// The one-time setup address it printed (an instance started without any account).
    pub setup_url: Option<String>,
    _process: Guard,
    _dir: TempDir,
    // Dropped last: the turn passes on once the process is gone.
    _turn: Turn,
}

impl Server {
    pub fn start() -> Server {
        Server::start_with(&[])
    }

    /// Starts the server with extra `SHADOWDESK_*` settings.
    pub fn start_with(settings: &[(&str, String)]) -> Server {
        let turn = Turn::take();
        let dir = tempfile::tempdir().expect("temp dir");
        let database = format!("sqlite://{}/shadowdesk.db", dir.path().display());
        let mut command = Command::new(server_binary());
        command
            .arg("serve")
            .env("SHADOWDESK_DATABASE_URL", &database)
            .env("SHADOWDESK_BIND", "127.0.0.1:0")
            .env("SHADOWDESK_SITE_ROOT", built_site())
            .env("SHADOWDESK_DEMO_DATA", "true")
            .env("SHADOWDESK_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (name, value) in settings {
            command.env(name, value);
        }
        let mut child = spawn_in_own_group(&mut command).expect("start shadowdesk");
        let stdout = child.stdout.take().expect("stdout piped");
        let process = Guard(child);
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(url) = line.strip_prefix("Shadowdesk is listening on ") {
                    let _ = tx.send(url.to_string());
                }
                if let Some(url) =
                    line.strip_prefix("First run: create the first administrator at ")
                {
                    let _ = tx.send(url.to_string());
                }
                // The database line ends the block the server prints at start.
                if line.starts_with("Database: ") {
                    let _ = tx.send(String::new());
                }
            }
        });
        let url = rx.recv_timeout(WAIT).expect("server prints its address");
        // The setup address comes before the database line, when there is one.
        let setup_url = rx.recv_timeout(WAIT).ok().filter(|line| !line.is_empty());
        Server {
            url,
            database,
            setup_url,
            _process: process,
            _dir: dir,
            _turn: turn,
        }
    }
}

/// Headless Chromium behind chromedriver, with a fresh profile.
pub struct Browser {
    pub client: Client,
    _driver: Guard,
    _profile: TempDir,
    _turn: Turn,
}

impl Browser {
    pub async fn start() -> Browser {
        Browser::start_with(true).await
    }

    /// Chromium with JavaScript switched off, as for a reader whose browser blocks scripts or
    /// whose link has not brought the bundle yet.
    pub async fn start_without_scripts() -> Browser {
        Browser::start_with(false).await
    }

    async fn start_with(scripts: bool) -> Browser {
        let turn = Turn::take();
        let port = free_port();
        let driver = Guard(
            spawn_in_own_group(
                Command::new(chromedriver())
                    .arg(format!("--port={port}"))
                    .stdout(Stdio::null())
                    .stderr(Stdio::null()),
            )
            .expect("start chromedriver (apt install chromium-driver)"),
        );
        let profile = tempfile::tempdir().expect("profile dir");
        let args = [
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-sync".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--window-size=1280,900".into(),
            format!("--user-data-dir={}", profile.path().display()),
        ];
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": chromium(),
                "args": args,
                // 2 blocks JavaScript on every site.
                "prefs": { "profile.managed_default_content_settings.javascript": if scripts { 1 } else { 2 } },
            }),
        );
        let deadline = Instant::now() + WAIT;
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() > deadline => {
                    panic!("chromedriver did not start: {error}")
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        };
        Browser {
            client,
            _driver: driver,
            _profile: profile,
            _turn: turn,
        }
    }

    /// Opens `url` and waits until the wasm bundle has hydrated the page.
    pub async fn open_hydrated(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css("body[data-hydrated]"))
            .await
            .expect("the page hydrates");
    }

    /// Submits the sign-in form with the demonstration password (no waiting).
    pub async fn submit_password(&self, server: &Server, email: &str) {
        self.submit_password_at(&server.url, email).await;
    }

    /// Submits the sign-in form of the server at `base_url` (no waiting).
    pub async fn submit_password_at(&self, base_url: &str, email: &str) {
        self.open_hydrated(&format!("{base_url}/sign-in")).await;
        let form = self
            .client
            .form(Locator::Css("main form"))
            .await
            .expect("sign-in form");
        form.set_by_name("email", email).await.expect("type email");
        form.set_by_name("password", DEMO_PASSWORD)
            .await
            .expect("type password");
        self.click("main form button[type='submit']").await;
    }

    /// Tags the current document, so [`Browser::still_the_same_document`] can tell that what
    /// followed happened in place, without a page load (which would drop the tag).
    pub async fn tag_document(&self) {
        self.client
            .execute("window.stillTheSameDocument = true;", vec![])
            .await
            .expect("tag the document");
    }

    /// Whether the document tagged by [`Browser::tag_document`] is still the one shown.
    pub async fn still_the_same_document(&self) -> bool {
        self.client
            .execute("return window.stillTheSameDocument === true;", vec![])
            .await
            .expect("read the tag")
            == json!(true)
    }

    /// Clicks the section titled `title` in the open report's outline and waits for its
    /// editor, which it returns.
    pub async fn open_outline_section(&self, title: &str) -> fantoccini::elements::Element {
        self.client
            .find(Locator::LinkText(title))
            .await
            .unwrap_or_else(|e| panic!("{title} in the outline: {e}"))
            .click()
            .await
            .expect("open the section");
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css("#section-body"))
            .await
            .expect("the editor opens")
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {css}: {e}"));
    }

    /// Clicks the element matching the XPath `xpath` (for one found by its text).
    pub async fn click_xpath(&self, xpath: &str) {
        self.client
            .find(Locator::XPath(xpath))
            .await
            .unwrap_or_else(|e| panic!("{xpath}: {e}"))
            .click()
            .await
            .unwrap_or_else(|e| panic!("click {xpath}: {e}"));
    }

    /// Types `text` into the field matching `css`.
    pub async fn type_into(&self, css: &str, text: &str) {
        self.client
            .find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"))
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Downloads `href` in the page's session (its cookies) and answers the bytes.
    pub async fn download(&self, href: &str) -> Vec<u8> {
        use base64::Engine;
        let encoded = self
            .client
            .execute_async(
                "const [href, done] = arguments;
                 fetch(href).then(r => r.arrayBuffer()).then(b => {
                   let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c));
                   done(btoa(s));
                 });",
                vec![href.into()],
            )
            .await
            .unwrap_or_else(|e| panic!("download {href}: {e}"));
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().expect("the file, encoded"))
            .expect("base64")
    }

    /// Waits for the file input matching `css` and chooses the file at `path` in it.
    pub async fn choose_file(&self, css: &str, path: &std::path::Path) {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
            .send_keys(&path.display().to_string())
            .await
            .unwrap_or_else(|e| panic!("choose {} in {css}: {e}", path.display()));
    }

    /// Waits for an element matching `css` and returns its text.
    pub async fn text_of(&self, css: &str) -> String {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
            .text()
            .await
            .unwrap_or_default()
    }

    /// Signs in through the sign-in page with the demonstration password and waits until the
    /// header names the user.
    pub async fn sign_in(&self, server: &Server, email: &str) {
        self.sign_in_at(&server.url, email).await;
    }

    /// Signs out (drops the session cookie) and in again as `email`.
    pub async fn switch_to(&self, server: &Server, email: &str) {
        self.client.delete_all_cookies().await.expect("sign out");
        self.sign_in(server, email).await;
    }

    /// Signs in to the server at `base_url`, as [`Browser::sign_in`] does.
    pub async fn sign_in_at(&self, base_url: &str, email: &str) {
        self.submit_password_at(base_url, email).await;
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(".user-menu__name"))
            .await
            .expect("the header shows the signed-in user");
    }

    /// Waits until the element matching `css` has exactly `text`.
    pub async fn wait_for_text(&self, css: &str, text: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let current = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if current.trim() == text {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{css} shows {current:?}, expected {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the element matching `css` has text containing `needle`.
    pub async fn wait_for_contains(&self, css: &str, needle: &str) {
        let deadline = Instant::now() + WAIT;
        loop {
            let text = match self.client.find(Locator::Css(css)).await {
                Ok(element) => element.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if text.contains(needle) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "{css} never contained {needle:?}: {text:?}"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    /// Waits until the input matching `css` has a non-empty value and returns it, looking the
    /// element up again if the page re-rendered it meanwhile.
    pub async fn wait_for_value(&self, css: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(element) = self.client.find(Locator::Css(css)).await
                && let Ok(Some(value)) = element.prop("value").await
                && !value.is_empty()
            {
                return value;
            }
            assert!(Instant::now() < deadline, "{css} never got a value");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The `lang` attribute of `<html>`.
    pub async fn html_lang(&self) -> String {
        self.client
            .find(Locator::Css("html"))
            .await
            .expect("html element")
            .attr("lang")
            .await
            .expect("read lang")
            .unwrap_or_default()
    }

    /// Saves a PNG of the current page under `target/test-output/screenshots/`.
    pub async fn screenshot(&self, name: &str) {
        let dir = screenshots_dir();
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::create_dir_all(&dir).expect("screenshot dir");
        std::fs::write(dir.join(format!("{name}.png")), png).expect("write screenshot");
    }

    /// Ends the WebDriver session (the guards stop the processes either way).
    pub async fn close(self) {
        let Browser {
            client,
            _driver,
            _profile,
            _turn,
        } = self;
        let _ = client.close().await;
    }
}

fn screenshots_dir() -> PathBuf {
    workspace_root().join("target/test-output/screenshots")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

fn chromedriver() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into())
}

fn chromium() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}
