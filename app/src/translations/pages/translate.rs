//! `/sections/:id/translations/:language`: a section's translation beside the section's own
//! text, paragraph by paragraph (each of the section's beside a text box for its translation), with what changed in the text since the translation was
//! made, the glossary terms it uses, paragraphs translated before offered for reuse; saving it
//! (finished or not), approving it, and assigning its translator.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_params_map};

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, Completions, Loaded, page_data, use_route_id},
    sections::pages::DiffParts,
    states::Named,
    translations::api::{
        ApproveTranslation, AssignTranslator, Reuse, SaveTranslation, SourceParagraph, TermUse,
        TranslationRevision, TranslationView, section_translation,
    },
};
use std::sync::Arc;

/// `/sections/:id/translations/:language`.
#[component]
pub fn TranslationPage() -> impl IntoView {
    let id = use_route_id();
    let params = use_params_map();
    let language = move || params.read().get("language").unwrap_or_default();
    let save = ServerAction::<SaveTranslation>::new();
    let approve = ServerAction::<ApproveTranslation>::new();
    let assign = ServerAction::<AssignTranslator>::new();
    let completions = Completions::new();
    completions.watch(save.value().into());
    completions.watch(approve.value().into());
    completions.watch(assign.value().into());
    let translation = page_data(
        move || (id(), language(), completions.count()),
        |(id, language, _)| section_translation(id, language),
    );
    view! {
        <section class="page page--wide translation-page">
            <Loaded resource=translation view={move |t: TranslationView| view! { <Translation t save approve assign /> }} />
        </section>
    }
}

