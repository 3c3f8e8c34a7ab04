//! Did the UN listen: each proposal of a report beside the recommendations issued after it by
//! the same body to the same State, the five most alike by the search index's stemmed terms
//! with the words they share marked, and what a coordinator confirmed of them (server only).

use chrono::Utc;
use entities::{mechanism, proposal, proposal_uptake, recommendation, source_document};
use roaring::RoaringBitmap;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};
use shadowdesk_search::{
    analysis::Analyzer,
    index::{Facet, Index},
};
use std::collections::HashMap;

use super::{
    api::{Candidate, ProposalUptake, UptakeView},
    server::of_sections,
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
    },
    error::AppError,
    outline::server::{sections_of, visible_outline},
    recommendations::{citation::citation, list::server::search_cache, search::changes::touch},
    report_access::{authorized, managed},
    states::Uptake,
    transaction::{begin, finish},
};

/// How many likely matches each proposal shows.
const CANDIDATES: usize = 5;

/// The documents a report's proposals are matched against: its coalition's, from the report's
/// mechanism, about its State, issued on or after the day it was submitted (any date while
/// it is not).
async fn documents_after(
    db: &DatabaseConnection,
    report: &entities::report::Model,
) -> Result<Vec<source_document::Model>, AppError> {
    let mechanisms: Vec<i32> = mechanism::Entity::find()
        .filter(mechanism::Column::Code.eq(report.mechanism.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    let state = report.state_under_review.trim().to_lowercase();
    Ok(source_document::Entity::find()
        .filter(source_document::Column::CoalitionId.eq(report.coalition_id))
        .filter(source_document::Column::MechanismId.is_in(mechanisms))
        .all(db)
        .await?
        .into_iter()
        .filter(|d| d.state_under_review.trim().to_lowercase() == state)
        .filter(|d| match (report.submitted_on, d.published_on) {
            (Some(submitted), Some(published)) => published >= submitted,
            (Some(_), None) => false,
            (None, _) => true,
        })
        .collect())
}

/// Report `report_id`'s proposals with their likely matches, for members of its coalition.
pub async fn view(
    db: &DatabaseConnection,
    actor: &Actor,
    report_id: i32,
) -> Result<UptakeView, AppError> {
    let report = authorized(db, actor, report_id, Action::Read).await?;
    let can_confirm = can(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: report.coalition_id,
        },
    );
    let sections = sections_of(db, report.id).await?;
    let titles: HashMap<i32, String> = sections.iter().map(|s| (s.id, s.title.clone())).collect();
    let order: Vec<i32> = visible_outline(&sections)
        .reading_order()
        .into_iter()
        .map(|(id, ..)| id)
        .collect();
    let mut by_section = of_sections(db, order.iter().copied()).await?;
    let proposals: Vec<proposal::Model> = order
        .iter()
        .flat_map(|id| by_section.remove(id).unwrap_or_default())
        .collect();
    let documents = documents_after(db, &report).await?;
    let texts: Vec<String> = proposals.iter().map(|p| p.text.clone()).collect();
    let document_ids: Vec<String> = documents.iter().map(|d| d.id.to_string()).collect();
    let found = search_cache()?
        .read(db, move |index: &Index| {
            let within = document_ids.iter().fold(RoaringBitmap::new(), |all, id| {
                all | index.with_value(Facet::Document, id)
            });
            let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
            index.similar_each(&texts, &within, CANDIDATES)
        })
        .await?;
    let ids: Vec<i32> = found.iter().flatten().map(|a| a.id).collect();
    let recommendations: HashMap<i32, recommendation::Model> = recommendation::Entity::find()
        .filter(recommendation::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let symbols: HashMap<i32, String> =
        documents.iter().map(|d| (d.id, d.symbol.clone())).collect();
    let confirmed: HashMap<(i32, i32), Uptake> = proposal_uptake::Entity::find()
        .filter(proposal_uptake::Column::ProposalId.is_in(proposals.iter().map(|p| p.id)))
        .all(db)
        .await?
        .into_iter()
        .map(|u| ((u.proposal_id, u.recommendation_id), u.uptake))
        .collect();
    let analyzer = Analyzer::default();
    let proposals = proposals
        .into_iter()
        .zip(found)
        .map(|(p, alike)| ProposalUptake {
            proposal_id: p.id,
            section: titles.get(&p.section_id).cloned().unwrap_or_default(),
            kind: p.kind,
            candidates: alike
                .into_iter()
                .filter_map(|a| {
                    let r = recommendations.get(&a.id)?;
                    Some(Candidate {
                        recommendation_id: r.id,
                        citation: citation(
                            symbols.get(&r.document_id).map_or("", String::as_str),
                            &r.paragraph,
                        ),
                        parts: analyzer
                            .marked(&r.text, &a.shared)
                            .into_iter()
                            .map(|(run, hit)| (run.to_string(), hit))
                            .collect(),
                        alike: (a.score * 100.0).round().clamp(0.0, 100.0) as u8,
                        uptake: confirmed.get(&(p.id, r.id)).copied(),
                    })
                })
                .collect(),
            text: p.text,
        })
        .collect();
    Ok(UptakeView {
        report_id: report.id,
        report_title: report.title,
        documents: documents.into_iter().map(|d| d.symbol).collect(),
        proposals,
        can_confirm,
    })
}

/// Records (or with `None` clears) what a coordinator found: whether `recommendation_id`
/// takes up `proposal_id`. Only a recommendation of the report's coalition.
pub async fn confirm(
    db: &DatabaseConnection,
    actor: &Actor,
    proposal_id: i32,
    recommendation_id: i32,
    uptake: Option<Uptake>,
) -> Result<(), AppError> {
    let Some(found) = proposal::Entity::find_by_id(proposal_id).one(db).await? else {
        actor.user_id().ok_or(AppError::Unauthenticated)?;
        return Err(AppError::invalid("proposal-error-missing"));
    };
    let section = entities::report_section::Entity::find_by_id(found.section_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let report = managed(db, actor, section.report_id).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let issued = recommendation::Entity::find_by_id(recommendation_id)
        .one(db)
        .await?
        .filter(|r| r.coalition_id == report.coalition_id)
        .ok_or_else(|| AppError::invalid("uptake-error-recommendation"))?;
    let txn = begin(db).await?;
    let result = async {
        proposal_uptake::Entity::delete_many()
            .filter(proposal_uptake::Column::ProposalId.eq(proposal_id))
            .filter(proposal_uptake::Column::RecommendationId.eq(issued.id))
            .exec(&txn)
            .await?;
        if let Some(uptake) = uptake {
            proposal_uptake::ActiveModel {
                proposal_id: Set(proposal_id),
                recommendation_id: Set(issued.id),
                uptake: Set(uptake),
                confirmed_by_user_id: Set(Some(user_id)),
                confirmed_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
        }
        // The recommendation's "proposed by us" facet follows.
        touch(&txn, Some(std::slice::from_ref(&issued.id))).await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::UPTAKE_CONFIRMED,
            &report.title,
            &found.text,
            Some(report.coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}
