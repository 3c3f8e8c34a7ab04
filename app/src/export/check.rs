//! The pre-submission check: everything the UN's formal rules and the coalition's own safety
//! ask of a report before it leaves, as a checklist. Blocking problems stop the final export;
//! a draft can always be made.

use chrono::{DateTime, Utc};
use shadowdesk_docx::submission::{Publication, Submission};

use super::{
    api::{CheckItem, Severity},
    personal_data::{self, Kind},
    scan::scan,
};
use crate::{
    sections::words::{self, WordCount},
    states::{ReportStatus, SectionStatus, TranslationState},
};

/// The words of the body (annexes, cover and contents are outside the count).
pub fn body_words(submission: &Submission) -> WordCount {
    submission
        .body_sections()
        .map(|s| words::count(&s.body))
        .sum()
}

/// Titles of the sections in front matter that stand for the executive summary.
const SUMMARY_TITLES: &[&str] = &[
    "executive summary",
    "summary",
    "резюме",
    "краткое изложение",
    "қысқаша мазмұны",
    "түйіндеме",
];

fn item(key: &str, severity: Severity) -> CheckItem {
    CheckItem {
        key: key.to_string(),
        severity,
        numbers: Vec::new(),
        details: Vec::new(),
    }
}

impl CheckItem {
    fn number(mut self, name: &str, value: i64) -> Self {
        self.numbers.push((name.to_string(), value));
        self
    }

    fn details(mut self, details: Vec<String>) -> Self {
        self.details = details;
        self
    }
}

/// Runs every check on `submission` at time `now`.
pub fn run(submission: &Submission, now: DateTime<Utc>) -> Vec<CheckItem> {
    let mut items = vec![
        word_limit(submission),
        approvals(submission),
        review(submission),
        front_matter(submission),
        one_state(submission),
        numbering(submission),
        notes(submission),
        personal_data(submission),
        deadline(submission, now),
    ];
    items.extend(language(submission));
    items.extend(empty_sections(submission));
    items.extend(images(submission));
    items
}

/// A section with text whose translation into the export's language is not approved yet:
/// its heading and the translation's state (`None`: missing).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationGap {
    pub title: String,
    pub state: Option<TranslationState>,
}

/// The check of an export in one of the report's translations: sections missing, still in
/// translation or outdated block it; translated sections not approved yet are worth a look.
pub fn translation(gaps: &[TranslationGap]) -> Vec<CheckItem> {
    let (unapproved, unfinished): (Vec<_>, Vec<_>) = gaps
        .iter()
        .partition(|g| g.state == Some(TranslationState::Translated));
    let titles = |gaps: &[&TranslationGap]| gaps.iter().map(|g| g.title.clone()).collect();
    let mut items = vec![if unfinished.is_empty() {
        item("check-translation-complete", Severity::Passed)
    } else {
        item("check-translation-incomplete", Severity::Blocking)
            .number("count", unfinished.len() as i64)
            .details(titles(&unfinished))
    }];
    if !unapproved.is_empty() {
        items.push(
            item("check-translation-unapproved", Severity::Warning)
                .number("count", unapproved.len() as i64)
                .details(titles(&unapproved)),
        );
    }
    items
}

/// Whether any item blocks the final export.
pub fn blocks(items: &[CheckItem]) -> bool {
    items.iter().any(|i| i.severity == Severity::Blocking)
}

fn word_limit(submission: &Submission) -> CheckItem {
    let words = body_words(submission);
    let counted = if submission.notes_counted {
        words.body + words.notes
    } else {
        words.body
    };
    let base = |key, severity| {
        item(key, severity)
            .number("body", words.body)
            .number("notes", words.notes)
            .number("total", words.body + words.notes)
    };
    match submission.word_limit {
        None => base("check-words-no-limit", Severity::Passed),
        Some(limit) => {
            let limit = i64::from(limit);
            let severity = if counted > limit {
                Severity::Blocking
            } else if counted * 10 >= limit * 9 {
                Severity::Warning
            } else {
                Severity::Passed
            };
            let key = match (severity, submission.notes_counted) {
                (Severity::Blocking, _) => "check-words-over",
                (Severity::Warning, _) => "check-words-near",
                (_, true) => "check-words-ok-with-notes",
                (_, false) => "check-words-ok",
            };
            base(key, severity)
                .number("limit", limit)
                .number("counted", counted)
        }
    }
}

fn approvals(submission: &Submission) -> CheckItem {
    let unapproved: Vec<String> = submission
        .sections
        .iter()
        .filter(|s| s.status != SectionStatus::Approved)
        .map(|s| s.title.clone())
        .collect();
    if unapproved.is_empty() {
        item("check-approved", Severity::Passed)
    } else {
        item("check-unapproved", Severity::Blocking)
            .number("count", unapproved.len() as i64)
            .details(unapproved)
    }
}

