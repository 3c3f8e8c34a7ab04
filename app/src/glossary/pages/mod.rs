//! `/glossary`: the standard UN terms and each of the viewer's coalitions' own, with their
//! equivalents per language; coordinators add and remove their coalition's terms.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;

use crate::{
    glossary::api::{AddGlossaryTerm, GlossaryView, RemoveGlossaryTerm, TermRow, glossary},
    i18n::use_i18n,
    layout::{ActionResult, Completions, DataTable, Loaded, page_data},
    states::{Language, Named},
};

/// `/glossary`.
#[component]
pub fn GlossaryPage() -> impl IntoView {
    let i18n = use_i18n();
    let add = ServerAction::<AddGlossaryTerm>::new();
    let remove = ServerAction::<RemoveGlossaryTerm>::new();
    let completions = Completions::new();
    completions.watch(add.value().into());
    completions.watch(remove.value().into());
    let view = page_data(move || completions.count(), |_| glossary());
    view! {
        <Title text=i18n.tr("glossary-title") />
        <section class="page page--wide">
            <header class="page__header">
                <h1>{i18n.tr("glossary-title")}</h1>
                <p class="lead">{i18n.tr("glossary-intro")}</p>
            </header>
            <Loaded resource=view view={move |view: GlossaryView| view! { <Glossary view add remove /> }} />
        </section>
    }
}

#[component]
fn Glossary(
    view: GlossaryView,
    add: ServerAction<AddGlossaryTerm>,
    remove: ServerAction<RemoveGlossaryTerm>,
) -> impl IntoView {
    let i18n = use_i18n();
    let coalitions = view
        .coalitions
        .into_iter()
        .map(|c| {
            let id = c.coalition_id;
            let heading = format!("glossary-coalition-{id}");
            let labelled_by = heading.clone();
            view! {
                <section class="card" aria-labelledby=labelled_by data-coalition=id>
                    <h2 class="card__title" id=heading>{i18n.tr("glossary-own")}" · "{c.name.clone()}</h2>
                    {if c.terms.is_empty() {
                        view! { <p class="empty">{i18n.tr("glossary-none")}</p> }.into_any()
                    } else {
                        view! { <Terms terms=c.terms.clone() remove=c.can_manage.then_some(remove) /> }.into_any()
                    }}
                    {c.can_manage.then(|| view! { <AddTerm coalition_id=id add /> })}
                </section>
            }
        })
        .collect_view();
    view! {
        {coalitions}
        <ActionResult result=remove.value().into() done_key="glossary-removed" />
        <section class="card" aria-labelledby="glossary-standard">
            <h2 class="card__title" id="glossary-standard">{i18n.tr("glossary-standard")}</h2>
            <Terms terms=view.standard remove=None />
        </section>
    }
}

/// The languages a glossary table shows: those of the standard terms.
const SHOWN: [Language; 3] = [Language::En, Language::Ru, Language::Kk];

/// Terms as a table, a column per language, with a remove button where `remove` is given.
#[component]
fn Terms(terms: Vec<TermRow>, remove: Option<ServerAction<RemoveGlossaryTerm>>) -> impl IntoView {
    let i18n = use_i18n();
    let others: Vec<Language> = Language::ALL
        .iter()
        .copied()
        .filter(|l| !SHOWN.contains(l))
        .filter(|l| {
            terms.iter().any(|t| {
                t.equivalents
                    .iter()
                    .any(|(lang, text)| lang == l && !text.is_empty())
            })
        })
        .collect();
    let languages: Vec<Language> = SHOWN.into_iter().chain(others).collect();
    let columns: Vec<&'static str> = languages
        .iter()
        .map(|l| l.message())
        .chain(remove.is_some().then_some("col-actions"))
        .collect();
    let rows = terms
        .into_iter()
        .map(|term| {
            let cells = languages
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    let text = term
                        .equivalents
                        .iter()
                        .find(|(lang, _)| lang == l)
                        .map(|(_, t)| t.clone())
                        .unwrap_or_default();
                    let lang = l.name();
                    if i == 0 {
                        view! { <th scope="row" lang=lang>{text}</th> }.into_any()
                    } else {
                        view! { <td lang=lang>{text}</td> }.into_any()
                    }
                })
                .collect_view();
            let id = term.id;
            let button = remove.map(|remove| {
                view! {
                    <td>
                        <button type="button" class="button button-small button-secondary" data-term=id
                            on:click=move |_| { remove.dispatch(RemoveGlossaryTerm { id }); }>
                            {i18n.tr("glossary-remove")}
                        </button>
                    </td>
                }
            });
            view! { <tr data-term=id>{cells}{button}</tr> }
        })
        .collect_view();
    view! {
        <DataTable caption="glossary-title" columns=columns class="glossary-table">
            {rows}
        </DataTable>
    }
}

/// The form that adds a term to coalition `coalition_id`'s glossary.
#[component]
fn AddTerm(coalition_id: i32, add: ServerAction<AddGlossaryTerm>) -> impl IntoView {
    let i18n = use_i18n();
    let fields = Language::ALL
        .iter()
        .map(|&l| {
            let id = format!("glossary-{coalition_id}-{}", l.name());
            view! {
                <div class="field">
                    <label for=id.clone()>{i18n.label(l)}</label>
                    <input id=id name=format!("term[{}]", l.name()) type="text" maxlength="200" lang=l.name() />
                </div>
            }
        })
        .collect_view();
    view! {
        <ActionForm action=add attr:class="form form--grid" attr:id=format!("glossary-add-{coalition_id}")>
            <input type="hidden" name="coalition_id" value=coalition_id />
            {fields}
            <button type="submit" class="button">{i18n.tr("glossary-add")}</button>
            <ActionResult result=add.value().into() done_key="glossary-added" />
        </ActionForm>
    }
}
