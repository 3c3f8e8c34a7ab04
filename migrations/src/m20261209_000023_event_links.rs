//! Monitored events linked to recommendations as evidence of their (non-)implementation: the
//! recommendation's page counts them, and the event's page names the recommendations.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringEventRecommendations {
    Table,
    EventId,
    RecommendationId,
    LinkedBy,
    LinkedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringEvents {
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
        use MonitoringEventRecommendations as Links;
        manager
            .create_table(
                Table::create()
                    .table(Links::Table)
                    .col(integer(Links::EventId))
                    .col(integer(Links::RecommendationId))
                    .col(integer_null(Links::LinkedBy))
                    .col(timestamp_with_time_zone(Links::LinkedAt))
                    .primary_key(
                        Index::create()
                            .col(Links::EventId)
                            .col(Links::RecommendationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_event_recommendations_event")
                            .from(Links::Table, Links::EventId)
                            .to(MonitoringEvents::Table, MonitoringEvents::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_event_recommendations_recommendation")
                            .from(Links::Table, Links::RecommendationId)
                            .to(Recommendations::Table, Recommendations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_event_recommendations_linked_by")
                            .from(Links::Table, Links::LinkedBy)
                            .to(Users::Table, Users::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_recommendations_recommendation")
                    .table(Links::Table)
                    .col(Links::RecommendationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(MonitoringEventRecommendations::Table)
                    .to_owned(),
            )
            .await
    }
}
