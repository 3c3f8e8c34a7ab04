//! The recommendation list (a search with facets over the viewer's coalitions) and the
//! coalitions one may import into (server only).

use std::collections::HashMap;

use entities::{
    cluster, coalition, mechanism, organisation, recommendation, recommendation_tag,
    source_document, tag,
};
use leptos::prelude::use_context;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};
use shadowdesk_search::{
    index::{Facet, level_value},
    service::{Search, run},
};

use super::api::{
    CoalitionChoice, FacetGroup, FacetValue, PAGE_SIZE, RecommendationList, RecommendationRow,
};
use crate::{
    auth::{
        policy::{Action, Actor, Resource, can},
        visibility::Visibility,
    },
    error::AppError,
    recommendations::search::cache::SearchCache,
    states::{Named, Uptake},
};

/// Facet values listed per facet (chosen ones are always listed).
const VALUES_SHOWN: usize = 12;

/// The search index of this server.
pub fn search_cache() -> Result<SearchCache, AppError> {
    use_context::<SearchCache>().ok_or(AppError::NoSearchIndex)
}

/// The search an address query asks for: `q`, facet parameters and `page` (from 1).
pub fn search_of(query_string: &str) -> (Search, usize) {
    let mut search = Search {
        limit: PAGE_SIZE,
        ..Search::default()
    };
    let mut page = 1;
    for (name, value) in
        url::form_urlencoded::parse(query_string.trim_start_matches('?').as_bytes())
    {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        match name.as_ref() {
            "q" => search.query = value,
            "page" => page = value.parse::<usize>().unwrap_or(1).clamp(1, 100_000),
            other => {
                if let Some(facet) = Facet::parse(other) {
                    match search.filters.iter_mut().find(|(f, _)| *f == facet) {
                        Some((_, values)) if !values.contains(&value) => values.push(value),
                        Some(_) => {}
                        None => search.filters.push((facet, vec![value])),
                    }
                }
            }
        }
    }
    search.offset = (page - 1) * PAGE_SIZE;
    (search, page)
}

/// The recommendations of the coalitions `actor` may read that match `query_string`.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    query_string: &str,
) -> Result<RecommendationList, AppError> {
    let visibility = Visibility::of(actor)?;
    let visible = match &visibility {
        Visibility::All => None,
        Visibility::Coalitions(ids) => Some(ids.clone()),
    };
    let (search, page) = search_of(query_string);
    let (found, levels) = search_cache()?
        .read(db, |index| {
            let found = run(index, visible.as_deref(), &search);
            let levels: HashMap<i32, String> = found
                .ids
                .iter()
                .filter_map(|id| {
                    index
                        .get(*id)
                        .map(|d| (*id, level_value(d.coalition_level)))
                })
                .collect();
            (found, levels)
        })
        .await?;
    let rows = rows_of(db, &found.ids, &levels).await?;
    let facets = labelled(db, &found.facets, &search.filters).await?;
    let pages = (found.total as usize).div_ceil(PAGE_SIZE).max(1);
    Ok(RecommendationList {
        rows,
        total: found.total,
        page,
        pages,
        query: search.query.clone(),
        facets,
        importable: importable(db, actor).await?,
        coalitions: readable(db, actor).await?,
        views: super::views::visible(db, actor).await?,
    })
}

