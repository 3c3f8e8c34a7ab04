//! The demonstration coalition's recommendation tracker: concluding observations of the
//! Committee against Torture and a UPR working group report (illustrative texts, not
//! quotations), with lead organisations, a follow-up deadline, clusters, assessments by the
//! State and the coalition that diverge, a draft waiting for approval, evidence, a link and
//! a shared saved view.

use std::collections::HashMap;

use app::states::{
    AssessmentScale, AssessmentStatus, Assessor, EvidenceKind, EvidenceVisibility, LinkKind,
    UprPosition,
};
use chrono::{DateTime, NaiveDate, Utc};
use entities::{
    assessment, cluster, evidence, mechanism, recommendation, recommendation_cluster,
    recommendation_link, recommendation_tag, saved_view, source_document, tag,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter,
};

struct Document {
    mechanism: &'static str,
    symbol: &'static str,
    published_on: &'static str,
    session: &'static str,
    /// The committee's follow-up deadline; `None`: the UPR mid-term date, set two months
    /// after the demonstration is loaded so that it is always coming up.
    follow_up_due: Option<&'static str>,
}

const DOCUMENTS: [Document; 2] = [
    Document {
        mechanism: "CAT",
        symbol: "CAT/C/KAZ/CO/4",
        published_on: "2021-12-07",
        session: "72nd session",
        follow_up_due: Some("2022-12-07"),
    },
    Document {
        mechanism: "UPR",
        symbol: "A/HRC/55/12",
        published_on: "2024-01-05",
        session: "4th cycle",
        follow_up_due: None,
    },
];

struct Recommendation {
    document: usize,
    paragraph: &'static str,
    text: &'static str,
    recommending_states: &'static str,
    upr_position: Option<UprPosition>,
    /// Short name of the lead organisation.
    lead: Option<&'static str>,
    follow_up_due: Option<&'static str>,
    cluster: Option<&'static str>,
    theme: &'static str,
    affected_persons: Option<&'static str>,
}

const RECOMMENDATIONS: [Recommendation; 6] = [
    Recommendation {
        document: 0,
        paragraph: "12(a)",
        text: "Ensure that all detained persons are afforded all fundamental legal safeguards \
               from the very outset of their deprivation of liberty, including the right to be \
               assisted by a lawyer of their choice and to be examined by an independent doctor.",
        recommending_states: "",
        upr_position: None,
        lead: Some("LIFT"),
        follow_up_due: Some("2022-12-07"),
        cluster: Some("Detention safeguards"),
        theme: "Torture and other cruel, inhuman or degrading treatment or punishment",
        affected_persons: Some("Persons deprived of their liberty"),
    },
    Recommendation {
        document: 0,
        paragraph: "20",
        text: "Establish an independent body to investigate all complaints of torture and \
               ill-treatment by law enforcement officers, with no hierarchical link to the \
               prosecution service.",
        recommending_states: "",
        upr_position: None,
        lead: Some("SBHR"),
        follow_up_due: Some("2022-12-07"),
        cluster: Some("Detention safeguards"),
        theme: "Torture and other cruel, inhuman or degrading treatment or punishment",
        affected_persons: None,
    },
    Recommendation {
        document: 0,
        paragraph: "34(b)",
        text: "Ensure that the national preventive mechanism has sufficient resources and \
               unhindered access to all places of deprivation of liberty.",
        recommending_states: "",
        upr_position: None,
        lead: None,
        follow_up_due: None,
        cluster: None,
        theme: "National preventive mechanism",
        affected_persons: Some("Persons deprived of their liberty"),
    },
    Recommendation {
        document: 1,
        paragraph: "134.45",
        text: "Bring the legislation on peaceful assemblies into line with article 21 of the \
               International Covenant on Civil and Political Rights.",
        recommending_states: "Germany; Norway",
        upr_position: Some(UprPosition::Supported),
        lead: Some("Free Word"),
        follow_up_due: None,
        cluster: Some("Civic space"),
        theme: "Freedom of peaceful assembly",
        affected_persons: Some("Human rights defenders"),
    },
    Recommendation {
        document: 1,
        paragraph: "134.78",
        text: "Adopt comprehensive anti-discrimination legislation covering all grounds of \
               discrimination.",
        recommending_states: "Canada",
        upr_position: Some(UprPosition::SupportedInPart),
        lead: Some("Equal Access"),
        follow_up_due: None,
        cluster: None,
        theme: "Equality and non-discrimination",
        affected_persons: Some("Persons with disabilities"),
    },
    Recommendation {
        document: 1,
        paragraph: "134.12",
        text: "Ratify the Optional Protocol to the International Covenant on Economic, Social \
               and Cultural Rights.",
        recommending_states: "Portugal",
        upr_position: Some(UprPosition::Noted),
        lead: None,
        follow_up_due: None,
        cluster: None,
        theme: "Acceptance of international norms",
        affected_persons: None,
    },
];

