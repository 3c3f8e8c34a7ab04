//! Where the person is signed in, with "sign out everywhere".

use leptos::{form::ActionForm, prelude::*};

use crate::{
    auth::api::{EndSession, SessionInfo, SignOutEverywhere, list_sessions},
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data},
};

/// The signed-in user's sessions.
#[component]
pub fn SessionsTable() -> impl IntoView {
    let i18n = use_i18n();
    let end = ServerAction::<EndSession>::new();
    let sessions = page_data(move || end.version().get(), |_| list_sessions());
    let everywhere = ServerAction::<SignOutEverywhere>::new();
    let end_error = move || {
        end.value().get().and_then(Result::err).map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    view! {
        <h2>{i18n.tr("account-sessions")}</h2>
        {end_error}
        <Loaded resource=sessions view={move |list: Vec<SessionInfo>| view! {
            <DataTable caption="account-sessions" columns=["col-device", "col-address", "col-signed-in", "col-last-seen", "col-actions"]>
                {list.into_iter().map(|s| view! {
                    <tr>
                        <th scope="row">
                            <span class="cell-title">
                                {s.device.clone().unwrap_or_else(|| i18n.tr("session-unknown-device")())}
                            </span>
                            <span class="cell-sub">{s.user_agent.clone().unwrap_or_default()}</span>
                            {s.current.then(|| view! {
                                <span class="badge badge--review">{i18n.tr("session-current")}</span>
                            })}
                        </th>
                        <td>{s.client_address.unwrap_or_default()}</td>
                        <td>{s.signed_in_at}</td>
                        <td>{s.last_seen_at}</td>
                        <td>
                            <ActionForm action=end attr:class="form--inline">
                                <input type="hidden" name="id" value=s.id />
                                <button type="submit" class="button button-secondary">
                                    {i18n.tr(if s.current { "session-end-current" } else { "session-end" })}
                                </button>
                            </ActionForm>
                        </td>
                    </tr>
                }).collect_view()}
            </DataTable>
            <ActionForm action=everywhere attr:class="form-actions">
                <button type="submit" class="button button-secondary">
                    {i18n.tr("sign-out-everywhere")}
                </button>
            </ActionForm>
        }} />
    }
}
