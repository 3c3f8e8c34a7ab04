//! A long shadow report for the export benchmark: any number of sections of Markdown with
//! notes, tables and lists, as a [`Submission`] for Shadowdesk's writer and as one Markdown
//! file for pandoc, holding the same text.

use chrono::NaiveDate;
use shadowdesk_docx::submission::{
    NotePlacement, Publication, ReportStatus, SectionStatus, SectionText, Submission,
};

const WORDS: &[&str] = &[
    "the",
    "State",
    "party",
    "should",
    "ensure",
    "that",
    "all",
    "allegations",
    "of",
    "torture",
    "and",
    "ill-treatment",
    "are",
    "promptly",
    "investigated",
    "by",
    "an",
    "independent",
    "body",
    "perpetrators",
    "prosecuted",
    "victims",
    "receive",
    "redress",
    "detention",
    "facilities",
    "monitoring",
    "national",
    "preventive",
    "mechanism",
    "access",
    "lawyers",
    "courts",
    "judicial",
    "review",
    "complaints",
    "2023",
    "police",
    "officers",
    "reported",
    "cases",
    "Committee",
    "recommended",
    "implementation",
    "remains",
    "limited",
];

/// The shape of the report.
pub struct Shape {
    pub sections: usize,
    pub words: usize,
    pub notes: usize,
    pub tables: usize,
}

/// The benchmark's report: 150 sections, 60,000 words, 600 notes, 20 tables.
pub const FULL: Shape = Shape {
    sections: 150,
    words: 60_000,
    notes: 600,
    tables: 20,
};

fn sentence(seed: &mut u64, words: usize) -> String {
    let mut out = Vec::with_capacity(words);
    for _ in 0..words {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push(WORDS[(*seed >> 33) as usize % WORDS.len()]);
    }
    let mut text = out.join(" ");
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    text.push('.');
    text
}

/// The sections' Markdown bodies.
pub fn bodies(shape: &Shape) -> Vec<String> {
    let mut seed = 7u64;
    let words_per_section = shape.words / shape.sections;
    let notes_per_section = shape.notes / shape.sections;
    let table_every = shape.sections / shape.tables.max(1);
    (0..shape.sections)
        .map(|s| {
            let mut body = String::new();
            let mut written = 0;
            let mut note = 0;
            while written < words_per_section {
                let n = 40.min(words_per_section - written);
                body.push_str(&sentence(&mut seed, n.saturating_sub(0).max(1)));
                if note < notes_per_section {
                    note += 1;
                    body.push_str(&format!("[^{note}]"));
                }
                body.push_str("\n\n");
                written += n;
            }
            if table_every > 0 && s % table_every == 0 {
                body.push_str("| Year | Complaints | Investigated |\n|---|---:|---:|\n");
                for year in 2019..2025 {
                    body.push_str(&format!("| {year} | {} | {} |\n", 100 + year % 7, 10 + year % 5));
                }
                body.push('\n');
            }
            for n in 1..=note {
                body.push_str(&format!(
                    "[^{n}]: Coalition monitoring report, {n} March 2024, see <https://example.org/{s}/{n}>.\n"
                ));
            }
            body
        })
        .collect()
}

/// The report as Shadowdesk exports it.
pub fn submission(shape: &Shape) -> Submission {
    let sections = bodies(shape)
        .into_iter()
        .enumerate()
        .map(|(i, body)| SectionText {
            id: i as i32 + 1,
            depth: if i % 5 == 0 { 1 } else { 2 },
            title: format!("Section {} on article {}", i + 1, i % 27 + 1),
            body,
            status: SectionStatus::Approved,
            annex: false,
            open_threads: 0,
            open_suggestions: 0,
            revision: 1,
        })
        .collect();
    Submission {
        report_id: 1,
        title: "Alternative report to the Human Rights Committee".into(),
        mechanism: "CCPR".into(),
        stage: "session".into(),
        submission_type: "Human Rights Committee — session".into(),
        state_under_review: "Kazakhstan".into(),
        session: Some("147th session".into()),
        language: "en".into(),
        coalition: "Coalition against torture".into(),
        coalition_description: "Nine NGOs working against torture.".into(),
        members: vec!["KIBHR".into(), "LIFT".into()],
        contact: None,
        keywords: vec!["torture".into()],
        publication: Publication::Public,
        word_limit: None,
        notes_counted: false,
        notes: NotePlacement::Footnotes,
        front_matter: vec![
            "cover".into(),
            "publication_statement".into(),
            "table_of_contents".into(),
        ],
        languages: vec!["en".into()],
        deadline: None,
        status: ReportStatus::Final,
        sections,
        recommendations: Vec::new(),
        reference_styles: None,
        today: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
    }
}

/// The same report as one Markdown file (notes renamed to stay unique across sections).
pub fn markdown(submission: &Submission) -> String {
    let mut out = format!("# {}\n\n", submission.title);
    for section in &submission.sections {
        out.push_str(&format!(
            "{} {}\n\n",
            "#".repeat(section.depth),
            section.title
        ));
        out.push_str(&section.body.replace("[^", &format!("[^s{}n", section.id)));
        out.push('\n');
    }
    out
}
