//! A coalition's public follow-up page: its short address (`/p/<address>`) and when a
//! coordinator published it (none: not published, the page answers 404).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    PublicAddress,
    PublishedAt,
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
                    .table(Coalitions::Table)
                    .add_column(string_null(Coalitions::PublicAddress))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Coalitions::Table)
                    .add_column(timestamp_with_time_zone_null(Coalitions::PublishedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_coalitions_public_address")
                    .table(Coalitions::Table)
                    .col(Coalitions::PublicAddress)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_coalitions_public_address")
                    .table(Coalitions::Table)
                    .to_owned(),
            )
            .await?;
        for column in [Coalitions::PublishedAt, Coalitions::PublicAddress] {
            manager
                .alter_table(
                    Table::alter()
                        .table(Coalitions::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
