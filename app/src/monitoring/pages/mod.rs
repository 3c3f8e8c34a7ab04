//! The monitoring pages: `/monitoring` (the counts, the events, recording a new one) and
//! `/monitoring/:id` (one event, its acts and people) and `/monitoring/identities` (who opens
//! the sealed identities, and destroying an organisation's key).

mod event;
mod fields;
mod identities;
mod index;
mod interventions;
mod persons;

pub use event::EventPage;
pub use identities::IdentitiesPage;
pub use index::MonitoringPage;
