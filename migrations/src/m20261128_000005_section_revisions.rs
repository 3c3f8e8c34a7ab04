//! Every saved version of every section, so nothing anyone writes is lost and concurrent saves
//! can be merged against the version they started from. Existing sections get their current
//! text as their first revision.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SectionRevisions {
    Table,
    Id,
    SectionId,
    Version,
    Title,
    Body,
    AuthorUserId,
    OrganisationId,
    Message,
    CreatedAt,
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

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
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
                    .table(SectionRevisions::Table)
                    .col(pk_auto(SectionRevisions::Id))
                    .col(integer(SectionRevisions::SectionId))
                    // The section's version this revision is (1, 2, 3, …).
                    .col(integer(SectionRevisions::Version))
                    .col(string(SectionRevisions::Title))
                    .col(text(SectionRevisions::Body))
                    .col(integer_null(SectionRevisions::AuthorUserId))
                    .col(integer_null(SectionRevisions::OrganisationId))
                    .col(string_null(SectionRevisions::Message))
                    .col(timestamp_with_time_zone(SectionRevisions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_section_revisions_section")
                            .from(SectionRevisions::Table, SectionRevisions::SectionId)
                            .to(ReportSections::Table, ReportSections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_section_revisions_author")
                            .from(SectionRevisions::Table, SectionRevisions::AuthorUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_section_revisions_organisation")
                            .from(SectionRevisions::Table, SectionRevisions::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_section_revisions_section_version")
                    .table(SectionRevisions::Table)
                    .col(SectionRevisions::SectionId)
                    .col(SectionRevisions::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        // Sections written before revisions existed: their current text is their first one.
        manager
            .get_connection()
            .execute_unprepared(
                "INSERT INTO section_revisions \
                 (section_id, version, title, body, author_user_id, organisation_id, message, created_at) \
                 SELECT id, version, title, body, NULL, assigned_organisation_id, NULL, updated_at \
                 FROM report_sections",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SectionRevisions::Table).to_owned())
            .await
    }
}
