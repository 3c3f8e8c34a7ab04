//! The file name OHCHR asks for: `<lead organisation> – joint UPR submission – <State> –
//! <Month YYYY>.docx`, and its treaty-body twin.

use chrono::{Datelike, NaiveDate};
use shadowdesk_docx::submission::Submission;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Characters no file system accepts, dropped from names.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| {
            !matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') && !c.is_control()
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The file name of `submission` exported on `day`, by the lead organisation `lead`.
pub fn file_name(submission: &Submission, lead: &str, day: NaiveDate) -> String {
    // A joint submission names the coalition's members; an individual one does not.
    let kind = match submission.mechanism.as_str() {
        "UPR" if submission.wants("coalition_members") => "joint UPR submission".to_string(),
        "UPR" => "UPR submission".to_string(),
        mechanism => format!("submission to {mechanism}"),
    };
    let month = MONTHS[day.month0() as usize];
    let name = format!(
        "{} – {kind} – {} – {month} {}",
        clean(lead),
        clean(&submission.state_under_review),
        day.year()
    );
    format!("{name}.docx")
}

#[cfg(test)]
mod tests {
    use super::*;
    use shadowdesk_docx::fixtures::ready;

    #[test]
    fn names_follow_the_ohchr_pattern() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut s = ready();
        assert_eq!(
            file_name(&s, "KIBHR", day),
            "KIBHR – joint UPR submission – Kazakhstan – December 2026.docx"
        );
        s.mechanism = "CCPR".into();
        s.state_under_review = "Kazakhstan/".into();
        assert_eq!(
            file_name(&s, "Kazakhstan  Bureau: HR", day),
            "Kazakhstan Bureau HR – submission to CCPR – Kazakhstan – December 2026.docx"
        );
    }
}
