//! The word counter takes any Markdown: it never panics and it is a pure function of the
//! text, with body and notes counted apart.

#![no_main]

use shadowdesk_text::words::count;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let counted = count(text);
    assert!(counted.body >= 0 && counted.notes >= 0);
    assert_eq!(counted, count(text), "the same text, the same count");
});
