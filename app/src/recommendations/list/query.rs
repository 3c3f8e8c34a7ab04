//! Building the list's address query from its words and chosen facet values, so facet links,
//! pages and saved views all speak the same form (`q=…&mechanism=CAT&page=2`).

/// `value` percent-encoded for an address query (unreserved characters kept).
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else if byte == b' ' {
            out.push('+');
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The address query for words `q`, chosen `(facet, value)` pairs and `page` (1 is left out).
pub fn to_query(q: &str, chosen: &[(String, String)], page: usize) -> String {
    let mut parts = Vec::new();
    if !q.trim().is_empty() {
        parts.push(format!("q={}", encode(q.trim())));
    }
    for (facet, value) in chosen {
        parts.push(format!("{}={}", encode(facet), encode(value)));
    }
    if page > 1 {
        parts.push(format!("page={page}"));
    }
    parts.join("&")
}

/// `chosen` with `(facet, value)` added, or removed if it was there.
pub fn toggled(chosen: &[(String, String)], facet: &str, value: &str) -> Vec<(String, String)> {
    let pair = (facet.to_string(), value.to_string());
    if chosen.contains(&pair) {
        chosen.iter().filter(|c| **c != pair).cloned().collect()
    } else {
        let mut next = chosen.to_vec();
        next.push(pair);
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_are_encoded_and_toggled() {
        let chosen = vec![("mechanism".to_string(), "CAT".to_string())];
        assert_eq!(
            to_query("\"пытки\" police", &chosen, 2),
            "q=%22%D0%BF%D1%8B%D1%82%D0%BA%D0%B8%22+police&mechanism=CAT&page=2"
        );
        assert_eq!(to_query(" ", &[], 1), "");
        let more = toggled(&chosen, "theme", "12");
        assert_eq!(more.len(), 2);
        assert_eq!(
            toggled(&more, "mechanism", "CAT"),
            [("theme".to_string(), "12".to_string())]
        );
    }
}
