//! Every change the report dashboard can make, as server actions shared by its parts; the
//! dashboard reloads after any of them.

use leptos::prelude::*;

use crate::{
    error::ApiError,
    outline::api::{
        AddSection, MoveSection, PlaceSection, PlanSection, RemoveSection, RestoreSection,
    },
    reports::api::{ChangeReportStatus, UpdateReport},
    sections::api::ChangeSectionStatus,
};

/// The dashboard's server actions.
#[derive(Clone, Copy)]
pub struct ReportActions {
    pub add: ServerAction<AddSection>,
    pub step: ServerAction<MoveSection>,
    pub place: ServerAction<PlaceSection>,
    pub remove: ServerAction<RemoveSection>,
    pub restore: ServerAction<RestoreSection>,
    pub plan: ServerAction<PlanSection>,
    pub section_status: ServerAction<ChangeSectionStatus>,
    pub report_status: ServerAction<ChangeReportStatus>,
    pub details: ServerAction<UpdateReport>,
    /// The refusal of the last change made from a row (move, drop, bin, restore, status),
    /// cleared when the next one succeeds.
    pub row_error: RwSignal<Option<ApiError>>,
}

/// Keeps `error` at the outcome of `action`'s latest completion.
fn track<A>(action: ServerAction<A>, error: RwSignal<Option<ApiError>>)
where
    A: leptos::server_fn::ServerFn<Error = ApiError> + Clone + Send + Sync + 'static,
    A::Output: Clone + Send + Sync + 'static,
{
    Effect::new(move |_| {
        if let Some(result) = action.value().get() {
            error.set(result.err());
        }
    });
}

impl ReportActions {
    /// New actions, provided as context for the dashboard's parts.
    pub fn provide() -> Self {
        let actions = ReportActions {
            add: ServerAction::new(),
            step: ServerAction::new(),
            place: ServerAction::new(),
            remove: ServerAction::new(),
            restore: ServerAction::new(),
            plan: ServerAction::new(),
            section_status: ServerAction::new(),
            report_status: ServerAction::new(),
            details: ServerAction::new(),
            row_error: RwSignal::new(None),
        };
        track(actions.step, actions.row_error);
        track(actions.place, actions.row_error);
        track(actions.remove, actions.row_error);
        track(actions.restore, actions.row_error);
        track(actions.section_status, actions.row_error);
        provide_context(actions);
        actions
    }

    /// The actions provided by the dashboard.
    pub fn use_context() -> Self {
        expect_context::<ReportActions>()
    }

    /// Changes whenever any action completes (tracked).
    pub fn completed(&self) -> usize {
        self.add.version().get()
            + self.step.version().get()
            + self.place.version().get()
            + self.remove.version().get()
            + self.restore.version().get()
            + self.plan.version().get()
            + self.section_status.version().get()
            + self.report_status.version().get()
            + self.details.version().get()
    }
}
