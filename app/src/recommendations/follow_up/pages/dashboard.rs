//! `/recommendations/dashboard`: implementation levels by mechanism, theme and cycle as
//! charts, and the lists to act on — supported but not implemented, overdue follow-ups, and
//! where the State and the coalition disagree. It takes the list's search and facets from
//! the address, so any view of the list has its dashboard.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_location};

use super::level_chart::{LevelChart, LevelLegend};
use crate::{
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data},
    recommendations::{
        citation::citation,
        follow_up::api::{Dashboard, recommendation_dashboard},
        list::api::RecommendationRow,
        scales::level_text,
    },
};

/// `/recommendations/dashboard`.
#[component]
pub fn RecommendationDashboardPage() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let dashboard = page_data(
        move || location.search.get().trim_start_matches('?').to_string(),
        recommendation_dashboard,
    );
    view! {
        <Title text=i18n.tr("dashboard-title") />
        <section class="page page--wide dashboard">
            <header class="page__header">
                <p class="breadcrumb"><A href="/recommendations">{i18n.tr("recommendations-title")}</A></p>
                <h1>{i18n.tr("dashboard-title")}</h1>
                <p class="lead">{i18n.tr("dashboard-intro")}</p>
            </header>
            <Loaded resource=dashboard view=|dashboard: Dashboard| view! { <Charts dashboard /> } />
        </section>
    }
}

#[component]
fn Charts(dashboard: Dashboard) -> impl IntoView {
    let i18n = use_i18n();
    let query = dashboard.query_string.clone();
    let list_link = if query.is_empty() {
        "/recommendations".to_string()
    } else {
        format!("/recommendations?{query}")
    };
    let [higher, same, lower] = dashboard.divergence_summary;
    view! {
        <p class="hint" id="dashboard-total">
            {i18n.tr_count("rec-count", "count", dashboard.total as i64)}" · "
            <A href=list_link>{i18n.tr("dashboard-open-list")}</A>
        </p>
        <LevelLegend />
        <div class="chart-grid">
            <LevelChart id="chart-mechanism" title="dashboard-by-mechanism" groups=dashboard.by_mechanism.clone() query_string=Some(query.clone()) />
            <LevelChart id="chart-cycle" title="dashboard-by-cycle" groups=dashboard.by_cycle.clone() query_string=Some(query.clone()) />
        </div>
        <LevelChart id="chart-theme" title="dashboard-by-theme" groups=dashboard.by_theme.clone() query_string=Some(query.clone()) />
        <section class="card" id="divergence-summary" aria-labelledby="divergence-summary-title">
            <h2 id="divergence-summary-title">{i18n.tr("dashboard-divergence")}</h2>
            <dl class="facts">
                <div><dt>{i18n.tr("dashboard-state-higher")}</dt><dd>{higher}</dd></div>
                <div><dt>{i18n.tr("dashboard-state-same")}</dt><dd>{same}</dd></div>
                <div><dt>{i18n.tr("dashboard-state-lower")}</dt><dd>{lower}</dd></div>
            </dl>
            {if dashboard.divergent.is_empty() {
                view! { <p class="hint">{i18n.tr("dashboard-no-divergence")}</p> }.into_any()
            } else {
                let rows = dashboard.divergent.iter().map(|d| view! {
                    <tr>
                        <th scope="row"><Reference row=d.row.clone() /></th>
                        <td>{level_text(i18n, &d.state)}</td>
                        <td>{level_text(i18n, &d.coalition)}</td>
                    </tr>
                }).collect_view();
                view! {
                    <DataTable caption="dashboard-divergence" columns=["rec-document", "assessor-state", "assessor-coalition"] id="divergent">
                        {rows}
                    </DataTable>
                    <More shown=dashboard.divergent.len() total=dashboard.divergent_total />
                }
                .into_any()
            }}
        </section>
        <RowList id="supported-not-implemented" title="dashboard-supported-not-implemented"
            rows=dashboard.supported_not_implemented.clone() total=dashboard.supported_not_implemented_total />
        <RowList id="overdue" title="dashboard-overdue" rows=dashboard.overdue.clone() total=dashboard.overdue_total />
    }
}

#[component]
fn Reference(row: RecommendationRow) -> impl IntoView {
    view! {
        <abbr class="mechanism">{row.mechanism.clone()}</abbr>" "
        <A href=format!("/recommendations/{}", row.id)>{citation(&row.symbol, &row.paragraph)}</A>
    }
}

#[component]
fn More(shown: usize, total: u64) -> impl IntoView {
    let i18n = use_i18n();
    (total > shown as u64).then(|| {
        view! { <p class="hint">{i18n.tr_count("dashboard-more", "count", (total - shown as u64) as i64)}</p> }
    })
}

#[component]
fn RowList(
    id: &'static str,
    title: &'static str,
    rows: Vec<RecommendationRow>,
    total: u64,
) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = format!("{id}-title");
    let shown = rows.len();
    view! {
        <section class="card" id=id aria-labelledby=title_id.clone()>
            <h2 id=title_id.clone()>{i18n.tr(title)}{format!(" ({total})")}</h2>
            {if rows.is_empty() {
                view! { <p class="hint">{i18n.tr("dashboard-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list dashboard-list">
                        {rows.into_iter().map(|row| {
                            let text = row.text.clone();
                            let extra = [row.lead.clone(), row.follow_up_due.clone()]
                                .into_iter()
                                .flatten()
                                .collect::<Vec<_>>()
                                .join(" · ");
                            view! {
                                <li>
                                    <Reference row />
                                    <span class="cell-sub">{text}</span>
                                    {(!extra.is_empty()).then(|| view! { <span class="cell-sub">{extra}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <More shown total />
                }
                .into_any()
            }}
        </section>
    }
}
