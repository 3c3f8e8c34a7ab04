//! `/reports/:id/export`: the pre-submission check as a checklist, the draft download (always
//! possible), the final export (coordinators, when nothing blocks), the front matter, the
//! final exports kept with their SHA-256, and the submission record.

mod checklist;

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use self::checklist::Checklist;
use crate::{
    export::api::{ExportFinal, ExportRecord, ExportView, SaveFrontMatter, export_overview},
    i18n::use_i18n,
    layout::{ActionResult, Busy, DataTable, Loaded, page_data, use_route_id},
    reports::api::ChangeReportStatus,
    states::{Named, Publication, ReportStatus},
};

/// The page's server actions; the page reloads after any of them.
#[derive(Clone, Copy)]
struct ExportActions {
    final_export: ServerAction<ExportFinal>,
    front_matter: ServerAction<SaveFrontMatter>,
    submission: ServerAction<ChangeReportStatus>,
}

/// `/reports/:id/export`.
#[component]
pub fn ExportPage() -> impl IntoView {
    let id = use_route_id();
    let query = use_query_map();
    let language = move || query.read().get("language").unwrap_or_default();
    let actions = ExportActions {
        final_export: ServerAction::new(),
        front_matter: ServerAction::new(),
        submission: ServerAction::new(),
    };
    let view = page_data(
        move || {
            (
                id(),
                language(),
                actions.final_export.version().get(),
                actions.front_matter.version().get(),
                actions.submission.version().get(),
            )
        },
        |(id, language, ..)| export_overview(id, language),
    );
    provide_context(actions);
    view! {
        <section class="page page--wide">
            <Loaded resource=view view=|view: ExportView| view! { <Export view /> } />
        </section>
    }
}

#[component]
fn Export(view: ExportView) -> impl IntoView {
    let i18n = use_i18n();
    let actions = expect_context::<ExportActions>();
    let id = view.report_id;
    let report_link = format!("/reports/{id}");
    let draft_link = format!("/reports/{id}/export.docx");
    let words = view.words;
    let limit = view.word_limit;
    let counted = if view.notes_counted {
        words.body + words.notes
    } else {
        words.body
    };
    let usage = limit.map(|l| format!("{counted} / {l}"));
    let blocking = view.blocking;
    let can_manage = view.can_manage;
    let submitted = view.status == ReportStatus::Submitted;
    let title = view.title.clone();
    let checks = view.checks.clone();
    let file_name = view.file_name.clone();
    let exports = view.exports.clone();
    let languages = view.languages.clone();
    let code = view.language.map(|l| l.name()).unwrap_or_default();
    let front = can_manage.then(|| view! { <FrontMatterForm view=view.clone() /> });
    let submission = (can_manage && !view.exports.is_empty())
        .then(|| view! { <SubmissionForm view=view.clone() /> });
    view! {
        <Title text=i18n.tr("export-title") />
        <header class="page__header">
            <p class="breadcrumb"><A href=report_link>{title}</A></p>
            <h1>{i18n.tr("export-title")}</h1>
            <p class="lead">{i18n.tr("export-intro")}</p>
        </header>
        <LanguageTabs view=view.clone() />
        <div class="export-layout">
            <section class="card" aria-labelledby="check-title">
                <h2 class="card__title" id="check-title">{i18n.tr("export-check")}</h2>
                <dl class="facts">
                    <div><dt>{i18n.tr("export-words-body")}</dt><dd id="export-words-body">{words.body}</dd></div>
                    <div><dt>{i18n.tr("export-words-notes")}</dt><dd id="export-words-notes">{words.notes}</dd></div>
                    {usage.map(|u| view! { <div><dt>{i18n.tr("export-words-limit")}</dt><dd id="export-words-usage">{u}</dd></div> })}
                </dl>
                <Checklist items=checks />
            </section>
            <section class="card" aria-labelledby="files-title">
                <h2 class="card__title" id="files-title">{i18n.tr("export-files")}</h2>
                <p class="hint">{i18n.tr("export-file-name")}" "<code id="export-file-name">{file_name}</code></p>
                <div class="button-row">
                    <a class="button button--secondary" id="export-draft" href=draft_link rel="external" download="">
                        {i18n.tr("export-draft")}
                    </a>
                    {languages.into_iter().map(|language| {
                        let code = language.name();
                        view! {
                            <a class="button button--secondary" id=format!("export-draft-{code}")
                                href=format!("/reports/{id}/export.docx?language={code}") rel="external" download="">
                                {i18n.tr("export-draft-in")}" "{i18n.label(language)}
                            </a>
                        }
                    }).collect_view()}
                    {(can_manage && !submitted).then(|| view! {
                        <ActionForm action=actions.final_export attr:class="form form--inline" attr:id="export-final-form">
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="language" value=code />
                            <button type="submit" class="button" id="export-final"
                                disabled=move || blocking || actions.final_export.pending().get()
                                aria-describedby="export-final-hint">
                                {i18n.tr("export-final")}
                            </button>
                        </ActionForm>
                    })}
                </div>
                <p class="hint" id="export-final-hint">
                    {move || if blocking { i18n.tr("export-final-blocked")() } else { i18n.tr("export-final-hint")() }}
                </p>
                <Busy pending=actions.final_export.pending().into() label_key="export-final-working" id="export-final-busy" />
                <ActionResult result=actions.final_export.value().into() done_key="export-final-done" />
                <Exports exports />
            </section>
            {front}
            {submission}
        </div>
    }
    .into_any()
}

