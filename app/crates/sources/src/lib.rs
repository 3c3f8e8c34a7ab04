//! Reading recommendations from the public sources' files into [`SourceRow`]s: the
//! Universal Human Rights Index export (JSON or XLSX), UPR Info's database export (CSV) and a
//! coalition's own CSV with its columns mapped, with the
//! helpers they share — plain text from the UHRI's HTML, the paragraph number at the start of
//! a text, the UPR position's vocabulary.

pub mod csv_lines;
pub mod mapped_csv;
pub mod uhri;
pub mod uhri_xlsx;
pub mod upr_info;

use chrono::NaiveDate;
pub use shadowdesk_states::UprPosition;

/// One recommendation as a source file gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceRow {
    /// The record's number in the file (1-based; for CSV, the line).
    pub line: usize,
    /// The mechanism's code as written (`CCPR`, `UPR`).
    pub mechanism: String,
    pub symbol: String,
    pub published_on: Option<NaiveDate>,
    pub session: String,
    pub state_under_review: String,
    /// `128.45`, `20(b)`; empty when the source has none.
    pub paragraph: String,
    pub text: String,
    pub recommending_states: Vec<String>,
    /// Normalised: see [`upr_position`].
    pub upr_position: Option<UprPosition>,
    pub annotation_id: Option<String>,
    pub themes: Vec<String>,
    pub affected_persons: Vec<String>,
    pub sdgs: Vec<String>,
}

/// Why a row of a file cannot be imported; the key of its translated message and a detail
/// (the field or value at fault).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowProblem {
    pub line: usize,
    pub key: &'static str,
    pub detail: String,
}

/// Why a whole file cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("not valid JSON: {0}")]
    Json(String),
    #[error("not valid CSV: {0}")]
    Csv(String),
    #[error("the file is not UTF-8 text")]
    Encoding,
    #[error("the column {0} is missing")]
    MissingColumn(String),
    #[error("reading the file: {0}")]
    Io(String),
    #[error("not a readable spreadsheet: {0}")]
    Spreadsheet(String),
}

