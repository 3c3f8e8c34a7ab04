//! Reading recommendations from the public sources' files into [`SourceRow`]s: the
//! Universal Human Rights Index export (JSON or XLSX), UPR Info's database export (CSV) and a
//! coalition's own CSV with its columns mapped, with the
//! helpers they share — plain text from the UHRI's HTML, the paragraph number at the start of
//! a text, the UPR position's vocabulary (server only).

pub mod mapped_csv;
pub mod uhri;
pub mod uhri_xlsx;
pub mod upr_info;

use chrono::NaiveDate;

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
    pub upr_position: Option<String>,
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

/// Splits the paragraph number off the start of `text` (`128.45 Ratify …`, `50. The State
/// party …`, `24(b). Ensure …`): a number, optional `.n` parts and `(x)` sub-paragraphs, then a
/// `.` or space and a capital letter. A text that does not start so keeps no paragraph.
pub fn split_paragraph(text: &str) -> (String, String) {
    let text = text.trim();
    let bytes = text.as_bytes();
    let mut end = 0;
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let first = digits(0);
    if first == 0 || first > 4 {
        return (String::new(), text.to_string());
    }
    end += first;
    // `.45` parts, only when digits follow the dot.
    while end < bytes.len() && bytes[end] == b'.' && digits(end + 1) > 0 {
        end += 1 + digits(end + 1);
    }
    // `(b)`, `(iii)`, `(2)` sub-paragraphs.
    while end < bytes.len() && bytes[end] == b'(' {
        let inner = bytes[end + 1..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if inner == 0 || inner > 5 || bytes.get(end + 1 + inner) != Some(&b')') {
            break;
        }
        end += inner + 2;
    }
    let paragraph = &text[..end];
    let rest = text[end..].strip_prefix('.').unwrap_or(&text[end..]);
    let starts_sentence = rest.starts_with(char::is_whitespace)
        && rest
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase());
    if !starts_sentence {
        return (String::new(), text.to_string());
    }
    (paragraph.to_string(), rest.trim_start().to_string())
}

/// The UPR position vocabulary: `supported`, `noted`, `supported_in_part`,
/// `under_consideration`, `no_response`; `None` for a label that is none of them.
pub fn upr_position(label: &str) -> Option<&'static str> {
    let label = label.trim().to_lowercase();
    let label = label.replace(['-', '_'], " ");
    match label.as_str() {
        "supported" | "accepted" | "support" => Some("supported"),
        "noted" | "note" | "rejected" => Some("noted"),
        "supported in part" | "partially supported" | "supported/noted" => {
            Some("supported_in_part")
        }
        "under consideration" | "pending" => Some("under_consideration"),
        "no response" | "none" | "" => Some("no_response"),
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
            ("2025 was a year of", "", "2025 was a year of"),
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
        assert_eq!(upr_position("Supported"), Some("supported"));
        assert_eq!(upr_position(" noted "), Some("noted"));
        assert_eq!(upr_position("Supported in part"), Some("supported_in_part"));
        assert_eq!(
            upr_position("Under consideration"),
            Some("under_consideration")
        );
        assert_eq!(upr_position("maybe"), None);
    }
}
