//! Counting words the way a word processor counts the rendered text: whitespace-separated
//! tokens of what a reader sees, so Markdown syntax (`#`, `**`, link targets, footnote markers)
//! never counts, and footnote texts are counted apart as notes.

use comrak::{Arena, arena_tree::NodeEdge, nodes::NodeValue, parse_document};

use crate::markdown::options;

/// The words of a text: body and footnotes apart, as the UN's limits may count either.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordCount {
    pub body: i64,
    pub notes: i64,
}

impl WordCount {
    /// Body and notes together.
    pub fn total(self) -> i64 {
        self.body + self.notes
    }
}

/// The words of `markdown`: body and footnote texts apart. Image descriptions and raw HTML
/// (never rendered) do not count.
pub fn count(markdown: &str) -> WordCount {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    let mut body = String::new();
    let mut notes = String::new();
    let mut note_depth = 0usize;
    let mut image_depth = 0usize;
    for edge in root.traverse() {
        let (node, starts) = match edge {
            NodeEdge::Start(node) => (node, true),
            NodeEdge::End(node) => (node, false),
        };
        let data = node.data();
        let value = &data.value;
        match value {
            NodeValue::FootnoteDefinition(_) if starts => note_depth += 1,
            NodeValue::FootnoteDefinition(_) => note_depth = note_depth.saturating_sub(1),
            NodeValue::Image(_) if starts => image_depth += 1,
            NodeValue::Image(_) => image_depth = image_depth.saturating_sub(1),
            _ => {}
        }
        let text = if note_depth > 0 {
            &mut notes
        } else {
            &mut body
        };
        if image_depth > 0 && !matches!(value, NodeValue::Image(_)) {
            continue;
        }
        match value {
            NodeValue::Text(t) if starts => text.push_str(t),
            NodeValue::Code(code) if starts => text.push_str(&code.literal),
            NodeValue::CodeBlock(code) if starts => {
                text.push(' ');
                text.push_str(&code.literal);
            }
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            // Block boundaries separate words; so does a footnote marker's end.
            v if v.block() => text.push(' '),
            _ => {}
        }
    }
    WordCount {
        body: tokens(&body),
        notes: tokens(&notes),
    }
}

fn tokens(text: &str) -> i64 {
    i64::try_from(text.split_whitespace().count()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::{WordCount, count};

    fn body(markdown: &str) -> i64 {
        count(markdown).body
    }

    #[test]
    fn plain_words_are_whitespace_separated_tokens() {
        assert_eq!(body("The State party should"), 4);
        assert_eq!(body(""), 0);
        assert_eq!(body("   \n\n  "), 0);
    }

    #[test]
    fn punctuation_hyphens_and_numbers_count_like_a_word_processor() {
        // A hyphenated compound is one word; a spaced dash is a token of its own.
        assert_eq!(body("State-party obligations"), 2);
        assert_eq!(body("torture — and ill-treatment"), 4);
        assert_eq!(body("In 2,815 words, 10.5% (or so)."), 6);
        assert_eq!(body("Article 14(3)(d) applies"), 3);
        assert_eq!(body("\"Quoted,\" she said…"), 3);
    }

    #[test]
    fn cyrillic_and_kazakh_letters_are_words() {
        assert_eq!(body("  Государство-участник  должно\nобеспечить "), 3);
        assert_eq!(body("Мемлекет — қатысушы"), 3);
        assert_eq!(body("Қазақстан Республикасы азаматтарының құқықтары"), 4);
        assert_eq!(body("**Үкімет** _міндетті_"), 2);
    }

    #[test]
    fn markdown_syntax_does_not_count() {
        assert_eq!(body("# Article 7"), 2);
        assert_eq!(body("**Bold** and *emphasis* and ~~gone~~"), 5);
        assert_eq!(body("un**believ**able"), 1);
        assert_eq!(body("See [the report](https://example.org/a/b)."), 3);
        assert_eq!(body("- one\n- two\n\n1. three"), 3);
        assert_eq!(body("> quoted words here"), 3);
        assert_eq!(body("---\n\nafter"), 1);
        assert_eq!(body("`code span` stays"), 3);
        assert_eq!(body("![a long image description](x.png) caption"), 1);
        assert_eq!(body("<b>raw</b> html"), 2);
    }

    #[test]
    fn paragraphs_and_cells_do_not_glue_words_together() {
        assert_eq!(body("end\n\nstart"), 2);
        assert_eq!(body("line\nbreak"), 2);
        assert_eq!(body("| a | b |\n|---|---|\n| one two | three |"), 5);
        assert_eq!(body("# Heading\nText"), 2);
    }

    #[test]
    fn footnotes_count_as_notes_and_markers_not_at_all() {
        let counted = count(
            "Detainees were beaten.[^1] Lawyers were refused.[^2]\n\n\
             [^1]: Interview with a former detainee, Almaty, 2024.\n\
             [^2]: Report of the ombudsman, para. 12.",
        );
        assert_eq!(counted, WordCount { body: 6, notes: 13 });
        assert_eq!(counted.total(), 19);
        // An unmatched marker is plain text.
        assert_eq!(body("text[^9]"), 1);
    }
}
