//! UPR Info's database export (CSV): State under Review, Recommending State, Recommendation,
//! Response, Issues, Session, Cycle, Action Category. It names no document symbol, so rows are
//! grouped under one document per State and session.

use std::io::Read;

use super::{FileError, RowProblem, SourceRow, list, split_paragraph, upr_position};

const STATE: &str = "state under review";
const RECOMMENDING: &str = "recommending state";
const TEXT: &str = "recommendation";
const RESPONSE: &str = "response";
const ISSUES: &str = "issues";
const SESSION: &str = "session";
const CYCLE: &str = "cycle";

/// The document symbol UPR Info rows are filed under.
pub fn symbol_for(state: &str, session: &str) -> String {
    format!("UPR {session} ({state})")
}

/// Calls `each` with every data row of the CSV in `reader`, as a row or its problem.
pub fn read(
    reader: impl Read,
    mut each: impl FnMut(Result<SourceRow, RowProblem>),
) -> Result<(), FileError> {
    let (reader, lines) = super::csv_lines::tracked(reader);
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(reader);
    let headers: Vec<String> = csv
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_lowercase())
        .collect();
    let column = |name: &str| headers.iter().position(|h| h == name);
    let mut required = Vec::new();
    for name in [STATE, RECOMMENDING, TEXT, RESPONSE, SESSION] {
        required.push(column(name).ok_or_else(|| FileError::MissingColumn(title_case(name)))?);
    }
    let (issues, cycle) = (column(ISSUES), column(CYCLE));
    let mut record = csv::StringRecord::new();
    while csv.read_record(&mut record).map_err(csv_error)? {
        let line = lines.of(&csv, &record);
        let field = |index: Option<usize>| {
            index
                .and_then(|i| record.get(i))
                .unwrap_or_default()
                .to_string()
        };
        let [state, recommending, text, response, session] =
            [0, 1, 2, 3, 4].map(|i| field(Some(required[i])));
        let problem = |key: &'static str, detail: &str| RowProblem {
            line,
            key,
            detail: detail.to_string(),
        };
        let row = (|| {
            if state.is_empty() {
                return Err(problem("rec-import-missing", "State under Review"));
            }
            if session.is_empty() {
                return Err(problem("rec-import-missing", "Session"));
            }
            let (paragraph, text) = split_paragraph(&text);
            if text.is_empty() {
                return Err(problem("rec-import-missing", "Recommendation"));
            }
            let position = upr_position(&response)
                .ok_or_else(|| problem("rec-import-bad-position", &response))?;
            let cycle = field(cycle);
            Ok(SourceRow {
                line,
                mechanism: "UPR".to_string(),
                symbol: symbol_for(&state, &session),
                published_on: None,
                session: if cycle.is_empty() {
                    session.clone()
                } else {
                    format!("cycle {cycle}, session {session}")
                },
                state_under_review: state.clone(),
                paragraph,
                text,
                recommending_states: list(&recommending),
                upr_position: Some(position),
                annotation_id: None,
                themes: list(&field(issues)),
                affected_persons: Vec::new(),
                sdgs: Vec::new(),
            })
        })();
        each(row);
    }
    Ok(())
}

fn csv_error(error: csv::Error) -> FileError {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => FileError::Encoding,
        _ => FileError::Csv(error.to_string()),
    }
}

fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut chars = w.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UprPosition;

    fn rows(csv: &[u8]) -> Result<Vec<Result<SourceRow, RowProblem>>, FileError> {
        let mut rows = Vec::new();
        read(csv, |row| rows.push(row))?;
        Ok(rows)
    }

    #[test]
    fn rows_carry_the_position_issues_and_recommending_state() {
        let rows = rows(
            b"State under Review,Recommending State,Recommendation,Response,Issues,Session,Cycle,Action Category\n\
              Kazakhstan,Canada,\"Adopt comprehensive anti-discrimination legislation\",Supported,\"Racial discrimination;Women's rights\",34,3,5\n",
        )
        .unwrap();
        let row = rows[0].clone().unwrap();
        assert_eq!(row.line, 2);
        assert_eq!(row.symbol, "UPR 34 (Kazakhstan)");
        assert_eq!(row.session, "cycle 3, session 34");
        assert_eq!(row.recommending_states, ["Canada"]);
        assert_eq!(row.upr_position, Some(UprPosition::Supported));
        assert_eq!(row.themes, ["Racial discrimination", "Women's rights"]);
        assert_eq!(row.paragraph, "");
    }

    #[test]
    fn refusals_name_the_line_a_spreadsheet_shows_blank_lines_counted() {
        let rows = rows(
            b"State under Review,Recommending State,Recommendation,Response,Session\n\
              \n\
              Kazakhstan,Chile,Text,Maybe,34\n\
              \n\
              \n\
              Kazakhstan,Chile,,Noted,34\n",
        )
        .unwrap();
        let lines: Vec<usize> = rows.iter().map(|r| r.as_ref().unwrap_err().line).collect();
        assert_eq!(lines, [3, 6]);
    }

    #[test]
    fn bad_rows_are_named_and_bad_files_refused() {
        let rows = rows(
            b"State under Review,Recommending State,Recommendation,Response,Session\n\
              Kazakhstan,Chile,Text,Maybe,34\n\
              Kazakhstan,Chile,,Noted,34\n\
              ,Chile,Text,Noted,34\n",
        )
        .unwrap();
        let problems: Vec<(usize, &str)> = rows
            .iter()
            .map(|r| {
                let p = r.as_ref().unwrap_err();
                (p.line, p.key)
            })
            .collect();
        assert_eq!(
            problems,
            [
                (2, "rec-import-bad-position"),
                (3, "rec-import-missing"),
                (4, "rec-import-missing")
            ]
        );
        assert!(matches!(
            self::rows(b"State under Review,Recommendation\nX,Y\n"),
            Err(FileError::MissingColumn(c)) if c == "Recommending State"
        ));
        assert!(matches!(
            self::rows(b"State under Review,Recommending State,Recommendation,Response,Session\n\xff\xfe,a,b,Noted,1\n"),
            Err(FileError::Encoding)
        ));
    }
}
