//! Finding personal data of victims, witnesses and sources in a report before it leaves:
//! e-mail addresses, telephone numbers and identity numbers (reprisal risk).

/// What was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Email,
    Phone,
    IdNumber,
}

/// One finding: its kind and the text found, partly masked for display.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    pub masked: String,
}

/// The personal data in `text`, in order of appearance.
pub fn find(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    for token in text.split(|c: char| {
        c.is_whitespace() || matches!(c, '(' | ')' | '<' | '>' | ';' | '"' | '«' | '»')
    }) {
        let token = token.trim_matches(|c: char| matches!(c, ',' | '.' | ':' | '!' | '?' | '\''));
        if is_email(token) {
            found.push(Finding {
                kind: Kind::Email,
                masked: mask(token),
            });
        }
    }
    found.extend(numbers(text));
    found
}

fn is_email(token: &str) -> bool {
    let Some((local, domain)) = token.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "._%+-".contains(c))
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || ".-".contains(c))
}

/// Runs of digits with the separators a telephone number uses; 12 digits in a row is an
/// individual identification number (Kazakhstan's IIN), 10–15 with a leading `+` or grouped
/// with separators is a telephone number. Years, amounts and paragraph numbers are shorter.
fn numbers(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            || (chars[i] == '+' && chars.get(i + 1).is_some_and(|c| c.is_ascii_digit()));
        let after_word =
            i > 0 && (chars[i - 1].is_alphanumeric() || matches!(chars[i - 1], '/' | '.'));
        if !starts || after_word {
            i += 1;
            continue;
        }
        let begin = i;
        let mut digits = 0;
        let mut separators = 0;
        let mut j = i;
        while j < chars.len() {
            let c = chars[j];
            if c.is_ascii_digit() {
                digits += 1;
            } else if matches!(c, ' ' | '-' | '(' | ')' | '\u{a0}')
                && chars.get(j + 1).is_some_and(|n| {
                    n.is_ascii_digit() || *n == '(' || (c == ')' && matches!(n, ' ' | '-'))
                })
            {
                separators += 1;
            } else if !(c == '+' && j == begin) {
                break;
            }
            j += 1;
        }
        let run: String = chars[begin..j].iter().collect();
        let run = run.trim().to_string();
        let plus = run.starts_with('+');
        let followed_by_letter = chars.get(j).is_some_and(|c| c.is_alphanumeric());
        if !followed_by_letter {
            if digits == 12 && separators == 0 && !plus {
                found.push(Finding {
                    kind: Kind::IdNumber,
                    masked: mask(&run),
                });
            } else if (10..=15).contains(&digits) && (plus || separators >= 2) {
                found.push(Finding {
                    kind: Kind::Phone,
                    masked: mask(&run),
                });
            }
        }
        i = j.max(i + 1);
    }
    found
}

/// `text` with all but its first two and last two characters hidden.
fn mask(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= 4 {
        return "•".repeat(chars.len());
    }
    let mut masked: String = chars[..2].iter().collect();
    masked.push_str(&"•".repeat(chars.len() - 4));
    masked.extend(&chars[chars.len() - 2..]);
    masked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind> {
        find(text).into_iter().map(|f| f.kind).collect()
    }

    #[test]
    fn emails_phones_and_id_numbers_are_found_and_masked() {
        assert_eq!(
            find("Write to aigerim.n@mail.kz, she was detained."),
            [Finding {
                kind: Kind::Email,
                masked: "ai•••••••••••••kz".into()
            }]
        );
        assert_eq!(kinds("call +7 701 555 12 34 today"), [Kind::Phone]);
        assert_eq!(kinds("тел. 8 (727) 255-12-34"), [Kind::Phone]);
        assert_eq!(kinds("ИИН 850101300123 задержан"), [Kind::IdNumber]);
    }

    #[test]
    fn years_amounts_paragraphs_and_symbols_are_not_personal_data() {
        assert!(find("In 2023, 1 250 000 tenge; see para. 128.45 of A/HRC/43/10.").is_empty());
        assert!(find("CCPR/C/KAZ/CO/2, para. 20(b), 12-15 March 2024").is_empty());
        assert!(find("https://example.org/report-2024 and @ohchr").is_empty());
    }
}
