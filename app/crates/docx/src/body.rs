//! The body of the file: each section's Markdown walked as a comrak AST into docx-rs
//! paragraphs and tables. Body paragraphs carry the one numbering that runs through the whole
//! report; headings, lists, quotes, tables and annexes do not take a number. Notes are
//! collected for the notes part.

use std::collections::HashMap;

use comrak::{
    Arena,
    nodes::{AstNode, ListType, NodeValue, TableAlignment},
    parse_document,
};
use docx_rs::{
    AlignmentType, BreakType, Footnote, Hyperlink, HyperlinkType, IndentLevel, LevelOverride,
    Numbering, NumberingId, Paragraph, Run, RunFonts, Shading, Table, TableCell, TableRow,
    WidthType,
};

use super::{
    inline::{self, Format, Span},
    numbering::{BODY_NUMBERING, BULLET_NUMBERING, ORDERED_ABSTRACT},
    parts::clean,
};
use shadowdesk_text::markdown::options;

use crate::lang::{self, Lang};

/// A block of the document body.
pub enum Block {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

/// A note, numbered in the order of its reference, with its paragraphs' spans.
pub struct Note {
    pub id: usize,
    pub paragraphs: Vec<Vec<Span>>,
    pub lang: Lang,
}

/// Writes sections one after another, keeping what runs through the whole document: the
/// notes, the numbering instances of ordered lists and the count of numbered paragraphs.
pub struct BodyWriter {
    pub lang: Lang,
    pub blocks: Vec<Block>,
    pub notes: Vec<Note>,
    /// Ordered lists' numbering instances (each starts at its own number).
    pub numberings: Vec<Numbering>,
    /// Body paragraphs numbered so far.
    pub numbered: usize,
    /// Heading titles with their level, for the table of contents.
    pub headings: Vec<(usize, String)>,
    next_numbering: usize,
}

/// Where a block sits, which decides its style and numbering.
#[derive(Clone, Copy)]
struct Place {
    /// Depth of the section (its Markdown headings go below it).
    section_depth: usize,
    /// Body paragraphs are numbered (not in annexes or front matter).
    numbered: bool,
    /// Inside a list: its numbering instance and level.
    list: Option<(usize, usize)>,
    /// Inside a block quote.
    quote: bool,
}

/// The first numbering instance ids left for ordered lists.
const FIRST_LIST_NUMBERING: usize = 10;

impl BodyWriter {
    /// A writer for a document in `lang`.
    pub fn new(lang: Lang) -> Self {
        Self {
            lang,
            blocks: Vec::new(),
            notes: Vec::new(),
            numberings: Vec::new(),
            numbered: 0,
            headings: Vec::new(),
            next_numbering: FIRST_LIST_NUMBERING,
        }
    }

    /// A heading of `level` (1–6) with `title`.
    pub fn heading(&mut self, level: usize, title: &str) {
        let level = level.clamp(1, 6);
        self.headings.push((level, title.to_string()));
        let spans = vec![Span::Text {
            text: title.to_string(),
            format: Format::default(),
            link: None,
        }];
        let paragraph = self
            .paragraph(&spans, &HashMap::new())
            .style(&format!("Heading{level}"));
        self.blocks.push(Block::Paragraph(Box::new(paragraph)));
    }

    /// A plain paragraph in `style` (front matter, annex text).
    pub fn plain(&mut self, style: &str, text: &str) {
        let spans = vec![Span::Text {
            text: text.to_string(),
            format: Format::default(),
            link: None,
        }];
        let paragraph = self.paragraph(&spans, &HashMap::new()).style(style);
        self.blocks.push(Block::Paragraph(Box::new(paragraph)));
    }

    /// Adds a ready block.
    pub fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    /// The Markdown of a section at `depth`, numbered or not.
    pub fn markdown(&mut self, markdown: &str, depth: usize, numbered: bool) {
        let arena = Arena::new();
        let root = parse_document(&arena, markdown, &options());
        let definitions: HashMap<String, &AstNode> = root
            .children()
            .filter_map(|n| match &n.data().value {
                NodeValue::FootnoteDefinition(d) => Some((d.name.clone(), n)),
                _ => None,
            })
            .collect();
        let place = Place {
            section_depth: depth,
            numbered,
            list: None,
            quote: false,
        };
        for node in root.children() {
            self.block(node, place, &definitions);
        }
    }

