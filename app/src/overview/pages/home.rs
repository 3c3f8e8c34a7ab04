//! The overview page: coalitions and reports in progress.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    auth::pages::use_auth,
    i18n::use_i18n,
    layout::{Loaded, page_data},
    overview::api::{CoalitionSummary, Overview, load_overview},
    recommendations::follow_up::api::CalendarEntry,
    reports::pages::ReportsTable,
    states::FollowUpStage,
};

/// The landing page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = page_data(|| (), |_| load_overview());
    view! {
        <Title text=i18n.tr("home-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("home-title")}</h1>
                <p class="lead">{i18n.tr("home-intro")}</p>
            </header>
            <Loaded resource=overview view={move |value: Overview| match value {
                o if o.coalitions.is_empty() => {
                    view! { <p class="empty-state">{i18n.tr("home-empty")}</p> <AdminStart /> }.into_any()
                }
                o => view! {
                    <DueItems due=o.due />
                    <h2>{i18n.tr("home-coalitions")}</h2>
                    <div class="card-grid">
                        {o.coalitions.into_iter().map(|c| view! { <CoalitionCard coalition=c /> }).collect_view()}
                    </div>
                    <h2>{i18n.tr("home-reports")}</h2>
                    <ReportsTable reports=o.reports caption="home-reports" />
                }
                .into_any(),
            }} />
        </section>
    }
}

/// For administrators of an instance without coalitions: where to begin.
#[component]
fn AdminStart() -> impl IntoView {
    let i18n = use_i18n();
    let auth = use_auth();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let is_admin = matches!(auth.user.await, Ok(Some(user)) if user.is_admin);
                is_admin.then(|| view! {
                    <p><A href="/admin/coalitions" attr:class="button">{i18n.tr("home-empty-admin")}</A></p>
                })
            })}
        </Suspense>
    }
}

/// Follow-up items overdue or due soon, the first of them listed.
#[component]
fn DueItems(due: Vec<CalendarEntry>) -> impl IntoView {
    let i18n = use_i18n();
    let overdue = due
        .iter()
        .filter(|e| e.stage == FollowUpStage::Overdue)
        .count() as i64;
    let soon = due
        .iter()
        .filter(|e| e.stage == FollowUpStage::DueSoon)
        .count() as i64;
    (!due.is_empty()).then(|| {
        view! {
            <section class="notice notice--warning due-items" id="due-items" aria-labelledby="due-items-title">
                <h2 class="notice__title" id="due-items-title">{i18n.tr("home-due-title")}</h2>
                <p>
                    {i18n.tr_count("home-due-overdue", "count", overdue)}" · "
                    {i18n.tr_count("home-due-soon", "count", soon)}" · "
                    <A href="/recommendations/calendar">{i18n.tr("calendar-title")}</A>
                </p>
                <ul class="plain-list">
                    {due.into_iter().take(6).map(|e| view! {
                        <li>
                            <time datetime=e.due.clone() class="nowrap">{e.due.clone()}</time>" "
                            <A href=e.link.clone()>{e.title.clone()}</A>" "
                            <span class=format!("badge badge--{}", e.stage)>{i18n.label(e.stage)}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}

/// One coalition: name, description, lead and size.
#[component]
fn CoalitionCard(coalition: CoalitionSummary) -> impl IntoView {
    let i18n = use_i18n();
    let id = coalition.id;
    let settings = coalition.can_manage.then(|| {
        view! {
            <A href=format!("/admin/coalitions/{id}") attr:id=format!("coalition-settings-{id}")>
                {i18n.tr("home-coalition-settings")}
            </A>
        }
    });
    let public = coalition.public_address.map(|address| {
        view! { <a href=format!("/p/{address}") rel="external">{i18n.tr("publication-heading")}</a> }
    });
    let links = (settings.is_some() || public.is_some()).then(|| {
        view! { <p class="card__links">{settings}" "{public}</p> }
    });
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
            {links}
        </article>
    }
}
