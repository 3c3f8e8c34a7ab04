//! `/recommendations/calendar`: the follow-up deadlines of the viewer's coalitions month by
//! month — recommendations singled out for follow-up, committees' follow-up dates and UPR
//! mid-term dates — overdue and soon-due ones marked, with a download for calendar programs.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::{
    i18n::use_i18n,
    layout::{Loaded, page_data},
    recommendations::follow_up::api::{CalendarEntry, follow_up_calendar},
    states::{FollowUpStage, Named},
};

/// `/recommendations/calendar`.
#[component]
pub fn FollowUpCalendarPage() -> impl IntoView {
    let i18n = use_i18n();
    let entries = page_data(|| (), |_| follow_up_calendar());
    view! {
        <Title text=i18n.tr("calendar-title") />
        <section class="page page--wide">
            <header class="page__header">
                <p class="breadcrumb"><A href="/recommendations">{i18n.tr("recommendations-title")}</A></p>
                <h1>{i18n.tr("calendar-title")}</h1>
                <p class="lead">{i18n.tr("calendar-intro")}</p>
            </header>
            <p class="button-row">
                <a href="/exports/follow-up.ics" class="button button-secondary" id="calendar-ics"
                    rel="external nofollow" download="">{i18n.tr("calendar-download")}</a>
            </p>
            <Loaded resource=entries view={|entries: Vec<CalendarEntry>| view! { <Months entries /> }} />
        </section>
    }
}

#[component]
fn Months(entries: Vec<CalendarEntry>) -> impl IntoView {
    let i18n = use_i18n();
    if entries.is_empty() {
        return view! { <p class="empty-state">{i18n.tr("calendar-empty")}</p> }.into_any();
    }
    let mut months: Vec<(String, Vec<CalendarEntry>)> = Vec::new();
    for entry in entries {
        let month = entry.due.get(..7).unwrap_or_default().to_string();
        match months.last_mut() {
            Some((current, items)) if *current == month => items.push(entry),
            _ => months.push((month, vec![entry])),
        }
    }
    view! {
        <div class="calendar" id="calendar">
            {months.into_iter().map(|(month, items)| {
                let (year, number) = month.split_once('-').unwrap_or_default();
                let heading = format!("{} {year}", i18n.tr_owned(format!("month-{}", number.trim_start_matches('0')))());
                view! {
                    <section class="calendar__month">
                        <h2>{heading}</h2>
                        <ul class="calendar__items">
                            {items.into_iter().map(|e| {
                                let class = format!("calendar__item calendar__item--{}", e.stage);
                                view! {
                                    <li class=class data-stage=e.stage.name()>
                                        <time datetime=e.due.clone() class="nowrap">{e.due.clone()}</time>
                                        <span class="badge">{i18n.label(e.kind)}</span>
                                        <A href=e.link.clone()>{e.title.clone()}</A>
                                        {(e.stage != FollowUpStage::Later).then(|| view! {
                                            <span class=format!("badge badge--{}", e.stage)>{i18n.label(e.stage)}</span>
                                        })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}
