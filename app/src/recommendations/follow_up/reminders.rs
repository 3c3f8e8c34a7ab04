//! Follow-up deadlines: the recommendations the mechanisms singled out, with their due dates,
//! and the documents' follow-up or UPR mid-term dates — for the calendar, the reminders on the
//! overview page, and e-mail reminders. An e-mail reminder of an item at a stage (due soon,
//! overdue) goes out once, however many app servers run: the server that first records it in
//! `reminders_sent` (a unique key) sends it, in the same transaction (server only).

use std::collections::HashMap;

use chrono::{Days, NaiveDate, Utc};
use entities::{
    coalition, coalition_role, organisation_member, recommendation, reminder_sent, source_document,
    user,
};
use fluent_templates::fluent_bundle::FluentValue;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter,
};

use super::api::CalendarEntry;
use crate::recommendations::{citation::citation, search::load::DUE_SOON_DAYS};
use crate::{
    auth::policy,
    i18n::{Locale, label, translate_with},
    mail::Mailer,
    states::{FollowUpKind, FollowUpStage},
};

/// How long an overdue item stays on the calendar and in reminders.
const OVERDUE_SHOWN_DAYS: u64 = 365;
/// How far ahead the calendar looks.
const AHEAD_DAYS: u64 = 3 * 365;

/// Overdue or due soon for an item due on `due`, seen on `today`; `None` when it is further
/// away or long past.
pub fn stage(due: NaiveDate, today: NaiveDate) -> Option<FollowUpStage> {
    let days = (due - today).num_days();
    if days < 0 && days >= -(OVERDUE_SHOWN_DAYS as i64) {
        Some(FollowUpStage::Overdue)
    } else if (0..=DUE_SOON_DAYS).contains(&days) {
        Some(FollowUpStage::DueSoon)
    } else {
        None
    }
}

/// The subject of the reminder mail of an item at `stage`; `None`: no mail at that stage.
fn mail_subject(stage: FollowUpStage) -> Option<&'static str> {
    match stage {
        FollowUpStage::Overdue => Some("reminder-mail-subject-overdue"),
        FollowUpStage::DueSoon => Some("reminder-mail-subject-due_soon"),
        FollowUpStage::Later | FollowUpStage::NoDate => None,
    }
}

/// Every dated follow-up item of `coalitions` (`None`: all) from a year ago to three years
/// ahead, earliest first.
pub async fn entries(
    db: &impl ConnectionTrait,
    coalitions: Option<&[i32]>,
    today: NaiveDate,
) -> Result<Vec<CalendarEntry>, DbErr> {
    let from = today - Days::new(OVERDUE_SHOWN_DAYS);
    let to = today + Days::new(AHEAD_DAYS);
    let mut documents = source_document::Entity::find();
    let mut recommendations = recommendation::Entity::find()
        .filter(recommendation::Column::FollowUpDue.between(from, to));
    if let Some(ids) = coalitions {
        documents =
            documents.filter(source_document::Column::CoalitionId.is_in(ids.iter().copied()));
        recommendations =
            recommendations.filter(recommendation::Column::CoalitionId.is_in(ids.iter().copied()));
    }
    let documents: HashMap<i32, source_document::Model> = documents
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let mut out: Vec<CalendarEntry> = documents
        .values()
        .filter_map(|d| {
            let due = d.follow_up_due.filter(|due| *due >= from && *due <= to)?;
            Some(CalendarEntry {
                kind: FollowUpKind::Document,
                id: d.id,
                coalition_id: d.coalition_id,
                title: d.symbol.clone(),
                due: due.format("%Y-%m-%d").to_string(),
                stage: stage(due, today).unwrap_or(FollowUpStage::Later),
                link: format!("/recommendations?document={}", d.id),
                lead_organisation_id: None,
            })
        })
        .collect();
    for r in recommendations.all(db).await? {
        let Some(due) = r.follow_up_due else { continue };
        let symbol = documents
            .get(&r.document_id)
            .map(|d| d.symbol.as_str())
            .unwrap_or_default();
        out.push(CalendarEntry {
            kind: FollowUpKind::Recommendation,
            id: r.id,
            coalition_id: r.coalition_id,
            title: citation(symbol, &r.paragraph),
            due: due.format("%Y-%m-%d").to_string(),
            stage: stage(due, today).unwrap_or(FollowUpStage::Later),
            link: format!("/recommendations/{}", r.id),
            lead_organisation_id: r.lead_organisation_id,
        });
    }
    out.sort_by(|a, b| a.due.cmp(&b.due).then_with(|| a.title.cmp(&b.title)));
    Ok(out)
}

