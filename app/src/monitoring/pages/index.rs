//! `/monitoring`: the coalition's counts of acts and victims (every member's events, shared
//! or not), the events the viewer may read, and for writers the form that records a new one.

use leptos::{form::ActionForm, prelude::*};
use leptos_meta::Title;
use leptos_router::{components::A, hooks::use_navigate};

use crate::{
    i18n::use_i18n,
    layout::{ActionResult, DataTable, Loaded, page_data},
    monitoring::{
        api::{
            CountRow, EventForm, MonitoringView, RecordingFor, RegionList, SaveEvent, SetRegion,
            YearTypes, monitoring,
        },
        pages::fields::EventFields,
    },
    recommendations::follow_up::pages::{ChartRow, StackedChart},
    states::{ActType, MonitoringStatus, Named, Reliability},
};

/// `/monitoring`.
#[component]
pub fn MonitoringPage() -> impl IntoView {
    let i18n = use_i18n();
    let save = ServerAction::<SaveEvent>::new();
    let navigate = use_navigate();
    Effect::new(move |_| {
        if let Some(Ok(id)) = save.value().get() {
            navigate(&format!("/monitoring/{id}"), Default::default());
        }
    });
    let set_region = ServerAction::<SetRegion>::new();
    let view_data = page_data(move || set_region.version().get(), |_| monitoring());
    view! {
        <Title text=i18n.tr("monitoring-title") />
        <section class="page">
            <header class="page__header">
                <h1>{i18n.tr("monitoring-title")}</h1>
                <p class="lead">{i18n.tr("monitoring-intro")}</p>
            </header>
            <ActionResult result=save.value().into() done_key="monitoring-recorded" />
            <ActionResult result=set_region.value().into() done_key="monitoring-regions-saved" />
            <Loaded resource=view_data view={move |view: MonitoringView| view! { <Monitoring view save set_region /> }} />
        </section>
    }
}

#[component]
fn Monitoring(
    view: MonitoringView,
    save: ServerAction<SaveEvent>,
    set_region: ServerAction<SetRegion>,
) -> impl IntoView {
    let i18n = use_i18n();
    let MonitoringView {
        counts,
        events,
        recording_for,
        regions,
        region_lists,
    } = view;
    let rows = events
        .into_iter()
        .map(|e| {
            view! {
                <tr data-event=e.id>
                    <th scope="row"><A href=format!("/monitoring/{}", e.id)>{e.title}</A></th>
                    <td><time datetime=e.started_on.clone()>{e.started_on.clone()}</time></td>
                    <td>{e.region}</td>
                    <td>{e.organisation}</td>
                    <td>{i18n.label(e.status)}" "{e.shared.then(|| view! { <span class="badge">{i18n.tr("monitoring-shared-badge")}</span> })}</td>
                    <td class="number">{e.acts}</td>
                    <td class="number">{e.victims}</td>
                </tr>
            }
        })
        .collect_view();
    let record = (!recording_for.is_empty())
        .then(|| view! { <NewEvent choices=recording_for regions save /> });
    let lists = region_lists
        .into_iter()
        .filter(|l| l.can_edit)
        .map(|list| view! { <Regions list set=set_region /> })
        .collect_view();
    view! {
        {record}
        {lists}
        <h2>{i18n.tr("monitoring-counts")}</h2>
        <p>
            <A href="/monitoring/tables" attr:id="figures-link">{i18n.tr("figures-link")}</A>
            " · "
            <A href="/monitoring/identities" attr:id="identities-link">{i18n.tr("identities-link")}</A>
        </p>
        <p id="monitoring-events-count">{i18n.tr_count("monitoring-events-count", "count", counts.events)}</p>
        <div class="card-grid">
            <Counts id="counts-type" caption="monitoring-by-type" rows=counts.by_type />
            <Counts id="counts-region" caption="monitoring-by-region" rows=counts.by_region />
            <Counts id="counts-year" caption="monitoring-by-year" rows=counts.by_year />
            <Counts id="counts-group" caption="monitoring-by-group" rows=counts.by_group />
        </div>
        <ActsChart years=counts.by_year_type />
        <h2>{i18n.tr("monitoring-events")}</h2>
        <p>
            <a id="monitoring-csv" href="/exports/monitoring.csv" rel="external" download="">{i18n.tr("monitoring-csv")}</a>
            " · "
            <a id="monitoring-xlsx" href="/exports/monitoring.xlsx" rel="external" download="">{i18n.tr("monitoring-xlsx")}</a>
        </p>
        <DataTable caption="monitoring-events" id="monitoring-events"
            columns=["monitoring-event-title", "monitoring-started-on", "monitoring-region", "col-organisation", "monitoring-status", "monitoring-acts", "monitoring-victims"]>
            {rows}
        </DataTable>
    }
}

