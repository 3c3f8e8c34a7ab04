//! The planning panel's actions, created by the recommendation's page (so a result outlives
//! the page's reload) and shared with the panel's forms.

use leptos::prelude::*;

use crate::{
    layout::Completions,
    recommendations::planning::api::{
        LinkRecommendation, PlanRecommendation, UnlinkRecommendation,
    },
};

/// Saving the plan, linking and unlinking recommendations.
#[derive(Clone, Copy)]
pub struct PlanningActions {
    pub plan: ServerAction<PlanRecommendation>,
    pub link: ServerAction<LinkRecommendation>,
    pub unlink: ServerAction<UnlinkRecommendation>,
}

impl PlanningActions {
    /// New actions whose successes `completions` counts, provided as context for the panel.
    pub fn provide(completions: Completions) -> Self {
        let actions = PlanningActions {
            plan: ServerAction::new(),
            link: ServerAction::new(),
            unlink: ServerAction::new(),
        };
        completions.watch(actions.plan.value().into());
        completions.watch(actions.link.value().into());
        completions.watch(actions.unlink.value().into());
        provide_context(actions);
        actions
    }

    /// The actions the page provided.
    pub fn use_context() -> Self {
        expect_context::<PlanningActions>()
    }
}
