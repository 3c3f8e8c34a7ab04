//! Reports in several languages: the languages a report is translated into, and each
//! section's translation per language with its state, the source version it was made from,
//! and every saved version of it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ReportLanguages {
    Table,
    Id,
    ReportId,
    Language,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SectionTranslations {
    Table,
    Id,
    SectionId,
    Language,
    Title,
    Body,
    State,
    SourceVersion,
    TranslatorUserId,
    ApprovedByUserId,
    ApprovedAt,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum TranslationRevisions {
    Table,
    Id,
    TranslationId,
    Version,
    Body,
    SourceVersion,
    AuthorUserId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reports {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportSections {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
}

/// A foreign key from `table.column` to `users.id`, cleared when the account goes.
fn user_key(name: &str, table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ReportLanguages::Table)
                    .col(pk_auto(ReportLanguages::Id))
                    .col(integer(ReportLanguages::ReportId))
                    // A language code (BCP 47) other than the report's own.
                    .col(string(ReportLanguages::Language))
                    .col(timestamp_with_time_zone(ReportLanguages::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_report_languages_report")
                            .from(ReportLanguages::Table, ReportLanguages::ReportId)
                            .to(Reports::Table, Reports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_report_languages_report_language")
                    .table(ReportLanguages::Table)
                    .col(ReportLanguages::ReportId)
                    .col(ReportLanguages::Language)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SectionTranslations::Table)
                    .col(pk_auto(SectionTranslations::Id))
                    .col(integer(SectionTranslations::SectionId))
                    .col(string(SectionTranslations::Language))
                    // The section's heading in the language (empty: not translated yet).
                    .col(string(SectionTranslations::Title).default(""))
                    .col(text(SectionTranslations::Body))
                    // in_translation, translated, outdated or approved.
                    .col(string(SectionTranslations::State))
                    // The section's version the translation was last brought up to date with.
                    .col(integer(SectionTranslations::SourceVersion))
                    .col(integer_null(SectionTranslations::TranslatorUserId))
                    .col(integer_null(SectionTranslations::ApprovedByUserId))
                    .col(timestamp_with_time_zone_null(
                        SectionTranslations::ApprovedAt,
                    ))
                    .col(timestamp_with_time_zone(SectionTranslations::CreatedAt))
                    .col(timestamp_with_time_zone(SectionTranslations::UpdatedAt))
                    .col(integer(SectionTranslations::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_section_translations_section")
                            .from(SectionTranslations::Table, SectionTranslations::SectionId)
                            .to(ReportSections::Table, ReportSections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut user_key(
                        "fk_section_translations_translator",
                        SectionTranslations::Table,
                        SectionTranslations::TranslatorUserId,
                    ))
                    .foreign_key(&mut user_key(
                        "fk_section_translations_approver",
                        SectionTranslations::Table,
                        SectionTranslations::ApprovedByUserId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_section_translations_section_language")
                    .table(SectionTranslations::Table)
                    .col(SectionTranslations::SectionId)
                    .col(SectionTranslations::Language)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(TranslationRevisions::Table)
                    .col(pk_auto(TranslationRevisions::Id))
                    .col(integer(TranslationRevisions::TranslationId))
                    .col(integer(TranslationRevisions::Version))
                    .col(text(TranslationRevisions::Body))
                    .col(integer(TranslationRevisions::SourceVersion))
                    .col(integer_null(TranslationRevisions::AuthorUserId))
                    .col(timestamp_with_time_zone(TranslationRevisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_translation_revisions_translation")
                            .from(
                                TranslationRevisions::Table,
                                TranslationRevisions::TranslationId,
                            )
                            .to(SectionTranslations::Table, SectionTranslations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut user_key(
                        "fk_translation_revisions_author",
                        TranslationRevisions::Table,
                        TranslationRevisions::AuthorUserId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_translation_revisions_translation_version")
                    .table(TranslationRevisions::Table)
                    .col(TranslationRevisions::TranslationId)
                    .col(TranslationRevisions::Version)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            TranslationRevisions::Table.into_iden(),
            SectionTranslations::Table.into_iden(),
            ReportLanguages::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
