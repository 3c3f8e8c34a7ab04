//! `/reports/:id/import`: a coordinator uploads a Word or Markdown draft, sees how it splits
//! into sections and where each one goes, then imports it; or uploads a translation of the
//! report into one of its languages (`?language=` chooses it), sees which section each part
//! translates, then writes them.

mod translation;

use leptos::web_sys::FormData;
use leptos::{html::Form, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    error::ApiError,
    i18n::use_i18n,
    import::api::{
        ImportPreview, PlannedSection, TranslationPreview, import_draft, import_translation,
    },
    layout::use_route_id,
    layout::{Busy, ErrorNotice, Loaded, form_data, page_data},
    reports::api::{OutlineView, report_outline},
    states::{Language, Named},
};
use translation::TranslationPreviewCard;

/// `/reports/:id/import`.
#[component]
pub fn ImportDraftPage() -> impl IntoView {
    let id = use_route_id();
    let report = page_data(id, report_outline);
    view! {
        <section class="page page--wide">
            <Loaded resource=report view=|report: OutlineView| view! { <ImportDraft report /> } />
        </section>
    }
}

#[component]
fn ImportDraft(report: OutlineView) -> impl IntoView {
    let i18n = use_i18n();
    let report_id = report.details.id;
    let form = NodeRef::<Form>::new();
    // What the file holds: the report's text (empty) or its translation into a language.
    let chosen = use_query_map()
        .read_untracked()
        .get("language")
        .unwrap_or_default();
    let languages = report.languages.clone();
    let kind = RwSignal::new(
        Language::parse(&chosen)
            .filter(|l| languages.contains(l))
            .map(|l| l.name().to_string())
            .unwrap_or_default(),
    );
    // Sent once to preview, then again with `apply` to write: the browser keeps the file.
    let upload = Action::new_local(|data: &FormData| import_draft(data.clone().into()));
    let translation = Action::new_local(|data: &FormData| import_translation(data.clone().into()));
    let send = move |apply: bool| {
        if let Some(data) = form_data(form, apply) {
            if kind.get_untracked().is_empty() {
                upload.dispatch_local(data);
            } else {
                translation.dispatch_local(data);
            }
        }
    };
    let report_link = format!("/reports/{report_id}");
    let result = move || {
        if !kind.get().is_empty() {
            return translation.value().get().map(|result: Result<TranslationPreview, ApiError>| match result {
                Ok(preview) => view! { <TranslationPreviewCard preview report_id on_apply=Callback::new(move |_| send(true)) /> }.into_any(),
                Err(error) => view! { <ErrorNotice error /> }.into_any(),
            });
        }
        upload.value().get().map(|result: Result<ImportPreview, ApiError>| match result {
            Ok(preview) => view! { <Preview preview report_id on_apply=Callback::new(move |_| send(true)) /> }.into_any(),
            Err(error) => view! { <ErrorNotice error /> }.into_any(),
        })
    };
    let pending = Signal::derive(move || upload.pending().get() || translation.pending().get());
    let title = move || {
        if kind.get().is_empty() {
            i18n.tr("import-title")()
        } else {
            i18n.tr("import-translation-title")()
        }
    };
    view! {
        <Title text=title />
        <header class="page__header">
            <p class="breadcrumb"><A href=report_link>{report.details.title.clone()}</A></p>
            <h1>{title}</h1>
            <p class="lead">
                {move || if kind.get().is_empty() { i18n.tr("import-intro")() } else { i18n.tr("import-translation-intro")() }}
            </p>
        </header>
        {if report.can_manage {
            view! {
                <form class="form card" id="import-form" node_ref=form on:submit=move |ev| {
                    ev.prevent_default();
                    send(false);
                }>
                    <input type="hidden" name="report_id" value=report_id />
                    {(!report.languages.is_empty()).then(|| view! {
                        <div class="field">
                            <label for="import-kind">{i18n.tr("import-kind")}</label>
                            <select id="import-kind" name="language"
                                on:change=move |ev| kind.set(event_target_value(&ev))>
                                <option value="" selected=move || kind.get().is_empty()>{i18n.tr("import-kind-draft")}</option>
                                {report.languages.iter().map(|&language| view! {
                                    <option value=language.name() selected=move || kind.get() == language.name()>
                                        {i18n.tr("import-kind-translation")}" "{i18n.label(language)}
                                    </option>
                                }).collect_view()}
                            </select>
                        </div>
                    })}
                    <div class="field">
                        <label for="draft-file">{i18n.tr("import-file")}</label>
                        <input id="draft-file" name="file" type="file" required=true
                            accept=".docx,.md,.markdown,.txt" />
                        <p class="hint">{i18n.tr("import-file-hint")}</p>
                    </div>
                    <Show when=move || !kind.get().is_empty()>
                        <div class="field field--check">
                            <input id="import-complete" name="complete" type="checkbox" value="on" />
                            <label for="import-complete">{i18n.tr("import-translation-complete")}</label>
                        </div>
                    </Show>
                    <button type="submit" class="button" id="import-preview"
                        disabled=move || pending.get()>
                        {i18n.tr("import-preview")}
                    </button>
                </form>
                <Busy pending=pending label_key="import-draft-working" id="import-busy" />
                <div id="import-result" aria-live="polite">{result}</div>
            }
            .into_any()
        } else {
            view! { <p class="notice notice--error" role="alert">{i18n.tr("import-not-allowed")}</p> }.into_any()
        }}
    }
}

#[component]
fn Preview(preview: ImportPreview, report_id: i32, on_apply: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    let count = preview.sections.len() as i64;
    let filled = preview
        .sections
        .iter()
        .filter(|s| s.fills.is_some())
        .count() as i64;
    let applied = preview.applied;
    let heading = if applied {
        i18n.tr_count("import-done", "count", count)
    } else {
        i18n.tr_count("import-split", "count", count)
    };
    view! {
        <section class="card import-preview" id="import-preview-list">
            <h2>{heading}</h2>
            <p class="hint">{preview.file_name.clone()}" · "{i18n.tr_count("import-fills", "count", filled)}</p>
            <ol class="import-sections">
                {preview.sections.into_iter().map(|section| view! { <PlannedRow section /> }).collect_view()}
            </ol>
            {if applied {
                view! {
                    <p class="notice" role="status" id="import-done">
                        <A href=format!("/reports/{report_id}")>{i18n.tr("import-open-report")}</A>
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button" id="import-apply" on:click=move |_| on_apply.run(())>
                        {i18n.tr_count("import-apply", "count", count)}
                    </button>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn PlannedRow(section: PlannedSection) -> impl IntoView {
    let i18n = use_i18n();
    let destination = match section.fills.clone() {
        Some(title) => view! { <span class="badge badge--review">{i18n.tr("import-fills-section")}" "{title}</span> }.into_any(),
        None => view! { <span class="badge">{i18n.tr("import-new-section")}</span> }.into_any(),
    };
    view! {
        <li class=format!("import-section import-section--level-{}", section.level)>
            <p class="import-section__title">
                <strong>{section.title.clone()}</strong>" "{destination}
                <span class="cell-sub">" "{i18n.tr_count("words-count", "count", section.words)}</span>
            </p>
            {(!section.excerpt.is_empty()).then(|| view! { <p class="import-section__excerpt">{section.excerpt.clone()}</p> })}
        </li>
    }
}
