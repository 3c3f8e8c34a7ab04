//! What the benchmarks share: the settings of a server under measurement and signing in to it.

// Each benchmark uses part of this module.
#![allow(dead_code)]

use server::Settings;

/// Settings for a quiet benchmark server on `database` with the demonstration data, plus
/// `extra` (a later entry wins).
pub fn settings(database: &str, site: &str, extra: &[(&str, &str)]) -> Settings {
    let seal_key = std::path::Path::new(site)
        .with_file_name("seal.key")
        .display()
        .to_string();
    let mut vars = vec![
        ("SHADOWDESK_SEAL_KEY_FILE", seal_key.as_str()),
        ("SHADOWDESK_DATABASE_URL", database),
        ("SHADOWDESK_BIND", "127.0.0.1:0"),
        ("SHADOWDESK_SITE_ROOT", site),
        ("SHADOWDESK_DEMO_DATA", "true"),
        ("SHADOWDESK_LOG", "error"),
    ];
    vars.extend_from_slice(extra);
    Settings::from_lookup(|name| {
        vars.iter()
            .rev()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.to_string())
    })
    .expect("settings")
}

/// Signs `email` in with the demonstration password; the `Cookie` header value.
pub async fn sign_in(client: &reqwest::Client, address: &str, email: &str) -> String {
    let response = client
        .post(format!("{address}/api/sign_in"))
        .header("origin", address)
        .form(&[("email", email), ("password", "steppe-demo-2027")])
        .send()
        .await
        .expect("sign in");
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next())
        .find(|pair| pair.starts_with("shadowdesk_session=") && pair.len() > 19)
        .expect("a session cookie")
        .to_string()
}
