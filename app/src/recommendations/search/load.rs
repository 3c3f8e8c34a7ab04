//! Reading recommendations from the database as the search index keeps them: their words,
//! their facet values and the current coalition and State levels (server only). Reads only
//! the columns it needs, so a quarter of a million recommendations load in seconds.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use entities::{
    assessment, cluster, mechanism, proposal_uptake, recommendation, recommendation_cluster,
    recommendation_tag, source_document, tag,
};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect};
use shadowdesk_search::index::{Facet, Indexed, sort_key};

use crate::states::{AssessmentStatus, Assessor, FollowUpStage, Named, Uptake};

/// Days of warning before a follow-up deadline.
pub const DUE_SOON_DAYS: i64 = 90;

/// The follow-up bucket of a recommendation on `today`: overdue, due soon (within
/// [`DUE_SOON_DAYS`]), later or no date; `None` when it is not followed up.
pub fn follow_up_bucket(
    follow_up: bool,
    due: Option<NaiveDate>,
    today: NaiveDate,
) -> Option<FollowUpStage> {
    match (follow_up, due) {
        (_, Some(due)) if due < today => Some(FollowUpStage::Overdue),
        (_, Some(due)) if (due - today).num_days() <= DUE_SOON_DAYS => Some(FollowUpStage::DueSoon),
        (_, Some(_)) => Some(FollowUpStage::Later),
        (true, None) => Some(FollowUpStage::NoDate),
        (false, None) => None,
    }
}

type Row = (
    i32,
    i32,
    i32,
    String,
    String,
    String,
    Option<String>,
    Option<i32>,
    bool,
    Option<NaiveDate>,
);

/// Every recommendation (`ids`: only these), ready to index on `today`.
pub async fn load(
    db: &impl ConnectionTrait,
    ids: Option<&[i32]>,
    today: NaiveDate,
) -> Result<Vec<Indexed>, DbErr> {
    use recommendation::Column as R;
    let mut query = recommendation::Entity::find().select_only().columns([
        R::Id,
        R::CoalitionId,
        R::DocumentId,
        R::Paragraph,
        R::Text,
        R::RecommendingStates,
        R::UprPosition,
        R::LeadOrganisationId,
        R::FollowUp,
        R::FollowUpDue,
    ]);
    if let Some(ids) = ids {
        query = query.filter(R::Id.is_in(ids.iter().copied()));
    }
    let rows: Vec<Row> = query.into_tuple().all(db).await?;
    let wanted: Option<Vec<i32>> = ids.map(<[i32]>::to_vec);
    let restrict = |column: recommendation_tag::Column| {
        wanted.as_ref().map(|ids| column.is_in(ids.iter().copied()))
    };

    let mechanisms: HashMap<i32, String> = mechanism::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.code))
        .collect();
    let documents: HashMap<i32, source_document::Model> = source_document::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let vocabulary: HashMap<i32, Facet> = tag::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|t| {
            let facet = match t.vocabulary.as_str() {
                "theme" => Facet::Theme,
                "affected_persons" => Facet::AffectedPersons,
                "sdg" => Facet::Sdg,
                _ => return None,
            };
            Some((t.id, facet))
        })
        .collect();
    let mut tag_query = recommendation_tag::Entity::find().select_only().columns([
        recommendation_tag::Column::RecommendationId,
        recommendation_tag::Column::TagId,
    ]);
    if let Some(condition) = restrict(recommendation_tag::Column::RecommendationId) {
        tag_query = tag_query.filter(condition);
    }
    let mut tags: HashMap<i32, Vec<(Facet, String)>> = HashMap::new();
    for (recommendation_id, tag_id) in tag_query.into_tuple::<(i32, i32)>().all(db).await? {
        if let Some(facet) = vocabulary.get(&tag_id) {
            tags.entry(recommendation_id)
                .or_default()
                .push((*facet, tag_id.to_string()));
        }
    }
    let cluster_leads: HashMap<i32, Option<i32>> = cluster::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.lead_organisation_id))
        .collect();
    let mut cluster_query = recommendation_cluster::Entity::find();
    if let Some(ids) = &wanted {
        cluster_query = cluster_query
            .filter(recommendation_cluster::Column::RecommendationId.is_in(ids.iter().copied()));
    }
    let mut clusters: HashMap<i32, Vec<i32>> = HashMap::new();
    for link in cluster_query.all(db).await? {
        clusters
            .entry(link.recommendation_id)
            .or_default()
            .push(link.cluster_id);
    }
    let levels = current_levels(db, wanted.as_deref()).await?;
    let mut uptake_query = proposal_uptake::Entity::find()
        .select_only()
        .columns([
            proposal_uptake::Column::RecommendationId,
            proposal_uptake::Column::Uptake,
        ])
        .filter(proposal_uptake::Column::Uptake.is_in([Uptake::Full, Uptake::Partial]));
    if let Some(ids) = &wanted {
        uptake_query = uptake_query
            .filter(proposal_uptake::Column::RecommendationId.is_in(ids.iter().copied()));
    }
    let mut proposed: HashMap<i32, Vec<(Facet, String)>> = HashMap::new();
    for (recommendation_id, uptake) in uptake_query.into_tuple::<(i32, Uptake)>().all(db).await? {
        let facet = (Facet::Proposed, uptake.name().to_string());
        let list = proposed.entry(recommendation_id).or_default();
        if !list.contains(&facet) {
            list.push(facet);
        }
    }

    Ok(rows
        .into_iter()
        .map(|row| {
            let (
                id,
                coalition_id,
                document_id,
                paragraph,
                text,
                states,
                position,
                lead,
                follow_up,
                due,
            ) = row;
            let document = documents.get(&document_id);
            let mut facets: Vec<(Facet, String)> = Vec::new();
            if let Some(document) = document {
                if let Some(code) = mechanisms.get(&document.mechanism_id) {
                    facets.push((Facet::Mechanism, code.clone()));
                }
                facets.push((Facet::Document, document_id.to_string()));
                if !document.session.is_empty() {
                    facets.push((Facet::Cycle, document.session.clone()));
                }
            }
            facets.extend(tags.remove(&id).unwrap_or_default());
            facets.extend(proposed.remove(&id).unwrap_or_default());
            if let Some(position) = &position {
                facets.push((Facet::Position, position.clone()));
            }
            let (coalition_level, state_level) = levels.get(&id).copied().unwrap_or_default();
            let mut leads: Vec<i32> = lead.into_iter().collect();
            for cluster_id in clusters.remove(&id).unwrap_or_default() {
                facets.push((Facet::Cluster, cluster_id.to_string()));
                if let Some(Some(cluster_lead)) = cluster_leads.get(&cluster_id)
                    && !leads.contains(cluster_lead)
                {
                    leads.push(*cluster_lead);
                }
            }
            facets.extend(leads.into_iter().map(|l| (Facet::Lead, l.to_string())));
            if let Some(bucket) = follow_up_bucket(follow_up, due, today) {
                facets.push((Facet::FollowUp, bucket.to_string()));
            }
            let symbol = document.map(|d| d.symbol.as_str()).unwrap_or_default();
            let published = document
                .and_then(|d| d.published_on)
                .map(|d| d.num_days_from_ce());
            Indexed {
                id,
                coalition_id,
                text: format!("{symbol} {paragraph} {text} {states}"),
                sort_key: sort_key(published, id),
                facets,
                coalition_level,
                state_level,
            }
        })
        .collect())
}

