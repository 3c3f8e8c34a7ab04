//! `/monitoring/tables`: for each of the viewer's coalitions, a choice of table and section
//! ("Insert into section"), and the tables the sections already carry, each with a refresh.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    figures::api::{
        CoalitionFigures, InsertMonitoringTable, Inserted, SectionChoice, monitoring_figures,
    },
    i18n::use_i18n,
    layout::{DataTable, ErrorNotice, Loaded, page_data},
    monitoring::api::Breakdown,
};

/// `/monitoring/tables`.
#[component]
pub fn FiguresPage() -> impl IntoView {
    let i18n = use_i18n();
    let insert = ServerAction::<InsertMonitoringTable>::new();
    let figures = page_data(move || insert.version().get(), |_| monitoring_figures());
    view! {
        <Title text=i18n.tr("figures-title") />
        <section class="page">
            <header class="page__header">
                <p><A href="/monitoring">{i18n.tr("monitoring-title")}</A></p>
                <h1>{i18n.tr("figures-title")}</h1>
                <p class="lead">{i18n.tr("figures-intro")}</p>
            </header>
            <Done insert />
            <Loaded resource=figures view={move |figures: Vec<CoalitionFigures>| {
                let empty = figures.is_empty();
                view! {
                    {empty.then(|| view! { <p class="empty-state">{i18n.tr("figures-none")}</p> })}
                    {figures.into_iter().map(|f| view! { <Coalition figures=f insert /> }).collect_view()}
                }
            }} />
        </section>
    }
}

/// What the last insertion did, or why it failed.
#[component]
fn Done(insert: ServerAction<InsertMonitoringTable>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        insert.value().with(|value| match value {
            Some(Ok(Inserted { refreshed, version })) => {
                let key = if *refreshed {
                    "figures-refreshed"
                } else {
                    "figures-inserted"
                };
                let text = i18n.tr_count(key, "version", i64::from(*version));
                Some(
                    view! { <p class="notice" role="status" id="figures-done">{text}</p> }
                        .into_any(),
                )
            }
            Some(Err(error)) => Some(view! { <ErrorNotice error=error.clone() /> }.into_any()),
            None => None,
        })
    }
}

/// One coalition: the insertion form and the tables its sections carry.
#[component]
fn Coalition(
    figures: CoalitionFigures,
    insert: ServerAction<InsertMonitoringTable>,
) -> impl IntoView {
    let i18n = use_i18n();
    let CoalitionFigures {
        coalition_id,
        name,
        counts,
        sections,
    } = figures;
    let form = if sections.is_empty() {
        view! { <p class="empty-state">{i18n.tr("figures-no-sections")}</p> }.into_any()
    } else {
        view! { <InsertForm sections=sections.clone() insert /> }.into_any()
    };
    let carried: Vec<(SectionChoice, Breakdown)> = sections
        .into_iter()
        .flat_map(|s| s.tables.clone().into_iter().map(move |b| (s.clone(), b)))
        .collect();
    let placed = (!carried.is_empty()).then(|| {
        let rows = carried
            .into_iter()
            .map(|(section, breakdown)| {
                view! {
                    <tr data-section=section.id data-table=breakdown.name()>
                        <td>{section.report}</td>
                        <th scope="row"><A href=format!("/sections/{}", section.id)>{section.title}</A></th>
                        <td>{i18n.tr(breakdown.title())}</td>
                        <td>
                            <ActionForm action=insert>
                                <input type="hidden" name="section_id" value=section.id />
                                <input type="hidden" name="breakdown" value=breakdown.name() />
                                <button type="submit" class="button button--secondary">{i18n.tr("figures-refresh")}</button>
                            </ActionForm>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <DataTable caption="figures-placed" caption_shown=true id="figures-placed"
                columns=["figures-report", "figures-section", "figures-table", "figures-refresh-column"]>
                {rows}
            </DataTable>
        }
    });
    view! {
        <section class="card" id=format!("figures-{coalition_id}")>
            <h2>{name}</h2>
            <p>{i18n.tr_count("monitoring-events-count", "count", counts.events)}</p>
            {form}
            {placed}
        </section>
    }
}

/// Choosing a table and a section, sections grouped by report.
#[component]
fn InsertForm(
    sections: Vec<SectionChoice>,
    insert: ServerAction<InsertMonitoringTable>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut reports: Vec<(String, Vec<SectionChoice>)> = Vec::new();
    for section in sections {
        match reports.last_mut() {
            Some((report, list)) if *report == section.report => list.push(section),
            _ => reports.push((section.report.clone(), vec![section])),
        }
    }
    view! {
        <ActionForm action=insert attr:class="form" attr:id="figures-form">
            <div class="field">
                <label for="figures-breakdown">{i18n.tr("figures-table")}</label>
                <select id="figures-breakdown" name="breakdown">
                    {Breakdown::ALL.into_iter().map(|b| view! {
                        <option value=b.name()>{i18n.tr(b.title())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="figures-section">{i18n.tr("figures-section")}</label>
                <select id="figures-section" name="section_id">
                    {reports.into_iter().map(|(report, list)| view! {
                        <optgroup label=report>
                            {list.into_iter().map(|s| view! { <option value=s.id>{s.title}</option> }).collect_view()}
                        </optgroup>
                    }).collect_view()}
                </select>
            </div>
            <p class="hint">{i18n.tr("figures-hint")}</p>
            <button type="submit" class="button" id="figures-insert">{i18n.tr("figures-insert")}</button>
        </ActionForm>
    }
}
