//! Lining a translation up with its section's text: the section's paragraphs with those new or
//! changed since the translation was made, and the footnotes the section refers to that the
//! translation does not (server only).

/// The paragraphs of a Markdown text (separated by blank lines), trimmed, empty ones left out.
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Each paragraph of `now`, and whether it is new or changed since `before` (`None`: nothing
/// to compare with, so nothing is marked).
pub fn changed_paragraphs(before: Option<&str>, now: &str) -> Vec<(String, bool)> {
    let earlier: Vec<&str> = before.map(paragraphs).unwrap_or_default();
    paragraphs(now)
        .into_iter()
        .map(|p| (p.to_string(), before.is_some() && !earlier.contains(&p)))
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
    fn note_references_leave_out_definitions_and_repeats() {
        let text = "Lawyers were denied access.[^1] Again[^1], and[^src].\n\n\
                    [^1]: Monitoring reports, 2026.\n[^src]: Interviews.";
        assert_eq!(note_references(text), ["1", "src"]);
        assert_eq!(missing_notes(text, "Адвокатам отказывали.[^1]"), ["src"]);
        assert!(missing_notes(text, "[^1] [^src]").is_empty());
        assert!(note_references("No notes [^] here [^ unclosed").is_empty());
    }
}
