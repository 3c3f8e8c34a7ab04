//! `/recommendations/clusters`: the coalition's clusters, how many recommendations each holds,
//! and the organisation leading its follow-up (coordinators change it).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, DataTable, Loaded, page_data},
    recommendations::{
        list::query::encode,
        planning::api::{ClusterRow, SetClusterLead, list_clusters},
    },
};

/// `/recommendations/clusters`.
#[component]
pub fn ClustersPage() -> impl IntoView {
    let i18n = use_i18n();
    let set = ServerAction::<SetClusterLead>::new();
    let clusters = page_data(move || set.version().get(), |_| list_clusters());
    view! {
        <Title text=i18n.tr("clusters-title") />
        <section class="page page--wide">
            <header class="page__header">
                <p class="breadcrumb"><A href="/recommendations">{i18n.tr("recommendations-title")}</A></p>
                <h1>{i18n.tr("clusters-title")}</h1>
                <p class="lead">{i18n.tr("clusters-intro")}</p>
            </header>
            <ActionResult result=set.value().into() done_key="clusters-saved" />
            <Loaded resource=clusters view={move |rows: Vec<ClusterRow>| view! { <Clusters rows set /> }} />
        </section>
    }
}

#[component]
fn Clusters(rows: Vec<ClusterRow>, set: ServerAction<SetClusterLead>) -> impl IntoView {
    let i18n = use_i18n();
    if rows.is_empty() {
        return view! { <p class="empty-state">{i18n.tr("clusters-empty")}</p> }.into_any();
    }
    view! {
        <DataTable caption="clusters-title" columns=["rec-clusters", "recommendations-title", "rec-lead"] id="clusters">
            {rows.into_iter().map(|c| {
                let id = c.id;
                let lead = c.lead.as_ref().map_or(0, |l| l.id);
                let select_id = format!("cluster-lead-{id}");
                view! {
                    <tr data-cluster=id>
                        <th scope="row">
                            <A href=format!("/recommendations?cluster={}", encode(&id.to_string()))>{c.name.clone()}</A>
                        </th>
                        <td class="number">{c.recommendations}</td>
                        <td>
                            {if c.can_manage {
                                view! {
                                    <label for=select_id.clone() class="visually-hidden">{i18n.tr("rec-lead")}</label>
                                    <select id=select_id on:change=move |ev| {
                                        let lead_organisation_id = event_target_value(&ev).parse().unwrap_or(0);
                                        set.dispatch(SetClusterLead { id, lead_organisation_id });
                                    }>
                                        <option value="0" selected=lead == 0>{i18n.tr("plan-no-lead")}</option>
                                        {c.organisations.iter().map(|o| view! {
                                            <option value=o.id selected=o.id == lead>{o.name.clone()}</option>
                                        }).collect_view()}
                                    </select>
                                }
                                .into_any()
                            } else {
                                view! { <span>{c.lead.map(|l| l.name).unwrap_or_default()}</span> }.into_any()
                            }}
                        </td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
    .into_any()
}
