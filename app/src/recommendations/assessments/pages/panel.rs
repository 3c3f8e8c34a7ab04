//! The assessments of a recommendation: the current one of each assessor with the
//! State–coalition divergence, the full history (drafts and approved), and the form that
//! records or changes a draft.

use leptos::{form::ActionForm, prelude::*};

use super::actions::AssessmentActions;
use crate::{
    i18n::{I18n, use_i18n},
    layout::{ActionResult, DataTable},
    recommendations::{
        assessments::api::{ApproveAssessment, DiscardAssessment},
        record::{AssessmentView, RecommendationDetail},
        scales::{MAX_ORDINAL, Scale, label_text, ordinal_key},
    },
    states::{Assessor, Named},
};

/// Who assessed: the assessor kind, the NGO and the name given.
fn assessor_text(i18n: I18n, a: &AssessmentView) -> String {
    let mut text = i18n.label(a.assessor)();
    if let Some(organisation) = &a.organisation {
        text = format!("{text}: {}", organisation.name);
    }
    if !a.assessor_name.is_empty() {
        text = format!("{text} ({})", a.assessor_name);
    }
    text
}

/// The assessments panel of the recommendation page.
#[component]
pub fn AssessmentPanel(detail: StoredValue<RecommendationDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let d = detail.get_value();
    let current: Vec<AssessmentView> = d
        .assessments
        .iter()
        .filter(|a| d.current.contains(&a.id))
        .cloned()
        .collect();
    let editing = RwSignal::new(None::<AssessmentView>);
    let may_record = d.can_follow_up || d.can_assess_as_ngo;
    view! {
        <section class="card" id="assessments" aria-labelledby="assessments-title">
            <h2 id="assessments-title">{i18n.tr("assessments-title")}</h2>
            {d.divergence.map(|difference| view! { <Divergence difference /> })}
            {if current.is_empty() {
                view! { <p class="empty-state">{i18n.tr("assessments-none-current")}</p> }.into_any()
            } else {
                view! { <CurrentTable current /> }.into_any()
            }}
            <h3>{i18n.tr("assessments-history")}</h3>
            {if d.assessments.is_empty() {
                view! { <p class="hint">{i18n.tr("assessments-none")}</p> }.into_any()
            } else {
                view! {
                    <ol class="assessment-history" id="assessment-history">
                        {d.assessments.iter().cloned().map(|a| view! { <HistoryItem a editing /> }).collect_view()}
                    </ol>
                }
                .into_any()
            }}
            {may_record.then(|| view! {
                {move || {
                    let initial = editing.get();
                    view! { <AssessmentForm detail initial editing /> }
                }}
            })}
        </section>
    }
}

#[component]
fn Divergence(difference: i16) -> impl IntoView {
    let i18n = use_i18n();
    let key = if difference > 0 {
        "divergence-state-higher"
    } else {
        "divergence-state-lower"
    };
    view! {
        <p class="notice notice--warning" role="note" id="divergence">
            {i18n.tr_count(key, "levels", i64::from(difference.abs()))}
        </p>
    }
}

#[component]
fn CurrentTable(current: Vec<AssessmentView>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <DataTable caption="assessments-current" columns=["col-assessor", "col-assessment", "col-level", "col-assessed-on"] id="current-assessments">
            {current.into_iter().map(|a| {
                let level = ordinal_key(a.ordinal);
                let class = format!("level level--{}", a.ordinal.map_or("none".to_string(), |o| o.to_string()));
                view! {
                    <tr data-assessor=a.assessor.name()>
                        <th scope="row">{assessor_text(i18n, &a)}</th>
                        <td>{label_text(i18n, a.scale, &a.label)}</td>
                        <td><span class=class>{i18n.tr_owned(level)}</span></td>
                        <td class="nowrap">{a.assessed_on.clone()}</td>
                    </tr>
                }
            }).collect_view()}
        </DataTable>
    }
}

