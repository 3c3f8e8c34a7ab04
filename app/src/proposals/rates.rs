//! Uptake rates (server only): of a coalition's proposals, how many the UN took up in full, in
//! part, not at all, or are not yet confirmed — in all, and per report, writing organisation,
//! theme, body and cycle. A proposal counts once per group it falls in, by the best uptake
//! confirmed for it.

use std::collections::{BTreeMap, HashMap};

use entities::{
    organisation, proposal, proposal_tag, proposal_uptake, report, report_section,
    section_contributor, tag,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::api::{UptakeCounts, UptakeRates};
use crate::{
    auth::policy::{Action, Actor},
    error::AppError,
    i18n::{Locale, translate},
    recommendations::{follow_up::charts::percent, list::export::to_csv as csv_file},
    report_access::authorized,
    states::{Publication, ReportStatus, Uptake},
};

/// Which of a coalition's reports the rates count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reports {
    /// Every report (its members' view).
    All,
    /// Submitted reports the UN may publish (the public page).
    Public,
}

/// One proposal with what it is counted under.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counted {
    /// Index into [`UptakeCounts::counts`]: 0 full, 1 in part, 2 not taken up, 3 unconfirmed.
    pub outcome: usize,
    pub report: String,
    pub organisations: Vec<String>,
    pub themes: Vec<String>,
    pub body: String,
    pub cycle: String,
}

/// The column of [`UptakeCounts::counts`] for the best of the `confirmed` uptakes.
pub fn outcome(confirmed: &[Uptake]) -> usize {
    if confirmed.contains(&Uptake::Full) {
        0
    } else if confirmed.contains(&Uptake::Partial) {
        1
    } else if confirmed.contains(&Uptake::NotTakenUp) {
        2
    } else {
        3
    }
}

/// Adds one proposal to the group `label` of `groups`.
fn add(groups: &mut BTreeMap<String, [u64; 4]>, label: &str, outcome: usize) {
    groups.entry(label.to_string()).or_default()[outcome] += 1;
}

fn listed(groups: BTreeMap<String, [u64; 4]>) -> Vec<UptakeCounts> {
    let mut rows: Vec<UptakeCounts> = groups
        .into_iter()
        .map(|(label, counts)| UptakeCounts { label, counts })
        .collect();
    rows.sort_by(|a, b| {
        b.total()
            .cmp(&a.total())
            .then_with(|| a.label.cmp(&b.label))
    });
    rows
}

/// The rates of `proposals`.
pub fn rates(proposals: &[Counted]) -> UptakeRates {
    let mut total = [0u64; 4];
    let (mut by_report, mut by_organisation, mut by_theme, mut by_body, mut by_cycle) = (
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
        BTreeMap::new(),
    );
    for p in proposals {
        total[p.outcome] += 1;
        add(&mut by_report, &p.report, p.outcome);
        for organisation in &p.organisations {
            add(&mut by_organisation, organisation, p.outcome);
        }
        for theme in &p.themes {
            add(&mut by_theme, theme, p.outcome);
        }
        add(&mut by_body, &p.body, p.outcome);
        if !p.cycle.is_empty() {
            add(&mut by_cycle, &p.cycle, p.outcome);
        }
    }
    UptakeRates {
        total: UptakeCounts {
            label: String::new(),
            counts: total,
        },
        by_report: listed(by_report),
        by_organisation: listed(by_organisation),
        by_theme: listed(by_theme),
        by_body: listed(by_body),
        by_cycle: listed(by_cycle),
    }
}

/// The uptake rates of coalition `coalition_id`'s proposals in `which` reports.
pub async fn of_coalition(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    which: Reports,
) -> Result<UptakeRates, AppError> {
    let reports: HashMap<i32, report::Model> = report::Entity::find()
        .filter(report::Column::CoalitionId.eq(coalition_id))
        .order_by_asc(report::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|r| {
            which == Reports::All
                || (r.status == ReportStatus::Submitted && r.publication == Publication::Public)
        })
        .map(|r| (r.id, r))
        .collect();
    let sections: HashMap<i32, report_section::Model> = report_section::Entity::find()
        .filter(report_section::Column::ReportId.is_in(reports.keys().copied()))
        .filter(report_section::Column::RemovedAt.is_null())
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let proposals = proposal::Entity::find()
        .filter(proposal::Column::SectionId.is_in(sections.keys().copied()))
        .all(db)
        .await?;
    let proposal_ids: Vec<i32> = proposals.iter().map(|p| p.id).collect();
    let names: HashMap<i32, String> = organisation::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
    let mut writers: HashMap<i32, Vec<i32>> = HashMap::new();
    for (id, section) in &sections {
        writers
            .entry(*id)
            .or_default()
            .extend(section.assigned_organisation_id);
    }
    for c in section_contributor::Entity::find()
        .filter(section_contributor::Column::SectionId.is_in(sections.keys().copied()))
        .all(db)
        .await?
    {
        let list = writers.entry(c.section_id).or_default();
        if !list.contains(&c.organisation_id) {
            list.push(c.organisation_id);
        }
    }
    let labels: HashMap<i32, String> = tag::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.label))
        .collect();
    let mut themes: HashMap<i32, Vec<String>> = HashMap::new();
    for t in proposal_tag::Entity::find()
        .filter(proposal_tag::Column::ProposalId.is_in(proposal_ids.iter().copied()))
        .all(db)
        .await?
    {
        if let Some(label) = labels.get(&t.tag_id) {
            themes.entry(t.proposal_id).or_default().push(label.clone());
        }
    }
    let mut confirmed: HashMap<i32, Vec<Uptake>> = HashMap::new();
    for u in proposal_uptake::Entity::find()
        .filter(proposal_uptake::Column::ProposalId.is_in(proposal_ids.iter().copied()))
        .all(db)
        .await?
    {
        confirmed.entry(u.proposal_id).or_default().push(u.uptake);
    }
    let counted: Vec<Counted> = proposals
        .iter()
        .filter_map(|p| {
            let section = sections.get(&p.section_id)?;
            let report = reports.get(&section.report_id)?;
            Some(Counted {
                outcome: outcome(confirmed.get(&p.id).map(Vec::as_slice).unwrap_or_default()),
                report: report.title.clone(),
                organisations: writers
                    .get(&section.id)
                    .into_iter()
                    .flatten()
                    .filter_map(|o| names.get(o).cloned())
                    .collect(),
                themes: themes.remove(&p.id).unwrap_or_default(),
                body: report.mechanism.clone(),
                cycle: report.session.clone().unwrap_or_default(),
            })
        })
        .collect();
    Ok(rates(&counted))
}

