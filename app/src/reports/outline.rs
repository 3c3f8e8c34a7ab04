//! The report dashboard: the outline in reading order with owners, status, words against
//! budgets and due dates, totals against the profile's limit, the bin, and what the viewer
//! may do (server only).

use std::collections::HashMap;

use chrono::Utc;
use entities::{
    coalition, coalition_role, report, section_contributor, section_translation,
    submission_profile, translation_assignment,
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::{
    api::{
        BinRow, Choice, OutlineRow, OutlineView, ProfileRules, ReportDetails, TranslationCell,
        WordCount,
    },
    deadline, status,
};
use crate::{
    auth::policy::{self, Action, Actor, Resource, can},
    error::AppError,
    i18n::Locale,
    outline::{
        server::{sections_of, visible_outline},
        tree::within_annexes,
    },
    profiles::server::list,
    proposals::server::{counted_text, of_sections},
    sections::words,
    states::{Named, ReportStatus, SectionStatus},
};

/// Report `id` as its dashboard, for members of its coalition and administrators.
pub async fn outline(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
) -> Result<OutlineView, AppError> {
    let report = crate::report_access::authorized(db, actor, id, Action::Read).await?;
    let coalition_id = report.coalition_id;
    let can_manage = can(
        actor,
        Action::Manage,
        Resource::Coalition { id: coalition_id },
    );
    let sections = sections_of(db, id).await?;
    let section_ids: Vec<i32> = sections.iter().map(|s| s.id).collect();
    let translators: HashMap<(i32, _), i32> = translation_assignment::Entity::find()
        .filter(translation_assignment::Column::SectionId.is_in(section_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|a| ((a.section_id, a.language), a.translator_user_id))
        .collect();
    let outline = visible_outline(&sections);
    // A section's words include its proposals, as the export counts them.
    let proposals = of_sections(db, section_ids.iter().copied()).await?;
    let locale = Locale::from_code(&report.language).unwrap_or_default();
    let contributors = section_contributor::Entity::find()
        .filter(section_contributor::Column::SectionId.is_in(sections.iter().map(|s| s.id)))
        .all(db)
        .await?;
    let organisations: Vec<Choice> = crate::directory::coalition_organisations(db, coalition_id)
        .await?
        .into_iter()
        .map(|(id, name)| Choice { id, name })
        .collect();
    let organisation = |id: i32| organisations.iter().find(|o| o.id == id).cloned();
    let roles = coalition_role::Entity::find()
        .filter(coalition_role::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?;
    // Everyone the page names: the coalition's people, lead editors, translators and who
    // binned what.
    let people = crate::directory::display_names(
        db,
        roles
            .iter()
            .map(|r| r.user_id)
            .chain(sections.iter().filter_map(|s| s.lead_editor_id))
            .chain(translators.values().copied())
            .chain(sections.iter().filter_map(|s| s.removed_by))
            .collect(),
    )
    .await?;
    let person = |id: i32| {
        people.get(&id).map(|name| Choice {
            id,
            name: name.clone(),
        })
    };
    let viewer_organisations: Vec<i32> = match actor {
        Actor::User { organisations, .. } => organisations.clone(),
        Actor::Anonymous => Vec::new(),
    };
    let today = Utc::now().date_naive();
    let review = crate::review::server::open_counts(db, &section_ids).await?;
    let by_id: HashMap<i32, &entities::report_section::Model> =
        sections.iter().map(|s| (s.id, s)).collect();
    let languages = crate::report_access::translation_languages(db, id).await?;
    let translated: HashMap<(i32, _), _> = section_translation::Entity::find()
        .filter(section_translation::Column::SectionId.is_in(section_ids.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|t| ((t.section_id, t.language), t.state))
        .collect();

    let rows: Vec<OutlineRow> = outline
        .reading_order()
        .into_iter()
        .filter_map(|(section_id, depth, number)| {
            let s = by_id.get(&section_id)?;
            let mut writers: Vec<i32> = s.assigned_organisation_id.into_iter().collect();
            let extra: Vec<Choice> = contributors
                .iter()
                .filter(|c| c.section_id == s.id)
                .filter_map(|c| {
                    writers.push(c.organisation_id);
                    organisation(c.organisation_id)
                })
                .collect();
            let resource = Resource::Section {
                coalition_id,
                organisations: &writers,
            };
            let sees_notes = can_manage || can(actor, Action::Edit, resource);
            let translations: Vec<TranslationCell> = languages
                .iter()
                .map(|&language| {
                    let translator = translators.get(&(s.id, language)).copied();
                    TranslationCell {
                        language,
                        state: translated.get(&(s.id, language)).copied(),
                        translator: translator.and_then(|t| people.get(&t).cloned()),
                        mine: translator.is_some() && translator == actor.user_id(),
                    }
                })
                .collect();
            Some(OutlineRow {
                id: s.id,
                parent_id: s.parent_id,
                depth,
                number,
                title: s.title.clone(),
                organisation: s.assigned_organisation_id.and_then(organisation),
                contributors: extra,
                lead_editor: s.lead_editor_id.and_then(person),
                status: s.status,
                words: words::count(&counted_text(&s.body, proposals.get(&s.id), locale)),
                word_budget: s.word_budget,
                due_date: s.due_date.map(|d| d.format("%Y-%m-%d").to_string()),
                overdue: s.due_date.is_some_and(|d| d < today)
                    && s.status != SectionStatus::Approved,
                notes: sees_notes.then(|| s.coordination_notes.clone()),
                mine: writers.iter().any(|w| viewer_organisations.contains(w))
                    || translations.iter().any(|t| t.mine),
                open_threads: review.get(&s.id).map_or(0, |c| c.0),
                open_suggestions: review.get(&s.id).map_or(0, |c| c.1),
                annex: s.annex,
                translations,
            })
        })
        .collect();
    // Annexes (and whatever is under one) are outside the count.
    let in_annex = within_annexes(rows.iter().map(|r| (r.depth, r.annex)));
    let totals: WordCount = rows
        .iter()
        .zip(in_annex)
        .filter(|(_, annex)| !annex)
        .map(|(r, _)| r.words)
        .sum();

    let mut bin: Vec<BinRow> = sections
        .iter()
        .filter_map(|s| {
            let removed_at = s.removed_at?;
            Some(BinRow {
                id: s.id,
                title: s.title.clone(),
                removed_at: removed_at.format("%Y-%m-%d %H:%M").to_string(),
                removed_by: s.removed_by.and_then(|u| people.get(&u).cloned()),
            })
        })
        .collect();
    bin.sort_by(|a, b| b.removed_at.cmp(&a.removed_at));

    let profile = match report.profile_id {
        Some(profile) => submission_profile::Entity::find_by_id(profile)
            .one(db)
            .await?
            .map(|p| ProfileRules {
                id: p.id,
                name: p.name,
                word_limit: p.word_limit,
                notes_counted: p.notes_counted,
                languages: list(&p.languages),
                front_matter: list(&p.front_matter),
            }),
        None => None,
    };
    let coalition_name = coalition::Entity::find_by_id(coalition_id)
        .one(db)
        .await?
        .map(|c| c.name)
        .unwrap_or_default();
    let editors = if can_manage {
        let mut editors: Vec<Choice> = roles
            .iter()
            .filter(|r| policy::writes_sections(r.role))
            .filter_map(|r| person(r.user_id))
            .collect();
        editors.sort_by(|a, b| a.name.cmp(&b.name));
        editors
    } else {
        Vec::new()
    };
    let next_statuses = if can_manage {
        ReportStatus::ALL
            .iter()
            .copied()
            .filter(|s| status::allowed(report.status, *s))
            .collect()
    } else {
        Vec::new()
    };
    Ok(OutlineView {
        details: details_of(&report),
        mechanism: report.mechanism,
        coalition: coalition_name,
        status: report.status,
        deadline_utc: report
            .deadline
            .map(|d| d.format("%Y-%m-%d %H:%M").to_string()),
        submitted_on: report
            .submitted_on
            .map(|d| d.format("%Y-%m-%d").to_string()),
        submission_reference: report.submission_reference,
        profile,
        languages,
        totals,
        sections: rows,
        bin: if can_manage { bin } else { Vec::new() },
        can_manage,
        next_statuses,
        organisations: if can_manage {
            organisations
        } else {
            Vec::new()
        },
        editors,
    })
}

/// The report's editable details, with the deadline in its own time zone.
pub fn details_of(report: &report::Model) -> ReportDetails {
    let (deadline_date, deadline_time) = report
        .deadline
        .map(|d| deadline::local_parts(d, &report.time_zone))
        .unwrap_or_default();
    ReportDetails {
        id: report.id,
        version: report.version,
        coalition_id: report.coalition_id,
        profile_id: report.profile_id.unwrap_or_default(),
        title: report.title.clone(),
        state_under_review: report.state_under_review.clone(),
        session: report.session.clone().unwrap_or_default(),
        deadline_date,
        deadline_time,
        time_zone: report.time_zone.clone(),
        language: report.language.clone(),
    }
}
