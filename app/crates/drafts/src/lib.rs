//! Reading a coalition's existing draft: a Word file as Markdown ([`docx`]) and Markdown split
//! into sections at its headings ([`split`]), so a report can start from the text people
//! already have.

pub mod docx;
pub mod split;
mod xml;
