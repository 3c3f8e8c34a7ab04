//! The Universal Human Rights Index export as a spreadsheet (XLSX): the JSON export's fields
//! as columns with human titles ("Annotation Id", "Publication date", "Affected persons",
//! "UPR recommending country"…), lists in a cell separated by `;` or `,`. The first sheet is
//! read cell by cell, a row at a time, and each row is read like a JSON record.

use std::io::{Read, Seek};

use calamine::{DataRef, DataType, Reader, Xlsx};
use serde_json::{Map, Value};

use super::{FileError, RowProblem, SourceRow, uhri::row_of};

/// The JSON export's field a column title stands for (titles compared without case, spaces,
/// underscores or hyphens).
fn field_for(title: &str) -> Option<&'static str> {
    let compact: String = title
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    Some(match compact.as_str() {
        "annotationid" | "id" => "AnnotationId",
        "symbol" | "documentsymbol" => "Symbol",
        "publicationdate" | "date" => "PublicationDate",
        "body" | "mechanism" => "Body",
        "annotationtype" | "type" => "AnnotationType",
        "countries" | "country" | "stateunderreview" => "Countries",
        "themes" | "theme" => "Themes",
        "affectedpersons" | "affectedperson" | "groupsofpersons" => "AffectedPersons",
        "sdgs" | "sdg" | "sdgtargets" | "sustainabledevelopmentgoals" => "Sdgs",
        "text" | "annotation" | "recommendation" => "Text",
        "uprcycle" | "cycle" => "UprCycle",
        "uprrecommendingcountry"
        | "uprrecommendingcountries"
        | "recommendingcountry"
        | "recommendingstate"
        | "recommendingstates" => "UprRecommendingCountry",
        "uprposition" | "position" | "response" => "UprPosition",
        _ => return None,
    })
}

/// Fields that hold lists.
const LISTS: &[&str] = &[
    "Countries",
    "Themes",
    "AffectedPersons",
    "Sdgs",
    "UprRecommendingCountry",
];

