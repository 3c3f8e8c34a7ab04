//! `/reports/:id/uptake`: did the UN listen? Each proposal of the report beside the issued
//! recommendations most like it, the words they share marked, and for coordinators the
//! buttons that confirm each as taken up in full, in part, or not; then the uptake rates of
//! all the coalition's proposals.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, Completions, Loaded, page_data, use_route_id},
    proposals::{
        api::{Candidate, ConfirmUptake, UptakeRates, UptakeView, report_uptake, uptake_rates_of},
        pages::rates::UptakeRatesView,
    },
    states::{Named, Uptake},
};

/// `/reports/:id/uptake`.
#[component]
pub fn UptakePage() -> impl IntoView {
    let id = use_route_id();
    let confirm = ServerAction::<ConfirmUptake>::new();
    let completions = Completions::new();
    completions.watch(confirm.value().into());
    let uptake = page_data(
        move || (id(), completions.count()),
        |(id, _)| report_uptake(id),
    );
    let rates = page_data(
        move || (id(), completions.count()),
        |(id, _)| uptake_rates_of(id),
    );
    view! {
        <section class="page page--wide">
            <Loaded resource=uptake view={move |view: UptakeView| view! { <UptakeList view confirm /> }} />
            <Loaded resource=rates view={move |rates: UptakeRates| {
                let csv = Some(format!("/exports/uptake.csv?report={}", id()));
                view! { <UptakeRatesView rates csv /> }
            }} />
        </section>
    }
}

#[component]
fn UptakeList(view: UptakeView, confirm: ServerAction<ConfirmUptake>) -> impl IntoView {
    let i18n = use_i18n();
    let can_confirm = view.can_confirm;
    view! {
        <Title text=i18n.tr("uptake-title") />
        <header class="page__header">
            <p class="breadcrumb"><A href=format!("/reports/{}", view.report_id)>{view.report_title.clone()}</A></p>
            <h1>{i18n.tr("uptake-title")}</h1>
            <p class="lead">{i18n.tr("uptake-intro")}</p>
            <p class="hint" id="uptake-documents">
                {if view.documents.is_empty() {
                    i18n.tr("uptake-no-documents")()
                } else {
                    format!("{} {}", i18n.tr("uptake-documents")(), view.documents.join(", "))
                }}
            </p>
        </header>
        <ActionResult result=confirm.value().into() done_key="uptake-confirmed" />
        {if view.proposals.is_empty() {
            view! { <p class="empty-state">{i18n.tr("uptake-no-proposals")}</p> }.into_any()
        } else {
            view! {
                <ol class="uptake" id="uptake-list">
                    {view.proposals.into_iter().map(|p| {
                        let proposal_id = p.proposal_id;
                        view! {
                            <li class="card" data-proposal=proposal_id>
                                <p class="cell-sub">{p.section.clone()}" · "{i18n.label(p.kind)}</p>
                                <p class="proposal__text"><strong>{p.text.clone()}</strong></p>
                                {if p.candidates.is_empty() {
                                    view! { <p class="empty-state">{i18n.tr("uptake-no-candidates")}</p> }.into_any()
                                } else {
                                    view! {
                                        <ol class="uptake__candidates">
                                            {p.candidates.into_iter().map(|c| view! {
                                                <CandidateRow proposal_id candidate=c can_confirm confirm />
                                            }).collect_view()}
                                        </ol>
                                    }
                                    .into_any()
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        }}
    }
}

#[component]
fn CandidateRow(
    proposal_id: i32,
    candidate: Candidate,
    can_confirm: bool,
    confirm: ServerAction<ConfirmUptake>,
) -> impl IntoView {
    let i18n = use_i18n();
    let recommendation_id = candidate.recommendation_id;
    let current = candidate.uptake;
    view! {
        <li class="uptake__candidate" data-recommendation=recommendation_id
            data-uptake=current.map(|u| u.name()).unwrap_or_default()>
            <p>
                <A href=format!("/recommendations/{recommendation_id}")>{candidate.citation.clone()}</A>
                " · "{i18n.tr_count("uptake-alike", "count", i64::from(candidate.alike))}
                {current.map(|u| view! { " · "<span class="badge badge--review">{i18n.label(u)}</span> })}
            </p>
            <p>
                {candidate.parts.into_iter().map(|(run, hit)| if hit {
                    view! { <mark>{run}</mark> }.into_any()
                } else {
                    run.into_any()
                }).collect_view()}
            </p>
            {can_confirm.then(|| view! {
                <div class="button-row">
                    {Uptake::ALL.iter().map(|&u| view! {
                        <ActionForm action=confirm attr:class="form--inline">
                            <input type="hidden" name="proposal_id" value=proposal_id />
                            <input type="hidden" name="recommendation_id" value=recommendation_id />
                            <input type="hidden" name="uptake" value=u.name() />
                            <button type="submit" class="button button-small button-secondary"
                                aria-pressed={if current == Some(u) { "true" } else { "false" }}>
                                {i18n.label(u)}
                            </button>
                        </ActionForm>
                    }).collect_view()}
                    {current.is_some().then(|| view! {
                        <ActionForm action=confirm attr:class="form--inline">
                            <input type="hidden" name="proposal_id" value=proposal_id />
                            <input type="hidden" name="recommendation_id" value=recommendation_id />
                            <button type="submit" class="button button-small button-secondary">{i18n.tr("uptake-clear")}</button>
                        </ActionForm>
                    })}
                </div>
            })}
        </li>
    }
}
