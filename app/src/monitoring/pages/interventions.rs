//! The interventions of an event on its page: what the organisation did about it, to which
//! body, when, the answer and the outcome; its writers add and remove them.

use leptos::{form::ActionForm, prelude::*};

use crate::{
    i18n::use_i18n,
    layout::DataTable,
    monitoring::{
        api::{AddIntervention, InterventionRow, RemoveIntervention},
        pages::fields::options,
    },
    states::{InterventionKind, InterventionOutcome},
};

/// The event's interventions, and for its writers the form that adds one.
#[component]
pub fn Interventions(
    event_id: i32,
    interventions: Vec<InterventionRow>,
    can_edit: bool,
    add: ServerAction<AddIntervention>,
    remove: ServerAction<RemoveIntervention>,
) -> impl IntoView {
    let i18n = use_i18n();
    let rows = interventions
        .into_iter()
        .map(|i| {
            let id = i.id;
            view! {
                <tr data-intervention=id>
                    <th scope="row">{i18n.label(i.kind)}<span class="cell-sub">{i.body}</span></th>
                    <td><time datetime=i.submitted_on.clone()>{i.submitted_on.clone()}</time></td>
                    <td>{i18n.label(i.outcome)}{(!i.response.is_empty()).then(|| view! { <span class="cell-sub">{i.response.clone()}</span> })}</td>
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
    view! {
        <h2>{i18n.tr("monitoring-interventions")}</h2>
        <DataTable caption="monitoring-interventions" id="event-interventions"
            columns=["monitoring-intervention-kind", "monitoring-submitted-on", "monitoring-outcome", "col-actions"]>
            {rows}
        </DataTable>
        {can_edit.then(|| view! {
            <ActionForm action=add attr:class="form card" attr:id="new-intervention-form">
                <h3>{i18n.tr("monitoring-add-intervention")}</h3>
                <input type="hidden" name="intervention[event_id]" value=event_id />
                <div class="field-row">
                    <div class="field">
                        <label for="intervention-kind">{i18n.tr("monitoring-intervention-kind")}</label>
                        <select id="intervention-kind" name="intervention[kind]">{options(i18n, InterventionKind::Complaint)}</select>
                    </div>
                    <div class="field">
                        <label for="intervention-body">{i18n.tr("monitoring-intervention-body")}</label>
                        <input id="intervention-body" name="intervention[body]" type="text" maxlength="200" required />
                    </div>
                    <div class="field">
                        <label for="intervention-submitted">{i18n.tr("monitoring-submitted-on")}</label>
                        <input id="intervention-submitted" name="intervention[submitted_on]" type="date" required />
                    </div>
                    <div class="field">
                        <label for="intervention-outcome">{i18n.tr("monitoring-outcome")}</label>
                        <select id="intervention-outcome" name="intervention[outcome]">{options(i18n, InterventionOutcome::Pending)}</select>
                    </div>
                </div>
                <div class="field">
                    <label for="intervention-response">{i18n.tr("monitoring-response")}</label>
                    <textarea id="intervention-response" name="intervention[response]" rows="3" maxlength="5000"></textarea>
                </div>
                <button type="submit" class="button" id="new-intervention-save">{i18n.tr("monitoring-add-intervention")}</button>
            </ActionForm>
        })}
    }
}
