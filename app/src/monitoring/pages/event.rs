//! `/monitoring/:id`: one event — its fields (a form for its organisation's writers) and its
//! acts, each with its victims counted by characteristics, and the form that adds one.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, Completions, DataTable, Loaded, page_data, use_route_id},
    monitoring::{
        api::{
            AddAct, AddIntervention, AddPerson, EventDetail, RemoveAct, RemoveIntervention,
            RemovePerson, SaveEvent, monitoring_event,
        },
        pages::{
            fields::{EventFields, options},
            interventions::Interventions,
            persons::Persons,
        },
    },
    states::{ActType, AgeGroup, Named, VictimGroup, VictimSex},
};

/// `/monitoring/:id`.
#[component]
pub fn EventPage() -> impl IntoView {
    let id = use_route_id();
    let save = ServerAction::<SaveEvent>::new();
    let add = ServerAction::<AddAct>::new();
    let remove = ServerAction::<RemoveAct>::new();
    let add_person = ServerAction::<AddPerson>::new();
    let remove_person = ServerAction::<RemovePerson>::new();
    let add_intervention = ServerAction::<AddIntervention>::new();
    let remove_intervention = ServerAction::<RemoveIntervention>::new();
    let completions = Completions::new();
    completions.watch(save.value().into());
    completions.watch(add.value().into());
    completions.watch(remove.value().into());
    completions.watch(add_person.value().into());
    completions.watch(remove_person.value().into());
    completions.watch(add_intervention.value().into());
    completions.watch(remove_intervention.value().into());
    let detail = page_data(
        move || (id(), completions.count()),
        |(id, _)| monitoring_event(id),
    );
    view! {
        <section class="page">
            <p><A href="/monitoring">{use_i18n().tr("monitoring-back")}</A></p>
            <ActionResult result=save.value().into() done_key="monitoring-saved" />
            <ActionResult result=add.value().into() done_key="monitoring-act-added" />
            <ActionResult result=remove.value().into() done_key="monitoring-act-removed" />
            <ActionResult result=add_person.value().into() done_key="monitoring-person-added" />
            <ActionResult result=remove_person.value().into() done_key="monitoring-person-removed" />
            <ActionResult result=add_intervention.value().into() done_key="monitoring-intervention-added" />
            <ActionResult result=remove_intervention.value().into() done_key="monitoring-intervention-removed" />
            <Loaded resource=detail view={move |detail: EventDetail| view! {
                <Event detail save add remove add_person remove_person add_intervention remove_intervention />
            }} />
        </section>
    }
}

