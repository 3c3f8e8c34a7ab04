//! Reading what a published coalition shows the public: only approved assessments, public
//! evidence (not that of a draft assessment), organisation names, never a person.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use entities::{assessment, coalition, evidence, mechanism, recommendation, source_document};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::{
    auth::policy::{Action, Actor, Resource, can},
    directory::coalition_organisations,
    error::AppError,
    i18n::Locale,
    proposals::{
        api::UptakeRates,
        rates::{Reports, of_coalition},
    },
    recommendations::{
        assessments::server::current,
        citation::citation,
        follow_up::dashboard::{Summary, summary},
        search::cache::SearchCache,
    },
    states::{
        AssessmentScale, AssessmentStatus, Assessor, EvidenceKind, EvidenceVisibility, UprPosition,
    },
};

/// Recommendations listed per page.
pub const PER_PAGE: usize = 50;
/// Entries in the feed.
const FEED_ENTRIES: u64 = 50;

/// A published coalition, as its page introduces it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    pub id: i32,
    pub address: String,
    pub name: String,
    pub description: String,
    pub locale: Locale,
    pub published_at: DateTime<Utc>,
}

/// An approved assessment as the public sees it: the assessing body, never the person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicAssessment {
    pub id: i32,
    pub recommendation_id: i32,
    pub assessor: Assessor,
    /// The assessing NGO's name, for [`Assessor::Ngo`].
    pub organisation: Option<String>,
    pub scale: AssessmentScale,
    pub label: String,
    pub ordinal: Option<i16>,
    pub assessed_on: NaiveDate,
    pub narrative: String,
    pub approved_at: DateTime<Utc>,
}

impl PublicAssessment {
    /// Who assessed, in `locale`: the kind of assessor, with the NGO's name for an NGO.
    pub fn assessor_text(&self, locale: Locale) -> String {
        let kind = crate::i18n::label(locale, self.assessor);
        match &self.organisation {
            Some(name) => format!("{kind} ({name})"),
            None => kind,
        }
    }

    /// The level as the assessor gave it, in `locale` (a custom label as written).
    pub fn level_text(&self, locale: Locale) -> String {
        self.scale
            .label_key(&self.label)
            .map(|key| crate::i18n::translate(locale, &key))
            .unwrap_or_else(|| self.label.clone())
    }
}

/// A piece of public evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicEvidence {
    pub id: i32,
    pub kind: EvidenceKind,
    pub title: String,
    /// The address of a link (files are downloaded from the public page's own address).
    pub url: String,
    pub file_name: String,
    pub source: String,
    pub dated_on: Option<NaiveDate>,
}

/// One recommendation with what the public may read of its follow-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicRecommendation {
    pub id: i32,
    /// Symbol and paragraph, e.g. `CCPR/C/KAZ/CO/2, para. 20`.
    pub citation: String,
    pub mechanism: String,
    pub text: String,
    pub recommending_states: String,
    pub upr_position: Option<UprPosition>,
    /// The current approved assessment of each assessor.
    pub assessments: Vec<PublicAssessment>,
    pub evidence: Vec<PublicEvidence>,
}

/// Everything one page of a coalition's public follow-up shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicPage {
    pub coalition: Published,
    pub summary: Summary,
    /// The uptake of the proposals of its submitted reports the UN may publish.
    pub uptake: UptakeRates,
    pub recommendations: Vec<PublicRecommendation>,
    /// From 1.
    pub page: usize,
    pub pages: usize,
}

/// The coalition published at `address`, if it is published (and not archived).
pub async fn published(
    db: &DatabaseConnection,
    address: &str,
) -> Result<Option<Published>, AppError> {
    let Some(found) = coalition::Entity::find()
        .filter(coalition::Column::PublicAddress.eq(address))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let readable = can(
        &Actor::Anonymous,
        Action::Read,
        Resource::PublicPage {
            coalition_id: found.id,
            published: found.published_at.is_some() && found.archived_at.is_none(),
        },
    );
    Ok(found
        .published_at
        .filter(|_| readable)
        .map(|published_at| Published {
            id: found.id,
            address: address.to_string(),
            name: found.name,
            description: found.description,
            locale: Locale::from_code(&found.default_locale).unwrap_or_default(),
            published_at,
        }))
}

