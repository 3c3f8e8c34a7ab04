//! The uptake rates of a coalition's proposals: the share taken up, and a stacked bar per
//! report, organisation, theme, body and cycle (taken up in full, in part, not, unconfirmed),
//! drawn as SVG with the same numbers in a table; on the uptake page and the public page.

use leptos::prelude::*;

use crate::{
    i18n::{I18n, translate_with, use_i18n},
    proposals::api::{UptakeCounts, UptakeRates},
    recommendations::follow_up::{
        charts::{percent, segments},
        pages::{ChartNumbers, FigureRow},
    },
};

const WIDTH: f64 = 720.0;
const LABEL_WIDTH: f64 = 230.0;
const COUNT_WIDTH: f64 = 90.0;
const BAR_HEIGHT: f64 = 22.0;
const ROW_HEIGHT: f64 = 32.0;
const LABEL_CHARS: usize = 32;

/// The outcomes a bar is split into, in drawing order, with their labels.
const OUTCOMES: [&str; 4] = [
    "uptake-full",
    "uptake-partial",
    "uptake-none",
    "rates-unconfirmed",
];

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{cut}…")
    }
}

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

/// One chart of `groups`, titled by the translation key `title`.
#[component]
fn UptakeChart(id: &'static str, title: &'static str, groups: Vec<UptakeCounts>) -> impl IntoView {
    let i18n = use_i18n();
    let scale = groups.iter().map(UptakeCounts::total).max().unwrap_or(0);
    let height = ROW_HEIGHT * groups.len() as f64 + 8.0;
    let bar_width = WIDTH - LABEL_WIDTH - COUNT_WIDTH;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let description = groups
        .iter()
        .map(|g| format!("{}: {}", g.label, share(i18n, g)))
        .collect::<Vec<_>>()
        .join("; ");
    let bars = groups
        .iter()
        .enumerate()
        .map(|(row, g)| {
            let y = ROW_HEIGHT * row as f64 + 4.0;
            view! {
                <g class="chart__row">
                    <text x="0" y=y + BAR_HEIGHT * 0.72 class="chart__label">{short(&g.label)}</text>
                    {segments(&g.counts, scale, bar_width).into_iter().map(|s| view! {
                        <rect x=LABEL_WIDTH + s.x y=y width=s.width.max(1.0) height=BAR_HEIGHT
                            class=format!("bar bar--uptake-{}", s.level) />
                    }).collect_view()}
                    <text x=WIDTH - COUNT_WIDTH + 8.0 y=y + BAR_HEIGHT * 0.72 class="chart__count">
                        {format!("{} %", percent(g.taken_up(), g.total()))}
                    </text>
                </g>
            }
        })
        .collect_view();
    let figures: Vec<FigureRow> = groups
        .into_iter()
        .map(|g| FigureRow {
            label: g.label,
            link: None,
            counts: g.counts.to_vec(),
        })
        .collect();
    let columns: Vec<String> = OUTCOMES.iter().map(|o| i18n.tr(o)()).collect();
    view! {
        <figure class="chart card" id=id>
            <figcaption><h3 id=title_id.clone()>{i18n.tr(title)}</h3></figcaption>
            <svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {height}") role="img"
                aria-labelledby=format!("{title_id} {desc_id}") preserveAspectRatio="xMinYMin meet">
                <desc id=desc_id.clone()>{description}</desc>
                {bars}
            </svg>
            <ChartNumbers title columns rows=figures />
        </figure>
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
