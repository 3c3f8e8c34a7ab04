//! Organisations, coalitions and their members, reports and their sections.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Id,
    Name,
    ShortName,
    ParentId,
    Country,
    Region,
    Description,
    Website,
    ContactEmail,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    Id,
    Name,
    Description,
    LeadOrganisationId,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum CoalitionMembers {
    Table,
    CoalitionId,
    OrganisationId,
    JoinedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reports {
    Table,
    Id,
    CoalitionId,
    Title,
    Mechanism,
    Stage,
    StateUnderReview,
    Session,
    Language,
    Deadline,
    Status,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportSections {
    Table,
    Id,
    ReportId,
    ParentId,
    Position,
    Title,
    Body,
    WordBudget,
    Status,
    AssignedOrganisationId,
    CreatedAt,
    UpdatedAt,
    Version,
}

/// `created_at`, `updated_at` and `version` (optimistic concurrency) on an edited table.
fn audit_columns<T: IntoIden + Copy>(
    table: &mut TableCreateStatement,
    created: T,
    updated: T,
    version: T,
) -> TableCreateStatement {
    table
        .col(timestamp_with_time_zone(created))
        .col(timestamp_with_time_zone(updated))
        .col(integer(version).default(1))
        .take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(audit_columns(
                Table::create()
                    .table(Organisations::Table)
                    .col(pk_auto(Organisations::Id))
                    .col(string_uniq(Organisations::Name))
                    .col(string(Organisations::ShortName))
                    .col(integer_null(Organisations::ParentId))
                    .col(string(Organisations::Country))
                    .col(string_null(Organisations::Region))
                    .col(text(Organisations::Description).default(""))
                    .col(string_null(Organisations::Website))
                    .col(string_null(Organisations::ContactEmail))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_organisations_parent")
                            .from(Organisations::Table, Organisations::ParentId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    ),
                Organisations::CreatedAt,
                Organisations::UpdatedAt,
                Organisations::Version,
            ))
            .await?;

        manager
            .create_table(audit_columns(
                Table::create()
                    .table(Coalitions::Table)
                    .col(pk_auto(Coalitions::Id))
                    .col(string_uniq(Coalitions::Name))
                    .col(text(Coalitions::Description).default(""))
                    .col(integer(Coalitions::LeadOrganisationId))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_coalitions_lead")
                            .from(Coalitions::Table, Coalitions::LeadOrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    ),
                Coalitions::CreatedAt,
                Coalitions::UpdatedAt,
                Coalitions::Version,
            ))
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CoalitionMembers::Table)
                    .col(integer(CoalitionMembers::CoalitionId))
                    .col(integer(CoalitionMembers::OrganisationId))
                    .col(timestamp_with_time_zone(CoalitionMembers::JoinedAt))
                    .primary_key(
                        Index::create()
                            .col(CoalitionMembers::CoalitionId)
                            .col(CoalitionMembers::OrganisationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_coalition_members_coalition")
                            .from(CoalitionMembers::Table, CoalitionMembers::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_coalition_members_organisation")
                            .from(CoalitionMembers::Table, CoalitionMembers::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(audit_columns(
                Table::create()
                    .table(Reports::Table)
                    .col(pk_auto(Reports::Id))
                    .col(integer(Reports::CoalitionId))
                    .col(string(Reports::Title))
                    .col(string(Reports::Mechanism))
                    .col(string(Reports::Stage))
                    .col(string(Reports::StateUnderReview))
                    .col(string_null(Reports::Session))
                    .col(string(Reports::Language))
                    .col(timestamp_with_time_zone_null(Reports::Deadline))
                    .col(string(Reports::Status).default("drafting"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_reports_coalition")
                            .from(Reports::Table, Reports::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    ),
                Reports::CreatedAt,
                Reports::UpdatedAt,
                Reports::Version,
            ))
            .await?;

        manager
            .create_table(audit_columns(
                Table::create()
                    .table(ReportSections::Table)
                    .col(pk_auto(ReportSections::Id))
                    .col(integer(ReportSections::ReportId))
                    .col(integer_null(ReportSections::ParentId))
                    .col(integer(ReportSections::Position))
                    .col(string(ReportSections::Title))
                    .col(text(ReportSections::Body).default(""))
                    .col(integer_null(ReportSections::WordBudget))
                    .col(string(ReportSections::Status).default("not_started"))
                    .col(integer_null(ReportSections::AssignedOrganisationId))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_report_sections_report")
                            .from(ReportSections::Table, ReportSections::ReportId)
                            .to(Reports::Table, Reports::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_report_sections_parent")
                            .from(ReportSections::Table, ReportSections::ParentId)
                            .to(ReportSections::Table, ReportSections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_report_sections_organisation")
                            .from(
                                ReportSections::Table,
                                ReportSections::AssignedOrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    ),
                ReportSections::CreatedAt,
                ReportSections::UpdatedAt,
                ReportSections::Version,
            ))
            .await?;

        manager
            .create_index(
                Index::create()
                    .name("idx_report_sections_outline")
                    .table(ReportSections::Table)
                    .col(ReportSections::ReportId)
                    .col(ReportSections::Position)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ReportSections::Table.into_iden(),
            Reports::Table.into_iden(),
            CoalitionMembers::Table.into_iden(),
            Coalitions::Table.into_iden(),
            Organisations::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
