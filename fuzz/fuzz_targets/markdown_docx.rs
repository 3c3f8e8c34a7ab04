//! Any section text exports: the DOCX writer never panics or fails on it, and every XML part
//! of the file it writes is well-formed (Word refuses a file with one bad part).

#![no_main]

use std::io::Read;

use chrono::{NaiveDate, TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use shadowdesk_docx::{
    Keys, Mode,
    submission::{
        NotePlacement, Publication, ReportStatus, SectionStatus, SectionText, Submission,
    },
    write,
};

fn submission(title: &str, body: &str, notes: NotePlacement) -> Submission {
    Submission {
        report_id: 1,
        title: "Alternative report".into(),
        mechanism: "CCPR".into(),
        stage: "session".into(),
        submission_type: "Alternative report".into(),
        state_under_review: "Kazakhstan".into(),
        session: Some("145th session".into()),
        language: "en".into(),
        coalition: "Coalition against torture".into(),
        coalition_description: "Nine NGOs.".into(),
        members: vec!["KIBHR".into()],
        contact: None,
        keywords: vec!["torture".into()],
        publication: Publication::Public,
        word_limit: Some(10_700),
        notes_counted: true,
        notes,
        front_matter: Vec::new(),
        languages: vec!["en".into()],
        deadline: None,
        status: ReportStatus::Drafting,
        sections: vec![SectionText {
            id: 1,
            depth: 1,
            title: title.into(),
            body: body.into(),
            status: SectionStatus::Drafting,
            annex: false,
            open_threads: 0,
            open_suggestions: 0,
            revision: 1,
        }],
        recommendations: Vec::new(),
        reference_styles: None,
        today: NaiveDate::from_ymd_opt(2026, 12, 3).expect("a date"),
    }
}

fn assert_well_formed(bytes: &[u8]) {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    for index in 0..zip.len() {
        let mut part = zip.by_index(index).expect("a part");
        let name = part.name().to_string();
        if !name.ends_with(".xml") && !name.ends_with(".rels") {
            continue;
        }
        let mut xml = Vec::new();
        part.read_to_end(&mut xml).expect("readable part");
        let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
        let mut buffer = Vec::new();
        loop {
            match reader.read_event_into(&mut buffer) {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => buffer.clear(),
                Err(error) => panic!("{name} is not well-formed: {error}"),
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (title, body) = text.split_once('\n').unwrap_or(("Section", &text));
    let now = Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap();
    for (notes, mode) in [
        (NotePlacement::Footnotes, Mode::Draft),
        (NotePlacement::Endnotes, Mode::Final),
    ] {
        let written = write(&submission(title, body, notes), mode, now, &Keys)
            .expect("every text can be exported");
        assert_well_formed(&written.bytes);
    }
});