#[component]
fn HistoryItem(a: AssessmentView, editing: RwSignal<Option<AssessmentView>>) -> impl IntoView {
    let i18n = use_i18n();
    let actions = AssessmentActions::use_context();
    let (id, version) = (a.id, a.version);
    let status_class = format!("badge badge--assessment-{}", a.status);
    let who = assessor_text(i18n, &a);
    let label = label_text(i18n, a.scale, &a.label);
    let recorded = match (&a.author, &a.approved_by, &a.approved_at) {
        (author, Some(approver), Some(at)) => format!(
            "{} · {} {approver}, {at}",
            author.clone().unwrap_or_default(),
            i18n.tr("assessment-approved-by")()
        ),
        (author, _, _) => author.clone().unwrap_or_default(),
    };
    let edit = a.clone();
    view! {
        <li class="assessment" data-assessment=id data-status=a.status.name()>
            <div class="assessment__head">
                <span class="assessment__who">{who}</span>
                <span class="assessment__label">{label}</span>
                <span class=status_class>{i18n.label(a.status)}</span>
                <span class="nowrap">{a.assessed_on.clone()}</span>
            </div>
            {(!a.narrative.is_empty()).then(|| view! { <p class="assessment__narrative">{a.narrative.clone()}</p> })}
            <p class="cell-sub">{recorded}</p>
            <div class="button-row">
                {a.can_edit.then(|| view! {
                    <button type="button" class="button button-small button-secondary" data-action="edit-assessment"
                        on:click=move |_| editing.set(Some(edit.clone()))>
                        {i18n.tr("assessment-edit")}
                    </button>
                    <button type="button" class="button button-small button-danger" data-action="discard-assessment"
                        on:click=move |_| { actions.discard.dispatch(DiscardAssessment { id }); }>
                        {i18n.tr("assessment-discard")}
                    </button>
                })}
                {a.can_approve.then(|| view! {
                    <button type="button" class="button button-small" data-action="approve-assessment"
                        on:click=move |_| { actions.approve.dispatch(ApproveAssessment { id, version }); }>
                        {i18n.tr("assessment-approve")}
                    </button>
                })}
            </div>
        </li>
    }
}

