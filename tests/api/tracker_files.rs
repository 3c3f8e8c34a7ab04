//! Files in and out of the tracker: the UHRI export as a spreadsheet, a coalition's own CSV
//! read through a column mapping, and any view of the list exported to CSV and XLSX (read
//! back here) for those who may read it.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};
use serde_json::Value;

use crate::helpers::{TestApp, create_outsider, spawn_app};

async fn upload(
    app: &TestApp,
    cookie: &str,
    fields: &[(&str, &str)],
    file: (&str, Vec<u8>),
) -> (u16, Value) {
    let mut all = vec![("coalition_id", "1")];
    all.extend_from_slice(fields);
    let response = app
        .post_multipart(
            "/api/import_recommendations",
            &all,
            file,
            &[("cookie", cookie)],
        )
        .await;
    let status = response.status().as_u16();
    let text = response.text().await.unwrap();
    (
        status,
        serde_json::from_str(&text).unwrap_or(Value::String(text)),
    )
}

fn workbook(rows: &[&[&str]]) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            sheet.write_string(r as u32, c as u16, *value).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

#[tokio::test]
async fn the_uhri_spreadsheet_and_a_coalitions_own_csv_import_like_the_json_export() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    let sheet = workbook(&[
        &[
            "Annotation Id",
            "Symbol",
            "Body",
            "Publication date",
            "Themes",
            "Text",
        ],
        &[
            "x-1",
            "CRC/C/KAZ/CO/4-5",
            "CRC",
            "2015-10-30",
            "Juvenile justice",
            "<p>48(a). Raise the minimum age of criminal responsibility</p>",
        ],
        &["x-2", "CRC/C/KAZ/CO/4-5", "XYZ", "", "", "49. Something"],
    ]);
    let (status, plan) = upload(
        &app,
        &coordinator,
        &[("format", "uhri-xlsx"), ("apply", "true")],
        ("uhri.xlsx", sheet),
    )
    .await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!(
        (plan["created"].as_u64(), plan["refused"].as_u64()),
        (Some(1), Some(1)),
        "{plan}"
    );
    let (status, refused) = upload(
        &app,
        &coordinator,
        &[("format", "uhri-xlsx")],
        ("uhri.xlsx", b"not a workbook".to_vec()),
    )
    .await;
    assert_eq!(status, 422, "{refused}");

    // Our own CSV: first its columns, then the rows through the mapping.
    let own = "Документ,Пункт,Текст,Тема\n\
        CEDAW/C/KAZ/CO/5,12(c),Обеспечить доступ женщин к правосудию,Доступ к правосудию\n\
        CEDAW/C/KAZ/CO/5,,14. Принять закон о насилии в семье,Насилие в семье\n"
        .as_bytes()
        .to_vec();
    let (status, columns) = upload(
        &app,
        &coordinator,
        &[("format", "mapped-csv")],
        ("own.csv", own.clone()),
    )
    .await;
    assert_eq!(status, 200, "{columns}");
    assert_eq!(
        columns["columns"],
        serde_json::json!(["Документ", "Пункт", "Текст", "Тема"])
    );
    assert_eq!(
        columns["created"], 0,
        "nothing is planned before the mapping"
    );
    let mapping = [
        ("format", "mapped-csv"),
        ("map_symbol", "Документ"),
        ("map_paragraph", "Пункт"),
        ("map_text", "Текст"),
        ("map_themes", "Тема"),
        ("map_mechanism", "=CEDAW"),
        ("apply", "true"),
    ];
    let (status, done) = upload(&app, &coordinator, &mapping, ("own.csv", own.clone())).await;
    assert_eq!(status, 200, "{done}");
    assert_eq!(done["created"], 2, "{done}");
    let keys: Vec<&str> = done["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        [
            "CEDAW/C/KAZ/CO/5, para. 12(c)",
            "CEDAW/C/KAZ/CO/5, para. 14"
        ]
    );
    let (_, again) = upload(&app, &coordinator, &mapping, ("own.csv", own)).await;
    assert_eq!(again["unchanged"], 2, "idempotent: {again}");
    let wrong = [
        ("format", "mapped-csv"),
        ("map_symbol", "Nope"),
        ("map_text", "Текст"),
        ("map_mechanism", "=CEDAW"),
    ];
    let (status, refused) = upload(
        &app,
        &coordinator,
        &wrong,
        ("own.csv", b"A,B\n1,2\n".to_vec()),
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    assert!(refused.to_string().contains("Nope"), "{refused}");
}

