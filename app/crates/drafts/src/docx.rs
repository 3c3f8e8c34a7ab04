//! A Word draft (`.docx`) as Markdown: headings (by style or outline level), paragraphs with
//! bold, italics and strikethrough, bulleted and numbered lists, tables, links and footnotes.
//! Tracked deletions, field codes and images are left out.

use std::{
    collections::HashMap,
    io::{Cursor, Read},
};

use crate::xml::{Element, XmlError, parse};

/// The largest part of a `.docx` read (uncompressed), against zip bombs.
const MAX_PART_BYTES: u64 = 50 * 1024 * 1024;

/// Why a `.docx` could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DocxError {
    #[error("not a .docx file (not a zip archive)")]
    NotZip,
    #[error("the .docx has no word/document.xml")]
    NoDocument,
    #[error("a part of the .docx is too large")]
    TooLarge,
    #[error("the .docx is damaged: {0}")]
    Damaged(String),
}

impl From<XmlError> for DocxError {
    fn from(error: XmlError) -> Self {
        DocxError::Damaged(error.to_string())
    }
}

fn read_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<Element>, DocxError> {
    let file = match archive.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(error) => return Err(DocxError::Damaged(error.to_string())),
    };
    if file.size() > MAX_PART_BYTES {
        return Err(DocxError::TooLarge);
    }
    let mut text = String::new();
    file.take(MAX_PART_BYTES)
        .read_to_string(&mut text)
        .map_err(|e| DocxError::Damaged(e.to_string()))?;
    Ok(Some(parse(&text)?))
}

/// One paragraph style as far as the conversion cares.
struct StyleInfo {
    /// As Word names it internally ("heading 1", "Title", "List Bullet").
    name: String,
    based_on: Option<String>,
    /// Outline level, 0-based.
    outline: Option<usize>,
    /// The numbering (list) the style brings.
    numbering: Option<String>,
}

/// What the styles say about paragraphs: heading levels and list kinds by style id.
#[derive(Default)]
struct Styles {
    styles: HashMap<String, StyleInfo>,
}

impl Styles {
    fn read(root: Option<&Element>) -> Self {
        let mut styles = HashMap::new();
        if let Some(root) = root {
            for style in root.elements().filter(|e| e.name == "style") {
                let Some(id) = style.attribute("styleId") else {
                    continue;
                };
                let value = |name: &str| {
                    style
                        .child(name)
                        .and_then(|e| e.attribute("val"))
                        .map(str::to_string)
                };
                let properties = style.child("pPr");
                let outline = properties
                    .and_then(|p| p.child("outlineLvl"))
                    .and_then(|e| e.attribute("val"))
                    .and_then(|v| v.parse().ok());
                let numbering = properties
                    .and_then(|p| p.child("numPr"))
                    .and_then(|n| n.child("numId"))
                    .and_then(|e| e.attribute("val"))
                    .map(str::to_string);
                styles.insert(
                    id.to_string(),
                    StyleInfo {
                        name: value("name").unwrap_or_default(),
                        based_on: value("basedOn"),
                        outline,
                        numbering,
                    },
                );
            }
        }
        Styles { styles }
    }

    /// The Markdown heading level of style `id` (1 for a title, 2 for "heading 1", …).
    fn heading_level(&self, id: &str) -> Option<usize> {
        let mut current = Some(id.to_string());
        for _ in 0..10 {
            let style = self.styles.get(current.as_deref()?)?;
            let name = style.name.to_lowercase();
            if name == "title" {
                return Some(1);
            }
            if let Some(n) = name
                .strip_prefix("heading ")
                .and_then(|n| n.parse::<usize>().ok())
            {
                return Some(n + 1);
            }
            if let Some(level) = style.outline.filter(|l| *l < 9) {
                return Some(level + 2);
            }
            current = style.based_on.clone();
        }
        None
    }

