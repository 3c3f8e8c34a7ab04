//! A stacked bar chart of implementation levels, drawn as SVG in the page (no image, no
//! script library), described for screen readers, with the same numbers in a table beneath it
//! whose rows open the list narrowed to that group.

use leptos::prelude::*;

use crate::{
    i18n::use_i18n,
    recommendations::{
        follow_up::charts::{LEVELS, LevelCounts, percent, segments},
        list::query::encode,
        scales::level_text,
    },
};

const WIDTH: f64 = 720.0;
const LABEL_WIDTH: f64 = 230.0;
const COUNT_WIDTH: f64 = 60.0;
const BAR_HEIGHT: f64 = 22.0;
const ROW_HEIGHT: f64 = 32.0;
/// Longest label drawn in the chart (the table and the tooltip give it whole).
const LABEL_CHARS: usize = 32;

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// The legend of the level colours, shared by the dashboard's charts.
#[component]
pub fn LevelLegend() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="chart-legend" id="level-legend">
            {LEVELS.iter().map(|level| view! {
                <li><span class=format!("swatch swatch--{level}") aria-hidden="true"></span>{level_text(i18n, level)}</li>
            }).collect_view()}
        </ul>
    }
}

/// One row of a chart's table of figures: its group, where it leads (if anywhere), and how
/// many are in each part of its bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureRow {
    pub label: String,
    pub link: Option<String>,
    pub counts: Vec<u64>,
}

/// The numbers behind a chart, folded under "Show the numbers": a column per part of the bars
/// (`columns`), each count with its share of the row, and the row's total. Shared by every
/// chart, so it is the one table not written with `layout::DataTable` (its headings are
/// computed labels).
#[component]
pub fn ChartNumbers(
    /// The chart's title, a translation key, as the table's caption.
    title: &'static str,
    columns: Vec<String>,
    rows: Vec<FigureRow>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="chart__numbers">
            <summary>{i18n.tr("dashboard-numbers")}</summary>
            <div class="table-wrap" tabindex="0">
                <table class="data-table data-table--compact">
                    <caption class="visually-hidden">{i18n.tr(title)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{i18n.tr("dashboard-group")}</th>
                            {columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                            <th scope="col">{i18n.tr("dashboard-total")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| {
                            let total: u64 = row.counts.iter().sum();
                            view! {
                                <tr>
                                    <th scope="row">{match row.link {
                                        Some(href) => view! { <a href=href>{row.label.clone()}</a> }.into_any(),
                                        None => row.label.clone().into_any(),
                                    }}</th>
                                    {row.counts.iter().map(|c| view! {
                                        <td class="number">{*c}<span class="cell-sub">{format!("{}%", percent(*c, total))}</span></td>
                                    }).collect_view()}
                                    <td class="number">{total}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// A chart of `groups` titled by the translation key `title`.
#[component]
pub fn LevelChart(
    id: &'static str,
    title: &'static str,
    groups: Vec<LevelCounts>,
    /// The address query the groups' links add their facet to; none draws no links (the
    /// public page, whose readers cannot open the list).
    query_string: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let scale = groups.iter().map(LevelCounts::total).max().unwrap_or(0);
    let height = ROW_HEIGHT * groups.len() as f64 + 8.0;
    let bar_width = WIDTH - LABEL_WIDTH - COUNT_WIDTH;
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let description = groups
        .iter()
        .map(|g| format!("{}: {}", g.label, g.total()))
        .collect::<Vec<_>>()
        .join("; ");
    let link = move |g: &LevelCounts| {
        let query_string = query_string.as_deref()?;
        let extra = format!("{}={}", encode(&g.facet), encode(&g.value));
        Some(if query_string.is_empty() {
            format!("/recommendations?{extra}")
        } else {
            format!("/recommendations?{query_string}&{extra}")
        })
    };
    let figures: Vec<FigureRow> = groups
        .iter()
        .map(|g| FigureRow {
            link: link(g),
            label: g.label.clone(),
            counts: g.counts.to_vec(),
        })
        .collect();
    view! {
        <figure class="chart card" id=id>
            <figcaption><h2 id=title_id.clone()>{i18n.tr(title)}</h2></figcaption>
            {if groups.is_empty() {
                view! { <p class="empty-state">{i18n.tr("dashboard-no-data")}</p> }.into_any()
            } else {
                view! {
                    <svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {height}") role="img"
                        aria-labelledby=format!("{title_id} {desc_id}") preserveAspectRatio="xMinYMin meet">
                        <desc id=desc_id.clone()>{description}</desc>
                        {groups.iter().enumerate().map(|(row, g)| {
                            let y = ROW_HEIGHT * row as f64 + 4.0;
                            view! {
                                <g class="chart__row">
                                    <text x="0" y=y + BAR_HEIGHT * 0.72 class="chart__label">{short(&g.label)}</text>
                                    {segments(&g.counts, scale, bar_width).into_iter().map(|s| view! {
                                        <rect x=LABEL_WIDTH + s.x y=y width=s.width.max(1.0) height=BAR_HEIGHT
                                            class=format!("bar bar--{}", LEVELS[s.level]) />
                                    }).collect_view()}
                                    <text x=WIDTH - COUNT_WIDTH + 8.0 y=y + BAR_HEIGHT * 0.72 class="chart__count">{g.total()}</text>
                                </g>
                            }
                        }).collect_view()}
                    </svg>
                    <ChartNumbers title columns=LEVELS.iter().map(|l| level_text(i18n, l)).collect() rows=figures />
                }
                .into_any()
            }}
        </figure>
    }
}
