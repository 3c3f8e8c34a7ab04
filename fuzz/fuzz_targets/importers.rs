//! Whatever file people upload, the importers answer with rows or a problem, never a panic:
//! the UHRI JSON and XLSX exports, the UPR Info CSV, and Word drafts.

#![no_main]

use app::recommendations::sources::{uhri, uhri_xlsx, upr_info};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut rows = 0usize;
    let _ = uhri::read(data, |_| rows += 1);
    let _ = upr_info::read(data, |_| rows += 1);
    let _ = uhri_xlsx::read(std::io::Cursor::new(data), |_| rows += 1);
    let _ = app::import::docx::to_markdown(data);
    if let Ok(text) = std::str::from_utf8(data) {
        let sections = app::import::split::split(text, "Introduction");
        assert!(sections.len() <= text.len() + 1, "no more sections than characters");
    }
    std::hint::black_box(rows);
});
