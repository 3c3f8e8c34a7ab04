//! Translators assigned per section and language: the one person who translates a section
//! into a language, whatever their role, as a lead editor writes it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum TranslationAssignments {
    Table,
    Id,
    SectionId,
    Language,
    TranslatorUserId,
    AssignedByUserId,
    AssignedAt,
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

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(TranslationAssignments::Table)
                    .col(pk_auto(TranslationAssignments::Id))
                    .col(integer(TranslationAssignments::SectionId))
                    // A language code the section's report is translated into.
                    .col(string(TranslationAssignments::Language))
                    .col(integer(TranslationAssignments::TranslatorUserId))
                    .col(integer_null(TranslationAssignments::AssignedByUserId))
                    .col(timestamp_with_time_zone(TranslationAssignments::AssignedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_translation_assignments_section")
                            .from(
                                TranslationAssignments::Table,
                                TranslationAssignments::SectionId,
                            )
                            .to(ReportSections::Table, ReportSections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    // The assignment goes with the translator's account.
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_translation_assignments_translator")
                            .from(
                                TranslationAssignments::Table,
                                TranslationAssignments::TranslatorUserId,
                            )
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_translation_assignments_assigned_by")
                            .from(
                                TranslationAssignments::Table,
                                TranslationAssignments::AssignedByUserId,
                            )
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_translation_assignments_section_language")
                    .table(TranslationAssignments::Table)
                    .col(TranslationAssignments::SectionId)
                    .col(TranslationAssignments::Language)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(TranslationAssignments::Table)
                    .to_owned(),
            )
            .await
    }
}
