//! `/admin/coalitions/:id`: a coalition's details, archiving, member organisations and the
//! invitation of its coordinators.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    coalitions::{
        api::{
            AddCoalitionMember, CoalitionSettings, PublishFollowUp, RemoveCoalitionMember,
            SaveCoalition, SetCoalitionArchived, coalition_admin,
        },
        pages::{fields::CoalitionFields, publication::PublicationPanel},
    },
    error::ApiError,
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data, use_route_id},
    members::api::Invite,
    states::{Named, Role},
};

/// The actions of the page; the page reloads after each.
#[derive(Clone, Copy)]
struct Actions {
    save: ServerAction<SaveCoalition>,
    archive: ServerAction<SetCoalitionArchived>,
    add: ServerAction<AddCoalitionMember>,
    remove: ServerAction<RemoveCoalitionMember>,
    invite: ServerAction<Invite>,
    publish: ServerAction<PublishFollowUp>,
}

/// The last failure of any of the page's actions, as an alert.
fn action_error(actions: Actions) -> impl IntoView {
    move || {
        let failed: Option<ApiError> = [
            actions.save.value().get().and_then(|r| r.err()),
            actions.archive.value().get().and_then(Result::err),
            actions.add.value().get().and_then(Result::err),
            actions.remove.value().get().and_then(Result::err),
        ]
        .into_iter()
        .flatten()
        .next();
        failed.map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    }
}

/// One coalition's administration.
#[component]
pub fn CoalitionAdminPage() -> impl IntoView {
    let i18n = use_i18n();
    let id = use_route_id();
    let actions = Actions {
        save: ServerAction::new(),
        archive: ServerAction::new(),
        add: ServerAction::new(),
        remove: ServerAction::new(),
        invite: ServerAction::new(),
        publish: ServerAction::new(),
    };
    let view_data = page_data(
        move || {
            (
                id(),
                actions.save.version().get(),
                actions.archive.version().get(),
                actions.add.version().get(),
                actions.remove.version().get(),
                actions.publish.version().get(),
            )
        },
        |(id, ..)| coalition_admin(id),
    );
    view! {
        <section class="page">
            <p><A href="/admin/coalitions">{i18n.tr("admin-coalitions-back")}</A></p>
            {action_error(actions)}
            <Loaded resource=view_data view={move |data: CoalitionSettings| view! { <CoalitionAdminView data actions /> }} />
        </section>
    }
}

#[component]
fn CoalitionAdminView(data: CoalitionSettings, actions: Actions) -> impl IntoView {
    let i18n = use_i18n();
    let CoalitionSettings {
        form,
        archived_on,
        members,
        candidates,
        time_zones,
        can_edit,
        can_archive,
        publication,
    } = data;
    let coalition_id = form.id;
    let name = form.name.clone();
    let (lead_choices, member_rows) = (members.clone(), members.clone());
    let lead = form.lead_organisation_id;
    let archived = archived_on.is_some();
    let status = archived_on.map(|day| {
        view! {
            <div class="notice notice--warning" role="status">
                <p>{i18n.tr("coalition-archived-notice")} " " <time datetime=day.clone()>{day.clone()}</time></p>
            </div>
        }
    });
    let details = if can_edit {
        view! {
            <ActionForm action=actions.save attr:class="form card" attr:id="coalition-details">
                <CoalitionFields form organisations=lead_choices time_zones prefix="coalition" />
                <button type="submit" class="button">{i18n.tr("coalition-save")}</button>
            </ActionForm>
        }
        .into_any()
    } else {
        view! {
            <dl class="facts card">
                <div><dt>{i18n.tr("col-short-name")}</dt><dd>{form.short_name}</dd></div>
                <div><dt>{i18n.tr("field-description")}</dt><dd>{form.description}</dd></div>
                <div><dt>{i18n.tr("coalition-time-zone")}</dt><dd>{form.time_zone}</dd></div>
            </dl>
        }
        .into_any()
    };
    let archive = can_archive.then(|| {
        let (label, hint) = if archived {
            ("coalition-restore", "coalition-restore-hint")
        } else {
            ("coalition-archive", "coalition-archive-hint")
        };
        view! {
            <ActionForm action=actions.archive attr:class="form card form--inline">
                <input type="hidden" name="id" value=coalition_id />
                <input type="hidden" name="archived" value=(!archived).to_string() />
                <p>{i18n.tr(hint)}</p>
                <button type="submit" class="button button-secondary">{i18n.tr(label)}</button>
            </ActionForm>
        }
    });
    view! {
        <Title text=name.clone() />
        <header class="page__header">
            <h1>{name}</h1>
        </header>
        {status}
        <h2>{i18n.tr("coalition-details")}</h2>
        {details}
        {archive}
        <PublicationPanel coalition_id publication publish=actions.publish />
        <MemberOrganisations coalition_id lead members=member_rows candidates can_edit actions />
        {can_edit.then(|| view! { <InviteCoordinator coalition_id members invite=actions.invite /> })}
    }
}

