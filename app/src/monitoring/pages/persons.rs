//! The people of an event on its page: a pseudonym for each, never a name; for the
//! organisation's case workers a button that opens one person's sealed identity (audited);
//! for its writers the form that adds a person, identity fields sealed as they are saved.

use leptos::{form::ActionForm, prelude::*};

use crate::{
    i18n::use_i18n,
    layout::{DataTable, ErrorNotice},
    monitoring::{
        api::{AddPerson, OpenIdentity, PersonRow, RemovePerson},
        pages::fields::options,
    },
    states::{AgeGroup, PersonRole, VictimSex},
};

/// The event's people, with what the viewer may do.
#[component]
pub fn Persons(
    event_id: i32,
    persons: Vec<PersonRow>,
    can_edit: bool,
    can_open: bool,
    add: ServerAction<AddPerson>,
    remove: ServerAction<RemovePerson>,
) -> impl IntoView {
    let i18n = use_i18n();
    let open = ServerAction::<OpenIdentity>::new();
    let rows = persons
        .into_iter()
        .map(|p| {
            let id = p.id;
            let identity = if p.destroyed {
                view! { <span class="badge">{i18n.tr("monitoring-identity-destroyed-badge")}</span> }.into_any()
            } else if p.sealed && can_open {
                view! {
                    <ActionForm action=open attr:class="form--inline">
                        <input type="hidden" name="id" value=id />
                        <button type="submit" class="button button-small button-secondary" id=format!("open-identity-{id}")>
                            {i18n.tr("monitoring-open-identity")}
                        </button>
                    </ActionForm>
                }
                .into_any()
            } else if p.sealed {
                view! { <span class="badge">{i18n.tr("monitoring-identity-sealed")}</span> }.into_any()
            } else {
                ().into_any()
            };
            view! {
                <tr data-person=id>
                    <th scope="row">{p.pseudonym}</th>
                    <td>{i18n.label(p.role)}</td>
                    <td>{i18n.label(p.sex)}</td>
                    <td>{i18n.label(p.age_group)}</td>
                    <td>{identity}</td>
                    <td>{can_edit.then(|| view! {
                        <ActionForm action=remove attr:class="form--inline">
                            <input type="hidden" name="id" value=id />
                            <button type="submit" class="button button-small button-secondary">{i18n.tr("monitoring-remove-act")}</button>
                        </ActionForm>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    let opened = move || {
        open.value().with(|value| match value {
            Some(Ok(identity)) => Some(
                view! {
                    <dl class="facts card" id="opened-identity">
                        <div><dt>{i18n.tr("monitoring-person-name")}</dt><dd>{identity.name.clone()}</dd></div>
                        <div><dt>{i18n.tr("monitoring-person-contacts")}</dt><dd>{identity.contacts.clone()}</dd></div>
                        <div><dt>{i18n.tr("monitoring-person-numbers")}</dt><dd>{identity.identity_numbers.clone()}</dd></div>
                    </dl>
                }
                .into_any(),
            ),
            Some(Err(error)) => Some(view! { <ErrorNotice error=error.clone() /> }.into_any()),
            None => None,
        })
    };
    view! {
        <h2>{i18n.tr("monitoring-persons")}</h2>
        <DataTable caption="monitoring-persons" id="event-persons"
            columns=["monitoring-pseudonym", "monitoring-person-role", "monitoring-sex", "monitoring-age-group", "monitoring-identity", "col-actions"]>
            {rows}
        </DataTable>
        {opened}
        {can_edit.then(|| view! { <NewPerson event_id add /> })}
    }
}

/// The form that adds a person: pseudonym and characteristics, then the sealed identity.
#[component]
fn NewPerson(event_id: i32, add: ServerAction<AddPerson>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ActionForm action=add attr:class="form card" attr:id="new-person-form">
            <h3>{i18n.tr("monitoring-add-person")}</h3>
            <input type="hidden" name="person[event_id]" value=event_id />
            <div class="field-row">
                <div class="field">
                    <label for="person-role">{i18n.tr("monitoring-person-role")}</label>
                    <select id="person-role" name="person[role]">{options(i18n, PersonRole::Victim)}</select>
                </div>
                <div class="field">
                    <label for="person-pseudonym">{i18n.tr("monitoring-pseudonym")}</label>
                    <input id="person-pseudonym" name="person[pseudonym]" type="text" maxlength="100" required />
                </div>
                <div class="field">
                    <label for="person-sex">{i18n.tr("monitoring-sex")}</label>
                    <select id="person-sex" name="person[sex]">{options(i18n, VictimSex::Unknown)}</select>
                </div>
                <div class="field">
                    <label for="person-age">{i18n.tr("monitoring-age-group")}</label>
                    <select id="person-age" name="person[age_group]">{options(i18n, AgeGroup::Adult)}</select>
                </div>
            </div>
            <fieldset>
                <legend>{i18n.tr("monitoring-identity")}</legend>
                <p class="hint">{i18n.tr("monitoring-identity-hint")}</p>
                <div class="field">
                    <label for="person-name">{i18n.tr("monitoring-person-name")}</label>
                    <input id="person-name" name="person[name]" type="text" maxlength="300" autocomplete="off" />
                </div>
                <div class="field">
                    <label for="person-contacts">{i18n.tr("monitoring-person-contacts")}</label>
                    <input id="person-contacts" name="person[contacts]" type="text" maxlength="300" autocomplete="off" />
                </div>
                <div class="field">
                    <label for="person-numbers">{i18n.tr("monitoring-person-numbers")}</label>
                    <input id="person-numbers" name="person[identity_numbers]" type="text" maxlength="300" autocomplete="off" />
                </div>
            </fieldset>
            <button type="submit" class="button" id="new-person-save">{i18n.tr("monitoring-add-person")}</button>
        </ActionForm>
    }
}
