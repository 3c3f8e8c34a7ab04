//! The Universal Human Rights Index's full export (JSON): an array of records with
//! `AnnotationId`, `Symbol`, `PublicationDate`, `Body`, `AnnotationType`, `Countries`,
//! `Themes`, `AffectedPersons`, `Sdgs`, `Text` (HTML, the paragraph number inside it) and, for
//! the UPR, `UprCycle`, `UprRecommendingCountry`, `UprPosition`. Records are read one at a
//! time, so a large export never sits in memory whole.

use std::io::Read;

use serde::de::{Deserializer as _, SeqAccess, Visitor};
use serde_json::Value;

use super::{FileError, RowProblem, SourceRow, plain_text, split_paragraph, upr_position};

/// Calls `each` with every record of the export in `reader`, as a row or the problem that
/// keeps it out.
pub fn read(
    reader: impl Read,
    mut each: impl FnMut(Result<SourceRow, RowProblem>),
) -> Result<(), FileError> {
    struct Records<'f, F>(&'f mut F);
    impl<'de, F: FnMut(Result<SourceRow, RowProblem>)> Visitor<'de> for Records<'_, F> {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an array of UHRI records")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let mut line = 0;
            while let Some(record) = seq.next_element::<Value>()? {
                line += 1;
                (self.0)(row_of(line, &record));
            }
            Ok(())
        }
    }
    let mut deserializer = serde_json::Deserializer::from_reader(reader);
    (&mut deserializer)
        .deserialize_seq(Records(&mut each))
        .map_err(|e| FileError::Json(e.to_string()))?;
    deserializer
        .end()
        .map_err(|e| FileError::Json(e.to_string()))
}

fn string(record: &Value, field: &str) -> String {
    match record.get(field) {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// A field that is a list of strings, or one string.
fn strings(record: &Value, field: &str) -> Vec<String> {
    match record.get(field) {
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_string()],
        _ => Vec::new(),
    }
}

/// The row a record stands for (its number in the file is `line`).
pub(super) fn row_of(line: usize, record: &Value) -> Result<SourceRow, RowProblem> {
    let problem = |key: &'static str, detail: &str| RowProblem {
        line,
        key,
        detail: detail.to_string(),
    };
    if !record.is_object() {
        return Err(problem("rec-import-not-a-record", ""));
    }
    let kind = string(record, "AnnotationType");
    if !kind.is_empty() && !kind.eq_ignore_ascii_case("Recommendations") {
        return Err(problem("rec-import-not-a-recommendation", &kind));
    }
    let symbol = string(record, "Symbol");
    if symbol.is_empty() {
        return Err(problem("rec-import-missing", "Symbol"));
    }
    let mechanism = string(record, "Body");
    if mechanism.is_empty() {
        return Err(problem("rec-import-missing", "Body"));
    }
    let (paragraph, text) = split_paragraph(&plain_text(&string(record, "Text")));
    if text.is_empty() {
        return Err(problem("rec-import-missing", "Text"));
    }
    let date = string(record, "PublicationDate");
    let published_on = match date.get(..10) {
        Some(day) => Some(
            chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .map_err(|_| problem("rec-import-bad-date", &date))?,
        ),
        None if date.is_empty() => None,
        None => return Err(problem("rec-import-bad-date", &date)),
    };
    let position = string(record, "UprPosition");
    let upr_position = if position.is_empty() {
        None
    } else {
        Some(upr_position(&position).ok_or_else(|| problem("rec-import-bad-position", &position))?)
    };
    let annotation = string(record, "AnnotationId");
    Ok(SourceRow {
        line,
        mechanism,
        symbol,
        published_on,
        session: string(record, "UprCycle"),
        state_under_review: strings(record, "Countries")
            .into_iter()
            .next()
            .unwrap_or_default(),
        paragraph,
        text,
        recommending_states: strings(record, "UprRecommendingCountry"),
        upr_position,
        annotation_id: (!annotation.is_empty()).then_some(annotation),
        themes: strings(record, "Themes"),
        affected_persons: strings(record, "AffectedPersons"),
        sdgs: strings(record, "Sdgs"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UprPosition;

    fn rows(json: &str) -> Result<Vec<Result<SourceRow, RowProblem>>, FileError> {
        let mut rows = Vec::new();
        read(json.as_bytes(), |row| rows.push(row))?;
        Ok(rows)
    }

    #[test]
    fn records_become_rows_with_their_paragraph_and_tags() {
        let rows = rows(
            r#"[{"AnnotationId":"a1","Symbol":"A/HRC/43/10","PublicationDate":"2019-12-20T00:00:00",
                "Body":"UPR","AnnotationType":"Recommendations","Countries":["Kazakhstan"],
                "Themes":["Freedom of religion"],"AffectedPersons":["Members of minorities"],
                "Sdgs":["16.10 - Public access"],"Text":"<p>128.88 Bring the law into line</p>",
                "UprCycle":"3rd cycle","UprRecommendingCountry":["Norway","Chile"],"UprPosition":"Noted"}]"#,
        )
        .unwrap();
        let row = rows[0].clone().unwrap();
        assert_eq!(row.paragraph, "128.88");
        assert_eq!(row.text, "Bring the law into line");
        assert_eq!(row.recommending_states, ["Norway", "Chile"]);
        assert_eq!(row.upr_position, Some(UprPosition::Noted));
        assert_eq!(row.published_on.unwrap().to_string(), "2019-12-20");
        assert_eq!(row.state_under_review, "Kazakhstan");
        assert_eq!(row.annotation_id.as_deref(), Some("a1"));
        assert_eq!(row.themes, ["Freedom of religion"]);
    }

    #[test]
    fn bad_records_are_named_and_bad_files_refused() {
        let rows = rows(
            r#"[{"Symbol":"X","Body":"CCPR","AnnotationType":"Concerns/Observations","Text":"t"},
                {"Body":"CCPR","Text":"<p>1. A</p>"},
                {"Symbol":"X","Body":"CCPR","Text":"<p>1. A</p>","PublicationDate":"someday"},
                {"Symbol":"X","Body":"UPR","Text":"<p>1. A</p>","UprPosition":"maybe"},
                7]"#,
        )
        .unwrap();
        let keys: Vec<&str> = rows.iter().map(|r| r.as_ref().unwrap_err().key).collect();
        assert_eq!(
            keys,
            [
                "rec-import-not-a-recommendation",
                "rec-import-missing",
                "rec-import-bad-date",
                "rec-import-bad-position",
                "rec-import-not-a-record"
            ]
        );
        assert!(matches!(
            self::rows("{\"not\": \"an array\"}"),
            Err(FileError::Json(_))
        ));
        assert!(matches!(self::rows("[{}, "), Err(FileError::Json(_))));
    }
}