    /// The numbering a list style brings, and whether its name says "number".
    fn list_of(&self, id: &str) -> Option<(Option<String>, bool)> {
        let style = self.styles.get(id)?;
        let name = style.name.to_lowercase();
        if style.numbering.is_some()
            || name.starts_with("list bullet")
            || name.starts_with("list number")
        {
            Some((style.numbering.clone(), name.starts_with("list number")))
        } else {
            None
        }
    }
}

/// Numbering definitions: whether a list (num id, level) is numbered or bulleted.
#[derive(Default)]
struct Numbering {
    /// num id → abstract num id.
    nums: HashMap<String, String>,
    /// (abstract num id, level) → numbered.
    levels: HashMap<(String, usize), bool>,
}

impl Numbering {
    fn read(root: Option<&Element>) -> Self {
        let mut numbering = Numbering::default();
        let Some(root) = root else {
            return numbering;
        };
        for element in root.elements() {
            match element.name.as_str() {
                "abstractNum" => {
                    let Some(id) = element.attribute("abstractNumId") else {
                        continue;
                    };
                    for level in element.elements().filter(|e| e.name == "lvl") {
                        let index = level
                            .attribute("ilvl")
                            .and_then(|v| v.parse().ok())
                            .unwrap_or(0);
                        let format = level
                            .child("numFmt")
                            .and_then(|f| f.attribute("val"))
                            .unwrap_or("bullet");
                        numbering.levels.insert(
                            (id.to_string(), index),
                            !matches!(format, "bullet" | "none"),
                        );
                    }
                }
                "num" => {
                    if let (Some(num), Some(abstract_id)) = (
                        element.attribute("numId"),
                        element
                            .child("abstractNumId")
                            .and_then(|a| a.attribute("val")),
                    ) {
                        numbering
                            .nums
                            .insert(num.to_string(), abstract_id.to_string());
                    }
                }
                _ => {}
            }
        }
        numbering
    }

    fn is_numbered(&self, num: &str, level: usize) -> Option<bool> {
        let abstract_id = self.nums.get(num)?;
        self.levels.get(&(abstract_id.clone(), level)).copied()
    }
}

/// Formatting of a stretch of text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Format {
    bold: bool,
    italic: bool,
    strike: bool,
}

/// A piece of a paragraph: formatted text, a footnote reference or a link.
enum Piece {
    Text(Format, String),
    Note(String),
    Link(String, String),
}

/// Everything the conversion needs while walking the document.
struct Converter {
    styles: Styles,
    numbering: Numbering,
    /// Relationship id → external link target.
    links: HashMap<String, String>,
    /// Footnote id in the file → its Markdown text.
    note_texts: HashMap<String, String>,
    /// Footnote ids in the order first cited; their Markdown labels are 1, 2, …
    cited: Vec<String>,
}

fn toggle(properties: Option<&Element>, name: &str) -> bool {
    properties
        .and_then(|p| p.child(name))
        .is_some_and(|e| !matches!(e.attribute("val"), Some("0" | "false" | "off" | "none")))
}

/// `text` with the characters Markdown would read as syntax escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '[' | ']' | '`' | '<' | '>' | '~' | '|'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Escapes what would start a block at the beginning of a line: `#`, `-`, `+`, `1.`.
fn escape_line_start(line: String) -> String {
    let trimmed = line.trim_start();
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    let after_digits = trimmed[digits..].chars().next();
    if trimmed.starts_with('#')
        || trimmed.starts_with("- ")
        || trimmed.starts_with("+ ")
        || trimmed == "-"
        || (digits > 0 && matches!(after_digits, Some('.' | ')')))
    {
        let at = line.len() - trimmed.len() + if digits > 0 { digits } else { 0 };
        let mut escaped = line.clone();
        escaped.insert(at, '\\');
        return escaped;
    }
    line
}

fn is_safe_link(target: &str) -> bool {
    let lower = target.to_ascii_lowercase();
    lower.starts_with("https://") || lower.starts_with("http://") || lower.starts_with("mailto:")
}

