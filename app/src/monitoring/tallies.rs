//! The running counts of acts and victims (server only): kept in step with every change of an
//! act or its event, inside that change's transaction, and read instead of the acts, so the
//! counts of a million acts read a few thousand rows.

use std::collections::{BTreeMap, HashMap};

use chrono::Datelike;
use entities::{monitoring_act, monitoring_event, monitoring_tally};
use sea_orm::{
    ActiveValue::Set,
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter,
    sea_query::{Expr, OnConflict},
};

use super::api::{CountRow, MonitoringCounts, YearTypes};
use crate::{
    auth::visibility::Visibility,
    states::{ActType, Named, VictimGroup},
};

/// What one running count counts: acts of one type and victim group, in events of one
/// organisation, coalition, year and region.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    pub coalition_id: i32,
    pub organisation_id: i32,
    pub year: i32,
    pub region: String,
    pub act_type: ActType,
    pub victim_group: VictimGroup,
}

impl Key {
    /// The count `act` of `event` belongs to.
    pub fn of(event: &monitoring_event::Model, act: &monitoring_act::Model) -> Self {
        Self {
            coalition_id: event.coalition_id,
            organisation_id: event.organisation_id,
            year: event.started_on.year(),
            region: event.region.clone(),
            act_type: act.act_type,
            victim_group: act.victim_group,
        }
    }
}

/// Adds `acts` and `victims` (negative to take away) to the count `key`, in `txn`.
pub async fn add(
    txn: &impl ConnectionTrait,
    key: &Key,
    acts: i64,
    victims: i64,
) -> Result<(), DbErr> {
    use monitoring_tally::Column as C;
    monitoring_tally::Entity::insert(monitoring_tally::ActiveModel {
        coalition_id: Set(key.coalition_id),
        organisation_id: Set(key.organisation_id),
        year: Set(key.year),
        region: Set(key.region.clone()),
        act_type: Set(key.act_type),
        victim_group: Set(key.victim_group),
        acts: Set(acts),
        victims: Set(victims),
        ..Default::default()
    })
    .on_conflict(
        OnConflict::columns([
            C::CoalitionId,
            C::OrganisationId,
            C::Year,
            C::Region,
            C::ActType,
            C::VictimGroup,
        ])
        .value(
            C::Acts,
            Expr::cust("monitoring_tallies.acts + excluded.acts"),
        )
        .value(
            C::Victims,
            Expr::cust("monitoring_tallies.victims + excluded.victims"),
        )
        .to_owned(),
    )
    .exec_without_returning(txn)
    .await?;
    if acts < 0 {
        monitoring_tally::Entity::delete_many()
            .filter(C::CoalitionId.eq(key.coalition_id))
            .filter(C::Acts.lte(0))
            .exec(txn)
            .await?;
    }
    Ok(())
}

/// Moves the counts of `event`'s acts from where it was counted (`before`) to where it is now,
/// after a change of its date or region, in `txn`.
pub async fn moved(
    txn: &impl ConnectionTrait,
    before: &monitoring_event::Model,
    after: &monitoring_event::Model,
) -> Result<(), DbErr> {
    if before.started_on.year() == after.started_on.year() && before.region == after.region {
        return Ok(());
    }
    let acts = monitoring_act::Entity::find()
        .filter(monitoring_act::Column::EventId.eq(before.id))
        .all(txn)
        .await?;
    let mut changes: HashMap<Key, (i64, i64)> = HashMap::new();
    for act in &acts {
        let victims = i64::from(act.victims);
        let old = changes.entry(Key::of(before, act)).or_default();
        old.0 -= 1;
        old.1 -= victims;
        let new = changes.entry(Key::of(after, act)).or_default();
        new.0 += 1;
        new.1 += victims;
    }
    for (key, (acts, victims)) in changes {
        add(txn, &key, acts, victims).await?;
    }
    Ok(())
}

/// The running counts of the coalitions `visible` names (all of them, or one by `only`).
pub async fn read(
    db: &impl ConnectionTrait,
    visible: &Visibility,
    only: Option<i32>,
) -> Result<Vec<monitoring_tally::Model>, DbErr> {
    let mut query = visible.restrict(
        monitoring_tally::Entity::find(),
        monitoring_tally::Column::CoalitionId,
    );
    if let Some(coalition) = only {
        query = query.filter(monitoring_tally::Column::CoalitionId.eq(coalition));
    }
    query
        .filter(monitoring_tally::Column::Acts.gt(0))
        .all(db)
        .await
}

/// How many events the coalitions `visible` names recorded (all of them, or one by `only`).
pub async fn events(
    db: &impl ConnectionTrait,
    visible: &Visibility,
    only: Option<i32>,
) -> Result<i64, DbErr> {
    let mut query = visible.restrict(
        monitoring_event::Entity::find(),
        monitoring_event::Column::CoalitionId,
    );
    if let Some(coalition) = only {
        query = query.filter(monitoring_event::Column::CoalitionId.eq(coalition));
    }
    Ok(i64::try_from(query.count(db).await?).unwrap_or(i64::MAX))
}

