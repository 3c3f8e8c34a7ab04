//! The evidence of a recommendation: links and files with their source, date, hash and
//! visibility, and the forms that add a link or upload a file.

use leptos::{form::ActionForm, html::Form, prelude::*};

use super::actions::EvidenceActions;
use crate::{
    i18n::{I18n, use_i18n},
    layout::{ActionResult, form_data},
    recommendations::{
        evidence::api::RemoveEvidence,
        record::{AssessmentView, EvidenceView, RecommendationDetail},
        scales::label_text,
    },
    states::{EvidenceKind, EvidenceVisibility, Named},
};

/// A size in bytes as people read it (KB, MB).
fn size_text(bytes: i64) -> String {
    match bytes {
        b if b >= 1024 * 1024 => format!("{:.1} MB", b as f64 / (1024.0 * 1024.0)),
        b if b >= 1024 => format!("{} KB", b / 1024),
        b => format!("{b} B"),
    }
}

fn assessment_choice(i18n: I18n, a: &AssessmentView) -> String {
    format!(
        "{} · {} · {}",
        i18n.label(a.assessor)(),
        label_text(i18n, a.scale, &a.label),
        a.assessed_on
    )
}

/// The evidence panel of the recommendation page.
#[component]
pub fn EvidencePanel(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let d = detail.get_value();
    let may_add = d.can_follow_up || d.can_assess_as_ngo;
    view! {
        <section class="card" id="evidence" aria-labelledby="evidence-title">
            <h2 id="evidence-title">{i18n.tr("evidence-title")}</h2>
            {if d.evidence.is_empty() {
                view! { <p class="empty-state">{i18n.tr("evidence-none")}</p> }.into_any()
            } else {
                let items = d.evidence.clone();
                view! {
                    <ul class="evidence-list" id="evidence-list">
                        {items.into_iter().map(|e| view! { <EvidenceItem e detail /> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {may_add.then(|| view! {
                <div class="evidence-forms">
                    <LinkForm detail />
                    <UploadForm detail />
                </div>
            })}
        </section>
    }
}

#[component]
fn EvidenceItem(e: EvidenceView, detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = EvidenceActions::use_context();
    let id = e.id;
    let supports = e.assessment_id.and_then(|a| {
        detail.with_value(|d| {
            d.assessments
                .iter()
                .find(|x| x.id == a)
                .map(|x| assessment_choice(i18n, x))
        })
    });
    let visibility_class = format!("badge badge--visibility-{}", e.visibility);
    let title = e.title.clone();
    let target = if e.kind == EvidenceKind::File {
        view! {
            <a href=format!("/evidence/{id}") download=e.file_name.clone() class="evidence__title">{title}</a>
            <span class="cell-sub">{e.file_name.clone()}" · "{size_text(e.size_bytes)}</span>
        }
        .into_any()
    } else {
        view! {
            <a href=e.url.clone() rel="noopener noreferrer external" target="_blank" class="evidence__title">{title}</a>
            <span class="cell-sub">{e.url.clone()}</span>
        }
        .into_any()
    };
    let meta = [
        e.source.clone(),
        e.dated_on.clone().unwrap_or_default(),
        e.organisation.clone().unwrap_or_default(),
        e.added_by.clone().unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li class="evidence" data-evidence=id data-kind=e.kind.name()>
            <div class="evidence__head">
                <span class="visually-hidden">{i18n.label(e.kind)}": "</span>
                {target}
                <span class=visibility_class>{i18n.label(e.visibility)}</span>
            </div>
            {(!meta.is_empty()).then(|| view! { <p class="cell-sub">{meta}</p> })}
            {supports.map(|s| view! { <p class="cell-sub">{i18n.tr("evidence-supports")}" "{s}</p> })}
            {(!e.sha256.is_empty()).then(|| view! {
                <p class="cell-sub">"SHA-256 "<code class="hash">{e.sha256.clone()}</code></p>
            })}
            {e.can_remove.then(|| view! {
                <button type="button" class="button button-small button-danger" data-action="remove-evidence"
                    on:click=move |_| { actions.remove.dispatch(RemoveEvidence { id }); }>
                    {i18n.tr("evidence-remove")}
                </button>
            })}
        </li>
    }
}

/// The fields a link and a file share: what it supports, title, source, date, visibility.
#[component]
fn SharedFields(
    detail: StoredValue<RecommendationDetail>,
    prefix: &'static str,
    /// How the form names the fields: `link[title]` or `title`.
    named: fn(&'static str) -> String,
) -> impl IntoView {
    let i18n = use_i18n();
    let assessments = detail.with_value(|d| d.assessments.clone());
    let id = move |field: &str| format!("{prefix}-{field}");
    view! {
        <div class="field">
            <label for=id("title")>{i18n.tr("evidence-field-title")}</label>
            <input id=id("title") name=named("title") type="text" required=true maxlength="300" />
        </div>
        <div class="field">
            <label for=id("source")>{i18n.tr("evidence-field-source")}</label>
            <input id=id("source") name=named("source") type="text" maxlength="300" />
        </div>
        <div class="field">
            <label for=id("date")>{i18n.tr("evidence-field-date")}</label>
            <input id=id("date") name=named("dated_on") type="date" />
        </div>
        <div class="field">
            <label for=id("visibility")>{i18n.tr("evidence-field-visibility")}</label>
            <select id=id("visibility") name=named("visibility")>
                {EvidenceVisibility::ALL.iter().map(|&v| view! { <option value=v.name()>{i18n.label(v)}</option> }).collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=id("assessment")>{i18n.tr("evidence-field-assessment")}</label>
            <select id=id("assessment") name=named("assessment_id")>
                <option value="0">{i18n.tr("evidence-whole-recommendation")}</option>
                {assessments.iter().map(|a| view! { <option value=a.id>{assessment_choice(i18n, a)}</option> }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn LinkForm(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = EvidenceActions::use_context();
    let id = detail.with_value(|d| d.id);
    view! {
        <ActionForm action=actions.add_link attr:class="form" attr:id="evidence-link-form">
            <h3>{i18n.tr("evidence-add-link")}</h3>
            <ActionResult result=actions.add_link.value().into() done_key="evidence-added" />
            <input type="hidden" name="link[recommendation_id]" value=id />
            <div class="field">
                <label for="evidence-link-url">{i18n.tr("evidence-field-url")}</label>
                <input id="evidence-link-url" name="link[url]" type="url" required=true placeholder="https://" />
            </div>
            <SharedFields detail prefix="evidence-link" named=|f| format!("link[{f}]") />
            <button type="submit" class="button" id="evidence-link-save">{i18n.tr("evidence-add-link")}</button>
        </ActionForm>
    }
}

#[component]
fn UploadForm(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = EvidenceActions::use_context();
    let form = NodeRef::<Form>::new();
    let id = detail.with_value(|d| d.id);
    let result = Signal::derive(move || actions.upload.value().get());
    view! {
        <form class="form" id="evidence-upload-form" node_ref=form on:submit=move |ev| {
            ev.prevent_default();
            if let Some(data) = form_data(form, false) {
                actions.upload.dispatch_local(data);
            }
        }>
            <h3>{i18n.tr("evidence-upload")}</h3>
            <ActionResult result done_key="evidence-added" />
            <input type="hidden" name="recommendation_id" value=id />
            <div class="field">
                <label for="evidence-file">{i18n.tr("evidence-field-file")}</label>
                <input id="evidence-file" name="file" type="file" required=true
                    accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.txt,.md,.csv,.mp3,.mp4,.m4a,.mov" />
                <p class="hint">{i18n.tr("evidence-file-hint")}</p>
            </div>
            <SharedFields detail prefix="evidence-upload" named=|f| f.to_string() />
            <button type="submit" class="button" id="evidence-upload-save" disabled=move || actions.upload.pending().get()>
                {i18n.tr("evidence-upload")}
            </button>
        </form>
    }
}
