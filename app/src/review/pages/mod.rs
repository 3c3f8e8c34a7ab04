//! The review panel under the section editor.

mod panel;
mod suggestions;
mod threads;

pub use panel::ReviewPanel;

use leptos::prelude::*;

use crate::sections::pages::ReviewPanelArgs;

/// The review panel, for the section page's review slot.
pub fn review_panel(args: ReviewPanelArgs) -> AnyView {
    let ReviewPanelArgs {
        section_id,
        textarea,
        refresh,
        on_accepted,
        ..
    } = args;
    view! { <ReviewPanel section_id textarea refresh on_accepted /> }.into_any()
}
