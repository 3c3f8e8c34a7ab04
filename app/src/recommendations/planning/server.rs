//! A coordinator's planning of a recommendation: its lead organisation, whether the mechanism
//! singled it out for follow-up and by when, its clusters, and its links to other
//! recommendations (server only).

use chrono::{NaiveDate, Utc};
use entities::{
    cluster, recommendation, recommendation_cluster, recommendation_link, recommendation_tag,
    source_document, tag,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    EntityTrait, QueryFilter, sea_query::Expr,
};

use super::api::RecommendationPlan;
use crate::recommendations::{
    access::{authorized, gone},
    citation::parse_reference,
};
use crate::{
    auth::{audit, policy::Action, policy::Actor},
    error::AppError,
    states::{LinkKind, Named},
    transaction::{finish, update_if_current},
};

/// Most clusters one recommendation may be in.
const MAX_CLUSTERS: usize = 20;

/// The cluster names of a comma-separated list: trimmed, empties dropped, each once (any
/// case), at most 200 characters each.
fn cluster_names(list: &str) -> Result<Vec<String>, AppError> {
    let mut names: Vec<String> = Vec::new();
    for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        if name.chars().count() > 200 {
            return Err(AppError::invalid("plan-error-cluster"));
        }
        if !names
            .iter()
            .any(|n| n.to_lowercase() == name.to_lowercase())
        {
            names.push(name.to_string());
        }
    }
    if names.len() > MAX_CLUSTERS {
        return Err(AppError::invalid("plan-error-clusters"));
    }
    Ok(names)
}

/// Most tags of one vocabulary on one recommendation.
const MAX_TAGS: usize = 30;

/// The labels of a one-per-line list: trimmed, empties dropped, each once (any case), at most
/// 300 characters each.
fn tag_labels(list: &str) -> Result<Vec<String>, AppError> {
    let mut labels: Vec<String> = Vec::new();
    for label in list.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if label.chars().count() > 300 {
            return Err(AppError::invalid("plan-error-tag"));
        }
        if !labels
            .iter()
            .any(|l| l.to_lowercase() == label.to_lowercase())
        {
            labels.push(label.to_string());
        }
    }
    if labels.len() > MAX_TAGS {
        return Err(AppError::invalid("plan-error-tags"));
    }
    Ok(labels)
}