/// The list rows of recommendations `ids`, in that order.
pub async fn rows_of(
    db: &impl ConnectionTrait,
    ids: &[i32],
    levels: &HashMap<i32, String>,
) -> Result<Vec<RecommendationRow>, AppError> {
    let found: HashMap<i32, recommendation::Model> = recommendation::Entity::find()
        .filter(recommendation::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let documents: HashMap<i32, source_document::Model> = source_document::Entity::find()
        .filter(
            source_document::Column::Id
                .is_in(found.values().map(|r| r.document_id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let mechanisms: HashMap<i32, String> = mechanism::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.code))
        .collect();
    let links = recommendation_tag::Entity::find()
        .filter(recommendation_tag::Column::RecommendationId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let themes: HashMap<i32, String> = tag::Entity::find()
        .filter(tag::Column::Id.is_in(links.iter().map(|l| l.tag_id).collect::<Vec<_>>()))
        .filter(tag::Column::Vocabulary.eq("theme"))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.label))
        .collect();
    let leads = crate::directory::short_names(
        db,
        found
            .values()
            .filter_map(|r| r.lead_organisation_id)
            .collect(),
    )
    .await?;
    Ok(ids
        .iter()
        .filter_map(|id| {
            let r = found.get(id)?;
            let document = documents.get(&r.document_id)?;
            Some(RecommendationRow {
                id: r.id,
                mechanism: mechanisms
                    .get(&document.mechanism_id)
                    .cloned()
                    .unwrap_or_default(),
                symbol: document.symbol.clone(),
                paragraph: r.paragraph.clone(),
                text: r.text.clone(),
                recommending_states: r.recommending_states.clone(),
                upr_position: r.upr_position,
                themes: links
                    .iter()
                    .filter(|l| l.recommendation_id == r.id)
                    .filter_map(|l| themes.get(&l.tag_id).cloned())
                    .collect(),
                lead: r.lead_organisation_id.and_then(|l| leads.get(&l).cloned()),
                level: levels
                    .get(id)
                    .cloned()
                    .unwrap_or_else(|| "unassessed".to_string()),
                follow_up_due: r.follow_up_due.map(|d| d.format("%Y-%m-%d").to_string()),
            })
        })
        .collect())
}

/// The facet counts with a label for each value: names looked up for ids, translation keys
/// for vocabularies.
async fn labelled(
    db: &impl ConnectionTrait,
    facets: &[(Facet, Vec<(String, u64)>)],
    chosen: &[(Facet, Vec<String>)],
) -> Result<Vec<FacetGroup>, AppError> {
    // Each facet with the values listed and how many are left out.
    type Shown = (Facet, Vec<(String, u64)>, usize);
    let shown: Vec<Shown> = facets
        .iter()
        .map(|(facet, counts)| {
            let chosen_values: &[String] = chosen
                .iter()
                .find(|(f, _)| f == facet)
                .map_or(&[], |(_, v)| v.as_slice());
            let mut kept: Vec<(String, u64)> = counts
                .iter()
                .enumerate()
                .filter(|(i, (value, _))| *i < VALUES_SHOWN || chosen_values.contains(value))
                .map(|(_, c)| c.clone())
                .collect();
            // A chosen value with no results still shows, so it can be unchosen.
            for value in chosen_values {
                if !kept.iter().any(|(v, _)| v == value) {
                    kept.push((value.clone(), 0));
                }
            }
            let more = counts.len().saturating_sub(kept.len());
            (*facet, kept, more)
        })
        .collect();
    let ids_of = |facet: Facet| -> Vec<i32> {
        shown
            .iter()
            .filter(|(f, ..)| *f == facet)
            .flat_map(|(_, values, _)| values.iter().filter_map(|(v, _)| v.parse().ok()))
            .collect()
    };
    let documents: HashMap<i32, String> = source_document::Entity::find()
        .filter(source_document::Column::Id.is_in(ids_of(Facet::Document)))
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.symbol))
        .collect();
    let tag_ids: Vec<i32> = [Facet::Theme, Facet::AffectedPersons, Facet::Sdg]
        .into_iter()
        .flat_map(ids_of)
        .collect();
    let tags: HashMap<i32, String> = tag::Entity::find()
        .filter(tag::Column::Id.is_in(tag_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.label))
        .collect();
    let organisations: HashMap<i32, String> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(ids_of(Facet::Lead)))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.short_name))
        .collect();
    let clusters: HashMap<i32, String> = cluster::Entity::find()
        .filter(cluster::Column::Id.is_in(ids_of(Facet::Cluster)))
        .order_by_asc(cluster::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let name = |names: &HashMap<i32, String>, value: &str| {
        value
            .parse::<i32>()
            .ok()
            .and_then(|id| names.get(&id).cloned())
            .unwrap_or_else(|| value.to_string())
    };
    Ok(shown
        .into_iter()
        .map(|(facet, values, more)| {
            let chosen_values: Vec<String> = chosen
                .iter()
                .find(|(f, _)| *f == facet)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            FacetGroup {
                facet: facet.code().to_string(),
                values: values
                    .into_iter()
                    .map(|(value, count)| {
                        let (label, translated) = match facet {
                            Facet::Mechanism | Facet::Cycle => (value.clone(), false),
                            Facet::Document => (name(&documents, &value), false),
                            Facet::Theme | Facet::AffectedPersons | Facet::Sdg => {
                                (name(&tags, &value), false)
                            }
                            Facet::Lead => (name(&organisations, &value), false),
                            Facet::Cluster => (name(&clusters, &value), false),
                            Facet::Position => (format!("rec-position-{value}"), true),
                            Facet::Level => (level_key(&value), true),
                            Facet::FollowUp => (format!("follow-up-{value}"), true),
                            Facet::Proposed => (
                                Uptake::parse(&value)
                                    .map_or_else(|| value.clone(), |u| u.message().to_string()),
                                true,
                            ),
                            Facet::StateLevel => (level_key(&value), true),
                        };
                        FacetValue {
                            chosen: chosen_values.contains(&value),
                            value,
                            label,
                            translated,
                            count,
                        }
                    })
                    .collect(),
                more,
            }
        })
        .filter(|group| !group.values.is_empty())
        .collect())
}

/// The translation key of a level facet value.
fn level_key(value: &str) -> String {
    match value {
        "unassessed" => "level-unassessed".to_string(),
        "none" => "ordinal-none".to_string(),
        ordinal => format!("ordinal-{ordinal}"),
    }
}

/// The coalitions `actor` may read, by name.
async fn readable(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<Vec<CoalitionChoice>, AppError> {
    let visibility = Visibility::of(actor)?;
    Ok(visibility
        .restrict(coalition::Entity::find(), coalition::Column::Id)
        .filter(coalition::Column::ArchivedAt.is_null())
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|c| CoalitionChoice {
            id: c.id,
            name: c.name,
        })
        .collect())
}

/// The coalitions `actor` may import into: those they coordinate (all, for administrators).
pub async fn importable(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<Vec<CoalitionChoice>, AppError> {
    Ok(readable(db, actor)
        .await?
        .into_iter()
        .filter(|c| can(actor, Action::Manage, Resource::Coalition { id: c.id }))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_query_gives_words_facets_and_page() {
        let (search, page) = search_of(
            "?q=torture+%22police+custody%22&mechanism=CAT&mechanism=CCPR&theme=12&page=3&bogus=1&level=",
        );
        assert_eq!(search.query, "torture \"police custody\"");
        assert_eq!(
            search.filters,
            vec![
                (
                    Facet::Mechanism,
                    vec!["CAT".to_string(), "CCPR".to_string()]
                ),
                (Facet::Theme, vec!["12".to_string()])
            ]
        );
        assert_eq!(page, 3);
        assert_eq!(search.offset, 2 * PAGE_SIZE);
        assert_eq!(search_of("page=-4").1, 1);
    }
}