/// Wraps `text` in `marker`, keeping its outer spaces outside (as CommonMark requires).
fn wrap(text: &str, marker: &str) -> String {
    let inner = text.trim();
    if inner.is_empty() {
        return text.to_string();
    }
    let lead = &text[..text.len() - text.trim_start().len()];
    let trail = &text[text.trim_end().len()..];
    format!("{lead}{marker}{inner}{marker}{trail}")
}

impl Converter {
    fn pieces(&mut self, element: &Element, pieces: &mut Vec<Piece>) {
        for child in element.elements() {
            match child.name.as_str() {
                "r" => self.run(child, pieces),
                "hyperlink" => {
                    let mut inner = Vec::new();
                    self.pieces(child, &mut inner);
                    let text: String = inner
                        .iter()
                        .map(|p| match p {
                            Piece::Text(_, t) => t.as_str(),
                            _ => "",
                        })
                        .collect();
                    let target = child.attribute("id").and_then(|id| self.links.get(id));
                    match target {
                        Some(url) if is_safe_link(url) && !text.trim().is_empty() => {
                            pieces.push(Piece::Link(text, url.clone()));
                        }
                        _ => pieces.extend(inner),
                    }
                }
                // Tracked insertions count; deletions, moved-away text and field codes do not.
                "ins" | "smartTag" | "fldSimple" | "sdt" | "sdtContent" | "customXml"
                | "moveTo" => self.pieces(child, pieces),
                _ => {}
            }
        }
    }

    fn run(&mut self, run: &Element, pieces: &mut Vec<Piece>) {
        let properties = run.child("rPr");
        let format = Format {
            bold: toggle(properties, "b"),
            italic: toggle(properties, "i"),
            strike: toggle(properties, "strike") || toggle(properties, "dstrike"),
        };
        for child in run.elements() {
            let text = match child.name.as_str() {
                "t" => child.text(),
                "tab" => " ".to_string(),
                "br" | "cr" => " ".to_string(),
                "noBreakHyphen" => "-".to_string(),
                "footnoteReference" => {
                    if let Some(id) = child.attribute("id") {
                        if !self.cited.iter().any(|c| c == id) {
                            self.cited.push(id.to_string());
                        }
                        pieces.push(Piece::Note(id.to_string()));
                    }
                    continue;
                }
                _ => continue,
            };
            match pieces.last_mut() {
                Some(Piece::Text(previous, existing)) if *previous == format => {
                    existing.push_str(&text)
                }
                _ => pieces.push(Piece::Text(format, text)),
            }
        }
    }

