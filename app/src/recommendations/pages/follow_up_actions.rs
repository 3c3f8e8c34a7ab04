//! Every change the recommendation page can make, as actions shared by its panels; the page
//! reloads after each one that succeeds (a refused one keeps the form as it was typed).

use leptos::{prelude::*, web_sys::FormData};

use crate::{
    error::ApiError,
    recommendations::{
        assessment_api::{ApproveAssessment, DiscardAssessment, SaveAssessment},
        detail_api::{LinkRecommendation, PlanRecommendation, UnlinkRecommendation},
        evidence_api::{AddEvidenceLink, RemoveEvidence, upload_evidence},
    },
};

/// The page's actions.
#[derive(Clone, Copy)]
pub struct FollowUpActions {
    pub save_assessment: ServerAction<SaveAssessment>,
    pub approve: ServerAction<ApproveAssessment>,
    pub discard: ServerAction<DiscardAssessment>,
    pub add_link: ServerAction<AddEvidenceLink>,
    pub upload: Action<FormData, Result<i32, ApiError>>,
    pub remove_evidence: ServerAction<RemoveEvidence>,
    pub plan: ServerAction<PlanRecommendation>,
    pub link: ServerAction<LinkRecommendation>,
    pub unlink: ServerAction<UnlinkRecommendation>,
    /// Counts the changes that succeeded.
    changed: RwSignal<usize>,
}

/// Counts `value`'s successful completions in `changed`.
fn count_successes<T>(value: Signal<Option<Result<T, ApiError>>>, changed: RwSignal<usize>)
where
    T: Send + Sync + 'static,
{
    Effect::new(move |_| {
        if value.with(|v| matches!(v, Some(Ok(_)))) {
            changed.update(|c| *c += 1);
        }
    });
}

impl FollowUpActions {
    /// New actions, provided as context for the page's panels.
    pub fn provide() -> Self {
        let actions = FollowUpActions {
            save_assessment: ServerAction::new(),
            approve: ServerAction::new(),
            discard: ServerAction::new(),
            add_link: ServerAction::new(),
            upload: Action::new_local(|data: &FormData| upload_evidence(data.clone().into())),
            remove_evidence: ServerAction::new(),
            plan: ServerAction::new(),
            link: ServerAction::new(),
            unlink: ServerAction::new(),
            changed: RwSignal::new(0),
        };
        let changed = actions.changed;
        count_successes(actions.save_assessment.value().into(), changed);
        count_successes(actions.approve.value().into(), changed);
        count_successes(actions.discard.value().into(), changed);
        count_successes(actions.add_link.value().into(), changed);
        count_successes(actions.upload.value().into(), changed);
        count_successes(actions.remove_evidence.value().into(), changed);
        count_successes(actions.plan.value().into(), changed);
        count_successes(actions.link.value().into(), changed);
        count_successes(actions.unlink.value().into(), changed);
        provide_context(actions);
        actions
    }

    /// The actions the page provided.
    pub fn use_context() -> Self {
        expect_context::<FollowUpActions>()
    }

    /// Changes whenever an action succeeds (tracked).
    pub fn completed(&self) -> usize {
        self.changed.get()
    }
}
