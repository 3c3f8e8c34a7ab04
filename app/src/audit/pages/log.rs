//! The audit log page, filterable by action, person and dates.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{
    audit::api::{ACTIONS, AuditFilter, AuditRow, audit_log},
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data},
};

/// `/audit?action=…&who=…&from=…&to=…`: who did what, when, from where.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let filter = move || {
        let q = query.read();
        let get = |name: &str| q.get(name).unwrap_or_default();
        AuditFilter {
            action: get("action"),
            who: get("who"),
            from: get("from"),
            to: get("to"),
        }
    };
    let entries = page_data(filter, |f| audit_log(f.action, f.who, f.from, f.to));
    view! {
        <Title text=i18n.tr("audit-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("audit-title")}</h1>
                <p class="lead">{i18n.tr("audit-intro")}</p>
            </header>
            <form method="get" action="/audit" class="filters">
                <div class="field">
                    <label for="audit-action">{i18n.tr("audit-filter")}</label>
                    <select id="audit-action" name="action">
                        <option value="">{i18n.tr("audit-all")}</option>
                        {ACTIONS
                            .iter()
                            .map(|a| {
                                view! {
                                    <option value=*a selected=move || filter().action == *a>
                                        {i18n.tr_owned(format!("audit-action-{a}"))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="audit-who">{i18n.tr("audit-filter-who")}</label>
                    <input id="audit-who" name="who" type="search" prop:value=move || filter().who />
                </div>
                <div class="field">
                    <label for="audit-from">{i18n.tr("audit-filter-from")}</label>
                    <input id="audit-from" name="from" type="date" prop:value=move || filter().from />
                </div>
                <div class="field">
                    <label for="audit-to">{i18n.tr("audit-filter-to")}</label>
                    <input id="audit-to" name="to" type="date" prop:value=move || filter().to />
                </div>
                <button type="submit" class="button button-secondary">{i18n.tr("audit-apply")}</button>
            </form>
            <Loaded resource=entries view={move |value: Vec<AuditRow>| match value {
                rows if rows.is_empty() => {
                    view! { <p class="empty-state">{i18n.tr("audit-empty")}</p> }.into_any()
                }
                rows => view! {
                    <DataTable caption="audit-title" columns=["audit-when", "audit-who", "audit-what", "audit-subject", "col-address"]>
                        {rows.into_iter().map(|r| view! {
                            <tr>
                                <th scope="row"><time>{r.at}</time></th>
                                <td>{r.actor.unwrap_or_default()}</td>
                                <td>
                                    <span class="cell-title">{i18n.tr_owned(format!("audit-action-{}", r.action))}</span>
                                    <span class="cell-sub">{r.detail}</span>
                                </td>
                                <td>{r.subject.unwrap_or_default()}</td>
                                <td>{r.client_address.unwrap_or_default()}</td>
                            </tr>
                        }).collect_view()}
                    </DataTable>
                }
                .into_any(),
            }} />
        </section>
    }
}
