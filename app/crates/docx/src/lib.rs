//! The DOCX writer: a [`Submission`] to a Word file that meets the UN's formal rules — cover
//! or title block, coalition members, body paragraphs numbered continuously by one numbering
//! definition, footnotes or endnotes, annexes, page numbers, a table of contents, Times New
//! Roman 12 (or a reference document's styles), core properties and language tags, and
//! nothing internal: no comments, suggestions, coordination notes, author names or revision
//! ids. docx-rs writes the document, numbering, headers and footers; the parts it cannot
//! write as the rules need (styles, settings, notes, properties) are written in [`parts`] and
//! [`notes`], and [`package`] puts them together.

mod annex;
mod body;
mod front;
mod inline;
pub mod lang;
mod notes;
mod numbering;
mod package;
mod parts;
mod schema_order;
pub mod submission;
mod texts;

#[cfg(any(test, feature = "fixtures"))]
pub mod fixtures;

use chrono::{DateTime, Utc};
use docx_rs::{
    BreakType, Docx, FieldCharType, Footer, Header, InstrPAGE, InstrText, PageMargin, Paragraph,
    Run,
};

pub use self::texts::{Keys, Texts};
use self::{
    body::{Block, BodyWriter},
    lang::Lang,
    parts::CoreProperties,
    submission::{NotePlacement, Submission},
};

/// A draft (marked on every page) or the final file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Draft,
    Final,
}

/// Why a file could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("writing the DOCX package: {0}")]
    Zip(#[from] zip::result::ZipError),
    #[error("writing the DOCX package: {0}")]
    Io(#[from] std::io::Error),
    #[error("writing the DOCX package: {0}")]
    Order(#[from] schema_order::OrderError),
}

/// What the writer produced besides the bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub bytes: Vec<u8>,
    /// Body paragraphs numbered.
    pub numbered_paragraphs: usize,
    pub notes: usize,
}

/// `submission` as a DOCX file, made at `now`, its fixed texts from `texts` (in the report's
/// language).
pub fn write(
    submission: &Submission,
    mode: Mode,
    now: DateTime<Utc>,
    texts: &dyn Texts,
) -> Result<Written, DocxError> {
    let lang = Lang::from_code(&submission.language);
    let mut writer = BodyWriter::new(lang);

    front::write(&mut writer, submission, texts);
    let toc_at = writer.blocks.len();
    let front_headings = writer.headings.len();

    for section in submission.body_sections() {
        writer.heading(section.depth, &section.title);
        writer.markdown(&section.body, section.depth, true);
    }
    let annexes: Vec<_> = submission.sections.iter().filter(|s| s.annex).collect();
    if !submission.recommendations.is_empty() || !annexes.is_empty() {
        writer.push(Block::Paragraph(Box::new(
            Paragraph::new().add_run(Run::new().add_break(BreakType::Page)),
        )));
    }
    if !submission.recommendations.is_empty() {
        writer.heading(1, &texts.get("docx-annex-recommendations"));
        writer.push(annex::table(&submission.recommendations, texts));
    }
    for section in annexes {
        writer.heading(section.depth, &section.title);
        writer.markdown(&section.body, section.depth, false);
    }
    if submission.wants("table_of_contents") {
        let toc = front::table_of_contents(&writer.headings[front_headings..], texts);
        writer.blocks.splice(toc_at..toc_at, toc);
    }

    let mut docx = numbering::define(Docx::new())
        .page_size(11906, 16838)
        .page_margin(
            PageMargin::new()
                .top(1417)
                .bottom(1417)
                .left(1417)
                .right(1417)
                .header(708)
                .footer(708),
        )
        .footer(Footer::new().add_paragraph(page_number()));
    if mode == Mode::Draft {
        docx = docx.header(
            Header::new().add_paragraph(
                Paragraph::new()
                    .style("Watermark")
                    .add_run(Run::new().add_text(texts.get("docx-draft"))),
            ),
        );
    }
    for numbering in std::mem::take(&mut writer.numberings) {
        docx = docx.add_numbering(numbering);
    }
    for block in std::mem::take(&mut writer.blocks) {
        docx = match block {
            Block::Paragraph(p) => docx.add_paragraph(*p),
            Block::Table(t) => docx.add_table(*t),
        };
    }

    let subject = match submission
        .session
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        Some(session) => format!("{} — {session}", submission.state_under_review),
        None => submission.state_under_review.clone(),
    };
    let keywords = submission.keywords.join(", ");
    let when = now.format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let core = parts::core(&CoreProperties {
        title: &submission.title,
        subject: &subject,
        keywords: &keywords,
        language: lang.tag(),
        creator: &submission.coalition,
        when: &when,
    });
    let notes_xml = notes::part(&writer.notes, submission.notes, lang);
    let empty = notes::part(&[], other(submission.notes), lang);
    let (footnotes, endnotes) = match submission.notes {
        NotePlacement::Footnotes => (notes_xml, empty),
        NotePlacement::Endnotes => (empty, notes_xml),
    };
    let bytes = package::pack(
        docx.build(),
        package::Ours {
            styles: parts::styles(lang, submission.reference_styles.as_deref()),
            settings: parts::settings(lang),
            core,
            footnotes,
            endnotes,
            endnote_references: submission.notes == NotePlacement::Endnotes,
        },
    )?;
    Ok(Written {
        bytes,
        numbered_paragraphs: writer.numbered,
        notes: writer.notes.len(),
    })
}

