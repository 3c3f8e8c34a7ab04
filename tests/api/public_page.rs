//! The public follow-up page, over HTTP on SQLite and PostgreSQL: off until a coordinator
//! publishes it, then readable signed out with no script — approved assessments, public
//! evidence (downloadable), charts, an Atom feed, ETag and cache headers — and nothing private:
//! every private value the coalition holds (drafts, non-public evidence, people, comments,
//! coordination notes, section texts) is searched for in the page, the feed and the downloads.

use chrono::Utc;
use entities::{
    audit_event, coalition, evidence, proposal, proposal_uptake, recommendation, report,
    report_section, section_comment,
    states::{Addressee, ProposalKind, Publication, ReportStatus, Uptake},
    user,
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app_on};

const COORDINATOR: &str = "coordinator@sbhr.example";
const OBSERVER: &str = "observer@equalaccess.example";
const ADDRESS: &str = "sbhr-follow-up";
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

async fn post(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn recommendation_at(app: &TestApp, paragraph: &str) -> i32 {
    recommendation::Entity::find()
        .filter(recommendation::Column::Paragraph.eq(paragraph))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Saves an assessment of `recommendation` (approved when `approve`); its id.
async fn assessment(
    app: &TestApp,
    cookie: &str,
    recommendation: i32,
    fields: &[(&str, &str)],
    approve: bool,
) -> i32 {
    let id = recommendation.to_string();
    let mut form = vec![("assessment[recommendation_id]".to_string(), id)];
    form.extend(
        fields
            .iter()
            .map(|(k, v)| (format!("assessment[{k}]"), v.to_string())),
    );
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, body) = post(app, cookie, "/api/save_assessment", &form).await;
    assert_eq!(status, 200, "{body}");
    let id = body.as_i64().unwrap() as i32;
    if approve {
        let (status, body) = post(
            app,
            cookie,
            "/api/approve_assessment",
            &[("id", &id.to_string()), ("version", "1")],
        )
        .await;
        assert_eq!(status, 200, "{body}");
    }
    id
}

/// Adds a link of `visibility`; its id.
async fn link(
    app: &TestApp,
    cookie: &str,
    recommendation: i32,
    title: &str,
    url: &str,
    visibility: &str,
) -> i32 {
    let id = recommendation.to_string();
    let (status, body) = post(
        app,
        cookie,
        "/api/add_evidence_link",
        &[
            ("link[recommendation_id]", &id),
            ("link[title]", title),
            ("link[url]", url),
            ("link[visibility]", visibility),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body.as_i64().unwrap() as i32
}

/// Uploads a file of `visibility` (for `assessment`, 0 for none); its id.
async fn file(
    app: &TestApp,
    cookie: &str,
    recommendation: i32,
    assessment: i32,
    title: &str,
    visibility: &str,
) -> i32 {
    let (recommendation, assessment) = (recommendation.to_string(), assessment.to_string());
    let response = app
        .post_multipart(
            "/api/upload_evidence",
            &[
                ("recommendation_id", &recommendation),
                ("assessment_id", &assessment),
                ("title", title),
                ("source", "Court records"),
                ("visibility", visibility),
            ],
            ("evidence.pdf", PDF.to_vec()),
            &[("cookie", cookie)],
        )
        .await;
    let status = response.status().as_u16();
    let body = response.text().await.unwrap();
    assert_eq!(status, 200, "{body}");
    body.trim().parse().unwrap()
}

async fn publish(app: &TestApp, cookie: &str, address: &str, published: bool) -> (u16, Value) {
    post(
        app,
        cookie,
        "/api/publish_follow_up",
        &[
            ("coalition_id", "1"),
            ("address", address),
            ("published", if published { "true" } else { "false" }),
        ],
    )
    .await
}

async fn text_of(response: reqwest::Response) -> String {
    response.text().await.unwrap()
}

async fn a_published_follow_up_shows_the_public_and_nothing_private(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let observer = app.sign_in(OBSERVER).await;
    let rec = recommendation_at(&app, "34(b)").await;

    // What may be shown: an approved assessment, a public link and a public file.
    let approved = assessment(
        &app,
        &coordinator,
        rec,
        &[
            ("assessor", "state"),
            ("assessor_name", "Dariga Privatename"),
            ("scale", "upr_info"),
            ("label", "partially_implemented"),
            ("assessed_on", "2026-03-01"),
            (
                "narrative",
                "The reply lists three new shelters opened in 2026.",
            ),
        ],
        true,
    )
    .await;
    link(
        &app,
        &coordinator,
        rec,
        "Shelter statistics 2026",
        "https://stat.example.org/shelters",
        "public",
    )
    .await;
    let public_file = file(
        &app,
        &coordinator,
        rec,
        0,
        "Ombudsman annual report",
        "public",
    )
    .await;
    let approved_file = file(
        &app,
        &coordinator,
        rec,
        approved,
        "Reply of the Ministry",
        "public",
    )
    .await;

    // What must never be: a draft assessment and the public file attached to it, coalition
    // and private evidence.
    let draft = assessment(
        &app,
        &coordinator,
        rec,
        &[
            ("assessor", "coalition"),
            ("assessor_name", "Serik Draftauthor"),
            ("scale", "upr_info"),
            ("label", "not_implemented"),
            ("assessed_on", "2026-04-01"),
            (
                "narrative",
                "Unpublished draft: victims in Taraz still wait for shelter.",
            ),
        ],
        false,
    )
    .await;
    let draft_file = file(
        &app,
        &coordinator,
        rec,
        draft,
        "Draft annex with testimony",
        "public",
    )
    .await;
    let coalition_file = file(
        &app,
        &coordinator,
        rec,
        0,
        "Coalition working paper",
        "coalition",
    )
    .await;
    let private_file = file(
        &app,
        &coordinator,
        rec,
        0,
        "Interview notes of LIFT",
        "private",
    )
    .await;
    link(
        &app,
        &coordinator,
        rec,
        "Internal tracking sheet",
        "https://drive.example.org/internal-sheet",
        "coalition",
    )
    .await;
    link(
        &app,
        &coordinator,
        rec,
        "Monitor's private folder",
        "https://drive.example.org/private-folder",
        "private",
    )
    .await;

    // Off until published.
    assert_eq!(app.get(&format!("/p/{ADDRESS}"), &[]).await.status(), 404);

    // Only coordinators publish, at a well-formed address no other coalition has.
    let (status, body) = publish(&app, &observer, ADDRESS, true).await;
    assert_eq!(status, 403, "{body}");
    let (status, body) = publish(&app, &coordinator, "Not An Address", true).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("address"), "{body}");
    let now = Utc::now();
    coalition::ActiveModel {
        name: Set("Another coalition".into()),
        short_name: Set(String::new()),
        description: Set(String::new()),
        lead_organisation_id: Set(1),
        default_locale: Set("en".into()),
        time_zone: Set("UTC".into()),
        require_second_factor: Set(false),
        public_address: Set(Some("taken".into())),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let (status, body) = publish(&app, &coordinator, "taken", true).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("another coalition"), "{body}");
    assert_eq!(app.get(&format!("/p/{ADDRESS}"), &[]).await.status(), 404);
    let (status, body) = publish(&app, &coordinator, ADDRESS, true).await;
    assert_eq!(status, 200, "{body}");

    // Read signed out: the public part, as plain HTML with no script, cacheable.
    let response = app.get(&format!("/p/{ADDRESS}"), &[]).await;
    assert_eq!(response.status(), 200);
    let etag = response.headers()["etag"].to_str().unwrap().to_string();
    assert!(
        response.headers()["cache-control"]
            .to_str()
            .unwrap()
            .starts_with("public"),
    );
    let page = text_of(response).await;
    for shown in [
        "Follow-up of UN recommendations",
        "The reply lists three new shelters opened in 2026.",
        "Shelter statistics 2026",
        "https://stat.example.org/shelters",
        "Ombudsman annual report",
        "Reply of the Ministry",
        &format!("/p/{ADDRESS}/evidence/{public_file}"),
        "chart-mechanism",
        "/feed.atom",
    ] {
        assert!(page.contains(shown), "{shown} missing from the page");
    }
    assert!(
        !page.contains("<script"),
        "the public page carries no script"
    );
    assert!(!page.contains(".wasm"));
    let unchanged = app
        .get(&format!("/p/{ADDRESS}"), &[("if-none-match", &etag)])
        .await;
    assert_eq!(unchanged.status(), 304);
    let russian = text_of(app.get(&format!("/p/{ADDRESS}?lang=ru"), &[]).await).await;
    assert!(russian.contains("Выполнение рекомендаций ООН"));
    assert!(russian.contains("lang=\"ru\""));
    let one = app
        .get(&format!("/p/{ADDRESS}/recommendations/{rec}"), &[])
        .await;
    assert_eq!(one.status(), 200);
    let one = text_of(one).await;
    assert!(one.contains("The reply lists three new shelters opened in 2026."));

    // Uptake figures count only submitted reports the UN may publish.
    assert!(page.contains("No proposal to count yet."));
    let fair_trial = report_section::Entity::find()
        .filter(report_section::Column::Title.eq("Right to a fair trial (art. 14)"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let proposed = proposal::ActiveModel {
        section_id: Set(fair_trial.id),
        kind: Set(ProposalKind::Recommendation),
        addressee: Set(Addressee::State),
        text: Set("Guarantee access to a lawyer from the first hour.".into()),
        position: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    proposal_uptake::ActiveModel {
        proposal_id: Set(proposed.id),
        recommendation_id: Set(rec),
        uptake: Set(Uptake::Full),
        confirmed_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    let still_private = text_of(app.get(&format!("/p/{ADDRESS}"), &[]).await).await;
    assert!(still_private.contains("No proposal to count yet."));
    let mut submitted: report::ActiveModel = report::Entity::find_by_id(fair_trial.report_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .into();
    submitted.status = Set(ReportStatus::Submitted);
    submitted.publication = Set(Publication::Public);
    submitted.update(&app.db).await.unwrap();
    let counted = text_of(app.get(&format!("/p/{ADDRESS}"), &[]).await).await;
    assert!(
        counted.contains("1 of 1 proposals taken up, in full or in part (100 %)"),
        "uptake figures missing"
    );
    assert!(counted.contains("rates-report"));

    // The feed: the approved assessment, linked to the recommendation's page.
    let feed = app.get(&format!("/p/{ADDRESS}/feed.atom"), &[]).await;
    assert_eq!(feed.status(), 200);
    assert!(
        feed.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let feed = text_of(feed).await;
    assert!(feed.starts_with("<?xml"), "{feed}");
    assert!(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    assert!(feed.contains("three new shelters"));
    assert!(feed.contains(&format!("/p/{ADDRESS}/recommendations/{rec}")));

    // Downloads: the public files only.
    let download = app
        .get(&format!("/p/{ADDRESS}/evidence/{public_file}"), &[])
        .await;
    assert_eq!(download.status(), 200);
    assert!(
        download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let mut downloads = vec![download.bytes().await.unwrap().to_vec()];
    assert_eq!(downloads[0], PDF);
    let attached = app
        .get(&format!("/p/{ADDRESS}/evidence/{approved_file}"), &[])
        .await;
    assert_eq!(attached.status(), 200);
    downloads.push(attached.bytes().await.unwrap().to_vec());
    for hidden in [draft_file, coalition_file, private_file, 999_999] {
        let refused = app
            .get(&format!("/p/{ADDRESS}/evidence/{hidden}"), &[])
            .await;
        assert_eq!(refused.status(), 404, "evidence {hidden}");
    }

    // Nothing private anywhere: every private value the coalition holds is searched for.
    let mut private: Vec<String> = vec![
        "Dariga Privatename".into(),
        "Serik Draftauthor".into(),
        "victims in Taraz".into(),
        "Draft annex with testimony".into(),
        "Coalition working paper".into(),
        "Interview notes of LIFT".into(),
        "Internal tracking sheet".into(),
        "drive.example.org".into(),
        format!("/evidence/{draft_file}\""),
    ];
    for person in user::Entity::find().all(&app.db).await.unwrap() {
        private.push(person.display_name);
        private.push(person.email);
    }
    for comment in section_comment::Entity::find().all(&app.db).await.unwrap() {
        private.push(comment.body.chars().take(40).collect());
    }
    for section in report_section::Entity::find().all(&app.db).await.unwrap() {
        if section.coordination_notes.trim().len() > 8 {
            private.push(section.coordination_notes.chars().take(40).collect());
        }
        let first_line = section.body.lines().find(|l| l.trim().len() > 30);
        if let Some(line) = first_line {
            private.push(line.chars().take(40).collect());
        }
    }
    for item in evidence::Entity::find().all(&app.db).await.unwrap() {
        if item.visibility != entities::states::EvidenceVisibility::Public {
            private.push(item.title);
        }
    }
    // A section may quote a recommendation, which is public: such a line is not private.
    let public_texts: Vec<String> = recommendation::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.text)
        .collect();
    private.retain(|v| !public_texts.iter().any(|t| t.contains(v.as_str())));
    let mut outputs = vec![page, russian, one, feed, counted];
    outputs.extend(
        downloads
            .iter()
            .map(|d| String::from_utf8_lossy(d).into_owned()),
    );
    for value in private.iter().filter(|v| !v.trim().is_empty()) {
        for output in &outputs {
            assert!(
                !output.contains(value.as_str()),
                "{value:?} is on the public side"
            );
        }
    }

    // Taken offline: gone for everyone, audited both ways.
    let (status, body) = publish(&app, &coordinator, "", false).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(app.get(&format!("/p/{ADDRESS}"), &[]).await.status(), 404);
    assert_eq!(
        app.get(&format!("/p/{ADDRESS}/evidence/{public_file}"), &[])
            .await
            .status(),
        404
    );
    assert_eq!(
        app.get(&format!("/p/{ADDRESS}/feed.atom"), &[])
            .await
            .status(),
        404
    );
    let actions: Vec<String> = audit_event::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(actions.iter().any(|a| a == "follow_up_published"));
    assert!(actions.iter().any(|a| a == "follow_up_withdrawn"));
    let kept = coalition::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.public_address.as_deref(), Some(ADDRESS));
    assert!(kept.published_at.is_none());
}

#[tokio::test]
async fn a_published_follow_up_shows_the_public_and_nothing_private_on_sqlite() {
    a_published_follow_up_shows_the_public_and_nothing_private(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_published_follow_up_shows_the_public_and_nothing_private_on_postgres() {
    a_published_follow_up_shows_the_public_and_nothing_private(Backend::Postgres).await;
}
