//! The regions a coalition's monitoring records use: a list its coordinators keep, which the
//! event forms offer and, once it has names, hold events to.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringRegions {
    Table,
    Id,
    CoalitionId,
    Name,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
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
                    .table(MonitoringRegions::Table)
                    .col(pk_auto(MonitoringRegions::Id))
                    .col(integer(MonitoringRegions::CoalitionId))
                    .col(string(MonitoringRegions::Name))
                    .col(timestamp_with_time_zone(MonitoringRegions::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_regions_coalition")
                            .from(MonitoringRegions::Table, MonitoringRegions::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_monitoring_regions_name")
                    .table(MonitoringRegions::Table)
                    .col(MonitoringRegions::CoalitionId)
                    .col(MonitoringRegions::Name)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MonitoringRegions::Table).to_owned())
            .await
    }
}