fn review(submission: &Submission) -> CheckItem {
    let open: Vec<&_> = submission
        .sections
        .iter()
        .filter(|s| s.open_threads > 0 || s.open_suggestions > 0)
        .collect();
    if open.is_empty() {
        return item("check-review-closed", Severity::Passed);
    }
    item("check-review-open", Severity::Blocking)
        .number("threads", open.iter().map(|s| s.open_threads).sum())
        .number("suggestions", open.iter().map(|s| s.open_suggestions).sum())
        .details(open.iter().map(|s| s.title.clone()).collect())
}

fn front_matter(submission: &Submission) -> CheckItem {
    let mut missing = Vec::new();
    let mut blocking = false;
    let mut lacks = |what: &str, blocks: bool| {
        missing.push(format!("front-matter-{what}"));
        blocking |= blocks;
    };
    if submission.wants("cover")
        && submission
            .session
            .as_deref()
            .unwrap_or("")
            .trim()
            .is_empty()
    {
        lacks("session", true);
    }
    if submission.wants("coalition_members") && submission.members.is_empty() {
        lacks("coalition_members", true);
    }
    if submission.wants("coalition_description")
        && submission.coalition_description.trim().is_empty()
    {
        lacks("coalition_description", false);
    }
    if submission.wants("keywords") && submission.keywords.is_empty() {
        lacks("keywords", false);
    }
    if submission.wants("publication_statement") && submission.publication == Publication::Undecided
    {
        lacks("publication_statement", true);
    }
    if submission.wants("executive_summary")
        && !submission.body_sections().any(|s| {
            SUMMARY_TITLES.contains(&s.title.trim().to_lowercase().as_str())
                && !s.body.trim().is_empty()
        })
    {
        lacks("executive_summary", true);
    }
    if missing.is_empty() {
        item("check-front-matter-complete", Severity::Passed)
    } else {
        let severity = if blocking {
            Severity::Blocking
        } else {
            Severity::Warning
        };
        item("check-front-matter-missing", severity).details(missing)
    }
}

/// Words that continue one State's name after a comma ("Korea, Republic of").
const NAME_CONTINUATIONS: &[&str] = &[
    "republic",
    "democratic",
    "islamic",
    "united",
    "federated",
    "plurinational",
    "bolivarian",
    "the ",
    "state of",
    "kingdom",
];

/// Whether `state` names more than one State: a list separated by `;`, `/` or `&`, or by
/// commas that do not just turn a name round. "And" proves nothing ("Bosnia and Herzegovina").
fn several_states(state: &str) -> bool {
    if state.contains([';', '/', '&']) {
        return true;
    }
    state.split(',').skip(1).any(|rest| {
        let rest = rest.trim().to_lowercase();
        !rest.is_empty() && rest != "the" && !NAME_CONTINUATIONS.iter().any(|w| rest.starts_with(w))
    })
}

fn one_state(submission: &Submission) -> CheckItem {
    let state = submission.state_under_review.trim();
    if state.is_empty() || several_states(state) {
        return item("check-state-one", Severity::Blocking).details(vec![state.to_string()]);
    }
    let others: Vec<String> = submission
        .recommendations
        .iter()
        .filter(|r| !r.state.trim().is_empty() && !r.state.trim().eq_ignore_ascii_case(state))
        .map(|r| format!("{} ({})", r.citation, r.state))
        .collect();
    if others.is_empty() {
        item("check-state-ok", Severity::Passed).details(vec![state.to_string()])
    } else {
        item("check-state-other-recommendations", Severity::Blocking).details(others)
    }
}

fn numbering(submission: &Submission) -> CheckItem {
    let typed: Vec<String> = submission
        .body_sections()
        .filter_map(|s| {
            let found = scan(&s.body).typed_numbers;
            (!found.is_empty()).then(|| {
                let starts: Vec<String> = found.iter().map(usize::to_string).collect();
                format!("{} — {}", s.title, starts.join(", "))
            })
        })
        .collect();
    if typed.is_empty() {
        item("check-numbering-ok", Severity::Passed)
    } else {
        item("check-numbering-typed", Severity::Blocking).details(typed)
    }
}

fn notes(submission: &Submission) -> CheckItem {
    let mut problems = Vec::new();
    let mut blocking = false;
    for section in &submission.sections {
        let found = scan(&section.body);
        for name in &found.missing_notes {
            problems.push(format!("{}: [^{name}] — missing", section.title));
            blocking = true;
        }
        for name in &found.empty_notes {
            problems.push(format!("{}: [^{name}] — empty", section.title));
            blocking = true;
        }
        for name in &found.unused_notes {
            problems.push(format!("{}: [^{name}] — unused", section.title));
        }
    }
    match (problems.is_empty(), blocking) {
        (true, _) => item("check-notes-ok", Severity::Passed),
        (false, true) => item("check-notes-broken", Severity::Blocking).details(problems),
        (false, false) => item("check-notes-unused", Severity::Warning).details(problems),
    }
}

