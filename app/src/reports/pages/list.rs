//! The reports page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::ReportsTable;
use crate::{
    i18n::use_i18n,
    layout::{Loaded, page_data},
    reports::api::{ReportList, list_reports},
};

/// Every report of the coalitions, with deadlines and progress.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let i18n = use_i18n();
    let reports = page_data(|| (), |_| list_reports());
    view! {
        <Title text=i18n.tr("reports-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("reports-title")}</h1>
                <p class="lead">{i18n.tr("reports-intro")}</p>
                <p><A href="/profiles">{i18n.tr("profiles-title")}</A></p>
            </header>
            <Loaded resource=reports view={move |list: ReportList| view! {
                {list.can_create.then(|| view! {
                    <p><A href="/reports/new" attr:class="button" attr:id="new-report">{i18n.tr("report-new")}</A></p>
                })}
                {if list.reports.is_empty() {
                    view! { <p class="empty-state">{i18n.tr("reports-empty")}</p> }.into_any()
                } else {
                    view! { <ReportsTable reports=list.reports caption="reports-title" /> }.into_any()
                }}
            }} />
        </section>
    }
}