    /// A paragraph's inline Markdown.
    fn inline(&mut self, paragraph: &Element) -> String {
        let mut pieces = Vec::new();
        self.pieces(paragraph, &mut pieces);
        let mut out = String::new();
        for piece in pieces {
            match piece {
                Piece::Text(format, text) => {
                    let mut text = escape(&text);
                    if format.strike {
                        text = wrap(&text, "~~");
                    }
                    if format.italic {
                        text = wrap(&text, "*");
                    }
                    if format.bold {
                        text = wrap(&text, "**");
                    }
                    out.push_str(&text);
                }
                Piece::Note(id) => {
                    let label = self.cited.iter().position(|c| *c == id).unwrap_or(0) + 1;
                    out.push_str(&format!("[^{label}]"));
                }
                Piece::Link(text, url) => {
                    let url = url
                        .replace(' ', "%20")
                        .replace(')', "%29")
                        .replace('(', "%28");
                    out.push_str(&format!("[{}]({url})", escape(text.trim())));
                }
            }
        }
        escape_line_start(out.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// A paragraph as a Markdown block (empty for an empty paragraph).
    fn paragraph(&mut self, paragraph: &Element) -> Block {
        let properties = paragraph.child("pPr");
        let style = properties
            .and_then(|p| p.child("pStyle"))
            .and_then(|s| s.attribute("val"))
            .map(str::to_string);
        let text = self.inline(paragraph);
        if text.is_empty() {
            return Block::Empty;
        }
        let outline = properties
            .and_then(|p| p.child("outlineLvl"))
            .and_then(|e| e.attribute("val"))
            .and_then(|v| v.parse::<usize>().ok())
            .filter(|l| *l < 9)
            .map(|l| l + 2);
        if let Some(level) = style
            .as_deref()
            .and_then(|s| self.styles.heading_level(s))
            .or(outline)
        {
            if level <= 6 {
                // Headings hold no emphasis markers: the title is the plain text.
                return Block::Heading(level, text.replace("**", "").replace("~~", ""));
            }
            return Block::Paragraph(format!("**{text}**"));
        }
        let numbering = properties.and_then(|p| p.child("numPr"));
        let direct = numbering
            .and_then(|n| n.child("numId"))
            .and_then(|e| e.attribute("val"));
        let level = numbering
            .and_then(|n| n.child("ilvl"))
            .and_then(|e| e.attribute("val"))
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(0)
            .min(5);
        let from_style = style.as_deref().and_then(|s| self.styles.list_of(s));
        let list = match (direct, from_style) {
            (Some("0"), _) => None,
            (Some(num), _) => Some(self.numbering.is_numbered(num, level).unwrap_or(false)),
            (None, Some((num, named_number))) => Some(
                num.and_then(|n| self.numbering.is_numbered(&n, level))
                    .unwrap_or(named_number),
            ),
            (None, None) => None,
        };
        match list {
            Some(numbered) => Block::Item {
                level,
                numbered,
                text,
            },
            None => Block::Paragraph(text),
        }
    }

    fn table(&mut self, table: &Element) -> Block {
        let mut rows: Vec<Vec<String>> = Vec::new();
        for row in table.elements().filter(|e| e.name == "tr") {
            let mut cells = Vec::new();
            for cell in row.elements().filter(|e| e.name == "tc") {
                let mut paragraphs = Vec::new();
                let mut found = Vec::new();
                cell.descendants("p", &mut found);
                for p in found {
                    let text = self.inline(p);
                    if !text.is_empty() {
                        paragraphs.push(text);
                    }
                }
                cells.push(paragraphs.join(" "));
                let span = cell
                    .child("tcPr")
                    .and_then(|p| p.child("gridSpan"))
                    .and_then(|g| g.attribute("val"))
                    .and_then(|v| v.parse::<usize>().ok())
                    .unwrap_or(1);
                cells.extend(std::iter::repeat_n(String::new(), span.clamp(1, 50) - 1));
            }
            rows.push(cells);
        }
        let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
        if columns == 0 {
            return Block::Empty;
        }
        let line = |cells: &[String]| {
            let mut cells = cells.to_vec();
            cells.resize(columns, String::new());
            format!("| {} |", cells.join(" | "))
        };
        let mut lines = vec![line(&rows[0]), format!("|{}", " --- |".repeat(columns))];
        lines.extend(rows[1..].iter().map(|r| line(r)));
        Block::Paragraph(lines.join("\n"))
    }

    fn blocks(&mut self, container: &Element, blocks: &mut Vec<Block>) {
        for element in container.elements() {
            match element.name.as_str() {
                "p" => blocks.push(self.paragraph(element)),
                "tbl" => blocks.push(self.table(element)),
                "sdt" | "sdtContent" | "customXml" | "ins" => self.blocks(element, blocks),
                _ => {}
            }
        }
    }
}

/// A block of the Markdown document.
enum Block {
    Empty,
    Heading(usize, String),
    Paragraph(String),
    Item {
        level: usize,
        numbered: bool,
        text: String,
    },
}

fn render(blocks: Vec<Block>) -> String {
    let mut out = String::new();
    let mut in_list = false;
    for block in blocks {
        let (text, item) = match block {
            Block::Empty => continue,
            Block::Heading(level, text) => (format!("{} {text}", "#".repeat(level)), false),
            Block::Paragraph(text) => (text, false),
            Block::Item {
                level,
                numbered,
                text,
            } => {
                let marker = if numbered { "1." } else { "-" };
                (format!("{}{marker} {text}", "    ".repeat(level)), true)
            }
        };
        if !out.is_empty() {
            out.push_str(if item && in_list { "\n" } else { "\n\n" });
        }
        out.push_str(&text);
        in_list = item;
    }
    out
}

/// The Markdown of the `.docx` in `bytes`.
pub fn to_markdown(bytes: &[u8]) -> Result<String, DocxError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| DocxError::NotZip)?;
    let document = read_part(&mut archive, "word/document.xml")?.ok_or(DocxError::NoDocument)?;
    let styles = Styles::read(read_part(&mut archive, "word/styles.xml")?.as_ref());
    let numbering = Numbering::read(read_part(&mut archive, "word/numbering.xml")?.as_ref());
    let mut links = HashMap::new();
    if let Some(rels) = read_part(&mut archive, "word/_rels/document.xml.rels")? {
        for rel in rels.elements() {
            if let (Some(id), Some(target)) = (rel.attribute("Id"), rel.attribute("Target")) {
                links.insert(id.to_string(), target.to_string());
            }
        }
    }
    let footnotes = read_part(&mut archive, "word/footnotes.xml")?;
    let mut converter = Converter {
        styles,
        numbering,
        links,
        note_texts: HashMap::new(),
        cited: Vec::new(),
    };
    let body = document
        .child("body")
        .ok_or_else(|| DocxError::Damaged("no body".into()))?;
    let mut blocks = Vec::new();
    converter.blocks(body, &mut blocks);
    let mut markdown = render(blocks);