/// The text of `html` with its tags removed, entities decoded and spaces collapsed.
pub fn plain_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut chars = html.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' => {
                in_tag = true;
                // Block ends separate words.
                text.push(' ');
            }
            '>' if in_tag => in_tag = false,
            '&' if !in_tag => {
                let mut entity = String::new();
                while let Some(&next) = chars.peek() {
                    if next == ';' || entity.len() > 10 || next.is_whitespace() {
                        break;
                    }
                    entity.push(next);
                    chars.next();
                }
                if chars.peek() == Some(&';') {
                    chars.next();
                    match decode_entity(&entity) {
                        Some(decoded) => text.push(decoded),
                        None => {
                            text.push('&');
                            text.push_str(&entity);
                            text.push(';');
                        }
                    }
                } else {
                    text.push('&');
                    text.push_str(&entity);
                }
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn decode_entity(entity: &str) -> Option<char> {
    match entity {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" | "#39" => Some('\''),
        "nbsp" => Some(' '),
        _ => {
            let number = entity.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// Splits the paragraph reference off the start of `text`, in the forms UN documents use:
/// a number with optional `.n` parts (`50`, `128.45`), a range of them (`20-22`), then
/// sub-paragraphs with or without a space before them (`24(b)`, `52 (b)`, `20(b)(ii)`,
/// `12 (a) (iii)`), each possibly a range (`20(a)-(c)`, with a hyphen or an en dash); then a
/// `.` or nothing, a space and a capital letter. The reference is kept without spaces and with
/// hyphens (`52(b)`, `20(a)-(c)`). A text that does not start so keeps no paragraph.
pub fn split_paragraph(text: &str) -> (String, String) {
    let text = text.trim();
    let mut reference = Reference { text, at: 0 };
    match reference.read() {
        Some((paragraph, rest)) => (paragraph, rest.to_string()),
        None => (String::new(), text.to_string()),
    }
}

/// Reads a paragraph reference at the start of `text`.
struct Reference<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Reference<'a> {
    fn rest(&self) -> &'a str {
        &self.text[self.at..]
    }

    /// Runs `step`, going back to where it started when it reads nothing.
    fn attempt(&mut self, step: impl FnOnce(&mut Self) -> Option<String>) -> Option<String> {
        let start = self.at;
        let read = step(self);
        if read.is_none() {
            self.at = start;
        }
        read
    }

    fn eat(&mut self, prefix: &str) -> bool {
        let found = self.rest().starts_with(prefix);
        if found {
            self.at += prefix.len();
        }
        found
    }

    /// Up to four digits.
    fn digits(&mut self) -> Option<String> {
        let count = self.rest().bytes().take_while(u8::is_ascii_digit).count();
        if count == 0 || count > 4 {
            return None;
        }
        let digits = self.rest()[..count].to_string();
        self.at += count;
        Some(digits)
    }

    /// `128`, `128.45`: digits, then `.digits` parts.
    fn number(&mut self) -> Option<String> {
        let mut number = self.digits()?;
        while let Some(part) = self.attempt(|r| {
            r.eat(".").then_some(())?;
            r.digits()
        }) {
            number.push('.');
            number.push_str(&part);
        }
        Some(number)
    }

    /// `(b)`, `(iii)`, `(2)`.
    fn sub(&mut self) -> Option<String> {
        self.attempt(|r| {
            r.eat("(").then_some(())?;
            let inner: String = r
                .rest()
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            if inner.is_empty() || inner.len() > 5 {
                return None;
            }
            r.at += inner.len();
            r.eat(")").then_some(())?;
            Some(format!("({inner})"))
        })
    }

    /// A hyphen or an en dash between the ends of a range.
    fn dash(&mut self) -> bool {
        self.eat("-") || self.eat("\u{2013}")
    }

    /// The reference and the text after it, if the text starts with one.
    fn read(&mut self) -> Option<(String, &'a str)> {
        let mut paragraph = self.number()?;
        if let Some(last) = self.attempt(|r| {
            r.dash().then_some(())?;
            r.number()
        }) {
            paragraph.push('-');
            paragraph.push_str(&last);
        }
        while let Some(sub) = self.attempt(|r| {
            r.eat(" ");
            r.sub()
        }) {
            paragraph.push_str(&sub);
            if let Some(last) = self.attempt(|r| {
                r.dash().then_some(())?;
                r.sub()
            }) {
                paragraph.push('-');
                paragraph.push_str(&last);
            }
        }
        let rest = self.rest();
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        let starts_sentence = rest.starts_with(char::is_whitespace)
            && rest
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
        starts_sentence.then(|| (paragraph, rest.trim_start()))
    }
}

/// The UPR position vocabulary: `supported`, `noted`, `supported_in_part`,
/// `under_consideration`, `no_response`; `None` for a label that is none of them.
pub fn upr_position(label: &str) -> Option<UprPosition> {
    let label = label.trim().to_lowercase();
    let label = label.replace(['-', '_'], " ");
    match label.as_str() {
        "supported" | "accepted" | "support" => Some(UprPosition::Supported),
        "noted" | "note" | "rejected" => Some(UprPosition::Noted),
        "supported in part" | "partially supported" | "supported/noted" => {
            Some(UprPosition::SupportedInPart)
        }
        "under consideration" | "pending" => Some(UprPosition::UnderConsideration),
        "no response" | "none" | "" => Some(UprPosition::NoResponse),
        _ => None,
    }
}

/// `value` split at `;` (UPR Info's lists), trimmed, empties dropped.
pub fn list(value: &str) -> Vec<String> {
    value
        .split(';')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_numbers_are_split_off_the_text() {
        let cases = [
            (
                "128.45 Ratify the Optional Protocol",
                "128.45",
                "Ratify the Optional Protocol",
            ),
            ("50. The State party should", "50", "The State party should"),
            ("24(b). Ensure that", "24(b)", "Ensure that"),
            ("20(b)(ii) Adopt", "20(b)(ii)", "Adopt"),
            (
                "12. Государство-участник должно",
                "12",
                "Государство-участник должно",
            ),
            ("52 (b). Ensure that", "52(b)", "Ensure that"),
            ("20(a)-(c). Guarantee", "20(a)-(c)", "Guarantee"),
            ("20(a)\u{2013}(c) Guarantee", "20(a)-(c)", "Guarantee"),
            ("12 (a) (iii). Review", "12(a)(iii)", "Review"),
            ("18 (iv) Abolish", "18(iv)", "Abolish"),
            ("20-22. The Committee", "20-22", "The Committee"),
            ("128.45-128.47 Ratify", "128.45-128.47", "Ratify"),
            ("52 (b) ensure", "", "52 (b) ensure"),
            ("2025 was a year of", "", "2025 was a year of"),
            ("12345. Too long", "", "12345. Too long"),
            ("Continue efforts", "", "Continue efforts"),
            ("128.45Ratify", "", "128.45Ratify"),
        ];
        for (text, paragraph, rest) in cases {
            assert_eq!(
                split_paragraph(text),
                (paragraph.to_string(), rest.to_string()),
                "{text}"
            );
        }
    }

    /// The reference forms of UN texts, each with the paragraph and text it must give.
    const FORMS: [(&str, &str, &str); 6] = [
        (
            "128.45 Ratify the Optional Protocol",
            "128.45",
            "Ratify the Optional Protocol",
        ),
        ("52 (b). Ensure legal aid", "52(b)", "Ensure legal aid"),
        (
            "20(a)-(c). Guarantee safeguards",
            "20(a)-(c)",
            "Guarantee safeguards",
        ),
        (
            "12 (a) (iii). Review the law",
            "12(a)(iii)",
            "Review the law",
        ),
        (
            "20-22. Investigate all complaints",
            "20-22",
            "Investigate all complaints",
        ),
        ("Continue the reform", "", "Continue the reform"),
    ];

    fn assert_forms(importer: &str, rows: Vec<Result<SourceRow, RowProblem>>) {
        let read: Vec<(String, String)> = rows
            .into_iter()
            .map(|r| {
                let row = r.unwrap_or_else(|p| panic!("{importer}: {p:?}"));
                (row.paragraph, row.text)
            })
            .collect();
        let expected: Vec<(String, String)> = FORMS
            .iter()
            .map(|(_, paragraph, text)| (paragraph.to_string(), text.to_string()))
            .collect();
        assert_eq!(read, expected, "{importer}");
    }

    #[test]
    fn every_importer_reads_every_reference_form() {
        let json: Vec<serde_json::Value> = FORMS
            .iter()
            .map(|(text, ..)| {
                serde_json::json!({"Symbol": "CAT/C/KAZ/CO/4", "Body": "CAT",
                    "Text": format!("<p>{text}</p>")})
            })
            .collect();
        let json = serde_json::to_vec(&json).unwrap();
        let mut rows = Vec::new();
        uhri::read(json.as_slice(), |r| rows.push(r)).unwrap();
        assert_forms("UHRI JSON", rows);

        let mut workbook = rust_xlsxwriter::Workbook::new();
        let sheet = workbook.add_worksheet();
        for (c, title) in ["Symbol", "Body", "Text"].iter().enumerate() {
            sheet.write_string(0, c as u16, *title).unwrap();
        }
        for (r, (text, ..)) in FORMS.iter().enumerate() {
            let r = r as u32 + 1;
            sheet.write_string(r, 0, "CAT/C/KAZ/CO/4").unwrap();
            sheet.write_string(r, 1, "CAT").unwrap();
            sheet.write_string(r, 2, *text).unwrap();
        }
        let xlsx = workbook.save_to_buffer().unwrap();
        let mut rows = Vec::new();
        uhri_xlsx::read(std::io::Cursor::new(xlsx), |r| rows.push(r)).unwrap();
        assert_forms("UHRI XLSX", rows);

        let mut upr =
            String::from("State under Review,Recommending State,Recommendation,Response,Session\n");
        let mut own = String::from("Document,Text\n");
        for (text, ..) in FORMS {
            upr.push_str(&format!("Kazakhstan,Chile,\"{text}\",Noted,34\n"));
            own.push_str(&format!("CAT/C/KAZ/CO/4,\"{text}\"\n"));
        }
        let mut rows = Vec::new();
        upr_info::read(upr.as_bytes(), |r| rows.push(r)).unwrap();
        assert_forms("UPR Info CSV", rows);
        let mapping = mapped_csv::Mapping {
            columns: [
                ("symbol", "Document".to_string()),
                ("text", "Text".to_string()),
            ]
            .into_iter()
            .collect(),
            mechanism: Some("CAT".to_string()),
        };
        let mut rows = Vec::new();
        mapped_csv::read(own.as_bytes(), &mapping, |r| rows.push(r)).unwrap();
        assert_forms("mapped CSV", rows);
    }

    #[test]
    fn html_becomes_plain_text() {
        assert_eq!(
            plain_text(
                "<p>50. Revise&nbsp;the law &amp; <em>replace</em> it&#x2019;s</p><p>Next</p>"
            ),
            "50. Revise the law & replace it\u{2019}s Next"
        );
        assert_eq!(plain_text("A &unknown; B & C"), "A &unknown; B & C");
    }

    #[test]
    fn upr_positions_use_one_vocabulary() {
        assert_eq!(upr_position("Supported"), Some(UprPosition::Supported));
        assert_eq!(upr_position(" noted "), Some(UprPosition::Noted));
        assert_eq!(
            upr_position("Supported in part"),
            Some(UprPosition::SupportedInPart)
        );
        assert_eq!(
            upr_position("Under consideration"),
            Some(UprPosition::UnderConsideration)
        );
        assert_eq!(upr_position("maybe"), None);
    }
}
