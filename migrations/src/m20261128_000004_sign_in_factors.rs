//! Stronger sign-in: TOTP second factors with recovery codes, coalitions that require them,
//! sign-in through OAuth2/OpenID Connect providers (linked identities and the pending
//! authorisations between redirect and callback).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
    /// The last TOTP time step accepted, so a code works only once.
    TotpLastStep,
}

#[derive(DeriveIden, Clone, Copy)]
enum Sessions {
    Table,
    /// Password (or provider) accepted, second factor not yet given: not signed in.
    SecondFactorPending,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    RequireSecondFactor,
}

#[derive(DeriveIden, Clone, Copy)]
enum RecoveryCodes {
    Table,
    Id,
    UserId,
    CodeHash,
    CreatedAt,
    UsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ExternalIdentities {
    Table,
    Id,
    UserId,
    Provider,
    Subject,
    Email,
    CreatedAt,
    LastUsedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum OauthAuthorizations {
    Table,
    StateHash,
    Provider,
    PkceVerifier,
    CreatedAt,
    ExpiresAt,
}

fn user_fk(name: &str, table: impl IntoIden, column: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(Users::Table, Users::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .take()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite alters a table one column at a time.
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .add_column(big_integer_null(Users::TotpLastStep))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Sessions::Table)
                    .add_column(boolean(Sessions::SecondFactorPending).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Coalitions::Table)
                    .add_column(boolean(Coalitions::RequireSecondFactor).default(false))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(RecoveryCodes::Table)
                    .col(pk_auto(RecoveryCodes::Id))
                    .col(integer(RecoveryCodes::UserId))
                    // SHA-256 of the code; the codes are shown once, never stored.
                    .col(string(RecoveryCodes::CodeHash))
                    .col(timestamp_with_time_zone(RecoveryCodes::CreatedAt))
                    .col(timestamp_with_time_zone_null(RecoveryCodes::UsedAt))
                    .foreign_key(&mut user_fk(
                        "fk_recovery_codes_user",
                        RecoveryCodes::Table,
                        RecoveryCodes::UserId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recovery_codes_user")
                    .table(RecoveryCodes::Table)
                    .col(RecoveryCodes::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ExternalIdentities::Table)
                    .col(pk_auto(ExternalIdentities::Id))
                    .col(integer(ExternalIdentities::UserId))
                    .col(string(ExternalIdentities::Provider))
                    .col(string(ExternalIdentities::Subject))
                    .col(string(ExternalIdentities::Email))
                    .col(timestamp_with_time_zone(ExternalIdentities::CreatedAt))
                    .col(timestamp_with_time_zone(ExternalIdentities::LastUsedAt))
                    .foreign_key(&mut user_fk(
                        "fk_external_identities_user",
                        ExternalIdentities::Table,
                        ExternalIdentities::UserId,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_external_identities_provider_subject")
                    .table(ExternalIdentities::Table)
                    .col(ExternalIdentities::Provider)
                    .col(ExternalIdentities::Subject)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OauthAuthorizations::Table)
                    // SHA-256 of the `state` sent to the provider.
                    .col(string(OauthAuthorizations::StateHash).primary_key())
                    .col(string(OauthAuthorizations::Provider))
                    .col(string(OauthAuthorizations::PkceVerifier))
                    .col(timestamp_with_time_zone(OauthAuthorizations::CreatedAt))
                    .col(timestamp_with_time_zone(OauthAuthorizations::ExpiresAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            OauthAuthorizations::Table.into_iden(),
            ExternalIdentities::Table.into_iden(),
            RecoveryCodes::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Coalitions::Table)
                    .drop_column(Coalitions::RequireSecondFactor)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Sessions::Table)
                    .drop_column(Sessions::SecondFactorPending)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Users::Table)
                    .drop_column(Users::TotpLastStep)
                    .to_owned(),
            )
            .await
    }
}
