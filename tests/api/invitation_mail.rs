//! Invitations are emailed when SMTP is configured (to a sink on loopback), and still work
//! as links when the mail server is down.

use serde_json::Value;

use crate::{
    helpers::{Backend, TestApp, spawn_app_with},
    smtp_sink::SmtpSink,
};

async fn invite(app: &TestApp, email: &str) -> Value {
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let response = app
        .post_form(
            "/api/invite",
            &[
                ("coalition_id", "1"),
                ("organisation_id", "2"),
                ("email", email),
                ("role", "editor"),
            ],
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn an_invitation_is_emailed_through_the_configured_smtp_server() {
    let sink = SmtpSink::start().await;
    let app = spawn_app_with(
        Backend::Sqlite,
        &[
            ("SHADOWDESK_SMTP_URL", &sink.url),
            (
                "SHADOWDESK_SMTP_FROM",
                "Shadowdesk <noreply@shadowdesk.example>",
            ),
        ],
    )
    .await;
    let created = invite(&app, "Zhanar@Partner.example").await;
    assert_eq!(created["emailed"], true);
    let link = created["link"].as_str().unwrap();
    // The server also sends its follow-up reminders through the same SMTP server.
    let messages: Vec<_> = sink
        .messages()
        .into_iter()
        .filter(|m| m.data.contains("Subject: Invitation"))
        .collect();
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert_eq!(message.to, ["<zhanar@partner.example>"]);
    assert!(message.from.contains("noreply@shadowdesk.example"));
    // Quoted-printable or plain: unfold soft line breaks before looking for the link.
    let body = message.data.replace("=\n", "").replace("=3D", "=");
    assert!(body.contains(link), "the link is in the message:\n{body}");
    assert!(body.contains("Subject: Invitation to Coalition for Civil and Political Rights"));
    // Recorded in the coalition's audit log.
    let admin = app.sign_in("admin@shadowdesk.example").await;
    let log = app
        .get("/audit?action=invitation_emailed", &[("cookie", &admin)])
        .await
        .text()
        .await
        .unwrap();
    assert!(log.contains("zhanar@partner.example"));
}

#[tokio::test]
async fn when_the_mail_server_is_down_the_link_still_works() {
    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("smtp://{}", closed.local_addr().unwrap());
    drop(closed);
    let app = spawn_app_with(
        Backend::Sqlite,
        &[
            ("SHADOWDESK_SMTP_URL", &url),
            ("SHADOWDESK_SMTP_FROM", "noreply@shadowdesk.example"),
        ],
    )
    .await;
    let created = invite(&app, "asel@partner.example").await;
    assert_eq!(created["emailed"], false);
    let link = created["link"].as_str().unwrap();
    let token = link.rsplit('/').next().unwrap();
    let offer = app
        .post_form("/api/invitation", &[("token", token)], &[])
        .await;
    assert_eq!(offer.status(), 200);
}

#[tokio::test]
async fn without_smtp_only_the_link_is_given() {
    let app = spawn_app_with(Backend::Sqlite, &[]).await;
    let created = invite(&app, "nurlan@partner.example").await;
    assert!(created["emailed"].is_null());
    assert!(created["link"].as_str().unwrap().contains("/invitations/"));
}
