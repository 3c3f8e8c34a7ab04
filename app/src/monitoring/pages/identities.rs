//! `/monitoring/identities`: for the organisations whose sealed identities the viewer keeps,
//! who among their members is a case worker (granted or withdrawn here), how many identities
//! each holds, and the emergency destruction of an organisation's key.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, Completions, DataTable, ErrorNotice, Loaded, page_data},
    monitoring::api::{DestroyIdentities, Keeping, SetCaseWorker, identity_keeping},
};

/// `/monitoring/identities`.
#[component]
pub fn IdentitiesPage() -> impl IntoView {
    let i18n = use_i18n();
    let grant = ServerAction::<SetCaseWorker>::new();
    let destroy = ServerAction::<DestroyIdentities>::new();
    let completions = Completions::new();
    completions.watch(grant.value().into());
    completions.watch(destroy.value().into());
    let keeping = page_data(move || completions.count(), |_| identity_keeping());
    view! {
        <Title text=i18n.tr("identities-title") />
        <section class="page">
            <header class="page__header">
                <p><A href="/monitoring">{i18n.tr("monitoring-title")}</A></p>
                <h1>{i18n.tr("identities-title")}</h1>
                <p class="lead">{i18n.tr("identities-intro")}</p>
            </header>
            <ActionResult result=grant.value().into() done_key="identities-saved" />
            {move || destroy.value().with(|value| match value {
                Some(Ok(count)) => Some(view! {
                    <p class="notice" role="status" id="identities-destroyed">
                        {i18n.tr_count("identities-destroyed", "count", *count)}
                    </p>
                }.into_any()),
                Some(Err(error)) => Some(view! { <ErrorNotice error=error.clone() /> }.into_any()),
                None => None,
            })}
            <Loaded resource=keeping view={move |keeping: Vec<Keeping>| {
                let empty = keeping.is_empty();
                view! {
                    {empty.then(|| view! { <p class="empty-state">{i18n.tr("identities-none")}</p> })}
                    {keeping.into_iter().map(|k| view! { <Organisation keeping=k grant destroy /> }).collect_view()}
                }
            }} />
        </section>
    }
}

#[component]
fn Organisation(
    keeping: Keeping,
    grant: ServerAction<SetCaseWorker>,
    destroy: ServerAction<DestroyIdentities>,
) -> impl IntoView {
    let i18n = use_i18n();
    let organisation_id = keeping.organisation_id;
    let rows = keeping
        .members
        .into_iter()
        .map(|m| {
            let (label, next) = if m.case_worker {
                ("identities-withdraw", false)
            } else {
                ("identities-grant", true)
            };
            view! {
                <tr data-user=m.user_id>
                    <th scope="row">{m.name}</th>
                    <td>{if m.case_worker { i18n.tr("identities-case-worker")() } else { String::new() }}</td>
                    <td>
                        <ActionForm action=grant attr:class="form--inline">
                            <input type="hidden" name="organisation_id" value=organisation_id />
                            <input type="hidden" name="user_id" value=m.user_id />
                            {next.then(|| view! { <input type="hidden" name="case_worker" value="true" /> })}
                            <button type="submit" class="button button-small button-secondary">{i18n.tr(label)}</button>
                        </ActionForm>
                    </td>
                </tr>
            }
        })
        .collect_view();
    let confirm_id = format!("destroy-confirm-{organisation_id}");
    view! {
        <section class="card" id=format!("keeping-{organisation_id}")>
            <h2>{keeping.organisation}</h2>
            <p>{i18n.tr_count("identities-sealed", "count", keeping.sealed)}</p>
            <DataTable caption="identities-members" caption_shown=true
                columns=["col-name", "identities-right", "col-actions"]>
                {rows}
            </DataTable>
            <details class="danger-zone">
                <summary>{i18n.tr("identities-destroy")}</summary>
                <p>{i18n.tr("identities-destroy-explained")}</p>
                <ActionForm action=destroy attr:class="form">
                    <input type="hidden" name="organisation_id" value=organisation_id />
                    <div class="field">
                        <label for=confirm_id.clone()>{i18n.tr("identities-destroy-confirm")}" "<strong>{keeping.short_name}</strong></label>
                        <input id=confirm_id name="confirm" type="text" autocomplete="off" required />
                    </div>
                    <button type="submit" class="button button-danger">{i18n.tr("identities-destroy")}</button>
                </ActionForm>
            </details>
        </section>
    }
}
