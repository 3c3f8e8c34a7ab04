//! The recommendation tracker's imports: the UHRI export and UPR Info CSV planned row by row,
//! written only when asked, idempotent on re-import; bad rows and bad files named; the list
//! filtered by mechanism and words.

use entities::{audit_event, recommendation, source_document, tag};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_on};

const UHRI: &str = include_str!("../fixtures/uhri-sample.json");
const UPR_INFO: &str = include_str!("../fixtures/upr-info-sample.csv");

/// Uploads `content` as a file in `format` into coalition 1 as `cookie`; status and answer.
async fn upload(
    app: &TestApp,
    cookie: Option<&str>,
    format: &str,
    content: &[u8],
    apply: bool,
) -> (u16, Value) {
    let mut fields = vec![("coalition_id", "1"), ("format", format)];
    if apply {
        fields.push(("apply", "true"));
    }
    let headers: Vec<(&str, &str)> = cookie.map(|c| vec![("cookie", c)]).unwrap_or_default();
    let response = app
        .post_multipart(
            "/api/import_recommendations",
            &fields,
            ("export", content.to_vec()),
            &headers,
        )
        .await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

fn counts(summary: &Value) -> [u64; 4] {
    ["created", "updated", "unchanged", "refused"].map(|k| summary[k].as_u64().unwrap())
}

/// Recommendations stored besides the demonstration's.
async fn stored(app: &TestApp) -> u64 {
    recommendation::Entity::find().count(&app.db).await.unwrap() - DEMO_ALL
}

/// The demonstration tracker's documents: CAT/C/KAZ/CO/4 and A/HRC/55/12.
const DEMO_SYMBOLS: [&str; 2] = ["CAT/C/KAZ/CO/4", "A/HRC/55/12"];
/// The demonstration tracker's recommendations: all, UPR, and those that mention torture.
const DEMO_ALL: u64 = 6;
const DEMO_UPR: u64 = 3;
const DEMO_TORTURE: u64 = 1;

async fn list(app: &TestApp, cookie: &str, mechanism: &str, query: &str) -> Value {
    let response = app
        .post_form(
            "/api/list_recommendations",
            &[(
                "query_string",
                &format!(
                    "mechanism={mechanism}&q={}",
                    app::recommendations::list::query::encode(query)
                ),
            )],
            &[("cookie", cookie)],
        )
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

async fn samples_import_after_a_plan_and_again_change_nothing(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;

    let (status, plan) = upload(
        &app,
        Some(&coordinator),
        "uhri-json",
        UHRI.as_bytes(),
        false,
    )
    .await;
    assert_eq!(status, 200, "{plan}");
    // Six recommendations; the CESCR concern is not a recommendation.
    assert_eq!(counts(&plan), [6, 0, 0, 1], "{plan}");
    assert_eq!(plan["rows"][6]["action"], "refused");
    assert!(
        plan["rows"][6]["reason"]
            .as_str()
            .unwrap()
            .contains("not a recommendation"),
        "{plan}"
    );
    assert_eq!(stored(&app).await, 0, "a plan writes nothing");

    let (status, done) = upload(&app, Some(&coordinator), "uhri-json", UHRI.as_bytes(), true).await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(counts(&done), [6, 0, 0, 1]);
    assert_eq!(stored(&app).await, 6);
    assert_eq!(
        source_document::Entity::find()
            .count(&app.db)
            .await
            .unwrap(),
        // The sample's CAT/C/KAZ/CO/4 is the demonstration's document: its row joins it.
        2 + DEMO_SYMBOLS.len() as u64
    );
    let noted = recommendation::Entity::find()
        .filter(recommendation::Column::Paragraph.eq("128.88"))
        .one(&app.db)
        .await
        .unwrap()
        .expect("128.88 imported");
    assert!(
        noted
            .text
            .starts_with("Bring the law on religious activity")
    );
    assert_eq!(noted.upr_position, Some(app::states::UprPosition::Noted));
    assert_eq!(noted.recommending_states, "Norway");
    let sub = recommendation::Entity::find()
        .filter(recommendation::Column::Paragraph.eq("24(b)"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(sub, 1);
    assert!(
        tag::Entity::find()
            .filter(tag::Column::Label.eq("Freedom of peaceful assembly"))
            .count(&app.db)
            .await
            .unwrap()
            == 1
    );

    // The same file again: everything is already there.
    let (_, again) = upload(&app, Some(&coordinator), "uhri-json", UHRI.as_bytes(), true).await;
    assert_eq!(counts(&again), [0, 0, 6, 1], "{again}");
    assert_eq!(stored(&app).await, 6);

    // UPR Info rows have no symbol: they go under one document per State and session.
    let (status, csv) = upload(
        &app,
        Some(&coordinator),
        "upr-info-csv",
        UPR_INFO.as_bytes(),
        true,
    )
    .await;
    assert_eq!(status, 200, "{csv}");
    assert_eq!(counts(&csv), [4, 0, 0, 0]);
    let (_, csv_again) = upload(
        &app,
        Some(&coordinator),
        "upr-info-csv",
        UPR_INFO.as_bytes(),
        true,
    )
    .await;
    assert_eq!(counts(&csv_again), [0, 0, 4, 0]);
    assert_eq!(stored(&app).await, 10);

    // The list, filtered by mechanism and by words (all of them, any case).
    let all = list(&app, &coordinator, "", "").await;
    assert_eq!(all["total"], 10 + DEMO_ALL);
    let mechanisms: Vec<&str> = all["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["facet"] == "mechanism")
        .unwrap()["values"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["value"].as_str().unwrap())
        .collect();
    assert_eq!(
        mechanisms,
        ["UPR", "CAT", "CCPR"],
        "most recommendations first"
    );
    assert_eq!(
        list(&app, &coordinator, "UPR", "").await["total"],
        7 + DEMO_UPR
    );
    assert_eq!(
        list(&app, &coordinator, "", "TORTURE").await["total"],
        2 + DEMO_TORTURE
    );
    assert_eq!(list(&app, &coordinator, "", "detention").await["total"], 2);
    assert_eq!(
        list(&app, &coordinator, "CCPR", "detention").await["total"],
        1
    );
    let audited = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("recommendations_imported"))
        .count(&app.db)
        .await
        .unwrap();
    assert_eq!(audited, 4);
}

#[tokio::test]
async fn samples_import_after_a_plan_and_again_change_nothing_on_sqlite() {
    samples_import_after_a_plan_and_again_change_nothing(Backend::Sqlite).await;
}

#[tokio::test]
async fn samples_import_after_a_plan_and_again_change_nothing_on_postgres() {
    samples_import_after_a_plan_and_again_change_nothing(Backend::Postgres).await;
}

#[tokio::test]
async fn bad_rows_are_named_and_only_good_rows_are_written() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let file = br#"[
        {"AnnotationId":"a1","Symbol":"CCPR/C/KAZ/CO/2","Body":"CCPR","Text":"<p>50. Revise the law.</p>"},
        {"AnnotationId":"a2","Symbol":"X/1","Body":"XYZ","Text":"<p>1. Something.</p>"},
        {"AnnotationId":"a1","Symbol":"CCPR/C/KAZ/CO/2","Body":"CCPR","Text":"<p>50. Revise the law.</p>"},
        {"AnnotationId":"a3","Body":"CCPR","Text":"<p>51. Other.</p>"},
        {"AnnotationId":"a4","Symbol":"A/HRC/43/10","Body":"UPR","Text":"<p>128.1 Do.</p>","UprPosition":"Maybe"}
    ]"#;
    let (status, plan) = upload(&app, Some(&coordinator), "uhri-json", file, false).await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!(counts(&plan), [1, 0, 0, 4]);
    let reasons: Vec<&str> = plan["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap())
        .collect();
    assert_eq!(reasons[0], "");
    assert!(reasons[1].contains("XYZ"), "{reasons:?}");
    assert!(reasons[2].contains("line 1"), "{reasons:?}");
    assert!(reasons[3].contains("Symbol is missing"), "{reasons:?}");
    assert!(reasons[4].contains("Maybe"), "{reasons:?}");
    let (_, done) = upload(&app, Some(&coordinator), "uhri-json", file, true).await;
    assert_eq!(counts(&done), [1, 0, 0, 4]);
    assert_eq!(stored(&app).await, 1);

    // A changed text under the same AnnotationId updates it.
    let changed = br#"[{"AnnotationId":"a1","Symbol":"CCPR/C/KAZ/CO/2","Body":"CCPR","Text":"<p>50. Revise the law on assemblies.</p>"}]"#;
    let (_, update) = upload(&app, Some(&coordinator), "uhri-json", changed, true).await;
    assert_eq!(counts(&update), [0, 1, 0, 0]);
    let row = recommendation::Entity::find()
        .filter(recommendation::Column::AnnotationId.eq("a1"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.text, "Revise the law on assemblies.");
    assert_eq!(row.version, 2);

    // Whole files that cannot be read change nothing.
    let refusals: [(&str, &[u8], &str); 5] = [
        ("uhri-json", b"{\"not\": \"a list\"}", "not a valid UHRI JSON export"),
        ("uhri-json", b"[]", "no rows"),
        ("upr-info-csv", b"State under Review,Recommendation\nX,Y\n", "Recommending State"),
        (
            "upr-info-csv",
            b"State under Review,Recommending State,Recommendation,Response,Session\n\xff,a,b,Noted,1\n",
            "UTF-8",
        ),
        ("pdf", b"%PDF", "formats offered"),
    ];
    for (format, content, message) in refusals {
        let (status, answer) = upload(&app, Some(&coordinator), format, content, true).await;
        assert_eq!(status, 422, "{format}: {answer}");
        assert!(
            answer.to_string().contains(message),
            "{answer} should say {message}"
        );
    }
    assert_eq!(stored(&app).await, 1);

    // Partners and strangers may not import.
    let editor = app.sign_in("editor@lift.example").await;
    let (status, _) = upload(&app, Some(&editor), "uhri-json", UHRI.as_bytes(), true).await;
    assert_eq!(status, 403);
    let (status, _) = upload(&app, None, "uhri-json", UHRI.as_bytes(), true).await;
    assert_eq!(status, 401);
    assert_eq!(stored(&app).await, 1);
}

#[tokio::test]
async fn the_command_line_imports_as_a_named_coordinator_and_plans_on_a_dry_run() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("uhri.json");
    std::fs::write(&file, UHRI).unwrap();
    let import = |email: &'static str, dry_run: bool| {
        let (db, file) = (app.db.clone(), file.clone());
        async move {
            server::recommendation_import::import_file(&db, 1, &file, "uhri-json", email, dry_run)
                .await
        }
    };
    let planned = import("Coordinator@SBHR.example", true).await.unwrap();
    assert_eq!((planned.created, planned.applied), (6, false));
    assert_eq!(stored(&app).await, 0);
    let refused = import("editor@lift.example", false).await.unwrap_err();
    assert!(refused.to_string().contains("may not import"), "{refused}");
    assert!(import("nobody@example.org", false).await.is_err());
    let done = import("coordinator@sbhr.example", false).await.unwrap();
    assert_eq!((done.created, done.refused), (6, 1));
    assert!(server::recommendation_import::describe(&done).contains("Imported uhri.json: 6 new"));
    assert_eq!(stored(&app).await, 6);
}

/// A UHRI-shaped export of `count` recommendations, the last `broken` if asked.
fn generated_export(count: usize, broken: bool) -> String {
    let mut out = String::from("[");
    for i in 0..count {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&format!(
            r#"{{"AnnotationId":"gen-{i}","Symbol":"A/HRC/99/{doc}","Body":"UPR","PublicationDate":"2024-01-0{day}","Themes":["Theme {theme}"],"Text":"<p>{doc}.{i} Ensure item {i} of the plan</p>","UprPosition":"Supported"}}"#,
            doc = i % 7,
            day = 1 + i % 9,
            theme = i % 5,
        ));
    }
    if broken {
        out.push_str(r#",{"AnnotationId": "#);
    } else {
        out.push(']');
    }
    out
}

#[tokio::test]
async fn a_file_broken_at_its_end_changes_nothing_and_a_large_one_imports_in_batches() {
    let app = spawn_app_on(Backend::Postgres).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let broken = generated_export(1500, true);
    let (status, answer) = upload(
        &app,
        Some(&coordinator),
        "uhri-json",
        broken.as_bytes(),
        true,
    )
    .await;
    assert_eq!(status, 422, "{answer}");
    assert_eq!(
        stored(&app).await,
        0,
        "the rows before the break were not kept"
    );

    let whole = generated_export(1500, false);
    let (status, done) = upload(
        &app,
        Some(&coordinator),
        "uhri-json",
        whole.as_bytes(),
        true,
    )
    .await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(counts(&done), [1500, 0, 0, 0]);
    assert_eq!(stored(&app).await, 1500);
    let themed = list(&app, &coordinator, "UPR", "\"item 1499\"").await;
    assert_eq!(themed["total"], 1);
    let (_, again) = upload(
        &app,
        Some(&coordinator),
        "uhri-json",
        whole.as_bytes(),
        true,
    )
    .await;
    assert_eq!(counts(&again), [0, 0, 1500, 0], "idempotent");
    // The summary lists the first rows only; the counts cover them all.
    assert_eq!(again["rows"].as_array().unwrap().len(), 1500);
}

#[tokio::test]
async fn refusals_name_the_line_a_spreadsheet_shows_on_the_web_and_the_command_line() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    // Blank lines after the header and between the rows, as spreadsheets leave them.
    let csv = b"State under Review,Recommending State,Recommendation,Response,Session\n\
        \n\
        Kazakhstan,Chile,Ratify the Optional Protocol to the Convention against Torture,Noted,34\n\
        \n\
        \n\
        Kazakhstan,Chile,Establish an independent preventive mechanism,Maybe,34\n";
    let (status, plan) = upload(&app, Some(&coordinator), "upr-info-csv", csv, false).await;
    assert_eq!(status, 200, "{plan}");
    let lines: Vec<(u64, &str)> = plan["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["line"].as_u64().unwrap(), r["action"].as_str().unwrap()))
        .collect();
    assert_eq!(lines, [(3, "create"), (6, "refused")], "{plan}");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("upr-info.csv");
    std::fs::write(&file, csv).unwrap();
    let planned = server::recommendation_import::import_file(
        &app.db,
        1,
        &file,
        "upr-info-csv",
        "coordinator@sbhr.example",
        true,
    )
    .await
    .unwrap();
    let said = server::recommendation_import::describe(&planned);
    assert!(said.contains("line 6: refused"), "{said}");
    assert!(!said.contains("row"), "{said}");
}
