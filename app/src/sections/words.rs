//! Word counts of section texts in the wire type (server only); the counting itself is
//! [`shadowdesk_text::words`].

pub use super::api::WordCount;

/// The words of `markdown`: body and footnote texts apart.
pub fn count(markdown: &str) -> WordCount {
    let counted = shadowdesk_text::words::count(markdown);
    WordCount {
        body: counted.body,
        notes: counted.notes,
    }
}
