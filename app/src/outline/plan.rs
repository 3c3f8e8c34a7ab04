//! A section's plan, set by the coordinator: title, lead organisation and contributing
//! organisations, lead editor, due date, word budget and private coordination notes
//! (server only).

use chrono::{NaiveDate, Utc};
use entities::{coalition_member, coalition_role, report_section, section_contributor};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr,
};

use super::{api::SectionPlan, server::valid_title};
use crate::{
    auth::{
        audit,
        policy::{self, Actor},
    },
    error::AppError,
    report_access as access,
    transaction::finish,
};

/// The longest coordination note accepted, in characters.
pub const MAX_NOTES_CHARS: usize = 10_000;

/// A plan checked against the coalition.
#[derive(Debug, PartialEq, Eq)]
struct Valid {
    title: String,
    lead_organisation: Option<i32>,
    contributors: Vec<i32>,
    lead_editor: Option<i32>,
    due_date: Option<NaiveDate>,
    word_budget: Option<i32>,
    notes: String,
}

/// Checks the fields that need no database.
fn validated_fields(plan: &SectionPlan) -> Result<Valid, AppError> {
    let title = valid_title(&plan.title)?;
    let due_date = match plan.due_date.trim() {
        "" => None,
        date => Some(
            NaiveDate::parse_from_str(date, "%Y-%m-%d")
                .map_err(|_| AppError::invalid("section-error-due-date"))?,
        ),
    };
    let budget = plan.word_budget.trim().replace([',', ' ', '\u{a0}'], "");
    let word_budget = match budget.as_str() {
        "" => None,
        n => match n.parse::<i32>() {
            Ok(n) if (1..=1_000_000).contains(&n) => Some(n),
            _ => return Err(AppError::invalid("section-error-budget")),
        },
    };
    if plan.coordination_notes.chars().count() > MAX_NOTES_CHARS {
        return Err(AppError::invalid("section-error-notes"));
    }
    let lead_organisation = (plan.lead_organisation_id > 0).then_some(plan.lead_organisation_id);
    let mut contributors: Vec<i32> = Vec::new();
    for item in plan
        .contributor_ids
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let id = item
            .parse::<i32>()
            .map_err(|_| AppError::invalid("section-error-organisation"))?;
        if Some(id) != lead_organisation && !contributors.contains(&id) {
            contributors.push(id);
        }
    }
    Ok(Valid {
        title,
        lead_organisation,
        contributors,
        lead_editor: (plan.lead_editor_id > 0).then_some(plan.lead_editor_id),
        due_date,
        word_budget,
        notes: plan.coordination_notes.trim().to_string(),
    })
}

/// Refuses organisations outside the coalition and lead editors without a writing role in it.
async fn check_membership(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    valid: &Valid,
) -> Result<(), AppError> {
    let members: Vec<i32> = coalition_member::Entity::find()
        .filter(coalition_member::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.organisation_id)
        .collect();
    let organisations = valid.lead_organisation.iter().chain(&valid.contributors);
    if organisations.into_iter().any(|o| !members.contains(o)) {
        return Err(AppError::invalid("section-error-organisation"));
    }
    if let Some(editor) = valid.lead_editor {
        let role = coalition_role::Entity::find()
            .filter(coalition_role::Column::CoalitionId.eq(coalition_id))
            .filter(coalition_role::Column::UserId.eq(editor))
            .one(db)
            .await?;
        if !role.is_some_and(|r| policy::writes_sections(r.role)) {
            return Err(AppError::invalid("section-error-lead-editor"));
        }
    }
    Ok(())
}

/// Saves `plan` for a coordinator of the section's report, in one transaction.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    plan: SectionPlan,
) -> Result<(), AppError> {
    let section = report_section::Entity::find_by_id(plan.id).one(db).await?;
    let report = access::managed(db, actor, section.as_ref().map_or(0, |s| s.report_id)).await?;
    let section = section.ok_or(AppError::Forbidden)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    access::ensure_open(&report)?;
    let valid = validated_fields(&plan)?;
    check_membership(db, report.coalition_id, &valid).await?;
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        report_section::Entity::update_many()
            .col_expr(
                report_section::Column::Title,
                Expr::value(valid.title.clone()),
            )
            .col_expr(
                report_section::Column::AssignedOrganisationId,
                Expr::value(valid.lead_organisation),
            )
            .col_expr(
                report_section::Column::LeadEditorId,
                Expr::value(valid.lead_editor),
            )
            .col_expr(report_section::Column::DueDate, Expr::value(valid.due_date))
            .col_expr(
                report_section::Column::WordBudget,
                Expr::value(valid.word_budget),
            )
            .col_expr(
                report_section::Column::CoordinationNotes,
                Expr::value(valid.notes.clone()),
            )
            .col_expr(report_section::Column::Annex, Expr::value(plan.annex))
            .col_expr(report_section::Column::UpdatedAt, Expr::value(Utc::now()))
            .filter(report_section::Column::Id.eq(section.id))
            .exec(&txn)
            .await?;
        section_contributor::Entity::delete_many()
            .filter(section_contributor::Column::SectionId.eq(section.id))
            .exec(&txn)
            .await?;
        if !valid.contributors.is_empty() {
            section_contributor::Entity::insert_many(valid.contributors.iter().map(|&o| {
                section_contributor::ActiveModel {
                    section_id: sea_orm::ActiveValue::Set(section.id),
                    organisation_id: sea_orm::ActiveValue::Set(o),
                }
            }))
            .exec(&txn)
            .await?;
        }
        audit::record_action(
            &txn,
            user_id,
            audit::action::SECTION_PLANNED,
            &valid.title,
            &report.title,
            Some(report.coalition_id),
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

    fn plan() -> SectionPlan {
        SectionPlan {
            id: 1,
            title: " Article 7 ".into(),
            lead_organisation_id: 3,
            contributor_ids: "4, 3,5,4".into(),
            lead_editor_id: 0,
            due_date: "2027-01-15".into(),
            word_budget: "1,200".into(),
            coordination_notes: " Ask the Almaty branch for cases. ".into(),
            annex: false,
        }
    }

    #[test]
    fn a_plan_is_trimmed_and_contributors_exclude_the_lead() {
        let valid = validated_fields(&plan()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(valid.title, "Article 7");
        assert_eq!(valid.lead_organisation, Some(3));
        assert_eq!(valid.contributors, [4, 5]);
        assert_eq!(valid.lead_editor, None);
        assert_eq!(valid.word_budget, Some(1200));
        assert_eq!(valid.notes, "Ask the Almaty branch for cases.");
    }

    #[test]
    fn bad_plans_are_refused() {
        let bad = [
            SectionPlan {
                title: "".into(),
                ..plan()
            },
            SectionPlan {
                title: "x".repeat(201),
                ..plan()
            },
            SectionPlan {
                due_date: "next week".into(),
                ..plan()
            },
            SectionPlan {
                word_budget: "-5".into(),
                ..plan()
            },
            SectionPlan {
                word_budget: "lots".into(),
                ..plan()
            },
            SectionPlan {
                contributor_ids: "4,x".into(),
                ..plan()
            },
            SectionPlan {
                coordination_notes: "x".repeat(MAX_NOTES_CHARS + 1),
                ..plan()
            },
        ];
        for plan in bad {
            assert!(validated_fields(&plan).is_err(), "{plan:?} passed");
        }
    }
}
