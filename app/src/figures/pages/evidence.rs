//! A recommendation's monitoring evidence, on its page: how many linked events, acts and
//! victims the coalition's monitoring holds, the linked events the viewer may read, and for
//! the writers of a member organisation the choice of one of their events to link.

use leptos::{form::ActionForm, prelude::*};
use leptos_router::components::A;

use crate::{
    figures::api::{EvidenceOfEvents, LinkEvent, monitoring_evidence},
    i18n::{translate_with, use_i18n},
    layout::{ActionResult, Loaded, page_data},
};

/// The evidence panel of recommendation `id`, for the recommendation page.
pub fn monitoring_evidence_panel(id: i32) -> AnyView {
    view! { <EvidencePanel id /> }.into_any()
}

#[component]
fn EvidencePanel(id: i32) -> impl IntoView {
    let i18n = use_i18n();
    let link = ServerAction::<LinkEvent>::new();
    let evidence = page_data(
        move || (id, link.version().get()),
        |(id, _)| monitoring_evidence(id),
    );
    view! {
        <section class="card" id="monitoring-evidence" aria-labelledby="monitoring-evidence-title">
            <h2 id="monitoring-evidence-title">{i18n.tr("evidence-monitoring-title")}</h2>
            <ActionResult result=link.value().into() done_key="evidence-monitoring-saved" />
            <Loaded resource=evidence view={move |evidence: EvidenceOfEvents| view! { <Evidence id evidence link /> }} />
        </section>
    }
}

#[component]
fn Evidence(id: i32, evidence: EvidenceOfEvents, link: ServerAction<LinkEvent>) -> impl IntoView {
    let i18n = use_i18n();
    let summary = translate_with(
        i18n.locale_untracked(),
        "evidence-monitoring-summary",
        &[
            ("events", evidence.events.into()),
            ("acts", evidence.acts.into()),
            ("victims", evidence.victims.into()),
        ],
    );
    let listed = evidence
        .listed
        .into_iter()
        .map(|e| {
            let event_id = e.id;
            view! {
                <li data-event=event_id>
                    <A href=format!("/monitoring/{event_id}")>{e.title}</A>
                    <span class="cell-sub">
                        {format!("{} · {} · {}", e.started_on, e.region, e.organisation)}" · "
                        {i18n.tr_count("evidence-monitoring-acts", "count", e.acts)}
                    </span>
                    {e.can_unlink.then(|| view! {
                        <ActionForm action=link attr:class="form--inline">
                            <input type="hidden" name="recommendation_id" value=id />
                            <input type="hidden" name="event_id" value=event_id />
                            <button type="submit" class="button button-small button-secondary">{i18n.tr("evidence-monitoring-unlink")}</button>
                        </ActionForm>
                    })}
                </li>
            }
        })
        .collect_view();
    let choose = (!evidence.choices.is_empty()).then(|| {
        view! {
            <ActionForm action=link attr:class="form" attr:id="link-event-form">
                <input type="hidden" name="recommendation_id" value=id />
                <input type="hidden" name="linked" value="true" />
                <div class="field">
                    <label for="link-event">{i18n.tr("evidence-monitoring-choose")}</label>
                    <select id="link-event" name="event_id">
                        {evidence.choices.into_iter().map(|c| view! {
                            <option value=c.id>{format!("{} · {}", c.started_on, c.title)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button" id="link-event-save">{i18n.tr("evidence-monitoring-link")}</button>
            </ActionForm>
        }
    });
    view! {
        <p id="monitoring-evidence-summary">{summary}</p>
        <ul class="plain-list" id="monitoring-evidence-events">{listed}</ul>
        {choose}
    }
}
