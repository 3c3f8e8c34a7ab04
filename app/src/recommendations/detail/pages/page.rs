//! `/recommendations/:id`: what the UN recommended and where it came from, who follows it up,
//! the current assessments (with the State–coalition divergence), their history, the
//! evidence, and the coordinator's planning and links.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{Completions, Loaded, page_data, use_route_id},
    recommendations::{
        assessments::pages::{AssessmentActions, AssessmentPanel},
        detail::api::recommendation,
        evidence::pages::{EvidenceActions, EvidencePanel},
        planning::pages::{PlanningActions, PlanningPanel},
        record::RecommendationDetail,
    },
};

/// `/recommendations/:id`; `beside` adds a panel of a feature above the tracker (the
/// monitoring evidence) after the tracker's own.
#[component]
pub fn RecommendationPage(#[prop(optional)] beside: Option<fn(i32) -> AnyView>) -> impl IntoView {
    let id = use_route_id();
    let completions = Completions::new();
    AssessmentActions::provide(completions);
    EvidenceActions::provide(completions);
    PlanningActions::provide(completions);
    let detail = page_data(
        move || (id(), completions.count()),
        |(id, _)| recommendation(id),
    );
    view! {
        <section class="page page--wide recommendation-page">
            <Loaded resource=detail view=move |detail: RecommendationDetail| view! { <Detail detail beside /> } />
        </section>
    }
}

#[component]
fn Detail(detail: RecommendationDetail, beside: Option<fn(i32) -> AnyView>) -> impl IntoView {
    let i18n = use_i18n();
    let detail = StoredValue::new(detail);
    let d = detail.get_value();
    let fact = move |label: &'static str, value: String| {
        (!value.is_empty()).then(|| view! { <div><dt>{i18n.tr(label)}</dt><dd>{value}</dd></div> })
    };
    let tags = move |label: &'static str, values: Vec<String>| {
        (!values.is_empty()).then(|| {
            view! {
                <div>
                    <dt>{i18n.tr(label)}</dt>
                    <dd><ul class="tag-list">{values.into_iter().map(|v| view! { <li class="tag">{v}</li> }).collect_view()}</ul></dd>
                </div>
            }
        })
    };
    let lead = d
        .lead_organisation
        .clone()
        .map(|o| o.name)
        .unwrap_or_default();
    let cluster_leads = d
        .cluster_leads
        .iter()
        .map(|o| o.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let position = d.upr_position.map(|p| i18n.label(p)());
    let follow_up = if d.follow_up {
        d.follow_up_due
            .clone()
            .unwrap_or_else(|| i18n.tr("rec-follow-up-no-date")())
    } else {
        String::new()
    };
    view! {
        <Title text=d.citation.clone() />
        <header class="page__header">
            <p class="breadcrumb"><A href="/recommendations">{i18n.tr("recommendations-title")}</A></p>
            <h1 id="recommendation-citation"><abbr class="mechanism">{d.mechanism.clone()}</abbr>" "{d.citation.clone()}</h1>
        </header>
        <blockquote class="recommendation-text card" id="recommendation-text">{d.text.clone()}</blockquote>
        <dl class="facts card" id="recommendation-facts">
            {fact("rec-state-under-review", d.state_under_review.clone())}
            {fact("rec-session", d.session.clone())}
            {fact("rec-published", d.published_on.clone().unwrap_or_default())}
            {fact("rec-recommending-states", d.recommending_states.clone())}
            {fact("rec-position", position.unwrap_or_default())}
            {fact("rec-lead", lead)}
            {fact("rec-cluster-leads", cluster_leads)}
            {fact("rec-follow-up-due", follow_up)}
            {fact("rec-document-follow-up", d.document_follow_up_due.clone().unwrap_or_default())}
            {tags("rec-themes", d.themes.clone())}
            {tags("rec-affected-persons", d.affected_persons.clone())}
            {tags("rec-sdgs", d.sdgs.clone())}
            {tags("rec-clusters", d.clusters.iter().map(|c| c.name.clone()).collect())}
        </dl>
        <section class="card" id="addressed-in" aria-labelledby="addressed-in-title">
            <h2 id="addressed-in-title">{i18n.tr("addressed-title")}</h2>
            {if d.addressed_in.is_empty() {
                view! { <p class="hint">{i18n.tr("addressed-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        {d.addressed_in.clone().into_iter().map(|s| view! {
                            <li>
                                <A href=format!("/sections/{}", s.section_id)>{s.section_title}</A>
                                <span class="cell-sub">{s.report_title}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
        {(!d.reflects.is_empty()).then(|| view! {
            <section class="card" id="reflects" aria-labelledby="reflects-title">
                <h2 id="reflects-title">{i18n.tr("reflects-title")}</h2>
                <ul class="plain-list">
                    {d.reflects.clone().into_iter().map(|p| view! {
                        <li>
                            <span class="badge badge--review">{i18n.label(p.uptake)}</span>" "{p.text}
                            <span class="cell-sub">
                                <A href=format!("/sections/{}", p.section_id)>{p.section_title}</A>" · "{p.report_title}
                            </span>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
        })}
        <AssessmentPanel detail />
        <EvidencePanel detail />
        <PlanningPanel detail />
        {beside.map(|panel| panel(d.id))}
    }
}