type Groups = BTreeMap<(String, bool), (i64, i64)>;

fn count(groups: &mut Groups, label: String, named: bool, acts: i64, victims: i64) {
    let entry = groups.entry((label, named)).or_default();
    entry.0 += acts;
    entry.1 += victims;
}

fn listed(groups: Groups) -> Vec<CountRow> {
    let mut rows: Vec<CountRow> = groups
        .into_iter()
        .map(|((label, named), (acts, victims))| CountRow {
            label,
            named,
            acts,
            victims,
        })
        .collect();
    rows.sort_by(|a, b| {
        b.victims
            .cmp(&a.victims)
            .then_with(|| a.label.cmp(&b.label))
    });
    rows
}

/// `tallies` added up by type, region, year (newest first) and victim group, with `events`.
pub fn counts(events: i64, tallies: &[monitoring_tally::Model]) -> MonitoringCounts {
    let (mut by_type, mut by_region, mut by_year, mut by_group) =
        (Groups::new(), Groups::new(), Groups::new(), Groups::new());
    for t in tallies {
        let (acts, victims) = (t.acts, t.victims);
        count(&mut by_type, t.act_type.name().into(), true, acts, victims);
        count(&mut by_region, t.region.clone(), false, acts, victims);
        count(&mut by_year, t.year.to_string(), false, acts, victims);
        count(
            &mut by_group,
            t.victim_group.name().into(),
            true,
            acts,
            victims,
        );
    }
    let mut by_year = listed(by_year);
    by_year.sort_by(|a, b| b.label.cmp(&a.label));
    let mut years: BTreeMap<i32, Vec<u64>> = BTreeMap::new();
    for t in tallies {
        let acts = years
            .entry(t.year)
            .or_insert_with(|| vec![0; ActType::ALL.len()]);
        if let Some(n) = ActType::ALL.iter().position(|a| *a == t.act_type) {
            acts[n] += u64::try_from(t.acts).unwrap_or(0);
        }
    }
    MonitoringCounts {
        events,
        by_type: listed(by_type),
        by_region: listed(by_region),
        by_year,
        by_group: listed(by_group),
        by_year_type: years
            .into_iter()
            .rev()
            .map(|(year, acts)| YearTypes {
                year: year.to_string(),
                acts,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(
        year: i32,
        region: &str,
        act_type: ActType,
        victim_group: VictimGroup,
        acts: i64,
        victims: i64,
    ) -> monitoring_tally::Model {
        monitoring_tally::Model {
            id: 0,
            coalition_id: 1,
            organisation_id: 1,
            year,
            region: region.into(),
            act_type,
            victim_group,
            acts,
            victims,
        }
    }

    #[test]
    fn tallies_add_up_by_type_region_year_and_group() {
        let tallies = [
            tally(
                2025,
                "Almaty",
                ActType::AssemblyRefused,
                VictimGroup::Defender,
                1,
                12,
            ),
            tally(
                2026,
                "Almaty",
                ActType::AssemblyRefused,
                VictimGroup::General,
                1,
                3,
            ),
            tally(
                2026,
                "Shymkent",
                ActType::Torture,
                VictimGroup::Detainee,
                1,
                1,
            ),
            tally(
                2026,
                "Shymkent",
                ActType::PressureOnJournalist,
                VictimGroup::Journalist,
                1,
                2,
            ),
        ];
        let counted = counts(3, &tallies);
        assert_eq!(counted.events, 3);
        let row = |rows: &[CountRow], label: &str| {
            rows.iter()
                .find(|r| r.label == label)
                .map(|r| (r.acts, r.victims))
        };
        assert_eq!(
            row(&counted.by_type, "assembly_notification_refused"),
            Some((2, 15))
        );
        assert_eq!(row(&counted.by_type, "killing"), None);
        assert_eq!(row(&counted.by_region, "Almaty"), Some((2, 15)));
        assert_eq!(row(&counted.by_region, "Shymkent"), Some((2, 3)));
        assert_eq!(
            counted
                .by_year
                .iter()
                .map(|r| r.label.as_str())
                .collect::<Vec<_>>(),
            ["2026", "2025"]
        );
        assert_eq!(row(&counted.by_group, "journalist"), Some((1, 2)));
        assert!(counted.by_type[0].named && !counted.by_region[0].named);
        let torture = ActType::ALL
            .iter()
            .position(|a| *a == ActType::Torture)
            .unwrap();
        let refused = ActType::ALL
            .iter()
            .position(|a| *a == ActType::AssemblyRefused)
            .unwrap();
        assert_eq!(counted.by_year_type[0].year, "2026");
        assert_eq!(counted.by_year_type[0].acts[torture], 1);
        assert_eq!(counted.by_year_type[0].acts[refused], 1);
        assert_eq!(counted.by_year_type[1].acts.iter().sum::<u64>(), 1);
    }
}
