//! Saving, approving and discarding assessments, and choosing the current assessment of each
//! assessor (server only). Approved assessments never change: a later one supersedes them.

use chrono::{NaiveDate, Utc};
use entities::assessment;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::Expr,
};

use super::api::AssessmentInput;
use crate::recommendations::{
    access::{RecommendationContext, authorized, gone},
    scales::{ScaleError, place},
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
    },
    error::AppError,
    states::{AssessmentScale as Scale, AssessmentStatus, Assessor, Named},
    transaction::{finish, update_if_current},
};

/// The longest narrative accepted, in characters.
const MAX_NARRATIVE: usize = 20_000;

/// Whether `actor` may record or change an assessment by `assessor` (of `organisation`, for an
/// NGO) on the recommendation in `context`: coordinators and the lead organisation any, other
/// partner NGOs' editors their own organisation's.
pub fn may_assess(
    actor: &Actor,
    context: &RecommendationContext,
    assessor: Assessor,
    organisation: Option<i32>,
) -> bool {
    if can(actor, Action::Edit, context.resource()) {
        return true;
    }
    match (assessor, organisation) {
        (Assessor::Ngo, Some(organisation)) => can(
            actor,
            Action::Edit,
            Resource::Recommendation {
                coalition_id: context.coalition_id(),
                organisations: &[organisation],
            },
        ),
        _ => false,
    }
}

/// The organisation an assessment by `actor` is filed under: the NGO itself for `ngo`, else
/// the author's first organisation in the coalition.
fn organisation_for(
    input: &AssessmentInput,
    assessor: Assessor,
    actor: &Actor,
    members: &[i32],
) -> Result<Option<i32>, AppError> {
    if assessor == Assessor::Ngo {
        if input.organisation_id <= 0 || !members.contains(&input.organisation_id) {
            return Err(AppError::invalid("assessment-error-organisation"));
        }
        return Ok(Some(input.organisation_id));
    }
    let Actor::User { organisations, .. } = actor else {
        return Ok(None);
    };
    Ok(organisations.iter().copied().find(|o| members.contains(o)))
}

/// The checked fields of an assessment.
struct Valid {
    assessor: Assessor,
    assessor_name: String,
    scale: Scale,
    label: String,
    ordinal: Option<i16>,
    assessed_on: NaiveDate,
    narrative: String,
}

/// The assessor the form names.
fn assessor_of(input: &AssessmentInput) -> Result<Assessor, AppError> {
    Assessor::parse(&input.assessor).ok_or_else(|| AppError::invalid("assessment-error-assessor"))
}

fn validated(input: &AssessmentInput, today: NaiveDate) -> Result<Valid, AppError> {
    let assessor = assessor_of(input)?;
    let custom_ordinal = match input.custom_ordinal.trim() {
        "" => None,
        value => Some(
            value
                .parse::<i16>()
                .map_err(|_| AppError::invalid("assessment-error-ordinal"))?,
        ),
    };
    let (scale, label, ordinal) =
        place(&input.scale, &input.label, custom_ordinal).map_err(|error| match error {
            ScaleError::UnknownScale(_) => AppError::invalid("assessment-error-scale"),
            ScaleError::UnknownLevel { .. } => AppError::invalid("assessment-error-level"),
            ScaleError::CustomLabel => AppError::invalid("assessment-error-custom-label"),
            ScaleError::Ordinal => AppError::invalid("assessment-error-ordinal"),
        })?;
    let assessed_on = NaiveDate::parse_from_str(input.assessed_on.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid("assessment-error-date"))?;
    if assessed_on > today {
        return Err(AppError::invalid("assessment-error-future"));
    }
    let assessor_name = input.assessor_name.trim().to_string();
    if assessor_name.chars().count() > 200 {
        return Err(AppError::invalid("assessment-error-name"));
    }
    let narrative = input.narrative.trim().to_string();
    if narrative.chars().count() > MAX_NARRATIVE {
        return Err(AppError::invalid("assessment-error-narrative"));
    }
    Ok(Valid {
        assessor,
        assessor_name,
        scale,
        label,
        ordinal,
        assessed_on,
        narrative,
    })
}

