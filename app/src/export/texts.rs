//! The DOCX file's fixed texts from Shadowdesk's translations, in the report's language where
//! Shadowdesk speaks it, English otherwise (server only).

use crate::i18n::{Locale, translate, translate_with};

/// The translations of one report's language, as the writer asks for them.
#[derive(Clone, Copy, Debug)]
pub struct ReportTexts {
    locale: Locale,
}

impl ReportTexts {
    /// Texts for a report written in `language`.
    pub fn new(language: &str) -> Self {
        Self {
            locale: Locale::from_code(language).unwrap_or_default(),
        }
    }
}

impl shadowdesk_docx::Texts for ReportTexts {
    fn get(&self, key: &str) -> String {
        translate(self.locale, key)
    }

    fn with(&self, key: &str, name: &'static str, value: &str) -> String {
        translate_with(self.locale, key, &[(name, value.to_string().into())])
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use shadowdesk_docx::{Mode, Texts, fixtures::ready, write};

    use super::ReportTexts;

    #[test]
    fn the_file_speaks_the_reports_language() {
        let russian = ReportTexts::new("ru");
        assert_eq!(russian.body("CCPR"), "Комитета по правам человека");
        assert_eq!(
            ReportTexts::new("xx").get("docx-draft"),
            "DRAFT — not for submission"
        );
        let written = write(&ready(), Mode::Draft, Utc::now(), &ReportTexts::new("en")).unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(written.bytes)).unwrap();
        let mut header = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("word/header1.xml").unwrap(),
            &mut header,
        )
        .unwrap();
        assert!(header.contains("DRAFT — not for submission"), "{header}");
    }
}