    fn block<'a>(
        &mut self,
        node: &'a AstNode<'a>,
        place: Place,
        notes: &HashMap<String, &'a AstNode<'a>>,
    ) {
        let value = node.data().value.clone();
        match value {
            NodeValue::Paragraph => {
                let spans = inline::spans(node);
                if spans.is_empty() {
                    return;
                }
                let mut paragraph = self.paragraph(&spans, notes);
                paragraph = if let Some((numbering, level)) = place.list {
                    let first = node
                        .parent()
                        .and_then(|p| p.first_child())
                        .is_some_and(|f| std::ptr::eq(f, node));
                    let p = paragraph.style("ListParagraph");
                    if first {
                        p.numbering(NumberingId::new(numbering), IndentLevel::new(level))
                    } else {
                        p.indent(Some(720 * (level as i32 + 1)), None, None, None)
                    }
                } else if place.quote {
                    paragraph.style("Quote")
                } else if place.numbered {
                    self.numbered += 1;
                    paragraph
                        .style("BodyNumbered")
                        .numbering(NumberingId::new(BODY_NUMBERING), IndentLevel::new(0))
                } else {
                    paragraph.style("BodyText")
                };
                self.blocks.push(Block::Paragraph(Box::new(paragraph)));
            }
            NodeValue::Heading(h) => {
                let level = (place.section_depth + usize::from(h.level)).min(6);
                let spans = inline::spans(node);
                self.headings.push((level, inline::plain(&spans)));
                let paragraph = self
                    .paragraph(&spans, notes)
                    .style(&format!("Heading{level}"));
                self.blocks.push(Block::Paragraph(Box::new(paragraph)));
            }
            NodeValue::List(list) => {
                let level = place.list.map_or(0, |(_, l)| l + 1).min(2);
                let numbering = match list.list_type {
                    ListType::Bullet => BULLET_NUMBERING,
                    ListType::Ordered => self.ordered(list.start, level),
                };
                for item in node.children() {
                    for child in item.children() {
                        self.block(
                            child,
                            Place {
                                list: Some((numbering, level)),
                                ..place
                            },
                            notes,
                        );
                    }
                }
            }
            NodeValue::BlockQuote | NodeValue::MultilineBlockQuote(_) => {
                for child in node.children() {
                    self.block(
                        child,
                        Place {
                            quote: true,
                            ..place
                        },
                        notes,
                    );
                }
            }
            NodeValue::CodeBlock(code) => {
                let mut run = Run::new().fonts(mono());
                for (i, line) in code.literal.trim_end_matches('\n').split('\n').enumerate() {
                    if i > 0 {
                        run = run.add_break(BreakType::TextWrapping);
                    }
                    run = run.add_text(clean(line));
                }
                let paragraph = Paragraph::new().style("Code").add_run(run);
                self.blocks.push(Block::Paragraph(Box::new(paragraph)));
            }
            NodeValue::Table(table) => {
                let alignments = table.alignments.clone();
                let table = self.table(node, &alignments, notes);
                self.blocks.push(Block::Table(Box::new(table)));
            }
            NodeValue::ThematicBreak => {
                let paragraph = Paragraph::new()
                    .style("BodyText")
                    .align(AlignmentType::Center)
                    .add_run(Run::new().add_text("* * *"));
                self.blocks.push(Block::Paragraph(Box::new(paragraph)));
            }
            // Notes go where they are referred to; raw HTML never leaves.
            NodeValue::FootnoteDefinition(_) | NodeValue::HtmlBlock(_) => {}
            _ => {
                for child in node.children() {
                    self.block(child, place, notes);
                }
            }
        }
    }

    /// A new numbering instance of the ordered-list definition starting at `start`.
    fn ordered(&mut self, start: usize, level: usize) -> usize {
        let id = self.next_numbering;
        self.next_numbering += 1;
        self.numberings.push(
            Numbering::new(id, ORDERED_ABSTRACT)
                .add_override(LevelOverride::new(level).start(start)),
        );
        id
    }

