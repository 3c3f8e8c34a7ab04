//! Which section of a report each section of a translated file translates: a heading that
//! starts with a number ("2.", "2.1", "IV.") goes to the section whose own title starts with
//! that number or, where the report's titles carry none, to the section at that place in the
//! outline; any other heading goes to the next section after the last one matched.

/// A section of the report as the matching sees it.
#[derive(Clone, Copy, Debug)]
pub struct Outlined<'a> {
    /// Its place in the outline (`2`, `2.1`).
    pub number: &'a str,
    pub title: &'a str,
}

fn is_roman(token: &str) -> bool {
    !token.is_empty() && token.chars().all(|c| "IVXLC".contains(c))
}

/// The number `title` starts with, normalised (`2.1.` → `2.1`, `IV)` → `IV`): digits and
/// dots, or a Roman numeral followed by `.` or `)`.
pub fn leading_number(title: &str) -> Option<String> {
    let token = title.split_whitespace().next()?;
    let closed = token.ends_with(['.', ')', ':']);
    let number = token.trim_end_matches(['.', ')', ':']);
    let digits = !number.is_empty()
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.chars().all(|c| c.is_ascii_digit() || c == '.');
    if digits {
        let parts: Vec<&str> = number.split('.').filter(|p| !p.is_empty()).collect();
        return Some(parts.join("."));
    }
    (closed && is_roman(number)).then(|| number.to_string())
}

/// `title` without the number it starts with (see [`leading_number`]).
pub fn without_number(title: &str) -> &str {
    match leading_number(title) {
        Some(_) => title
            .trim_start()
            .split_once(char::is_whitespace)
            .map_or("", |(_, rest)| rest.trim_start()),
        None => title,
    }
}

/// Whether the report's own titles start with numbers (the file's numbers are then theirs;
/// otherwise they are places in the outline, which the report's titles leave out).
pub fn numbered(outline: &[Outlined]) -> bool {
    outline.iter().any(|o| leading_number(o.title).is_some())
}

/// For each heading of `imported`, in order, the index into `outline` (the report's sections
/// in reading order) of the section it translates; `None` when none is left for it.
pub fn pair(outline: &[Outlined], imported: &[&str]) -> Vec<Option<usize>> {
    let titled = numbered(outline);
    let keys: Vec<Option<String>> = outline
        .iter()
        .map(|o| {
            if titled {
                leading_number(o.title)
            } else {
                Some(o.number.to_string())
            }
        })
        .collect();
    let mut used = vec![false; outline.len()];
    let mut next = 0;
    imported
        .iter()
        .map(|title| {
            let by_number = leading_number(title).and_then(|number| {
                (0..outline.len()).find(|&j| !used[j] && keys[j].as_deref() == Some(&number))
            });
            let found = by_number.or_else(|| (next..outline.len()).find(|&j| !used[j]));
            if let Some(j) = found {
                used[j] = true;
                next = j + 1;
            }
            found
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline<'a>(rows: &'a [(&'a str, &'a str)]) -> Vec<Outlined<'a>> {
        rows.iter()
            .map(|&(number, title)| Outlined { number, title })
            .collect()
    }

    #[test]
    fn leading_numbers_are_read_in_their_usual_shapes() {
        assert_eq!(leading_number("2. Введение").as_deref(), Some("2"));
        assert_eq!(leading_number("2.1. Право").as_deref(), Some("2.1"));
        assert_eq!(leading_number("3) Свобода").as_deref(), Some("3"));
        assert_eq!(leading_number("IV. Conclusions").as_deref(), Some("IV"));
        assert_eq!(leading_number("I am a title"), None);
        assert_eq!(leading_number("Введение"), None);
        assert_eq!(leading_number("Право (ст. 14)"), None);
        assert_eq!(without_number("2.1. Право"), "Право");
        assert_eq!(without_number("Право"), "Право");
    }

    #[test]
    fn unnumbered_headings_go_in_order() {
        let report = outline(&[("1", "Introduction"), ("2", "Torture"), ("3", "Fair trial")]);
        assert_eq!(
            pair(
                &report,
                &["Введение", "Пытки", "Справедливый суд", "Лишний"]
            ),
            [Some(0), Some(1), Some(2), None]
        );
    }

    #[test]
    fn numbered_headings_go_to_their_place_and_the_rest_follow_them() {
        let report = outline(&[
            ("1", "Introduction"),
            ("2", "Rights"),
            ("2.1", "Torture"),
            ("2.2", "Fair trial"),
            ("3", "Conclusions"),
        ]);
        // The file leaves out the introduction and numbers its headings by the outline.
        assert_eq!(
            pair(
                &report,
                &["2. Права", "2.1. Пытки", "Справедливый суд", "3. Выводы"]
            ),
            [Some(1), Some(2), Some(3), Some(4)]
        );
    }

    #[test]
    fn numbers_in_the_reports_own_titles_win_over_places() {
        let report = outline(&[
            ("1", "I. Introduction"),
            ("2", "II. Fair trial"),
            ("3", "III. Expression"),
        ]);
        assert_eq!(
            pair(&report, &["III. Выражение", "I. Введение"]),
            [Some(2), Some(0)]
        );
    }
}
