//! Searching the tracker over HTTP on SQLite and PostgreSQL: the same words, phrases,
//! prefixes, booleans and facets give the same answers on both; facet counts; changes made
//! on one app server are found through another; saved views; the dashboard's numbers; and a
//! report section that cites a recommendation is listed on its page.

use serde_json::Value;

use crate::helpers::{Backend, TestApp, spawn_app, spawn_app_on, spawn_peer};

const UHRI: &str = include_str!("../fixtures/uhri-sample.json");

async fn post(
    app_address: &str,
    app: &TestApp,
    cookie: &str,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, Value) {
    let response = app
        .client
        .post(format!("{app_address}{path}"))
        .header("origin", app_address)
        .header("cookie", cookie)
        .form(form)
        .send()
        .await
        .expect("request");
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

async fn search(app: &TestApp, cookie: &str, query_string: &str) -> Value {
    let (status, body) = post(
        &app.address,
        app,
        cookie,
        "/api/list_recommendations",
        &[("query_string", query_string)],
    )
    .await;
    assert_eq!(status, 200, "{query_string}: {body}");
    body
}

fn references(list: &Value) -> Vec<String> {
    let mut found: Vec<String> = list["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["symbol"].as_str().unwrap(),
                r["paragraph"].as_str().unwrap()
            )
        })
        .collect();
    found.sort();
    found
}

