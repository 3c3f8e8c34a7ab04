//! Persons in field monitoring — victims, witnesses, alleged perpetrators — each under a
//! pseudonym, with identity fields sealed under their organisation's key (never stored in the
//! clear); and the case-worker right of an organisation's members, who alone open them.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringPersons {
    Table,
    Id,
    EventId,
    Role,
    Pseudonym,
    Sex,
    AgeGroup,
    /// The identity fields sealed (`None` when none were given or once destroyed).
    Identity,
    IdentityDestroyed,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringEvents {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum OrganisationMembers {
    Table,
    CaseWorker,
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
            .alter_table(
                Table::alter()
                    .table(OrganisationMembers::Table)
                    .add_column(boolean(OrganisationMembers::CaseWorker).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MonitoringPersons::Table)
                    .col(pk_auto(MonitoringPersons::Id))
                    .col(integer(MonitoringPersons::EventId))
                    // `victim`, `witness`, `alleged_perpetrator`.
                    .col(string(MonitoringPersons::Role))
                    .col(string(MonitoringPersons::Pseudonym))
                    .col(string(MonitoringPersons::Sex))
                    .col(string(MonitoringPersons::AgeGroup))
                    .col(blob_null(MonitoringPersons::Identity))
                    .col(boolean(MonitoringPersons::IdentityDestroyed).default(false))
                    .col(integer_null(MonitoringPersons::CreatedBy))
                    .col(timestamp_with_time_zone(MonitoringPersons::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_persons_event")
                            .from(MonitoringPersons::Table, MonitoringPersons::EventId)
                            .to(MonitoringEvents::Table, MonitoringEvents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_persons_created_by")
                            .from(MonitoringPersons::Table, MonitoringPersons::CreatedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_monitoring_persons_event")
                    .table(MonitoringPersons::Table)
                    .col(MonitoringPersons::EventId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MonitoringPersons::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(OrganisationMembers::Table)
                    .drop_column(OrganisationMembers::CaseWorker)
                    .to_owned(),
            )
            .await
    }
}
