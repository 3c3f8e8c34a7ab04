//! Creating a report from a submission profile and editing its details (server only).

use chrono::{DateTime, Utc};
use entities::{coalition, report, report_section, submission_profile};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryOrder, sea_query::Expr,
};

use super::{
    api::{Choice, ProfileChoice, ReportChoices, ReportDetails},
    deadline,
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
        visibility::authorize,
    },
    error::AppError,
    profiles::{
        server::list,
        template::{self, MAX_TITLE_CHARS, TemplateSection},
    },
    sections::history::first_revision,
    states::{Language, Named, ReportStatus, SectionStatus},
    transaction::{finish, update_if_current},
};

/// Whether `actor` coordinates any coalition or administers the instance.
pub fn can_create(actor: &Actor) -> bool {
    can(actor, Action::Manage, Resource::NewReport)
}

/// Coalitions `actor` coordinates (all, for administrators), profiles and time zones.
pub async fn choices(db: &DatabaseConnection, actor: &Actor) -> Result<ReportChoices, AppError> {
    let coalitions: Vec<Choice> = coalition::Entity::find()
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter(|c| can(actor, Action::Manage, Resource::Coalition { id: c.id }))
        .map(|c| Choice {
            id: c.id,
            name: c.name,
        })
        .collect();
    if coalitions.is_empty() {
        authorize(actor, Action::Manage, Resource::Instance)?;
    }
    let profiles = submission_profile::Entity::find()
        .order_by_asc(submission_profile::Column::Mechanism)
        .order_by_asc(submission_profile::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProfileChoice {
            id: p.id,
            name: p.name,
            mechanism: p.mechanism,
            languages: list(&p.languages),
        })
        .collect();
    Ok(ReportChoices {
        coalitions,
        profiles,
        time_zones: deadline::names(),
    })
}

/// Details checked and normalised.
struct Valid {
    title: String,
    state_under_review: String,
    session: Option<String>,
    deadline: Option<DateTime<Utc>>,
    time_zone: String,
    language: String,
}

/// Checks and normalises `details`. A report may be written in any language Shadowdesk
/// knows (en, ru, kk and the UN languages), whether or not its profile accepts it: the
/// pre-submission check warns when an export's language is not accepted.
fn validated(details: &ReportDetails) -> Result<Valid, AppError> {
    let title = details.title.trim().to_string();
    if title.is_empty() || title.chars().count() > MAX_TITLE_CHARS {
        return Err(AppError::invalid("report-error-title"));
    }
    let state_under_review = details.state_under_review.trim().to_string();
    if state_under_review.is_empty() || state_under_review.chars().count() > 100 {
        return Err(AppError::invalid("report-error-state"));
    }
    let session = details.session.trim().to_string();
    if session.chars().count() > 100 {
        return Err(AppError::invalid("report-error-session"));
    }
    let time_zone = details.time_zone.trim().to_string();
    let deadline = deadline::to_utc(&details.deadline_date, &details.deadline_time, &time_zone)
        .map_err(|e| AppError::invalid(e.message_key()))?;
    let language = Language::parse(&details.language.trim().to_lowercase())
        .ok_or_else(|| AppError::invalid("report-error-language"))?
        .name()
        .to_string();
    Ok(Valid {
        title,
        state_under_review,
        session: (!session.is_empty()).then_some(session),
        deadline,
        time_zone,
        language,
    })
}

/// Creates a report in `details.coalition_id` from profile `details.profile_id`, with the
/// profile's outline (guidance as coordination notes), in one transaction. Coordinators only.
pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    details: ReportDetails,
) -> Result<i32, AppError> {
    authorize(
        actor,
        Action::Manage,
        Resource::Coalition {
            id: details.coalition_id,
        },
    )?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let profile = submission_profile::Entity::find_by_id(details.profile_id)
        .one(db)
        .await?
        .ok_or_else(|| AppError::invalid("report-error-profile"))?;
    let valid = validated(&details)?;
    let outline = template::parse(&profile.outline_template).unwrap_or_default();
    let txn = crate::transaction::begin(db).await?;
    let result = create_in(
        &txn,
        user_id,
        details.coalition_id,
        &profile,
        valid,
        &outline,
    )
    .await;
    finish(txn, result).await
}

