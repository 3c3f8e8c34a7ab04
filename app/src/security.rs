//! Content Security Policy for pages and every other response.
//!
//! Pages get a per-response nonce for Leptos's inline hydration scripts; everything else gets
//! the same policy without one.

use http::{HeaderValue, header};
use leptos::{
    config::{LeptosOptions, ReloadWSProtocol},
    nonce::use_nonce,
    prelude::*,
};

/// The policy, allowing inline scripts only when they carry `nonce`, plus the live-reload
/// websocket in `cargo leptos watch`.
pub fn content_security_policy(nonce: Option<&str>, reload_socket: Option<&str>) -> String {
    let script_nonce = nonce.map(|n| format!(" 'nonce-{n}'")).unwrap_or_default();
    let reload = reload_socket.map(|s| format!(" {s}")).unwrap_or_default();
    format!(
        "default-src 'self'; script-src 'self'{script_nonce} 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'{reload}; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Sets the page's CSP (with this response's nonce) on the response being rendered.
pub fn apply_page_policy(options: &LeptosOptions) {
    let nonce = use_nonce();
    let reload = option_env!("LEPTOS_WATCH").map(|_| {
        let scheme = match options.reload_ws_protocol {
            ReloadWSProtocol::WS => "ws",
            ReloadWSProtocol::WSS => "wss",
        };
        let port = options.reload_port;
        format!("{scheme}://127.0.0.1:{port} {scheme}://localhost:{port}")
    });
    let policy = content_security_policy(nonce.as_deref(), reload.as_deref());
    if let (Some(response), Ok(value)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        HeaderValue::from_str(&policy),
    ) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_allows_nonced_scripts_and_wasm_but_no_framing() {
        let policy = content_security_policy(Some("abc"), None);
        assert!(policy.contains("script-src 'self' 'nonce-abc' 'wasm-unsafe-eval'"));
        assert!(policy.contains("frame-ancestors 'none'"));
        assert!(!policy.contains("unsafe-inline"));
    }

    #[test]
    fn policy_without_nonce_allows_no_inline_script() {
        let policy = content_security_policy(None, None);
        assert!(policy.contains("script-src 'self' 'wasm-unsafe-eval'"));
    }
}
