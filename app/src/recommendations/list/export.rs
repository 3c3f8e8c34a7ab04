//! Exporting any view of the recommendation list — its search and facets — to CSV (UTF-8 with
//! a byte order mark, so spreadsheet programs read Cyrillic right) or XLSX, with column titles
//! in the reader's language (server only).

use std::collections::HashMap;

use rust_xlsxwriter::{Format, Workbook, XlsxError};
use sea_orm::DatabaseConnection;
use shadowdesk_search::{index::level_value, service::slots};

use super::{
    api::RecommendationRow,
    server::{rows_of, search_of},
};
use crate::{
    auth::{policy::Actor, visibility::Visibility},
    error::AppError,
    i18n::{Locale, label, translate},
    recommendations::{citation::citation, scales::ordinal_key, search::cache::SearchCache},
};

/// Rows read from the database at a time.
const CHUNK: usize = 2000;

/// The translation keys of the columns, in order.
const COLUMNS: [&str; 12] = [
    "export-col-citation",
    "rec-mechanism",
    "facet-document",
    "export-col-paragraph",
    "rec-text",
    "rec-recommending-states",
    "rec-position",
    "rec-themes",
    "rec-lead",
    "rec-follow-up-due",
    "export-col-coalition-level",
    "export-col-state-level",
];

/// One exported recommendation, its cells in the order of [`COLUMNS`].
pub type ExportRow = [String; 12];

fn level_text(locale: Locale, level: &str) -> String {
    let key = match level {
        "unassessed" => "level-unassessed".to_string(),
        "none" => ordinal_key(None),
        ordinal => ordinal_key(ordinal.parse().ok()),
    };
    translate(locale, &key)
}

fn cells(locale: Locale, row: RecommendationRow, state_level: &str) -> ExportRow {
    [
        citation(&row.symbol, &row.paragraph),
        row.mechanism,
        row.symbol,
        row.paragraph,
        row.text,
        row.recommending_states,
        row.upr_position
            .map(|p| label(locale, p))
            .unwrap_or_default(),
        row.themes.join("; "),
        row.lead.unwrap_or_default(),
        row.follow_up_due.unwrap_or_default(),
        level_text(locale, &row.level),
        level_text(locale, state_level),
    ]
}

/// Every recommendation `actor` may read that matches `query_string`, in list order.
pub async fn rows(
    db: &DatabaseConnection,
    cache: &SearchCache,
    actor: &Actor,
    query_string: &str,
    locale: Locale,
) -> Result<Vec<ExportRow>, AppError> {
    let visible = match Visibility::of(actor)? {
        Visibility::All => None,
        Visibility::Coalitions(ids) => Some(ids),
    };
    let (search, _) = search_of(query_string);
    let (ids, levels) = cache
        .read(db, |index| {
            let found = slots(index, visible.as_deref(), &search);
            let ids = index.page(&found, 0, found.len() as usize);
            let levels: HashMap<i32, (String, String)> = ids
                .iter()
                .filter_map(|id| {
                    let doc = index.get(*id)?;
                    Some((
                        *id,
                        (
                            level_value(doc.coalition_level),
                            level_value(doc.state_level),
                        ),
                    ))
                })
                .collect();
            (ids, levels)
        })
        .await?;
    let coalition: HashMap<i32, String> =
        levels.iter().map(|(id, (c, _))| (*id, c.clone())).collect();
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(CHUNK) {
        for row in rows_of(db, chunk, &coalition).await? {
            let state = levels
                .get(&row.id)
                .map_or("unassessed", |(_, s)| s.as_str())
                .to_string();
            out.push(cells(locale, row, &state));
        }
    }
    Ok(out)
}

/// The column titles in `locale`.
pub fn titles(locale: Locale) -> Vec<String> {
    COLUMNS.iter().map(|key| translate(locale, key)).collect()
}

/// `rows` as CSV with `titles`, preceded by a UTF-8 byte order mark (so spreadsheet programs
/// read Cyrillic right); every CSV download is written by it.
pub fn to_csv<R: AsRef<[String]>>(titles: &[String], rows: &[R]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(b"\xef\xbb\xbf".to_vec());
    writer.write_record(titles)?;
    for row in rows {
        writer.write_record(row.as_ref())?;
    }
    writer
        .into_inner()
        .map_err(|e| csv::Error::from(std::io::Error::other(e.to_string())))
}

/// How a workbook's one sheet is laid out: its name, each column's width, and the column whose
/// long text wraps.
pub struct SheetLayout<'a> {
    pub name: &'a str,
    pub widths: &'a [u16],
    pub wrapped: Option<usize>,
}

/// The recommendation list's sheet.
const RECOMMENDATIONS_SHEET: SheetLayout<'static> = SheetLayout {
    name: "Recommendations",
    widths: &[28, 10, 20, 10, 80, 24, 18, 36, 18, 14, 22, 22],
    wrapped: Some(4),
};

/// The recommendation list as an XLSX workbook (see [`to_workbook`]).
pub fn to_xlsx(titles: &[String], rows: &[ExportRow]) -> Result<Vec<u8>, XlsxError> {
    to_workbook(&RECOMMENDATIONS_SHEET, titles, rows)
}

/// `rows` as an XLSX workbook of one sheet laid out by `layout`, with `titles` as a frozen,
/// filterable header row; every XLSX download is written by it.
pub fn to_workbook<R: AsRef<[String]>>(
    layout: &SheetLayout<'_>,
    titles: &[String],
    rows: &[R],
) -> Result<Vec<u8>, XlsxError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(layout.name)?;
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for (column, title) in titles.iter().enumerate() {
        sheet.write_string_with_format(0, column as u16, title, &bold)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (column, value) in row.as_ref().iter().enumerate() {
            let at = (r + 1) as u32;
            if layout.wrapped == Some(column) {
                sheet.write_string_with_format(at, column as u16, value, &wrap)?;
            } else {
                sheet.write_string(at, column as u16, value)?;
            }
        }
    }
    for (column, width) in layout.widths.iter().enumerate() {
        sheet.set_column_width(column as u16, *width)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, (titles.len().max(1) - 1) as u16)?;
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> ExportRow {
        [
            "CCPR/C/KAZ/CO/2, para. 20".to_string(),
            "CCPR".into(),
            "CCPR/C/KAZ/CO/2".into(),
            "20".into(),
            "Обеспечить независимость судей, \"немедленно\"".into(),
            String::new(),
            String::new(),
            "Суды; Независимость".into(),
            "LIFT".into(),
            "2027-06-30".into(),
            "Выполнена частично".into(),
            "Не оценена".into(),
        ]
    }

    #[test]
    fn csv_exports_read_back_with_their_titles_and_cyrillic_text() {
        let titles = titles(Locale::Ru);
        let bytes = to_csv(&titles, &[sample()]).unwrap();
        assert!(bytes.starts_with(b"\xef\xbb\xbf"));
        let mut reader = csv::Reader::from_reader(&bytes[3..]);
        assert_eq!(reader.headers().unwrap().get(4), Some(titles[4].as_str()));
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(&record[4], "Обеспечить независимость судей, \"немедленно\"");
    }

    #[test]
    fn xlsx_exports_are_zip_workbooks() {
        let bytes = to_xlsx(&titles(Locale::En), &[sample(), sample()]).unwrap();
        assert!(bytes.starts_with(b"PK\x03\x04"));
    }
}
