//! The review of a section: its comment threads (open ones first) and suggested edits,
//! with the forms to add to them.

use leptos::{html::Textarea, prelude::*};

use super::{
    suggestions::SuggestionList,
    threads::{NewThreadForm, ThreadList},
};
use crate::{
    i18n::use_i18n,
    layout::{Loaded, page_data},
    review::api::{AddComment, DecideSuggestion, ResolveThread, ReviewView, section_review},
};

/// The review actions, shared by the panel's parts.
#[derive(Clone, Copy)]
pub struct ReviewActions {
    pub comment: ServerAction<AddComment>,
    pub resolve: ServerAction<ResolveThread>,
    pub decide: ServerAction<DecideSuggestion>,
}

/// Section `section_id`'s review; reloads after its own actions and when `refresh` changes.
/// `textarea` is the editor, for quoting the selected passage; `on_accepted` runs after a
/// suggestion is merged into the text.
#[component]
pub fn ReviewPanel(
    section_id: i32,
    textarea: NodeRef<Textarea>,
    #[prop(into)] refresh: Signal<usize>,
    on_accepted: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReviewActions {
        comment: ServerAction::new(),
        resolve: ServerAction::new(),
        decide: ServerAction::new(),
    };
    provide_context(actions);
    Effect::new(move |_| {
        if let Some(Ok(crate::review::api::Decision::Accepted { .. })) =
            actions.decide.value().get()
        {
            on_accepted.run(());
        }
    });
    let review = page_data(
        move || {
            (
                actions.comment.version().get(),
                actions.resolve.version().get(),
                actions.decide.version().get(),
                refresh.get(),
            )
        },
        move |_| section_review(section_id),
    );
    view! {
        <section class="review" id="review" aria-labelledby="review-title">
            <h2 id="review-title">{i18n.tr("review-title")}</h2>
            <Loaded resource=review view=move |review: ReviewView| view! {
                {review.can_comment.then(|| view! { <NewThreadForm section_id textarea /> })}
                <SuggestionList suggestions=review.suggestions.clone() can_decide=review.can_decide />
                <ThreadList section_id threads=review.threads.clone() can_comment=review.can_comment />
            } />
        </section>
    }
}
