//! The members page: each coalition's people and roles; coordinators invite from here.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{DataTable, Loaded, page_data},
    members::api::{
        ChangeMemberRole, CoalitionPeople, Invite, MemberRow, RemoveMember,
        SetSecondFactorRequirement, coalition_members,
    },
    states::{Named, Role},
};

/// The actions that change who is in a coalition; the list refetches after each.
#[derive(Clone, Copy)]
struct MemberActions {
    invite: ServerAction<Invite>,
    require: ServerAction<SetSecondFactorRequirement>,
    change_role: ServerAction<ChangeMemberRole>,
    remove: ServerAction<RemoveMember>,
}

/// Members of the viewer's coalitions.
#[component]
pub fn MembersPage() -> impl IntoView {
    let i18n = use_i18n();
    let actions = MemberActions {
        invite: ServerAction::new(),
        require: ServerAction::new(),
        change_role: ServerAction::new(),
        remove: ServerAction::new(),
    };
    let people = page_data(
        move || {
            (
                actions.invite.version().get(),
                actions.require.version().get(),
                actions.change_role.version().get(),
                actions.remove.version().get(),
            )
        },
        |_| coalition_members(),
    );
    let change_error = move || {
        let failed = actions
            .change_role
            .value()
            .get()
            .and_then(Result::err)
            .or_else(|| actions.remove.value().get().and_then(Result::err));
        failed.map(|error| {
            view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
        })
    };
    view! {
        <Title text=i18n.tr("members-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("members-title")}</h1>
                <p class="lead">{i18n.tr("members-intro")}</p>
            </header>
            {change_error}
            <Loaded resource=people view={move |list: Vec<CoalitionPeople>| {
                list.into_iter()
                    .map(|c| view! { <CoalitionPeopleView coalition=c actions /> })
                    .collect_view()
            }} />
        </section>
    }
}

#[component]
fn CoalitionPeopleView(coalition: CoalitionPeople, actions: MemberActions) -> impl IntoView {
    let i18n = use_i18n();
    let MemberActions {
        invite, require, ..
    } = actions;
    let CoalitionPeople {
        id,
        name,
        can_manage,
        require_second_factor,
        members,
        organisations,
        invitations,
    } = coalition;
    let members = members
        .into_iter()
        .map(|m| view! { <MemberRowView member=m coalition_id=id can_manage actions /> })
        .collect_view();
    let columns: Vec<&'static str> = ["col-name", "col-organisation", "col-role"]
        .into_iter()
        .chain(can_manage.then_some("col-actions"))
        .collect();
    let manage = can_manage.then(|| {
        let invitations = invitations
            .into_iter()
            .map(|i| {
                view! {
                    <tr>
                        <th scope="row">{i.email}</th>
                        <td>{i.organisation}</td>
                        <td>{i18n.label(i.role)}</td>
                        <td>{i18n.label(i.status)}</td>
                        <td><time datetime=i.expires_on.clone()>{i.expires_on.clone()}</time></td>
                    </tr>
                }
            })
            .collect_view();
        let link = move || {
            invite.value().get().map(|result| match result {
                Ok(created) => view! {
                    <div class="notice" role="status">
                        <p>{i18n.tr("invite-link-ready")}</p>
                        <input class="invite-link" type="text" readonly value=created.link aria-label=i18n.tr("invite-link-label") />
                        {created.emailed.map(|sent| {
                            let key = if sent { "invite-emailed" } else { "invite-not-emailed" };
                            view! { <p class="invite-mail-status">{i18n.tr(key)}</p> }
                        })}
                    </div>
                }
                .into_any(),
                Err(error) => view! {
                    <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div>
                }
                .into_any(),
            })
        };
        let email_id = format!("invite-email-{id}");
        let org_id = format!("invite-organisation-{id}");
        let role_id = format!("invite-role-{id}");
        let require_error = move || {
            require.value().get().and_then(Result::err).map(|error| {
                view! { <div class="notice notice--error" role="alert"><p>{error.to_string()}</p></div> }
            })
        };
        view! {
            <h3>{i18n.tr("coalition-security-title")}</h3>
            <ActionForm action=require attr:class="form card form--inline">
                {require_error}
                <input type="hidden" name="coalition_id" value=id />
                <input type="hidden" name="required" value=(!require_second_factor).to_string() />
                <p>{i18n.tr(if require_second_factor { "coalition-second-factor-on" } else { "coalition-second-factor-off" })}</p>
                <button type="submit" class="button button-secondary">
                    {i18n.tr(if require_second_factor { "coalition-second-factor-drop" } else { "coalition-second-factor-require" })}
                </button>
            </ActionForm>
            <h3>{i18n.tr("invite-title")}</h3>
            <ActionForm action=invite attr:class="form card invite-form">
                <input type="hidden" name="coalition_id" value=id />
                <div class="field">
                    <label for=email_id.clone()>{i18n.tr("field-email")}</label>
                    <input id=email_id name="email" type="email" required />
                </div>
                <div class="field">
                    <label for=org_id.clone()>{i18n.tr("col-organisation")}</label>
                    <select id=org_id name="organisation_id">
                        {organisations
                            .into_iter()
                            .map(|(org, name)| view! { <option value=org>{name}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for=role_id.clone()>{i18n.tr("col-role")}</label>
                    <select id=role_id name="role">
                        {ROLES
                            .into_iter()
                            .map(|role| view! { <option value=role.name()>{i18n.label(role)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{i18n.tr("invite-submit")}</button>
                {link}
            </ActionForm>
            <h3>{i18n.tr("invitations-title")}</h3>
            <p><A href="/audit">{i18n.tr("audit-title")}</A></p>
            <DataTable caption="invitations-title" columns=["field-email", "col-organisation", "col-role", "col-status", "col-expires"]>
                {invitations}
            </DataTable>
        }
    });
    view! {
        <section class="coalition-people">
            <h2>
                {name}
                {require_second_factor.then(|| view! {
                    <span class="badge badge--review">{i18n.tr("coalition-second-factor-badge")}</span>
                })}
            </h2>
            <DataTable caption="members-title" columns=columns>{members}</DataTable>
            {manage}
        </section>
    }
}

/// One member; coordinators also get a role picker and a remove button.
#[component]
fn MemberRowView(
    member: MemberRow,
    coalition_id: i32,
    can_manage: bool,
    actions: MemberActions,
) -> impl IntoView {
    let i18n = use_i18n();
    let manage = can_manage.then(|| {
        let select_id = format!("member-role-{coalition_id}-{}", member.user_id);
        let current = member.role;
        view! {
            <td class="member-actions">
                <ActionForm action=actions.change_role attr:class="form--inline">
                    <input type="hidden" name="coalition_id" value=coalition_id />
                    <input type="hidden" name="user_id" value=member.user_id />
                    <label class="visually-hidden" for=select_id.clone()>{i18n.tr("col-role")}</label>
                    <select id=select_id name="role">
                        {ROLES
                            .into_iter()
                            .map(|role| view! {
                                <option value=role.name() selected=role == current>{i18n.label(role)}</option>
                            })
                            .collect_view()}
                    </select>
                    <button type="submit" class="button button-secondary">{i18n.tr("member-change-role")}</button>
                </ActionForm>
                <ActionForm action=actions.remove attr:class="form--inline">
                    <input type="hidden" name="coalition_id" value=coalition_id />
                    <input type="hidden" name="user_id" value=member.user_id />
                    <button type="submit" class="button button-secondary">{i18n.tr("member-remove")}</button>
                </ActionForm>
            </td>
        }
    });
    view! {
        <tr>
            <th scope="row">
                <span class="cell-title">{member.display_name}</span>
                <span class="cell-sub">{member.email}</span>
            </th>
            <td>{member.organisation}</td>
            <td>{i18n.label(member.role)}</td>
            {manage}
        </tr>
    }
}

/// Coalition roles in the order the members page offers them: the usual one first.
const ROLES: [Role; 4] = [
    Role::Editor,
    Role::Reviewer,
    Role::Observer,
    Role::Coordinator,
];
