//! Monitoring figures in a report: the coalition's counts of acts and victims put into a
//! section as a Markdown table with its source line ("Insert into section"), refreshed from
//! the records later. Each insertion or refresh is an ordinary save of the section, so its
//! history shows the change and the export carries the table.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod server;
