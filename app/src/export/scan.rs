//! What the pre-submission check looks for in a section's Markdown: its notes (references
//! without a note, notes never referred to, empty notes), images (not exported), ordered lists
//! that start past 1 (typed paragraph numbers that would break the automatic numbering).

use std::collections::BTreeSet;

use comrak::{Arena, nodes::NodeValue, parse_document};
use shadowdesk_text::markdown::options;

/// What one section's Markdown holds that the check cares about.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Scan {
    /// `[^name]` written where no note `name` exists.
    pub missing_notes: Vec<String>,
    /// Notes defined but never referred to.
    pub unused_notes: Vec<String>,
    /// Notes with no text.
    pub empty_notes: Vec<String>,
    pub images: usize,
    /// The first number of each top-level ordered list that does not start at 1.
    pub typed_numbers: Vec<usize>,
}

/// Scans `markdown`.
pub fn scan(markdown: &str) -> Scan {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    let mut found = Scan::default();
    let mut referenced = BTreeSet::new();
    for node in root.descendants() {
        match &node.data().value {
            NodeValue::FootnoteReference(r) => {
                referenced.insert(r.name.to_lowercase());
            }
            NodeValue::FootnoteDefinition(d) => {
                let has_text = node.descendants().any(|n| match &n.data().value {
                    NodeValue::Text(t) => !t.trim().is_empty(),
                    NodeValue::Code(_) | NodeValue::CodeBlock(_) | NodeValue::Link(_) => true,
                    _ => false,
                });
                if !has_text {
                    found.empty_notes.push(d.name.clone());
                }
            }
            NodeValue::Text(t) => {
                // An undefined reference stays as its literal text.
                let mut rest = t.as_ref();
                while let Some(at) = rest.find("[^") {
                    rest = &rest[at + 2..];
                    if let Some(end) = rest.find(']') {
                        let name = &rest[..end];
                        if !name.is_empty() && !name.contains(char::is_whitespace) {
                            found.missing_notes.push(name.to_string());
                        }
                    }
                }
            }
            NodeValue::Image(_) => found.images += 1,
            NodeValue::List(list)
                if list.list_type == comrak::nodes::ListType::Ordered
                    && list.start != 1
                    && node
                        .parent()
                        .is_some_and(|p| matches!(p.data().value, NodeValue::Document)) =>
            {
                found.typed_numbers.push(list.start);
            }
            _ => {}
        }
    }
    // Notes the parser dropped because nothing refers to them are still in the source.
    for line in markdown.lines() {
        let line = line.trim_start();
        if let Some(rest) = line.strip_prefix("[^")
            && let Some((name, _)) = rest.split_once("]:")
            && !name.is_empty()
            && !referenced.contains(&name.to_lowercase())
            && !found.unused_notes.contains(&name.to_string())
        {
            found.unused_notes.push(name.to_string());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[test]
    fn broken_unused_and_empty_notes_are_found() {
        let found = scan(
            "Text.[^1] More.[^gone] Empty.[^e]\n\n[^1]: A note.\n\n[^e]:\n\n[^spare]: Never cited.",
        );
        assert_eq!(found.missing_notes, ["gone"]);
        assert_eq!(found.unused_notes, ["spare"]);
        assert_eq!(found.empty_notes, ["e"]);
    }

    #[test]
    fn a_clean_section_has_nothing_to_report() {
        let found =
            scan("# Heading\n\nText.[^1]\n\n- a\n- b\n\n1. first\n2. second\n\n[^1]: Note.");
        assert_eq!(found, Default::default());
    }

    #[test]
    fn typed_paragraph_numbers_and_images_are_found() {
        let found = scan("12. The State should\n\n13. It should also\n\n![map](x.png)");
        assert_eq!(found.typed_numbers, [12]);
        assert_eq!(found.images, 1);
    }
}
