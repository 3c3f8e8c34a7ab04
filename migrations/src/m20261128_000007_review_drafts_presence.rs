//! Reviewing and writing together: threaded comments (optionally anchored to a quoted
//! passage) and suggested edits on sections; each writer's private autosaved draft; and who
//! is in a section right now (shared by every app server through the database).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SectionComments {
    Table,
    Id,
    SectionId,
    ParentId,
    AuthorUserId,
    OrganisationId,
    Quote,
    Body,
    CreatedAt,
    ResolvedAt,
    ResolvedBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum SectionSuggestions {
    Table,
    Id,
    SectionId,
    AuthorUserId,
    OrganisationId,
    BaseVersion,
    Body,
    Message,
    Status,
    CreatedAt,
    DecidedAt,
    DecidedBy,
    ResultVersion,
}

#[derive(DeriveIden, Clone, Copy)]
enum SectionDrafts {
    Table,
    SectionId,
    UserId,
    BaseVersion,
    Body,
    SavedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SectionPresence {
    Table,
    SectionId,
    UserId,
    SeenAt,
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

fn section_fk(
    name: &str,
    table: impl IntoIden,
    column: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(ReportSections::Table, ReportSections::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

fn user_fk(
    name: &str,
    table: impl IntoIden,
    column: impl IntoIden,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(Users::Table, Users::Id)
        .on_delete(on_delete)
        .take()
}

fn organisation_fk(
    name: &str,
    table: impl IntoIden,
    column: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(Organisations::Table, Organisations::Id)
        .on_delete(ForeignKeyAction::SetNull)
        .take()
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
                    .table(SectionComments::Table)
                    .col(pk_auto(SectionComments::Id))
                    .col(integer(SectionComments::SectionId))
                    // The thread's first comment; `NULL` for the first comment itself.
                    .col(integer_null(SectionComments::ParentId))
                    .col(integer_null(SectionComments::AuthorUserId))
                    .col(integer_null(SectionComments::OrganisationId))
                    // The passage the thread is about, quoted from the text (may be empty).
                    .col(text(SectionComments::Quote).default(""))
                    .col(text(SectionComments::Body))
                    .col(timestamp_with_time_zone(SectionComments::CreatedAt))
                    .col(timestamp_with_time_zone_null(SectionComments::ResolvedAt))
                    .col(integer_null(SectionComments::ResolvedBy))
                    .foreign_key(&mut section_fk(
                        "fk_section_comments_section",
                        SectionComments::Table,
                        SectionComments::SectionId,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_section_comments_parent")
                            .from(SectionComments::Table, SectionComments::ParentId)
                            .to(SectionComments::Table, SectionComments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(&mut user_fk(
                        "fk_section_comments_author",
                        SectionComments::Table,
                        SectionComments::AuthorUserId,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut user_fk(
                        "fk_section_comments_resolver",
                        SectionComments::Table,
                        SectionComments::ResolvedBy,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut organisation_fk(
                        "fk_section_comments_organisation",
                        SectionComments::Table,
                        SectionComments::OrganisationId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_section_comments_section")
                    .table(SectionComments::Table)
                    .col(SectionComments::SectionId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SectionSuggestions::Table)
                    .col(pk_auto(SectionSuggestions::Id))
                    .col(integer(SectionSuggestions::SectionId))
                    .col(integer_null(SectionSuggestions::AuthorUserId))
                    .col(integer_null(SectionSuggestions::OrganisationId))
                    // The section version the proposed text was written against.
                    .col(integer(SectionSuggestions::BaseVersion))
                    // The whole proposed text; the change is its diff against the base.
                    .col(text(SectionSuggestions::Body))
                    .col(text(SectionSuggestions::Message).default(""))
                    // `open`, `accepted` or `rejected`.
                    .col(string(SectionSuggestions::Status).default("open"))
                    .col(timestamp_with_time_zone(SectionSuggestions::CreatedAt))
                    .col(timestamp_with_time_zone_null(SectionSuggestions::DecidedAt))
                    .col(integer_null(SectionSuggestions::DecidedBy))
                    // The section version that accepting it produced.
                    .col(integer_null(SectionSuggestions::ResultVersion))
                    .foreign_key(&mut section_fk(
                        "fk_section_suggestions_section",
                        SectionSuggestions::Table,
                        SectionSuggestions::SectionId,
                    ))
                    .foreign_key(&mut user_fk(
                        "fk_section_suggestions_author",
                        SectionSuggestions::Table,
                        SectionSuggestions::AuthorUserId,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut user_fk(
                        "fk_section_suggestions_decider",
                        SectionSuggestions::Table,
                        SectionSuggestions::DecidedBy,
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut organisation_fk(
                        "fk_section_suggestions_organisation",
                        SectionSuggestions::Table,
                        SectionSuggestions::OrganisationId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_section_suggestions_section")
                    .table(SectionSuggestions::Table)
                    .col(SectionSuggestions::SectionId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SectionDrafts::Table)
                    .col(integer(SectionDrafts::SectionId))
                    .col(integer(SectionDrafts::UserId))
                    .col(integer(SectionDrafts::BaseVersion))
                    .col(text(SectionDrafts::Body))
                    .col(timestamp_with_time_zone(SectionDrafts::SavedAt))
                    .primary_key(
                        Index::create()
                            .col(SectionDrafts::SectionId)
                            .col(SectionDrafts::UserId),
                    )
                    .foreign_key(&mut section_fk(
                        "fk_section_drafts_section",
                        SectionDrafts::Table,
                        SectionDrafts::SectionId,
                    ))
                    .foreign_key(&mut user_fk(
                        "fk_section_drafts_user",
                        SectionDrafts::Table,
                        SectionDrafts::UserId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(SectionPresence::Table)
                    .col(integer(SectionPresence::SectionId))
                    .col(integer(SectionPresence::UserId))
                    .col(timestamp_with_time_zone(SectionPresence::SeenAt))
                    .primary_key(
                        Index::create()
                            .col(SectionPresence::SectionId)
                            .col(SectionPresence::UserId),
                    )
                    .foreign_key(&mut section_fk(
                        "fk_section_presence_section",
                        SectionPresence::Table,
                        SectionPresence::SectionId,
                    ))
                    .foreign_key(&mut user_fk(
                        "fk_section_presence_user",
                        SectionPresence::Table,
                        SectionPresence::UserId,
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            SectionPresence::Table.into_iden(),
            SectionDrafts::Table.into_iden(),
            SectionSuggestions::Table.into_iden(),
            SectionComments::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