fn text_of(cell: &DataRef<'_>) -> String {
    match cell {
        DataRef::String(s) => s.trim().to_string(),
        DataRef::SharedString(s) => s.trim().to_string(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        DataRef::Float(f) => f.to_string(),
        DataRef::Bool(b) => b.to_string(),
        DataRef::DateTime(_) => cell
            .as_date()
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}

/// The record a row stands for, keyed like the JSON export.
fn record(fields: &[Option<&'static str>], cells: &[String]) -> Value {
    let mut record = Map::new();
    for (field, value) in fields.iter().zip(cells) {
        let Some(field) = field else { continue };
        if value.is_empty() {
            continue;
        }
        let value = if LISTS.contains(field) {
            Value::Array(
                value
                    .split([';', '\n'])
                    .flat_map(|part| {
                        // Themes contain commas; other lists may use them as separators.
                        if *field == "Themes" || *field == "Sdgs" {
                            vec![part]
                        } else {
                            part.split(',').collect()
                        }
                    })
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
                    .map(|v| Value::String(v.to_string()))
                    .collect(),
            )
        } else {
            Value::String(value.clone())
        };
        record.insert(field.to_string(), value);
    }
    Value::Object(record)
}

/// Calls `each` with every row of the first sheet of the workbook in `reader` (after its
/// title row), as a recommendation or the problem that keeps it out.
pub fn read(
    reader: impl Read + Seek,
    mut each: impl FnMut(Result<SourceRow, RowProblem>),
) -> Result<(), FileError> {
    let mut workbook: Xlsx<_> =
        Xlsx::new(reader).map_err(|_| FileError::Spreadsheet("not an XLSX workbook".into()))?;
    let sheet = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| FileError::Spreadsheet("the workbook has no sheet".into()))?;
    let mut cells = workbook
        .worksheet_cells_reader(&sheet)
        .map_err(|e| FileError::Spreadsheet(e.to_string()))?;
    let mut fields: Option<Vec<Option<&'static str>>> = None;
    let mut row: Vec<String> = Vec::new();
    let mut row_number: Option<u32> = None;
    let mut emit = |number: u32,
                    row: &mut Vec<String>,
                    fields: &mut Option<Vec<Option<&'static str>>>|
     -> Result<(), FileError> {
        let cells = std::mem::take(row);
        match fields {
            None => {
                let found: Vec<Option<&'static str>> = cells.iter().map(|t| field_for(t)).collect();
                for required in ["Symbol", "Body", "Text"] {
                    if !found.contains(&Some(required)) {
                        return Err(FileError::MissingColumn(required.to_string()));
                    }
                }
                *fields = Some(found);
            }
            Some(fields) => {
                if cells.iter().any(|c| !c.is_empty()) {
                    each(row_of(number as usize + 1, &record(fields, &cells)));
                }
            }
        }
        Ok(())
    };
    while let Some(cell) = cells
        .next_cell()
        .map_err(|e| FileError::Spreadsheet(e.to_string()))?
    {
        let (number, column) = cell.get_position();
        if row_number.is_some_and(|current| current != number) {
            emit(row_number.unwrap_or_default(), &mut row, &mut fields)?;
        }
        row_number = Some(number);
        let column = column as usize;
        if row.len() <= column {
            row.resize(column + 1, String::new());
        }
        row[column] = text_of(cell.get_value());
    }
    if let Some(number) = row_number {
        emit(number, &mut row, &mut fields)?;
    }
    if fields.is_none() {
        return Err(FileError::Spreadsheet("the first sheet is empty".into()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use rust_xlsxwriter::Workbook;

    use super::*;
    use crate::UprPosition;

    fn workbook(rows: &[&[&str]]) -> Vec<u8> {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *value).unwrap();
            }
        }
        workbook.save_to_buffer().unwrap()
    }

    fn rows(bytes: Vec<u8>) -> Result<Vec<Result<SourceRow, RowProblem>>, FileError> {
        let mut rows = Vec::new();
        read(Cursor::new(bytes), |row| rows.push(row))?;
        Ok(rows)
    }

    #[test]
    fn spreadsheet_rows_read_like_json_records() {
        let file = workbook(&[
            &[
                "Annotation Id",
                "Symbol",
                "Publication date",
                "Body",
                "Countries",
                "Themes",
                "Text",
                "UPR recommending country",
                "UPR position",
            ],
            &[
                "x1",
                "A/HRC/43/10",
                "2019-12-20",
                "UPR",
                "Kazakhstan",
                "Freedom of religion; Minorities",
                "128.88 Bring the law into line",
                "Norway, Chile",
                "Noted",
            ],
            &["", "", "", "", "", "", "", "", ""],
            &[
                "x2",
                "A/HRC/43/10",
                "",
                "UPR",
                "Kazakhstan",
                "",
                "128.89 Adopt a law",
                "Canada",
                "Maybe",
            ],
        ]);
        let rows = rows(file).unwrap();
        assert_eq!(rows.len(), 2, "the empty row is skipped");
        let first = rows[0].clone().unwrap();
        assert_eq!(first.paragraph, "128.88");
        assert_eq!(first.annotation_id.as_deref(), Some("x1"));
        assert_eq!(first.recommending_states, ["Norway", "Chile"]);
        assert_eq!(first.themes, ["Freedom of religion", "Minorities"]);
        assert_eq!(first.upr_position, Some(UprPosition::Noted));
        assert_eq!(first.published_on.unwrap().to_string(), "2019-12-20");
        let second = rows[1].as_ref().unwrap_err();
        assert_eq!((second.line, second.key), (4, "rec-import-bad-position"));
    }

    #[test]
    fn a_sheet_without_the_needed_columns_or_a_file_that_is_no_workbook_is_refused() {
        let file = workbook(&[&["Symbol", "Body"], &["A/HRC/43/10", "UPR"]]);
        assert!(matches!(rows(file), Err(FileError::MissingColumn(c)) if c == "Text"));
        assert!(matches!(
            rows(b"not a zip".to_vec()),
            Err(FileError::Spreadsheet(_))
        ));
    }
}