/// A recommendation's current (coalition, State) levels: `None` unassessed, `Some(None)` "no
/// information".
type Levels = (Option<Option<i16>>, Option<Option<i16>>);

/// The current coalition and State ordinals of each recommendation (`ids`: only these): the
/// approved assessment with the latest date, the same choice the assessments' `current` makes
/// for a recommendation's page.
async fn current_levels(
    db: &impl ConnectionTrait,
    ids: Option<&[i32]>,
) -> Result<HashMap<i32, Levels>, DbErr> {
    use assessment::Column as A;
    let mut query = assessment::Entity::find()
        .select_only()
        .columns([
            A::RecommendationId,
            A::Assessor,
            A::Ordinal,
            A::AssessedOn,
            A::Id,
        ])
        .filter(A::Status.eq(AssessmentStatus::Approved))
        .filter(A::Assessor.is_in([Assessor::Coalition, Assessor::State]));
    if let Some(ids) = ids {
        query = query.filter(A::RecommendationId.is_in(ids.iter().copied()));
    }
    let rows: Vec<(i32, Assessor, Option<i16>, NaiveDate, i32)> =
        query.into_tuple().all(db).await?;
    let mut latest: HashMap<(i32, bool), (NaiveDate, i32, Option<i16>)> = HashMap::new();
    for (recommendation_id, assessor, ordinal, on, id) in rows {
        let key = (recommendation_id, assessor == Assessor::State);
        let candidate = (on, id, ordinal);
        match latest.get(&key) {
            Some(kept) if (kept.0, kept.1) >= (on, id) => {}
            _ => {
                latest.insert(key, candidate);
            }
        }
    }
    let mut levels: HashMap<i32, Levels> = HashMap::new();
    for ((recommendation_id, is_state), (_, _, ordinal)) in latest {
        let entry = levels.entry(recommendation_id).or_default();
        if is_state {
            entry.1 = Some(ordinal);
        } else {
            entry.0 = Some(ordinal);
        }
    }
    Ok(levels)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_ups_fall_into_buckets_by_their_deadline() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        assert_eq!(
            follow_up_bucket(true, day("2026-11-30"), today),
            Some(FollowUpStage::Overdue)
        );
        assert_eq!(
            follow_up_bucket(true, day("2027-02-28"), today),
            Some(FollowUpStage::DueSoon)
        );
        assert_eq!(
            follow_up_bucket(true, day("2027-06-01"), today),
            Some(FollowUpStage::Later)
        );
        assert_eq!(
            follow_up_bucket(true, None, today),
            Some(FollowUpStage::NoDate)
        );
        assert_eq!(follow_up_bucket(false, None, today), None);
    }
}