#[component]
fn Translation(
    t: TranslationView,
    save: ServerAction<SaveTranslation>,
    approve: ServerAction<ApproveTranslation>,
    assign: ServerAction<AssignTranslator>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = i18n.label(t.language);
    let state = match t.state {
        Some(state) => i18n.label(state)(),
        None => i18n.tr("translation-state-missing")(),
    };
    let code = t.language.name();
    let placeholder = t.section_title.clone();
    let translator = view! { <Translator t=t.clone() assign /> };
    // One row per paragraph of the section, and one per paragraph the translation has beyond.
    let rows = t.source_paragraphs.len().max(t.paragraphs.len()).max(1);
    let glossary: Arc<[TermUse]> = t.glossary.clone().into();
    let source_lang = t.source_language.clone();
    view! {
        <Title text=format!("{} · {}", t.section_title, language()) />
        <header class="page__header">
            <p class="breadcrumb">
                <A href=format!("/reports/{}", t.report_id)>{t.report_title.clone()}</A>" / "
                <A href=format!("/sections/{}", t.section_id)>{t.section_title.clone()}</A>
            </p>
            <h1>{i18n.tr("translation-title")}": "{language}</h1>
            <p class="lead">
                <span class="badge" id="translation-state" data-state=t.state.map(|s| s.to_string()).unwrap_or_default()>{state}</span>
                " "{i18n.tr("translation-based-on")}" v"{t.based_on}" · "{i18n.tr("translation-source-now")}" v"{t.source_version}
            </p>
        </header>
        {translator}
        {(!t.source_changes.is_empty()).then(|| view! {
            <section class="card" id="source-changes" aria-labelledby="source-changes-title">
                <h2 id="source-changes-title">{i18n.tr("translation-source-changes")}" v"{t.based_on}" → v"{t.source_version}</h2>
                <div class="diff">
                    <DiffParts parts=t.source_changes.clone() />
                </div>
            </section>
        })}
        {(!t.body.trim().is_empty() && t.glossary.iter().any(|term| !term.used)).then(|| view! {
            <div class="notice notice--warning" role="status" id="glossary-warnings">
                <p>{i18n.tr("translation-glossary-missing")}</p>
                <ul>
                    {t.glossary.iter().filter(|term| !term.used).map(|term| view! {
                        <li>{term.source.clone()}" → "<strong>{term.target.clone()}</strong></li>
                    }).collect_view()}
                </ul>
            </div>
        })}
        {(!t.missing_notes.is_empty()).then(|| view! {
            <div class="notice notice--warning" role="status" id="missing-notes">
                <p>{i18n.tr("translation-missing-notes")}" "{t.missing_notes.iter().map(|n| format!("[^{n}]")).collect::<Vec<_>>().join(", ")}</p>
            </div>
        })}
        <ActionForm action=save attr:class="form translation-editor" attr:id="translation-form">
            <input type="hidden" name="section_id" value=t.section_id />
            <input type="hidden" name="language" value=code />
            <input type="hidden" name="base_version" value=t.version />
            <div class="field">
                <label for="translation-title">{i18n.tr("translation-heading")}</label>
                <input id="translation-title" name="title" type="text" value=t.title.clone()
                    placeholder=placeholder readonly=!t.can_edit />
            </div>
            <div class="aligned__headings" aria-hidden="true">
                <p>{i18n.tr("translation-source")}" ("{t.source_language.clone()}")"</p>
                <p>{i18n.tr("translation-text")}" ("{code}")"</p>
            </div>
            <ol class="aligned" id="aligned-paragraphs">
                {(0..rows).map(|index| view! {
                    <AlignedRow
                        index
                        source=t.source_paragraphs.get(index).cloned()
                        text=t.paragraphs.get(index).cloned().unwrap_or_default()
                        glossary=glossary.clone()
                        can_edit=t.can_edit
                        source_lang=source_lang.clone()
                        lang=code
                    />
                }).collect_view()}
            </ol>
            {t.can_edit.then(|| view! {
                <div class="field field--check">
                    <input id="translation-complete" name="complete" type="checkbox" value="on" />
                    <label for="translation-complete">{i18n.tr("translation-complete")}</label>
                </div>
                <button type="submit" class="button" id="save-translation">{i18n.tr("translation-save")}</button>
            })}
            <p class="hint" id="translation-words">
                {i18n.tr_count("translation-words", "count", t.words.body)}" · "
                {i18n.tr_count("translation-source-words", "count", t.source_words.body)}
            </p>
            <ActionResult result=save.value().into() done_key="translation-saved" />
        </ActionForm>
        {t.can_approve.then(|| view! {
            <ActionForm action=approve attr:class="form form--inline" attr:id="approve-translation-form">
                <input type="hidden" name="section_id" value=t.section_id />
                <input type="hidden" name="language" value=code />
                <input type="hidden" name="version" value=t.version />
                <button type="submit" class="button button-secondary" id="approve-translation">{i18n.tr("translation-approve")}</button>
            </ActionForm>
        })}
        <ActionResult result=approve.value().into() done_key="translation-approved" />
        {(!t.glossary.is_empty()).then(|| view! {
            <section class="card" aria-labelledby="glossary-terms-title">
                <h2 id="glossary-terms-title">{i18n.tr("translation-glossary")}</h2>
                <dl class="glossary-terms" id="glossary-terms">
                    {t.glossary.iter().map(|term| view! {
                        <div class:missing=!term.used>
                            <dt>{term.source.clone()}</dt>
                            <dd>{term.target.clone()}</dd>
                        </div>
                    }).collect_view()}
                </dl>
            </section>
        })}
        <History history=t.history.clone() lang=code />
    }
}

