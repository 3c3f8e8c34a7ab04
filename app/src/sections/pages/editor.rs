//! The section editor: Markdown with a toolbar on the left, the rendered preview on the
//! right, word counts against the section's budget, saves that never overwrite anyone,
//! unsaved text kept in the browser and autosaved as a private draft, who else is in the
//! section right now, and the review (comments and suggested edits) underneath.

use std::time::Duration;

use leptos::{html::Textarea, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use super::{
    cite_picker::CitePicker,
    conflict::ConflictView,
    draft_banner::{self, DraftBanner, Recovered},
    local_draft,
    presence_bar::{PresenceBar, subscribe},
    status_buttons::StatusButtons,
    toolbar::Toolbar,
    word_meter::WordMeter,
};
use crate::{
    i18n::use_i18n,
    layout::use_route_id,
    layout::{ErrorNotice, Loaded, page_data},
    sections::api::{
        AutosaveDraft, ChangeSectionStatus, PreviewMarkdown, SaveOutcome, SaveSection, SectionView,
        SuggestEdit, section,
    },
};

/// How long typing must pause before the preview is redrawn.
const PREVIEW_PAUSE: Duration = Duration::from_millis(400);
/// How long typing must pause before the draft is autosaved on the server.
const AUTOSAVE_PAUSE: Duration = Duration::from_millis(1500);

/// What the review panel under the editor is given: the section, the editor's text area (to
/// anchor comments to a selection), a signal that changes when the text may have changed, and
/// what to do once a suggestion was accepted.
pub struct ReviewPanelArgs {
    pub section_id: i32,
    pub textarea: NodeRef<Textarea>,
    pub refresh: Signal<usize>,
    pub on_accepted: Callback<()>,
    /// Text the toolbar's "Propose" button took from the editor, for the proposals panel to
    /// start a new proposal with (it takes it, leaving `None`).
    pub proposed: RwSignal<Option<String>>,
}

/// Renders the review panel under the editor. The review feature provides it: it sits above
/// sections, which know nothing of it.
pub type ReviewPanelSlot = fn(ReviewPanelArgs) -> AnyView;

/// `/sections/:id`, with `review` under the editor.
#[component]
pub fn SectionPage(review: ReviewPanelSlot) -> impl IntoView {
    let id = use_route_id();
    let status = ServerAction::<ChangeSectionStatus>::new();
    // Bumped to load the newest version after someone else saved.
    let reload = RwSignal::new(0u32);
    let loaded = page_data(
        move || (id(), status.version().get(), reload.get()),
        |(id, ..)| section(id),
    );
    view! {
        <section class="page page--wide">
            <Loaded resource=loaded view=move |view: SectionView| view! { <Editor section=view status reload review /> } />
        </section>
    }
}

#[component]
fn Editor(
    section: SectionView,
    status: ServerAction<ChangeSectionStatus>,
    reload: RwSignal<u32>,
    review: ReviewPanelSlot,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = section.id;
    let budget = section.word_budget;
    let writable = section.can_edit || section.can_suggest;
    let body = RwSignal::new(section.body.clone());
    let base_version = RwSignal::new(section.version);
    // The text as last saved (or loaded), to know whether there are unsaved changes.
    let saved_body = RwSignal::new(section.body.clone());
    let dirty = Signal::derive(move || body.with(|b| saved_body.with(|s| b != s)));
    let conflict = RwSignal::new(None::<(String, String)>);
    let save = ServerAction::<SaveSection>::new();
    let suggest = ServerAction::<SuggestEdit>::new();
    let autosave = ServerAction::<AutosaveDraft>::new();
    let preview = ServerAction::<PreviewMarkdown>::new();
    let preview_html = RwSignal::new(section.html.clone());
    let counted = RwSignal::new(section.words);
    let edits = RwSignal::new(0u32);
    let textarea = NodeRef::<Textarea>::new();
    let proposed = RwSignal::new(None::<String>);
    let live = subscribe(id);
    let offered = RwSignal::new(None::<Recovered>);

    Effect::new(move |_| {
        if let Some(Ok(rendered)) = preview.value().get() {
            preview_html.set(rendered.html);
            counted.set(rendered.words);
        }
    });
    // After hydration: offer unsaved text left in this browser or on the server.
    {
        let current = section.body.clone();
        let server_draft = section.draft.clone();
        Effect::new(move |_| {
            if writable {
                offered.set(draft_banner::find(id, &current, server_draft.clone()));
            }
        });
    }

    // Every change of the text: keep a copy in the browser at once, redraw the preview after
    // a short pause, autosave the draft on the server after a longer one.
    let changed = move |text: String| {
        body.set(text.clone());
        local_draft::store(id, base_version.get_untracked(), &text);
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
            PREVIEW_PAUSE,
        );
        set_timeout(
            move || {
                if edits.get_untracked() == seen && dirty.get_untracked() {
                    autosave.dispatch(AutosaveDraft {
                        id,
                        base_version: base_version.get_untracked(),
                        body: body.get_untracked(),
                    });
                }
            },
            AUTOSAVE_PAUSE,
        );
    };
    let on_change = Callback::new(changed);
    let resume = Callback::new(move |draft: Recovered| {
        base_version.set(draft.base_version);
        changed(draft.body);
    });

    Effect::new(move |_| match save.value().get() {
        Some(Ok(SaveOutcome::Saved {
            version,
            body: stored,
            ..
        })) => {
            base_version.set(version);
            saved_body.set(stored.clone());
            conflict.set(None);
            local_draft::clear(id);
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
    // A proposal sent: the editor shows the section's real text again.
    Effect::new(move |_| {
        if let Some(Ok(_)) = suggest.value().get() {
            local_draft::clear(id);
            let text = saved_body.get_untracked();
            body.set(text.clone());
            preview.dispatch(PreviewMarkdown { markdown: text });
        }
    });
    let has_translations = !section.translations.is_empty();
    let minor = RwSignal::new(false);
    let dispatch_save = move || {
        save.dispatch(SaveSection {
            id,
            base_version: base_version.get_untracked(),
            body: body.get_untracked(),
            message: String::new(),
            minor: minor.get_untracked().then(|| "on".to_string()),
        });
    };
    let dispatch_suggest = move || {
        suggest.dispatch(SuggestEdit {
            section_id: id,
            base_version: base_version.get_untracked(),
            body: body.get_untracked(),
            message: String::new(),
        });
    };
    let outcome = move || {
        let saved = save.value().get().map(|result| match result {
            Ok(SaveOutcome::Saved { version, merged, .. }) => {
                let key = if merged { "section-merged" } else { "section-saved" };
                view! { <p class="notice" role="status" id="save-status">{i18n.tr(key)}" (v"{version}")"</p> }
                    .into_any()
            }
            Ok(SaveOutcome::Conflict { .. }) => ().into_any(),
            Err(error) => view! { <ErrorNotice error /> }.into_any(),
        });
        let suggested = suggest.value().get().map(|result| match result {
            Ok(_) => view! { <p class="notice" role="status" id="save-status">{i18n.tr("suggestion-sent")}</p> }.into_any(),
            Err(error) => view! { <ErrorNotice error /> }.into_any(),
        });
        (saved, suggested)
    };
    // Someone else saved a newer version while this page was open.
    let newer = move || {
        let latest = live.with(|s| s.version);
        (latest > base_version.get()).then(|| {
            if dirty.get() {
                view! { <p class="notice" role="status" id="newer-version">{i18n.tr("section-newer-merge")}</p> }.into_any()
            } else {
                view! {
                    <p class="notice" role="status" id="newer-version">
                        {i18n.tr("section-newer")}" "
                        <button type="button" class="button button-small" on:click=move |_| reload.update(|n| *n += 1)>
                            {i18n.tr("section-load-newer")}
                        </button>
                    </p>
                }
                .into_any()
            }
        })
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
                    saved_body.set(theirs.clone());
                    local_draft::clear(id);
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
                {section.organisation.clone().unwrap_or_default()}
                {(!section.contributors.is_empty()).then(|| format!(" + {}", section.contributors.join(", ")))}" · "
                {i18n.label(section.status)}" · "
                <A href=format!("/sections/{}/history", section.id)>{i18n.tr("history-title")}</A>
            </p>
            {has_translations.then(|| view! {
                <p id="section-translations">
                    {i18n.tr("section-translations")}": "
                    {section.translations.clone().into_iter().map(|t| {
                        let state = match t.state {
                            Some(state) => i18n.label(state)(),
                            None => i18n.tr("translation-state-missing")(),
                        };
                        view! {
                            <A href=format!("/sections/{}/translations/{}", section.id, t.language)>
                                {i18n.label(t.language)}" ("{state}")"
                            </A>" "
                        }
                    }).collect_view()}
                </p>
            })}
            <PresenceBar snapshot=live me=Some(section.viewer_id) />
        </header>
        <dl class="facts">
            {section.lead_editor.clone().map(|e| view! { <div><dt>{i18n.tr("col-lead-editor")}</dt><dd>{e}</dd></div> })}
            {section.due_date.clone().map(|d| { let text = d.clone(); view! { <div><dt>{i18n.tr("col-due")}</dt><dd><time datetime=d>{text}</time></dd></div> } })}
        </dl>
        {section.notes.clone().filter(|n| !n.is_empty()).map(|notes| view! {
            <aside class="notice coordination-notes" aria-label=i18n.tr("section-notes")>
                <p><strong>{i18n.tr("section-notes")}": "</strong>{notes}</p>
            </aside>
        })}
        <StatusButtons id=section.id status=section.status next=section.next_statuses.clone() action=status dirty />
        <DraftBanner id offered on_resume=resume />
        {newer}
        {conflict_view}
        {section.can_suggest.then(|| view! { <p class="hint" id="suggest-mode">{i18n.tr("section-suggest-mode")}</p> })}
        <div class="editor">
            <div class="editor__source">
                <label for="section-body">{i18n.tr("section-markdown")}</label>
                {writable.then(|| view! {
                    <Toolbar textarea on_change disabled=Signal::stored(false)
                        on_propose=section.can_edit.then(|| Callback::new(move |text: String| proposed.set(Some(text)))) />
                    <CitePicker textarea on_change />
                }.into_any())}
                <textarea
                    id="section-body"
                    class="editor__textarea"
                    node_ref=textarea
                    prop:value=move || body.get()
                    on:input=move |event| changed(event_target_value(&event))
                    readonly=!writable
                    spellcheck="true"
                ></textarea>
                <WordMeter count=Signal::derive(move || counted.get().body) limit=budget label="words-body" id="word-count" />
                <p class="hint" id="notes-count">{move || i18n.tr_count("notes-words", "count", counted.get().notes)()}</p>
                {(section.can_edit && has_translations).then(|| view! {
                    <div class="field field--check">
                        <input id="section-minor" type="checkbox" prop:checked=move || minor.get()
                            on:change=move |event| minor.set(event_target_checked(&event)) />
                        <label for="section-minor">{i18n.tr("section-minor")}</label>
                    </div>
                })}
                <div class="form-actions">
                    {section.can_edit.then(|| view! {
                        <button type="button" class="button" id="save-section" on:click=move |_| dispatch_save()>
                            {i18n.tr("section-save")}
                        </button>
                    })}
                    {section.can_suggest.then(|| view! {
                        <button type="button" class="button" id="suggest-section"
                            disabled=move || !dirty.get() on:click=move |_| dispatch_suggest()>
                            {i18n.tr("section-suggest")}
                        </button>
                    })}
                </div>
                {outcome}
            </div>
            <div class="editor__preview">
                <h2 class="visually-hidden">{i18n.tr("section-preview")}</h2>
                <div class="prose" id="section-preview" inner_html=move || preview_html.get()></div>
            </div>
        </div>
        {review(ReviewPanelArgs {
            section_id: id,
            textarea,
            proposed,
            refresh: Signal::derive(move || suggest.version().get() + save.version().get()),
            on_accepted: Callback::new(move |_| {
                if !dirty.get_untracked() {
                    reload.update(|n| *n += 1);
                }
            }),
        })}
    }
}
