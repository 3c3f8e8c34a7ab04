//! Where the person is signed in, with "sign out everywhere".

use leptos::{form::ActionForm, prelude::*};

use crate::{
    auth::api::{SignOutEverywhere, list_sessions},
    i18n::use_i18n,
    layout::ErrorNotice,
};

/// The signed-in user's sessions.
#[component]
pub fn SessionsTable() -> impl IntoView {
    let i18n = use_i18n();
    let sessions = Resource::new(|| (), |_| list_sessions());
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    view! {
        <h2>{i18n.tr("account-sessions")}</h2>
        <Suspense fallback=move || view! { <p class="loading">{i18n.tr("loading")}</p> }>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(list) => view! {
                        <div class="table-wrap" tabindex="0">
                            <table class="data-table">
                                <caption class="visually-hidden">{i18n.tr("account-sessions")}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{i18n.tr("col-device")}</th>
                                        <th scope="col">{i18n.tr("col-address")}</th>
                                        <th scope="col">{i18n.tr("col-signed-in")}</th>
                                        <th scope="col">{i18n.tr("col-last-seen")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {list.into_iter().map(|s| view! {
                                        <tr>
                                            <th scope="row">
                                                <span class="cell-title">{s.user_agent.unwrap_or_default()}</span>
                                                {s.current.then(|| view! {
                                                    <span class="badge badge--review">{i18n.tr("session-current")}</span>
                                                })}
                                            </th>
                                            <td>{s.client_address.unwrap_or_default()}</td>
                                            <td>{s.signed_in_at}</td>
                                            <td>{s.last_seen_at}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <ActionForm action=everywhere attr:class="form-actions">
                            <button type="submit" class="button button-secondary">
                                {i18n.tr("sign-out-everywhere")}
                            </button>
                        </ActionForm>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}
