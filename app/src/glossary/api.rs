//! Server functions and DTOs of the glossary page.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{error::ApiError, states::Language};

/// A term with its agreed equivalents, in the order of [`Language`]'s variants (empty where
/// none is agreed).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermRow {
    pub id: i32,
    pub equivalents: Vec<(Language, String)>,
}

/// A coalition's own terms.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoalitionGlossary {
    pub coalition_id: i32,
    pub name: String,
    pub terms: Vec<TermRow>,
    /// The viewer may add and remove its terms.
    pub can_manage: bool,
}

/// The glossary page: the standard terms, and the own terms of each coalition the viewer
/// belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryView {
    pub standard: Vec<TermRow>,
    pub coalitions: Vec<CoalitionGlossary>,
}

/// A new term: its equivalents by language code (`en`, `ru`, …; empty where none is agreed).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewTerm {
    #[serde(default)]
    pub en: String,
    #[serde(default)]
    pub ru: String,
    #[serde(default)]
    pub kk: String,
    #[serde(default)]
    pub fr: String,
    #[serde(default)]
    pub es: String,
    #[serde(default)]
    pub ar: String,
    #[serde(default)]
    pub zh: String,
}

/// The glossary page, for anyone signed in.
#[server(endpoint = "glossary")]
pub async fn glossary() -> Result<GlossaryView, ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::overview(&db, &actor).await?)
}

/// Adds `term` to coalition `coalition_id`'s glossary (its coordinators).
#[server(endpoint = "add_glossary_term")]
pub async fn add_glossary_term(coalition_id: i32, term: NewTerm) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::add(&db, &actor, coalition_id, term).await?)
}

/// Removes term `id` from its coalition's glossary (its coordinators; the standard terms
/// stay).
#[server(endpoint = "remove_glossary_term")]
pub async fn remove_glossary_term(id: i32) -> Result<(), ApiError> {
    let (db, actor) = crate::auth::visibility::db_and_actor().await?;
    Ok(super::server::remove(&db, &actor, id).await?)
}
