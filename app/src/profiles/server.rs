//! Reading and saving submission profiles (server only).

use chrono::Utc;
use entities::submission_profile;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, DatabaseTransaction,
    EntityTrait, QueryFilter, QueryOrder, sea_query::Expr,
};

use super::{
    api::{
        FRONT_MATTER, ProfileCatalogue, ProfileDetails, ProfileSummary, ProfileView, TemplateRow,
    },
    template::{self, TemplateSection},
};
use crate::{
    auth::{
        audit,
        policy::{Action, Actor, Resource, can},
        visibility::{Visibility, authorize},
    },
    error::AppError,
    transaction::{finish, update_if_current},
};

/// Splits a comma-separated list into trimmed, non-empty items.
pub fn list(items: &str) -> Vec<String> {
    items
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every profile, by mechanism, stage and name, for signed-in people.
pub async fn summaries(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<ProfileCatalogue, AppError> {
    Visibility::of(actor)?;
    let profiles = submission_profile::Entity::find()
        .order_by_asc(submission_profile::Column::Mechanism)
        .order_by_asc(submission_profile::Column::Code)
        .all(db)
        .await?
        .into_iter()
        .map(|p| ProfileSummary {
            id: p.id,
            sections: template::parse(&p.outline_template).map_or(0, |s| s.len()),
            code: p.code,
            mechanism: p.mechanism,
            stage: p.stage,
            name: p.name,
            word_limit: p.word_limit,
            notes_counted: p.notes_counted,
            languages: list(&p.languages),
        })
        .collect();
    Ok(ProfileCatalogue {
        profiles,
        can_create: can(actor, Action::Manage, Resource::Instance),
    })
}

/// Profile `id` with its parsed outline; 0 is a blank profile for administrators to fill in.
pub async fn view(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<ProfileView, AppError> {
    Visibility::of(actor)?;
    let can_edit = can(actor, Action::Manage, Resource::Instance);
    if id == 0 {
        authorize(actor, Action::Manage, Resource::Instance)?;
        return Ok(ProfileView {
            details: ProfileDetails {
                notes_counted: true,
                languages: "en,fr,es".to_string(),
                ..ProfileDetails::default()
            },
            outline: Vec::new(),
            can_edit,
            has_reference_styles: false,
        });
    }
    let profile = submission_profile::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::Forbidden)?;
    let outline = template::parse(&profile.outline_template)
        .unwrap_or_default()
        .into_iter()
        .map(|s| TemplateRow {
            level: s.level,
            title: s.title,
            guidance: s.guidance,
        })
        .collect();
    Ok(ProfileView {
        details: ProfileDetails {
            id: profile.id,
            version: profile.version,
            code: profile.code,
            mechanism: profile.mechanism,
            stage: profile.stage,
            name: profile.name,
            word_limit: profile
                .word_limit
                .map(|l| l.to_string())
                .unwrap_or_default(),
            notes_counted: profile.notes_counted,
            languages: profile.languages,
            front_matter: profile.front_matter,
            outline_template: profile.outline_template,
            notes_placement: profile.notes_placement,
        },
        outline,
        can_edit,
        has_reference_styles: profile.reference_styles.is_some(),
    })
}

/// A profile's fields, checked and normalised.
#[derive(Debug)]
struct Valid {
    code: String,
    mechanism: String,
    stage: String,
    name: String,
    word_limit: Option<i32>,
    languages: String,
    front_matter: String,
    notes_placement: &'static str,
    template: String,
}

fn validated(details: &ProfileDetails) -> Result<(Valid, Vec<TemplateSection>), AppError> {
    let code = details.code.trim().to_lowercase();
    if !(2..=40).contains(&code.len())
        || !code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(AppError::invalid("profile-error-code"));
    }
    let mechanism = details.mechanism.trim().to_uppercase();
    if !(2..=12).contains(&mechanism.len())
        || !mechanism
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-')
    {
        return Err(AppError::invalid("profile-error-mechanism"));
    }
    let stage = details.stage.trim().to_lowercase();
    if !(1..=40).contains(&stage.len())
        || !stage
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_' || c == '-')
    {
        return Err(AppError::invalid("profile-error-stage"));
    }
    let name = details.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 200 {
        return Err(AppError::invalid("profile-error-name"));
    }
    let limit = details.word_limit.trim().replace([',', ' ', '\u{a0}'], "");
    let word_limit = if limit.is_empty() {
        None
    } else {
        match limit.parse::<i32>() {
            Ok(n) if (1..=1_000_000).contains(&n) => Some(n),
            _ => return Err(AppError::invalid("profile-error-word-limit")),
        }
    };
    let mut languages: Vec<String> = Vec::new();
    for language in list(&details.languages.to_lowercase()) {
        if !(2..=3).contains(&language.len()) || !language.chars().all(|c| c.is_ascii_lowercase()) {
            return Err(AppError::invalid("profile-error-languages"));
        }
        if !languages.contains(&language) {
            languages.push(language);
        }
    }
    if languages.is_empty() {
        return Err(AppError::invalid("profile-error-languages"));
    }
    let chosen = list(&details.front_matter);
    if let Some(unknown) = chosen.iter().find(|i| !FRONT_MATTER.contains(&i.as_str())) {
        return Err(AppError::invalid_with(
            "profile-error-front-matter",
            &[("item", unknown.clone().into())],
        ));
    }
    // Stored in the canonical order, each once.
    let front_matter: Vec<&str> = FRONT_MATTER
        .iter()
        .copied()
        .filter(|i| chosen.iter().any(|c| c == i))
        .collect();
    let notes_placement = match details.notes_placement.trim() {
        "" | "footnotes" => "footnotes",
        "endnotes" => "endnotes",
        _ => return Err(AppError::invalid("profile-error-notes-placement")),
    };
    let template = details.outline_template.replace("\r\n", "\n");
    let sections = template::parse(&template).map_err(|e| {
        AppError::invalid_with(e.message_key(), &[("line", (e.line() as i64).into())])
    })?;
    Ok((
        Valid {
            code,
            mechanism,
            stage,
            name,
            word_limit,
            languages: languages.join(","),
            front_matter: front_matter.join(","),
            notes_placement,
            template,
        },
        sections,
    ))
}

/// Creates (`id` 0) or updates a profile for an administrator; an update must name the
/// version it was based on. Returns the profile's id.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    details: ProfileDetails,
) -> Result<i32, AppError> {
    authorize(actor, Action::Manage, Resource::Instance)?;
    let user_id = actor.user_id().ok_or(AppError::Unauthenticated)?;
    let (valid, _) = validated(&details)?;
    let txn = crate::transaction::begin(db).await?;
    let result = save_in(&txn, user_id, &details, valid).await;
    finish(txn, result).await
}

