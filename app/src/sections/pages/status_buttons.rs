//! The section's next review steps the viewer may take: send for review, take back, approve,
//! reopen. Disabled while the text has unsaved changes, so a step never hides them.

use leptos::prelude::*;

use crate::{
    i18n::use_i18n,
    layout::ErrorNotice,
    sections::api::ChangeSectionStatus,
    states::{Named, SectionStatus},
};

/// The label of the step from `from` to `to`.
fn label(from: SectionStatus, to: SectionStatus) -> &'static str {
    match (from, to) {
        (_, SectionStatus::InReview) => "section-send-review",
        (_, SectionStatus::Approved) => "section-approve",
        (SectionStatus::Approved, _) => "section-reopen",
        _ => "section-withdraw",
    }
}

/// One button per status in `next`.
#[component]
pub fn StatusButtons(
    id: i32,
    status: SectionStatus,
    next: Vec<SectionStatus>,
    action: ServerAction<ChangeSectionStatus>,
    #[prop(into)] dirty: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    if next.is_empty() {
        return ().into_any();
    }
    view! {
        <div class="status-steps" id="section-status-steps">
            {next.into_iter().map(|to| {
                let key = label(status, to);
                view! {
                    <button type="button" class="button button-secondary" data-status=to.name()
                        disabled=move || dirty.get() || action.pending().get()
                        on:click=move |_| { action.dispatch(ChangeSectionStatus { id, status: to.name().to_string() }); }>
                        {i18n.tr(key)}
                    </button>
                }
            }).collect_view()}
            {move || dirty.get().then(|| view! { <p class="hint">{i18n.tr("section-save-first")}</p> })}
            {move || action.value().get().and_then(|r| r.err()).map(|error| view! { <ErrorNotice error /> })}
        </div>
    }
    .into_any()
}
