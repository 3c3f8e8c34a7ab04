//! A coalition's own spreadsheet, saved as CSV: its columns are mapped to Shadowdesk's fields
//! by the person importing it (symbol, mechanism — a column, or one mechanism for the whole
//! file —, text, and optionally paragraph, date, session, State under review, recommending
//! States, UPR position, themes, affected persons, SDG targets and UHRI AnnotationId).

use std::{collections::HashMap, io::Read};

use chrono::NaiveDate;

use super::{FileError, RowProblem, SourceRow, list, split_paragraph, upr_position};

/// The fields a column can be mapped to (the form names them `map_<field>`), and whether a
/// file must give them.
pub const FIELDS: &[(&str, bool)] = &[
    ("symbol", true),
    ("mechanism", true),
    ("text", true),
    ("paragraph", false),
    ("date", false),
    ("session", false),
    ("state", false),
    ("recommending", false),
    ("position", false),
    ("themes", false),
    ("affected", false),
    ("sdgs", false),
    ("annotation", false),
];

/// Which column gives each field. A mechanism may instead be given for the whole file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    /// Field → column title.
    pub columns: HashMap<&'static str, String>,
    /// The mechanism of every row, when no column gives it.
    pub mechanism: Option<String>,
}

impl Mapping {
    /// The mapping a form sent (`map_<field>` = column title; `map_mechanism` = `=CODE` for one
    /// mechanism for the whole file). `None` when nothing is mapped yet.
    pub fn from_fields(field: impl Fn(&str) -> String) -> Option<Self> {
        let mut mapping = Mapping::default();
        for (name, _) in FIELDS {
            let value = field(&format!("map_{name}"));
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match value.strip_prefix('=') {
                Some(code) if *name == "mechanism" => mapping.mechanism = Some(code.to_string()),
                _ => {
                    mapping.columns.insert(name, value.to_string());
                }
            }
        }
        (!mapping.columns.is_empty() || mapping.mechanism.is_some()).then_some(mapping)
    }
}

fn csv_error(error: csv::Error) -> FileError {
    match error.kind() {
        csv::ErrorKind::Utf8 { .. } => FileError::Encoding,
        _ => FileError::Csv(error.to_string()),
    }
}

fn reader(input: impl Read) -> csv::Reader<impl Read> {
    csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(input)
}

/// The column titles of the CSV in `input`.
pub fn columns(input: impl Read) -> Result<Vec<String>, FileError> {
    Ok(reader(input)
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .filter(|h| !h.is_empty())
        .collect())
}