async fn save_in(
    txn: &DatabaseTransaction,
    user_id: i32,
    details: &ProfileDetails,
    valid: Valid,
) -> Result<i32, AppError> {
    let taken = submission_profile::Entity::find()
        .filter(submission_profile::Column::Code.eq(&valid.code))
        .filter(submission_profile::Column::Id.ne(details.id))
        .one(txn)
        .await?;
    if taken.is_some() {
        return Err(AppError::invalid("profile-error-code-taken"));
    }
    let now = Utc::now();
    let id = if details.id == 0 {
        submission_profile::ActiveModel {
            code: Set(valid.code.clone()),
            mechanism: Set(valid.mechanism),
            stage: Set(valid.stage),
            name: Set(valid.name),
            word_limit: Set(valid.word_limit),
            notes_counted: Set(details.notes_counted),
            languages: Set(valid.languages),
            front_matter: Set(valid.front_matter),
            notes_placement: Set(valid.notes_placement.to_string()),
            outline_template: Set(valid.template),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(txn)
        .await?
        .id
    } else {
        let update = submission_profile::Entity::update_many()
            .col_expr(
                submission_profile::Column::Code,
                Expr::value(valid.code.clone()),
            )
            .col_expr(
                submission_profile::Column::Mechanism,
                Expr::value(valid.mechanism),
            )
            .col_expr(submission_profile::Column::Stage, Expr::value(valid.stage))
            .col_expr(submission_profile::Column::Name, Expr::value(valid.name))
            .col_expr(
                submission_profile::Column::WordLimit,
                Expr::value(valid.word_limit),
            )
            .col_expr(
                submission_profile::Column::NotesCounted,
                Expr::value(details.notes_counted),
            )
            .col_expr(
                submission_profile::Column::Languages,
                Expr::value(valid.languages),
            )
            .col_expr(
                submission_profile::Column::FrontMatter,
                Expr::value(valid.front_matter),
            )
            .col_expr(
                submission_profile::Column::NotesPlacement,
                Expr::value(valid.notes_placement),
            )
            .col_expr(
                submission_profile::Column::OutlineTemplate,
                Expr::value(valid.template),
            )
            .col_expr(submission_profile::Column::UpdatedAt, Expr::value(now));
        update_if_current(
            txn,
            update,
            details.id,
            details.version,
            "profile-error-stale",
        )
        .await?;
        details.id
    };
    audit::record_action(
        txn,
        user_id,
        audit::action::PROFILE_SAVED,
        &valid.code,
        "",
        None,
    )
    .await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::list;

    #[test]
    fn lists_are_trimmed_and_skip_empty_items() {
        assert_eq!(list(" en, fr ,,es "), ["en", "fr", "es"]);
        assert!(list("").is_empty());
    }
}
