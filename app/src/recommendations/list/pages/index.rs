//! `/recommendations`: full-text search over the viewer's coalitions' recommendations with
//! facets and their counts, pages, and saved views. Everything chosen lives in the address, so
//! a view can be shared by its link and every link works without scripts.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_location};

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, DataTable, Loaded, page_data},
    recommendations::{
        list::{
            api::{
                DeleteView, FacetGroup, RecommendationList, RecommendationRow, SaveView,
                list_recommendations,
            },
            query::{to_query, toggled},
        },
        scales::level_text,
    },
};

/// Recommendations and their implementation.
#[component]
pub fn RecommendationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let save = ServerAction::<SaveView>::new();
    let delete = ServerAction::<DeleteView>::new();
    let list = page_data(
        move || {
            (
                location.search.get().trim_start_matches('?').to_string(),
                save.version().get(),
                delete.version().get(),
            )
        },
        |(query, ..)| list_recommendations(query),
    );
    view! {
        <Title text=i18n.tr("recommendations-title") />
        <section class="page page--wide">
            <header class="page__header">
                <h1>{i18n.tr("recommendations-title")}</h1>
                <p class="lead">{i18n.tr("recommendations-intro")}</p>
            </header>
            <Loaded resource=list view={move |list: RecommendationList| view! { <Recommendations list save delete /> }} />
        </section>
    }
}

/// The chosen `(facet, value)` pairs of `list`.
fn chosen_of(list: &RecommendationList) -> Vec<(String, String)> {
    list.facets
        .iter()
        .flat_map(|g| {
            g.values
                .iter()
                .filter(|v| v.chosen)
                .map(|v| (g.facet.clone(), v.value.clone()))
        })
        .collect()
}

#[component]
fn Recommendations(
    list: RecommendationList,
    save: ServerAction<SaveView>,
    delete: ServerAction<DeleteView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = chosen_of(&list);
    let importable = !list.importable.is_empty();
    let total = list.total as i64;
    let query = list.query.clone();
    let current = to_query(&query, &chosen, 1);
    let facets = list.facets.clone();
    view! {
        <p class="button-row">
            <A href=format!("/recommendations/dashboard?{current}") attr:class="button button-secondary" attr:id="dashboard-link">
                {i18n.tr("dashboard-open")}
            </A>
            <A href="/recommendations/clusters" attr:class="button button-secondary" attr:id="clusters-link">
                {i18n.tr("clusters-title")}
            </A>
            <A href="/recommendations/calendar" attr:class="button button-secondary" attr:id="calendar-link">
                {i18n.tr("calendar-title")}
            </A>
            <a href=format!("/exports/recommendations.csv?{current}") class="button button-secondary"
                id="export-csv" rel="external nofollow" download="">{i18n.tr("export-csv")}</a>
            <a href=format!("/exports/recommendations.xlsx?{current}") class="button button-secondary"
                id="export-xlsx" rel="external nofollow" download="">{i18n.tr("export-xlsx")}</a>
            {importable.then(|| view! {
                <A href="/recommendations/import" attr:class="button button-secondary" attr:id="import-recommendations-link">
                    {i18n.tr("rec-import-title")}
                </A>
            })}
        </p>
        <div class="search-layout">
            <aside class="facets" aria-label=i18n.tr("facets-label") id="facets">
                {facets.into_iter().map(|group| view! { <Facet group query=query.clone() chosen=chosen.clone() /> }).collect_view()}
            </aside>
            <div class="search-results">
                <form class="filters" role="search" method="get" action="/recommendations" id="recommendation-filters">
                    <div class="field field--grow">
                        <label for="filter-words">{i18n.tr("rec-search")}</label>
                        <input id="filter-words" name="q" type="search" value=query.clone() aria-describedby="search-help" />
                    </div>
                    {chosen.iter().map(|(facet, value)| view! { <input type="hidden" name=facet.clone() value=value.clone() /> }).collect_view()}
                    <button type="submit" class="button">{i18n.tr("rec-search-button")}</button>
                </form>
                <details class="search-help" id="search-help">
                    <summary>{i18n.tr("search-help-title")}</summary>
                    <p>{i18n.tr("search-help")}</p>
                </details>
                {(!chosen.is_empty() || !query.is_empty()).then(|| view! {
                    <p class="chosen-filters">
                        <A href="/recommendations" attr:id="clear-filters">{i18n.tr("filters-clear")}</A>
                    </p>
                })}
                <p class="hint" id="recommendation-count" role="status">{i18n.tr_count("rec-count", "count", total)}</p>
                <SavedViews list=list.clone() current save delete />
                {if list.rows.is_empty() {
                    view! { <p class="empty-state">{i18n.tr("recommendations-empty")}</p> }.into_any()
                } else {
                    let rows = list.rows.clone();
                    view! {
                        <DataTable caption="recommendations-title" columns=["rec-document", "rec-text", "rec-position", "col-level", "rec-lead"] id="recommendations">
                            {rows.into_iter().map(|row| view! { <Row row /> }).collect_view()}
                        </DataTable>
                    }
                    .into_any()
                }}
                <Pages list chosen />
            </div>
        </div>
    }
}