/// Page `page` (from 1) of `coalition`'s public follow-up.
pub async fn page(
    db: &DatabaseConnection,
    search: &SearchCache,
    coalition: Published,
    page: usize,
) -> Result<PublicPage, AppError> {
    let page = page.max(1);
    let (summary, ids) = summary(db, search, coalition.id, (page - 1) * PER_PAGE, PER_PAGE).await?;
    let pages = (summary.total as usize).div_ceil(PER_PAGE).max(1);
    let recommendations = recommendations(db, coalition.id, &ids).await?;
    let uptake = of_coalition(db, coalition.id, Reports::Public).await?;
    Ok(PublicPage {
        coalition,
        summary,
        uptake,
        recommendations,
        page,
        pages,
    })
}

/// Recommendation `id` of `coalition`, alone, if the coalition follows it.
pub async fn one(
    db: &DatabaseConnection,
    coalition: &Published,
    id: i32,
) -> Result<Option<PublicRecommendation>, AppError> {
    Ok(recommendations(db, coalition.id, &[id]).await?.pop())
}

/// Recommendations `ids` of coalition `coalition_id` (others are left out), in that order.
async fn recommendations(
    db: &DatabaseConnection,
    coalition_id: i32,
    ids: &[i32],
) -> Result<Vec<PublicRecommendation>, AppError> {
    let rows = recommendation::Entity::find()
        .filter(recommendation::Column::CoalitionId.eq(coalition_id))
        .filter(recommendation::Column::Id.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    let documents: HashMap<i32, source_document::Model> = source_document::Entity::find()
        .filter(source_document::Column::Id.is_in(rows.iter().map(|r| r.document_id)))
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
    let organisations: HashMap<i32, String> = coalition_organisations(db, coalition_id)
        .await?
        .into_iter()
        .collect();
    let approved = assessment::Entity::find()
        .filter(assessment::Column::CoalitionId.eq(coalition_id))
        .filter(assessment::Column::RecommendationId.is_in(ids.iter().copied()))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Approved))
        .all(db)
        .await?;
    let approved_ids: Vec<i32> = approved.iter().map(|a| a.id).collect();
    let mut assessments: HashMap<i32, Vec<PublicAssessment>> = HashMap::new();
    for a in current(&approved) {
        assessments
            .entry(a.recommendation_id)
            .or_default()
            .push(public_assessment(a, &organisations));
    }
    let mut evidence: HashMap<i32, Vec<PublicEvidence>> = HashMap::new();
    for item in evidence::Entity::find()
        .filter(evidence::Column::CoalitionId.eq(coalition_id))
        .filter(evidence::Column::RecommendationId.is_in(ids.iter().copied()))
        .filter(evidence::Column::Visibility.eq(EvidenceVisibility::Public))
        .order_by_asc(evidence::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|e| e.assessment_id.is_none_or(|a| approved_ids.contains(&a)))
    {
        evidence
            .entry(item.recommendation_id)
            .or_default()
            .push(public_evidence(item));
    }
    let mut found: HashMap<i32, PublicRecommendation> = rows
        .into_iter()
        .map(|r| {
            let document = documents.get(&r.document_id);
            let symbol = document.map(|d| d.symbol.as_str()).unwrap_or_default();
            let mut assessed = assessments.remove(&r.id).unwrap_or_default();
            assessed.sort_by_key(|a| (a.assessor, a.organisation.clone()));
            (
                r.id,
                PublicRecommendation {
                    id: r.id,
                    citation: citation(symbol, &r.paragraph),
                    mechanism: document
                        .and_then(|d| mechanisms.get(&d.mechanism_id))
                        .cloned()
                        .unwrap_or_default(),
                    text: r.text,
                    recommending_states: r.recommending_states,
                    upr_position: r.upr_position,
                    assessments: assessed,
                    evidence: evidence.remove(&r.id).unwrap_or_default(),
                },
            )
        })
        .collect();
    Ok(ids.iter().filter_map(|id| found.remove(id)).collect())
}