/// Saves `input` as a new draft or into the draft it names; answers the assessment's id.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    input: AssessmentInput,
) -> Result<i32, AppError> {
    let context = authorized(db, actor, input.recommendation_id, Action::Read).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let members: Vec<i32> = crate::directory::coalition_organisations(db, context.coalition_id())
        .await?
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let assessor = assessor_of(&input)?;
    let organisation = organisation_for(&input, assessor, actor, &members)?;
    if !may_assess(actor, &context, assessor, organisation) {
        return Err(AppError::Forbidden);
    }
    let valid = validated(&input, Utc::now().date_naive())?;
    let now = Utc::now();
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let id = if input.id == 0 {
            assessment::ActiveModel {
                recommendation_id: Set(context.recommendation.id),
                coalition_id: Set(context.coalition_id()),
                assessor: Set(valid.assessor),
                organisation_id: Set(organisation),
                assessor_name: Set(valid.assessor_name.clone()),
                scale: Set(valid.scale),
                label: Set(valid.label.clone()),
                ordinal: Set(valid.ordinal),
                assessed_on: Set(valid.assessed_on),
                narrative: Set(valid.narrative.clone()),
                status: Set(AssessmentStatus::Draft),
                created_at: Set(now),
                created_by: Set(Some(user_id)),
                updated_at: Set(now),
                updated_by: Set(Some(user_id)),
                approved_at: Set(None),
                approved_by: Set(None),
                version: Set(1),
                ..Default::default()
            }
            .insert(&txn)
            .await?
            .id
        } else {
            let draft = assessment::Entity::find_by_id(input.id)
                .one(&txn)
                .await?
                .filter(|a| a.recommendation_id == context.recommendation.id)
                .ok_or_else(|| AppError::invalid("assessment-error-unknown"))?;
            if draft.status != AssessmentStatus::Draft {
                return Err(AppError::invalid("assessment-error-approved"));
            }
            if !may_assess(actor, &context, draft.assessor, draft.organisation_id) {
                return Err(AppError::Forbidden);
            }
            let update = assessment::Entity::update_many()
                .col_expr(assessment::Column::Assessor, Expr::value(valid.assessor))
                .col_expr(
                    assessment::Column::OrganisationId,
                    Expr::value(organisation),
                )
                .col_expr(
                    assessment::Column::AssessorName,
                    Expr::value(valid.assessor_name.clone()),
                )
                .col_expr(assessment::Column::Scale, Expr::value(valid.scale))
                .col_expr(assessment::Column::Label, Expr::value(valid.label.clone()))
                .col_expr(assessment::Column::Ordinal, Expr::value(valid.ordinal))
                .col_expr(
                    assessment::Column::AssessedOn,
                    Expr::value(valid.assessed_on),
                )
                .col_expr(
                    assessment::Column::Narrative,
                    Expr::value(valid.narrative.clone()),
                )
                .col_expr(assessment::Column::UpdatedAt, Expr::value(now))
                .col_expr(assessment::Column::UpdatedBy, Expr::value(Some(user_id)))
                .filter(assessment::Column::Status.eq(AssessmentStatus::Draft));
            let stale = "assessment-error-stale";
            update_if_current(&txn, update, draft.id, input.version, stale).await?;
            draft.id
        };
        audit::record_action(
            &txn,
            user_id,
            audit::action::ASSESSMENT_SAVED,
            &format!("recommendation {}", context.recommendation.id),
            &format!("{} {}: {}", valid.assessor, valid.scale, valid.label),
            Some(context.coalition_id()),
        )
        .await?;
        Ok(id)
    }
    .await;
    finish(txn, result).await
}

/// Approves draft `id` at `version` (coordinators of its coalition).
pub async fn approve(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    version: i32,
) -> Result<(), AppError> {
    let Some(draft) = assessment::Entity::find_by_id(id).one(db).await? else {
        return Err(gone(actor, "assessment-error-unknown"));
    };
    let context = authorized(db, actor, draft.recommendation_id, Action::Manage).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if draft.status != AssessmentStatus::Draft {
        return Err(AppError::invalid("assessment-error-approved"));
    }
    let now = Utc::now();
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let update = assessment::Entity::update_many()
            .col_expr(
                assessment::Column::Status,
                Expr::value(AssessmentStatus::Approved),
            )
            .col_expr(assessment::Column::ApprovedAt, Expr::value(Some(now)))
            .col_expr(assessment::Column::ApprovedBy, Expr::value(Some(user_id)))
            .filter(assessment::Column::Status.eq(AssessmentStatus::Draft));
        update_if_current(&txn, update, id, version, "assessment-error-stale").await?;
        crate::recommendations::search::changes::touch(&txn, Some(&[context.recommendation.id]))
            .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::ASSESSMENT_APPROVED,
            &format!("recommendation {}", context.recommendation.id),
            &format!("{} {}: {}", draft.assessor, draft.scale, draft.label),
            Some(context.coalition_id()),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// Deletes draft `id`, for whoever may change it. Its evidence stays with the recommendation.
pub async fn discard(db: &DatabaseConnection, actor: &Actor, id: i32) -> Result<(), AppError> {
    let Some(draft) = assessment::Entity::find_by_id(id).one(db).await? else {
        return Err(gone(actor, "assessment-error-unknown"));
    };
    let context = authorized(db, actor, draft.recommendation_id, Action::Read).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    if !may_assess(actor, &context, draft.assessor, draft.organisation_id) {
        return Err(AppError::Forbidden);
    }
    if draft.status != AssessmentStatus::Draft {
        return Err(AppError::invalid("assessment-error-approved"));
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        assessment::Entity::delete_many()
            .filter(assessment::Column::Id.eq(id))
            .filter(assessment::Column::Status.eq(AssessmentStatus::Draft))
            .exec(&txn)
            .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::ASSESSMENT_DISCARDED,
            &format!("recommendation {}", context.recommendation.id),
            &format!("{} {}: {}", draft.assessor, draft.scale, draft.label),
            Some(context.coalition_id()),
        )
        .await?;
        Ok(())
    }
    .await;
    finish(txn, result).await
}