#[component]
fn Facet(group: FacetGroup, query: String, chosen: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let facet = group.facet.clone();
    let id = format!("facet-{facet}");
    view! {
        <section class="facet" id=id.clone() aria-labelledby=format!("{id}-title")>
            <h2 class="facet__title" id=format!("{id}-title")>{i18n.tr_owned(format!("facet-{facet}"))}</h2>
            <ul class="facet__values">
                {group.values.into_iter().map(|value| {
                    let href = format!("/recommendations?{}", to_query(&query, &toggled(&chosen, &facet, &value.value), 1));
                    let label = if value.translated { i18n.tr_owned(value.label.clone())() } else { value.label.clone() };
                    let class = if value.chosen { "facet__value facet__value--chosen" } else { "facet__value" };
                    view! {
                        <li>
                            <a href=href class=class data-facet=facet.clone() data-value=value.value.clone()
                                aria-current=value.chosen.then_some("true")>
                                <span class="facet__label">{label}</span>
                                <span class="facet__count">{value.count}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {(group.more > 0).then(|| view! { <p class="hint">{i18n.tr_count("facet-more", "count", group.more as i64)}</p> })}
        </section>
    }
}

#[component]
fn Pages(list: RecommendationList, chosen: Vec<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let (page, pages) = (list.page, list.pages);
    let link = move |to: usize| format!("/recommendations?{}", to_query(&list.query, &chosen, to));
    (pages > 1).then(|| {
        view! {
            <nav class="pagination" aria-label=i18n.tr("pagination-label")>
                {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{i18n.tr("pagination-previous")}</a> })}
                <span>{format!("{page} / {pages}")}</span>
                {(page < pages).then(|| view! { <a href=link(page + 1) rel="next">{i18n.tr("pagination-next")}</a> })}
            </nav>
        }
    })
}

#[component]
fn SavedViews(
    list: RecommendationList,
    current: String,
    save: ServerAction<SaveView>,
    delete: ServerAction<DeleteView>,
) -> impl IntoView {
    let i18n = use_i18n();
    let coalitions = list.coalitions.clone();
    view! {
        // Kept open after a save, so the new view shows in the list.
        <details class="saved-views card" id="saved-views" open=move || matches!(save.value().get(), Some(Ok(_)))>
            <summary>{i18n.tr("views-title")}{format!(" ({})", list.views.len())}</summary>
            {if list.views.is_empty() {
                view! { <p class="hint">{i18n.tr("views-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list" id="saved-view-list">
                        {list.views.into_iter().map(|v| {
                            let id = v.id;
                            view! {
                                <li>
                                    <a href=format!("/recommendations?{}", v.query)>{v.name.clone()}</a>
                                    {v.shared.then(|| view! { " " <span class="badge">{i18n.tr("views-shared")}</span> })}
                                    {v.author.map(|a| view! { <span class="cell-sub">{a}</span> })}
                                    {v.can_delete.then(|| view! {
                                        <button type="button" class="button button-small button-secondary" data-action="delete-view"
                                            on:click=move |_| { delete.dispatch(DeleteView { id }); }>
                                            {i18n.tr("views-delete")}
                                        </button>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
            {(!coalitions.is_empty()).then(|| view! {
                <ActionForm action=save attr:class="form form--inline" attr:id="save-view-form">
                    <ActionResult result=save.value().into() done_key="views-saved" />
                    <input type="hidden" name="query_string" value=current.clone() />
                    <div class="field">
                        <label for="view-name">{i18n.tr("views-name")}</label>
                        <input id="view-name" name="name" type="text" required=true maxlength="120" />
                    </div>
                    <div class="field" hidden=coalitions.len() == 1>
                        <label for="view-coalition">{i18n.tr("rec-coalition")}</label>
                        <select id="view-coalition" name="coalition_id">
                            {coalitions.iter().map(|c| view! { <option value=c.id>{c.name.clone()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field field--check">
                        <input id="view-shared" name="shared" type="checkbox" />
                        <label for="view-shared">{i18n.tr("views-share")}</label>
                    </div>
                    <button type="submit" class="button" id="save-view">{i18n.tr("views-save")}</button>
                </ActionForm>
            })}
        </details>
    }
}

#[component]
fn Row(row: RecommendationRow) -> impl IntoView {
    let i18n = use_i18n();
    let reference = crate::recommendations::citation::citation(&row.symbol, &row.paragraph);
    let level_class = format!(
        "level level--{}",
        if row.level == "unassessed" {
            "none"
        } else {
            row.level.as_str()
        }
    );
    view! {
        <tr data-recommendation=row.id>
            <th scope="row">
                <abbr class="mechanism">{row.mechanism.clone()}</abbr>" "
                <A href=format!("/recommendations/{}", row.id)>{reference}</A>
                {(!row.recommending_states.is_empty()).then(|| view! { <span class="cell-sub">{row.recommending_states.clone()}</span> })}
            </th>
            <td>
                {row.text.clone()}
                {(!row.themes.is_empty()).then(|| view! { <span class="cell-sub">{row.themes.join(" · ")}</span> })}
            </td>
            <td>{row.upr_position.map(|p| i18n.label(p))}</td>
            <td><span class=level_class>{level_text(i18n, &row.level)}</span></td>
            <td>
                {row.lead.clone()}
                {row.follow_up_due.clone().map(|d| view! { <span class="cell-sub nowrap">{i18n.tr("rec-follow-up-due")}": "{d}</span> })}
            </td>
        </tr>
    }
}