struct Assessment {
    recommendation: usize,
    assessor: Assessor,
    /// Short name of the assessing NGO.
    organisation: Option<&'static str>,
    assessor_name: &'static str,
    label: &'static str,
    ordinal: Option<i16>,
    assessed_on: &'static str,
    narrative: &'static str,
    approved: bool,
}

const ASSESSMENTS: [Assessment; 4] = [
    Assessment {
        recommendation: 0,
        assessor: Assessor::State,
        organisation: None,
        assessor_name: "Ministry of Internal Affairs (follow-up reply)",
        label: "fully_implemented",
        ordinal: Some(4),
        assessed_on: "2022-11-30",
        narrative: "The reply states that the Code of Criminal Procedure guarantees access to a \
                    lawyer from the moment of actual detention.",
        approved: true,
    },
    Assessment {
        recommendation: 0,
        assessor: Assessor::Coalition,
        organisation: None,
        assessor_name: "",
        label: "partially_implemented",
        ordinal: Some(2),
        assessed_on: "2023-02-10",
        narrative: "Trial monitors found that lawyers reached detainees within the first three \
                    hours in fewer than half of the cases observed in 2022.",
        approved: true,
    },
    Assessment {
        recommendation: 1,
        assessor: Assessor::Coalition,
        organisation: None,
        assessor_name: "",
        label: "not_implemented",
        ordinal: Some(1),
        assessed_on: "2025-10-01",
        narrative: "Complaints are still examined by the prosecution service itself.",
        approved: false,
    },
    Assessment {
        recommendation: 3,
        assessor: Assessor::Ngo,
        organisation: Some("Free Word"),
        assessor_name: "",
        label: "not_implemented",
        ordinal: Some(1),
        assessed_on: "2025-06-01",
        narrative: "Assemblies still need the local authority's prior permission.",
        approved: true,
    },
];

fn date(value: &str) -> Result<NaiveDate, DbErr> {
    NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .map_err(|e| DbErr::Custom(format!("demo date {value}: {e}")))
}

fn organisation(organisations: &HashMap<String, i32>, name: &str) -> Result<i32, DbErr> {
    organisations
        .get(name)
        .copied()
        .ok_or_else(|| DbErr::Custom(format!("demo organisation {name} missing")))
}

