//! Field monitoring: events a member organisation (a branch) records, and the acts within
//! them with their victims counted by characteristics. An event belongs to its organisation;
//! the coalition counts every event, and reads one only when its organisation shares it.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringEvents {
    Table,
    Id,
    CoalitionId,
    OrganisationId,
    Title,
    StartedOn,
    EndedOn,
    Region,
    Locality,
    Description,
    Source,
    Reliability,
    Status,
    Shared,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringActs {
    Table,
    Id,
    EventId,
    ActType,
    Ground,
    Victims,
    Sex,
    AgeGroup,
    VictimGroup,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
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
                    .table(MonitoringEvents::Table)
                    .col(pk_auto(MonitoringEvents::Id))
                    .col(integer(MonitoringEvents::CoalitionId))
                    .col(integer(MonitoringEvents::OrganisationId))
                    .col(string(MonitoringEvents::Title))
                    .col(date(MonitoringEvents::StartedOn))
                    .col(date_null(MonitoringEvents::EndedOn))
                    .col(string(MonitoringEvents::Region))
                    .col(string(MonitoringEvents::Locality))
                    .col(text(MonitoringEvents::Description))
                    .col(string(MonitoringEvents::Source))
                    // `high`, `medium`, `low`, `unknown`.
                    .col(string(MonitoringEvents::Reliability))
                    // `ongoing`, `closed`.
                    .col(string(MonitoringEvents::Status))
                    .col(boolean(MonitoringEvents::Shared))
                    .col(integer_null(MonitoringEvents::CreatedBy))
                    .col(timestamp_with_time_zone(MonitoringEvents::CreatedAt))
                    .col(timestamp_with_time_zone(MonitoringEvents::UpdatedAt))
                    .col(integer(MonitoringEvents::Version))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_events_coalition")
                            .from(MonitoringEvents::Table, MonitoringEvents::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_events_organisation")
                            .from(MonitoringEvents::Table, MonitoringEvents::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_events_created_by")
                            .from(MonitoringEvents::Table, MonitoringEvents::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_monitoring_events_coalition")
                    .table(MonitoringEvents::Table)
                    .col(MonitoringEvents::CoalitionId)
                    .col(MonitoringEvents::StartedOn)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MonitoringActs::Table)
                    .col(pk_auto(MonitoringActs::Id))
                    .col(integer(MonitoringActs::EventId))
                    .col(string(MonitoringActs::ActType))
                    // The stated ground of a refusal, as the authority wrote it.
                    .col(string(MonitoringActs::Ground))
                    .col(integer(MonitoringActs::Victims))
                    .col(string(MonitoringActs::Sex))
                    .col(string(MonitoringActs::AgeGroup))
                    .col(string(MonitoringActs::VictimGroup))
                    .col(timestamp_with_time_zone(MonitoringActs::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_acts_event")
                            .from(MonitoringActs::Table, MonitoringActs::EventId)
                            .to(MonitoringEvents::Table, MonitoringEvents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_monitoring_acts_event")
                    .table(MonitoringActs::Table)
                    .col(MonitoringActs::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MonitoringActs::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MonitoringEvents::Table).to_owned())
            .await
    }
}
