//! Monitoring figures in a report and the tracker: the coalition's counts of acts and victims
//! put into a section as a Markdown table with its source line ("Insert into section"),
//! refreshed from the records later — each an ordinary save of the section, so its history
//! shows the change and the export carries the table — and monitored events linked to
//! recommendations as evidence, counted on the recommendation's page.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod evidence;
#[cfg(feature = "ssr")]
pub mod server;
