//! Section pages.

mod cite_picker;
mod conflict;
mod diff;
mod draft_banner;
mod editor;
mod history;
mod local_draft;
mod presence_bar;
mod status_buttons;
mod toolbar;
mod word_meter;

pub use diff::DiffParts;
pub use editor::{ReviewPanelArgs, ReviewPanelSlot, SectionPage};
pub use history::SectionHistoryPage;
pub use toolbar::byte_offset;
pub use word_meter::{WordMeter, usage};
