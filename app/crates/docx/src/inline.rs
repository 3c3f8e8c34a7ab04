//! A paragraph's inline Markdown (text, emphasis, code, links, line breaks, note references)
//! flattened into spans that both the body writer (docx-rs runs) and the notes writer (XML)
//! turn into Word runs.

use comrak::nodes::{AstNode, NodeValue};

/// Direct formatting of a span.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Format {
    pub bold: bool,
    pub italic: bool,
    pub strike: bool,
    pub code: bool,
    pub superscript: bool,
}

/// One piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Text {
        text: String,
        format: Format,
        /// An `http(s):` or `mailto:` target; other targets are dropped, the text kept.
        link: Option<String>,
    },
    LineBreak,
    /// A reference to the note with this footnote name (of the current section).
    NoteRef(String),
}

/// Whether `url` may become a live link in the file.
pub fn safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// The spans of `node`'s inline children.
pub fn spans<'a>(node: &'a AstNode<'a>) -> Vec<Span> {
    let mut out = Vec::new();
    for child in node.children() {
        collect(child, Format::default(), None, &mut out);
    }
    merge_adjacent(out)
}

fn collect<'a>(node: &'a AstNode<'a>, format: Format, link: Option<&str>, out: &mut Vec<Span>) {
    let text = |out: &mut Vec<Span>, text: &str, format: Format| {
        out.push(Span::Text {
            text: text.to_string(),
            format,
            link: link.map(str::to_string),
        });
    };
    let value = node.data().value.clone();
    let inner = |format: Format, link: Option<&str>, out: &mut Vec<Span>| {
        for child in node.children() {
            collect(child, format, link, out);
        }
    };
    match value {
        NodeValue::Text(t) => text(out, &t, format),
        NodeValue::Code(code) => text(
            out,
            &code.literal,
            Format {
                code: true,
                ..format
            },
        ),
        NodeValue::SoftBreak => text(out, " ", format),
        NodeValue::LineBreak => out.push(Span::LineBreak),
        NodeValue::Emph => inner(
            Format {
                italic: true,
                ..format
            },
            link,
            out,
        ),
        NodeValue::Strong => inner(
            Format {
                bold: true,
                ..format
            },
            link,
            out,
        ),
        NodeValue::Strikethrough => inner(
            Format {
                strike: true,
                ..format
            },
            link,
            out,
        ),
        NodeValue::Superscript => inner(
            Format {
                superscript: true,
                ..format
            },
            link,
            out,
        ),
        NodeValue::Link(l) => {
            let target = safe_link(&l.url).then_some(l.url.as_str());
            inner(format, target.or(link), out);
        }
        // Images are not exported (the check says so); their description stays as text.
        NodeValue::Image(_) => inner(format, link, out),
        NodeValue::FootnoteReference(r) => out.push(Span::NoteRef(r.name.clone())),
        // Raw HTML never leaves: the preview drops it too.
        NodeValue::HtmlInline(_) => {}
        _ => inner(format, link, out),
    }
}

/// Joins neighbouring text spans of the same formatting and link into one.
fn merge_adjacent(spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        if let (
            Some(Span::Text {
                text: last,
                format: f1,
                link: l1,
            }),
            Span::Text {
                text,
                format: f2,
                link: l2,
            },
        ) = (out.last_mut(), &span)
            && *f1 == *f2
            && *l1 == *l2
        {
            last.push_str(text);
            continue;
        }
        out.push(span);
    }
    out
}

/// The plain text of `spans`, to tell their language.
pub fn plain(spans: &[Span]) -> String {
    let mut text = String::new();
    for span in spans {
        if let Span::Text { text: t, .. } = span {
            text.push_str(t);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use comrak::{Arena, parse_document};

    use super::*;
    use shadowdesk_text::markdown::options;

    fn first_paragraph(markdown: &str) -> Vec<Span> {
        let arena = Arena::new();
        let root = parse_document(&arena, markdown, &options());
        spans(root.first_child().unwrap())
    }

    #[test]
    fn emphasis_links_and_notes_become_spans() {
        let found = first_paragraph(
            "The **State _party_** [must](https://ohchr.org) act[^1] <b>x</b> [no](javascript:alert(1)).\n\n[^1]: n",
        );
        let text = |t: &str, bold, italic, link: Option<&str>| Span::Text {
            text: t.into(),
            format: Format {
                bold,
                italic,
                ..Format::default()
            },
            link: link.map(str::to_string),
        };
        assert_eq!(
            found,
            [
                text("The ", false, false, None),
                text("State ", true, false, None),
                text("party", true, true, None),
                text(" ", false, false, None),
                text("must", false, false, Some("https://ohchr.org")),
                text(" act", false, false, None),
                Span::NoteRef("1".into()),
                text(" x no.", false, false, None),
            ]
        );
    }
}
