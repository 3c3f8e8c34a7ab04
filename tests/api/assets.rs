//! The bundle's files as the browser fetches them: a release build made with `--precompress`
//! leaves a Brotli and a gzip copy beside each file, and the server sends the smallest one the
//! browser accepts, cached like the file itself.

use crate::helpers::spawn_app;

#[tokio::test]
async fn precompressed_bundle_files_are_sent_in_the_encoding_the_browser_accepts() {
    let app = spawn_app().await;
    let pkg = app.site_pkg();
    let name = "shadowdesk.AbCdEf0123456789_-xyzw.wasm";
    let raw = b"\0asm\x01\0\0\0 the module itself".to_vec();
    let brotli = b"brotli bytes".to_vec();
    let gzip = b"gzip bytes".to_vec();
    std::fs::write(pkg.join(name), &raw).unwrap();
    std::fs::write(pkg.join(format!("{name}.br")), &brotli).unwrap();
    std::fs::write(pkg.join(format!("{name}.gz")), &gzip).unwrap();
    let path = format!("/pkg/{name}");
    let mut policies = Vec::new();
    for (accepted, encoding, body) in [
        ("gzip, deflate, br, zstd", Some("br"), &brotli),
        ("gzip, deflate", Some("gzip"), &gzip),
        ("identity", None, &raw),
    ] {
        let response = app.get(&path, &[("accept-encoding", accepted)]).await;
        assert_eq!(response.status(), 200, "{accepted}");
        let headers = response.headers().clone();
        assert_eq!(
            headers.get("content-encoding").map(|v| v.to_str().unwrap()),
            encoding,
            "{accepted}"
        );
        assert_eq!(headers["content-type"], "application/wasm", "{accepted}");
        assert!(
            headers["vary"]
                .to_str()
                .unwrap()
                .to_ascii_lowercase()
                .contains("accept-encoding"),
            "caches keep the encodings apart"
        );
        policies.push(headers["cache-control"].clone());
        assert_eq!(
            &response.bytes().await.unwrap().to_vec(),
            body,
            "{accepted}"
        );
    }
    policies.dedup();
    assert_eq!(
        policies.len(),
        1,
        "cached alike in every encoding: {policies:?}"
    );
}