/// Inserts the tracker of `coalition_id`; `coordinator` approves and adds evidence.
pub async fn insert(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    organisations: &HashMap<String, i32>,
    coordinator: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut documents = Vec::new();
    for d in &DOCUMENTS {
        let mechanism = mechanism::Entity::find()
            .filter(mechanism::Column::Code.eq(d.mechanism))
            .one(db)
            .await?
            .ok_or_else(|| DbErr::Custom(format!("mechanism {} missing", d.mechanism)))?;
        let document = source_document::ActiveModel {
            coalition_id: Set(coalition_id),
            mechanism_id: Set(mechanism.id),
            symbol: Set(d.symbol.to_string()),
            published_on: Set(Some(date(d.published_on)?)),
            session: Set(d.session.to_string()),
            state_under_review: Set(super::content::COUNTRY.to_string()),
            follow_up_due: Set(Some(match d.follow_up_due {
                Some(day) => date(day)?,
                None => now.date_naive() + chrono::Days::new(60),
            })),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        documents.push(document.id);
    }
    let mut clusters: HashMap<&str, i32> = HashMap::new();
    let mut ids = Vec::new();
    for r in &RECOMMENDATIONS {
        let lead = r.lead.map(|l| organisation(organisations, l)).transpose()?;
        let model = recommendation::ActiveModel {
            coalition_id: Set(coalition_id),
            document_id: Set(documents[r.document]),
            paragraph: Set(r.paragraph.to_string()),
            text: Set(r.text.to_string()),
            recommending_states: Set(r.recommending_states.to_string()),
            upr_position: Set(r.upr_position),
            annotation_id: Set(None),
            lead_organisation_id: Set(lead),
            follow_up: Set(r.follow_up_due.is_some()),
            follow_up_due: Set(r.follow_up_due.map(date).transpose()?),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(db)
        .await?;
        ids.push(model.id);
        let tags = [
            Some(("theme", r.theme)),
            r.affected_persons.map(|a| ("affected_persons", a)),
        ];
        for (vocabulary, label) in tags.into_iter().flatten() {
            let tag_id = tag_id(db, vocabulary, label).await?;
            recommendation_tag::ActiveModel {
                recommendation_id: Set(model.id),
                tag_id: Set(tag_id),
            }
            .insert(db)
            .await?;
        }
        if let Some(name) = r.cluster {
            let cluster_id = match clusters.get(name) {
                Some(id) => *id,
                None => {
                    let created = cluster::ActiveModel {
                        coalition_id: Set(coalition_id),
                        name: Set(name.to_string()),
                        lead_organisation_id: Set(lead),
                        created_at: Set(now),
                        ..Default::default()
                    }
                    .insert(db)
                    .await?;
                    clusters.insert(name, created.id);
                    created.id
                }
            };
            recommendation_cluster::ActiveModel {
                recommendation_id: Set(model.id),
                cluster_id: Set(cluster_id),
            }
            .insert(db)
            .await?;
        }
    }
    let mut assessment_ids = Vec::new();
    for a in &ASSESSMENTS {
        let model = assessment::ActiveModel {
            recommendation_id: Set(ids[a.recommendation]),
            coalition_id: Set(coalition_id),
            assessor: Set(a.assessor),
            organisation_id: Set(a
                .organisation
                .map(|o| organisation(organisations, o))
                .transpose()?),
            assessor_name: Set(a.assessor_name.to_string()),
            scale: Set(AssessmentScale::UprInfo),
            label: Set(a.label.to_string()),
            ordinal: Set(a.ordinal),
            assessed_on: Set(date(a.assessed_on)?),
            narrative: Set(a.narrative.to_string()),
            status: Set(if a.approved {
                AssessmentStatus::Approved
            } else {
                AssessmentStatus::Draft
            }),
            created_at: Set(now),
            created_by: Set(Some(coordinator)),
            updated_at: Set(now),
            updated_by: Set(Some(coordinator)),
            approved_at: Set(a.approved.then_some(now)),
            approved_by: Set(a.approved.then_some(coordinator)),
            version: Set(1),
            ..Default::default()
        }
        .insert(db)
        .await?;
        assessment_ids.push(model.id);
    }
    evidence::ActiveModel {
        recommendation_id: Set(ids[0]),
        assessment_id: Set(Some(assessment_ids[1])),
        coalition_id: Set(coalition_id),
        organisation_id: Set(Some(organisation(organisations, "LIFT")?)),
        kind: Set(EvidenceKind::Link),
        title: Set("Trial monitoring report 2022".to_string()),
        url: Set("https://lift.example/reports/trial-monitoring-2022".to_string()),
        source: Set("Legal Initiative for Fair Trial".to_string()),
        dated_on: Set(Some(date("2023-01-20")?)),
        file_name: Set(String::new()),
        content_type: Set(String::new()),
        size_bytes: Set(0),
        sha256: Set(String::new()),
        visibility: Set(EvidenceVisibility::Coalition),
        created_at: Set(now),
        created_by: Set(Some(coordinator)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    saved_view::ActiveModel {
        user_id: Set(coordinator),
        coalition_id: Set(coalition_id),
        name: Set("Overdue follow-up".to_string()),
        query: Set("follow_up=overdue".to_string()),
        shared: Set(true),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    recommendation_link::ActiveModel {
        from_id: Set(ids[2]),
        to_id: Set(ids[0]),
        kind: Set(LinkKind::Related),
        created_at: Set(now),
        created_by: Set(Some(coordinator)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The id of the tag `label` in `vocabulary`, created if it is new.
async fn tag_id(db: &impl ConnectionTrait, vocabulary: &str, label: &str) -> Result<i32, DbErr> {
    let found = tag::Entity::find()
        .filter(tag::Column::Vocabulary.eq(vocabulary))
        .filter(tag::Column::Label.eq(label))
        .one(db)
        .await?;
    match found {
        Some(t) => Ok(t.id),
        None => Ok(tag::ActiveModel {
            vocabulary: Set(vocabulary.to_string()),
            label: Set(label.to_string()),
            ..Default::default()
        }
        .insert(db)
        .await?
        .id),
    }
}
