//! Proposals: the recommendations and list-of-issues questions a coalition proposes in a
//! section, with their addressee and themes, and a copy of a section's proposals in each of
//! its revisions that changed them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
    Id,
    SectionId,
    Kind,
    Addressee,
    Text,
    Position,
    CreatedByUserId,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ProposalTags {
    Table,
    ProposalId,
    TagId,
}

#[derive(DeriveIden, Clone, Copy)]
enum SectionRevisions {
    Table,
    Proposals,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportSections {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tags {
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
                    .table(Proposals::Table)
                    .col(pk_auto(Proposals::Id))
                    .col(integer(Proposals::SectionId))
                    // `recommendation` or `question`.
                    .col(string(Proposals::Kind))
                    // `state` or `committee`.
                    .col(string(Proposals::Addressee))
                    .col(text(Proposals::Text))
                    .col(integer(Proposals::Position))
                    .col(integer_null(Proposals::CreatedByUserId))
                    .col(timestamp_with_time_zone(Proposals::CreatedAt))
                    .col(timestamp_with_time_zone(Proposals::UpdatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposals_section")
                            .from(Proposals::Table, Proposals::SectionId)
                            .to(ReportSections::Table, ReportSections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposals_created_by")
                            .from(Proposals::Table, Proposals::CreatedByUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposals_section")
                    .table(Proposals::Table)
                    .col(Proposals::SectionId)
                    .col(Proposals::Position)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ProposalTags::Table)
                    .col(integer(ProposalTags::ProposalId))
                    .col(integer(ProposalTags::TagId))
                    .primary_key(
                        Index::create()
                            .col(ProposalTags::ProposalId)
                            .col(ProposalTags::TagId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposal_tags_proposal")
                            .from(ProposalTags::Table, ProposalTags::ProposalId)
                            .to(Proposals::Table, Proposals::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposal_tags_tag")
                            .from(ProposalTags::Table, ProposalTags::TagId)
                            .to(Tags::Table, Tags::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The section's proposals as they stood at a revision that changed them (JSON).
        manager
            .alter_table(
                Table::alter()
                    .table(SectionRevisions::Table)
                    .add_column(text_null(SectionRevisions::Proposals))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(SectionRevisions::Table)
                    .drop_column(SectionRevisions::Proposals)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ProposalTags::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Proposals::Table).to_owned())
            .await
    }
}
