//! How a recommendation is cited: "CCPR/C/KAZ/CO/2, para. 20(b)", as shadow reports and UPR
//! submissions refer to them, and reading such a reference back.

/// `symbol, para. paragraph`, or the symbol alone when there is no paragraph.
pub fn citation(symbol: &str, paragraph: &str) -> String {
    if paragraph.is_empty() {
        symbol.to_string()
    } else {
        format!("{symbol}, para. {paragraph}")
    }
}

/// `text` without a leading "para.", "paras.", "paragraph(s)" or "§" (any case).
fn without_para(text: &str) -> &str {
    for prefix in [
        "paragraphs",
        "paragraph",
        "paras.",
        "paras",
        "para.",
        "para",
        "§",
    ] {
        if text.len() >= prefix.len()
            && text.is_char_boundary(prefix.len())
            && text[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
            return &text[prefix.len()..];
        }
    }
    text
}

/// The symbol and paragraph a reference names: "A/HRC/43/10, para. 128.45",
/// "A/HRC/43/10 para 128.45", "CCPR/C/KAZ/CO/2, 20(b)" or "CCPR/C/KAZ/CO/2 20(b)".
pub fn parse_reference(reference: &str) -> Option<(String, String)> {
    let reference = reference.trim();
    let lower = reference.to_lowercase();
    let (symbol, paragraph) = if let Some((symbol, rest)) = reference.rsplit_once(',') {
        (symbol, rest)
    } else if let Some(at) = lower.find(" para") {
        (&reference[..at], &reference[at..])
    } else {
        reference.rsplit_once(char::is_whitespace)?
    };
    let paragraph = without_para(paragraph.trim()).trim();
    let symbol = symbol.trim();
    (!symbol.is_empty() && !paragraph.is_empty())
        .then(|| (symbol.to_string(), paragraph.to_string()))
}

/// Whether `text` cites paragraph `paragraph` of `symbol`: the symbol, then optionally a
/// comma and "para."/"paras."/"paragraph", then the paragraph, not followed by more of a
/// longer number (`20` is not cited by `20.1` or `201`; `20` is by `20(b)`).
pub fn cites(text: &str, symbol: &str, paragraph: &str) -> bool {
    if symbol.is_empty() || paragraph.is_empty() {
        return false;
    }
    let mut from = 0;
    while let Some(found) = text[from..].find(symbol) {
        let after = from + found + symbol.len();
        from = after;
        let rest = text[after..].trim_start_matches([',', ' ', '\u{a0}']);
        let rest = without_para(rest).trim_start_matches([' ', '\u{a0}']);
        if let Some(tail) = rest.strip_prefix(paragraph) {
            let continues = tail.starts_with(|c: char| c.is_ascii_digit())
                || (tail.starts_with('.') && tail[1..].starts_with(|c: char| c.is_ascii_digit()));
            if !continues {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_name_the_symbol_and_paragraph() {
        assert_eq!(
            citation("CCPR/C/KAZ/CO/2", "20(b)"),
            "CCPR/C/KAZ/CO/2, para. 20(b)"
        );
        assert_eq!(citation("UPR 34 (Kazakhstan)", ""), "UPR 34 (Kazakhstan)");
    }

    #[test]
    fn references_are_read_in_the_usual_spellings() {
        let expected = Some(("A/HRC/43/10".to_string(), "128.45".to_string()));
        for reference in [
            "A/HRC/43/10, para. 128.45",
            " A/HRC/43/10 para 128.45 ",
            "A/HRC/43/10, 128.45",
            "A/HRC/43/10 128.45",
            "A/HRC/43/10, Para. 128.45",
        ] {
            assert_eq!(parse_reference(reference), expected, "{reference}");
        }
        assert_eq!(
            parse_reference("CCPR/C/KAZ/CO/2, paras. 20(b)"),
            Some(("CCPR/C/KAZ/CO/2".into(), "20(b)".into()))
        );
        assert_eq!(parse_reference("A/HRC/43/10"), None);
        assert_eq!(parse_reference(", para. 3"), None);
    }

    #[test]
    fn texts_cite_a_paragraph_in_the_usual_ways_and_not_a_longer_number() {
        let symbol = "CCPR/C/KAZ/CO/2";
        for text in [
            "As the Committee asked (CCPR/C/KAZ/CO/2, para. 20), the law",
            "see CCPR/C/KAZ/CO/2 para 20.",
            "CCPR/C/KAZ/CO/2, paras. 20 and 21",
            "CCPR/C/KAZ/CO/2, 20(b)",
        ] {
            assert!(cites(text, symbol, "20"), "{text}");
        }
        for text in [
            "CCPR/C/KAZ/CO/2, para. 201",
            "CCPR/C/KAZ/CO/2, para. 20.1",
            "CCPR/C/KAZ/CO/3, para. 20",
            "para. 20",
        ] {
            assert!(!cites(text, symbol, "20"), "{text}");
        }
        assert!(cites("A/HRC/43/10, para. 128.45;", "A/HRC/43/10", "128.45"));
        assert!(!cites("A/HRC/43/10, para. 128.45", "A/HRC/43/10", "128.4"));
    }
}
