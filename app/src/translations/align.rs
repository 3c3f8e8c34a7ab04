//! Lining a translation up with its section's text: both cut into the same units —
//! paragraphs (separated by blank lines), each footnote definition on its own — the section's
//! units new or changed since the translation was made, and the footnotes the section refers
//! to that the translation does not (server only).

/// Whether `line` starts a footnote definition (`[^label]:`).
fn starts_note(line: &str) -> bool {
    line.strip_prefix("[^")
        .and_then(|rest| {
            rest.find("]:")
                .map(|end| end > 0 && !rest[..end].contains(']'))
        })
        .unwrap_or(false)
}

/// `block` cut before every line that starts a footnote definition, trimmed.
fn cut_at_notes(block: &str) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in block.lines() {
        if starts_note(line) && !current.trim().is_empty() {
            units.push(current.trim().to_string());
            current.clear();
        }
        if !current.is_empty() {
            current.push('\n');
        }
        current.push_str(line);
    }
    units.push(current.trim().to_string());
    units
}

/// The units of a Markdown text, trimmed, in order, empty ones left out.
pub fn paragraphs(text: &str) -> Vec<String> {
    aligned(text)
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect()
}

/// The units of a translation as the side-by-side editor keeps them: like [`paragraphs`],
/// but an empty unit between two others (a paragraph not translated yet, saved as an extra
/// blank line) keeps its place, so every unit stays beside the one it translates.
pub fn aligned(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    if text.trim().is_empty() {
        return Vec::new();
    }
    text.trim_end()
        .split("\n\n")
        .flat_map(cut_at_notes)
        .collect()
}

/// Units written back as one text, the empty ones between others kept as blank lines.
pub fn joined(units: &[String]) -> String {
    let end = units
        .iter()
        .rposition(|u| !u.trim().is_empty())
        .map_or(0, |last| last + 1);
    units[..end]
        .iter()
        .map(|u| u.trim().replace("\r\n", "\n"))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Each unit of `now`, and whether it is new or changed since `before` (`None`: nothing to
/// compare with, so nothing is marked).
pub fn changed_paragraphs(before: Option<&str>, now: &str) -> Vec<(String, bool)> {
    let earlier: Vec<String> = before.map(paragraphs).unwrap_or_default();
    paragraphs(now)
        .into_iter()
        .map(|p| {
            let changed = before.is_some() && !earlier.contains(&p);
            (p, changed)
        })
        .collect()
}

/// The footnote labels `text` refers to (`[^label]`), in the order of their first reference;
/// a note's own definition (`[^label]:` at the start of a line) is not a reference.
pub fn note_references(text: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        let mut at_start = true;
        while let Some(start) = rest.find("[^") {
            let after = &rest[start + 2..];
            let Some(end) = after.find(']') else {
                break;
            };
            let label = &after[..end];
            let definition =
                at_start && rest[..start].trim().is_empty() && after[end + 1..].starts_with(':');
            if !label.is_empty() && !definition && !found.iter().any(|f| f == label) {
                found.push(label.to_string());
            }
            rest = &after[end + 1..];
            at_start = false;
        }
    }
    found
}

/// The footnotes `source` refers to that `translation` does not.
pub fn missing_notes(source: &str, translation: &str) -> Vec<String> {
    let translated = note_references(translation);
    note_references(source)
        .into_iter()
        .filter(|label| !translated.contains(label))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_and_changed_paragraphs_are_marked() {
        let before = "First.\n\nSecond.\n\nThird.";
        let now = "First.\n\nSecond, changed.\n\nThird.\n\nFourth.";
        assert_eq!(
            changed_paragraphs(Some(before), now),
            [
                ("First.".to_string(), false),
                ("Second, changed.".to_string(), true),
                ("Third.".to_string(), false),
                ("Fourth.".to_string(), true),
            ]
        );
        assert!(changed_paragraphs(None, now).iter().all(|(_, c)| !c));
    }

    #[test]
    fn footnote_definitions_are_units_of_their_own() {
        let text = "Text.[^1]\n\n[^1]: First note.\n[^2]: Second note,\n    continued.";
        assert_eq!(
            paragraphs(text),
            [
                "Text.[^1]",
                "[^1]: First note.",
                "[^2]: Second note,\n    continued."
            ]
        );
        assert_eq!(
            paragraphs("A [^x] in a line.\n[^]: not a note"),
            ["A [^x] in a line.\n[^]: not a note"]
        );
    }

    #[test]
    fn untranslated_paragraphs_keep_their_place_through_a_save() {
        let units = ["Один.", "", "Три.", "", ""].map(String::from);
        let text = joined(&units);
        assert_eq!(text, "Один.\n\n\n\nТри.");
        assert_eq!(aligned(&text), ["Один.", "", "Три."]);
        assert_eq!(paragraphs(&text), ["Один.", "Три."]);
        assert!(aligned("  \n\n ").is_empty());
        let first_left = joined(&["", "Два."].map(String::from));
        assert_eq!(aligned(&first_left), ["", "Два."]);
        assert_eq!(joined(&[" A \r\nb ".to_string()]), "A \nb");
    }

    #[test]
    fn note_references_leave_out_definitions_and_repeats() {
        let text = "Lawyers were denied access.[^1] Again[^1], and[^src].\n\n\
                    [^1]: Monitoring reports, 2026.\n[^src]: Interviews.";
        assert_eq!(note_references(text), ["1", "src"]);
        assert_eq!(missing_notes(text, "Адвокатам отказывали.[^1]"), ["src"]);
        assert!(missing_notes(text, "[^1] [^src]").is_empty());
        assert!(note_references("No notes [^] here [^ unclosed").is_empty());
    }
}
