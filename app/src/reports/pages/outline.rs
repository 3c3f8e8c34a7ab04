//! One report: its sections with owners, status and words against their budgets.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_params_map};

use super::StatusBadge;
use crate::{i18n::use_i18n, layout::ErrorNotice, reports::api::report_outline};

/// `/reports/:id`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or_default()
    };
    let outline = Resource::new(id, report_outline);
    view! {
        <section class="page">
            <Suspense fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
                {move || Suspend::new(async move {
                    match outline.await {
                        Ok(report) => view! {
                            <Title text=report.title.clone() />
                            <header class="page__header">
                                <h1>{report.title.clone()}</h1>
                                <p class="lead">
                                    <abbr class="mechanism">{report.mechanism.clone()}</abbr>" · "
                                    {report.state_under_review.clone()}" "
                                    <StatusBadge status=report.status.clone() />
                                </p>
                            </header>
                            <div class="table-wrap">
                                <table class="data-table" id="report-outline">
                                    <caption class="visually-hidden">{i18n.tr("outline-title")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{i18n.tr("col-section")}</th>
                                            <th scope="col">{i18n.tr("col-organisation")}</th>
                                            <th scope="col">{i18n.tr("col-status")}</th>
                                            <th scope="col">{i18n.tr("col-words")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {report.sections.into_iter().map(|s| {
                                            let over = s.word_budget.is_some_and(|b| s.words > i64::from(b));
                                            let budget = s.word_budget.map(|b| format!(" / {b}")).unwrap_or_default();
                                            view! {
                                                <tr>
                                                    <th scope="row">
                                                        <A href=format!("/sections/{}", s.id)>{s.title}</A>
                                                    </th>
                                                    <td>{s.organisation.unwrap_or_default()}</td>
                                                    <td>{i18n.tr_owned(format!("section-status-{}", s.status))}</td>
                                                    <td class:over-budget=over>{s.words}{budget}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                        }
                        .into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