fn public_assessment(
    a: &assessment::Model,
    organisations: &HashMap<i32, String>,
) -> PublicAssessment {
    PublicAssessment {
        id: a.id,
        recommendation_id: a.recommendation_id,
        assessor: a.assessor,
        organisation: (a.assessor == Assessor::Ngo)
            .then(|| {
                a.organisation_id
                    .and_then(|o| organisations.get(&o).cloned())
            })
            .flatten(),
        scale: a.scale,
        label: a.label.clone(),
        ordinal: a.ordinal,
        assessed_on: a.assessed_on,
        narrative: a.narrative.clone(),
        approved_at: a.approved_at.unwrap_or(a.updated_at),
    }
}

fn public_evidence(item: evidence::Model) -> PublicEvidence {
    PublicEvidence {
        id: item.id,
        kind: item.kind,
        title: item.title,
        url: if item.kind == EvidenceKind::Link {
            item.url
        } else {
            String::new()
        },
        file_name: item.file_name,
        source: item.source,
        dated_on: item.dated_on,
    }
}

/// The newest approved assessments of `coalition`, newest first, with their recommendation's
/// citation, for the feed.
pub async fn newest_assessments(
    db: &DatabaseConnection,
    coalition: &Published,
) -> Result<Vec<(PublicAssessment, String)>, AppError> {
    let newest = assessment::Entity::find()
        .filter(assessment::Column::CoalitionId.eq(coalition.id))
        .filter(assessment::Column::Status.eq(AssessmentStatus::Approved))
        .order_by_desc(assessment::Column::ApprovedAt)
        .order_by_desc(assessment::Column::Id)
        .limit(FEED_ENTRIES)
        .all(db)
        .await?;
    let recommendation_ids: Vec<i32> = newest.iter().map(|a| a.recommendation_id).collect();
    let citations: HashMap<i32, String> = recommendations(db, coalition.id, &recommendation_ids)
        .await?
        .into_iter()
        .map(|r| (r.id, r.citation))
        .collect();
    let organisations: HashMap<i32, String> = coalition_organisations(db, coalition.id)
        .await?
        .into_iter()
        .collect();
    Ok(newest
        .iter()
        .filter_map(|a| {
            let cited = citations.get(&a.recommendation_id)?.clone();
            Some((public_assessment(a, &organisations), cited))
        })
        .collect())
}

/// Public evidence file `id` of `coalition` with its bytes: only a file of public visibility,
/// not attached to a draft assessment.
pub async fn public_file(
    db: &DatabaseConnection,
    coalition: &Published,
    id: i32,
) -> Result<Option<(PublicEvidence, String, Vec<u8>)>, AppError> {
    let Some(item) = evidence::Entity::find_by_id(id).one(db).await?.filter(|e| {
        e.coalition_id == coalition.id
            && e.kind == EvidenceKind::File
            && e.visibility == EvidenceVisibility::Public
    }) else {
        return Ok(None);
    };
    if let Some(assessment_id) = item.assessment_id {
        let approved = assessment::Entity::find_by_id(assessment_id)
            .one(db)
            .await?
            .is_some_and(|a| a.status == AssessmentStatus::Approved);
        if !approved {
            return Ok(None);
        }
    }
    let Some(file) = entities::evidence_file::Entity::find_by_id(id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let content_type = item.content_type.clone();
    Ok(Some((public_evidence(item), content_type, file.bytes)))
}
