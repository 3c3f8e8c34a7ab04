//! Uptake: which issued recommendations a coordinator confirmed as taking up (in full, in
//! part, or not) a proposal of the coalition's report.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ProposalUptakes {
    Table,
    Id,
    ProposalId,
    RecommendationId,
    Uptake,
    ConfirmedByUserId,
    ConfirmedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Proposals {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Recommendations {
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
                    .table(ProposalUptakes::Table)
                    .col(pk_auto(ProposalUptakes::Id))
                    .col(integer(ProposalUptakes::ProposalId))
                    .col(integer(ProposalUptakes::RecommendationId))
                    // `full`, `partial` or `not_taken_up`.
                    .col(string(ProposalUptakes::Uptake))
                    .col(integer_null(ProposalUptakes::ConfirmedByUserId))
                    .col(timestamp_with_time_zone(ProposalUptakes::ConfirmedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposal_uptakes_proposal")
                            .from(ProposalUptakes::Table, ProposalUptakes::ProposalId)
                            .to(Proposals::Table, Proposals::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposal_uptakes_recommendation")
                            .from(ProposalUptakes::Table, ProposalUptakes::RecommendationId)
                            .to(Recommendations::Table, Recommendations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_proposal_uptakes_confirmed_by")
                            .from(ProposalUptakes::Table, ProposalUptakes::ConfirmedByUserId)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_proposal_uptakes_pair")
                    .table(ProposalUptakes::Table)
                    .col(ProposalUptakes::ProposalId)
                    .col(ProposalUptakes::RecommendationId)
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ProposalUptakes::Table).to_owned())
            .await
    }
}
