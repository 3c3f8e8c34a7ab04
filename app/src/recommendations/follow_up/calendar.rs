//! The follow-up calendar of the coalitions a viewer may read, and as an iCalendar file for
//! their own calendar program (server only).

use chrono::Utc;
use sea_orm::ConnectionTrait;

use super::{api::CalendarEntry, reminders::entries};
use crate::{
    auth::{policy::Actor, visibility::Visibility},
    error::AppError,
};

/// The dated follow-up items `actor` may read.
pub async fn calendar(
    db: &impl ConnectionTrait,
    actor: &Actor,
) -> Result<Vec<CalendarEntry>, AppError> {
    let visible = match Visibility::of(actor)? {
        Visibility::All => None,
        Visibility::Coalitions(ids) => Some(ids),
    };
    Ok(entries(db, visible.as_deref(), Utc::now().date_naive()).await?)
}

/// Text escaped for an iCalendar value (RFC 5545, 3.3.11).
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// `entries` as an iCalendar file of all-day events; links are made absolute with `base`.
pub fn to_ics(
    entries: &[CalendarEntry],
    base: &str,
    title: impl Fn(&CalendarEntry) -> String,
) -> String {
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ");
    let mut out = String::from(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Shadowdesk//Follow-up calendar//EN\r\nCALSCALE:GREGORIAN\r\n",
    );
    for entry in entries {
        let day = entry.due.replace('-', "");
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&format!(
            "UID:{}-{}-{}@shadowdesk\r\n",
            entry.kind, entry.id, day
        ));
        out.push_str(&format!("DTSTAMP:{stamp}\r\n"));
        out.push_str(&format!("DTSTART;VALUE=DATE:{day}\r\n"));
        out.push_str(&format!("SUMMARY:{}\r\n", escape(&title(entry))));
        out.push_str(&format!(
            "URL:{}{}\r\n",
            base.trim_end_matches('/'),
            entry.link
        ));
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::states::{FollowUpKind, FollowUpStage};

    #[test]
    fn calendars_are_all_day_events_with_escaped_text() {
        let entry = CalendarEntry {
            kind: FollowUpKind::Recommendation,
            id: 7,
            coalition_id: 1,
            title: "CAT/C/KAZ/CO/4, para. 12(a)".into(),
            due: "2027-06-30".into(),
            stage: FollowUpStage::Later,
            link: "/recommendations/7".into(),
            lead_organisation_id: None,
        };
        let ics = to_ics(&[entry], "https://desk.example.org/", |e| {
            format!("Follow-up due: {}", e.title)
        });
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20270630\r\n"));
        assert!(ics.contains("SUMMARY:Follow-up due: CAT/C/KAZ/CO/4\\, para. 12(a)\r\n"));
        assert!(ics.contains("URL:https://desk.example.org/recommendations/7\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
    }
}
