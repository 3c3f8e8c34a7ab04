//! `/reports/:id`: the report dashboard — facts and deadline, status, word totals against the
//! profile's limit, the outline with owners, status, words and due dates (filterable), and
//! for coordinators the tools to plan it.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use super::{
    StatusBadge, actions::ReportActions, bin::Bin, dashboard::Dashboard, details_form::DetailsForm,
    outline_tools::AddSectionForm, status_panel::StatusPanel, totals::Totals,
};
use crate::{
    i18n::use_i18n,
    layout::use_route_id,
    layout::{Loaded, page_data},
    reports::api::{OutlineView, report_outline},
    states::ReportStatus,
    translations::pages::LanguagesPanel,
};

/// `/reports/:id`.
#[component]
pub fn ReportPage() -> impl IntoView {
    let id = use_route_id();
    let actions = ReportActions::provide();
    let outline = page_data(
        move || (id(), actions.completed()),
        |(id, _)| report_outline(id),
    );
    view! {
        <section class="page page--wide">
            <Loaded resource=outline view=|report: OutlineView| view! { <Report report /> } />
        </section>
    }
}

#[component]
fn Report(report: OutlineView) -> impl IntoView {
    let i18n = use_i18n();
    let details = report.details.clone();
    let deadline = (!details.deadline_date.is_empty()).then(|| {
        format!(
            "{} {} ({})",
            details.deadline_date, details.deadline_time, details.time_zone
        )
    });
    let profile_name = report.profile.as_ref().map(|p| p.name.clone());
    let can_manage = report.can_manage;
    // The plan form reads the coalition's organisations and editors from here.
    provide_context(report.clone());
    view! {
        <Title text=details.title.clone() />
        <header class="page__header">
            <p class="breadcrumb">{report.coalition.clone()}</p>
            <h1>{details.title.clone()}</h1>
            <p class="lead">
                <abbr class="mechanism">{report.mechanism.clone()}</abbr>" · "
                {details.state_under_review.clone()}
                {(!details.session.is_empty()).then(|| format!(" · {}", details.session))}" "
                <StatusBadge status=report.status />
            </p>
        </header>
        <dl class="facts card" id="report-facts">
            {profile_name.map(|name| view! {
                <div><dt>{i18n.tr("report-profile")}</dt><dd>{name}</dd></div>
            })}
            <div>
                <dt>{i18n.tr("col-deadline")}</dt>
                <dd id="report-deadline">
                    {deadline.unwrap_or_else(|| i18n.tr("report-no-deadline")())}
                    {report.deadline_utc.clone().map(|utc| view! { <span class="cell-sub">{utc}" UTC"</span> })}
                </dd>
            </div>
            <div><dt>{i18n.tr("field-language")}</dt><dd>{details.language.to_uppercase()}</dd></div>
            {report.submitted_on.clone().map(|date| view! {
                <div>
                    <dt>{i18n.tr("report-submitted-on")}</dt>
                    <dd id="report-submitted">{date}{report.submission_reference.clone().map(|r| format!(" · {r}"))}</dd>
                </div>
            })}
        </dl>
        <StatusPanel report=report.clone() />
        <Totals totals=report.totals profile=report.profile.clone() />
        <Dashboard report=report.clone() />
        <LanguagesPanel report_id=details.id />
        <p class="button-row">
            <A href=format!("/reports/{}/export", details.id) attr:class="button" attr:id="export-link">
                {i18n.tr("report-export")}
            </A>
            <A href=format!("/reports/{}/uptake", details.id) attr:class="button button-secondary" attr:id="uptake-link">
                {i18n.tr("uptake-title")}
            </A>
            {(can_manage && report.status != ReportStatus::Submitted).then(|| view! {
                <A href=format!("/reports/{}/import", details.id) attr:class="button button-secondary" attr:id="import-draft-link">
                    {i18n.tr("report-import")}
                </A>
            })}
        </p>
        {can_manage.then(|| view! {
            <AddSectionForm report=report.clone() />
            <Bin bin=report.bin.clone() />
            <DetailsForm details=report.details.clone() languages=report.profile.as_ref().map(|p| p.languages.clone()).unwrap_or_default() />
        })}
    }
}
