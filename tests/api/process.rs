//! A `shadowdesk serve` process of its own (not in the test's process), for tests that kill
//! it, restart it or read what it logged.

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use crate::{helpers::make_site, paths::server_binary};

/// A running server process; killed when dropped.
pub struct ServerProcess {
    child: Child,
    /// `http://127.0.0.1:<port>`.
    pub address: String,
}

impl ServerProcess {
    /// Starts `shadowdesk serve` on `database_url` with a site under `dir`, extra `vars`, and
    /// its log (stderr) appended to `log` when given; waits until it listens.
    pub fn start(
        dir: &Path,
        database_url: &str,
        vars: &[(&str, &str)],
        log: Option<&Path>,
    ) -> Self {
        let site = make_site(dir);
        let stderr = match log {
            Some(path) => Stdio::from(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .expect("log file"),
            ),
            None => Stdio::null(),
        };
        let mut child = Command::new(server_binary())
            .arg("serve")
            .env_clear()
            .env("SHADOWDESK_DATABASE_URL", database_url)
            .env("SHADOWDESK_SITE_ROOT", &site)
            .env("SHADOWDESK_BIND", "127.0.0.1:0")
            .env("SHADOWDESK_LOG", "warn")
            .envs(vars.iter().copied())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("start shadowdesk");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let first = lines
            .next()
            .and_then(Result::ok)
            .unwrap_or_else(|| panic!("shadowdesk said nothing: {:?}", child.try_wait()));
        let address = first
            .strip_prefix("Shadowdesk is listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
            .to_string();
        // Keep reading its output so it never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        ServerProcess { child, address }
    }

    /// Kills it with SIGKILL, as a crash or the OOM killer would, and waits for it to be gone.
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Sends SIGTERM and waits (up to ten seconds) for a graceful exit.
    pub fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        while self.child.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        self.kill();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