/// The report's languages, one link each: the page checks and exports the chosen one.
#[component]
fn LanguageTabs(view: ExportView) -> impl IntoView {
    let i18n = use_i18n();
    if view.languages.is_empty() {
        return ().into_any();
    }
    let id = view.report_id;
    let current = view.language;
    let own = view.source_language.clone();
    let tab = move |code: String, label: String, selected: bool| {
        let query = if code == own {
            String::new()
        } else {
            format!("?language={code}")
        };
        view! {
            <li>
                <A href=format!("/reports/{id}/export{query}") attr:data-language=code
                    attr:aria-current=selected.then_some("page")>
                    {label}
                </A>
            </li>
        }
    };
    let own_label = crate::states::Language::parse(&view.source_language)
        .map_or_else(|| view.source_language.to_uppercase(), |l| i18n.label(l)());
    view! {
        <nav class="tabs" aria-label=i18n.tr("export-language") id="export-languages">
            <p class="hint">{i18n.tr("export-language")}</p>
            <ul>
                {tab(view.source_language.clone(), own_label, current.is_none())}
                {view.languages.iter().map(|&l| tab(l.name().to_string(), i18n.label(l)(), current == Some(l))).collect_view()}
            </ul>
        </nav>
    }
    .into_any()
}

#[component]
fn Exports(exports: Vec<ExportRecord>) -> impl IntoView {
    let i18n = use_i18n();
    if exports.is_empty() {
        return view! { <p class="empty" id="exports-empty">{i18n.tr("export-none")}</p> }
            .into_any();
    }
    view! {
        <DataTable caption="export-kept" caption_shown=true columns=["export-col-name", "export-col-when", "export-col-words", "export-col-sha256", "export-col-file"] id="exports">
            {exports.into_iter().map(|e| {
                let href = format!("/exports/reports/{}.docx", e.id);
                let who = e.exported_by.clone().unwrap_or_default();
                view! {
                    <tr>
                        <th scope="row">{e.name.clone()}</th>
                        <td>{e.exported_at.clone()}" · "{who}</td>
                        <td>{e.body_words}" + "{e.note_words}</td>
                        <td><code class="hash">{e.sha256.clone()}</code></td>
                        <td><a href=href rel="external" download="">{e.file_name.clone()}</a></td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}

#[component]
fn FrontMatterForm(view: ExportView) -> impl IntoView {
    let i18n = use_i18n();
    let actions = expect_context::<ExportActions>();
    let front = view.front_matter.clone();
    let publication = front.publication.clone();
    view! {
        <section class="card" aria-labelledby="front-title">
            <h2 class="card__title" id="front-title">{i18n.tr("export-front-matter")}</h2>
            <ActionForm action=actions.front_matter attr:class="form" attr:id="front-matter-form">
                <input type="hidden" name="front[report_id]" value=front.report_id />
                <input type="hidden" name="front[version]" value=front.version />
                <div class="field">
                    <label for="front-publication">{i18n.tr("front-matter-publication_statement")}</label>
                    <select id="front-publication" name="front[publication]">
                        {Publication::ALL.iter().map(|&p| {
                            let selected = publication == p.name();
                            view! { <option value=p.name() selected=selected>{i18n.label(p)}</option> }
                        }).collect_view()}
                    </select>
                    {view.wants_publication.then(|| view! { <p class="hint">{i18n.tr("export-publication-hint")}</p> })}
                </div>
                <div class="field">
                    <label for="front-keywords">{i18n.tr("front-matter-keywords")}</label>
                    <input id="front-keywords" name="front[keywords]" type="text" maxlength="2000" value=front.keywords.clone() />
                    <p class="hint">{i18n.tr("export-keywords-hint")}</p>
                </div>
                <button type="submit" class="button" id="front-matter-save">{i18n.tr("account-save")}</button>
                <ActionResult result=actions.front_matter.value().into() done_key="account-saved" />
            </ActionForm>
        </section>
    }
}

#[component]
fn SubmissionForm(view: ExportView) -> impl IntoView {
    let i18n = use_i18n();
    let actions = expect_context::<ExportActions>();
    view! {
        <section class="card" aria-labelledby="submission-title">
            <h2 class="card__title" id="submission-title">{i18n.tr("export-submission")}</h2>
            <p class="hint">{i18n.tr("export-submission-hint")}</p>
            <ActionForm action=actions.submission attr:class="form" attr:id="record-submission-form">
                <input type="hidden" name="id" value=view.report_id />
                <input type="hidden" name="version" value=view.version />
                <input type="hidden" name="status" value=ReportStatus::Submitted.name() />
                <div class="field">
                    <label for="export-submitted-on">{i18n.tr("report-submitted-on")}</label>
                    <input id="export-submitted-on" name="submitted_on" type="date" required=true
                        value=view.submitted_on.clone().unwrap_or_default() />
                </div>
                <div class="field">
                    <label for="export-reference">{i18n.tr("report-reference")}</label>
                    <input id="export-reference" name="reference" type="text" maxlength="200" required=true
                        value=view.submission_reference.clone().unwrap_or_default() />
                </div>
                <button type="submit" class="button" id="record-submission">{i18n.tr("report-record-submission")}</button>
                <ActionResult result=actions.submission.value().into() done_key="account-saved" />
            </ActionForm>
        </section>
    }
}
