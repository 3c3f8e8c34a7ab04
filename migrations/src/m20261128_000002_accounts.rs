//! People and their access: users, organisation memberships, coalition roles, server-side
//! sessions, and the append-only audit log.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
    Email,
    DisplayName,
    Locale,
    PasswordHash,
    TotpSecret,
    IsAdmin,
    Disabled,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum OrganisationMembers {
    Table,
    OrganisationId,
    UserId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum CoalitionRoles {
    Table,
    CoalitionId,
    UserId,
    Role,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Sessions {
    Table,
    Id,
    UserId,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
    ClientAddress,
    UserAgent,
}

#[derive(DeriveIden, Clone, Copy)]
enum AuditEvents {
    Table,
    Id,
    At,
    ActorUserId,
    Action,
    Subject,
    Detail,
    ClientAddress,
    CoalitionId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    Id,
}

fn fk(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
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
                    .table(Users::Table)
                    .col(pk_auto(Users::Id))
                    // Stored trimmed and lower-cased, so uniqueness ignores case.
                    .col(string_uniq(Users::Email))
                    .col(string(Users::DisplayName))
                    .col(string(Users::Locale).default("en"))
                    .col(string_null(Users::PasswordHash))
                    .col(string_null(Users::TotpSecret))
                    .col(boolean(Users::IsAdmin).default(false))
                    .col(boolean(Users::Disabled).default(false))
                    .col(timestamp_with_time_zone(Users::CreatedAt))
                    .col(timestamp_with_time_zone(Users::UpdatedAt))
                    .col(integer(Users::Version).default(1))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(OrganisationMembers::Table)
                    .col(integer(OrganisationMembers::OrganisationId))
                    .col(integer(OrganisationMembers::UserId))
                    .col(timestamp_with_time_zone(OrganisationMembers::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(OrganisationMembers::OrganisationId)
                            .col(OrganisationMembers::UserId),
                    )
                    .foreign_key(&mut fk(
                        "fk_organisation_members_organisation",
                        (
                            OrganisationMembers::Table,
                            OrganisationMembers::OrganisationId,
                        ),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_organisation_members_user",
                        (OrganisationMembers::Table, OrganisationMembers::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(CoalitionRoles::Table)
                    .col(integer(CoalitionRoles::CoalitionId))
                    .col(integer(CoalitionRoles::UserId))
                    .col(string(CoalitionRoles::Role))
                    .col(timestamp_with_time_zone(CoalitionRoles::CreatedAt))
                    .primary_key(
                        Index::create()
                            .col(CoalitionRoles::CoalitionId)
                            .col(CoalitionRoles::UserId),
                    )
                    .foreign_key(&mut fk(
                        "fk_coalition_roles_coalition",
                        (CoalitionRoles::Table, CoalitionRoles::CoalitionId),
                        (Coalitions::Table, Coalitions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "fk_coalition_roles_user",
                        (CoalitionRoles::Table, CoalitionRoles::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Sessions::Table)
                    // SHA-256 of the cookie's token: a database leak yields no usable session.
                    .col(string(Sessions::Id).primary_key())
                    .col(integer(Sessions::UserId))
                    .col(timestamp_with_time_zone(Sessions::CreatedAt))
                    .col(timestamp_with_time_zone(Sessions::LastSeenAt))
                    .col(timestamp_with_time_zone(Sessions::ExpiresAt))
                    .col(string_null(Sessions::ClientAddress))
                    .col(string_null(Sessions::UserAgent))
                    .foreign_key(&mut fk(
                        "fk_sessions_user",
                        (Sessions::Table, Sessions::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_sessions_user")
                    .table(Sessions::Table)
                    .col(Sessions::UserId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(AuditEvents::Table)
                    .col(big_pk_auto(AuditEvents::Id))
                    .col(timestamp_with_time_zone(AuditEvents::At))
                    .col(integer_null(AuditEvents::ActorUserId))
                    .col(string(AuditEvents::Action))
                    .col(string_null(AuditEvents::Subject))
                    .col(text(AuditEvents::Detail).default(""))
                    .col(string_null(AuditEvents::ClientAddress))
                    .col(integer_null(AuditEvents::CoalitionId))
                    .to_owned(),
            )
            .await?;
        for (name, column) in [
            ("idx_audit_events_action_at", AuditEvents::Action),
            ("idx_audit_events_subject_at", AuditEvents::Subject),
            ("idx_audit_events_address_at", AuditEvents::ClientAddress),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(AuditEvents::Table)
                        .col(column)
                        .col(AuditEvents::At)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditEvents::Table.into_iden(),
            Sessions::Table.into_iden(),
            CoalitionRoles::Table.into_iden(),
            OrganisationMembers::Table.into_iden(),
            Users::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