/// The rates of every proposal of the coalition report `report_id` belongs to, for its
/// members.
pub async fn for_reader(
    db: &impl ConnectionTrait,
    actor: &Actor,
    report_id: i32,
) -> Result<UptakeRates, AppError> {
    let report = authorized(db, actor, report_id, Action::Read).await?;
    of_coalition(db, report.coalition_id, Reports::All).await
}

/// `rates` as CSV, one row per group (the grouping named in the first column, the total
/// first), with column titles in `locale`.
pub fn to_csv(rates: &UptakeRates, locale: Locale) -> Result<Vec<u8>, csv::Error> {
    let titles: Vec<String> = [
        "rates-grouping",
        "dashboard-group",
        "uptake-full",
        "uptake-partial",
        "uptake-none",
        "rates-unconfirmed",
        "dashboard-total",
        "rates-rate",
    ]
    .iter()
    .map(|key| translate(locale, key))
    .collect();
    let total = UptakeCounts {
        label: translate(locale, "dashboard-total"),
        ..rates.total.clone()
    };
    let groupings = [
        ("rates-all", std::slice::from_ref(&total)),
        ("rates-by-report", rates.by_report.as_slice()),
        ("rates-by-organisation", rates.by_organisation.as_slice()),
        ("rates-by-theme", rates.by_theme.as_slice()),
        ("rates-by-body", rates.by_body.as_slice()),
        ("rates-by-cycle", rates.by_cycle.as_slice()),
    ];
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (grouping, groups) in groupings {
        let name = translate(locale, grouping);
        for g in groups {
            let mut record = vec![name.clone(), g.label.clone()];
            record.extend(g.counts.iter().map(u64::to_string));
            record.push(g.total().to_string());
            record.push(percent(g.taken_up(), g.total()).to_string());
            rows.push(record);
        }
    }
    csv_file(&titles, &rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(outcome: usize, report: &str, organisations: &[&str], themes: &[&str]) -> Counted {
        Counted {
            outcome,
            report: report.into(),
            organisations: organisations.iter().map(|o| o.to_string()).collect(),
            themes: themes.iter().map(|t| t.to_string()).collect(),
            body: "CCPR".into(),
            cycle: "141".into(),
        }
    }

    #[test]
    fn the_best_confirmed_uptake_counts() {
        assert_eq!(outcome(&[Uptake::NotTakenUp, Uptake::Partial]), 1);
        assert_eq!(outcome(&[Uptake::Partial, Uptake::Full]), 0);
        assert_eq!(outcome(&[Uptake::NotTakenUp]), 2);
        assert_eq!(outcome(&[]), 3);
    }

    #[test]
    fn each_proposal_counts_once_in_each_group_it_falls_in() {
        let found = rates(&[
            counted(0, "Shadow report", &["LIFT", "SBHR"], &["Justice"]),
            counted(1, "Shadow report", &["LIFT"], &[]),
            counted(3, "Follow-up", &["SBHR"], &["Justice", "Detention"]),
        ]);
        assert_eq!(found.total.counts, [1, 1, 0, 1]);
        assert_eq!(found.total.taken_up(), 2);
        let shadow = &found.by_report[0];
        assert_eq!(
            (shadow.label.as_str(), shadow.counts),
            ("Shadow report", [1, 1, 0, 0])
        );
        let lift = found
            .by_organisation
            .iter()
            .find(|g| g.label == "LIFT")
            .unwrap();
        assert_eq!(lift.counts, [1, 1, 0, 0]);
        let justice = found
            .by_theme
            .iter()
            .find(|g| g.label == "Justice")
            .unwrap();
        assert_eq!(justice.counts, [1, 0, 0, 1]);
        assert_eq!(found.by_body[0].counts, [1, 1, 0, 1]);
        assert_eq!(found.by_cycle[0].label, "141");
        // Largest groups first.
        assert_eq!(found.by_organisation[0].label, "LIFT");
        let csv = String::from_utf8(to_csv(&found, Locale::En).unwrap()).unwrap();
        let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
        assert!(lines[0].starts_with("Grouping,Group,Taken up,"), "{csv}");
        assert_eq!(lines[1], "All proposals,Total,1,1,0,1,3,67");
        assert!(
            lines.contains(&"By report,Shadow report,1,1,0,0,2,100"),
            "{csv}"
        );
    }
}
