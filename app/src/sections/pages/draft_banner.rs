//! Offering back unsaved text after a reload, a crash or a dropped connection: the browser's
//! own copy first (it is the most recent), else the draft autosaved on the server.

use leptos::prelude::*;

use super::local_draft;
use crate::{
    i18n::use_i18n,
    sections::api::{DiscardDraft, DraftView},
};

/// Unsaved text found for the section: the version it was typed on and the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovered {
    pub base_version: i32,
    pub body: String,
    /// When the server saved it; `None` for the browser's copy.
    pub saved_at: Option<String>,
}

/// Unsaved text for section `id` that differs from `current`, if any (browser only: during
/// server rendering nothing is found, so the page hydrates the same).
pub fn find(id: i32, current: &str, server: Option<DraftView>) -> Option<Recovered> {
    if let Some((base_version, body)) = local_draft::load(id)
        && body != current
    {
        return Some(Recovered {
            base_version,
            body,
            saved_at: None,
        });
    }
    server.filter(|d| d.body != current).map(|d| Recovered {
        base_version: d.base_version,
        body: d.body,
        saved_at: Some(d.saved_at),
    })
}

/// The offer to resume or discard `offered`.
#[component]
pub fn DraftBanner(
    id: i32,
    offered: RwSignal<Option<Recovered>>,
    on_resume: Callback<Recovered>,
) -> impl IntoView {
    let i18n = use_i18n();
    let discard = ServerAction::<DiscardDraft>::new();
    move || {
        offered.get().map(|draft| {
            let when = draft
                .saved_at
                .clone()
                .map(|at| format!(" ({at} UTC)"))
                .unwrap_or_default();
            let resume = draft.clone();
            view! {
                <div class="notice draft-banner" role="status" id="draft-banner">
                    <p>{i18n.tr("draft-found")}{when}</p>
                    <div class="button-row">
                        <button type="button" class="button" id="resume-draft"
                            on:click=move |_| { on_resume.run(resume.clone()); offered.set(None); }>
                            {i18n.tr("draft-resume")}
                        </button>
                        <button type="button" class="button button-secondary" id="discard-draft"
                            on:click=move |_| {
                                local_draft::clear(id);
                                discard.dispatch(DiscardDraft { id });
                                offered.set(None);
                            }>
                            {i18n.tr("draft-discard")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
