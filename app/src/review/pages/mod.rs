//! The review panel under the section editor.

mod panel;
mod suggestions;
mod threads;

pub use panel::ReviewPanel;
