//! A section's proposals: recommendations and questions its writers keep beside the text,
//! each change a new version of the section whose revision keeps them, exported at the
//! section's end under their headings and counted in its words — on SQLite and PostgreSQL —
//! and refused, changing nothing, to readers, in locked sections and when malformed.

use entities::{proposal, report_section, section_revision, tag};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};
use serde_json::Value;

use crate::{
    docx_reader::Docx,
    helpers::{Backend, TestApp, spawn_app_on},
    issued::ccpr_observations,
};

const COORDINATOR: &str = "coordinator@sbhr.example";
const EDITOR: &str = "editor@lift.example";
const OBSERVER: &str = "observer@equalaccess.example";

const FAIR_TRIAL: &str = "Right to a fair trial (art. 14)";

async fn section_titled(app: &TestApp, title: &str) -> report_section::Model {
    report_section::Entity::find()
        .filter(report_section::Column::Title.eq(title))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

async fn call(app: &TestApp, cookie: &str, path: &str, form: &[(&str, &str)]) -> (u16, Value) {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

/// Saves a proposal (`id` 0: a new one) in `section`; the status and answer.
#[allow(clippy::too_many_arguments)]
async fn propose(
    app: &TestApp,
    cookie: &str,
    section: i32,
    id: i32,
    kind: &str,
    addressee: &str,
    text: &str,
    themes: &[i32],
) -> (u16, Value) {
    let (section, id) = (section.to_string(), id.to_string());
    let themes: Vec<String> = themes.iter().map(i32::to_string).collect();
    let mut form = vec![
        ("section_id", section.as_str()),
        ("id", id.as_str()),
        ("kind", kind),
        ("addressee", addressee),
        ("text", text),
    ];
    form.extend(themes.iter().map(|t| ("themes[]", t.as_str())));
    call(app, cookie, "/api/save_proposal", &form).await
}

async fn a_sections_proposals_are_versioned_with_it_and_exported(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let section = section_titled(&app, FAIR_TRIAL).await;
    let theme = tag::ActiveModel {
        vocabulary: Set("theme".into()),
        label: Set("Administration of justice".into()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();

    let id = section.id.to_string();
    let (status, view) = call(
        &app,
        &editor,
        "/api/section_proposals",
        &[("section_id", &id)],
    )
    .await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["proposals"], serde_json::json!([]));
    assert_eq!(view["can_edit"], true);
    assert_eq!(
        view["authors"].as_array().unwrap().len(),
        1,
        "LIFT writes it: {view}"
    );
    assert!(
        view["themes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["id"] == theme.id)
    );

    let (status, first) = propose(
        &app,
        &editor,
        section.id,
        0,
        "recommendation",
        "state",
        "Guarantee access to a lawyer from the first hour of detention.",
        &[theme.id],
    )
    .await;
    assert_eq!(status, 200, "{first}");
    let (status, question) = propose(
        &app,
        &editor,
        section.id,
        0,
        "question",
        "state",
        "How many confessions were excluded as obtained under duress?",
        &[],
    )
    .await;
    assert_eq!(status, 200, "{question}");
    // Changing the first keeps its place and themes as sent.
    let first = i32::try_from(first.as_i64().unwrap()).unwrap();
    let (status, _) = propose(
        &app,
        &editor,
        section.id,
        first,
        "recommendation",
        "state",
        "Guarantee access to a lawyer of one's choice from the first hour of detention.",
        &[theme.id],
    )
    .await;
    assert_eq!(status, 200);

    // Three changes, three new versions of the section with the same text; the last
    // revision keeps the proposals as they stand.
    let after = section_titled(&app, FAIR_TRIAL).await;
    assert_eq!(after.version, section.version + 3);
    assert_eq!(after.body, section.body);
    let revision = section_revision::Entity::find()
        .filter(section_revision::Column::SectionId.eq(section.id))
        .order_by_desc(section_revision::Column::Version)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(revision.version, after.version);
    let kept: Value = serde_json::from_str(revision.proposals.as_deref().unwrap()).unwrap();
    assert_eq!(
        kept[0]["text"],
        "Guarantee access to a lawyer of one's choice from the first hour of detention."
    );
    assert_eq!(kept[0]["themes"], serde_json::json!([theme.id]));
    assert_eq!(kept[1]["kind"], "question");

    let (_, view) = call(
        &app,
        &editor,
        "/api/section_proposals",
        &[("section_id", &id)],
    )
    .await;
    assert_eq!(view["proposals"].as_array().unwrap().len(), 2);
    // The two headings (6 and 6 words) and the two proposals (13 and 10 words).
    assert_eq!(view["words"], 35);
    // The report's dashboard counts them in the section's words.
    let (status, outline) = call(
        &app,
        &editor,
        "/api/report_outline",
        &[("id", &section.report_id.to_string())],
    )
    .await;
    assert_eq!(status, 200, "{outline}");
    let row = outline["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == section.id)
        .unwrap();
    let text_only = shadowdesk_text::words::count(&section.body).total();
    assert_eq!(
        row["words"]["body"].as_i64().unwrap() + row["words"]["notes"].as_i64().unwrap(),
        text_only + 35,
        "{row}"
    );

    // A save of the text from the version before the proposals merges with them.
    let base = section.version.to_string();
    let (status, saved) = call(
        &app,
        &editor,
        "/api/save_section",
        &[
            ("id", &id),
            ("base_version", &base),
            ("body", &format!("{}\n\nA new paragraph.", section.body)),
        ],
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    assert_eq!(
        proposal::Entity::find()
            .filter(proposal::Column::SectionId.eq(section.id))
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        2
    );

    // The export ends the section with them, under their headings.
    let response = app
        .get("/reports/1/export.docx", &[("cookie", &editor)])
        .await;
    assert_eq!(response.status(), 200);
    let docx = Docx::open(&response.bytes().await.unwrap());
    let text: Vec<String> = docx
        .paragraphs("word/document.xml")
        .into_iter()
        .map(|p| p.text)
        .collect();
    // In the body (the table of contents names the headings first), in this order.
    let mut from = text
        .iter()
        .position(|t| t.contains("A new paragraph."))
        .expect("the section's new paragraph");
    for needle in [
        "Suggested recommendations to the State party",
        "Guarantee access to a lawyer of one's choice",
        "Suggested questions to the State party",
        "How many confessions were excluded",
        "Freedom of expression (art. 19)",
    ] {
        from += text[from..]
            .iter()
            .position(|t| t.contains(needle))
            .unwrap_or_else(|| panic!("{needle} after the section's text in {text:?}"));
    }

    // Removing one is a new version too.
    let question = question.as_i64().unwrap().to_string();
    let (status, _) = call(&app, &editor, "/api/remove_proposal", &[("id", &question)]).await;
    assert_eq!(status, 200);
    let (status, _) = call(&app, &editor, "/api/remove_proposal", &[("id", &question)]).await;
    assert_eq!(status, 422, "already gone");
    let last = section_titled(&app, FAIR_TRIAL).await;
    assert_eq!(last.version, after.version + 2);
}

#[tokio::test]
async fn a_sections_proposals_are_versioned_with_it_and_exported_on_sqlite() {
    a_sections_proposals_are_versioned_with_it_and_exported(Backend::Sqlite).await;
}

#[tokio::test]
async fn a_sections_proposals_are_versioned_with_it_and_exported_on_postgres() {
    a_sections_proposals_are_versioned_with_it_and_exported(Backend::Postgres).await;
}

#[tokio::test]
async fn proposals_are_refused_to_readers_in_locked_sections_and_when_malformed() {
    let app = spawn_app_on(Backend::Sqlite).await;
    let editor = app.sign_in(EDITOR).await;
    let observer = app.sign_in(OBSERVER).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let section = section_titled(&app, FAIR_TRIAL).await;
    let good = "Guarantee access to a lawyer.";

    let (status, _) = propose(
        &app,
        &observer,
        section.id,
        0,
        "recommendation",
        "state",
        good,
        &[],
    )
    .await;
    assert_eq!(status, 403, "a reader");
    let (status, answer) = propose(
        &app,
        &editor,
        section.id,
        0,
        "recommendation",
        "state",
        "  ",
        &[],
    )
    .await;
    assert_eq!(status, 422);
    assert!(answer.to_string().contains("text"), "{answer}");
    let long = "word ".repeat(500);
    let (status, _) = propose(
        &app,
        &editor,
        section.id,
        0,
        "recommendation",
        "state",
        &long,
        &[],
    )
    .await;
    assert_eq!(status, 422, "too long");
    let (status, answer) = propose(
        &app,
        &editor,
        section.id,
        0,
        "recommendation",
        "state",
        good,
        &[999_999],
    )
    .await;
    assert_eq!(status, 422);
    assert!(answer.to_string().contains("themes"), "{answer}");
    let (status, _) = propose(&app, &editor, section.id, 0, "wish", "state", good, &[]).await;
    assert_eq!(status, 400, "no such kind");
    // The introduction is approved: locked, for its coordinator too.
    let introduction = section_titled(&app, "Introduction and methodology").await;
    let (status, answer) = propose(
        &app,
        &coordinator,
        introduction.id,
        0,
        "recommendation",
        "state",
        good,
        &[],
    )
    .await;
    assert_eq!(status, 422, "{answer}");
    // Another organisation's proposal is not the editor's to change or remove.
    let (status, theirs) = propose(
        &app,
        &coordinator,
        section_titled(&app, "Freedom of expression (art. 19)")
            .await
            .id,
        0,
        "recommendation",
        "committee",
        good,
        &[],
    )
    .await;
    assert_eq!(status, 200, "{theirs}");
    let theirs = theirs.as_i64().unwrap().to_string();
    let (status, _) = call(&app, &editor, "/api/remove_proposal", &[("id", &theirs)]).await;
    assert_eq!(status, 403);
    let (status, _) = call(&app, &observer, "/api/remove_proposal", &[("id", &theirs)]).await;
    assert_eq!(status, 403);

    let stored = proposal::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(stored.len(), 1, "only the coordinator's");
    assert_eq!(
        section_titled(&app, FAIR_TRIAL).await.version,
        section.version,
        "nothing changed"
    );
}

async fn a_proposal_is_matched_with_what_the_un_issued_and_a_coordinator_confirms_its_uptake(
    backend: Backend,
) {
    let app = spawn_app_on(backend).await;
    let editor = app.sign_in(EDITOR).await;
    let coordinator = app.sign_in(COORDINATOR).await;
    let section = section_titled(&app, FAIR_TRIAL).await;
    let (status, proposal) = propose(
        &app,
        &editor,
        section.id,
        0,
        "recommendation",
        "state",
        "Guarantee every detained person access to a lawyer of their choice from the first hour of detention.",
        &[],
    )
    .await;
    assert_eq!(status, 200, "{proposal}");
    let proposal = proposal.as_i64().unwrap();
    // The Committee's observations on Kazakhstan after the report; a like recommendation to
    // another State, which is not this report's.
    let ids = ccpr_observations(
        &app.db,
        1,
        "CCPR/C/KAZ/CO/3",
        "Kazakhstan",
        &[
            "The State party should adopt a comprehensive anti-discrimination law.",
            "The State party should guarantee that all detained persons have access to a lawyer of their choice from the outset of detention.",
            "The State party should investigate all allegations of torture promptly.",
        ],
    )
    .await;
    let elsewhere = ccpr_observations(
        &app.db,
        1,
        "CCPR/C/UZB/CO/6",
        "Uzbekistan",
        &["Guarantee every detained person access to a lawyer of their choice from the first hour of detention."],
    )
    .await;

    let (status, view) = call(&app, &editor, "/api/report_uptake", &[("report_id", "1")]).await;
    assert_eq!(status, 200, "{view}");
    assert_eq!(view["can_confirm"], false);
    assert!(
        view["documents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d == "CCPR/C/KAZ/CO/3")
    );
    let ours = view["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["proposal_id"] == proposal)
        .expect("the proposal");
    let candidates = ours["candidates"].as_array().unwrap();
    // The like one is among the five (the demonstration's own observations may come first).
    let like = candidates
        .iter()
        .find(|c| c["recommendation_id"] == ids[1])
        .unwrap_or_else(|| panic!("{candidates:?}"));
    assert_eq!(like["citation"], "CCPR/C/KAZ/CO/3, para. 21");
    let rank = |id: i32| candidates.iter().position(|c| c["recommendation_id"] == id);
    if let Some(unlike) = rank(ids[0]) {
        assert!(rank(ids[1]).unwrap() < unlike, "only small words in common");
    }
    assert!(
        !candidates
            .iter()
            .any(|c| c["recommendation_id"] == elsewhere[0]),
        "another State's"
    );
    let marked: Vec<&str> = like["parts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p[1] == true)
        .map(|p| p[0].as_str().unwrap())
        .collect();
    assert!(
        marked.contains(&"lawyer") && marked.contains(&"detained"),
        "{marked:?}"
    );

    // The coordinator confirms it; a writer may not.
    let (p, r) = (proposal.to_string(), ids[1].to_string());
    let form = [
        ("proposal_id", p.as_str()),
        ("recommendation_id", r.as_str()),
        ("uptake", "partial"),
    ];
    let (status, _) = call(&app, &editor, "/api/confirm_uptake", &form).await;
    assert_eq!(status, 403);
    let (status, answer) = call(&app, &coordinator, "/api/confirm_uptake", &form).await;
    assert_eq!(status, 200, "{answer}");
    let (_, view) = call(
        &app,
        &coordinator,
        "/api/report_uptake",
        &[("report_id", "1")],
    )
    .await;
    let ours = view["proposals"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["proposal_id"] == proposal)
        .unwrap();
    let like = ours["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["recommendation_id"] == ids[1])
        .unwrap();
    assert_eq!(like["uptake"], "partial");
    assert_eq!(view["can_confirm"], true);
    // The recommendation's page names the proposal it takes up.
    let (status, detail) = call(&app, &editor, "/api/recommendation", &[("id", r.as_str())]).await;
    assert_eq!(status, 200, "{detail}");
    assert_eq!(detail["reflects"][0]["uptake"], "partial");
    assert_eq!(detail["reflects"][0]["section_title"], FAIR_TRIAL);
    assert!(
        detail["reflects"][0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Guarantee every detained person")
    );
    // "Proposed by us" narrows the list to it.
    let (status, list) = call(
        &app,
        &editor,
        "/api/list_recommendations",
        &[("query_string", "proposed=partial")],
    )
    .await;
    assert_eq!(status, 200, "{list}");
    assert_eq!(list["total"], 1, "{list}");
    assert_eq!(list["rows"][0]["id"], ids[1]);
    let facet = list["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["facet"] == "proposed")
        .expect("the proposed-by-us facet");
    assert_eq!(facet["values"][0]["label"], "uptake-partial");

    // The rates count it as taken up in part, by report, organisation and body; as CSV too.
    let (status, rates) = call(&app, &editor, "/api/uptake_rates", &[("report_id", "1")]).await;
    assert_eq!(status, 200, "{rates}");
    assert_eq!(rates["total"]["counts"], serde_json::json!([0, 1, 0, 0]));
    let report = entities::report::Entity::find_by_id(1)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(rates["by_report"][0]["label"], report.title.as_str());
    assert_eq!(rates["by_body"][0]["label"], report.mechanism.as_str());
    let writer =
        entities::organisation::Entity::find_by_id(section.assigned_organisation_id.unwrap())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
    assert_eq!(rates["by_organisation"][0]["label"], writer.name.as_str());
    assert_eq!(
        rates["by_organisation"][0]["counts"],
        serde_json::json!([0, 1, 0, 0])
    );
    let csv = app
        .get("/exports/uptake.csv?report=1", &[("cookie", &editor)])
        .await;
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.unwrap();
    assert!(csv.contains("All proposals,Total,0,1,0,0,1,100"), "{csv}");
    assert!(
        csv.contains(&format!(
            "By writing organisation,{},0,1,0,0,1,100",
            writer.name
        )),
        "{csv}"
    );
    let outsider = crate::helpers::create_outsider(&app).await;
    let outsider = app.sign_in(outsider).await;
    let (status, _) = call(&app, &outsider, "/api/uptake_rates", &[("report_id", "1")]).await;
    assert_eq!(status, 403);
    let refused = app
        .get("/exports/uptake.csv?report=1", &[("cookie", &outsider)])
        .await;
    assert_eq!(refused.status(), 404);

    // Cleared again.
    let (status, _) = call(&app, &coordinator, "/api/confirm_uptake", &form[..2]).await;
    assert_eq!(status, 200);
    assert!(
        entities::proposal_uptake::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty()
    );
    // Not a recommendation of the coalition: refused.
    let (status, _) = call(
        &app,
        &coordinator,
        "/api/confirm_uptake",
        &[
            ("proposal_id", p.as_str()),
            ("recommendation_id", "999999"),
            ("uptake", "full"),
        ],
    )
    .await;
    assert_eq!(status, 422);
    let (_, rates) = call(&app, &editor, "/api/uptake_rates", &[("report_id", "1")]).await;
    assert_eq!(rates["total"]["counts"], serde_json::json!([0, 0, 0, 1]));
    let (_, list) = call(
        &app,
        &editor,
        "/api/list_recommendations",
        &[("query_string", "proposed=partial")],
    )
    .await;
    assert_eq!(list["total"], 0, "cleared: {list}");
}

#[tokio::test]
async fn a_proposal_is_matched_with_what_the_un_issued_and_a_coordinator_confirms_its_uptake_on_sqlite()
 {
    a_proposal_is_matched_with_what_the_un_issued_and_a_coordinator_confirms_its_uptake(
        Backend::Sqlite,
    )
    .await;
}

#[tokio::test]
async fn a_proposal_is_matched_with_what_the_un_issued_and_a_coordinator_confirms_its_uptake_on_postgres()
 {
    a_proposal_is_matched_with_what_the_un_issued_and_a_coordinator_confirms_its_uptake(
        Backend::Postgres,
    )
    .await;
}
