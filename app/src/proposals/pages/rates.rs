//! The uptake rates of a coalition's proposals: the share taken up, and a stacked bar per
//! report, organisation, theme, body and cycle (taken up in full, in part, not, unconfirmed),
//! drawn as SVG with the same numbers in a table; on the uptake page and the public page.

use leptos::prelude::*;

use crate::{
    i18n::{I18n, translate_with, use_i18n},
    proposals::api::{UptakeCounts, UptakeRates},
    recommendations::follow_up::{
        charts::percent,
        pages::{ChartRow, StackedChart},
    },
};

/// The outcomes a bar is split into, in drawing order, with their labels.
const OUTCOMES: [&str; 4] = [
    "uptake-full",
    "uptake-partial",
    "uptake-none",
    "rates-unconfirmed",
];

/// "2 of 5 proposals taken up (40 %)".
fn share(i18n: I18n, counts: &UptakeCounts) -> String {
    translate_with(
        i18n.locale_untracked(),
        "rates-summary",
        &[
            ("taken", (counts.taken_up() as i64).into()),
            ("count", (counts.total() as i64).into()),
            (
                "percent",
                (percent(counts.taken_up(), counts.total()) as i64).into(),
            ),
        ],
    )
}

/// One chart of `groups`, titled by the translation key `title`: each bar's figure is the
/// share taken up.
#[component]
fn UptakeChart(id: &'static str, title: &'static str, groups: Vec<UptakeCounts>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = groups
        .into_iter()
        .map(|g| ChartRow {
            figure: format!("{} %", percent(g.taken_up(), g.total())),
            label: g.label,
            link: None,
            counts: g.counts.to_vec(),
        })
        .collect();
    let parts = OUTCOMES.iter().map(|o| i18n.tr(o)()).collect();
    view! {
        <StackedChart id title subheading=true parts part_class=|n| format!("bar--uptake-{n}") rows />
    }
}

/// The uptake rates: the share taken up, a legend, and a chart per grouping that has groups;
/// `csv` links the same numbers as a spreadsheet file.
#[component]
pub fn UptakeRatesView(rates: UptakeRates, csv: Option<String>) -> impl IntoView {
    let i18n = use_i18n();
    let UptakeRates {
        total,
        by_report,
        by_organisation,
        by_theme,
        by_body,
        by_cycle,
    } = rates;
    let content = if total.total() == 0 {
        view! { <p class="empty-state">{i18n.tr("rates-none")}</p> }.into_any()
    } else {
        let charts = [
            ("rates-report", "rates-by-report", by_report),
            (
                "rates-organisation",
                "rates-by-organisation",
                by_organisation,
            ),
            ("rates-theme", "rates-by-theme", by_theme),
            ("rates-body", "rates-by-body", by_body),
            ("rates-cycle", "rates-by-cycle", by_cycle),
        ]
        .into_iter()
        .filter(|(_, _, groups)| !groups.is_empty())
        .map(|(id, title, groups)| view! { <UptakeChart id title groups /> })
        .collect_view();
        view! {
            <p id="uptake-rate">{share(i18n, &total)}</p>
            <ul class="chart-legend">
                {OUTCOMES.iter().enumerate().map(|(n, o)| view! {
                    <li><span class=format!("swatch swatch--uptake-{n}") aria-hidden="true"></span>{i18n.tr(o)}</li>
                }).collect_view()}
            </ul>
            {charts}
            {csv.map(|href| view! { <p><a id="uptake-csv" href=href rel="external" download="">{i18n.tr("rates-csv")}</a></p> })}
        }
        .into_any()
    };
    view! {
        <section class="uptake-rates" aria-labelledby="uptake-rates-heading">
            <h2 id="uptake-rates-heading">{i18n.tr("rates-heading")}</h2>
            {content}
        </section>
    }
}
