//! The front matter a profile asks for: the cover or title block (mechanism, treaty, session,
//! State, type of submission, date), the coalition's members, its description, the lead
//! organisation's contact, keywords, the publication or confidentiality statement and the
//! table of contents.

use docx_rs::{BreakType, InstrText, InstrToC, Paragraph, Run};

use crate::{
    body::{Block, BodyWriter},
    submission::{Publication, Submission},
    texts::Texts,
};

fn page_break() -> Block {
    Block::Paragraph(Box::new(
        Paragraph::new().add_run(Run::new().add_break(BreakType::Page)),
    ))
}

/// Writes the front matter of `submission`.
pub fn write(writer: &mut BodyWriter, submission: &Submission, texts: &dyn Texts) {
    let cover = submission.wants("cover");
    writer.plain("Title", &submission.title);
    let body = texts.body(&submission.mechanism);
    writer.plain(
        "Subtitle",
        &if submission.mechanism == "UPR" {
            submission.submission_type.clone()
        } else {
            texts.with("docx-submitted-to", "body", &body)
        },
    );
    if let Some(treaty) = texts.treaty(&submission.mechanism) {
        writer.plain("Subtitle", &treaty);
    }
    if let Some(session) = submission
        .session
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        writer.plain("Subtitle", session);
    }
    writer.plain(
        "Subtitle",
        &texts.with("docx-state", "state", &submission.state_under_review),
    );
    if submission.mechanism != "UPR" {
        writer.plain(
            "Subtitle",
            &texts.with("docx-type", "kind", &submission.submission_type),
        );
    }
    writer.plain(
        "Subtitle",
        &texts.with("docx-by", "coalition", &submission.coalition),
    );
    writer.plain("Subtitle", &texts.month_year(submission.today));

    if (submission.wants("coalition_members") || cover) && !submission.members.is_empty() {
        writer.heading(1, &texts.get("docx-members"));
        for member in &submission.members {
            writer.plain("ListParagraph", member);
        }
    }
    if submission.wants("coalition_description")
        && !submission.coalition_description.trim().is_empty()
    {
        writer.heading(1, &texts.get("docx-about"));
        writer.markdown(&submission.coalition_description, 1, false);
    }
    if let Some(contact) = &submission.contact {
        let mut parts = vec![contact.name.clone()];
        parts.extend(contact.email.iter().cloned());
        parts.extend(contact.website.iter().cloned());
        writer.plain(
            "BodyText",
            &texts.with("docx-contact", "contact", &parts.join(", ")),
        );
    }
    if submission.wants("keywords") && !submission.keywords.is_empty() {
        writer.plain(
            "BodyText",
            &texts.with("docx-keywords", "keywords", &submission.keywords.join(", ")),
        );
    }
    match submission.publication {
        Publication::Public => writer.plain("BodyText", &texts.get("docx-public")),
        Publication::Confidential => {
            writer.plain("BodyText", &texts.with("docx-confidential", "body", &body));
        }
        Publication::Undecided => {}
    }
    if cover {
        writer.push(page_break());
    }
}

/// A table-of-contents field over headings 1–3 that Word fills on open (fields are marked
/// to update), with the headings already listed for readers that do not update fields.
pub fn table_of_contents(headings: &[(usize, String)], texts: &dyn Texts) -> Vec<Block> {
    let mut blocks = vec![Block::Paragraph(Box::new(
        Paragraph::new()
            .style("TOCHeading")
            .add_run(Run::new().add_text(texts.get("docx-contents"))),
    ))];
    let field = Run::new()
        .add_field_char(docx_rs::FieldCharType::Begin, true)
        .add_instr_text(InstrText::TOC(
            InstrToC::new().heading_styles_range(1, 3).hyperlink(),
        ))
        .add_field_char(docx_rs::FieldCharType::Separate, false);
    let entries: Vec<&(usize, String)> = headings.iter().filter(|(l, _)| *l <= 3).collect();
    if entries.is_empty() {
        blocks.push(Block::Paragraph(Box::new(
            Paragraph::new()
                .style("TOC1")
                .add_run(field)
                .add_run(Run::new().add_field_char(docx_rs::FieldCharType::End, false)),
        )));
        return blocks;
    }
    let last = entries.len() - 1;
    let mut field = Some(field);
    for (i, (level, title)) in entries.into_iter().enumerate() {
        let mut paragraph = Paragraph::new().style(&format!("TOC{level}"));
        if let Some(begin) = field.take() {
            paragraph = paragraph.add_run(begin);
        }
        paragraph = paragraph.add_run(Run::new().add_text(super::parts::clean(title)));
        if i == last {
            paragraph =
                paragraph.add_run(Run::new().add_field_char(docx_rs::FieldCharType::End, false));
        }
        blocks.push(Block::Paragraph(Box::new(paragraph)));
    }
    blocks.push(page_break());
    blocks
}
