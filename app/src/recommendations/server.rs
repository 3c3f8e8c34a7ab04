//! Reading recommendations for the list, and reading an import's upload (server only).

use std::collections::HashMap;

use entities::{coalition, mechanism, recommendation, recommendation_tag, source_document, tag};
use leptos::server_fn::codec::MultipartData;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::{
    api::{CoalitionChoice, RecommendationList, RecommendationRow},
    importer::{Format, MAX_UPLOAD_BYTES, Upload},
};
use crate::{
    auth::{
        policy::{Action, Actor, Resource, can},
        visibility::Visibility,
    },
    error::AppError,
    uploads::read_form,
};

/// Rows the list shows at most.
const MAX_ROWS: usize = 500;

/// Recommendations of the coalitions `actor` may read, narrowed by mechanism code and words.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    mechanism_code: &str,
    query: &str,
) -> Result<RecommendationList, AppError> {
    let visibility = Visibility::of(actor)?;
    let documents: HashMap<i32, source_document::Model> = visibility
        .restrict(
            source_document::Entity::find(),
            source_document::Column::CoalitionId,
        )
        .all(db)
        .await?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let mechanisms: HashMap<i32, String> = mechanism::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|m| (m.id, m.code))
        .collect();
    let mut present: Vec<String> = documents
        .values()
        .filter_map(|d| mechanisms.get(&d.mechanism_id).cloned())
        .collect();
    present.sort();
    present.dedup();
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    let all = visibility
        .restrict(
            recommendation::Entity::find(),
            recommendation::Column::CoalitionId,
        )
        .order_by_asc(recommendation::Column::DocumentId)
        .order_by_asc(recommendation::Column::Id)
        .all(db)
        .await?;
    let matching: Vec<(recommendation::Model, &source_document::Model, String)> = all
        .into_iter()
        .filter_map(|r| {
            let document = documents.get(&r.document_id)?;
            let code = mechanisms
                .get(&document.mechanism_id)
                .cloned()
                .unwrap_or_default();
            if !mechanism_code.is_empty() && code != mechanism_code {
                return None;
            }
            let haystack = format!("{} {} {}", r.text, document.symbol, r.paragraph).to_lowercase();
            words
                .iter()
                .all(|w| haystack.contains(w.as_str()))
                .then_some((r, document, code))
        })
        .collect();
    let total = matching.len();
    let shown: Vec<_> = matching.into_iter().take(MAX_ROWS).collect();
    let links = recommendation_tag::Entity::find()
        .filter(
            recommendation_tag::Column::RecommendationId.is_in(shown.iter().map(|(r, ..)| r.id)),
        )
        .all(db)
        .await?;
    let themes: HashMap<i32, String> = tag::Entity::find()
        .filter(tag::Column::Id.is_in(links.iter().map(|l| l.tag_id)))
        .filter(tag::Column::Vocabulary.eq("theme"))
        .all(db)
        .await?
        .into_iter()
        .map(|t| (t.id, t.label))
        .collect();
    let rows = shown
        .into_iter()
        .map(|(r, document, code)| RecommendationRow {
            themes: links
                .iter()
                .filter(|l| l.recommendation_id == r.id)
                .filter_map(|l| themes.get(&l.tag_id).cloned())
                .collect(),
            id: r.id,
            mechanism: code,
            symbol: document.symbol.clone(),
            paragraph: r.paragraph,
            text: r.text,
            recommending_states: r.recommending_states,
            upr_position: r.upr_position,
        })
        .collect();
    Ok(RecommendationList {
        rows,
        total,
        mechanisms: present,
        importable: importable(db, actor).await?,
    })
}

/// The coalitions `actor` may import into: those they coordinate (all, for administrators).
pub async fn importable(
    db: &DatabaseConnection,
    actor: &Actor,
) -> Result<Vec<CoalitionChoice>, AppError> {
    let visibility = Visibility::of(actor)?;
    Ok(visibility
        .restrict(coalition::Entity::find(), coalition::Column::Id)
        .order_by_asc(coalition::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .filter(|c| can(actor, Action::Manage, Resource::Coalition { id: c.id }))
        .map(|c| CoalitionChoice {
            id: c.id,
            name: c.name,
        })
        .collect())
}

/// Reads the form fields `coalition_id`, `format`, `apply` and `file` of an import, refusing
/// a file over [`MAX_UPLOAD_BYTES`] as soon as it grows past it.
pub async fn read_upload(data: MultipartData) -> Result<Upload, AppError> {
    let form = read_form(
        data,
        MAX_UPLOAD_BYTES,
        "rec-import-error-too-large",
        "rec-import-error-upload",
    )
    .await?;
    Ok(Upload {
        coalition_id: form.field("coalition_id").parse().unwrap_or(0),
        format: Format::parse(form.field("format"))
            .ok_or_else(|| AppError::invalid("rec-import-error-format"))?,
        apply: form.field("apply") == "true",
        file_name: form.file_name,
        bytes: form.bytes,
    })
}