/// Acts by year as stacked bars, a part per type of act, with its legend and numbers.
#[component]
fn ActsChart(years: Vec<YearTypes>) -> impl IntoView {
    let i18n = use_i18n();
    let parts: Vec<String> = ActType::ALL.iter().map(|t| i18n.label(*t)()).collect();
    let legend = parts
        .iter()
        .enumerate()
        .map(|(n, part)| {
            view! {
                <li><span class=format!("swatch swatch--act-{n}") aria-hidden="true"></span>{part.clone()}</li>
            }
        })
        .collect_view();
    let rows = years
        .into_iter()
        .map(|y| ChartRow {
            figure: y.acts.iter().sum::<u64>().to_string(),
            label: y.year,
            link: None,
            counts: y.acts,
        })
        .collect();
    view! {
        <StackedChart id="chart-years" title="monitoring-chart-years" parts part_class=|n| format!("bar--act-{n}") rows />
        <ul class="chart-legend">{legend}</ul>
    }
}

/// A coalition's list of regions, for its coordinators: a name to add, each to remove.
#[component]
fn Regions(list: RegionList, set: ServerAction<SetRegion>) -> impl IntoView {
    let i18n = use_i18n();
    let coalition_id = list.coalition_id;
    view! {
        <details class="card" id=format!("regions-{coalition_id}")>
            <summary><h2 class="inline-heading">{i18n.tr("monitoring-regions")}" · "{list.coalition}</h2></summary>
            <p class="hint">{i18n.tr("monitoring-regions-hint")}</p>
            <ul class="plain-list">
                {list.names.into_iter().map(|name| view! {
                    <li>
                        {name.clone()}" "
                        <ActionForm action=set attr:class="form--inline">
                            <input type="hidden" name="coalition_id" value=coalition_id />
                            <input type="hidden" name="name" value=name />
                            <button type="submit" class="button button-small button-secondary">{i18n.tr("monitoring-region-remove")}</button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
            <ActionForm action=set attr:class="form form--inline">
                <input type="hidden" name="coalition_id" value=coalition_id />
                <input type="hidden" name="listed" value="true" />
                <label for=format!("region-name-{coalition_id}")>{i18n.tr("monitoring-region")}</label>
                <input id=format!("region-name-{coalition_id}") name="name" type="text" maxlength="100" required />
                <button type="submit" class="button" id=format!("region-add-{coalition_id}")>{i18n.tr("monitoring-region-add")}</button>
            </ActionForm>
        </details>
    }
}

/// One table of counts.
#[component]
fn Counts(id: &'static str, caption: &'static str, rows: Vec<CountRow>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = rows
        .into_iter()
        .map(|r| {
            let label = if r.named {
                i18n.tr_owned(count_key(caption, &r.label))()
            } else {
                r.label
            };
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    <td class="number">{r.acts}</td>
                    <td class="number">{r.victims}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" id=id>
            <DataTable caption caption_shown=true columns=["dashboard-group", "monitoring-acts", "monitoring-victims"]>
                {rows}
            </DataTable>
        </section>
    }
}

/// The message id naming a stored type or group of the table `caption`.
fn count_key(caption: &str, name: &str) -> String {
    if caption == "monitoring-by-type" {
        format!("act-{name}")
    } else {
        format!("victim-group-{name}")
    }
}

/// Recording a new event: for which coalition and organisation, then its fields.
#[component]
fn NewEvent(
    choices: Vec<RecordingFor>,
    regions: Vec<String>,
    save: ServerAction<SaveEvent>,
) -> impl IntoView {
    let i18n = use_i18n();
    let first = choices[0].clone();
    let blank = EventForm {
        id: 0,
        version: 0,
        coalition_id: first.coalition_id,
        organisation_id: first.organisation_id,
        title: String::new(),
        started_on: String::new(),
        ended_on: String::new(),
        region: String::new(),
        locality: String::new(),
        description: String::new(),
        source: String::new(),
        reliability: Reliability::Unknown,
        status: MonitoringStatus::Ongoing,
        shared: false,
    };
    let single = choices.len() == 1;
    view! {
        <details class="card" id="new-event" open=single>
            <summary><h2 class="inline-heading">{i18n.tr("monitoring-new")}</h2></summary>
            <ActionForm action=save attr:class="form" attr:id="new-event-form">
                {if single {
                    view! {
                        <input type="hidden" name="event[coalition_id]" value=first.coalition_id />
                        <input type="hidden" name="event[organisation_id]" value=first.organisation_id />
                        <p class="hint">{format!("{} · {}", first.organisation, first.coalition)}</p>
                    }
                    .into_any()
                } else {
                    view! { <RecordFor choices /> }.into_any()
                }}
                <EventFields form=blank regions />
                <button type="submit" class="button" id="new-event-save">{i18n.tr("monitoring-record")}</button>
            </ActionForm>
        </details>
    }
}

/// The choice of coalition and organisation, when there is more than one.
#[component]
fn RecordFor(choices: Vec<RecordingFor>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = RwSignal::new(0usize);
    let options = choices.clone();
    let organisations = choices.clone();
    view! {
        <div class="field">
            <label for="event-for">{i18n.tr("monitoring-for")}</label>
            <select id="event-for" on:change=move |e| chosen.set(event_target_value(&e).parse().unwrap_or(0))>
                {options.into_iter().enumerate().map(|(n, c)| view! {
                    <option value=n>{format!("{} · {}", c.organisation, c.coalition)}</option>
                }).collect_view()}
            </select>
        </div>
        <input type="hidden" name="event[coalition_id]" prop:value=move || choices[chosen.get()].coalition_id />
        <input type="hidden" name="event[organisation_id]" prop:value=move || organisations[chosen.get()].organisation_id />
    }
}
