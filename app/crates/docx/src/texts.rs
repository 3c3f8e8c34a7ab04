//! The file's fixed texts ("Submitted to", month names, the annex's column headings, the draft
//! mark), in the report's language. The caller holds the translations and answers by key, so
//! the writer needs no translation machinery of its own.
//!
//! Keys asked for: `docx-submitted-to` (`body`), `docx-state` (`state`), `docx-type` (`kind`),
//! `docx-by` (`coalition`), `docx-contact` (`contact`), `docx-keywords` (`keywords`),
//! `docx-confidential` (`body`), `docx-members`, `docx-about`, `docx-public`, `docx-contents`,
//! `docx-draft`, `docx-month-1` to `docx-month-12`, `docx-body-<mechanism>`,
//! `docx-treaty-<mechanism>`, `docx-annex-recommendations` and the annex's `docx-annex-*`
//! column headings.

/// Texts by key, in one language.
pub trait Texts {
    /// The text of `key`; `key` itself when there is none.
    fn get(&self, key: &str) -> String;

    /// The text of `key` with its one argument `name` set to `value`.
    fn with(&self, key: &str, name: &'static str, value: &str) -> String;

    /// The mechanism's body, e.g. "Human Rights Committee"; the code itself when unknown.
    fn body(&self, mechanism: &str) -> String {
        let key = format!("docx-body-{mechanism}");
        let text = self.get(&key);
        if text == key {
            mechanism.to_string()
        } else {
            text
        }
    }

    /// The mechanism's treaty, when it has one.
    fn treaty(&self, mechanism: &str) -> Option<String> {
        let key = format!("docx-treaty-{mechanism}");
        let text = self.get(&key);
        (text != key && !text.is_empty()).then_some(text)
    }

    /// "December 2026" in the report's language.
    fn month_year(&self, date: chrono::NaiveDate) -> String {
        use chrono::Datelike;
        format!(
            "{} {}",
            self.get(&format!("docx-month-{}", date.month())),
            date.year()
        )
    }
}

/// Every text is its key, arguments appended: for tests and fuzzing, where what matters is
/// where a text goes, not its wording.
#[derive(Clone, Copy, Debug, Default)]
pub struct Keys;

impl Texts for Keys {
    fn get(&self, key: &str) -> String {
        key.to_string()
    }

    fn with(&self, key: &str, name: &'static str, value: &str) -> String {
        format!("{key} {name}={value}")
    }
}