#[component]
fn Event(
    detail: EventDetail,
    save: ServerAction<SaveEvent>,
    add: ServerAction<AddAct>,
    remove: ServerAction<RemoveAct>,
    add_person: ServerAction<AddPerson>,
    remove_person: ServerAction<RemovePerson>,
    add_intervention: ServerAction<AddIntervention>,
    remove_intervention: ServerAction<RemoveIntervention>,
) -> impl IntoView {
    let i18n = use_i18n();
    let EventDetail {
        form,
        organisation,
        acts,
        persons,
        interventions,
        recommendations,
        can_edit,
        can_open,
    } = detail;
    let event_id = form.id;
    let title = form.title.clone();
    let facts = view! {
        <dl class="facts card">
            <div><dt>{i18n.tr("col-organisation")}</dt><dd>{organisation}</dd></div>
            <div><dt>{i18n.tr("monitoring-started-on")}</dt><dd>{form.started_on.clone()}</dd></div>
            <div><dt>{i18n.tr("monitoring-region")}</dt><dd>{format!("{} {}", form.region, form.locality)}</dd></div>
            <div><dt>{i18n.tr("monitoring-source")}</dt><dd>{form.source.clone()}" · "{i18n.label(form.reliability)}</dd></div>
            <div><dt>{i18n.tr("monitoring-status")}</dt><dd>{i18n.label(form.status)}</dd></div>
        </dl>
    };
    let editing = can_edit.then(|| {
        let form = form.clone();
        view! {
            <details class="card">
                <summary>{i18n.tr("monitoring-edit")}</summary>
                <ActionForm action=save attr:class="form" attr:id="event-form">
                    <EventFields form regions=Vec::new() />
                    <button type="submit" class="button" id="event-save">{i18n.tr("monitoring-save")}</button>
                </ActionForm>
            </details>
        }
    });
    let rows = acts
        .into_iter()
        .map(|a| {
            let act_id = a.id;
            view! {
                <tr data-act=act_id data-type=a.act_type.name()>
                    <th scope="row">{i18n.label(a.act_type)}{(!a.ground.is_empty()).then(|| view! { <span class="cell-sub">{a.ground.clone()}</span> })}</th>
                    <td class="number">{a.victims}</td>
                    <td>{i18n.label(a.sex)}</td>
                    <td>{i18n.label(a.age_group)}</td>
                    <td>{i18n.label(a.victim_group)}</td>
                    <td>{can_edit.then(|| view! {
                        <ActionForm action=remove attr:class="form--inline">
                            <input type="hidden" name="id" value=act_id />
                            <button type="submit" class="button button-small button-secondary">{i18n.tr("monitoring-remove-act")}</button>
                        </ActionForm>
                    })}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Title text=title.clone() />
        <header class="page__header">
            <h1>{title}</h1>
            {(!form.description.is_empty()).then(|| view! { <p class="lead">{form.description.clone()}</p> })}
        </header>
        {facts}
        {editing}
        <h2>{i18n.tr("monitoring-acts-title")}</h2>
        <DataTable caption="monitoring-acts-title" id="event-acts"
            columns=["monitoring-act-type", "monitoring-victims", "monitoring-sex", "monitoring-age-group", "monitoring-victim-group", "col-actions"]>
            {rows}
        </DataTable>
        {can_edit.then(|| view! { <NewAct event_id add /> })}
        <Persons event_id persons can_edit can_open add=add_person remove=remove_person />
        <Interventions event_id interventions can_edit add=add_intervention remove=remove_intervention />
        {(!recommendations.is_empty()).then(|| view! {
            <h2>{i18n.tr("monitoring-recommendations")}</h2>
            <ul class="plain-list" id="event-recommendations">
                {recommendations.into_iter().map(|r| view! {
                    <li><A href=format!("/recommendations/{}", r.id)>{r.text}</A></li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// The form that adds an act to the event.
#[component]
fn NewAct(event_id: i32, add: ServerAction<AddAct>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ActionForm action=add attr:class="form card" attr:id="new-act-form">
            <h3>{i18n.tr("monitoring-add-act")}</h3>
            <input type="hidden" name="act[event_id]" value=event_id />
            <div class="field">
                <label for="act-type">{i18n.tr("monitoring-act-type")}</label>
                <select id="act-type" name="act[act_type]">{options(i18n, ActType::ArbitraryDetention)}</select>
            </div>
            <div class="field">
                <label for="act-ground">{i18n.tr("monitoring-ground")}</label>
                <input id="act-ground" name="act[ground]" type="text" maxlength="300" />
            </div>
            <div class="field-row">
                <div class="field">
                    <label for="act-victims">{i18n.tr("monitoring-victims")}</label>
                    <input id="act-victims" name="act[victims]" type="number" min="0" max="100000" value="1" required />
                </div>
                <div class="field">
                    <label for="act-sex">{i18n.tr("monitoring-sex")}</label>
                    <select id="act-sex" name="act[sex]">{options(i18n, VictimSex::Unknown)}</select>
                </div>
                <div class="field">
                    <label for="act-age">{i18n.tr("monitoring-age-group")}</label>
                    <select id="act-age" name="act[age_group]">{options(i18n, AgeGroup::Adult)}</select>
                </div>
                <div class="field">
                    <label for="act-group">{i18n.tr("monitoring-victim-group")}</label>
                    <select id="act-group" name="act[victim_group]">{options(i18n, VictimGroup::General)}</select>
                </div>
            </div>
            <button type="submit" class="button" id="new-act-save">{i18n.tr("monitoring-add-act")}</button>
        </ActionForm>
    }
}
