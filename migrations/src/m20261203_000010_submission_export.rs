//! Exporting the submission: the report's front matter (keywords, the publication or
//! confidentiality statement), sections marked as annexes (outside the word count), where a
//! profile puts notes (footnotes or endnotes) and its optional reference styles, and the final
//! exports, each frozen with its file, SHA-256, author and time.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ReportExports {
    Table,
    Id,
    ReportId,
    Name,
    FileName,
    Sha256,
    SizeBytes,
    Content,
    BodyWords,
    NoteWords,
    Revisions,
    ExportedBy,
    ExportedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reports {
    Table,
    Id,
    Keywords,
    Publication,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportSections {
    Table,
    Annex,
}

#[derive(DeriveIden, Clone, Copy)]
enum SubmissionProfiles {
    Table,
    Mechanism,
    NotesPlacement,
    ReferenceStyles,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReportExports::Table)
                    .col(pk_auto(ReportExports::Id))
                    .col(integer(ReportExports::ReportId))
                    // "Final 1", "Final 2", … in the order they were made.
                    .col(string_len(ReportExports::Name, 100))
                    .col(string_len(ReportExports::FileName, 300))
                    .col(string_len(ReportExports::Sha256, 64))
                    .col(big_integer(ReportExports::SizeBytes))
                    .col(blob(ReportExports::Content))
                    .col(integer(ReportExports::BodyWords))
                    .col(integer(ReportExports::NoteWords))
                    // JSON `[[section id, revision number], …]`: the text that went out.
                    .col(text(ReportExports::Revisions))
                    .col(integer_null(ReportExports::ExportedBy))
                    .col(timestamp_with_time_zone(ReportExports::ExportedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_report_exports_report",
                        (ReportExports::Table, ReportExports::ReportId),
                        (Reports::Table, Reports::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_report_exports_user",
                        (ReportExports::Table, ReportExports::ExportedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_report_exports_report")
                    .table(ReportExports::Table)
                    .col(ReportExports::ReportId)
                    .to_owned(),
            )
            .await?;
        let columns: [(DynIden, ColumnDef); 5] = [
            (
                Reports::Table.into_iden(),
                text(Reports::Keywords).default("").to_owned(),
            ),
            // `public`, `confidential`, or empty while not decided.
            (
                Reports::Table.into_iden(),
                string_len(Reports::Publication, 20).default("").to_owned(),
            ),
            (
                ReportSections::Table.into_iden(),
                boolean(ReportSections::Annex).default(false).to_owned(),
            ),
            // `footnotes` or `endnotes`.
            (
                SubmissionProfiles::Table.into_iden(),
                string_len(SubmissionProfiles::NotesPlacement, 20)
                    .default("footnotes")
                    .to_owned(),
            ),
            // The `word/styles.xml` of a reference document, when one was uploaded.
            (
                SubmissionProfiles::Table.into_iden(),
                text_null(SubmissionProfiles::ReferenceStyles).to_owned(),
            ),
        ];
        for (table, mut column) in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        // The UPR wants its notes as endnotes.
        manager
            .exec_stmt(
                Query::update()
                    .table(SubmissionProfiles::Table)
                    .value(SubmissionProfiles::NotesPlacement, "endnotes")
                    .and_where(Expr::col(SubmissionProfiles::Mechanism).eq("UPR"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (SubmissionProfiles::Table.into_iden(), "reference_styles"),
            (SubmissionProfiles::Table.into_iden(), "notes_placement"),
            (ReportSections::Table.into_iden(), "annex"),
            (Reports::Table.into_iden(), "publication"),
            (Reports::Table.into_iden(), "keywords"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .drop_table(Table::drop().table(ReportExports::Table).to_owned())
            .await
    }
}

fn foreign_key(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}
