//! `/recommendations`: the recommendations of the viewer's coalitions, filtered by mechanism
//! and words (the filters live in the address, so a view can be shared).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_query_map};

use crate::{
    i18n::use_i18n,
    layout::Loaded,
    recommendations::api::{RecommendationList, RecommendationRow, list_recommendations},
};

/// Recommendations and their implementation.
#[component]
pub fn RecommendationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filters = move || {
        query.with(|q| {
            (
                q.get("mechanism").unwrap_or_default(),
                q.get("q").unwrap_or_default(),
            )
        })
    };
    let list = Resource::new(filters, |(mechanism, words)| {
        list_recommendations(mechanism, words)
    });
    view! {
        <Title text=i18n.tr("recommendations-title") />
        <section class="page page--wide">
            <header class="page__header">
                <h1>{i18n.tr("recommendations-title")}</h1>
                <p class="lead">{i18n.tr("recommendations-intro")}</p>
            </header>
            <Loaded resource=list view=move |list: RecommendationList| {
                let (mechanism, words) = filters();
                view! { <Recommendations list mechanism words /> }
            } />
        </section>
    }
}

#[component]
fn Recommendations(list: RecommendationList, mechanism: String, words: String) -> impl IntoView {
    let i18n = use_i18n();
    let importable = !list.importable.is_empty();
    let total = list.total as i64;
    view! {
        {importable.then(|| view! {
            <p class="button-row">
                <A href="/recommendations/import" attr:class="button button-secondary" attr:id="import-recommendations-link">
                    {i18n.tr("rec-import-title")}
                </A>
            </p>
        })}
        <form class="filters" role="search" method="get" action="/recommendations" id="recommendation-filters">
            <div class="field">
                <label for="filter-mechanism">{i18n.tr("rec-mechanism")}</label>
                <select id="filter-mechanism" name="mechanism">
                    <option value="">{i18n.tr("filter-all")}</option>
                    {list.mechanisms.iter().map(|code| {
                        let selected = *code == mechanism;
                        view! { <option value=code.clone() selected=selected>{code.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-words">{i18n.tr("rec-search")}</label>
                <input id="filter-words" name="q" type="search" value=words />
            </div>
            <button type="submit" class="button">{i18n.tr("rec-search-button")}</button>
        </form>
        <p class="hint" id="recommendation-count">{i18n.tr_count("rec-count", "count", total)}</p>
        {if list.rows.is_empty() {
            view! { <p class="empty-state">{i18n.tr("recommendations-empty")}</p> }.into_any()
        } else {
            view! {
                <table class="data-table" id="recommendations">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.tr("rec-document")}</th>
                            <th scope="col">{i18n.tr("rec-text")}</th>
                            <th scope="col">{i18n.tr("rec-position")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {list.rows.into_iter().map(|row| view! { <Row row /> }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }}
    }
}

#[component]
fn Row(row: RecommendationRow) -> impl IntoView {
    let i18n = use_i18n();
    let reference = if row.paragraph.is_empty() {
        row.symbol.clone()
    } else {
        format!("{}, para. {}", row.symbol, row.paragraph)
    };
    view! {
        <tr data-recommendation=row.id>
            <th scope="row">
                <abbr class="mechanism">{row.mechanism.clone()}</abbr>" "{reference}
                {(!row.recommending_states.is_empty()).then(|| view! { <span class="cell-sub">{row.recommending_states.clone()}</span> })}
            </th>
            <td>
                {row.text.clone()}
                {(!row.themes.is_empty()).then(|| view! { <span class="cell-sub">{row.themes.join(" · ")}</span> })}
            </td>
            <td>{row.upr_position.clone().map(|p| i18n.tr_owned(format!("rec-position-{p}")))}</td>
        </tr>
    }
}