    fn table<'a>(
        &mut self,
        node: &'a AstNode<'a>,
        alignments: &[TableAlignment],
        notes: &HashMap<String, &'a AstNode<'a>>,
    ) -> Table {
        let mut rows = Vec::new();
        for row in node.children() {
            let header = matches!(row.data().value, NodeValue::TableRow(true));
            let mut cells = Vec::new();
            for (i, cell) in row.children().enumerate() {
                let spans = inline::spans(cell);
                let align = match alignments.get(i) {
                    Some(TableAlignment::Center) => AlignmentType::Center,
                    Some(TableAlignment::Right) => AlignmentType::Right,
                    _ => AlignmentType::Left,
                };
                let style = if header { "TableHeading" } else { "TableText" };
                let paragraph = self.paragraph(&spans, notes).style(style).align(align);
                let mut cell = TableCell::new().add_paragraph(paragraph);
                if header {
                    cell = cell.shading(Shading::new().fill("E7E6E6"));
                }
                cells.push(cell);
            }
            rows.push(TableRow::new(cells));
        }
        Table::new(rows)
            .style("TableGrid")
            .width(5000, WidthType::Pct)
    }

    /// A paragraph of `spans`, its runs tagged with their language when it is not the
    /// document's.
    fn paragraph<'a>(
        &mut self,
        spans: &[Span],
        notes: &HashMap<String, &'a AstNode<'a>>,
    ) -> Paragraph {
        let lang = lang::detect(&inline::plain(spans), self.lang);
        let lang_style = (lang != self.lang).then(|| lang.style_id());
        let mut paragraph = Paragraph::new();
        for span in spans {
            match span {
                Span::Text { text, format, link } => {
                    let mut run = styled_run(text, *format, lang_style);
                    match link {
                        Some(url) => {
                            run = run.color("0563C1").underline("single");
                            paragraph = paragraph.add_hyperlink(
                                Hyperlink::new(url, HyperlinkType::External).add_run(run),
                            );
                        }
                        None => paragraph = paragraph.add_run(run),
                    }
                }
                Span::LineBreak => {
                    paragraph = paragraph.add_run(Run::new().add_break(BreakType::TextWrapping));
                }
                Span::NoteRef(name) => {
                    if let Some(definition) = notes.get(name) {
                        let id = self.note(definition);
                        paragraph =
                            paragraph.add_run(Run::new().add_footnote_reference(Footnote {
                                id,
                                content: vec![Paragraph::new()],
                            }));
                    }
                }
            }
        }
        paragraph
    }

    /// Records a note with the paragraphs of `definition`; returns its id.
    fn note<'a>(&mut self, definition: &'a AstNode<'a>) -> usize {
        // 0 and -1 are the separators.
        let id = self.notes.len() + 1;
        let mut paragraphs = Vec::new();
        for block in definition.descendants() {
            if matches!(
                block.data().value,
                NodeValue::Paragraph | NodeValue::Heading(_) | NodeValue::TableCell
            ) {
                let spans: Vec<Span> = inline::spans(block)
                    .into_iter()
                    // A note inside a note has nowhere to go.
                    .filter(|s| !matches!(s, Span::NoteRef(_)))
                    .collect();
                if !spans.is_empty() {
                    paragraphs.push(spans);
                }
            }
        }
        let lang = lang::detect(
            &paragraphs
                .iter()
                .map(|p| inline::plain(p))
                .collect::<String>(),
            self.lang,
        );
        self.notes.push(Note {
            id,
            paragraphs,
            lang,
        });
        id
    }
}

/// Courier New for code.
fn mono() -> RunFonts {
    RunFonts::new()
        .ascii("Courier New")
        .hi_ansi("Courier New")
        .cs("Courier New")
}

/// A run of `text` with `format`, in character style `lang_style` when given.
fn styled_run(text: &str, format: Format, lang_style: Option<&str>) -> Run {
    let mut run = Run::new();
    if let Some(style) = lang_style {
        run = run.style(style);
    }
    if format.bold {
        run = run.bold();
    }
    if format.italic {
        run = run.italic();
    }
    if format.strike {
        run = run.strike();
    }
    if format.code {
        run = run.fonts(mono());
    }
    if format.superscript {
        run.run_property = run
            .run_property
            .vert_align(docx_rs::VertAlignType::SuperScript);
    }
    run.add_text(clean(text))
}