/// The current assessments among `assessments`: for each assessor (and NGO), its approved
/// assessment with the latest date (the latest recorded, on the same date).
pub fn current(assessments: &[assessment::Model]) -> Vec<&assessment::Model> {
    let mut latest: Vec<&assessment::Model> = Vec::new();
    for candidate in assessments
        .iter()
        .filter(|a| a.status == AssessmentStatus::Approved)
    {
        let order = |a: &assessment::Model| (a.assessed_on, a.id);
        match latest.iter_mut().find(|a| {
            a.assessor == candidate.assessor && a.organisation_id == candidate.organisation_id
        }) {
            Some(kept) if order(candidate) > order(kept) => *kept = candidate,
            Some(_) => {}
            None => latest.push(candidate),
        }
    }
    latest
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::states::AssessmentStatus::{Approved, Draft};

    fn assessment(
        id: i32,
        assessor: Assessor,
        on: &str,
        status: AssessmentStatus,
        ordinal: i16,
    ) -> assessment::Model {
        let at = Utc::now();
        assessment::Model {
            id,
            recommendation_id: 1,
            coalition_id: 1,
            assessor,
            organisation_id: None,
            assessor_name: String::new(),
            scale: Scale::UprInfo,
            label: String::new(),
            ordinal: Some(ordinal),
            assessed_on: NaiveDate::parse_from_str(on, "%Y-%m-%d").unwrap(),
            narrative: String::new(),
            status,
            created_at: at,
            created_by: None,
            updated_at: at,
            updated_by: None,
            approved_at: (status == AssessmentStatus::Approved).then_some(at),
            approved_by: None,
            version: 1,
        }
    }

    #[test]
    fn the_latest_approved_assessment_of_each_assessor_is_current() {
        let all = [
            assessment(1, Assessor::State, "2024-01-10", Approved, 4),
            assessment(2, Assessor::State, "2025-03-01", Approved, 2),
            assessment(3, Assessor::State, "2026-01-01", Draft, 1),
            assessment(4, Assessor::Coalition, "2025-06-01", Approved, 1),
            assessment(5, Assessor::Coalition, "2023-06-01", Approved, 3),
        ];
        let ids: Vec<i32> = current(&all).iter().map(|a| a.id).collect();
        assert_eq!(ids, [2, 4]);
    }

    #[test]
    fn fields_are_checked_before_anything_is_written() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let good = AssessmentInput {
            recommendation_id: 1,
            assessor: "state".into(),
            scale: "upr_info".into(),
            label: "partially_implemented".into(),
            assessed_on: "2026-11-30".into(),
            ..Default::default()
        };
        assert_eq!(validated(&good, today).unwrap().ordinal, Some(2));
        let refused = [
            AssessmentInput {
                assessor: "oracle".into(),
                ..good.clone()
            },
            AssessmentInput {
                scale: "stars".into(),
                ..good.clone()
            },
            AssessmentInput {
                label: "done".into(),
                ..good.clone()
            },
            AssessmentInput {
                assessed_on: "30.11.2026".into(),
                ..good.clone()
            },
            AssessmentInput {
                assessed_on: "2026-12-02".into(),
                ..good.clone()
            },
            AssessmentInput {
                scale: "custom".into(),
                label: "Adopted".into(),
                custom_ordinal: "7".into(),
                ..good.clone()
            },
            AssessmentInput {
                narrative: "x".repeat(MAX_NARRATIVE + 1),
                ..good.clone()
            },
        ];
        for input in refused {
            assert!(validated(&input, today).is_err(), "{input:?}");
        }
    }
}