/// The translation's saved versions, newest first, each with what it changed.
#[component]
fn History(history: Vec<TranslationRevision>, lang: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    if history.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="card" id="translation-history" aria-labelledby="translation-history-title">
            <h2 class="card__title" id="translation-history-title">{i18n.tr("translation-history")}</h2>
            <ol class="history-list" reversed=true>
                {history.into_iter().map(|r| view! {
                    <li data-version=r.version>
                        <p class="hint">
                            "v"{r.version}" · "{r.saved_at}" UTC · "{r.author.unwrap_or_default()}" · "
                            {i18n.tr("translation-based-on")}" v"{r.source_version}
                        </p>
                        <p class="diff" lang=lang>
                            <DiffParts parts=r.changes />
                        </p>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

/// Who translates the section into the language; coordinators choose here.
#[component]
fn Translator(t: TranslationView, assign: ServerAction<AssignTranslator>) -> impl IntoView {
    let i18n = use_i18n();
    let current = t.translator.as_ref().map_or(0, |p| p.id);
    let name = t
        .translator
        .as_ref()
        .map(|p| p.name.clone())
        .unwrap_or_else(|| i18n.tr("translation-translator-none")());
    view! {
        <section class="card" id="translator" aria-labelledby="translator-title">
            <h2 id="translator-title">{i18n.tr("translation-translator")}</h2>
            {if t.can_assign {
                view! {
                    <ActionForm action=assign attr:class="form form--inline" attr:id="assign-translator-form">
                        <input type="hidden" name="section_id" value=t.section_id />
                        <input type="hidden" name="language" value=t.language.name() />
                        <div class="field">
                            <label for="translator-select">{i18n.tr("translation-translator")}</label>
                            <select id="translator-select" name="translator">
                                <option value="0" selected={current == 0}>{i18n.tr("translation-translator-none")}</option>
                                {t.candidates.iter().map(|p| view! {
                                    <option value=p.id selected={p.id == current}>{p.name.clone()}</option>
                                }).collect_view()}
                            </select>
                        </div>
                        <button type="submit" class="button button-secondary" id="assign-translator">{i18n.tr("translation-assign")}</button>
                    </ActionForm>
                    <ActionResult result=assign.value().into() done_key="translation-assigned" />
                }
                .into_any()
            } else {
                view! { <p id="translator-name">{name}</p> }.into_any()
            }}
        </section>
    }
}

/// One row of the side-by-side editor: paragraph `index` of the section (marked when it
/// changed since the translation was made, its glossary terms underlined, a translation made
/// before offered) beside the translation's paragraph in its own text box.
#[component]
fn AlignedRow(
    index: usize,
    source: Option<SourceParagraph>,
    text: String,
    glossary: Arc<[TermUse]>,
    can_edit: bool,
    source_lang: String,
    lang: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let area = NodeRef::<leptos::html::Textarea>::new();
    let changed = source.as_ref().is_some_and(|p| p.changed);
    let (field, described) = (format!("paragraph-{index}"), format!("source-{index}"));
    let longest = source
        .as_ref()
        .map_or(0, |p| p.text.chars().count())
        .max(text.chars().count());
    let height = (longest / 70 + 2).clamp(2, 24);
    let reuse = source.as_ref().and_then(|p| p.reuse.clone()).map(|reuse| {
        view! {
            <ReuseOffer reuse index area can_edit lang />
        }
    });
    let parts = source.map(|p| p.parts).unwrap_or_default();
    view! {
        <li class="aligned__row" class:changed=changed data-row=index>
            <div class="aligned__source" id=described.clone() lang=source_lang>
                {changed.then(|| view! { <span class="badge">{i18n.tr("translation-paragraph-changed")}</span>" " })}
                {parts.into_iter().map(|part| match part.term.and_then(|i| glossary.get(i)) {
                    Some(term) => view! {
                        <span class="term" tabindex="0" title=term.target.clone() data-term=term.source.clone()>{part.text}</span>
                    }.into_any(),
                    None => part.text.into_any(),
                }).collect_view()}
                {reuse}
            </div>
            <div class="aligned__target">
                <label class="visually-hidden" for=field.clone()>
                    {i18n.tr_count("translation-paragraph", "count", index as i64 + 1)}
                </label>
                <textarea id=field name=format!("paragraphs[{index}]") rows=height node_ref=area
                    lang=lang readonly=!can_edit spellcheck="true" aria-describedby=described>{text}</textarea>
            </div>
        </li>
    }
}

/// A paragraph translated before, offered beside the section's paragraph `index`: where it
/// is from, how its source differed when it was not the very same, and a button that puts it
/// into the translation's text box beside it.
#[component]
fn ReuseOffer(
    reuse: Reuse,
    index: usize,
    area: NodeRef<leptos::html::Textarea>,
    can_edit: bool,
    lang: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = if reuse.same {
        "translation-reuse-same"
    } else {
        "translation-reuse-alike"
    };
    let text = reuse.translation.clone();
    let put = move |_| {
        if let Some(area) = area.get() {
            area.set_value(&text);
        }
    };
    view! {
        <div class="reuse" data-reuse=index>
            <p class="hint">{i18n.tr(key)}" "<cite>{reuse.from.clone()}</cite></p>
            {(!reuse.same).then(|| view! {
                <p class="diff">
                    <DiffParts parts=reuse.source_changes.clone() />
                </p>
            })}
            <blockquote lang=lang>{reuse.translation.clone()}</blockquote>
            {can_edit.then(|| view! {
                <button type="button" class="button button-small button-secondary" on:click=put>
                    {i18n.tr("translation-reuse")}
                </button>
            })}
        </div>
    }
}
