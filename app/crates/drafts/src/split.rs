//! Splitting a Markdown draft into sections at its headings: the shallowest levels become the
//! outline (a lone top heading that titles the whole document is dropped and the others move
//! up), deeper headings stay in the text, and every section keeps the footnote texts it refers
//! to.

use comrak::{
    Arena,
    arena_tree::Node,
    nodes::{Ast, NodeValue},
    parse_document,
};
use shadowdesk_text::markdown::options;
use std::cell::RefCell;

/// How deep an outline may go and how long a title may be: the report's rules, which the
/// caller owns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Heading levels that become sections (the rest stay in the text).
    pub depth: usize,
    /// Characters a title keeps.
    pub title_chars: usize,
}

/// One section found in a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftSection {
    /// 1 to 3.
    pub level: usize,
    pub title: String,
    /// Markdown, with the definitions of the footnotes it cites at its end.
    pub body: String,
}

/// A heading of the draft: its level, title and the lines it spans (1-based, inclusive).
struct Heading {
    level: usize,
    title: String,
    start: usize,
    end: usize,
}

/// A footnote definition: its label and the lines it spans.
struct Note {
    label: String,
    start: usize,
    end: usize,
}

fn text_of<'a>(node: &'a Node<'a, RefCell<Ast>>) -> String {
    let mut text = String::new();
    for descendant in node.descendants() {
        match &descendant.data.borrow().value {
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Code(code) => text.push_str(&code.literal),
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sections of `markdown`; text before the first heading becomes a section titled
/// `preamble_title`. Sections go `limits.depth` levels deep.
pub fn split(markdown: &str, preamble_title: &str, limits: Limits) -> Vec<DraftSection> {
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options());
    let mut headings: Vec<Heading> = Vec::new();
    let mut notes: Vec<Note> = Vec::new();
    for node in root.children() {
        let data = node.data.borrow();
        let (start, end) = (data.sourcepos.start.line, data.sourcepos.end.line);
        match &data.value {
            NodeValue::Heading(heading) => headings.push(Heading {
                level: usize::from(heading.level),
                title: text_of(node),
                start,
                end,
            }),
            NodeValue::FootnoteDefinition(definition) => notes.push(Note {
                label: definition.name.clone(),
                start,
                end,
            }),
            _ => {}
        }
    }
    let lines: Vec<&str> = markdown.lines().collect();
    let in_note = |line: usize| notes.iter().any(|n| (n.start..=n.end).contains(&line));
    let note_text = |note: &Note| lines[note.start - 1..note.end.min(lines.len())].join("\n");
    let body_between = |from: usize, to: usize| -> String {
        // Lines `from..to` (1-based, `to` exclusive), without footnote definitions.
        let kept: Vec<&str> = (from..to)
            .filter(|l| !in_note(*l))
            .filter_map(|l| lines.get(l - 1).copied())
            .collect();
        kept.join("\n").trim_matches('\n').trim_end().to_string()
    };

    // Only the shallowest heading levels make sections; a single top-level heading
    // that comes first titles the document and is left out.
    let mut levels: Vec<usize> = headings.iter().map(|h| h.level).collect();
    levels.sort_unstable();
    levels.dedup();
    let top = levels.first().copied().unwrap_or(1);
    let title_heading = headings.first().is_some_and(|h| h.level == top)
        && headings.iter().filter(|h| h.level == top).count() == 1
        && headings.len() > 1;
    let outline_levels: Vec<usize> = levels
        .iter()
        .copied()
        .filter(|l| !(title_heading && *l == top))
        .take(limits.depth)
        .collect();
    let structural: Vec<&Heading> = headings
        .iter()
        .filter(|h| outline_levels.contains(&h.level))
        .collect();

    let mut sections: Vec<DraftSection> = Vec::new();
    let first_line = structural.first().map_or(lines.len() + 1, |h| h.start);
    let preamble_start = if title_heading {
        headings[0].end + 1
    } else {
        1
    };
    let preamble = body_between(preamble_start, first_line);
    if !preamble.is_empty() {
        sections.push(DraftSection {
            level: 1,
            title: preamble_title.to_string(),
            body: preamble,
        });
    }
    let mut previous_level = 0;
    for (index, heading) in structural.iter().enumerate() {
        let next = structural
            .get(index + 1)
            .map_or(lines.len() + 1, |h| h.start);
        let rank = outline_levels
            .iter()
            .position(|l| *l == heading.level)
            .unwrap_or(0)
            + 1;
        // No level skipped: a jump from 1 to 3 becomes 2.
        let level = rank.min(previous_level + 1).max(1);
        previous_level = level;
        let title: String = if heading.title.is_empty() {
            preamble_title.to_string()
        } else {
            heading.title.chars().take(limits.title_chars).collect()
        };
        sections.push(DraftSection {
            level,
            title,
            body: body_between(heading.end + 1, next),
        });
    }
    // Each section carries the texts of the footnotes it cites, in the order it cites them.
    for section in &mut sections {
        let mut cited: Vec<&Note> = notes
            .iter()
            .filter(|n| section.body.contains(&format!("[^{}]", n.label)))
            .collect();
        cited.sort_by_key(|n| section.body.find(&format!("[^{}]", n.label)));
        for note in cited {
            section.body.push_str("\n\n");
            section.body.push_str(&note_text(note));
        }
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTLINE: Limits = Limits {
        depth: 3,
        title_chars: 200,
    };

    fn shape(sections: &[DraftSection]) -> Vec<(usize, &str)> {
        sections
            .iter()
            .map(|s| (s.level, s.title.as_str()))
            .collect()
    }

    #[test]
    fn headings_become_nested_sections_and_a_document_title_is_dropped() {
        let draft = "# Alternative report on Kazakhstan\n\n\
                     Submitted by the coalition.\n\n\
                     ## Introduction\n\nWho we are.\n\n\
                     ## Article 7\n\n### Police custody\n\nBeatings.\n\n#### Karaganda\n\nDetail.\n\n\
                     ##### Cell 4\n\nMore.\n\n\
                     ### Prisons\n\nOvercrowding.\n\n\
                     ## Recommendations\n\n- Investigate.\n";
        let sections = split(draft, "Preamble", OUTLINE);
        assert_eq!(
            shape(&sections),
            [
                (1, "Preamble"),
                (1, "Introduction"),
                (1, "Article 7"),
                (2, "Police custody"),
                (3, "Karaganda"),
                (2, "Prisons"),
                (1, "Recommendations")
            ]
        );
        assert_eq!(sections[0].body, "Submitted by the coalition.");
        assert_eq!(sections[3].body, "Beatings.");
        // A fourth level under the outline's three stays in its section's text.
        assert_eq!(sections[4].body, "Detail.\n\n##### Cell 4\n\nMore.");
        assert_eq!(sections[6].body, "- Investigate.");
    }

    #[test]
    fn footnotes_follow_the_sections_that_cite_them() {
        let draft = "# One\n\nFirst claim.[^a]\n\n# Two\n\nSecond claim.[^b] Again.[^a]\n\n\
                     [^a]: Source A, 2024.\n[^b]: Source B,\n    continued.\n";
        let sections = split(draft, "Preamble", OUTLINE);
        assert_eq!(shape(&sections), [(1, "One"), (1, "Two")]);
        assert_eq!(
            sections[0].body,
            "First claim.[^a]\n\n[^a]: Source A, 2024."
        );
        assert_eq!(
            sections[1].body,
            "Second claim.[^b] Again.[^a]\n\n[^b]: Source B,\n    continued.\n\n[^a]: Source A, 2024."
        );
    }

    #[test]
    fn tables_lists_and_emphasis_are_kept_as_written() {
        let draft = "## Data\n\n| Year | Cases |\n|---|---|\n| 2024 | 12 |\n\n*Note* **bold**\n\n1. one\n2. two\n## Next\n\nx";
        let sections = split(draft, "Preamble", OUTLINE);
        assert_eq!(
            sections[0].body,
            "| Year | Cases |\n|---|---|\n| 2024 | 12 |\n\n*Note* **bold**\n\n1. one\n2. two"
        );
        assert_eq!(shape(&sections), [(1, "Data"), (1, "Next")]);
    }

    #[test]
    fn a_draft_without_headings_is_one_section_and_skipped_levels_close_up() {
        assert_eq!(
            shape(&split("Just text.", "Draft", OUTLINE)),
            [(1, "Draft")]
        );
        assert!(split("", "Draft", OUTLINE).is_empty());
        let sections = split(
            "# A\n\ntext\n\n### C\n\nmore\n\n# B\n\nend",
            "Preamble",
            OUTLINE,
        );
        assert_eq!(shape(&sections), [(1, "A"), (2, "C"), (1, "B")]);
        // Cyrillic and Kazakh titles survive.
        let sections = split(
            "## Статья 7\n\nтекст\n\n## Қорытынды\n\nсоңы",
            "Кіріспе",
            OUTLINE,
        );
        assert_eq!(shape(&sections), [(1, "Статья 7"), (1, "Қорытынды")]);
    }

    #[test]
    fn the_callers_limits_bound_the_outline_and_the_titles() {
        let draft = "# Article 7\n\na\n\n## B\n\nb\n\n### C\n\nc\n\n# D\n\nd";
        let limits = Limits {
            depth: 2,
            title_chars: 3,
        };
        let sections = split(draft, "Preamble", limits);
        assert_eq!(shape(&sections), [(1, "Art"), (2, "B"), (1, "D")]);
        assert!(sections[1].body.contains("### C"), "{:?}", sections[1].body);
    }
}
