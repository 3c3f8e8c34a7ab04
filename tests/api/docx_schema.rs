//! Word's schema order in the export: the children of every `pPr`, `tblPr`, `tcPr`, `sectPr`
//! and `numPr` in every XML part come in the sequence ECMA-376 gives them, for a report of
//! every submission profile with notes, a list, a table, an annex and front matter.

use entities::report_section;
use quick_xml::{Reader, events::Event};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, sea_query::Expr};
use serde_json::Value;

use crate::{docx_reader::Docx, helpers::spawn_app};

/// The schema's sequences (ECMA-376 Part 1, `w:` namespace) for the elements checked; names in
/// one inner slice form a choice and may come in any order among themselves.
const SEQUENCES: &[(&str, &[&[&str]])] = &[
    (
        "pPr",
        &[
            &["pStyle"],
            &["keepNext"],
            &["keepLines"],
            &["pageBreakBefore"],
            &["framePr"],
            &["widowControl"],
            &["numPr"],
            &["suppressLineNumbers"],
            &["pBdr"],
            &["shd"],
            &["tabs"],
            &["suppressAutoHyphens"],
            &["kinsoku"],
            &["wordWrap"],
            &["overflowPunct"],
            &["topLinePunct"],
            &["autoSpaceDE"],
            &["autoSpaceDN"],
            &["bidi"],
            &["adjustRightInd"],
            &["snapToGrid"],
            &["spacing"],
            &["ind"],
            &["contextualSpacing"],
            &["mirrorIndents"],
            &["suppressOverlap"],
            &["jc"],
            &["textDirection"],
            &["textAlignment"],
            &["textboxTightWrap"],
            &["outlineLvl"],
            &["divId"],
            &["cnfStyle"],
            &["rPr"],
            &["sectPr"],
            &["pPrChange"],
        ],
    ),
    (
        "tblPr",
        &[
            &["tblStyle"],
            &["tblpPr"],
            &["tblOverlap"],
            &["bidiVisual"],
            &["tblStyleRowBandSize"],
            &["tblStyleColBandSize"],
            &["tblW"],
            &["jc"],
            &["tblCellSpacing"],
            &["tblInd"],
            &["tblBorders"],
            &["shd"],
            &["tblLayout"],
            &["tblCellMar"],
            &["tblLook"],
            &["tblCaption"],
            &["tblDescription"],
            &["tblPrChange"],
        ],
    ),
    (
        "tcPr",
        &[
            &["cnfStyle"],
            &["tcW"],
            &["gridSpan"],
            &["hMerge"],
            &["vMerge"],
            &["tcBorders"],
            &["shd"],
            &["noWrap"],
            &["tcMar"],
            &["textDirection"],
            &["tcFitText"],
            &["vAlign"],
            &["hideMark"],
            &["headers"],
            &["cellIns", "cellDel", "cellMerge"],
            &["tcPrChange"],
        ],
    ),
    (
        "sectPr",
        &[
            &["headerReference", "footerReference"],
            &["footnotePr"],
            &["endnotePr"],
            &["type"],
            &["pgSz"],
            &["pgMar"],
            &["paperSrc"],
            &["pgBorders"],
            &["lnNumType"],
            &["pgNumType"],
            &["cols"],
            &["formProt"],
            &["vAlign"],
            &["noEndnote"],
            &["titlePg"],
            &["textDirection"],
            &["bidi"],
            &["rtlGutter"],
            &["docGrid"],
            &["printerSettings"],
            &["sectPrChange"],
        ],
    ),
    (
        "numPr",
        &[&["ilvl"], &["numId"], &["numberingChange"], &["ins"]],
    ),
];

/// An open element: its local name and, when it is checked, its children so far with their
/// ranks in its sequence.
type OpenElement = (String, Option<Vec<(usize, String)>>);

fn local(name: &[u8]) -> String {
    let local = name.rsplit(|b| *b == b':').next().unwrap_or(name);
    String::from_utf8_lossy(local).into_owned()
}

/// Every checked element of `xml` whose children break its sequence (or that has a child the
/// schema does not allow), described.
fn out_of_order(part: &str, xml: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut reader = Reader::from_str(xml);
    let mut open: Vec<OpenElement> = Vec::new();
    loop {
        let (name, empty) = match reader.read_event() {
            Ok(Event::Start(e)) => (local(e.name().as_ref()), false),
            Ok(Event::Empty(e)) => (local(e.name().as_ref()), true),
            Ok(Event::End(_)) => {
                if let Some((element, Some(children))) = open.pop() {
                    let ranks: Vec<usize> = children.iter().map(|(r, _)| *r).collect();
                    let names: Vec<&str> = children.iter().map(|(_, n)| n.as_str()).collect();
                    if ranks.windows(2).any(|w| w[0] > w[1]) || ranks.contains(&usize::MAX) {
                        found.push(format!("{part}: {element} [{}]", names.join(", ")));
                    }
                }
                continue;
            }
            Ok(Event::Eof) => break,
            Ok(_) => continue,
            Err(e) => panic!("{part} is not XML: {e}"),
        };
        if let Some((parent, Some(children))) = open.last_mut() {
            let sequence = SEQUENCES
                .iter()
                .find(|(n, _)| n == parent)
                .map(|(_, s)| *s)
                .unwrap_or_default();
            let rank = sequence
                .iter()
                .position(|group| group.contains(&name.as_str()))
                .unwrap_or(usize::MAX);
            children.push((rank, name.clone()));
        }
        if !empty {
            let checked = SEQUENCES.iter().any(|(n, _)| *n == name);
            open.push((name, checked.then(Vec::new)));
        }
    }
    found
}

