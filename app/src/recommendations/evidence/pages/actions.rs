//! The evidence panel's actions, created by the recommendation's page (so a result outlives
//! the page's reload) and shared with the panel's forms.

use leptos::{prelude::*, web_sys::FormData};

use crate::{
    error::ApiError,
    layout::Completions,
    recommendations::evidence::api::{AddEvidenceLink, RemoveEvidence, upload_evidence},
};

/// Adding a link, uploading a file and removing evidence.
#[derive(Clone, Copy)]
pub struct EvidenceActions {
    pub add_link: ServerAction<AddEvidenceLink>,
    pub upload: Action<FormData, Result<i32, ApiError>>,
    pub remove: ServerAction<RemoveEvidence>,
}

impl EvidenceActions {
    /// New actions whose successes `completions` counts, provided as context for the panel.
    pub fn provide(completions: Completions) -> Self {
        let actions = EvidenceActions {
            add_link: ServerAction::new(),
            upload: Action::new_local(|data: &FormData| upload_evidence(data.clone().into())),
            remove: ServerAction::new(),
        };
        completions.watch(actions.add_link.value().into());
        completions.watch(actions.upload.value().into());
        completions.watch(actions.remove.value().into());
        provide_context(actions);
        actions
    }

    /// The actions the page provided.
    pub fn use_context() -> Self {
        expect_context::<EvidenceActions>()
    }
}
