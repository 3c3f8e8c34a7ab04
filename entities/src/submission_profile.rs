//! The UN's formal rules for one mechanism and reporting stage, and the outline a new report of
//! that kind starts from. Seeded with the UN defaults; administrators edit them.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "submission_profiles")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// Stable identifier such as `ccpr-session` or `upr-joint`.
    #[sea_orm(unique)]
    pub code: String,
    /// Mechanism code, e.g. `CCPR` or `UPR`.
    pub mechanism: String,
    /// Reporting stage, e.g. `loi`, `session`, `follow_up`, `stakeholder`.
    pub stage: String,
    pub name: String,
    /// Word limit of the submission; `None` where the mechanism sets none.
    pub word_limit: Option<i32>,
    /// Whether notes count towards the word limit.
    pub notes_counted: bool,
    /// Comma-separated language codes the mechanism accepts.
    pub languages: String,
    /// Comma-separated front-matter items the submission must carry.
    pub front_matter: String,
    /// One heading per line (`#`, `##`, `###`); other lines are guidance for the section above.
    #[sea_orm(column_type = "Text")]
    pub outline_template: String,
    /// Where the export puts notes: `footnotes` or `endnotes`.
    pub notes_placement: String,
    /// The `word/styles.xml` of an uploaded reference document, overriding the default styles.
    #[sea_orm(column_type = "Text", nullable)]
    pub reference_styles: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub version: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