fn personal_data(submission: &Submission) -> CheckItem {
    let mut found = Vec::new();
    for section in &submission.sections {
        for finding in personal_data::find(&section.body) {
            let kind = match finding.kind {
                Kind::Email => "e-mail",
                Kind::Phone => "phone",
                Kind::IdNumber => "ID",
            };
            found.push(format!("{}: {kind} {}", section.title, finding.masked));
        }
    }
    if found.is_empty() {
        item("check-personal-data-none", Severity::Passed)
    } else {
        item("check-personal-data", Severity::Warning)
            .number("count", found.len() as i64)
            .details(found)
    }
}

/// Whether the report has been sent to the UN.
fn submitted(submission: &Submission) -> bool {
    submission.status == ReportStatus::Submitted
}

fn deadline(submission: &Submission, now: DateTime<Utc>) -> CheckItem {
    match submission.deadline {
        None => item("check-deadline-none", Severity::Passed),
        Some(deadline) if deadline < now && !submitted(submission) => {
            item("check-deadline-passed", Severity::Warning)
                .number("days", (now - deadline).num_days())
        }
        Some(deadline) => {
            let days = (deadline - now).num_days();
            let severity = if days < 3 && !submitted(submission) {
                Severity::Warning
            } else {
                Severity::Passed
            };
            item("check-deadline-ahead", severity).number("days", days)
        }
    }
}

fn language(submission: &Submission) -> Option<CheckItem> {
    let code = submission.language.split('-').next().unwrap_or("");
    (!submission.languages.is_empty() && !submission.languages.iter().any(|l| l == code)).then(
        || {
            item("check-language", Severity::Warning).details(vec![
                submission.language.clone(),
                submission.languages.join(", "),
            ])
        },
    )
}

fn empty_sections(submission: &Submission) -> Option<CheckItem> {
    let empty: Vec<String> = submission
        .body_sections()
        .filter(|s| s.body.trim().is_empty())
        // A heading over subsections needs no text of its own.
        .filter(|s| {
            submission
                .sections
                .iter()
                .skip_while(|o| o.id != s.id)
                .nth(1)
                .is_none_or(|next| next.depth <= s.depth)
        })
        .map(|s| s.title.clone())
        .collect();
    (!empty.is_empty()).then(|| item("check-empty-sections", Severity::Warning).details(empty))
}

