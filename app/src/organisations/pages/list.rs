//! The organisations page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{i18n::use_i18n, layout::ErrorNotice, organisations::api::list_organisations};

/// Member organisations and their branches.
#[component]
pub fn OrganisationsPage() -> impl IntoView {
    let i18n = use_i18n();
    let organisations = Resource::new(|| (), |_| list_organisations());
    view! {
        <Title text=i18n.tr("organisations-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("organisations-title")}</h1>
                <p class="lead">{i18n.tr("organisations-intro")}</p>
            </header>
            <Suspense fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
                {move || Suspend::new(async move {
                    match organisations.await {
                        Ok(list) if list.is_empty() => {
                            view! { <p class="empty-state">{i18n.tr("organisations-empty")}</p> }.into_any()
                        }
                        Ok(list) => view! {
                            <div class="table-wrap" tabindex="0">
                                <table class="data-table">
                                    <caption class="visually-hidden">{i18n.tr("organisations-title")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{i18n.tr("col-name")}</th>
                                            <th scope="col">{i18n.tr("col-short-name")}</th>
                                            <th scope="col">{i18n.tr("col-region")}</th>
                                            <th scope="col">{i18n.tr("col-branch-of")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
                                        {list.into_iter().map(|o| {
                                            let class = if o.branch_of.is_some() { "row--branch" } else { "" };
                                            view! {
                                                <tr class=class>
                                                    <th scope="row"><A href=format!("/organisations/{}", o.id)>{o.name}</A></th>
                                                    <td>{o.short_name}</td>
                                                    <td>{o.region.unwrap_or_default()} ", " {o.country}</td>
                                                    <td>{o.branch_of.unwrap_or_default()}</td>
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
