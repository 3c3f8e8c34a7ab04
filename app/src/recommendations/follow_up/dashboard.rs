//! Counting the dashboard over the search index — levels per mechanism, theme and cycle, and
//! the three lists worth acting on — with intersections of its bitmaps (server only).

use std::collections::HashMap;

use entities::tag;
use roaring::RoaringBitmap;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use shadowdesk_search::{
    index::{Facet, Index, level_value},
    service::slots,
};

use super::{
    api::{Dashboard, DivergentRow},
    charts::{LEVELS, LevelCounts},
};
use crate::{
    auth::{policy::Actor, visibility::Visibility},
    error::AppError,
    recommendations::{
        list::server::{rows_of, search_cache, search_of},
        search::cache::SearchCache,
    },
    states::{FollowUpStage, Named, UprPosition},
};

/// Rows listed per dashboard list.
const LISTED: usize = 20;
/// Themes charted.
const THEMES: usize = 12;

/// What the dashboard counts, before names are looked up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub total: u64,
    pub by_mechanism: HashMap<String, [u64; 7]>,
    pub by_theme: HashMap<String, [u64; 7]>,
    pub by_cycle: HashMap<String, [u64; 7]>,
    pub supported_not_implemented: RoaringBitmap,
    pub overdue: RoaringBitmap,
    pub divergent: RoaringBitmap,
    pub divergence_summary: [u64; 3],
}

/// The counts of each value of `facet` at each level, given the slots at each level.
fn by_levels(index: &Index, facet: Facet, at_level: &[RoaringBitmap]) -> HashMap<String, [u64; 7]> {
    index
        .values(facet)
        .filter_map(|(value, slots)| {
            let mut counts = [0u64; 7];
            for (count, level) in counts.iter_mut().zip(at_level) {
                *count = slots.intersection_len(level);
            }
            (counts.iter().sum::<u64>() > 0).then(|| (value.clone(), counts))
        })
        .collect()
}

/// Counts the recommendations in `slots` of `index`, with bitmap intersections only (no
/// recommendation is visited one by one).
pub fn tally(index: &Index, slots: &RoaringBitmap) -> Tally {
    let at_level: Vec<RoaringBitmap> = LEVELS
        .iter()
        .map(|level| index.with_value(Facet::Level, level) & slots)
        .collect();
    let supported = index.with_value(Facet::Position, UprPosition::Supported.name())
        | index.with_value(Facet::Position, UprPosition::SupportedInPart.name());
    // LEVELS runs 4, 3, 2, 1, 0: "not implemented" and "contrary" are the fourth and fifth.
    let not_implemented = &at_level[3] | &at_level[4];
    let mut divergence_summary = [0u64; 3];
    let mut divergent = RoaringBitmap::new();
    for coalition in 0..=4i16 {
        let coalition_slots = &at_level[(4 - coalition) as usize];
        for state in 0..=4i16 {
            let both = coalition_slots & index.with_value(Facet::StateLevel, &state.to_string());
            let side = match state.cmp(&coalition) {
                std::cmp::Ordering::Greater => 0,
                std::cmp::Ordering::Equal => 1,
                std::cmp::Ordering::Less => 2,
            };
            divergence_summary[side] += both.len();
            if side != 1 {
                divergent |= both;
            }
        }
    }
    Tally {
        total: slots.len(),
        by_mechanism: by_levels(index, Facet::Mechanism, &at_level),
        by_theme: by_levels(index, Facet::Theme, &at_level),
        by_cycle: by_levels(index, Facet::Cycle, &at_level),
        supported_not_implemented: supported & not_implemented,
        overdue: index.with_value(Facet::FollowUp, FollowUpStage::Overdue.name()) & slots,
        divergent,
        divergence_summary,
    }
}

/// Groups of `counts`, largest first (then by name), at most `limit`.
fn groups(
    counts: HashMap<String, [u64; 7]>,
    facet: Facet,
    label: impl Fn(&str) -> String,
    limit: usize,
) -> Vec<LevelCounts> {
    let mut groups: Vec<LevelCounts> = counts
        .into_iter()
        .map(|(value, counts)| LevelCounts {
            label: label(&value),
            translated: false,
            facet: facet.code().to_string(),
            value,
            counts,
        })
        .collect();
    groups.sort_by(|a, b| {
        b.total()
            .cmp(&a.total())
            .then_with(|| a.label.cmp(&b.label))
    });
    groups.truncate(limit);
    groups
}

/// The labels of the themes `tally` counts, by tag id.
async fn theme_labels(
    db: &DatabaseConnection,
    tally: &Tally,
) -> Result<HashMap<String, String>, AppError> {
    let theme_ids: Vec<i32> = tally
        .by_theme
        .keys()
        .filter_map(|v| v.parse().ok())
        .collect();
    Ok(tag::Entity::find()
        .filter(tag::Column::Id.is_in(theme_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id.to_string(), t.label))
        .collect())
}

/// Every recommendation a coalition follows, counted by level per mechanism, theme and cycle.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub total: u64,
    pub by_mechanism: Vec<LevelCounts>,
    pub by_theme: Vec<LevelCounts>,
    pub by_cycle: Vec<LevelCounts>,
}

/// The level counts of `tally` as the charts' groups, the themes named.
async fn summarise(db: &DatabaseConnection, tally: Tally) -> Result<Summary, AppError> {
    let themes = theme_labels(db, &tally).await?;
    Ok(Summary {
        total: tally.total,
        by_mechanism: groups(
            tally.by_mechanism,
            Facet::Mechanism,
            str::to_string,
            usize::MAX,
        ),
        by_theme: groups(
            tally.by_theme,
            Facet::Theme,
            |id| themes.get(id).cloned().unwrap_or_else(|| id.to_string()),
            THEMES,
        ),
        by_cycle: groups(tally.by_cycle, Facet::Cycle, str::to_string, usize::MAX),
    })
}

