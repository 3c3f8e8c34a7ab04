//! Following up what was recommended across a coalition's tracker: the dashboard with its
//! charts, the calendar of dated follow-up items, and the reminders mailed before they fall
//! due.

pub mod api;
pub mod charts;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod calendar;
#[cfg(feature = "ssr")]
pub mod dashboard;
#[cfg(feature = "ssr")]
pub mod reminders;
