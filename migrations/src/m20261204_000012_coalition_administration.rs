//! Administering coalitions and organisations from the product: a coalition's short name,
//! default language, time zone and archiving; what kind of body an organisation is.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    ShortName,
    DefaultLocale,
    TimeZone,
    ArchivedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Kind,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters one thing at a time.
        let columns = [
            string(Coalitions::ShortName).default("").to_owned(),
            string(Coalitions::DefaultLocale).default("en").to_owned(),
            string(Coalitions::TimeZone).default("UTC").to_owned(),
            timestamp_with_time_zone_null(Coalitions::ArchivedAt),
        ];
        for mut column in columns {
            manager
                .alter_table(
                    Table::alter()
                        .table(Coalitions::Table)
                        .add_column(&mut column)
                        .to_owned(),
                )
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .add_column(string(Organisations::Kind).default("ngo"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Organisations::Table)
                    .drop_column(Organisations::Kind)
                    .to_owned(),
            )
            .await?;
        for column in [
            Coalitions::ArchivedAt,
            Coalitions::TimeZone,
            Coalitions::DefaultLocale,
            Coalitions::ShortName,
        ] {
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