fn other(placement: NotePlacement) -> NotePlacement {
    match placement {
        NotePlacement::Footnotes => NotePlacement::Endnotes,
        NotePlacement::Endnotes => NotePlacement::Footnotes,
    }
}

/// A centred PAGE field.
fn page_number() -> Paragraph {
    Paragraph::new().style("Footer").add_run(
        Run::new()
            .add_field_char(FieldCharType::Begin, false)
            .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
            .add_field_char(FieldCharType::Separate, false)
            .add_text("1")
            .add_field_char(FieldCharType::End, false),
    )
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;
    use crate::{fixtures::ready, submission::SectionText};

    fn part(bytes: &[u8], name: &str) -> Option<String> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut file = archive.by_name(name).ok()?;
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        Some(text)
    }

    #[test]
    fn upr_notes_are_endnotes_members_come_first_and_annexes_take_no_number() {
        let mut submission = ready();
        submission.sections.push(SectionText {
            id: 3,
            title: "Annex: cases".into(),
            body: "Case one.\n\nCase two.".into(),
            annex: true,
            ..submission.sections[1].clone()
        });
        let written = write(&submission, Mode::Final, Utc::now(), &Keys).unwrap();
        let document = part(&written.bytes, "word/document.xml").unwrap();
        assert!(document.contains("<w:endnoteReference "), "endnotes");
        assert!(!document.contains("<w:footnoteReference "));
        let endnotes = part(&written.bytes, "word/endnotes.xml").unwrap();
        assert!(endnotes.contains("<w:endnoteRef/>"));
        assert!(endnotes.contains("Monitoring."));
        assert_eq!(written.notes, 1);
        // The summary and the one body paragraph; the annex's two are not numbered.
        assert_eq!(written.numbered_paragraphs, 2);
        assert_eq!(
            document.matches("<w:numId w:val=\"1\" />").count()
                + document.matches("<w:numId w:val=\"1\"/>").count(),
            2
        );
        assert!(document.contains("Case two."));
        let members = document.find("KIBHR").unwrap();
        assert!(members < document.find("Torture persists.").unwrap());
        assert!(
            part(&written.bytes, "word/header1.xml").is_none(),
            "a final file has no draft mark"
        );
        let core = part(&written.bytes, "docProps/core.xml").unwrap();
        assert!(core.contains("<dc:creator>Coalition against torture</dc:creator>"));
    }

    #[test]
    fn control_characters_pasted_from_word_never_reach_the_xml() {
        let mut submission = ready();
        submission.sections[1].title = "Torture\u{b}and ill-treatment".into();
        submission.sections[1].body =
            "Line one\u{b}line two.\u{c}\n\n| a\u{1} |\n|---|\n| b |".into();
        submission.recommendations[0].text = "Ratify\u{b}OP-CAT".into();
        let written = write(&submission, Mode::Final, Utc::now(), &Keys).unwrap();
        let document = part(&written.bytes, "word/document.xml").unwrap();
        assert!(
            !document
                .chars()
                .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')),
            "control characters in document.xml"
        );
        assert!(document.contains("Line oneline two."));
    }

    #[test]
    fn a_draft_is_marked_on_every_page() {
        let written = write(&ready(), Mode::Draft, Utc::now(), &Keys).unwrap();
        let header = part(&written.bytes, "word/header1.xml").unwrap();
        assert!(header.contains("docx-draft"), "{header}");
        let document = part(&written.bytes, "word/document.xml").unwrap();
        assert!(document.contains("headerReference"));
    }
}
