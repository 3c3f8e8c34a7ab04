//! The numbering definitions: one for body paragraphs (1., 2., … through the whole report,
//! across headings and lists), one for bullets, one that ordered lists take instances of.

use docx_rs::{
    AbstractNumbering, Docx, Level, LevelJc, LevelText, NumberFormat, Numbering, SpecialIndentType,
    Start,
};

/// The numbering instance of body paragraphs.
pub const BODY_NUMBERING: usize = 1;
/// The numbering instance of bulleted lists.
pub const BULLET_NUMBERING: usize = 2;
/// The abstract definition each ordered list takes an instance of.
pub const ORDERED_ABSTRACT: usize = 3;

const BULLETS: [&str; 3] = ["•", "◦", "▪"];
const ORDERED: [(&str, &str); 3] = [
    ("decimal", "%1."),
    ("lowerLetter", "%2)"),
    ("lowerRoman", "%3."),
];

/// `docx` with the three definitions and the body and bullet instances.
pub fn define(docx: Docx) -> Docx {
    // Body: the number at the margin, the text from the first tab stop, wrapping to the margin.
    let body = AbstractNumbering::new(BODY_NUMBERING).add_level(
        Level::new(
            0,
            Start::new(1),
            NumberFormat::new("decimal"),
            LevelText::new("%1."),
            LevelJc::new("left"),
        )
        .indent(Some(0), Some(SpecialIndentType::FirstLine(0)), None, None),
    );
    let mut bullets = AbstractNumbering::new(BULLET_NUMBERING);
    let mut ordered = AbstractNumbering::new(ORDERED_ABSTRACT);
    for level in 0..3 {
        let left = 720 * (level as i32 + 1);
        bullets = bullets.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new("bullet"),
                LevelText::new(BULLETS[level]),
                LevelJc::new("left"),
            )
            .indent(
                Some(left),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
        ordered = ordered.add_level(
            Level::new(
                level,
                Start::new(1),
                NumberFormat::new(ORDERED[level].0),
                LevelText::new(ORDERED[level].1),
                LevelJc::new("left"),
            )
            .indent(
                Some(left),
                Some(SpecialIndentType::Hanging(360)),
                None,
                None,
            ),
        );
    }
    docx.add_abstract_numbering(body)
        .add_abstract_numbering(bullets)
        .add_abstract_numbering(ordered)
        .add_numbering(Numbering::new(BODY_NUMBERING, BODY_NUMBERING))
        .add_numbering(Numbering::new(BULLET_NUMBERING, BULLET_NUMBERING))
}
