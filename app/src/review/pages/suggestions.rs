//! Suggested edits with what they change; the section's writers accept or reject them.

use leptos::prelude::*;

use super::panel::ReviewActions;
use crate::{
    i18n::use_i18n,
    layout::ErrorNotice,
    review::api::{DecideSuggestion, Decision, SuggestionView},
    sections::pages::DiffParts,
    states::{Named, SuggestionStatus},
};

/// Suggestions, open ones first, each with its word-level changes.
#[component]
pub fn SuggestionList(suggestions: Vec<SuggestionView>, can_decide: bool) -> impl IntoView {
    let i18n = use_i18n();
    let actions = expect_context::<ReviewActions>();
    let open = suggestions
        .iter()
        .filter(|s| s.status == SuggestionStatus::Open)
        .count() as i64;
    let outcome = move || {
        actions.decide.value().get().map(|result| match result {
            Ok(Decision::Conflict) => view! {
                <p class="notice notice--error" role="alert">{i18n.tr("suggestion-conflict")}</p>
            }
            .into_any(),
            Ok(_) => ().into_any(),
            Err(error) => view! { <ErrorNotice error /> }.into_any(),
        })
    };
    (!suggestions.is_empty()).then(|| {
        view! {
            <h3>{i18n.tr_count("suggestions-open", "count", open)}</h3>
            {outcome}
            <ol class="suggestions" id="suggestions">
                {suggestions.into_iter().map(|s| {
                    let id = s.id;
                    let decide = move |accept: bool| {
                        move |_| {
                            actions.decide.dispatch(DecideSuggestion { id, accept });
                        }
                    };
                    let status = s.status;
                    view! {
                        <li class="suggestion" data-suggestion=id data-status=status.name()>
                            <p class="comment__meta">
                                <strong>{s.author.unwrap_or_default()}</strong>
                                {s.organisation.map(|o| format!(" · {o}"))}" · "
                                <time>{s.created_at}</time>" · "
                                {i18n.label(status)}
                                {s.result_version.map(|v| format!(" (v{v})"))}
                            </p>
                            {(!s.message.is_empty()).then(|| view! { <p>{s.message.clone()}</p> })}
                            <div class="diff">
                                <DiffParts parts=s.changes />
                            </div>
                            {(can_decide && s.status == SuggestionStatus::Open).then(|| view! {
                                <div class="button-row">
                                    <button type="button" class="button button-small" data-action="accept" on:click=decide(true)>
                                        {i18n.tr("suggestion-accept")}
                                    </button>
                                    <button type="button" class="button button-secondary button-small" data-action="reject" on:click=decide(false)>
                                        {i18n.tr("suggestion-reject")}
                                    </button>
                                </div>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        }
    })
}
