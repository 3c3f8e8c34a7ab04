//! Follow-up deadlines: the calendar (and its iCalendar file), the reminders on the overview
//! page, and e-mail reminders that go out once per item and stage however many app servers
//! send them, on SQLite and PostgreSQL.

use app::{
    mail::Mailer,
    states::{FollowUpKind, FollowUpStage},
};
use chrono::{Days, Utc};
use serde_json::Value;

use crate::{
    helpers::{Backend, TestApp, spawn_app, spawn_app_on},
    smtp_sink::SmtpSink,
};

async fn post(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// Sets demonstration recommendation 134.12 (id 6) due in ten days.
async fn due_soon(app: &TestApp, coordinator: &str) -> String {
    let due = (Utc::now().date_naive() + Days::new(10))
        .format("%Y-%m-%d")
        .to_string();
    let rec = entities::recommendation::Entity::find_by_id(6)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let version = rec.version.to_string();
    let (status, body) = post(
        app,
        coordinator,
        "/api/plan_recommendation",
        &[
            ("plan[id]", "6"),
            ("plan[version]", &version),
            ("plan[follow_up_due]", &due),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    due
}

use sea_orm::EntityTrait;

#[tokio::test]
async fn the_calendar_lists_deadlines_and_the_overview_reminds_of_those_due() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let due = due_soon(&app, &coordinator).await;
    let observer = app.sign_in("observer@equalaccess.example").await;
    let (status, calendar) = post(&app, &observer, "/api/follow_up_calendar", &[]).await;
    assert_eq!(status, 200, "{calendar}");
    let entries = calendar.as_array().unwrap();
    let soon = entries
        .iter()
        .find(|e| e["id"] == 6 && e["kind"] == "recommendation")
        .unwrap();
    assert_eq!(
        (soon["due"].as_str(), soon["stage"].as_str()),
        (Some(due.as_str()), Some("due_soon"))
    );
    // The UPR mid-term date of the demonstration (two months after it was loaded).
    assert!(
        entries
            .iter()
            .any(|e| e["kind"] == "document" && e["title"] == "A/HRC/55/12")
    );
    let dates: Vec<&str> = entries.iter().map(|e| e["due"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted, "earliest first");

    let (_, overview) = post(&app, &observer, "/api/overview", &[]).await;
    let due_items = overview["due"].as_array().unwrap();
    assert!(due_items.iter().any(|e| e["id"] == 6), "{overview}");
    assert!(due_items.iter().all(|e| e["stage"] != "later"));

    let response = app
        .get("/exports/follow-up.ics", &[("cookie", &observer)])
        .await;
    assert_eq!(response.status(), 200);
    let ics = response.text().await.unwrap();
    assert!(
        ics.contains(&format!("DTSTART;VALUE=DATE:{}", due.replace('-', ""))),
        "{ics}"
    );
    assert!(
        ics.contains("SUMMARY:Recommendation: A/HRC/55/12\\, para. 134.12"),
        "{ics}"
    );
    assert_eq!(app.get("/exports/follow-up.ics", &[]).await.status(), 401);
}

async fn reminders_go_out_once_however_many_servers_send_them(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    due_soon(&app, &coordinator).await;
    let sink = SmtpSink::start().await;
    let mailer = Mailer::new(&sink.url, "Shadowdesk <noreply@desk.example>").unwrap();
    let today = Utc::now().date_naive();
    // Two app servers run the job at the same moment.
    let (first, second) = tokio::join!(
        app::recommendations::follow_up::reminders::send_due(
            &app.db,
            &mailer,
            "https://desk.example",
            today
        ),
        app::recommendations::follow_up::reminders::send_due(
            &app.db,
            &mailer,
            "https://desk.example",
            today
        ),
    );
    let reminded = first.unwrap() + second.unwrap();
    // 134.12, due in ten days, and the UPR mid-term date, due in two months.
    assert_eq!(reminded, 2);
    let messages = sink.messages();
    let about_134_12: Vec<_> = messages
        .iter()
        .filter(|m| m.data.contains("134.12"))
        .collect();
    assert_eq!(
        about_134_12.len(),
        1,
        "the coordinator hears once (no lead organisation)"
    );
    assert!(
        about_134_12[0]
            .to
            .iter()
            .any(|t| t.contains("coordinator@sbhr.example"))
    );
    assert!(
        about_134_12[0]
            .data
            .contains("https://desk.example/recommendations/6")
    );
    // Later runs send nothing new.
    let again = app::recommendations::follow_up::reminders::send_due(
        &app.db,
        &mailer,
        "https://desk.example",
        today,
    )
    .await
    .unwrap();
    assert_eq!(again, 0);
    assert_eq!(sink.messages().len(), messages.len());
}

#[tokio::test]
async fn reminders_go_out_once_on_sqlite() {
    reminders_go_out_once_however_many_servers_send_them(Backend::Sqlite).await;
}

#[tokio::test]
async fn reminders_go_out_once_on_postgres() {
    reminders_go_out_once_however_many_servers_send_them(Backend::Postgres).await;
}

#[tokio::test]
async fn a_reminder_whose_mail_fails_is_tried_again() {
    let app = spawn_app().await;
    // Nobody listens on this port.
    let mailer = Mailer::new("smtp://127.0.0.1:9", "noreply@desk.example").unwrap();
    let today = Utc::now().date_naive();
    let sent = app::recommendations::follow_up::reminders::send_due(&app.db, &mailer, "", today)
        .await
        .unwrap();
    assert_eq!(sent, 0);
    let sink = SmtpSink::start().await;
    let working = Mailer::new(&sink.url, "noreply@desk.example").unwrap();
    let sent = app::recommendations::follow_up::reminders::send_due(&app.db, &working, "", today)
        .await
        .unwrap();
    assert_eq!(sent, 1, "the UPR mid-term date, not lost by the failure");
    let stored = entities::reminder_sent::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(
        (stored[0].kind, stored[0].stage),
        (FollowUpKind::Document, FollowUpStage::DueSoon)
    );
}