fn facet_counts(list: &Value, facet: &str) -> Vec<(String, u64)> {
    list["facets"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["facet"] == facet)
        .map(|g| {
            g["values"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| {
                    (
                        v["label"].as_str().unwrap().to_string(),
                        v["count"].as_u64().unwrap(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

async fn import_sample(app: &TestApp, cookie: &str) {
    let response = app
        .post_multipart(
            "/api/import_recommendations",
            &[
                ("coalition_id", "1"),
                ("format", "uhri-json"),
                ("apply", "true"),
            ],
            ("uhri.json", UHRI.as_bytes().to_vec()),
            &[("cookie", cookie)],
        )
        .await;
    assert_eq!(response.status(), 200);
}

/// What each query finds among the demonstration's and the sample's recommendations, the
/// same on both databases.
async fn search_semantics_are_the_same_on(backend: Backend) {
    let app = spawn_app_on(backend).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    import_sample(&app, &coordinator).await;
    let cases: [(&str, &[&str]); 9] = [
        ("q=torture", &["CAT/C/KAZ/CO/4 12", "CAT/C/KAZ/CO/4 20"]),
        ("q=TORTURED", &["CAT/C/KAZ/CO/4 12", "CAT/C/KAZ/CO/4 20"]),
        (
            "q=%22peaceful+assemblies%22",
            &["A/HRC/55/12 134.45", "CCPR/C/KAZ/CO/2 50"],
        ),
        ("q=assembl*+-covenant", &[]),
        ("q=asylum+OR+stateless", &["A/HRC/43/10 128.150"]),
        ("q=discrimination+NOT+grounds", &["A/HRC/43/10 128.41"]),
        ("q=detention", &["CCPR/C/KAZ/CO/2 24(b)"]),
        ("q=%22A%2FHRC%2F55%2F12%22+ratify", &["A/HRC/55/12 134.12"]),
        (
            "q=deprivation+liberty&mechanism=CAT",
            &["CAT/C/KAZ/CO/4 12(a)", "CAT/C/KAZ/CO/4 34(b)"],
        ),
    ];
    for (query, expected) in cases {
        let list = search(&app, &coordinator, query).await;
        assert_eq!(references(&list), *expected, "{backend:?}: {query}");
        assert_eq!(list["total"], expected.len(), "{query}");
    }
    // Facet counts: torture, by mechanism, and by the coalition's level.
    let list = search(&app, &coordinator, "q=torture").await;
    assert_eq!(facet_counts(&list, "mechanism"), [("CAT".to_string(), 2)]);
    let all = search(&app, &coordinator, "").await;
    assert_eq!(all["total"], 12);
    let levels = facet_counts(&all, "level");
    assert!(levels.contains(&("ordinal-2".to_string(), 1)), "{levels:?}");
    assert!(
        levels.contains(&("level-unassessed".to_string(), 11)),
        "{levels:?}"
    );
    // Choosing a mechanism keeps the other mechanisms' counts (to switch or add).
    let cat = search(&app, &coordinator, "mechanism=CAT").await;
    assert_eq!(cat["total"], 4);
    let mechanisms = facet_counts(&cat, "mechanism");
    assert!(
        mechanisms.contains(&("UPR".to_string(), 6)),
        "{mechanisms:?}"
    );
    // Russian is stemmed and folded too: a Russian recommendation in the tracker.
    let russian = r#"[{"AnnotationId":"ru-1","Symbol":"CAT/C/KAZ/CO/5","Body":"CAT","Text":"<p>7. Обеспечить расследование всех заявлений о пытках в местах лишения свободы.</p>"}]"#;
    let response = app
        .post_multipart(
            "/api/import_recommendations",
            &[
                ("coalition_id", "1"),
                ("format", "uhri-json"),
                ("apply", "true"),
            ],
            ("ru.json", russian.as_bytes().to_vec()),
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(response.status(), 200);
    for query in [
        "q=%D0%9F%D0%AB%D0%A2%D0%9A%D0%98",
        "q=%D1%80%D0%B0%D1%81%D1%81%D0%BB%D0%B5%D0%B4*",
    ] {
        let list = search(&app, &coordinator, query).await;
        assert_eq!(references(&list), ["CAT/C/KAZ/CO/5 7"], "{query}");
    }
}

#[tokio::test]
async fn search_semantics_on_sqlite() {
    search_semantics_are_the_same_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn search_semantics_on_postgres() {
    search_semantics_are_the_same_on(Backend::Postgres).await;
}

#[tokio::test]
async fn a_change_on_one_app_server_is_found_through_another() {
    let app = spawn_app_on(Backend::Postgres).await;
    let (peer, _peer_dir) = spawn_peer(&app).await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    // The peer builds its index first, then the coalition assesses 12(a) on the first server.
    let before = {
        let (_, list) = post(
            &peer,
            &app,
            &coordinator,
            "/api/list_recommendations",
            &[("query_string", "level=1")],
        )
        .await;
        list["total"].as_u64().unwrap()
    };
    let (_, draft) = post(
        &app.address,
        &app,
        &coordinator,
        "/api/save_assessment",
        &[
            ("assessment[recommendation_id]", "2"),
            ("assessment[assessor]", "coalition"),
            ("assessment[scale]", "upr_info"),
            ("assessment[label]", "not_implemented"),
            ("assessment[assessed_on]", "2026-01-10"),
        ],
    )
    .await;
    let draft = draft.as_i64().unwrap().to_string();
    let (status, _) = post(
        &app.address,
        &app,
        &coordinator,
        "/api/approve_assessment",
        &[("id", &draft), ("version", "1")],
    )
    .await;
    assert_eq!(status, 200);
    let (_, list) = post(
        &peer,
        &app,
        &coordinator,
        "/api/list_recommendations",
        &[("query_string", "level=1")],
    )
    .await;
    assert_eq!(list["total"].as_u64().unwrap(), before + 1, "{list}");
}

#[tokio::test]
async fn saved_views_keep_a_search_for_their_author_or_the_coalition() {
    let app = spawn_app().await;
    let editor = app.sign_in("editor@lift.example").await;
    let observer = app.sign_in("observer@equalaccess.example").await;
    let (status, _) = post(
        &app.address,
        &app,
        &editor,
        "/api/save_view",
        &[
            ("coalition_id", "1"),
            ("name", "Torture, CAT"),
            ("query_string", "?q=torture&mechanism=CAT&page=3&bogus=1"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = post(
        &app.address,
        &app,
        &editor,
        "/api/save_view",
        &[
            ("coalition_id", "1"),
            ("name", "Shared"),
            ("query_string", "level=unassessed"),
            ("shared", "on"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let mine = search(&app, &editor, "").await;
    let views: Vec<(&str, &str)> = mine["views"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["name"].as_str().unwrap(), v["query"].as_str().unwrap()))
        .collect();
    assert!(
        views.contains(&("Torture, CAT", "q=torture&mechanism=CAT")),
        "{views:?}"
    );
    let theirs = search(&app, &observer, "").await;
    let names: Vec<&str> = theirs["views"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert!(
        names.contains(&"Shared") && !names.contains(&"Torture, CAT"),
        "{names:?}"
    );
    let shared_id = theirs["views"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["name"] == "Shared")
        .unwrap()["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let (status, _) = post(
        &app.address,
        &app,
        &observer,
        "/api/delete_view",
        &[("id", &shared_id)],
    )
    .await;
    assert_eq!(status, 403, "only its author or a coordinator deletes it");
    let (status, _) = post(
        &app.address,
        &app,
        &editor,
        "/api/delete_view",
        &[("id", &shared_id)],
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn the_dashboard_counts_what_the_demonstration_holds() {
    let app = spawn_app().await;
    let observer = app.sign_in("observer@equalaccess.example").await;
    let (status, dashboard) = post(
        &app.address,
        &app,
        &observer,
        "/api/recommendation_dashboard",
        &[("query_string", "")],
    )
    .await;
    assert_eq!(status, 200, "{dashboard}");
    assert_eq!(dashboard["total"], 6);
    let group = |name: &str| {
        dashboard["by_mechanism"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["label"] == name)
            .map(|g| g["counts"].clone())
            .unwrap()
    };
    // Levels 4, 3, 2, 1, 0, none, unassessed: 12(a) is partially implemented for the coalition.
    assert_eq!(group("CAT"), serde_json::json!([0, 0, 1, 0, 0, 0, 2]));
    assert_eq!(group("UPR"), serde_json::json!([0, 0, 0, 0, 0, 0, 3]));
    assert_eq!(
        dashboard["divergence_summary"],
        serde_json::json!([1, 0, 0])
    );
    assert_eq!(dashboard["divergent"][0]["state"], "4");
    assert_eq!(dashboard["divergent"][0]["coalition"], "2");
    // The CAT follow-up deadline of 2022 has passed for 12(a) and 20.
    assert_eq!(dashboard["overdue_total"], 2);
    assert_eq!(dashboard["supported_not_implemented_total"], 0);
    // Narrowed like the list: only UPR.
    let (_, upr) = post(
        &app.address,
        &app,
        &observer,
        "/api/recommendation_dashboard",
        &[("query_string", "mechanism=UPR")],
    )
    .await;
    assert_eq!(upr["total"], 3);
    assert_eq!(upr["overdue_total"], 0);
}

#[tokio::test]
async fn a_section_that_cites_a_recommendation_is_listed_on_its_page() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    // Section 2 of the demonstration report is open for writing.
    let (status, section) = post(
        &app.address,
        &app,
        &coordinator,
        "/api/section",
        &[("id", "2")],
    )
    .await;
    assert_eq!(status, 200, "{section}");
    let version = section["version"].as_i64().unwrap().to_string();
    let body = format!(
        "{}\n\nAs the Committee asked (CAT/C/KAZ/CO/4, para. 12(a)), lawyers must be present.",
        section["body"].as_str().unwrap()
    );
    let (status, saved) = post(
        &app.address,
        &app,
        &coordinator,
        "/api/save_section",
        &[("id", "2"), ("base_version", &version), ("body", &body)],
    )
    .await;
    assert_eq!(status, 200, "{saved}");
    let (_, detail) = post(
        &app.address,
        &app,
        &coordinator,
        "/api/recommendation",
        &[("id", "1")],
    )
    .await;
    assert_eq!(detail["addressed_in"][0]["section_id"], 2, "{detail}");
    let (_, other) = post(
        &app.address,
        &app,
        &coordinator,
        "/api/recommendation",
        &[("id", "2")],
    )
    .await;
    assert!(
        other["addressed_in"].as_array().unwrap().is_empty(),
        "para. 20 is not cited"
    );
}
