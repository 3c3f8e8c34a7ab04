//! `seed-demo`: a believable coalition preparing a shadow report to the Human Rights Committee.

mod content;
mod tracker;

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use entities::{
    coalition, coalition_member, coalition_role, organisation, organisation_member, report,
    report_language, report_section, section_comment, section_revision, section_suggestion,
    submission_profile, user,
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter,
};

use app::states::{Language, Named, ReportStatus, SuggestionStatus};
use content::{Org, Section};

/// What `seed` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeedOutcome {
    /// The demonstration data was loaded.
    Created,
    /// Nothing was changed: the demonstration coalition (or, at first start, any coalition)
    /// was already there.
    AlreadyPresent,
}

/// Loads the demonstration data only into a database without any coalition, so that a first
/// start shows something and later starts never bring back what people deleted.
pub async fn seed_if_empty(db: &DatabaseConnection) -> Result<SeedOutcome, DbErr> {
    if coalition::Entity::find().count(db).await? > 0 {
        return Ok(SeedOutcome::AlreadyPresent);
    }
    seed(db).await
}

/// Loads the demonstration coalition, its organisations and its report in one transaction,
/// unless the coalition is already there.
pub async fn seed(db: &DatabaseConnection) -> Result<SeedOutcome, DbErr> {
    let existing = coalition::Entity::find()
        .filter(coalition::Column::Name.eq(content::COALITION_NAME))
        .one(db)
        .await?;
    if existing.is_some() {
        return Ok(SeedOutcome::AlreadyPresent);
    }
    let now = Utc::now();
    let txn = app::transaction::begin(db).await?;

    let lead = insert_org(&txn, &content::LEAD, None, now).await?;
    let mut by_short_name = HashMap::from([(lead.short_name.clone(), lead.id)]);
    for org in content::BRANCHES.iter() {
        let branch = insert_org(&txn, org, Some(lead.id), now).await?;
        by_short_name.insert(branch.short_name, branch.id);
    }
    for org in content::PARTNERS.iter() {
        let partner = insert_org(&txn, org, None, now).await?;
        by_short_name.insert(partner.short_name, partner.id);
    }

    let coalition = coalition::ActiveModel {
        name: Set(content::COALITION_NAME.to_string()),
        short_name: Set("CCPR Coalition KZ".to_string()),
        description: Set(content::COALITION_DESCRIPTION.to_string()),
        time_zone: Set("Asia/Almaty".to_string()),
        lead_organisation_id: Set(lead.id),
        require_second_factor: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let members = by_short_name
        .values()
        .map(|&organisation_id| coalition_member::ActiveModel {
            coalition_id: Set(coalition.id),
            organisation_id: Set(organisation_id),
            joined_at: Set(now),
        });
    coalition_member::Entity::insert_many(members)
        .exec(&txn)
        .await?;

    let deadline = DateTime::parse_from_rfc3339(content::REPORT_DEADLINE)
        .map(|d| d.with_timezone(&Utc))
        .map_err(|e| DbErr::Custom(format!("demo deadline: {e}")))?;
    let profile = submission_profile::Entity::find()
        .filter(submission_profile::Column::Code.eq(content::REPORT_PROFILE))
        .one(&txn)
        .await?
        .map(|p| p.id);
    let report = report::ActiveModel {
        coalition_id: Set(coalition.id),
        profile_id: Set(profile),
        time_zone: Set(content::REPORT_TIME_ZONE.to_string()),
        title: Set(content::REPORT_TITLE.to_string()),
        mechanism: Set(content::REPORT_MECHANISM.to_string()),
        stage: Set(content::REPORT_STAGE.to_string()),
        state_under_review: Set(content::COUNTRY.to_string()),
        session: Set(Some(content::REPORT_SESSION.to_string())),
        language: Set(Language::En.name().to_string()),
        deadline: Set(Some(deadline)),
        status: Set(ReportStatus::Drafting),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    // Published at home in Russian too: the translations start missing.
    report_language::ActiveModel {
        report_id: Set(report.id),
        language: Set(Language::Ru),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let mut sections = Vec::new();
    for (position, section) in content::SECTIONS.iter().enumerate() {
        sections
            .push(insert_section(&txn, report.id, position, section, &by_short_name, now).await?);
    }
    insert_users(&txn, coalition.id, &by_short_name, now).await?;
    insert_review(&txn, &sections, now).await?;
    let coordinator = user_by_email(&txn, content::COORDINATOR_EMAIL).await?;
    tracker::insert(&txn, coalition.id, &by_short_name, coordinator.id, now).await?;

    txn.commit().await?;
    Ok(SeedOutcome::Created)
}

/// The demonstration sign-ins, to print at start-up: (email, role or "administrator").
pub fn sign_ins() -> impl Iterator<Item = (&'static str, &'static str)> {
    content::USERS
        .iter()
        .map(|u| (u.email, u.role.map_or("administrator", Named::name)))
}

/// The password shared by the demonstration sign-ins.
pub const DEMO_PASSWORD: &str = content::DEMO_PASSWORD;

async fn insert_users(
    db: &impl sea_orm::ConnectionTrait,
    coalition_id: i32,
    organisations: &HashMap<String, i32>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    // One hash serves every demonstration account: they share the password.
    let password_hash = app::auth::password::hash(content::DEMO_PASSWORD)
        .map_err(|e| DbErr::Custom(format!("hashing the demo password: {e}")))?;
    for demo in content::USERS.iter() {
        let user = user::ActiveModel {
            email: Set(demo.email.to_string()),
            display_name: Set(demo.display_name.to_string()),
            locale: Set(Language::En.name().to_string()),
            password_hash: Set(Some(password_hash.clone())),
            totp_secret: Set(None),
            totp_last_step: Set(None),
            is_admin: Set(demo.is_admin),
            disabled: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if let Some(short_name) = demo.organisation {
            let organisation_id = organisations.get(short_name).copied().ok_or_else(|| {
                DbErr::Custom(format!("demo user in unknown organisation {short_name}"))
            })?;
            organisation_member::ActiveModel {
                organisation_id: Set(organisation_id),
                user_id: Set(user.id),
                case_worker: Set(false),
                created_at: Set(now),
            }
            .insert(db)
            .await?;
        }
        if let Some(role) = demo.role {
            coalition_role::ActiveModel {
                coalition_id: Set(coalition_id),
                user_id: Set(user.id),
                role: Set(role),
                created_at: Set(now),
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

async fn insert_org(
    db: &impl sea_orm::ConnectionTrait,
    org: &Org,
    parent_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<organisation::Model, DbErr> {
    organisation::ActiveModel {
        name: Set(org.name.to_string()),
        short_name: Set(org.short_name.to_string()),
        parent_id: Set(parent_id),
        country: Set(content::COUNTRY.to_string()),
        region: Set(Some(org.region.to_string())),
        description: Set(org.description.to_string()),
        website: Set(None),
        contact_email: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(db)
    .await
}

async fn insert_section(
    db: &impl sea_orm::ConnectionTrait,
    report_id: i32,
    position: usize,
    section: &Section,
    organisations: &HashMap<String, i32>,
    now: DateTime<Utc>,
) -> Result<report_section::Model, DbErr> {
    let assigned = organisations
        .get(section.assigned_to)
        .copied()
        .ok_or_else(|| {
            DbErr::Custom(format!(
                "demo section assigned to unknown {}",
                section.assigned_to
            ))
        })?;
    let inserted = report_section::ActiveModel {
        report_id: Set(report_id),
        parent_id: Set(None),
        position: Set(i32::try_from(position).unwrap_or(i32::MAX)),
        title: Set(section.title.to_string()),
        body: Set(section.body.to_string()),
        word_budget: Set(Some(section.word_budget)),
        status: Set(section.status),
        assigned_organisation_id: Set(Some(assigned)),
        due_date: Set(NaiveDate::parse_from_str(section.due, "%Y-%m-%d").ok()),
        coordination_notes: Set(section.notes.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        version: Set(1),
        ..Default::default()
    }
    .insert(db)
    .await?;
    // Every version of a section has its revision, the first one included.
    section_revision::ActiveModel {
        section_id: Set(inserted.id),
        version: Set(1),
        title: Set(inserted.title.clone()),
        body: Set(inserted.body.clone()),
        author_user_id: Set(None),
        organisation_id: Set(Some(assigned)),
        message: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(inserted)
}

async fn user_by_email(
    db: &impl sea_orm::ConnectionTrait,
    email: &str,
) -> Result<user::Model, DbErr> {
    user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(db)
        .await?
        .ok_or_else(|| DbErr::Custom(format!("demo user {email} missing")))
}

async fn organisation_of(
    db: &impl sea_orm::ConnectionTrait,
    user_id: i32,
) -> Result<Option<i32>, DbErr> {
    Ok(organisation_member::Entity::find()
        .filter(organisation_member::Column::UserId.eq(user_id))
        .one(db)
        .await?
        .map(|m| m.organisation_id))
}

/// A comment thread and an open suggestion, so the review tools have something to show.
async fn insert_review(
    db: &impl sea_orm::ConnectionTrait,
    sections: &[report_section::Model],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let section = |index: usize| {
        sections
            .get(index)
            .ok_or_else(|| DbErr::Custom(format!("demo section {index} missing")))
    };
    for thread in &content::THREADS {
        let on = section(thread.section)?;
        let author = user_by_email(db, thread.author).await?;
        let first = section_comment::ActiveModel {
            section_id: Set(on.id),
            parent_id: Set(None),
            author_user_id: Set(Some(author.id)),
            organisation_id: Set(organisation_of(db, author.id).await?),
            quote: Set(thread.quote.to_string()),
            body: Set(thread.body.to_string()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if let Some((email, text)) = thread.reply {
            let replier = user_by_email(db, email).await?;
            section_comment::ActiveModel {
                section_id: Set(on.id),
                parent_id: Set(Some(first.id)),
                author_user_id: Set(Some(replier.id)),
                organisation_id: Set(organisation_of(db, replier.id).await?),
                quote: Set(String::new()),
                body: Set(text.to_string()),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    for suggestion in &content::SUGGESTIONS {
        let on = section(suggestion.section)?;
        let author = user_by_email(db, suggestion.author).await?;
        section_suggestion::ActiveModel {
            section_id: Set(on.id),
            author_user_id: Set(Some(author.id)),
            organisation_id: Set(organisation_of(db, author.id).await?),
            base_version: Set(on.version),
            body: Set(on.body.replace(suggestion.from, suggestion.to)),
            message: Set(suggestion.message.to_string()),
            status: Set(SuggestionStatus::Open),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}
