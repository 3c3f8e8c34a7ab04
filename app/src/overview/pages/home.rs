//! The overview page: coalitions and reports in progress.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::{
    i18n::use_i18n,
    layout::ErrorNotice,
    overview::api::{CoalitionSummary, load_overview},
    reports::pages::ReportsTable,
};

/// The landing page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = Resource::new(|| (), |_| load_overview());
    view! {
        <Title text=i18n.tr("home-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("home-title")}</h1>
                <p class="lead">{i18n.tr("home-intro")}</p>
            </header>
            <Suspense fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
                {move || Suspend::new(async move {
                    match overview.await {
                        Ok(o) if o.coalitions.is_empty() => {
                            view! { <p class="empty-state">{i18n.tr("home-empty")}</p> }.into_any()
                        }
                        Ok(o) => view! {
                            <h2>{i18n.tr("home-coalitions")}</h2>
                            <div class="card-grid">
                                {o.coalitions.into_iter().map(|c| view! { <CoalitionCard coalition=c /> }).collect_view()}
                            </div>
                            <h2>{i18n.tr("home-reports")}</h2>
                            <ReportsTable reports=o.reports caption="home-reports" />
                        }
                        .into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// One coalition: name, description, lead and size.
#[component]
fn CoalitionCard(coalition: CoalitionSummary) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <article class="card">
            <h3 class="card__title">{coalition.name}</h3>
            <p>{coalition.description}</p>
            <dl class="facts">
                <div>
                    <dt>{i18n.tr("home-lead")}</dt>
                    <dd>{coalition.lead_organisation}</dd>
                </div>
                <div>
                    <dt>{i18n.tr("nav-organisations")}</dt>
                    <dd>{i18n.tr_count("members-count", "count", coalition.member_count)}</dd>
                </div>
            </dl>
        </article>
    }
}
