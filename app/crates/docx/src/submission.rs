//! Everything an export needs to know about a report, read from the database in one go, so
//! the pre-submission check and the DOCX writer are plain functions of it.

use chrono::{DateTime, NaiveDate, Utc};

/// Where notes go in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotePlacement {
    Footnotes,
    Endnotes,
}

impl NotePlacement {
    /// `endnotes` → endnotes; anything else footnotes.
    pub fn from_code(code: &str) -> Self {
        if code == "endnotes" {
            Self::Endnotes
        } else {
            Self::Footnotes
        }
    }
}

pub use shadowdesk_states::{Publication, ReportStatus, SectionStatus};

/// The organisation that leads the coalition, as its contact.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub email: Option<String>,
    pub website: Option<String>,
}

/// One section of the outline, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionText {
    pub id: i32,
    /// 1 to 3.
    pub depth: usize,
    pub title: String,
    pub body: String,
    pub status: SectionStatus,
    pub annex: bool,
    pub open_threads: i64,
    pub open_suggestions: i64,
    /// The number of the revision the body is (0 before the first save).
    pub revision: i32,
}

/// One row of the recommendations annex.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnnexRecommendation {
    /// "A/HRC/43/10, para. 128.45".
    pub citation: String,
    pub text: String,
    pub recommending_states: String,
    /// The UPR position's label, in the report's language.
    pub position: String,
    /// The coalition's latest approved assessment's label, in the report's language.
    pub assessment: String,
    /// The State the recommendation was made to.
    pub state: String,
}

/// A report as it would be exported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    pub report_id: i32,
    pub title: String,
    /// `CCPR`, `UPR`, …
    pub mechanism: String,
    /// `loi`, `session`, `follow_up`, `stakeholder`, …
    pub stage: String,
    /// The profile's name, e.g. "UPR joint stakeholder submission".
    pub submission_type: String,
    pub state_under_review: String,
    pub session: Option<String>,
    /// The report's language code.
    pub language: String,
    pub coalition: String,
    pub coalition_description: String,
    /// Member organisations' names, the lead first.
    pub members: Vec<String>,
    pub contact: Option<Contact>,
    pub keywords: Vec<String>,
    pub publication: Publication,
    pub word_limit: Option<i32>,
    pub notes_counted: bool,
    pub notes: NotePlacement,
    /// The profile's front-matter items (see `profiles::api::FRONT_MATTER`).
    pub front_matter: Vec<String>,
    /// Language codes the mechanism accepts.
    pub languages: Vec<String>,
    pub deadline: Option<DateTime<Utc>>,
    pub status: ReportStatus,
    pub sections: Vec<SectionText>,
    pub recommendations: Vec<AnnexRecommendation>,
    /// A reference document's styles part, replacing the default styles.
    pub reference_styles: Option<String>,
    /// The day the file is made (cover date, file name).
    pub today: NaiveDate,
}

impl Submission {
    /// Whether the profile asks for front-matter item `item`.
    pub fn wants(&self, item: &str) -> bool {
        self.front_matter.iter().any(|i| i == item)
    }

    /// The sections of the body (not annexes).
    pub fn body_sections(&self) -> impl Iterator<Item = &SectionText> {
        self.sections.iter().filter(|s| !s.annex)
    }
}
