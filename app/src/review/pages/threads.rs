//! Comment threads: starting one (optionally quoting the selected passage), replying,
//! resolving and reopening.

use leptos::{form::ActionForm, html::Textarea, prelude::*};

use super::panel::ReviewActions;
use crate::{
    i18n::use_i18n,
    layout::ActionResult,
    review::api::{ResolveThread, ThreadView},
};

/// The form that starts a thread; "Quote selection" copies the editor's selected text.
#[component]
pub fn NewThreadForm(section_id: i32, textarea: NodeRef<Textarea>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = expect_context::<ReviewActions>();
    let quote = RwSignal::new(String::new());
    let take_selection = move |_| {
        if let Some(element) = textarea.get_untracked() {
            let text = element.value();
            let start = element.selection_start().ok().flatten().unwrap_or(0) as usize;
            let end = element.selection_end().ok().flatten().unwrap_or(0) as usize;
            let from = crate::sections::pages::byte_offset(&text, start);
            let to = crate::sections::pages::byte_offset(&text, end);
            quote.set(text[from..to.max(from)].trim().to_string());
        }
    };
    view! {
        <ActionForm action=actions.comment attr:class="form card" attr:id="new-thread-form">
            <ActionResult result=actions.comment.value().into() done_key="comment-added" />
            <input type="hidden" name="section_id" value=section_id />
            <div class="field">
                <label for="comment-quote">{i18n.tr("comment-quote")}</label>
                <div class="quote-picker">
                    <input id="comment-quote" name="quote" type="text" maxlength="1000"
                        prop:value=move || quote.get() on:input=move |ev| quote.set(event_target_value(&ev)) />
                    <button type="button" class="button button-secondary button-small" id="quote-selection" on:click=take_selection>
                        {i18n.tr("comment-quote-selection")}
                    </button>
                </div>
            </div>
            <div class="field">
                <label for="comment-body">{i18n.tr("comment-body")}</label>
                <textarea id="comment-body" name="body" rows="3" required=true maxlength="10000"></textarea>
            </div>
            <button type="submit" class="button">{i18n.tr("comment-add")}</button>
        </ActionForm>
    }
}

/// Every thread, open ones first; resolved ones folded.
#[component]
pub fn ThreadList(section_id: i32, threads: Vec<ThreadView>, can_comment: bool) -> impl IntoView {
    let i18n = use_i18n();
    let open = threads.iter().filter(|t| !t.resolved).count() as i64;
    view! {
        <h3>{i18n.tr_count("threads-open", "count", open)}</h3>
        {threads.is_empty().then(|| view! { <p class="empty-state">{i18n.tr("threads-none")}</p> })}
        <ol class="threads" id="threads">
            {threads.into_iter().map(|thread| view! { <Thread section_id thread can_comment /> }).collect_view()}
        </ol>
    }
}

#[component]
fn Thread(section_id: i32, thread: ThreadView, can_comment: bool) -> impl IntoView {
    let i18n = use_i18n();
    let actions = expect_context::<ReviewActions>();
    let id = thread.id;
    let resolved = thread.resolved;
    let toggle = thread.can_resolve.then(|| {
        let key = if resolved { "thread-reopen" } else { "thread-resolve" };
        view! {
            <button type="button" class="button button-secondary button-small" data-action=key
                on:click=move |_| { actions.resolve.dispatch(ResolveThread { id, resolved: !resolved }); }>
                {i18n.tr(key)}
            </button>
        }
    });
    view! {
        <li class="thread" class:thread--resolved=resolved data-thread=id>
            {(!thread.quote.is_empty()).then(|| view! { <blockquote class="thread__quote">{thread.quote.clone()}</blockquote> })}
            <ol class="thread__comments">
                {thread.comments.into_iter().map(|c| view! {
                    <li class="comment">
                        <p class="comment__meta">
                            <strong>{c.author.unwrap_or_default()}</strong>
                            {c.organisation.map(|o| format!(" · {o}"))}" · "
                            <time>{c.created_at}</time>
                        </p>
                        <p class="comment__body">{c.body}</p>
                    </li>
                }).collect_view()}
            </ol>
            {resolved.then(|| view! {
                <p class="hint">{i18n.tr("thread-resolved-by")}" "{thread.resolved_by.clone().unwrap_or_default()}</p>
            })}
            <div class="button-row">
                {toggle}
            </div>
            {(can_comment && !resolved).then(|| view! {
                <ActionForm action=actions.comment attr:class="form form--inline reply-form">
                    <input type="hidden" name="section_id" value=section_id />
                    <input type="hidden" name="reply_to" value=id />
                    <label class="visually-hidden" for=format!("reply-{id}")>{i18n.tr("comment-reply")}</label>
                    <input id=format!("reply-{id}") name="body" type="text" required=true maxlength="10000" placeholder=i18n.tr("comment-reply") />
                    <button type="submit" class="button button-small">{i18n.tr("comment-reply")}</button>
                </ActionForm>
            })}
        </li>
    }
}
