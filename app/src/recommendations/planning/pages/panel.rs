//! Links to other recommendations (repeated from an earlier cycle, duplicate, related) and,
//! for coordinators, the planning form: lead organisation, follow-up deadline, clusters.

use leptos::{form::ActionForm, prelude::*};
use leptos_router::components::A;

use super::actions::PlanningActions;
use crate::{
    i18n::use_i18n,
    layout::ActionResult,
    recommendations::{planning::api::UnlinkRecommendation, record::RecommendationDetail},
    states::{LinkKind, Named},
};

/// Links and planning on the recommendation page.
#[component]
pub fn PlanningPanel(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let d = detail.get_value();
    let can_manage = d.can_manage;
    view! {
        <section class="card" id="links" aria-labelledby="links-title">
            <h2 id="links-title">{i18n.tr("links-title")}</h2>
            {if d.links.is_empty() {
                view! { <p class="hint">{i18n.tr("links-none")}</p> }.into_any()
            } else {
                view! { <LinkList detail /> }.into_any()
            }}
            {can_manage.then(|| view! { <LinkForm detail /> })}
        </section>
        {can_manage.then(|| view! { <PlanForm detail /> })}
    }
}

#[component]
fn LinkList(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = PlanningActions::use_context();
    let (links, can_manage) = detail.with_value(|d| (d.links.clone(), d.can_manage));
    view! {
        <ul class="plain-list" id="link-list">
            {links.into_iter().map(|link| {
                let id = link.id;
                let key = if link.outgoing { link.kind.message() } else { link.kind.incoming_message() };
                view! {
                    <li data-link=id>
                        {i18n.tr(key)}" "
                        <A href=format!("/recommendations/{}", link.other_id)>{link.reference.clone()}</A>
                        {can_manage.then(|| view! {
                            " "
                            <button type="button" class="button button-small button-secondary" data-action="unlink"
                                on:click=move |_| { actions.unlink.dispatch(UnlinkRecommendation { id }); }>
                                {i18n.tr("link-remove")}
                            </button>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn LinkForm(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = PlanningActions::use_context();
    let id = detail.with_value(|d| d.id);
    view! {
        <ActionForm action=actions.link attr:class="form form--inline" attr:id="link-form">
            <ActionResult result=actions.link.value().into() done_key="link-added" />
            <input type="hidden" name="id" value=id />
            <div class="field">
                <label for="link-kind">{i18n.tr("link-kind")}</label>
                <select id="link-kind" name="kind">
                    {LinkKind::ALL.iter().map(|&k| view! { <option value=k.name()>{i18n.label(k)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="link-reference">{i18n.tr("link-reference")}</label>
                <input id="link-reference" name="reference" type="text" required=true placeholder="A/HRC/43/10, para. 128.45" />
            </div>
            <button type="submit" class="button" id="link-save">{i18n.tr("link-add")}</button>
        </ActionForm>
    }
}

#[component]
fn PlanForm(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = PlanningActions::use_context();
    let d = detail.get_value();
    let lead = d.lead_organisation.as_ref().map_or(0, |o| o.id);
    let clusters = d
        .clusters
        .iter()
        .map(|c| c.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let known = d
        .coalition_clusters
        .iter()
        .map(|c| c.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <section class="card" id="planning" aria-labelledby="planning-title">
            <h2 id="planning-title">{i18n.tr("plan-title")}</h2>
            <ActionForm action=actions.plan attr:class="form" attr:id="plan-form">
                <ActionResult result=actions.plan.value().into() done_key="plan-saved" />
                <input type="hidden" name="plan[id]" value=d.id />
                <input type="hidden" name="plan[version]" value=d.version />
                <div class="form-grid">
                    <div class="field">
                        <label for="plan-lead">{i18n.tr("rec-lead")}</label>
                        <select id="plan-lead" name="plan[lead_organisation_id]">
                            <option value="0">{i18n.tr("plan-no-lead")}</option>
                            {d.organisations.iter().map(|o| {
                                let selected = o.id == lead;
                                view! { <option value=o.id selected=selected>{o.name.clone()}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field field--check">
                        <input id="plan-follow-up" name="plan[follow_up]" type="checkbox" checked=d.follow_up />
                        <label for="plan-follow-up">{i18n.tr("plan-follow-up")}</label>
                    </div>
                    <div class="field">
                        <label for="plan-due">{i18n.tr("rec-follow-up-due")}</label>
                        <input id="plan-due" name="plan[follow_up_due]" type="date" value=d.follow_up_due.clone().unwrap_or_default() />
                    </div>
                </div>
                <div class="field">
                    <label for="plan-clusters">{i18n.tr("rec-clusters")}</label>
                    <input id="plan-clusters" name="plan[clusters]" type="text" value=clusters />
                    <p class="hint">
                        {i18n.tr("plan-clusters-hint")}
                        {(!known.is_empty()).then(|| view! { " "{i18n.tr("plan-clusters-known")}" "{known.clone()} })}
                    </p>
                </div>
                <div class="form-grid">
                    {d.vocabularies.iter().map(|(vocabulary, known)| {
                        let (field, current, label) = match vocabulary.as_str() {
                            "theme" => ("plan[themes]", d.themes.clone(), "rec-themes"),
                            "affected_persons" => ("plan[affected_persons]", d.affected_persons.clone(), "rec-affected-persons"),
                            _ => ("plan[sdgs]", d.sdgs.clone(), "rec-sdgs"),
                        };
                        let id = format!("plan-{vocabulary}");
                        let known = known.clone();
                        view! {
                            <div class="field">
                                <label for=id.clone()>{i18n.tr(label)}</label>
                                <textarea id=id name=field rows="3">{current.join("\n")}</textarea>
                                <details class="hint">
                                    <summary>{i18n.tr("plan-tags-known")}</summary>
                                    <ul class="plain-list">{known.into_iter().map(|k| view! { <li>{k}</li> }).collect_view()}</ul>
                                </details>
                            </div>
                        }
                    }).collect_view()}
                </div>
                <p class="hint">{i18n.tr("plan-tags-hint")}</p>
                <button type="submit" class="button" id="plan-save">{i18n.tr("plan-save")}</button>
            </ActionForm>
        </section>
    }
}
