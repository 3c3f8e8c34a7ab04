//! Following recommendations up, over HTTP on SQLite and PostgreSQL: assessments from draft to
//! approved (then never changed, superseded by newer ones, the State–coalition divergence
//! shown), who may assess what, evidence links and files (type-checked, hashed, private ones
//! hidden, downloads), planning (lead, follow-up, clusters) and links between recommendations.

use entities::{
    assessment, audit_event, cluster, evidence, recommendation, source_document,
    states::AssessmentStatus, tag,
};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_on};

/// The demonstration recommendation CAT/C/KAZ/CO/4, para. 12(a) (lead: LIFT).
async fn demo_recommendation(app: &TestApp, paragraph: &str) -> recommendation::Model {
    recommendation::Entity::find()
        .filter(recommendation::Column::Paragraph.eq(paragraph))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("demo recommendation {paragraph}"))
}

async fn post(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn detail(app: &TestApp, cookie: &str, id: i32) -> Value {
    let (status, body) = post(
        app,
        cookie,
        "/api/recommendation",
        &[("id", &id.to_string())],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    body
}

/// Saves an assessment; answers the status and body.
async fn assess(
    app: &TestApp,
    cookie: &str,
    recommendation: i32,
    fields: &[(&str, &str)],
) -> (u16, Value) {
    let id = recommendation.to_string();
    let mut form = vec![("assessment[recommendation_id]", id.as_str())];
    for (name, value) in fields {
        form.push((name, value));
    }
    let named: Vec<(String, String)> = form
        .iter()
        .map(|(k, v)| {
            let key = if k.starts_with("assessment[") {
                k.to_string()
            } else {
                format!("assessment[{k}]")
            };
            (key, v.to_string())
        })
        .collect();
    let borrowed: Vec<(&str, &str)> = named
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    post(app, cookie, "/api/save_assessment", &borrowed).await
}

async fn assessments_move_from_draft_to_approved_and_never_change(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let rec = demo_recommendation(&app, "34(b)").await;

    // A State reply, drafted and approved.
    let (status, id) = assess(
        &app,
        &coordinator,
        rec.id,
        &[
            ("assessor", "state"),
            ("assessor_name", "Ministry of Justice"),
            ("scale", "upr_info"),
            ("label", "fully_implemented"),
            ("assessed_on", "2025-01-15"),
            ("narrative", "The reply lists new budget lines."),
        ],
    )
    .await;
    assert_eq!(status, 200, "{id}");
    let state_id = id.as_i64().unwrap() as i32;
    let stored = assessment::Entity::find_by_id(state_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (stored.status, stored.ordinal),
        (AssessmentStatus::Draft, Some(4))
    );
    assert!(
        detail(&app, &coordinator, rec.id).await["current"]
            .as_array()
            .unwrap()
            .is_empty()
    );

    let (status, body) = post(
        &app,
        &coordinator,
        "/api/approve_assessment",
        &[("id", &state_id.to_string()), ("version", "1")],
    )
    .await;
    assert_eq!(status, 200, "{body}");

    // Approved: changing it, approving it again or discarding it is refused.
    let (status, body) = assess(
        &app,
        &coordinator,
        rec.id,
        &[
            ("id", &state_id.to_string()),
            ("version", "2"),
            ("assessor", "state"),
            ("scale", "upr_info"),
            ("label", "not_implemented"),
            ("assessed_on", "2025-01-15"),
        ],
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("never changes"), "{body}");
    let (status, _) = post(
        &app,
        &coordinator,
        "/api/discard_assessment",
        &[("id", &state_id.to_string())],
    )
    .await;
    assert_eq!(status, 422);
    let unchanged = assessment::Entity::find_by_id(state_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (unchanged.label.as_str(), unchanged.status),
        ("fully_implemented", AssessmentStatus::Approved)
    );

    // The coalition disagrees on the Human Rights Committee's scale: C is 1 on the ordinal.
    let (status, coalition) = assess(
        &app,
        &coordinator,
        rec.id,
        &[
            ("assessor", "coalition"),
            ("scale", "hrc"),
            ("label", "C"),
            ("assessed_on", "2025-03-01"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{coalition}");
    let coalition_id = coalition.as_i64().unwrap().to_string();
    post(
        &app,
        &coordinator,
        "/api/approve_assessment",
        &[("id", &coalition_id), ("version", "1")],
    )
    .await;
    let shown = detail(&app, &coordinator, rec.id).await;
    assert_eq!(shown["divergence"], 3, "{shown}");
    assert_eq!(shown["current"].as_array().unwrap().len(), 2);

    // A newer State assessment supersedes the older one, which stays in the history.
    let (_, newer) = assess(
        &app,
        &coordinator,
        rec.id,
        &[
            ("assessor", "state"),
            ("scale", "custom"),
            ("label", "Law adopted, not yet applied"),
            ("custom_ordinal", "2"),
            ("assessed_on", "2025-06-01"),
        ],
    )
    .await;
    let newer_id = newer.as_i64().unwrap() as i32;
    post(
        &app,
        &coordinator,
        "/api/approve_assessment",
        &[("id", &newer_id.to_string()), ("version", "1")],
    )
    .await;
    let shown = detail(&app, &coordinator, rec.id).await;
    assert_eq!(shown["divergence"], 1);
    let current: Vec<i64> = shown["current"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_i64().unwrap())
        .collect();
    assert!(current.contains(&i64::from(newer_id)) && !current.contains(&i64::from(state_id)));
    assert_eq!(shown["assessments"].as_array().unwrap().len(), 3);
    let custom = shown["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == newer_id)
        .unwrap();
    assert_eq!(custom["label"], "Law adopted, not yet applied");
    assert_eq!(custom["ordinal"], 2);

    // A stale draft save is refused; the draft keeps what the first save wrote.
    let (_, draft) = assess(
        &app,
        &coordinator,
        rec.id,
        &[
            ("assessor", "nhri"),
            ("scale", "upr_info"),
            ("label", "no_information"),
            ("assessed_on", "2025-07-01"),
        ],
    )
    .await;
    let draft_id = draft.as_i64().unwrap().to_string();
    let change = |version: &'static str, label: &'static str| {
        vec![
            ("id", draft_id.clone()),
            ("version", version.to_string()),
            ("assessor", "nhri".to_string()),
            ("scale", "upr_info".to_string()),
            ("label", label.to_string()),
            ("assessed_on", "2025-07-01".to_string()),
        ]
    };
    let first = change("1", "partially_implemented");
    let first: Vec<(&str, &str)> = first.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(assess(&app, &coordinator, rec.id, &first).await.0, 200);
    let stale = change("1", "not_implemented");
    let stale: Vec<(&str, &str)> = stale.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, body) = assess(&app, &coordinator, rec.id, &stale).await;
    assert_eq!(status, 422, "{body}");
    let kept = assessment::Entity::find_by_id(draft_id.parse::<i32>().unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(kept.label, "partially_implemented");
    let (status, _) = post(
        &app,
        &coordinator,
        "/api/discard_assessment",
        &[("id", &draft_id)],
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        assessment::Entity::find_by_id(kept.id)
            .one(&app.db)
            .await
            .unwrap()
            .is_none()
    );

    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.is_in([
            "assessment_saved",
            "assessment_approved",
            "assessment_discarded",
        ]))
        .count(&app.db)
        .await
        .unwrap();
    assert!(audited >= 8, "{audited}");
}

#[tokio::test]
async fn assessments_move_from_draft_to_approved_and_never_change_on_sqlite() {
    assessments_move_from_draft_to_approved_and_never_change(Backend::Sqlite).await;
}

#[tokio::test]
async fn assessments_move_from_draft_to_approved_and_never_change_on_postgres() {
    assessments_move_from_draft_to_approved_and_never_change(Backend::Postgres).await;
}

#[tokio::test]
async fn bad_assessments_are_refused_with_the_field_and_change_nothing() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let rec = demo_recommendation(&app, "34(b)").await;
    let before = assessment::Entity::find().count(&app.db).await.unwrap();
    let cases: [(&[(&str, &str)], &str); 6] = [
        (
            &[
                ("assessor", "oracle"),
                ("scale", "upr_info"),
                ("label", "not_implemented"),
                ("assessed_on", "2025-01-01"),
            ],
            "Assessor",
        ),
        (
            &[
                ("assessor", "state"),
                ("scale", "stars"),
                ("label", "5"),
                ("assessed_on", "2025-01-01"),
            ],
            "Scale",
        ),
        (
            &[
                ("assessor", "state"),
                ("scale", "hrc"),
                ("label", "B1"),
                ("assessed_on", "2025-01-01"),
            ],
            "level",
        ),
        (
            &[
                ("assessor", "state"),
                ("scale", "upr_info"),
                ("label", "not_implemented"),
                ("assessed_on", "2999-01-01"),
            ],
            "future",
        ),
        (
            &[
                ("assessor", "state"),
                ("scale", "custom"),
                ("label", "Adopted"),
                ("custom_ordinal", "9"),
                ("assessed_on", "2025-01-01"),
            ],
            "Corresponds to",
        ),
        (
            &[
                ("assessor", "ngo"),
                ("organisation_id", "99999"),
                ("scale", "upr_info"),
                ("label", "not_implemented"),
                ("assessed_on", "2025-01-01"),
            ],
            "NGO",
        ),
    ];
    for (fields, message) in cases {
        let (status, body) = assess(&app, &coordinator, rec.id, fields).await;
        assert_eq!(status, 422, "{fields:?}: {body}");
        assert!(body.to_string().contains(message), "{fields:?}: {body}");
    }
    assert_eq!(
        assessment::Entity::find().count(&app.db).await.unwrap(),
        before
    );
}

#[tokio::test]
async fn partner_ngos_assess_what_they_lead_and_their_own_view_but_only_coordinators_approve() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let led = demo_recommendation(&app, "12(a)").await; // LIFT leads it
    let other = demo_recommendation(&app, "134.78").await; // Equal Access leads it
    let lift = led.lead_organisation_id.unwrap().to_string();
    let coalition = [
        ("assessor", "coalition"),
        ("scale", "upr_info"),
        ("label", "not_implemented"),
        ("assessed_on", "2025-01-01"),
    ];

    let (status, draft) = assess(&app, &editor, led.id, &coalition).await;
    assert_eq!(
        status, 200,
        "the lead organisation's editor drafts: {draft}"
    );
    let (status, _) = assess(&app, &editor, other.id, &coalition).await;
    assert_eq!(
        status, 403,
        "not for a recommendation another organisation leads"
    );
    let own = [
        ("assessor", "ngo"),
        ("organisation_id", lift.as_str()),
        ("scale", "upr_info"),
        ("label", "not_implemented"),
        ("assessed_on", "2025-01-01"),
    ];
    let (status, body) = assess(&app, &editor, other.id, &own).await;
    assert_eq!(status, 200, "but its own NGO view, anywhere: {body}");
    let shown = detail(&app, &editor, other.id).await;
    assert_eq!(shown["can_follow_up"], false);
    assert_eq!(shown["can_assess_as_ngo"], true);
    let (status, _) = assess(&app, &reviewer, led.id, &own).await;
    assert_eq!(
        status, 403,
        "a reviewer of another NGO cannot speak for LIFT"
    );

    let draft_id = draft.as_i64().unwrap().to_string();
    let (status, _) = post(
        &app,
        &editor,
        "/api/approve_assessment",
        &[("id", &draft_id), ("version", "1")],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = post(
        &app,
        &coordinator,
        "/api/approve_assessment",
        &[("id", &draft_id), ("version", "1")],
    )
    .await;
    assert_eq!(status, 200);
}

/// A minimal PDF (the type check reads the signature).
const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

async fn upload(
    app: &TestApp,
    cookie: &str,
    fields: &[(&str, &str)],
    file: (&str, Vec<u8>),
) -> (u16, Value) {
    let response = app
        .post_multipart("/api/upload_evidence", fields, file, &[("cookie", cookie)])
        .await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn download(app: &TestApp, cookie: Option<&str>, id: i32) -> reqwest::Response {
    let headers: Vec<(&str, &str)> = cookie.map(|c| vec![("cookie", c)]).unwrap_or_default();
    app.get(&format!("/evidence/{id}"), &headers).await
}

async fn evidence_is_checked_hashed_downloaded_and_kept_private(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let reviewer = app.sign_in("reviewer@freeword.example").await;
    let rec = demo_recommendation(&app, "12(a)").await;
    let id = rec.id.to_string();
    let before = evidence::Entity::find().count(&app.db).await.unwrap();

    // Links must be web addresses.
    let link = |url: &'static str| {
        vec![
            ("link[recommendation_id]", id.clone()),
            ("link[title]", "Court statistics".to_string()),
            ("link[url]", url.to_string()),
            ("link[visibility]", "public".to_string()),
        ]
    };
    let bad = link("javascript:alert(document.cookie)");
    let bad: Vec<(&str, &str)> = bad.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, body) = post(&app, &editor, "/api/add_evidence_link", &bad).await;
    assert_eq!(status, 422, "{body}");
    let good = link("https://stat.gov.kz/en/courts/2025");
    let good: Vec<(&str, &str)> = good.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, body) = post(&app, &editor, "/api/add_evidence_link", &good).await;
    assert_eq!(status, 200, "{body}");

    // A private file of LIFT's, with its hash.
    let fields = [
        ("recommendation_id", id.as_str()),
        ("title", "Interview notes"),
        ("source", "LIFT monitors"),
        ("dated_on", "2025-05-02"),
        ("visibility", "private"),
    ];
    let (status, body) = upload(&app, &editor, &fields, ("notes.pdf", PDF.to_vec())).await;
    assert_eq!(status, 200, "{body}");
    let file_id = body.as_i64().unwrap() as i32;
    let stored = evidence::Entity::find_by_id(file_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.content_type, "application/pdf");
    assert_eq!(stored.size_bytes, PDF.len() as i64);
    assert_eq!(
        stored.sha256,
        app::recommendations::evidence::server::hex(&<sha2::Sha256 as sha2::Digest>::digest(PDF))
    );

    // Files that lie about their type, unaccepted types and oversize files are refused.
    let (status, body) = upload(
        &app,
        &editor,
        &fields,
        ("notes.pdf", b"MZ\x90\x00binary".to_vec()),
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains(".pdf"), "{body}");
    let (status, _) = upload(
        &app,
        &editor,
        &fields,
        ("page.html", b"<html><script>x</script>".to_vec()),
    )
    .await;
    assert_eq!(status, 422);
    let big = [b"%PDF-".as_slice(), &vec![b'x'; 21 * 1024 * 1024]].concat();
    let (status, body) = upload(&app, &editor, &fields, ("big.pdf", big)).await;
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("20 MB"), "{body}");
    assert_eq!(
        evidence::Entity::find().count(&app.db).await.unwrap(),
        before + 2
    );

    // The file downloads for LIFT and coordinators, as an attachment; others never see it.
    let response = download(&app, Some(&editor), file_id).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert!(
        response.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert_eq!(response.bytes().await.unwrap().as_ref(), PDF);
    assert_eq!(
        download(&app, Some(&coordinator), file_id).await.status(),
        200
    );
    assert_eq!(download(&app, Some(&reviewer), file_id).await.status(), 404);
    assert_eq!(download(&app, None, file_id).await.status(), 401);
    let seen = detail(&app, &reviewer, rec.id).await;
    assert!(
        !seen["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["id"] == file_id),
        "private evidence is not listed for other organisations"
    );

    // The reviewer cannot remove it; the editor who added it can.
    let (status, _) = post(
        &app,
        &reviewer,
        "/api/remove_evidence",
        &[("id", &file_id.to_string())],
    )
    .await;
    assert_eq!(status, 403);
    let (status, _) = post(
        &app,
        &editor,
        "/api/remove_evidence",
        &[("id", &file_id.to_string())],
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(download(&app, Some(&editor), file_id).await.status(), 404);
}

#[tokio::test]
async fn evidence_is_checked_hashed_downloaded_and_kept_private_on_sqlite() {
    evidence_is_checked_hashed_downloaded_and_kept_private(Backend::Sqlite).await;
}

#[tokio::test]
async fn evidence_is_checked_hashed_downloaded_and_kept_private_on_postgres() {
    evidence_is_checked_hashed_downloaded_and_kept_private(Backend::Postgres).await;
}

#[tokio::test]
async fn coordinators_plan_recommendations_and_link_them() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let rec = demo_recommendation(&app, "134.12").await;
    let id = rec.id.to_string();
    let version = rec.version.to_string();
    let organisation = app::directory::coalition_organisations(&app.db, rec.coalition_id)
        .await
        .unwrap()
        .into_iter()
        .find(|(_, name)| name == "LIFT")
        .unwrap()
        .0
        .to_string();
    let plan = [
        ("plan[id]", id.as_str()),
        ("plan[version]", version.as_str()),
        ("plan[lead_organisation_id]", organisation.as_str()),
        ("plan[follow_up_due]", "2027-06-30"),
        ("plan[clusters]", "Ratifications, civic space"),
    ];
    let (status, _) = post(&app, &editor, "/api/plan_recommendation", &plan).await;
    assert_eq!(status, 403, "editors do not plan");
    let (status, body) = post(&app, &coordinator, "/api/plan_recommendation", &plan).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = post(&app, &coordinator, "/api/plan_recommendation", &plan).await;
    assert_eq!(status, 422, "the same version again is stale: {body}");
    let planned = recommendation::Entity::find_by_id(rec.id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert!(planned.follow_up);
    assert_eq!(planned.follow_up_due.unwrap().to_string(), "2027-06-30");
    assert_eq!(
        planned.lead_organisation_id.unwrap().to_string(),
        organisation
    );
    // "civic space" is the demonstration's "Civic space" cluster: no second one.
    let clusters = cluster::Entity::find()
        .filter(cluster::Column::CoalitionId.eq(rec.coalition_id))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(
        clusters
            .iter()
            .filter(|c| c.name.eq_ignore_ascii_case("civic space"))
            .count(),
        1
    );
    let shown = detail(&app, &editor, rec.id).await;
    let names: Vec<&str> = shown["clusters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Civic space", "Ratifications"]);
    assert_eq!(shown["can_follow_up"], true, "LIFT now leads it");

    // Links by symbol and paragraph; self-links, unknown references and repeats refused.
    let document = source_document::Entity::find_by_id(rec.document_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let other = format!("{}, para. 134.45", document.symbol);
    let link = |reference: String| {
        vec![
            ("id", id.clone()),
            ("reference", reference),
            ("kind", "related".to_string()),
        ]
    };
    let send = |form: Vec<(&'static str, String)>| {
        let coordinator = coordinator.clone();
        let app = &app;
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            post(app, &coordinator, "/api/link_recommendation", &form).await
        }
    };
    assert_eq!(send(link(other.clone())).await.0, 200);
    assert_eq!(send(link(other.clone())).await.0, 422, "already linked");
    assert_eq!(
        send(link(format!("{}, para. 134.12", document.symbol)))
            .await
            .0,
        422,
        "itself"
    );
    assert_eq!(
        send(link("A/HRC/99/1, para. 1.1".to_string())).await.0,
        422,
        "unknown"
    );
    let shown = detail(&app, &coordinator, rec.id).await;
    assert_eq!(shown["links"][0]["reference"], other);
    let link_id = shown["links"][0]["id"].as_i64().unwrap().to_string();
    let (status, _) = post(
        &app,
        &coordinator,
        "/api/unlink_recommendation",
        &[("id", &link_id)],
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        detail(&app, &coordinator, rec.id).await["links"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn the_demonstration_shows_a_divergence_between_the_state_and_the_coalition() {
    let app = spawn_app().await;
    let observer = app.sign_in("observer@equalaccess.example").await;
    let rec = demo_recommendation(&app, "12(a)").await;
    let shown = detail(&app, &observer, rec.id).await;
    assert_eq!(shown["citation"], "CAT/C/KAZ/CO/4, para. 12(a)");
    assert_eq!(shown["divergence"], 2);
    assert_eq!(shown["can_follow_up"], false);
    assert_eq!(shown["can_manage"], false);
    assert_eq!(
        shown["evidence"][0]["title"],
        "Trial monitoring report 2022"
    );
    let outsider = crate::helpers::create_outsider(&app).await;
    let outsider = app.sign_in(outsider).await;
    let (status, _) = post(
        &app,
        &outsider,
        "/api/recommendation",
        &[("id", &rec.id.to_string())],
    )
    .await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn coordinators_tag_recommendations_from_the_seeded_vocabularies_and_their_own() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let editor = app.sign_in("editor@lift.example").await;
    let rec = demo_recommendation(&app, "134.12").await;
    let id = rec.id.to_string();
    let torture = "Torture and other cruel, inhuman or degrading treatment or punishment";

    let shown = detail(&app, &coordinator, rec.id).await;
    let themes = &shown["vocabularies"][0];
    assert_eq!(themes[0], "theme");
    assert!(
        themes[1]
            .as_array()
            .unwrap()
            .iter()
            .any(|label| label == torture),
        "the UHRI themes are seeded: {themes}"
    );
    assert!(
        detail(&app, &editor, rec.id).await["vocabularies"]
            .as_array()
            .unwrap()
            .is_empty(),
        "only coordinators get the vocabularies"
    );

    // Too many labels: refused, nothing changes.
    let many: Vec<String> = (0..31).map(|i| format!("Theme {i}")).collect();
    let many = many.join("\n");
    let version = rec.version.to_string();
    let (status, body) = post(
        &app,
        &coordinator,
        "/api/plan_recommendation",
        &[
            ("plan[id]", id.as_str()),
            ("plan[version]", version.as_str()),
            ("plan[themes]", many.as_str()),
        ],
    )
    .await;
    assert_eq!(status, 422, "{body}");
    assert_eq!(
        detail(&app, &coordinator, rec.id).await["version"],
        rec.version
    );

    // One known label (in another case) and one new; the SDG list is left as it was.
    let sdgs_before = detail(&app, &coordinator, rec.id).await["sdgs"].clone();
    let themes = format!("{}\nCivic space online", torture.to_uppercase());
    let (status, body) = post(
        &app,
        &coordinator,
        "/api/plan_recommendation",
        &[
            ("plan[id]", id.as_str()),
            ("plan[version]", version.as_str()),
            ("plan[themes]", themes.as_str()),
            ("plan[affected_persons]", "Human rights defenders"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let shown = detail(&app, &editor, rec.id).await;
    assert_eq!(
        shown["themes"],
        serde_json::json!(["Civic space online", torture])
    );
    assert_eq!(
        shown["affected_persons"],
        serde_json::json!(["Human rights defenders"])
    );
    assert_eq!(shown["sdgs"], sdgs_before);
    let known = detail(&app, &coordinator, rec.id).await["vocabularies"][0][1].clone();
    assert!(
        known
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l == "Civic space online"),
        "a new label joins the vocabulary"
    );
    // The search index sees the new tag at once.
    let tag = tag::Entity::find()
        .filter(tag::Column::Label.eq("Civic space online"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let query = format!("theme={}", tag.id);
    let (status, body) = post(
        &app,
        &editor,
        "/api/list_recommendations",
        &[("query_string", query.as_str())],
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["total"], 1, "{body}");
}