/// A date as coalitions write them: `2024-05-31`, `31.05.2024` or `31/05/2024`.
fn date(value: &str) -> Option<NaiveDate> {
    ["%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(value, format).ok())
}

/// Calls `each` with every data row of the CSV in `input`, read through `mapping`.
pub fn read(
    input: impl Read,
    mapping: &Mapping,
    mut each: impl FnMut(Result<SourceRow, RowProblem>),
) -> Result<(), FileError> {
    let (input, lines) = super::csv_lines::tracked(input);
    let mut csv = reader(input);
    let titles: Vec<String> = csv
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
        .collect();
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    // In the fields' order, so the first column missing is the one named.
    for (field, _) in FIELDS {
        let Some(title) = mapping.columns.get(field) else {
            continue;
        };
        let at = titles
            .iter()
            .position(|t| t == title)
            .ok_or_else(|| FileError::MissingColumn(title.clone()))?;
        index.insert(field, at);
    }
    for (field, required) in FIELDS {
        let given =
            index.contains_key(field) || (*field == "mechanism" && mapping.mechanism.is_some());
        if *required && !given {
            return Err(FileError::MissingColumn((*field).to_string()));
        }
    }
    let mut record = csv::StringRecord::new();
    while csv.read_record(&mut record).map_err(csv_error)? {
        let line = lines.of(&csv, &record);
        let get = |field: &str| {
            index
                .get(field)
                .and_then(|&i| record.get(i))
                .unwrap_or_default()
                .to_string()
        };
        if record.iter().all(str::is_empty) {
            continue;
        }
        let problem = |key: &'static str, detail: &str| RowProblem {
            line,
            key,
            detail: detail.to_string(),
        };
        let row = (|| {
            let symbol = get("symbol");
            if symbol.is_empty() {
                return Err(problem("rec-import-missing", "symbol"));
            }
            let mechanism = mapping
                .mechanism
                .clone()
                .unwrap_or_else(|| get("mechanism"));
            if mechanism.is_empty() {
                return Err(problem("rec-import-missing", "mechanism"));
            }
            let (split, text) = split_paragraph(&get("text"));
            if text.is_empty() {
                return Err(problem("rec-import-missing", "text"));
            }
            let paragraph = match get("paragraph") {
                given if given.is_empty() => split,
                given => given.trim_end_matches('.').to_string(),
            };
            let published = get("date");
            let published_on = match published.as_str() {
                "" => None,
                value => Some(date(value).ok_or_else(|| problem("rec-import-bad-date", value))?),
            };
            let position = get("position");
            let upr_position = match position.as_str() {
                "" => None,
                value => Some(
                    upr_position(value).ok_or_else(|| problem("rec-import-bad-position", value))?,
                ),
            };
            let annotation = get("annotation");
            Ok(SourceRow {
                line,
                mechanism,
                symbol,
                published_on,
                session: get("session"),
                state_under_review: get("state"),
                paragraph,
                text,
                recommending_states: list(&get("recommending")),
                upr_position,
                annotation_id: (!annotation.is_empty()).then_some(annotation),
                themes: list(&get("themes")),
                affected_persons: list(&get("affected")),
                sdgs: list(&get("sdgs")),
            })
        })();
        each(row);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mapping(pairs: &[(&'static str, &str)], mechanism: Option<&str>) -> Mapping {
        Mapping {
            columns: pairs.iter().map(|(f, c)| (*f, c.to_string())).collect(),
            mechanism: mechanism.map(str::to_string),
        }
    }

    const SHEET: &[u8] = "Документ,Пункт,Текст,Дата,Тема\n\
        CCPR/C/KAZ/CO/2,20(b),Обеспечить независимость судей,31.05.2024,\"Суды; Независимость\"\n\
        CCPR/C/KAZ/CO/2,,22. Пересмотреть закон,2024-06-01,\n\
        ,1,Без документа,,\n\
        CCPR/C/KAZ/CO/2,3,Дата,вчера,\n"
        .as_bytes();

    fn rows(
        input: &[u8],
        mapping: &Mapping,
    ) -> Result<Vec<Result<SourceRow, RowProblem>>, FileError> {
        let mut rows = Vec::new();
        read(input, mapping, |r| rows.push(r))?;
        Ok(rows)
    }

    #[test]
    fn mapped_columns_become_rows_and_bad_rows_are_named() {
        let map = mapping(
            &[
                ("symbol", "Документ"),
                ("paragraph", "Пункт"),
                ("text", "Текст"),
                ("date", "Дата"),
                ("themes", "Тема"),
            ],
            Some("CCPR"),
        );
        let rows = rows(SHEET, &map).unwrap();
        let first = rows[0].clone().unwrap();
        assert_eq!(
            (first.mechanism.as_str(), first.paragraph.as_str()),
            ("CCPR", "20(b)")
        );
        assert_eq!(first.published_on.unwrap().to_string(), "2024-05-31");
        assert_eq!(first.themes, ["Суды", "Независимость"]);
        let second = rows[1].clone().unwrap();
        assert_eq!(
            second.paragraph, "22",
            "taken from the text when no column gives it"
        );
        assert_eq!(rows[2].as_ref().unwrap_err().key, "rec-import-missing");
        assert_eq!(rows[3].as_ref().unwrap_err().key, "rec-import-bad-date");
    }

    #[test]
    fn a_mapping_must_name_real_columns_and_the_required_fields() {
        let missing = mapping(
            &[("symbol", "Документ"), ("text", "Нет такого")],
            Some("CCPR"),
        );
        assert!(
            matches!(rows(SHEET, &missing), Err(FileError::MissingColumn(c)) if c == "Нет такого")
        );
        let no_mechanism = mapping(&[("symbol", "Документ"), ("text", "Текст")], None);
        assert!(
            matches!(rows(SHEET, &no_mechanism), Err(FileError::MissingColumn(c)) if c == "mechanism")
        );
        assert_eq!(
            columns("Документ,Пункт,Текст\n".as_bytes()).unwrap(),
            ["Документ", "Пункт", "Текст"]
        );
        let fields = |name: &str| match name {
            "map_symbol" => "Документ".to_string(),
            "map_mechanism" => "=CAT".to_string(),
            _ => String::new(),
        };
        let parsed = Mapping::from_fields(fields).unwrap();
        assert_eq!(parsed.mechanism.as_deref(), Some("CAT"));
        assert_eq!(parsed.columns["symbol"], "Документ");
        assert_eq!(Mapping::from_fields(|_| String::new()), None);
    }
}
