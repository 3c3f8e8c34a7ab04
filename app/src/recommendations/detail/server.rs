//! Reading one recommendation for its page: the text and its source, tags and clusters, who
//! leads its follow-up, every assessment (the current one of each assessor marked, and the
//! State–coalition divergence), the evidence the viewer may see and the links (server only).

use std::collections::HashMap;

use entities::{
    assessment, cluster, mechanism, proposal, proposal_uptake, recommendation,
    recommendation_cluster, recommendation_link, recommendation_tag, report, report_section,
    source_document, tag,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
};

use crate::recommendations::{
    access::authorized,
    assessments::server::{current, may_assess},
    citation::{citation, cites},
    evidence::server::{may_remove, visible},
    record::{
        AssessmentView, CitingSection, EvidenceView, LinkView, Named, RecommendationDetail,
        ReflectedProposal,
    },
    scales::divergence,
};
use crate::{
    auth::policy::{Action, Actor, can},
    directory::{coalition_organisations, display_names},
    error::AppError,
    states::{AssessmentStatus, Assessor, Uptake},
};

fn day(date: chrono::NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Recommendation `id` for a member of its coalition.
pub async fn detail(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<RecommendationDetail, AppError> {
    let context = authorized(db, actor, id, Action::Read).await?;
    let r = &context.recommendation;
    let document = source_document::Entity::find_by_id(r.document_id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let mechanism = mechanism::Entity::find_by_id(document.mechanism_id)
        .one(db)
        .await?
        .map(|m| m.code)
        .unwrap_or_default();
    let organisations: Vec<Named> = coalition_organisations(db, r.coalition_id)
        .await?
        .into_iter()
        .map(|(id, name)| Named { id, name })
        .collect();
    let named = |id: i32| organisations.iter().find(|o| o.id == id).cloned();
    let (themes, affected_persons, sdgs) = tags_of(db, id).await?;
    let (clusters, coalition_clusters) = clusters_of(db, r.coalition_id, id).await?;
    let assessments = assessment::Entity::find()
        .filter(assessment::Column::RecommendationId.eq(id))
        .order_by_desc(assessment::Column::AssessedOn)
        .order_by_desc(assessment::Column::Id)
        .all(db)
        .await?;
    let current_ones = current(&assessments);
    let ordinal_of = |assessor: Assessor| {
        current_ones
            .iter()
            .find(|a| a.assessor == assessor)
            .and_then(|a| a.ordinal)
    };
    let divergence = divergence(ordinal_of(Assessor::State), ordinal_of(Assessor::Coalition));
    let current_ids: Vec<i32> = current_ones.iter().map(|a| a.id).collect();
    let evidence = visible(db, actor, id).await?;
    let people = display_names(
        db,
        assessments
            .iter()
            .flat_map(|a| [a.created_by, a.approved_by])
            .chain(evidence.iter().map(|e| e.created_by))
            .flatten()
            .collect(),
    )
    .await?;
    let person = |id: Option<i32>| id.and_then(|id| people.get(&id).cloned());
    let can_manage = can(actor, Action::Manage, context.resource());
    let can_follow_up = can(actor, Action::Edit, context.resource());
    let own_organisations: Vec<Named> = match actor {
        Actor::User {
            organisations: own, ..
        } => organisations
            .iter()
            .filter(|o| own.contains(&o.id))
            .cloned()
            .collect(),
        Actor::Anonymous => Vec::new(),
    };
    let can_assess_as_ngo = own_organisations
        .iter()
        .any(|o| may_assess(actor, &context, Assessor::Ngo, Some(o.id)));
    let assessment_views = assessments
        .iter()
        .map(|a| AssessmentView {
            id: a.id,
            assessor: a.assessor,
            organisation: a
                .organisation_id
                .and_then(named)
                .filter(|_| a.assessor == Assessor::Ngo),
            assessor_name: a.assessor_name.clone(),
            scale: a.scale,
            label: a.label.clone(),
            ordinal: a.ordinal,
            assessed_on: day(a.assessed_on),
            narrative: a.narrative.clone(),
            status: a.status,
            author: person(a.created_by),
            approved_by: person(a.approved_by),
            approved_at: a
                .approved_at
                .map(|t| t.format("%Y-%m-%d %H:%M").to_string()),
            version: a.version,
            can_edit: a.status == AssessmentStatus::Draft
                && may_assess(actor, &context, a.assessor, a.organisation_id),
            can_approve: a.status == AssessmentStatus::Draft && can_manage,
        })
        .collect();
    let evidence_views = evidence
        .iter()
        .map(|e| EvidenceView {
            id: e.id,
            kind: e.kind,
            title: e.title.clone(),
            url: e.url.clone(),
            source: e.source.clone(),
            dated_on: e.dated_on.map(day),
            file_name: e.file_name.clone(),
            content_type: e.content_type.clone(),
            size_bytes: e.size_bytes,
            sha256: e.sha256.clone(),
            visibility: e.visibility,
            assessment_id: e.assessment_id,
            added_by: person(e.created_by),
            organisation: e.organisation_id.and_then(named).map(|o| o.name),
            added_on: day(e.created_at.date_naive()),
            can_remove: may_remove(actor, e),
        })
        .collect();
    let links = links_of(db, id).await?;
    let addressed_in = sections_citing(db, r.coalition_id, &document.symbol, &r.paragraph).await?;
    let reflects = proposals_taken_up(db, id).await?;
    let cluster_leads = context
        .leads
        .iter()
        .copied()
        .filter(|l| Some(*l) != r.lead_organisation_id)
        .filter_map(named)
        .collect();
    Ok(RecommendationDetail {
        id,
        version: r.version,
        mechanism,
        citation: citation(&document.symbol, &r.paragraph),
        symbol: document.symbol.clone(),
        paragraph: r.paragraph.clone(),
        text: r.text.clone(),
        recommending_states: r.recommending_states.clone(),
        upr_position: r.upr_position,
        session: document.session.clone(),
        state_under_review: document.state_under_review.clone(),
        published_on: document.published_on.map(day),
        document_follow_up_due: document.follow_up_due.map(day),
        themes,
        affected_persons,
        sdgs,
        clusters,
        lead_organisation: r.lead_organisation_id.and_then(named),
        cluster_leads,
        follow_up: r.follow_up,
        follow_up_due: r.follow_up_due.map(day),
        assessments: assessment_views,
        current: current_ids,
        divergence,
        evidence: evidence_views,
        links,
        addressed_in,
        reflects,
        own_organisations,
        organisations,
        coalition_clusters,
        vocabularies: if can_manage {
            vocabularies(db).await?
        } else {
            Vec::new()
        },
        can_follow_up,
        can_assess_as_ngo,
        can_manage,
    })
}

/// The recommendation's themes, affected persons and SDG targets.
async fn tags_of(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<(Vec<String>, Vec<String>, Vec<String>), AppError> {
    let tag_ids: Vec<i32> = recommendation_tag::Entity::find()
        .filter(recommendation_tag::Column::RecommendationId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|t| t.tag_id)
        .collect();
    let mut by_vocabulary: HashMap<String, Vec<String>> = HashMap::new();
    for t in tag::Entity::find()
        .filter(tag::Column::Id.is_in(tag_ids))
        .order_by_asc(tag::Column::Label)
        .all(db)
        .await?
    {
        by_vocabulary.entry(t.vocabulary).or_default().push(t.label);
    }
    let mut take = |v: &str| by_vocabulary.remove(v).unwrap_or_default();
    Ok((take("theme"), take("affected_persons"), take("sdg")))
}

/// The recommendation's clusters, and all the coalition's clusters.
async fn clusters_of(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    id: i32,
) -> Result<(Vec<Named>, Vec<Named>), AppError> {
    let all: Vec<Named> = cluster::Entity::find()
        .filter(cluster::Column::CoalitionId.eq(coalition_id))
        .order_by_asc(cluster::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|c| Named {
            id: c.id,
            name: c.name,
        })
        .collect();
    let mine: Vec<i32> = recommendation_cluster::Entity::find()
        .filter(recommendation_cluster::Column::RecommendationId.eq(id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.cluster_id)
        .collect();
    let clusters = all
        .iter()
        .filter(|c| mine.contains(&c.id))
        .cloned()
        .collect();
    Ok((clusters, all))
}

/// Links from and to recommendation `id`, each with the other side's citation.
async fn links_of(db: &impl ConnectionTrait, id: i32) -> Result<Vec<LinkView>, AppError> {
    let links = recommendation_link::Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(recommendation_link::Column::FromId.eq(id))
                .add(recommendation_link::Column::ToId.eq(id)),
        )
        .order_by_asc(recommendation_link::Column::Id)
        .all(db)
        .await?;
    let others: Vec<i32> = links
        .iter()
        .map(|l| if l.from_id == id { l.to_id } else { l.from_id })
        .collect();
    let recommendations: HashMap<i32, recommendation::Model> = recommendation::Entity::find()
        .filter(recommendation::Column::Id.is_in(others.clone()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let symbols: HashMap<i32, String> = source_document::Entity::find()
        .filter(
            source_document::Column::Id.is_in(
                recommendations
                    .values()
                    .map(|r| r.document_id)
                    .collect::<Vec<_>>(),
            ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d.symbol))
        .collect();
    Ok(links
        .into_iter()
        .zip(others)
        .filter_map(|(link, other)| {
            let r = recommendations.get(&other)?;
            let symbol = symbols.get(&r.document_id).cloned().unwrap_or_default();
            Some(LinkView {
                id: link.id,
                other_id: other,
                reference: citation(&symbol, &r.paragraph),
                kind: link.kind,
                outgoing: link.from_id == id,
            })
        })
        .collect())
}

/// The sections (not in the bin) of `coalition_id`'s reports whose text cites paragraph
/// `paragraph` of `symbol`, in report and outline order.
async fn sections_citing(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    symbol: &str,
    paragraph: &str,
) -> Result<Vec<CitingSection>, AppError> {
    if paragraph.is_empty() {
        return Ok(Vec::new());
    }
    let reports: HashMap<i32, String> = report::Entity::find()
        .filter(report::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.title))
        .collect();
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.is_in(reports.keys().copied().collect::<Vec<_>>()))
        .filter(report_section::Column::RemovedAt.is_null())
        .filter(report_section::Column::Body.contains(symbol))
        .order_by_asc(report_section::Column::ReportId)
        .order_by_asc(report_section::Column::Position)
        .all(db)
        .await?;
    Ok(sections
        .into_iter()
        .filter(|s| cites(&s.body, symbol, paragraph))
        .map(|s| CitingSection {
            section_id: s.id,
            section_title: s.title,
            report_title: reports.get(&s.report_id).cloned().unwrap_or_default(),
        })
        .collect())
}

/// The proposals recommendation `id` takes up in full or in part, as coordinators recorded.
async fn proposals_taken_up(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Vec<ReflectedProposal>, AppError> {
    let found: Vec<proposal_uptake::Model> = proposal_uptake::Entity::find()
        .filter(proposal_uptake::Column::RecommendationId.eq(id))
        .filter(proposal_uptake::Column::Uptake.ne(Uptake::NotTakenUp))
        .all(db)
        .await?;
    let proposals: HashMap<i32, proposal::Model> = proposal::Entity::find()
        .filter(proposal::Column::Id.is_in(found.iter().map(|u| u.proposal_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let sections: HashMap<i32, report_section::Model> = report_section::Entity::find()
        .filter(report_section::Column::Id.is_in(proposals.values().map(|p| p.section_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|s| (s.id, s))
        .collect();
    let reports: HashMap<i32, String> = report::Entity::find()
        .filter(report::Column::Id.is_in(sections.values().map(|s| s.report_id)))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r.title))
        .collect();
    Ok(found
        .into_iter()
        .filter_map(|u| {
            let p = proposals.get(&u.proposal_id)?;
            let s = sections.get(&p.section_id)?;
            Some(ReflectedProposal {
                section_id: s.id,
                section_title: s.title.clone(),
                report_title: reports.get(&s.report_id).cloned().unwrap_or_default(),
                text: p.text.clone(),
                uptake: u.uptake,
            })
        })
        .collect())
}

/// Every label of the tag vocabularies, by vocabulary.
async fn vocabularies(db: &impl ConnectionTrait) -> Result<Vec<(String, Vec<String>)>, AppError> {
    let mut by_vocabulary: Vec<(String, Vec<String>)> = ["theme", "affected_persons", "sdg"]
        .into_iter()
        .map(|v| (v.to_string(), Vec::new()))
        .collect();
    for t in tag::Entity::find()
        .order_by_asc(tag::Column::Label)
        .all(db)
        .await?
    {
        if let Some((_, labels)) = by_vocabulary.iter_mut().find(|(v, _)| *v == t.vocabulary) {
            labels.push(t.label);
        }
    }
    Ok(by_vocabulary)
}
