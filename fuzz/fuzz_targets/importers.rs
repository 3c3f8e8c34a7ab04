//! Whatever file people upload, the importers answer with rows or a problem, never a panic:
//! the UHRI JSON and XLSX exports, the UPR Info CSV, and Word drafts.

#![no_main]

use libfuzzer_sys::fuzz_target;
use shadowdesk_drafts::split::{Limits, split};
use shadowdesk_sources::{uhri, uhri_xlsx, upr_info};

fuzz_target!(|data: &[u8]| {
    let mut rows = 0usize;
    let _ = uhri::read(data, |_| rows += 1);
    let _ = upr_info::read(data, |_| rows += 1);
    let _ = uhri_xlsx::read(std::io::Cursor::new(data), |_| rows += 1);
    let _ = shadowdesk_drafts::docx::to_markdown(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let limits = Limits {
            depth: 3,
            title_chars: 200,
        };
        let sections = split(text, "Introduction", limits);
        assert!(
            sections.len() <= text.len() + 1,
            "no more sections than characters"
        );
    }
    std::hint::black_box(rows);
});
