//! Text algorithms every part of Shadowdesk shares, with no web framework in them: the
//! Markdown dialect sections are written in ([`markdown`]), word counts as a word processor
//! counts the rendered text ([`words`]) and the three-way merge of concurrent edits
//! ([`merge`]).

pub mod markdown;
pub mod merge;
pub mod words;
