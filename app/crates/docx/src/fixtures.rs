//! A small submission that passes every pre-submission check, for tests of the writer and of
//! the callers' checks (feature `fixtures`).

use chrono::{NaiveDate, TimeZone, Utc};

use crate::submission::{
    AnnexRecommendation, NotePlacement, Publication, ReportStatus, SectionStatus, SectionText,
    Submission,
};

/// A UPR joint submission that passes every check.
pub fn ready() -> Submission {
    let section = |id, title: &str, body: &str| SectionText {
        id,
        depth: 1,
        title: title.into(),
        body: body.into(),
        status: SectionStatus::Approved,
        annex: false,
        open_threads: 0,
        open_suggestions: 0,
        revision: 1,
    };
    Submission {
        report_id: 1,
        title: "Joint submission on Kazakhstan".into(),
        mechanism: "UPR".into(),
        stage: "stakeholder".into(),
        submission_type: "UPR joint stakeholder submission".into(),
        state_under_review: "Kazakhstan".into(),
        session: Some("48th session".into()),
        language: "en".into(),
        coalition: "Coalition against torture".into(),
        coalition_description: "Nine NGOs working against torture.".into(),
        members: vec!["KIBHR".into(), "LIFT".into()],
        contact: None,
        keywords: vec!["torture".into()],
        publication: Publication::Public,
        word_limit: Some(100),
        notes_counted: true,
        notes: NotePlacement::Endnotes,
        front_matter: vec![
            "coalition_members".into(),
            "coalition_description".into(),
            "keywords".into(),
            "publication_statement".into(),
            "executive_summary".into(),
        ],
        languages: vec!["en".into(), "ru".into()],
        deadline: Some(Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap()),
        status: ReportStatus::Final,
        sections: vec![
            section(
                1,
                "Executive summary",
                "Torture persists.[^1]\n\n[^1]: Monitoring.",
            ),
            section(2, "Torture", "The State should act."),
        ],
        recommendations: vec![AnnexRecommendation {
            citation: "A/HRC/43/10, para. 128.45".into(),
            text: "Ratify OP-CAT".into(),
            recommending_states: "Denmark".into(),
            position: "Supported".into(),
            assessment: "Not implemented".into(),
            state: "Kazakhstan".into(),
        }],
        reference_styles: None,
        today: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
    }
}