/// The member organisations, with remove buttons and the form that adds one.
#[component]
fn MemberOrganisations(
    coalition_id: i32,
    lead: i32,
    members: Vec<(i32, String)>,
    candidates: Vec<(i32, String)>,
    can_edit: bool,
    actions: Actions,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = members
        .into_iter()
        .map(|(org, name)| {
            let remove = (can_edit && org != lead).then(|| {
                view! {
                    <ActionForm action=actions.remove attr:class="form--inline">
                        <input type="hidden" name="coalition_id" value=coalition_id />
                        <input type="hidden" name="organisation_id" value=org />
                        <button type="submit" class="button button-secondary">{i18n.tr("coalition-remove-organisation")}</button>
                    </ActionForm>
                }
            });
            view! {
                <tr>
                    <th scope="row"><A href=format!("/organisations/{org}")>{name}</A></th>
                    <td>{(org == lead).then(|| view! { <span class="badge">{i18n.tr("home-lead")}</span> })}</td>
                    <td>{remove}</td>
                </tr>
            }
        })
        .collect_view();
    let add = (can_edit).then(|| {
        let choices = (!candidates.is_empty()).then(|| {
            view! {
                <ActionForm action=actions.add attr:class="form card form--inline" attr:id="add-organisation">
                    <input type="hidden" name="coalition_id" value=coalition_id />
                    <div class="field">
                        <label for="add-organisation-id">{i18n.tr("coalition-add-organisation")}</label>
                        <select id="add-organisation-id" name="organisation_id">
                            {candidates
                                .into_iter()
                                .map(|(org, name)| view! { <option value=org>{name}</option> })
                                .collect_view()}
                        </select>
                    </div>
                    <button type="submit" class="button button-secondary">{i18n.tr("coalition-add-organisation-submit")}</button>
                </ActionForm>
            }
        });
        view! {
            {choices}
            <p>
                <A href=format!("/organisations?coalition={coalition_id}")>{i18n.tr("coalition-new-partner")}</A>
            </p>
        }
    });
    view! {
        <h2>{i18n.tr("coalition-organisations")}</h2>
        <DataTable caption="coalition-organisations" columns=["col-name", "col-role", "col-actions"]>
            {rows}
        </DataTable>
        {add}
    }
}

/// Invites a coordinator (or another member) into the coalition with the invitation flow.
#[component]
fn InviteCoordinator(
    coalition_id: i32,
    members: Vec<(i32, String)>,
    invite: ServerAction<Invite>,
) -> impl IntoView {
    let i18n = use_i18n();
    let result = move || {
        invite.value().get().map(|result| match result {
            Ok(created) => view! {
                <div class="notice" role="status">
                    <p>{i18n.tr("invite-link-ready")}</p>
                    <input class="invite-link" type="text" readonly value=created.link aria-label=i18n.tr("invite-link-label") />
                </div>
            }
            .into_any(),
            Err(error) => view! {
                <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div>
            }
            .into_any(),
        })
    };
    view! {
        <h2>{i18n.tr("coalition-invite-coordinator")}</h2>
        <p>{i18n.tr("coalition-invite-coordinator-hint")}</p>
        <ActionForm action=invite attr:class="form card invite-form" attr:id="invite-coordinator">
            <input type="hidden" name="coalition_id" value=coalition_id />
            <div class="field">
                <label for="coordinator-email">{i18n.tr("field-email")}</label>
                <input id="coordinator-email" name="email" type="email" required />
            </div>
            <div class="field">
                <label for="coordinator-organisation">{i18n.tr("col-organisation")}</label>
                <select id="coordinator-organisation" name="organisation_id">
                    {members
                        .into_iter()
                        .map(|(org, name)| view! { <option value=org>{name}</option> })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="coordinator-role">{i18n.tr("col-role")}</label>
                <select id="coordinator-role" name="role">
                    {Role::ALL
                        .iter()
                        .map(|&role| view! { <option value=role.name()>{i18n.label(role)}</option> })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{i18n.tr("invite-submit")}</button>
            {result}
        </ActionForm>
    }
}
