//! The notes part, written here rather than by docx-rs so that each note carries its own
//! number mark and the separators Word expects, and so that endnotes (which docx-rs does not
//! write) are the same code: `word/footnotes.xml` or `word/endnotes.xml`.

use super::{
    body::Note,
    inline::Span,
    parts::{NS, escape},
};
use crate::submission::NotePlacement;

/// The element names of one placement.
pub struct NoteNames {
    pub root: &'static str,
    pub note: &'static str,
    pub mark: &'static str,
    pub text_style: &'static str,
    pub reference_style: &'static str,
}

/// The names for footnotes or endnotes.
pub fn names(placement: NotePlacement) -> NoteNames {
    match placement {
        NotePlacement::Footnotes => NoteNames {
            root: "w:footnotes",
            note: "w:footnote",
            mark: "w:footnoteRef",
            text_style: "FootnoteText",
            reference_style: "FootnoteReference",
        },
        NotePlacement::Endnotes => NoteNames {
            root: "w:endnotes",
            note: "w:endnote",
            mark: "w:endnoteRef",
            text_style: "EndnoteText",
            reference_style: "EndnoteReference",
        },
    }
}

/// The notes part holding `notes`. Links in notes are written out as their address after
/// the text (notes are where UN documents print sources in full).
pub fn part(notes: &[Note], placement: NotePlacement, default_lang: crate::lang::Lang) -> String {
    let n = names(placement);
    let mut xml = String::with_capacity(256 + notes.len() * 400);
    xml.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#);
    xml.push_str(&format!("<{} {NS}>", n.root));
    for (id, kind, mark) in [
        ("-1", "separator", "<w:separator/>"),
        ("0", "continuationSeparator", "<w:continuationSeparator/>"),
    ] {
        xml.push_str(&format!(
            r#"<{note} w:type="{kind}" w:id="{id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>{mark}</w:r></w:p></{note}>"#,
            note = n.note
        ));
    }
    for note in notes {
        xml.push_str(&format!(r#"<{} w:id="{}">"#, n.note, note.id));
        let lang_style = (note.lang != default_lang).then(|| note.lang.style_id());
        let paragraphs: &[Vec<Span>] = if note.paragraphs.is_empty() {
            &[Vec::new()]
        } else {
            &note.paragraphs
        };
        for (i, spans) in paragraphs.iter().enumerate() {
            xml.push_str(&format!(
                r#"<w:p><w:pPr><w:pStyle w:val="{}"/></w:pPr>"#,
                n.text_style
            ));
            if i == 0 {
                xml.push_str(&format!(
                    r#"<w:r><w:rPr><w:rStyle w:val="{}"/></w:rPr><{}/></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>"#,
                    n.reference_style, n.mark
                ));
            }
            for span in spans {
                match span {
                    Span::Text { text, format, link } => {
                        run(&mut xml, text, format, lang_style);
                        if let Some(url) = link
                            && url.trim_start_matches("mailto:") != text.trim()
                        {
                            run(&mut xml, &format!(" ({url})"), &Default::default(), None);
                        }
                    }
                    Span::LineBreak => xml.push_str("<w:r><w:br/></w:r>"),
                    Span::NoteRef(_) => {}
                }
            }
            xml.push_str("</w:p>");
        }
        xml.push_str(&format!("</{}>", n.note));
    }
    xml.push_str(&format!("</{}>", n.root));
    xml
}

fn run(xml: &mut String, text: &str, format: &super::inline::Format, lang_style: Option<&str>) {
    xml.push_str("<w:r>");
    let mut props = String::new();
    if let Some(style) = lang_style {
        props.push_str(&format!(r#"<w:rStyle w:val="{style}"/>"#));
    }
    if format.code {
        props.push_str(
            r#"<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>"#,
        );
    }
    if format.bold {
        props.push_str("<w:b/>");
    }
    if format.italic {
        props.push_str("<w:i/>");
    }
    if format.strike {
        props.push_str("<w:strike/>");
    }
    if format.superscript {
        props.push_str(r#"<w:vertAlign w:val="superscript"/>"#);
    }
    if !props.is_empty() {
        xml.push_str("<w:rPr>");
        xml.push_str(&props);
        xml.push_str("</w:rPr>");
    }
    xml.push_str(r#"<w:t xml:space="preserve">"#);
    xml.push_str(&escape(text));
    xml.push_str("</w:t></w:r>");
}