fn images(submission: &Submission) -> Option<CheckItem> {
    let with_images: Vec<String> = submission
        .sections
        .iter()
        .filter(|s| scan(&s.body).images > 0)
        .map(|s| s.title.clone())
        .collect();
    (!with_images.is_empty()).then(|| item("check-images", Severity::Warning).details(with_images))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use shadowdesk_docx::{fixtures::ready, submission::SectionText};

    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap()
    }

    fn severity_of(submission: &Submission, key_prefix: &str) -> Vec<(String, Severity)> {
        run(submission, now())
            .into_iter()
            .filter(|i| i.key.starts_with(key_prefix))
            .map(|i| (i.key, i.severity))
            .collect()
    }

    #[test]
    fn a_ready_report_passes_every_check() {
        let items = run(&ready(), now());
        assert!(!blocks(&items), "{items:#?}");
        assert!(
            items.iter().all(|i| i.severity == Severity::Passed),
            "{items:#?}"
        );
    }

    #[test]
    fn the_word_limit_counts_notes_when_the_profile_says_so_and_warns_at_90_percent() {
        let mut s = ready();
        // 6 body words + 1 note word = 7.
        s.word_limit = Some(7);
        assert_eq!(
            severity_of(&s, "check-words"),
            [("check-words-near".into(), Severity::Warning)]
        );
        s.word_limit = Some(6);
        assert_eq!(
            severity_of(&s, "check-words"),
            [("check-words-over".into(), Severity::Blocking)]
        );
        s.notes_counted = false;
        assert_eq!(severity_of(&s, "check-words")[0].1, Severity::Warning);
        s.sections[1].annex = true;
        s.word_limit = Some(2);
        assert_eq!(
            severity_of(&s, "check-words")[0].1,
            Severity::Warning,
            "annexes are outside the count"
        );
    }

    #[test]
    fn each_blocking_problem_blocks() {
        type Change = Box<dyn Fn(&mut Submission)>;
        let cases: Vec<(&str, Change)> = vec![
            (
                "check-unapproved",
                Box::new(|s| s.sections[1].status = SectionStatus::InReview),
            ),
            (
                "check-review-open",
                Box::new(|s| s.sections[0].open_threads = 2),
            ),
            (
                "check-review-open",
                Box::new(|s| s.sections[1].open_suggestions = 1),
            ),
            (
                "check-front-matter-missing",
                Box::new(|s| s.publication = Publication::Undecided),
            ),
            (
                "check-front-matter-missing",
                Box::new(|s| s.members.clear()),
            ),
            (
                "check-front-matter-missing",
                Box::new(|s| s.sections[0].title = "Intro".into()),
            ),
            (
                "check-state-one",
                Box::new(|s| s.state_under_review = "Kazakhstan, Kyrgyzstan".into()),
            ),
            (
                "check-state-one",
                Box::new(|s| s.state_under_review = " ".into()),
            ),
            (
                "check-state-one",
                Box::new(|s| s.state_under_review = "Kazakhstan; Uzbekistan".into()),
            ),
            (
                "check-state-other-recommendations",
                Box::new(|s| s.recommendations[0].state = "Uzbekistan".into()),
            ),
            (
                "check-numbering-typed",
                Box::new(|s| s.sections[1].body = "12. The State should".into()),
            ),
            (
                "check-notes-broken",
                Box::new(|s| s.sections[1].body = "See.[^9]".into()),
            ),
            (
                "check-notes-broken",
                Box::new(|s| s.sections[1].body = "See.[^9]\n\n[^9]:".into()),
            ),
            ("check-words-over", Box::new(|s| s.word_limit = Some(3))),
        ];
        for (key, change) in cases {
            let mut s = ready();
            change(&mut s);
            let items = run(&s, now());
            assert!(blocks(&items), "{key}: {items:#?}");
            assert!(
                items
                    .iter()
                    .any(|i| i.key == key && i.severity == Severity::Blocking),
                "{key}: {items:#?}"
            );
        }
    }

    #[test]
    fn state_names_with_and_or_a_turned_comma_are_one_state() {
        for name in [
            "Bosnia and Herzegovina",
            "Trinidad and Tobago",
            "Босния и Герцеговина",
            "Korea, Republic of",
            "Congo, Democratic Republic of the",
            "Gambia, The",
        ] {
            assert!(!several_states(name), "{name}");
        }
        assert!(several_states("Kazakhstan, Kyrgyzstan"));
    }

    #[test]
    fn a_translation_blocks_until_every_section_is_translated_and_current() {
        let gap = |title: &str, state| TranslationGap {
            title: title.into(),
            state,
        };
        let done = translation(&[]);
        assert_eq!(done.len(), 1);
        assert_eq!(done[0].key, "check-translation-complete");
        assert!(!blocks(&done));
        let gaps = [
            gap("Torture", None),
            gap("Fair trial", Some(TranslationState::Outdated)),
            gap("Assembly", Some(TranslationState::InTranslation)),
            gap("Expression", Some(TranslationState::Translated)),
        ];
        let items = translation(&gaps);
        assert!(blocks(&items));
        assert_eq!(items[0].key, "check-translation-incomplete");
        assert_eq!(items[0].details, ["Torture", "Fair trial", "Assembly"]);
        assert_eq!(items[0].numbers, [("count".to_string(), 3)]);
        assert_eq!(items[1].key, "check-translation-unapproved");
        assert_eq!(items[1].severity, Severity::Warning);
        assert_eq!(items[1].details, ["Expression"]);
        // Only awaiting approval: worth a look, not blocking.
        assert!(!blocks(&translation(&gaps[3..])));
    }

    #[test]
    fn warnings_do_not_block() {
        let mut s = ready();
        s.sections[1].body = "Witness: aigerim@mail.kz, +7 701 555 12 34.".into();
        s.keywords.clear();
        s.deadline = Some(Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap());
        s.sections.push(SectionText {
            body: String::new(),
            id: 3,
            title: "Empty".into(),
            ..s.sections[1].clone()
        });
        let items = run(&s, now());
        assert!(!blocks(&items), "{items:#?}");
        let personal = items
            .iter()
            .find(|i| i.key == "check-personal-data")
            .unwrap();
        assert_eq!(personal.numbers, [("count".to_string(), 2)]);
        assert!(personal.details[0].contains("ai"), "{personal:?}");
        assert!(!personal.details[0].contains("aigerim@mail.kz"), "masked");
        for key in [
            "check-front-matter-missing",
            "check-deadline-passed",
            "check-empty-sections",
        ] {
            assert!(
                items
                    .iter()
                    .any(|i| i.key == key && i.severity == Severity::Warning),
                "{key}: {items:#?}"
            );
        }
    }
}
