//! The outline as a dashboard: every section with its owners, lead editor, status, words
//! against its budget and due date (overdue highlighted); filters by organisation and status
//! and a "my sections" view; coordinators move, plan, approve and remove sections here.

use leptos::prelude::*;
use leptos_router::components::A;

use super::{
    actions::ReportActions,
    outline_tools::{PlanRow, RowTools, drag_handlers},
};
use crate::{
    i18n::use_i18n,
    layout::{DataTable, ErrorNotice},
    reports::api::{OutlineRow, OutlineView},
    sections::{api::ChangeSectionStatus, pages::usage},
    states::{Named, SectionStatus, TranslationState},
};

/// The filterable outline table.
#[component]
pub fn Dashboard(report: OutlineView) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    let organisation = RwSignal::new(0i32);
    let status = RwSignal::new(String::new());
    let mine = RwSignal::new(false);
    // The index into the report's languages of the "outdated in" filter (none: all).
    let outdated_in = RwSignal::new(None::<usize>);
    let languages = report.languages.clone();
    let planning = RwSignal::new(None::<i32>);
    let can_manage = report.can_manage;
    let rows = StoredValue::new(report.sections.clone());
    let mut owners: Vec<(i32, String)> = report
        .sections
        .iter()
        .flat_map(|s| s.organisation.iter().chain(&s.contributors))
        .map(|o| (o.id, o.name.clone()))
        .collect();
    owners.sort_by(|a, b| a.1.cmp(&b.1));
    owners.dedup();
    let shown = move |row: &OutlineRow| {
        let org = organisation.get();
        (org == 0
            || row.organisation.as_ref().is_some_and(|o| o.id == org)
            || row.contributors.iter().any(|o| o.id == org))
            && status.with(|s| s.is_empty() || s == row.status.name())
            && (!mine.get() || row.mine)
            && outdated_in.get().is_none_or(|i| {
                row.translations.get(i).and_then(|t| t.state) == Some(TranslationState::Outdated)
            })
    };
    let visible_count = move || rows.with_value(|rows| rows.iter().filter(|r| shown(r)).count());
    let columns: Vec<&'static str> = [
        "col-section",
        "col-organisation",
        "col-lead-editor",
        "col-status",
        "col-words",
        "col-due",
        "col-review",
    ]
    .into_iter()
    .chain(languages.iter().map(|l| l.message()))
    .chain(can_manage.then_some("col-actions"))
    .collect();
    let drag = drag_handlers(rows);
    let section_rows = report
        .sections
        .iter()
        .cloned()
        .map(|row| {
            let id = row.id;
            let shown_row = row.clone();
            let drag = drag.clone();
            view! {
                <Show when=move || shown(&shown_row)>
                    <SectionRow row=row.clone() can_manage planning drag=drag.clone() />
                    {
                        let row = row.clone();
                        move || (planning.get() == Some(id)).then(|| view! { <PlanRow row=row.clone() planning /> })
                    }
                </Show>
            }
        })
        .collect_view();
    view! {
        <section class="dashboard" aria-labelledby="outline-title">
            <h2 id="outline-title">{i18n.tr("outline-title")}</h2>
            <div class="filters" role="search">
                <div class="field">
                    <label for="filter-organisation">{i18n.tr("col-organisation")}</label>
                    <select id="filter-organisation" on:change=move |ev| organisation.set(event_target_value(&ev).parse().unwrap_or(0))>
                        <option value="0">{i18n.tr("filter-all")}</option>
                        {owners.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-status">{i18n.tr("col-status")}</label>
                    <select id="filter-status" on:change=move |ev| status.set(event_target_value(&ev))>
                        <option value="">{i18n.tr("filter-all")}</option>
                        {SectionStatus::ALL.iter().map(|&s| view! { <option value=s.name()>{i18n.label(s)}</option> }).collect_view()}
                    </select>
                </div>
                {(!languages.is_empty()).then(|| view! {
                    <div class="field">
                        <label for="filter-translation">{i18n.tr("filter-translation")}</label>
                        <select id="filter-translation" on:change=move |ev| outdated_in.set(event_target_value(&ev).parse().ok())>
                            <option value="">{i18n.tr("filter-all")}</option>
                            {languages.iter().enumerate().map(|(i, &l)| view! {
                                <option value=i>{i18n.tr("filter-outdated-in")}" "{i18n.label(l)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                })}
                <div class="field field--check">
                    <input id="filter-mine" type="checkbox" on:change=move |ev| mine.set(event_target_checked(&ev)) />
                    <label for="filter-mine">{i18n.tr("filter-mine")}</label>
                </div>
                <p class="hint" aria-live="polite">{move || i18n.tr_count("sections-shown", "count", visible_count() as i64)()}</p>
            </div>
            {move || actions.row_error.get().map(|error| view! { <ErrorNotice error /> })}
            <DataTable caption="outline-title" columns=columns id="report-outline" class="outline-table">
                {section_rows}
            </DataTable>
            {report.sections.is_empty().then(|| view! { <p class="empty-state">{i18n.tr("outline-empty")}</p> })}
        </section>
    }
}

#[component]
fn SectionRow(
    row: OutlineRow,
    can_manage: bool,
    planning: RwSignal<Option<i32>>,
    drag: super::outline_tools::DragHandlers,
) -> impl IntoView {
    let i18n = use_i18n();
    let actions = ReportActions::use_context();
    let usage_class = match usage(row.words.body, row.word_budget) {
        "over" => "over-budget",
        "near" => "near-budget",
        _ => "",
    };
    let budget = row
        .word_budget
        .map(|b| format!(" / {b}"))
        .unwrap_or_default();
    let owners = row
        .organisation
        .iter()
        .chain(&row.contributors)
        .map(|o| o.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let id = row.id;
    let status_button = can_manage.then(|| {
        let (to, key) = match row.status {
            SectionStatus::InReview => (SectionStatus::Approved, "section-approve"),
            SectionStatus::Approved => (SectionStatus::Drafting, "section-reopen"),
            _ => return None,
        };
        Some(view! {
            <button type="button" class="button button-small" data-action=key
                on:click=move |_| { actions.section_status.dispatch(ChangeSectionStatus { id, status: to.name().to_string() }); }>
                {i18n.tr(key)}
            </button>
        })
    });
    let notes = row.notes.clone().filter(|n| !n.is_empty());
    view! {
        <tr
            class=format!("outline-row outline-row--{}", row.depth)
            class:overdue=row.overdue
            class:mine=row.mine
            data-section=row.id
            draggable=can_manage.then_some("true")
            on:dragstart={ let drag = drag.clone(); move |ev| drag.start(id, ev) }
            on:dragover={ let drag = drag.clone(); move |ev| drag.over(ev) }
            on:drop={ let drag = drag.clone(); move |ev| drag.drop(id, ev) }
        >
            <th scope="row">
                <span class="outline-number">{row.number.clone()}</span>" "
                <A href=format!("/sections/{}", row.id)>{row.title.clone()}</A>
                {row.annex.then(|| view! { " "<span class="badge">{i18n.tr("section-annex-badge")}</span> })}
                {notes.map(|n| view! { <span class="cell-sub notes" title=i18n.tr("section-notes")>{n}</span> })}
            </th>
            <td>{owners}</td>
            <td>{row.lead_editor.as_ref().map(|e| e.name.clone()).unwrap_or_default()}</td>
            <td>
                <span class=format!("status status--{}", row.status)>{i18n.label(row.status)}</span>
                {status_button}
            </td>
            <td class=usage_class>
                {format!("{}{budget}", row.words.body)}
                {(row.words.notes > 0).then(|| view! { <span class="cell-sub">{i18n.tr_count("notes-words", "count", row.words.notes)}</span> })}
            </td>
            <td>
                {row.due_date.clone().map(|d| { let text = d.clone(); view! { <time datetime=d>{text}</time> } })}
                {row.overdue.then(|| view! { <span class="cell-sub overdue-label">{i18n.tr("section-overdue")}</span> })}
            </td>
            <td class="review-counts">
                {(row.open_threads > 0).then(|| view! { <span class="cell-title">{i18n.tr_count("threads-open", "count", row.open_threads)}</span> })}
                {(row.open_suggestions > 0).then(|| view! { <span class="cell-sub">{i18n.tr_count("suggestions-open", "count", row.open_suggestions)}</span> })}
            </td>
            {row.translations.iter().map(|cell| {
                let (language, state) = (cell.language, cell.state);
                let label = match state {
                    Some(state) => i18n.label(state)(),
                    None => i18n.tr("translation-state-missing")(),
                };
                let state_name = state.map_or("missing", |s| s.name());
                view! {
                    <td class="translation-cell" data-language=language.name()>
                        <A href=format!("/sections/{id}/translations/{language}")
                            attr:class=format!("translation-state translation-state--{state_name}")>
                            {label}
                        </A>
                        {cell.translator.clone().map(|name| view! {
                            <span class="cell-sub" class:mine=cell.mine>{name}</span>
                        })}
                    </td>
                }
            }).collect_view()}
            {can_manage.then(|| view! { <td><RowTools id planning /></td> })}
        </tr>
    }
}
