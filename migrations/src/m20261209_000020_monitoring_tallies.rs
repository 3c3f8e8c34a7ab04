//! The running counts of field monitoring: acts and victims per coalition, organisation, year,
//! region, type of act and victim group, kept with every change of an act or event so that
//! counting a million acts reads a few thousand rows. Filled here from the acts recorded so far.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::DbBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum MonitoringTallies {
    Table,
    Id,
    CoalitionId,
    OrganisationId,
    Year,
    Region,
    ActType,
    VictimGroup,
    Acts,
    Victims,
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

/// The tallies of the acts recorded before this migration, by backend (each names a date's
/// year its own way).
fn backfill(backend: DbBackend) -> String {
    let year = match backend {
        DbBackend::Postgres => "CAST(EXTRACT(YEAR FROM e.started_on) AS INTEGER)",
        _ => "CAST(strftime('%Y', e.started_on) AS INTEGER)",
    };
    format!(
        "INSERT INTO monitoring_tallies \
         (coalition_id, organisation_id, year, region, act_type, victim_group, acts, victims) \
         SELECT e.coalition_id, e.organisation_id, {year}, e.region, a.act_type, a.victim_group, \
         COUNT(*), SUM(a.victims) \
         FROM monitoring_acts a JOIN monitoring_events e ON e.id = a.event_id \
         GROUP BY e.coalition_id, e.organisation_id, {year}, e.region, a.act_type, a.victim_group"
    )
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
                    .table(MonitoringTallies::Table)
                    .col(pk_auto(MonitoringTallies::Id))
                    .col(integer(MonitoringTallies::CoalitionId))
                    .col(integer(MonitoringTallies::OrganisationId))
                    .col(integer(MonitoringTallies::Year))
                    .col(string(MonitoringTallies::Region))
                    .col(string(MonitoringTallies::ActType))
                    .col(string(MonitoringTallies::VictimGroup))
                    .col(big_integer(MonitoringTallies::Acts))
                    .col(big_integer(MonitoringTallies::Victims))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_tallies_coalition")
                            .from(MonitoringTallies::Table, MonitoringTallies::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_monitoring_tallies_organisation")
                            .from(MonitoringTallies::Table, MonitoringTallies::OrganisationId)
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_monitoring_tallies_key")
                    .table(MonitoringTallies::Table)
                    .col(MonitoringTallies::CoalitionId)
                    .col(MonitoringTallies::OrganisationId)
                    .col(MonitoringTallies::Year)
                    .col(MonitoringTallies::Region)
                    .col(MonitoringTallies::ActType)
                    .col(MonitoringTallies::VictimGroup)
                    .unique()
                    .to_owned(),
            )
            .await?;
        let backend = manager.get_database_backend();
        manager
            .get_connection()
            .execute_unprepared(&backfill(backend))
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MonitoringTallies::Table).to_owned())
            .await
    }
}
