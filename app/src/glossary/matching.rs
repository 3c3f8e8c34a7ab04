//! Finding a glossary term in a text, through the endings Russian and Kazakh put on its words
//! ("национального превентивного механизма" uses "национальный превентивный механизм").

/// The words of `text`, lower-cased, with their byte ranges; hyphens separate words.
fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, i, text[s..i].to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len(), text[s..].to_lowercase()));
    }
    words
}

/// Whether `found` is a form of the term's word `word`: a short word with at most two letters
/// added, a longer one keeping all but its last three letters (at least four) and not more
/// than four letters longer.
fn is_form_of(found: &str, word: &str) -> bool {
    let (found_len, len) = (found.chars().count(), word.chars().count());
    if len <= 4 {
        return found.starts_with(word) && found_len <= len + 2;
    }
    let stem: String = word.chars().take((len - 3).max(4)).collect();
    found.starts_with(&stem) && found_len <= len + 4
}

/// Where `term` occurs in `text`, as byte ranges, first to last, not overlapping.
pub fn occurrences(text: &str, term: &str) -> Vec<(usize, usize)> {
    let wanted: Vec<String> = words(term).into_iter().map(|w| w.2).collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let found = words(text);
    let mut ranges = Vec::new();
    let mut i = 0;
    while i + wanted.len() <= found.len() {
        let window = &found[i..i + wanted.len()];
        if window.iter().zip(&wanted).all(|(f, w)| is_form_of(&f.2, w)) {
            ranges.push((window[0].0, window[window.len() - 1].1));
            i += wanted.len();
        } else {
            i += 1;
        }
    }
    ranges
}

/// Whether `text` uses `term` in any form.
pub fn uses(text: &str, term: &str) -> bool {
    !occurrences(text, term).is_empty()
}

/// `text` cut into parts, each with the index into `terms` of the term it is (longer terms
/// first where two overlap), or `None` between terms.
pub fn mark(text: &str, terms: &[&str]) -> Vec<(String, Option<usize>)> {
    let mut found: Vec<(usize, usize, usize)> = terms
        .iter()
        .enumerate()
        .flat_map(|(index, term)| {
            occurrences(text, term)
                .into_iter()
                .map(move |(start, end)| (start, end, index))
        })
        .collect();
    found.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));
    let mut parts = Vec::new();
    let mut at = 0;
    for (start, end, index) in found {
        if start < at {
            continue;
        }
        if start > at {
            parts.push((text[at..start].to_string(), None));
        }
        parts.push((text[start..end].to_string(), Some(index)));
        at = end;
    }
    if at < text.len() || parts.is_empty() {
        parts.push((text[at..].to_string(), None));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_russian_and_kazakh_forms_count_as_the_term() {
        let term = "национальный превентивный механизм";
        assert!(uses(
            "Мандат национального превентивного механизма ограничен.",
            term
        ));
        assert!(uses("О НАЦИОНАЛЬНОМ ПРЕВЕНТИВНОМ МЕХАНИЗМЕ", term));
        assert!(!uses("Национальный механизм превентивный.", term));
        assert!(uses(
            "Ұлттық алдын алу тетігінің мандаты",
            "ұлттық алдын алу тетігі"
        ));
        assert!(uses("Сообщения о пытках", "пытки"));
        assert!(uses("ill-treatment in custody", "ill-treatment"));
        assert!(!uses("Concluding remarks", "concluding observations"));
        assert!(!uses("", "torture"));
        assert!(!uses("torture", ""));
    }

    #[test]
    fn marks_each_term_once_longest_first() {
        let parts = mark(
            "The State party ignored the list of issues and the State party's reply.",
            &["list of issues", "State party", "issues"],
        );
        let marked: Vec<(&str, Option<usize>)> =
            parts.iter().map(|(t, i)| (t.as_str(), *i)).collect();
        assert_eq!(
            marked,
            [
                ("The ", None),
                ("State party", Some(1)),
                (" ignored the ", None),
                ("list of issues", Some(0)),
                (" and the ", None),
                ("State party", Some(1)),
                ("'s reply.", None),
            ]
        );
        assert_eq!(mark("plain", &["torture"]), [("plain".to_string(), None)]);
        assert_eq!(mark("", &["torture"]), [(String::new(), None)]);
    }
}
