//! The section editor: Markdown on the left, the rendered preview on the right, a live word
//! count against the section's budget, and saves that never overwrite anyone.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_params_map};

use super::conflict::ConflictView;
use crate::{
    error::ApiError,
    i18n::use_i18n,
    layout::ErrorNotice,
    sections::api::{PreviewMarkdown, SaveOutcome, SaveSection, SectionView, section},
};

/// `/sections/:id`.
#[component]
pub fn SectionPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or_default()
    };
    let loaded = Resource::new(id, section);
    view! {
        <section class="page page--wide">
            <Suspense fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
                {move || Suspend::new(async move {
                    match loaded.await {
                        Ok(view) => view! { <Editor section=view /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Words like a word processor counts them: whitespace-separated tokens.
fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[component]
fn Editor(section: SectionView) -> impl IntoView {
    let i18n = use_i18n();
    let body = RwSignal::new(section.body.clone());
    let base_version = RwSignal::new(section.version);
    let conflict = RwSignal::new(None::<(String, String)>);
    let save = ServerAction::<SaveSection>::new();
    let preview = ServerAction::<PreviewMarkdown>::new();
    let preview_html = RwSignal::new(String::new());
    let edits = RwSignal::new(0u32);
    let id = section.id;
    let budget = section.word_budget;

    // The first preview, then one after each pause in typing.
    preview.dispatch(PreviewMarkdown {
        markdown: section.body.clone(),
    });
    Effect::new(move |_| {
        if let Some(Ok(html)) = preview.value().get() {
            preview_html.set(html);
        }
    });
    let on_input = move |event| {
        body.set(event_target_value(&event));
        edits.update(|n| *n += 1);
        let seen = edits.get_untracked();
        set_timeout(
            move || {
                if edits.get_untracked() == seen {
                    preview.dispatch(PreviewMarkdown {
                        markdown: body.get_untracked(),
                    });
                }
            },
            std::time::Duration::from_millis(400),
        );
    };

    Effect::new(move |_| match save.value().get() {
        Some(Ok(SaveOutcome::Saved {
            version,
            body: stored,
            ..
        })) => {
            base_version.set(version);
            conflict.set(None);
            if stored != body.get_untracked() {
                body.set(stored.clone());
                preview.dispatch(PreviewMarkdown { markdown: stored });
            }
        }
        Some(Ok(SaveOutcome::Conflict {
            version,
            theirs,
            ours,
        })) => {
            base_version.set(version);
            conflict.set(Some((theirs, ours)));
        }
        _ => {}
    });
    let dispatch_save = move || {
        save.dispatch(SaveSection {
            id,
            base_version: base_version.get_untracked(),
            body: body.get_untracked(),
            message: String::new(),
        });
    };
    let status = move || {
        save.value().get().map(|result| match result {
            Ok(SaveOutcome::Saved { version, merged, .. }) => {
                let key = if merged { "section-merged" } else { "section-saved" };
                view! { <p class="notice" role="status" id="save-status">{i18n.tr(key)}" (v"{version}")"</p> }
                    .into_any()
            }
            Ok(SaveOutcome::Conflict { .. }) => ().into_any(),
            Err(error) => save_error(error).into_any(),
        })
    };
    let word_count = move || {
        let count = body.with(|b| words(b));
        let over = budget.is_some_and(|b| count > b as usize);
        let near = budget.is_some_and(|b| count * 10 >= b as usize * 9);
        let class = if over {
            "word-count word-count--over"
        } else if near {
            "word-count word-count--near"
        } else {
            "word-count"
        };
        let budget = budget.map(|b| format!(" / {b}")).unwrap_or_default();
        view! { <p class=class id="word-count" aria-live="polite">{count}{budget}" "{i18n.tr("words-label")}</p> }
    };
    let conflict_view = move || {
        conflict.get().map(|(theirs, ours)| {
            let keep_mine = Callback::new(move |_| {
                // Based on their version now: saving replaces it with ours, deliberately.
                conflict.set(None);
                dispatch_save();
            });
            let take_theirs = {
                let theirs = theirs.clone();
                Callback::new(move |_| {
                    body.set(theirs.clone());
                    conflict.set(None);
                    preview.dispatch(PreviewMarkdown {
                        markdown: theirs.clone(),
                    });
                })
            };
            view! { <ConflictView theirs ours on_keep_mine=keep_mine on_take_theirs=take_theirs /> }
        })
    };
    let report_link = format!("/reports/{}", section.report_id);
    view! {
        <Title text=section.title.clone() />
        <header class="page__header">
            <p class="breadcrumb"><A href=report_link>{section.report_title.clone()}</A></p>
            <h1>{section.title.clone()}</h1>
            <p class="lead">
                {section.organisation.clone().unwrap_or_default()}" · "
                {i18n.tr_owned(format!("section-status-{}", section.status))}" · "
                <A href=format!("/sections/{}/history", section.id)>{i18n.tr("history-title")}</A>
            </p>
        </header>
        {conflict_view}
        <div class="editor">
            <div class="editor__source">
                <label for="section-body">{i18n.tr("section-markdown")}</label>
                <textarea
                    id="section-body"
                    class="editor__textarea"
                    prop:value=move || body.get()
                    on:input=on_input
                    readonly=!section.can_edit
                    spellcheck="true"
                ></textarea>
                {word_count}
                {section.can_edit.then(|| view! {
                    <div class="form-actions">
                        <button type="button" class="button" id="save-section" on:click=move |_| dispatch_save()>
                            {i18n.tr("section-save")}
                        </button>
                    </div>
                })}
                {status}
            </div>
            <div class="editor__preview">
                <h2 class="visually-hidden">{i18n.tr("section-preview")}</h2>
                <div class="prose" id="section-preview" inner_html=move || preview_html.get()></div>
            </div>
        </div>
    }
}

fn save_error(error: ApiError) -> impl IntoView {
    view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
}