async fn create_in(
    txn: &DatabaseTransaction,
    user_id: i32,
    coalition_id: i32,
    profile: &submission_profile::Model,
    valid: Valid,
    outline: &[TemplateSection],
) -> Result<i32, AppError> {
    let now = Utc::now();
    let report = report::ActiveModel {
        coalition_id: Set(coalition_id),
        title: Set(valid.title),
        mechanism: Set(profile.mechanism.clone()),
        stage: Set(profile.stage.clone()),
        state_under_review: Set(valid.state_under_review),
        session: Set(valid.session),
        language: Set(valid.language),
        deadline: Set(valid.deadline),
        time_zone: Set(valid.time_zone),
        profile_id: Set(Some(profile.id)),
        status: Set(ReportStatus::Drafting),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    // Parents by level while walking the template: `parents[level - 1]` is the open section.
    let mut parents: Vec<i32> = Vec::new();
    let mut positions: Vec<i32> = vec![0];
    for section in outline {
        parents.truncate(section.level - 1);
        positions.truncate(section.level);
        positions.resize(section.level, 0);
        let position = positions[section.level - 1];
        positions[section.level - 1] += 1;
        let inserted = report_section::ActiveModel {
            report_id: Set(report.id),
            parent_id: Set(parents.last().copied()),
            position: Set(position),
            title: Set(section.title.clone()),
            body: Set(String::new()),
            status: Set(SectionStatus::NotStarted),
            coordination_notes: Set(section.guidance.clone()),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        first_revision(txn, &inserted).await?;
        parents.push(inserted.id);
    }
    audit::record_action(
        txn,
        user_id,
        audit::action::REPORT_CREATED,
        &report.title,
        &profile.code,
        Some(coalition_id),
    )
    .await?;
    Ok(report.id)
}

/// Changes report `details.id`'s title, State, session, deadline, time zone and language, if
/// its version is still `details.version`. Coordinators of its coalition only.
pub async fn update(
    db: &DatabaseConnection,
    actor: &Actor,
    details: ReportDetails,
) -> Result<(), AppError> {
    let report = crate::report_access::managed(db, actor, details.id).await?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let valid = validated(&details)?;
    // A language the report is translated into cannot become the one it is written in.
    if valid.language != report.language
        && crate::report_access::translation_languages(db, report.id)
            .await?
            .iter()
            .any(|l| l.name() == valid.language)
    {
        return Err(AppError::invalid("report-error-language-translated"));
    }
    let txn = crate::transaction::begin(db).await?;
    let result = async {
        let update = report::Entity::update_many()
            .col_expr(report::Column::Title, Expr::value(valid.title.clone()))
            .col_expr(
                report::Column::StateUnderReview,
                Expr::value(valid.state_under_review),
            )
            .col_expr(report::Column::Session, Expr::value(valid.session))
            .col_expr(report::Column::Deadline, Expr::value(valid.deadline))
            .col_expr(report::Column::TimeZone, Expr::value(valid.time_zone))
            .col_expr(report::Column::Language, Expr::value(valid.language))
            .col_expr(report::Column::UpdatedAt, Expr::value(Utc::now()));
        update_if_current(
            &txn,
            update,
            report.id,
            details.version,
            "report-error-stale",
        )
        .await?;
        audit::record_action(
            &txn,
            user_id,
            audit::action::REPORT_UPDATED,
            &valid.title,
            "",
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

    fn details() -> ReportDetails {
        ReportDetails {
            title: "Alternative report".into(),
            state_under_review: "Kazakhstan".into(),
            time_zone: "Asia/Almaty".into(),
            language: "en".into(),
            deadline_date: "2027-02-01".into(),
            ..ReportDetails::default()
        }
    }

    #[test]
    fn good_details_pass_and_are_trimmed() {
        let valid = validated(&ReportDetails {
            title: "  Alternative report ".into(),
            session: " 140th session ".into(),
            language: "RU".into(),
            ..details()
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(valid.title, "Alternative report");
        assert_eq!(valid.session.as_deref(), Some("140th session"));
        assert_eq!(valid.language, "ru");
        assert!(valid.deadline.is_some());
    }

    #[test]
    fn bad_details_are_refused() {
        let bad = [
            ReportDetails {
                title: " ".into(),
                ..details()
            },
            ReportDetails {
                title: "x".repeat(201),
                ..details()
            },
            ReportDetails {
                state_under_review: String::new(),
                ..details()
            },
            ReportDetails {
                language: "de".into(),
                ..details()
            },
            ReportDetails {
                time_zone: "Nowhere/City".into(),
                ..details()
            },
            ReportDetails {
                deadline_date: "1 February".into(),
                ..details()
            },
        ];
        for details in bad {
            assert!(validated(&details).is_err(), "{details:?} passed");
        }
    }
}