/// Who hears about `entry`: the coalition's coordinators, and the members of its lead
/// organisation who hold a role in the coalition. Their (e-mail, language).
async fn recipients(
    db: &impl ConnectionTrait,
    entry: &CalendarEntry,
) -> Result<Vec<(String, Locale)>, DbErr> {
    let roles = coalition_role::Entity::find()
        .filter(coalition_role::Column::CoalitionId.eq(entry.coalition_id))
        .all(db)
        .await?;
    let lead_members: Vec<i32> = match entry.lead_organisation_id {
        Some(lead) => organisation_member::Entity::find()
            .filter(organisation_member::Column::OrganisationId.eq(lead))
            .all(db)
            .await?
            .into_iter()
            .map(|m| m.user_id)
            .collect(),
        None => Vec::new(),
    };
    let wanted: Vec<i32> = roles
        .iter()
        .filter(|r| policy::runs_the_coalition(r.role) || lead_members.contains(&r.user_id))
        .map(|r| r.user_id)
        .collect();
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(wanted))
        .filter(user::Column::Disabled.eq(false))
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.email, Locale::from_code(&u.locale).unwrap_or_default()))
        .collect())
}

/// Sends the e-mail reminders due on `today` that no server has sent yet, with links under
/// `base_url` (the site's public address); answers how many items were reminded. An item whose
/// mail fails is tried again at the next run.
pub async fn send_due(
    db: &DatabaseConnection,
    mailer: &Mailer,
    base_url: &str,
    today: NaiveDate,
) -> Result<usize, DbErr> {
    let coalitions: HashMap<i32, String> = coalition::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.name))
        .collect();
    let mut reminded = 0;
    for entry in entries(db, None, today).await? {
        let Some(subject_key) = mail_subject(entry.stage) else {
            continue;
        };
        let txn = crate::transaction::begin(db).await?;
        let claimed = reminder_sent::Entity::insert(reminder_sent::ActiveModel {
            kind: Set(entry.kind),
            item_id: Set(entry.id),
            stage: Set(entry.stage),
            due: Set(entry.due.clone()),
            sent_at: Set(Utc::now()),
        })
        .on_conflict_do_nothing()
        .exec(&txn)
        .await?;
        if !matches!(claimed, sea_orm::TryInsertResult::Inserted(_)) {
            txn.rollback().await?;
            continue;
        }
        let coalition = coalitions
            .get(&entry.coalition_id)
            .cloned()
            .unwrap_or_default();
        let mut sent = true;
        for (email, locale) in recipients(&txn, &entry).await? {
            let text = |v: &str| FluentValue::from(v.to_string());
            let subject = translate_with(
                locale,
                subject_key,
                &[("item", text(&entry.title)), ("due", text(&entry.due))],
            );
            let body = translate_with(
                locale,
                "reminder-mail-body",
                &[
                    ("item", text(&entry.title)),
                    ("due", text(&entry.due)),
                    ("coalition", text(&coalition)),
                    ("stage", text(&label(locale, entry.stage))),
                    (
                        "link",
                        text(&format!("{}{}", base_url.trim_end_matches('/'), entry.link)),
                    ),
                ],
            );
            if let Err(error) = mailer.send(&email, &subject, body).await {
                tracing::warn!(server = mailer.server(), %error, "reminder not sent");
                sent = false;
                break;
            }
        }
        if sent {
            txn.commit().await?;
            reminded += 1;
        } else {
            txn.rollback().await?;
        }
    }
    Ok(reminded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::states::FollowUpStage::{DueSoon, Overdue};

    #[test]
    fn items_are_due_soon_within_ninety_days_and_overdue_for_a_year() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let day = |d: &str| NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        assert_eq!(stage(day("2026-12-01"), today), Some(DueSoon));
        assert_eq!(stage(day("2027-03-01"), today), Some(DueSoon));
        assert_eq!(stage(day("2027-06-01"), today), None);
        assert_eq!(stage(day("2026-11-30"), today), Some(Overdue));
        assert_eq!(stage(day("2025-11-30"), today), None);
    }
}
