//! "Cite a recommendation" beside the editor's toolbar: find one of the coalition's
//! recommendations by words and insert its citation ("CCPR/C/KAZ/CO/2, para. 20") at the
//! cursor. The recommendation's page then lists the section among those that address it.

use leptos::{html::Textarea, prelude::*};

use super::toolbar::{edit_selection, insert};
use crate::{
    i18n::use_i18n,
    recommendations::{
        citation::citation,
        list::{
            api::{RecommendationRow, list_recommendations},
            query::encode,
        },
    },
};

/// Results offered at most.
const OFFERED: usize = 8;

/// The picker for `textarea`; `on_change` receives the text after an insertion.
#[component]
pub fn CitePicker(textarea: NodeRef<Textarea>, on_change: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let words = RwSignal::new(String::new());
    let find = Action::new(|words: &String| list_recommendations(format!("q={}", encode(words))));
    let search = move || {
        find.dispatch(words.get_untracked());
    };
    let results = move || {
        find.value().get().map(|result| match result {
            Ok(list) if list.rows.is_empty() => {
                view! { <p class="hint">{i18n.tr("cite-none")}</p> }.into_any()
            }
            Ok(list) => {
                let rows: Vec<RecommendationRow> = list.rows.into_iter().take(OFFERED).collect();
                view! {
                    <ul class="cite-results" id="cite-results">
                        {rows.into_iter().map(|row| {
                            let cited = citation(&row.symbol, &row.paragraph);
                            let snippet = cited.clone();
                            let excerpt: String = row.text.chars().take(140).collect();
                            view! {
                                <li>
                                    <button type="button" class="button button-small" data-cite=cited.clone()
                                        on:click=move |_| {
                                            let snippet = snippet.clone();
                                            edit_selection(textarea, on_change, move |text, start, end| insert(text, start, end, &snippet));
                                        }>
                                        {i18n.tr("cite-insert")}
                                    </button>
                                    " "<strong>{cited}</strong>
                                    <span class="cell-sub">{excerpt}</span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }
            Err(error) => view! { <p class="notice notice--error" role="alert">{error.to_string()}</p> }.into_any(),
        })
    };
    view! {
        <details class="cite-picker" id="cite-picker">
            <summary>{i18n.tr("cite-title")}</summary>
            <div class="form--inline">
                <div class="field">
                    <label for="cite-words">{i18n.tr("cite-search")}</label>
                    <input id="cite-words" type="search"
                        prop:value=move || words.get()
                        on:input=move |ev| words.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                search();
                            }
                        } />
                </div>
                <button type="button" class="button button-secondary" id="cite-find" on:click=move |_| search()>
                    {i18n.tr("cite-find")}
                </button>
            </div>
            <div aria-live="polite">{results}</div>
        </details>
    }
}