/// The summary of coalition `coalition_id`'s recommendations (no search, no access check: for
/// its public page), and the ids of `limit` of them from `offset`, in the list's order.
pub async fn summary(
    db: &DatabaseConnection,
    search: &SearchCache,
    coalition_id: i32,
    offset: usize,
    limit: usize,
) -> Result<(Summary, Vec<i32>), AppError> {
    let (tally, page) = search
        .read(db, move |index| {
            let found = index.visible(Some(std::slice::from_ref(&coalition_id)));
            (tally(index, &found), index.page(&found, offset, limit))
        })
        .await?;
    Ok((summarise(db, tally).await?, page))
}

/// The dashboard of the recommendations `actor` may read that match `query_string`.
pub async fn dashboard(
    db: &DatabaseConnection,
    actor: &Actor,
    query_string: &str,
) -> Result<Dashboard, AppError> {
    let visibility = Visibility::of(actor)?;
    let visible = match &visibility {
        Visibility::All => None,
        Visibility::Coalitions(ids) => Some(ids.clone()),
    };
    let (search, _) = search_of(query_string);
    let (tally, lists, levels) = search_cache()?
        .read(db, |index| {
            let found = slots(index, visible.as_deref(), &search);
            let tally = tally(index, &found);
            let lists = [
                index.page(&tally.supported_not_implemented, 0, LISTED),
                index.page(&tally.overdue, 0, LISTED),
                index.page(&tally.divergent, 0, LISTED),
            ];
            let levels: HashMap<i32, (String, String)> = lists
                .iter()
                .flatten()
                .filter_map(|id| {
                    let doc = index.get(*id)?;
                    Some((
                        *id,
                        (
                            level_value(doc.coalition_level),
                            level_value(doc.state_level),
                        ),
                    ))
                })
                .collect();
            (tally, lists, levels)
        })
        .await?;
    let coalition_levels: HashMap<i32, String> =
        levels.iter().map(|(id, (c, _))| (*id, c.clone())).collect();
    let [supported, overdue, divergent] = lists;
    let divergent_rows = rows_of(db, &divergent, &coalition_levels)
        .await?
        .into_iter()
        .map(|row| {
            let (coalition, state) = levels.get(&row.id).cloned().unwrap_or_default();
            DivergentRow {
                row,
                state,
                coalition,
            }
        })
        .collect();
    let supported_not_implemented_total = tally.supported_not_implemented.len();
    let overdue_total = tally.overdue.len();
    let divergent_total = tally.divergent.len();
    let divergence_summary = tally.divergence_summary;
    let Summary {
        total,
        by_mechanism,
        by_theme,
        by_cycle,
    } = summarise(db, tally).await?;
    Ok(Dashboard {
        total,
        query_string: query_string.trim_start_matches('?').to_string(),
        by_mechanism,
        by_theme,
        by_cycle,
        supported_not_implemented: rows_of(db, &supported, &coalition_levels).await?,
        supported_not_implemented_total,
        overdue: rows_of(db, &overdue, &coalition_levels).await?,
        overdue_total,
        divergent: divergent_rows,
        divergent_total,
        divergence_summary,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use shadowdesk_search::index::{Indexed, sort_key};

    fn doc(
        id: i32,
        mechanism: &str,
        position: Option<&str>,
        coalition: Option<Option<i16>>,
        state: Option<Option<i16>>,
        overdue: bool,
    ) -> Indexed {
        let mut facets = vec![(Facet::Mechanism, mechanism.to_string())];
        if let Some(position) = position {
            facets.push((Facet::Position, position.to_string()));
        }
        if overdue {
            facets.push((Facet::FollowUp, "overdue".to_string()));
        }
        Indexed {
            id,
            coalition_id: 1,
            text: String::new(),
            sort_key: sort_key(None, id),
            facets,
            coalition_level: coalition,
            state_level: state,
        }
    }

    #[test]
    fn the_dashboard_counts_match_a_hand_count() {
        let index = Index::build([
            doc(
                1,
                "UPR",
                Some("supported"),
                Some(Some(1)),
                Some(Some(4)),
                false,
            ),
            doc(
                2,
                "UPR",
                Some("supported_in_part"),
                Some(Some(0)),
                None,
                false,
            ),
            doc(3, "UPR", Some("noted"), Some(Some(1)), Some(Some(1)), false),
            doc(4, "CAT", None, Some(Some(2)), Some(Some(1)), true),
            doc(5, "CAT", None, None, Some(Some(3)), true),
            doc(6, "CAT", None, Some(None), None, false),
        ]);
        let tally = tally(&index, &index.visible(None));
        assert_eq!(tally.total, 6);
        // Levels: 4, 3, 2, 1, 0, none, unassessed.
        assert_eq!(tally.by_mechanism["UPR"], [0, 0, 0, 2, 1, 0, 0]);
        assert_eq!(tally.by_mechanism["CAT"], [0, 0, 1, 0, 0, 1, 1]);
        let ids =
            |slots: &RoaringBitmap| -> Vec<i32> { slots.iter().map(|s| index.doc(s).id).collect() };
        assert_eq!(ids(&tally.supported_not_implemented), [1, 2]);
        assert_eq!(ids(&tally.overdue), [4, 5]);
        assert_eq!(ids(&tally.divergent), [1, 4]);
        assert_eq!(tally.divergence_summary, [1, 1, 1]);
    }
}
