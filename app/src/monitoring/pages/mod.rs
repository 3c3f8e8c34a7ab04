//! The monitoring pages: `/monitoring` (the counts, the events, recording a new one) and
//! `/monitoring/:id` (one event and its acts).

mod event;
mod fields;
mod index;

pub use event::EventPage;
pub use index::MonitoringPage;
