//! The assessment panel's actions, created by the recommendation's page (so a result outlives
//! the page's reload) and shared with the panel's forms.

use leptos::prelude::*;

use crate::{
    layout::Completions,
    recommendations::assessments::api::{ApproveAssessment, DiscardAssessment, SaveAssessment},
};

/// Saving, approving and discarding assessments.
#[derive(Clone, Copy)]
pub struct AssessmentActions {
    pub save: ServerAction<SaveAssessment>,
    pub approve: ServerAction<ApproveAssessment>,
    pub discard: ServerAction<DiscardAssessment>,
}

impl AssessmentActions {
    /// New actions whose successes `completions` counts, provided as context for the panel.
    pub fn provide(completions: Completions) -> Self {
        let actions = AssessmentActions {
            save: ServerAction::new(),
            approve: ServerAction::new(),
            discard: ServerAction::new(),
        };
        completions.watch(actions.save.value().into());
        completions.watch(actions.approve.value().into());
        completions.watch(actions.discard.value().into());
        provide_context(actions);
        actions
    }

    /// The actions the page provided.
    pub fn use_context() -> Self {
        expect_context::<AssessmentActions>()
    }
}
