//! A Word draft built with docx-rs, as a coalition would start from: a title, two heading
//! levels, emphasis, a numbered list, a table, a link and footnotes.

use docx_rs::{
    AbstractNumbering, Docx, Footnote, Hyperlink, HyperlinkType, IndentLevel, Level, LevelJc,
    LevelText, NumberFormat, Numbering, NumberingId, Paragraph, Run, Start, Style, StyleType,
    Table, TableCell, TableRow,
};

fn text(words: &str) -> Run {
    Run::new().add_text(words)
}

fn heading(level: usize, title: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .add_run(text(title))
}

fn footnote(words: &str) -> Footnote {
    Footnote::new().add_content(Paragraph::new().add_run(text(words)))
}

/// The bytes of the draft `.docx`.
pub fn draft_docx() -> Vec<u8> {
    let numbered = Level::new(
        0,
        Start::new(1),
        NumberFormat::new("decimal"),
        LevelText::new("%1."),
        LevelJc::new("left"),
    );
    let docx = Docx::new()
        .add_style(Style::new("Title", StyleType::Paragraph).name("Title"))
        .add_style(Style::new("Heading1", StyleType::Paragraph).name("heading 1"))
        .add_style(Style::new("Heading2", StyleType::Paragraph).name("heading 2"))
        .add_abstract_numbering(AbstractNumbering::new(1).add_level(numbered))
        .add_numbering(Numbering::new(2, 1))
        .add_paragraph(
            Paragraph::new()
                .style("Title")
                .add_run(text("Alternative report on Kazakhstan")),
        )
        .add_paragraph(Paragraph::new().add_run(text("Submitted by the coalition.")))
        .add_paragraph(heading(1, "Prohibition of torture (art. 7)"))
        .add_paragraph(
            Paragraph::new()
                .add_run(text("Detainees were "))
                .add_run(text("beaten").bold())
                .add_run(text(" in "))
                .add_run(text("police custody").italic())
                .add_run(text(", and the file was "))
                .add_run(text("lost").strike())
                .add_run(text("."))
                .add_run(
                    Run::new().add_footnote_reference(footnote("Interview 12, Almaty, 2025.")),
                ),
        )
        .add_paragraph(heading(2, "Cases documented"))
        .add_paragraph(
            Paragraph::new()
                .numbering(NumberingId::new(2), IndentLevel::new(0))
                .add_run(text("Karaganda, March 2025")),
        )
        .add_paragraph(
            Paragraph::new()
                .numbering(NumberingId::new(2), IndentLevel::new(0))
                .add_run(text("Shymkent, May 2025")),
        )
        .add_table(Table::new(vec![
            TableRow::new(vec![
                TableCell::new().add_paragraph(Paragraph::new().add_run(text("Year"))),
                TableCell::new().add_paragraph(Paragraph::new().add_run(text("Complaints"))),
            ]),
            TableRow::new(vec![
                TableCell::new().add_paragraph(Paragraph::new().add_run(text("2025"))),
                TableCell::new().add_paragraph(Paragraph::new().add_run(text("214"))),
            ]),
        ]))
        .add_paragraph(heading(1, "Freedom of expression (art. 19)"))
        .add_paragraph(
            Paragraph::new()
                .add_run(text("See the "))
                .add_hyperlink(
                    Hyperlink::new("https://example.org/monitoring", HyperlinkType::External)
                        .add_run(text("monitoring data")),
                )
                .add_run(text(" for 2025."))
                .add_run(
                    Run::new().add_footnote_reference(footnote("Monitoring by the coalition.")),
                ),
        );
    let mut bytes = Vec::new();
    docx.pack(std::io::Cursor::new(&mut bytes))
        .expect("the draft packs");
    bytes
}