    // Footnotes: texts of the cited ones, labelled in citing order; notes cited inside notes
    // are not followed further.
    if let Some(footnotes) = footnotes {
        for note in footnotes.elements().filter(|e| e.name == "footnote") {
            let Some(id) = note.attribute("id") else {
                continue;
            };
            if note.attribute("type").is_some_and(|t| t != "normal") {
                continue;
            }
            let mut paragraphs = Vec::new();
            for p in note.elements().filter(|e| e.name == "p") {
                let text = converter.inline(p);
                if !text.is_empty() {
                    paragraphs.push(text);
                }
            }
            converter
                .note_texts
                .insert(id.to_string(), paragraphs.join(" "));
        }
    }
    let cited = converter.cited.clone();
    for (index, id) in cited.iter().enumerate() {
        let text = converter.note_texts.get(id).cloned().unwrap_or_default();
        markdown.push_str(&format!("\n\n[^{}]: {text}", index + 1));
    }
    Ok(markdown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_syntax_in_plain_text() {
        assert_eq!(escape("a*b_c [x]"), "a\\*b\\_c \\[x\\]");
        assert_eq!(
            escape_line_start("# not a heading".into()),
            "\\# not a heading"
        );
        assert_eq!(
            escape_line_start("12. not a list".into()),
            "12\\. not a list"
        );
        assert_eq!(escape_line_start("- dash".into()), "\\- dash");
        assert_eq!(escape_line_start("plain".into()), "plain");
    }

    #[test]
    fn keeps_spaces_outside_emphasis() {
        assert_eq!(wrap(" bold ", "**"), " **bold** ");
        assert_eq!(wrap("  ", "**"), "  ");
    }

    #[test]
    fn lists_are_tight_and_nested() {
        let markdown = render(vec![
            Block::Paragraph("Intro".into()),
            Block::Item {
                level: 0,
                numbered: false,
                text: "one".into(),
            },
            Block::Item {
                level: 1,
                numbered: true,
                text: "two".into(),
            },
            Block::Paragraph("After".into()),
        ]);
        assert_eq!(markdown, "Intro\n\n- one\n    1. two\n\nAfter");
    }

    #[test]
    fn refuses_what_is_not_a_docx() {
        assert!(matches!(to_markdown(b"plain text"), Err(DocxError::NotZip)));
    }
}