/// Records a new assessment, or changes the draft in `initial`.
#[component]
fn AssessmentForm(
    detail: StoredValue<RecommendationDetail>,
    initial: Option<AssessmentView>,
    editing: RwSignal<Option<AssessmentView>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let actions = AssessmentActions::use_context();
    let d = detail.get_value();
    let initial_scale = initial.as_ref().map_or(Scale::UprInfo, |a| a.scale);
    let initial_assessor = initial.as_ref().map_or(
        if d.can_follow_up {
            Assessor::Coalition
        } else {
            Assessor::Ngo
        },
        |a| a.assessor,
    );
    let scale = RwSignal::new(initial_scale);
    let assessor = RwSignal::new(initial_assessor);
    let label = initial
        .as_ref()
        .map(|a| a.label.clone())
        .unwrap_or_default();
    let ordinal = initial
        .as_ref()
        .and_then(|a| a.ordinal)
        .map(|o| o.to_string())
        .unwrap_or_default();
    let assessors: Vec<Assessor> = Assessor::ALL
        .iter()
        .copied()
        .filter(|&a| d.can_follow_up || a == Assessor::Ngo)
        .collect();
    let organisations = if d.can_follow_up {
        d.organisations.clone()
    } else {
        d.own_organisations.clone()
    };
    let initial_organisation = initial
        .as_ref()
        .and_then(|a| a.organisation.as_ref().map(|o| o.id));
    let is_edit = initial.is_some();
    let (id, version) = initial.as_ref().map_or((0, 0), |a| (a.id, a.version));
    let today = initial
        .as_ref()
        .map(|a| a.assessed_on.clone())
        .unwrap_or_default();
    let narrative = initial
        .as_ref()
        .map(|a| a.narrative.clone())
        .unwrap_or_default();
    let assessor_name = initial
        .as_ref()
        .map(|a| a.assessor_name.clone())
        .unwrap_or_default();
    let level_field = move || {
        let chosen = scale.get();
        if chosen == Scale::Custom {
            let ordinal = ordinal.clone();
            view! {
                <div class="field">
                    <label for="assessment-label">{i18n.tr("assessment-custom-label")}</label>
                    <input id="assessment-label" name="assessment[label]" type="text" maxlength="120" required=true value=label.clone() />
                </div>
                <div class="field">
                    <label for="assessment-ordinal">{i18n.tr("assessment-ordinal")}</label>
                    <select id="assessment-ordinal" name="assessment[custom_ordinal]">
                        {(0..=MAX_ORDINAL).rev().map(|o| {
                            let selected = ordinal == o.to_string();
                            view! { <option value=o selected=selected>{i18n.tr_owned(ordinal_key(Some(o)))}</option> }
                        }).collect_view()}
                        <option value="" selected=ordinal.is_empty()>{i18n.tr("ordinal-none")}</option>
                    </select>
                </div>
            }
            .into_any()
        } else {
            let label = label.clone();
            view! {
                <div class="field">
                    <label for="assessment-label">{i18n.tr("col-assessment")}</label>
                    <select id="assessment-label" name="assessment[label]">
                        {chosen.levels().iter().map(|level| {
                            let selected = level.code.eq_ignore_ascii_case(&label);
                            let key = chosen.label_key(level.code).unwrap_or_default();
                            view! { <option value=level.code selected=selected>{i18n.tr_owned(key)}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <h3 id="assessment-form-title">
            {if is_edit { i18n.tr("assessment-edit-title") } else { i18n.tr("assessment-new-title") }}
        </h3>
        <ActionForm action=actions.save attr:class="form" attr:id="assessment-form">
            <ActionResult result=actions.save.value().into() done_key="assessment-saved" />
            <input type="hidden" name="assessment[recommendation_id]" value=d.id />
            <input type="hidden" name="assessment[id]" value=id />
            <input type="hidden" name="assessment[version]" value=version />
            <div class="form-grid">
                <div class="field">
                    <label for="assessment-assessor">{i18n.tr("col-assessor")}</label>
                    <select id="assessment-assessor" name="assessment[assessor]"
                        on:change=move |ev| {
                            if let Some(chosen) = Assessor::parse(&event_target_value(&ev)) {
                                assessor.set(chosen);
                            }
                        }>
                        {assessors.into_iter().map(|a| {
                            let selected = assessor.get_untracked() == a;
                            view! { <option value=a.name() selected=selected>{i18n.label(a)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field" hidden=move || assessor.get() != Assessor::Ngo>
                    <label for="assessment-organisation">{i18n.tr("assessment-organisation")}</label>
                    <select id="assessment-organisation" name="assessment[organisation_id]">
                        {organisations.into_iter().map(|o| {
                            let selected = initial_organisation == Some(o.id);
                            view! { <option value=o.id selected=selected>{o.name}</option> }
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="assessment-name">{i18n.tr("assessment-name")}</label>
                    <input id="assessment-name" name="assessment[assessor_name]" type="text" maxlength="200" value=assessor_name />
                    <p class="hint">{i18n.tr("assessment-name-hint")}</p>
                </div>
                <div class="field">
                    <label for="assessment-scale">{i18n.tr("assessment-scale")}</label>
                    <select id="assessment-scale" name="assessment[scale]"
                        on:change=move |ev| {
                            if let Some(chosen) = Scale::parse(&event_target_value(&ev)) {
                                scale.set(chosen);
                            }
                        }>
                        {Scale::ALL.iter().map(|&s| {
                            let selected = scale.get_untracked() == s;
                            view! { <option value=s.name() selected=selected>{i18n.label(s)}</option> }
                        }).collect_view()}
                    </select>
                </div>
                {level_field}
                <div class="field">
                    <label for="assessment-date">{i18n.tr("col-assessed-on")}</label>
                    <input id="assessment-date" name="assessment[assessed_on]" type="date" required=true value=today />
                </div>
            </div>
            <div class="field">
                <label for="assessment-narrative">{i18n.tr("assessment-narrative")}</label>
                <textarea id="assessment-narrative" name="assessment[narrative]" rows="4">{narrative}</textarea>
            </div>
            <div class="button-row">
                <button type="submit" class="button" id="assessment-save">{i18n.tr("assessment-save")}</button>
                {is_edit.then(|| view! {
                    <button type="button" class="button button-secondary" on:click=move |_| editing.set(None)>
                        {i18n.tr("assessment-cancel-edit")}
                    </button>
                })}
            </div>
        </ActionForm>
    }
}
