//! Deadlines: set as a local date and time in a named time zone, stored in UTC (server only).

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Why a deadline was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    #[error("not a date (YYYY-MM-DD)")]
    Date,
    #[error("not a time (HH:MM)")]
    Time,
    #[error("not a known time zone")]
    TimeZone,
    #[error("the time does not exist in that time zone (clock change)")]
    Skipped,
}

impl DeadlineError {
    /// The translation key of the message.
    pub fn message_key(self) -> &'static str {
        match self {
            DeadlineError::Date => "report-error-deadline-date",
            DeadlineError::Time => "report-error-deadline-time",
            DeadlineError::TimeZone => "report-error-time-zone",
            DeadlineError::Skipped => "report-error-deadline-skipped",
        }
    }
}

/// The time zone named `name` (IANA, e.g. `Asia/Almaty`).
pub fn time_zone(name: &str) -> Result<Tz, DeadlineError> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| DeadlineError::TimeZone)
}

/// The UTC instant of `date` at `time` (default 23:59) in zone `zone`; `None` for no date.
/// An ambiguous time (clocks going back) means its first occurrence.
pub fn to_utc(date: &str, time: &str, zone: &str) -> Result<Option<DateTime<Utc>>, DeadlineError> {
    let tz = time_zone(zone)?;
    let date = date.trim();
    if date.is_empty() {
        return Ok(None);
    }
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| DeadlineError::Date)?;
    let time = match time.trim() {
        "" => NaiveTime::from_hms_opt(23, 59, 0).ok_or(DeadlineError::Time)?,
        t => NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| DeadlineError::Time)?,
    };
    tz.from_local_datetime(&date.and_time(time))
        .earliest()
        .map(|local| Some(local.with_timezone(&Utc)))
        .ok_or(DeadlineError::Skipped)
}

/// `deadline` as a local date and time (`YYYY-MM-DD`, `HH:MM`) in zone `zone` (UTC if unknown).
pub fn local_parts(deadline: DateTime<Utc>, zone: &str) -> (String, String) {
    let local = deadline.with_timezone(&time_zone(zone).unwrap_or(Tz::UTC));
    (
        local.format("%Y-%m-%d").to_string(),
        local.format("%H:%M").to_string(),
    )
}

/// Every time zone name, for choosing one.
pub fn names() -> Vec<String> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_local_deadline_becomes_utc_and_back() {
        let utc = to_utc("2027-02-01", "18:00", "Asia/Almaty")
            .unwrap()
            .unwrap();
        // Almaty is UTC+5 all year (since 2024).
        assert_eq!(utc.to_rfc3339(), "2027-02-01T13:00:00+00:00");
        assert_eq!(
            local_parts(utc, "Asia/Almaty"),
            ("2027-02-01".to_string(), "18:00".to_string())
        );
        let geneva = to_utc("2027-07-01", "", "Europe/Zurich").unwrap().unwrap();
        assert_eq!(geneva.to_rfc3339(), "2027-07-01T21:59:00+00:00");
    }

    #[test]
    fn no_date_is_no_deadline_and_bad_parts_are_named() {
        assert_eq!(to_utc("", "", "UTC"), Ok(None));
        assert_eq!(to_utc("2027-13-01", "", "UTC"), Err(DeadlineError::Date));
        assert_eq!(
            to_utc("2027-01-01", "25:00", "UTC"),
            Err(DeadlineError::Time)
        );
        assert_eq!(
            to_utc("2027-01-01", "", "Mars/Olympus"),
            Err(DeadlineError::TimeZone)
        );
        // 02:30 did not happen in Geneva when clocks went forward on 28 March 2027.
        assert_eq!(
            to_utc("2027-03-28", "02:30", "Europe/Zurich"),
            Err(DeadlineError::Skipped)
        );
    }
}