/// Gives recommendation `id` exactly `labels` in `vocabulary`, creating tags not known yet.
async fn replace_tags(
    db: &impl ConnectionTrait,
    id: i32,
    vocabulary: &str,
    labels: &[String],
) -> Result<(), AppError> {
    let known = tag::Entity::find()
        .filter(tag::Column::Vocabulary.eq(vocabulary))
        .all(db)
        .await?;
    let current: Vec<i32> = known.iter().map(|t| t.id).collect();
    recommendation_tag::Entity::delete_many()
        .filter(recommendation_tag::Column::RecommendationId.eq(id))
        .filter(recommendation_tag::Column::TagId.is_in(current))
        .exec(db)
        .await?;
    for label in labels {
        let tag_id = match known
            .iter()
            .find(|t| t.label.to_lowercase() == label.to_lowercase())
        {
            Some(t) => t.id,
            None => {
                tag::ActiveModel {
                    vocabulary: Set(vocabulary.to_string()),
                    label: Set(label.clone()),
                    ..Default::default()
                }
                .insert(db)
                .await?
                .id
            }
        };
        recommendation_tag::ActiveModel {
            recommendation_id: Set(id),
            tag_id: Set(tag_id),
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// The ids of clusters `names` of `coalition_id`, creating those that do not exist yet.
async fn cluster_ids(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    names: &[String],
) -> Result<Vec<i32>, AppError> {
    let existing = cluster::Entity::find()
        .filter(cluster::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?;
    let mut ids = Vec::new();
    for name in names {
        let found = existing
            .iter()
            .find(|c| c.name.to_lowercase() == name.to_lowercase());
        let id = match found {
            Some(cluster) => cluster.id,
            None => {
                cluster::ActiveModel {
                    coalition_id: Set(coalition_id),
                    name: Set(name.clone()),
                    lead_organisation_id: Set(None),
                    created_at: Set(Utc::now()),
                    ..Default::default()
                }
                .insert(db)
                .await?
                .id
            }
        };
        ids.push(id);
    }
    Ok(ids)
}

/// Saves `plan` for a coordinator, in one transaction.
pub async fn plan(
    db: &DatabaseConnection,
    actor: &Actor,
    plan: RecommendationPlan,
) -> Result<(), AppError> {
    let context = authorized(db, actor, plan.id, Action::Manage).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let coalition_id = context.coalition_id();
    let lead = match plan.lead_organisation_id {
        0 => None,
        id => {
            let members = crate::directory::coalition_organisations(db, coalition_id).await?;
            if !members.iter().any(|(member, _)| *member == id) {
                return Err(AppError::invalid("plan-error-organisation"));
            }
            Some(id)
        }
    };
    let due = match plan.follow_up_due.trim() {
        "" => None,
        value => Some(
            NaiveDate::parse_from_str(value, "%Y-%m-%d")
                .map_err(|_| AppError::invalid("plan-error-date"))?,
        ),
    };
    let follow_up = plan.follow_up.is_some() || due.is_some();
    let names = cluster_names(&plan.clusters)?;
    let mut tags = Vec::new();
    for (vocabulary, list) in [
        ("theme", &plan.themes),
        ("affected_persons", &plan.affected_persons),
        ("sdg", &plan.sdgs),
    ] {
        if let Some(list) = list {
            tags.push((vocabulary, tag_labels(list)?));
        }
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let update = recommendation::Entity::update_many()
            .col_expr(
                recommendation::Column::LeadOrganisationId,
                Expr::value(lead),
            )
            .col_expr(recommendation::Column::FollowUp, Expr::value(follow_up))
            .col_expr(recommendation::Column::FollowUpDue, Expr::value(due))
            .col_expr(recommendation::Column::UpdatedAt, Expr::value(Utc::now()));
        update_if_current(&txn, update, plan.id, plan.version, "plan-error-stale").await?;
        let ids = cluster_ids(&txn, coalition_id, &names).await?;
        recommendation_cluster::Entity::delete_many()
            .filter(recommendation_cluster::Column::RecommendationId.eq(plan.id))
            .exec(&txn)
            .await?;
        for cluster_id in ids {
            recommendation_cluster::ActiveModel {
                recommendation_id: Set(plan.id),
                cluster_id: Set(cluster_id),
            }
            .insert(&txn)
            .await?;
        }
        for (vocabulary, labels) in &tags {
            replace_tags(&txn, plan.id, vocabulary, labels).await?;
        }
        crate::recommendations::search::changes::touch(&txn, Some(&[plan.id])).await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::RECOMMENDATION_PLANNED,
            &format!("recommendation {}", plan.id),
            &format!(
                "lead {}, follow-up {}, clusters: {}",
                lead.map_or("none".to_string(), |l| l.to_string()),
                due.map_or(follow_up.to_string(), |d| d.to_string()),
                names.join(", ")
            ),
            Some(coalition_id),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// The recommendation of `coalition_id` that `reference` names: its number, or its symbol
/// and paragraph.
async fn resolve(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    reference: &str,
) -> Result<Option<recommendation::Model>, AppError> {
    if let Ok(id) = reference.trim().trim_start_matches('#').parse::<i32>() {
        return Ok(recommendation::Entity::find_by_id(id)
            .one(db)
            .await?
            .filter(|r| r.coalition_id == coalition_id));
    }
    let Some((symbol, paragraph)) = parse_reference(reference) else {
        return Err(AppError::invalid("link-error-reference"));
    };
    let Some(document) = source_document::Entity::find()
        .filter(source_document::Column::CoalitionId.eq(coalition_id))
        .filter(source_document::Column::Symbol.eq(symbol))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(recommendation::Entity::find()
        .filter(recommendation::Column::DocumentId.eq(document.id))
        .filter(recommendation::Column::Paragraph.eq(paragraph))
        .one(db)
        .await?)
}

/// Links recommendation `id` to the one `reference` names, as `kind` (coordinators).
pub async fn link(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    reference: &str,
    kind: &str,
) -> Result<(), AppError> {
    let context = authorized(db, actor, id, Action::Manage).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let kind = LinkKind::parse(kind).ok_or_else(|| AppError::invalid("link-error-kind"))?;
    let other = resolve(db, context.coalition_id(), reference)
        .await?
        .ok_or_else(|| AppError::invalid("link-error-not-found"))?;
    if other.id == id {
        return Err(AppError::invalid("link-error-self"));
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let existing = recommendation_link::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(
                        sea_orm::Condition::all()
                            .add(recommendation_link::Column::FromId.eq(id))
                            .add(recommendation_link::Column::ToId.eq(other.id)),
                    )
                    .add(
                        sea_orm::Condition::all()
                            .add(recommendation_link::Column::FromId.eq(other.id))
                            .add(recommendation_link::Column::ToId.eq(id)),
                    ),
            )
            .one(&txn)
            .await?;
        if existing.is_some() {
            return Err(AppError::invalid("link-error-exists"));
        }
        recommendation_link::ActiveModel {
            from_id: Set(id),
            to_id: Set(other.id),
            kind: Set(kind),
            created_at: Set(Utc::now()),
            created_by: Set(Some(user_id)),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::RECOMMENDATION_LINKED,
            &format!("recommendation {id}"),
            &format!("{kind} recommendation {}", other.id),
            Some(context.coalition_id()),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// Removes link `link_id` (coordinators of the coalition).
pub async fn unlink(db: &DatabaseConnection, actor: &Actor, link_id: i32) -> Result<(), AppError> {
    let Some(link) = recommendation_link::Entity::find_by_id(link_id)
        .one(db)
        .await?
    else {
        return Err(gone(actor, "link-error-gone"));
    };
    let context = authorized(db, actor, link.from_id, Action::Manage).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        recommendation_link::Entity::delete_by_id(link.id)
            .exec(&txn)
            .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::RECOMMENDATION_UNLINKED,
            &format!("recommendation {}", link.from_id),
            &format!("{} recommendation {}", link.kind, link.to_id),
            Some(context.coalition_id()),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_lists_take_one_label_a_line_with_its_commas() {
        assert_eq!(
            tag_labels(
                "Torture and other cruel, inhuman or degrading treatment\n\n  Detention \ndetention"
            )
            .unwrap(),
            [
                "Torture and other cruel, inhuman or degrading treatment",
                "Detention"
            ]
        );
        assert!(tag_labels(&"x".repeat(301)).is_err());
        let many: Vec<String> = (0..31).map(|i| format!("t{i}")).collect();
        assert!(tag_labels(&many.join("\n")).is_err());
    }

    #[test]
    fn cluster_lists_are_trimmed_and_deduplicated() {
        assert_eq!(
            cluster_names(" Fair trial, civic space ,, fair TRIAL ").unwrap(),
            ["Fair trial", "civic space"]
        );
        assert!(cluster_names("").unwrap().is_empty());
        assert!(cluster_names(&"x".repeat(201)).is_err());
        let many: Vec<String> = (0..21).map(|i| format!("c{i}")).collect();
        assert!(cluster_names(&many.join(",")).is_err());
    }
}
