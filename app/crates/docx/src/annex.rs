//! The recommendations annex: every recommendation the report cites, from the tracker, with
//! its source and paragraph, recommending State, position and the coalition's assessment.

use docx_rs::{Paragraph, Run, Shading, Table, TableCell, TableRow, WidthType};

use crate::{body::Block, submission::AnnexRecommendation, texts::Texts};

fn cell(text: &str, style: &str) -> TableCell {
    TableCell::new().add_paragraph(
        Paragraph::new()
            .style(style)
            .add_run(Run::new().add_text(super::parts::clean(text))),
    )
}

/// The annex table of `rows`.
pub fn table(rows: &[AnnexRecommendation], texts: &dyn Texts) -> Block {
    let header = TableRow::new(
        [
            "docx-annex-number",
            "docx-annex-recommendation",
            "docx-annex-source",
            "docx-annex-recommending",
            "docx-annex-position",
            "docx-annex-assessment",
        ]
        .iter()
        .map(|key| cell(&texts.get(key), "TableHeading").shading(Shading::new().fill("E7E6E6")))
        .collect(),
    );
    let mut table_rows = vec![header];
    for (i, row) in rows.iter().enumerate() {
        table_rows.push(TableRow::new(vec![
            cell(&(i + 1).to_string(), "TableText"),
            cell(&row.text, "TableText"),
            cell(&row.citation, "TableText"),
            cell(&row.recommending_states, "TableText"),
            cell(&row.position, "TableText"),
            cell(&row.assessment, "TableText"),
        ]));
    }
    Block::Table(Box::new(
        Table::new(table_rows)
            .style("TableGrid")
            .width(5000, WidthType::Pct)
            .set_grid(vec![500, 3600, 1800, 1200, 1000, 1000]),
    ))
}