async fn call(
    app: &crate::helpers::TestApp,
    cookie: &str,
    path: &str,
    form: &[(&str, &str)],
) -> Value {
    let response = app.post_form(path, form, &[("cookie", cookie)]).await;
    let status = response.status();
    let text = response.text().await.unwrap();
    assert!(status.is_success(), "{path}: {status} {text}");
    serde_json::from_str(&text).unwrap_or(Value::String(text))
}

const RICH: &str = "The State party **should** act _now_.[^1]\n\n\
    - first item\n- second item\n\n1. numbered\n2. list\n\n\
    | Year | Complaints |\n|---|---|\n| 2023 | 120 |\n\n\
    > A quotation from the concluding observations.\n\n\
    ## A sub-heading\n\n\
    Государству-участнику следует расследовать все жалобы.[^2]\n\n\
    [^1]: Monitoring by the coalition, 2024.\n\
    [^2]: Данные [УВКПЧ](https://ohchr.org).";

#[tokio::test]
async fn every_profiles_export_keeps_words_schema_order_in_every_part() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let catalogue = call(&app, &coordinator, "/api/list_profiles", &[]).await;
    let profiles = catalogue["profiles"].as_array().expect("profiles");
    assert!(
        profiles.len() >= 8,
        "every mechanism's profile: {catalogue}"
    );
    let mut found = Vec::new();
    let mut reports = vec![1];
    for profile in profiles {
        let id = profile["id"].to_string();
        let language = profile["languages"][0].as_str().unwrap_or("en").to_string();
        let report = call(
            &app,
            &coordinator,
            "/api/create_report",
            &[
                ("details[coalition_id]", "1"),
                ("details[profile_id]", &id),
                ("details[title]", &format!("Report under profile {id}")),
                ("details[state_under_review]", "Kazakhstan"),
                ("details[time_zone]", "Asia/Almaty"),
                ("details[language]", &language),
            ],
        )
        .await;
        reports.push(report.as_i64().unwrap() as i32);
    }
    for report in reports {
        let sections = report_section::Entity::find()
            .filter(report_section::Column::ReportId.eq(report))
            .order_by_asc(report_section::Column::Position)
            .all(&app.db)
            .await
            .unwrap();
        report_section::Entity::update_many()
            .col_expr(report_section::Column::Body, Expr::value(RICH))
            .filter(report_section::Column::ReportId.eq(report))
            .exec(&app.db)
            .await
            .unwrap();
        if let Some(last) = sections.last() {
            report_section::Entity::update_many()
                .col_expr(report_section::Column::Annex, Expr::value(true))
                .filter(report_section::Column::Id.eq(last.id))
                .exec(&app.db)
                .await
                .unwrap();
        }
        let version = entities::report::Entity::find_by_id(report)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .version
            .to_string();
        call(
            &app,
            &coordinator,
            "/api/save_front_matter",
            &[
                ("front[report_id]", &report.to_string()),
                ("front[version]", &version),
                ("front[publication]", "confidential"),
                ("front[keywords]", "torture, detention"),
            ],
        )
        .await;
        let response = app
            .get(
                &format!("/reports/{report}/export.docx"),
                &[("cookie", &coordinator)],
            )
            .await;
        assert_eq!(response.status(), 200, "report {report}");
        let docx = Docx::open(&response.bytes().await.unwrap());
        for (name, xml) in &docx.parts {
            if name.ends_with(".xml") {
                found.extend(out_of_order(&format!("report {report} {name}"), xml));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} elements out of schema order, e.g.:\n{}",
        found.len(),
        found
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn the_check_itself_sees_a_misplaced_child() {
    let xml = r#"<w:p><w:pPr><w:rPr/><w:pStyle w:val="x"/></w:pPr></w:p>"#;
    assert_eq!(out_of_order("t", xml).len(), 1);
    let xml = r#"<w:p><w:pPr><w:pStyle w:val="x"/><w:numPr><w:numId/><w:ilvl/></w:numPr><w:rPr/></w:pPr></w:p>"#;
    assert_eq!(out_of_order("t", xml).len(), 1, "numId before ilvl");
    let xml = r#"<w:p><w:pPr><w:pStyle w:val="x"/><w:numPr><w:ilvl/><w:numId/></w:numPr><w:rPr/></w:pPr></w:p>"#;
    assert!(out_of_order("t", xml).is_empty());
}
