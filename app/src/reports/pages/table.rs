//! The table of reports used on the overview and the reports page.

use leptos::prelude::*;
use leptos_router::components::A;

use super::StatusBadge;
use crate::{i18n::use_i18n, layout::DataTable, reports::api::ReportSummary};

const COLUMNS: [&str; 7] = [
    "col-title",
    "col-mechanism",
    "col-state",
    "col-session",
    "col-deadline",
    "col-status",
    "col-progress",
];

/// Reports with mechanism, State, session, deadline, status and progress.
#[component]
pub fn ReportsTable(reports: Vec<ReportSummary>, caption: &'static str) -> impl IntoView {
    let i18n = use_i18n();
    let rows = reports
        .into_iter()
        .map(|r| {
            let progress = format!("{}/{}", r.approved_sections, r.section_count);
            view! {
                <tr>
                    <th scope="row">
                        <A href=format!("/reports/{}", r.id) attr:class="cell-title">{r.title}</A>
                        <span class="cell-sub">{r.coalition}</span>
                    </th>
                    <td><abbr class="mechanism">{r.mechanism}</abbr></td>
                    <td>{r.state_under_review}</td>
                    <td>{r.session.unwrap_or_default()}</td>
                    <td><time datetime=r.deadline.clone()>{r.deadline.clone()}</time></td>
                    <td><StatusBadge status=r.status /></td>
                    <td>
                        <span class="cell-title">{progress}</span>
                        <span class="cell-sub">
                            {i18n.tr_count("sections-count", "count", r.section_count)} " · "
                            {i18n.tr_count("words-count", "count", r.word_count)}
                        </span>
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable caption columns=COLUMNS>{rows}</DataTable>
    }
}
