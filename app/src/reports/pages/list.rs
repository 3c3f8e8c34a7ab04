//! The reports page.

use leptos::prelude::*;
use leptos_meta::Title;

use super::ReportsTable;
use crate::{i18n::use_i18n, layout::ErrorNotice, reports::api::list_reports};

/// Every report of the coalitions, with deadlines and progress.
#[component]
pub fn ReportsPage() -> impl IntoView {
    let i18n = use_i18n();
    let reports = Resource::new(|| (), |_| list_reports());
    view! {
        <Title text=i18n.tr("reports-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("reports-title")}</h1>
                <p class="lead">{i18n.tr("reports-intro")}</p>
            </header>
            <Suspense fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
                {move || Suspend::new(async move {
                    match reports.await {
                        Ok(list) if list.is_empty() => {
                            view! { <p class="empty-state">{i18n.tr("reports-empty")}</p> }.into_any()
                        }
                        Ok(list) => view! { <ReportsTable reports=list caption="reports-title" /> }.into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
