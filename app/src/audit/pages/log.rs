//! The audit log page with a filter by action.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::{audit::api::audit_log, i18n::use_i18n, layout::ErrorNotice};

/// Actions the filter offers.
const ACTIONS: [&str; 6] = [
    "sign_in",
    "sign_in_failed",
    "sign_out",
    "sign_out_everywhere",
    "invitation_created",
    "invitation_accepted",
];

/// `/audit?action=…`: who did what, when, from where.
#[component]
pub fn AuditLogPage() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let action = move || query.read().get("action").unwrap_or_default();
    let entries = Resource::new(action, audit_log);
    view! {
        <Title text=i18n.tr("audit-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("audit-title")}</h1>
                <p class="lead">{i18n.tr("audit-intro")}</p>
            </header>
            <form method="get" action="/audit" class="filters">
                <label for="audit-action">{i18n.tr("audit-filter")}</label>
                <select id="audit-action" name="action">
                    <option value="">{i18n.tr("audit-all")}</option>
                    {ACTIONS
                        .into_iter()
                        .map(|a| {
                            view! {
                                <option value=a selected=move || action() == a>
                                    {i18n.tr_owned(format!("audit-action-{a}"))}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button type="submit" class="button button-secondary">{i18n.tr("audit-apply")}</button>
            </form>
            <Transition fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
                {move || Suspend::new(async move {
                    match entries.await {
                        Ok(rows) if rows.is_empty() => {
                            view! { <p class="empty-state">{i18n.tr("audit-empty")}</p> }.into_any()
                        }
                        Ok(rows) => view! {
                            <div class="table-wrap">
                                <table class="data-table">
                                    <caption class="visually-hidden">{i18n.tr("audit-title")}</caption>
                                    <thead>
                                        <tr>
                                            <th scope="col">{i18n.tr("audit-when")}</th>
                                            <th scope="col">{i18n.tr("audit-who")}</th>
                                            <th scope="col">{i18n.tr("audit-what")}</th>
                                            <th scope="col">{i18n.tr("audit-subject")}</th>
                                            <th scope="col">{i18n.tr("col-address")}</th>
                                        </tr>
                                    </thead>
                                    <tbody>
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
                                    </tbody>
                                </table>
                            </div>
                        }
                        .into_any(),
                        Err(error) => view! { <ErrorNotice error /> }.into_any(),
                    }
                })}
            </Transition>
        </section>
    }
}
