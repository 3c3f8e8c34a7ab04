//! Interventions in field monitoring: what an organisation did about an event — a complaint,
//! an appeal, a request for information, an urgent appeal to a UN mechanism — to which body,
//! when, what came back and how it ended.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringInterventions {
    Table,
    Id,
    EventId,
    Kind,
    Body,
    SubmittedOn,
    Response,
    Outcome,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringEvents {
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
                    .table(MonitoringInterventions::Table)
                    .col(pk_auto(MonitoringInterventions::Id))
                    .col(integer(MonitoringInterventions::EventId))
                    // `complaint`, `appeal`, `information_request`, `urgent_appeal`.
                    .col(string(MonitoringInterventions::Kind))
                    .col(string(MonitoringInterventions::Body))
                    .col(date(MonitoringInterventions::SubmittedOn))
                    .col(text(MonitoringInterventions::Response))
                    // `pending`, `no_response`, `rejected`, `partly_granted`, `granted`.
                    .col(string(MonitoringInterventions::Outcome))
                    .col(integer_null(MonitoringInterventions::CreatedBy))
                    .col(timestamp_with_time_zone(MonitoringInterventions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_interventions_event")
                            .from(
                                MonitoringInterventions::Table,
                                MonitoringInterventions::EventId,
                            )
                            .to(MonitoringEvents::Table, MonitoringEvents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_interventions_created_by")
                            .from(
                                MonitoringInterventions::Table,
                                MonitoringInterventions::CreatedBy,
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
                    .name("idx_monitoring_interventions_event")
                    .table(MonitoringInterventions::Table)
                    .col(MonitoringInterventions::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(MonitoringInterventions::Table)
                    .to_owned(),
            )
            .await
    }
}