async fn download(app: &TestApp, path: &str, cookie: Option<&str>) -> (u16, Vec<u8>) {
    let headers: Vec<(&str, &str)> = cookie.map(|c| vec![("cookie", c)]).unwrap_or_default();
    let response = app.get(path, &headers).await;
    let status = response.status().as_u16();
    (status, response.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn any_view_of_the_list_exports_to_csv_and_xlsx_for_those_who_may_read_it() {
    let app = spawn_app().await;
    let observer = app.sign_in("observer@equalaccess.example").await;
    let (status, csv) = download(
        &app,
        "/exports/recommendations.csv?mechanism=CAT",
        Some(&observer),
    )
    .await;
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    assert_eq!(reader.headers().unwrap().get(0), Some("Citation"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "the demonstration's CAT recommendations");
    let first = rows
        .iter()
        .find(|r| &r[0] == "CAT/C/KAZ/CO/4, para. 12(a)")
        .unwrap();
    assert_eq!(&first[8], "LIFT");
    assert_eq!(&first[10], "Partially implemented");
    assert_eq!(&first[11], "Fully implemented");

    let russian = format!("{observer}; shadowdesk_locale=ru");
    let (status, xlsx) = download(
        &app,
        "/exports/recommendations.xlsx?q=assembly",
        Some(&russian),
    )
    .await;
    assert_eq!(status, 200);
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(xlsx)).unwrap();
    let range = workbook.worksheet_range("Recommendations").unwrap();
    let cell = |r: u32, c: u32| match range.get_value((r, c)) {
        Some(Data::String(s)) => s.clone(),
        _ => String::new(),
    };
    assert_eq!(cell(0, 0), "Ссылка");
    assert_eq!(cell(1, 0), "A/HRC/55/12, para. 134.45");
    assert_eq!(range.height(), 2);

    assert_eq!(
        download(&app, "/exports/recommendations.csv", None).await.0,
        401
    );
    let outsider = create_outsider(&app).await;
    let outsider = app.sign_in(outsider).await;
    let (_, nothing) = download(&app, "/exports/recommendations.csv", Some(&outsider)).await;
    assert_eq!(csv::Reader::from_reader(&nothing[3..]).records().count(), 0);
}

#[tokio::test]
async fn a_recommendation_file_over_the_general_cap_uploads_and_other_routes_keep_the_cap() {
    let app = spawn_app().await;
    let coordinator = app.sign_in("coordinator@sbhr.example").await;
    // 30 MB: valid JSON whose record sits behind 30 MB of white space.
    let record = r#"{"Symbol":"A/HRC/43/10","Body":"UPR","Text":"<p>128.1 Ratify the Optional Protocol to the Convention against Torture</p>"}"#;
    let mut file = b"[".to_vec();
    file.resize(30 * 1024 * 1024, b' ');
    file.extend_from_slice(record.as_bytes());
    file.push(b']');
    assert!(file.len() > server::startup::MAX_REQUEST_BYTES);
    let (status, plan) = upload(
        &app,
        &coordinator,
        &[("format", "uhri-json")],
        ("uhri.json", file.clone()),
    )
    .await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!(plan["refused"].as_u64(), Some(0), "{plan}");

    let evidence = app
        .post_multipart(
            "/api/upload_evidence",
            &[
                ("recommendation_id", "1"),
                ("title", "Too big"),
                ("visibility", "coalition"),
            ],
            ("scan.pdf", file),
            &[("cookie", &coordinator)],
        )
        .await;
    assert_eq!(
        evidence.status(),
        413,
        "every other route keeps the 24 MB cap"
    );
}
