//! The report's status and, for coordinators, the next steps: to review, final, back a step,
//! and submitted with its date and reference.

use leptos::{form::ActionForm, prelude::*};

use super::{StatusBadge, actions::ReportActions};
use crate::{
    i18n::use_i18n,
    layout::ActionResult,
    reports::api::{ChangeReportStatus, OutlineView},
    states::{Named, ReportStatus},
};

/// Status steps for coordinators; nothing for others.
#[component]
pub fn StatusPanel(report: OutlineView) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    if !report.can_manage || report.next_statuses.is_empty() {
        return ().into_any();
    }
    let id = report.details.id;
    let version = report.details.version;
    let steps = report
        .next_statuses
        .iter()
        .copied()
        .filter(|s| *s != ReportStatus::Submitted)
        .map(|status| {
            let key = format!("report-to-{status}");
            view! {
                <button type="button" class="button" data-status=status.name()
                    on:click=move |_| {
                        actions.report_status.dispatch(ChangeReportStatus {
                            id,
                            version,
                            status: status.name().to_string(),
                            submitted_on: String::new(),
                            reference: String::new(),
                        });
                    }>
                    {i18n.tr_owned(key)}
                </button>
            }
        })
        .collect_view();
    let can_submit = report.next_statuses.contains(&ReportStatus::Submitted);
    view! {
        <section class="card status-panel" aria-labelledby="status-title">
            <h2 class="card__title" id="status-title">
                {i18n.tr("col-status")}" " <StatusBadge status=report.status />
            </h2>
            <ActionResult result=actions.report_status.value().into() done_key="account-saved" />
            <div class="button-row">{steps}</div>
            {can_submit.then(|| view! {
                <ActionForm action=actions.report_status attr:class="form form--inline" attr:id="submission-form">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="version" value=version />
                    <input type="hidden" name="status" value=ReportStatus::Submitted.name() />
                    <div class="field">
                        <label for="submitted-on">{i18n.tr("report-submitted-on")}</label>
                        <input id="submitted-on" name="submitted_on" type="date" required=true
                            value=report.submitted_on.clone().unwrap_or_default() />
                    </div>
                    <div class="field">
                        <label for="submission-reference">{i18n.tr("report-reference")}</label>
                        <input id="submission-reference" name="reference" type="text" maxlength="200"
                            value=report.submission_reference.clone().unwrap_or_default() />
                    </div>
                    <button type="submit" class="button">{i18n.tr("report-record-submission")}</button>
                </ActionForm>
            })}
        </section>
    }
    .into_any()
}
