//! Reading a section with what the viewer may do with it (server only).

use entities::{organisation, section_translation, user};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{
    access::{SectionContext, authorized},
    api::{SectionView, TranslationLink},
    save::ensure_writable,
    status::next_statuses,
};
use crate::{
    auth::policy::{Action, Actor, can},
    error::AppError,
    report_access::ensure_open,
};

/// The section `id` for `actor`: 401 for anonymous visitors, 403 outside its coalition.
pub async fn section_view(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<SectionView, AppError> {
    let context = authorized(db, actor, id, Action::Read).await?;
    let resource = context.resource();
    let SectionContext {
        section, report, ..
    } = context.clone();
    // Names in the context's order: the owner first, then the contributors.
    let found = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(context.organisations.iter().copied()))
        .all(db)
        .await?;
    let mut names: Vec<String> = context
        .organisations
        .iter()
        .filter_map(|id| found.iter().find(|o| o.id == *id).map(|o| o.name.clone()))
        .collect();
    let (organisation, contributors) = match section.assigned_organisation_id {
        Some(_) if !names.is_empty() => (Some(names.remove(0)), names),
        _ => (None, names),
    };
    let lead_editor = match section.lead_editor_id {
        Some(id) => user::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|u| u.display_name),
        None => None,
    };
    let translated = section_translation::Entity::find()
        .filter(section_translation::Column::SectionId.eq(section.id))
        .all(db)
        .await?;
    let translations = crate::report_access::translation_languages(db, report.id)
        .await?
        .into_iter()
        .map(|language| TranslationLink {
            language,
            state: translated
                .iter()
                .find(|t| t.language == language)
                .map(|t| t.state),
        })
        .collect();
    let writes = can(actor, Action::Edit, resource);
    let open = ensure_open(&report).is_ok() && section.removed_at.is_none();
    let writable = open && ensure_writable(&section).is_ok();
    Ok(SectionView {
        can_edit: writes && writable,
        can_suggest: !writes && writable && can(actor, Action::Comment, resource),
        next_statuses: if open {
            next_statuses(actor, resource, section.status)
        } else {
            Vec::new()
        },
        viewer_id: actor.user_id().unwrap_or_default(),
        draft: match actor.user_id() {
            Some(user) => super::drafts::draft_of(db, section.id, user).await?,
            None => None,
        },
        contributors,
        lead_editor,
        due_date: section.due_date.map(|d| d.format("%Y-%m-%d").to_string()),
        notes: writes.then(|| section.coordination_notes.clone()),
        id: section.id,
        report_id: report.id,
        report_title: report.title,
        title: section.title,
        words: super::words::count(&section.body),
        html: shadowdesk_text::markdown::to_safe_html(&section.body),
        body: section.body,
        version: section.version,
        status: section.status,
        organisation,
        word_budget: section.word_budget,
        translations,
    })
}
