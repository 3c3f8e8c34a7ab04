//! A stacked bar chart drawn as SVG in the page (no image, no script library): one bar per
//! group split into parts (implementation levels, uptake outcomes), described for screen
//! readers, with the same numbers in a table beneath it. The dashboards, the uptake rates and
//! the public page draw theirs with it.

use leptos::prelude::*;

use crate::{
    i18n::use_i18n,
    recommendations::follow_up::charts::{percent, segments},
};

const WIDTH: f64 = 720.0;
const LABEL_WIDTH: f64 = 230.0;
const FIGURE_WIDTH: f64 = 80.0;
const BAR_HEIGHT: f64 = 22.0;
const ROW_HEIGHT: f64 = 32.0;
/// Longest label drawn in the chart (the table gives it whole).
const LABEL_CHARS: usize = 32;

fn short(label: &str) -> String {
    if label.chars().count() <= LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(LABEL_CHARS - 1).collect();
        format!("{cut}…")
    }
}

/// One group of a chart: its bar and its row in the table of figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartRow {
    pub label: String,
    /// Where the group's row leads (the list narrowed to it), if anywhere.
    pub link: Option<String>,
    /// How many are in each part of the bar.
    pub counts: Vec<u64>,
    /// What the chart writes after the bar: the total, or a rate.
    pub figure: String,
}

/// A chart titled by the translation key `title` (an `h3` when `subheading`, else an `h2`):
/// a bar per row, scaled to the largest, each part drawn with the class `part_class(n)`, and
/// the numbers in a table with a column per part named by `parts`.
#[component]
pub fn StackedChart(
    id: &'static str,
    title: &'static str,
    #[prop(optional)] subheading: bool,
    parts: Vec<String>,
    part_class: fn(usize) -> String,
    rows: Vec<ChartRow>,
) -> impl IntoView {
    let i18n = use_i18n();
    let title_id = format!("{id}-title");
    let heading = if subheading {
        view! { <h3 id=title_id.clone()>{i18n.tr(title)}</h3> }.into_any()
    } else {
        view! { <h2 id=title_id.clone()>{i18n.tr(title)}</h2> }.into_any()
    };
    let content = if rows.is_empty() {
        view! { <p class="empty-state">{i18n.tr("dashboard-no-data")}</p> }.into_any()
    } else {
        let scale = rows
            .iter()
            .map(|r| r.counts.iter().sum::<u64>())
            .max()
            .unwrap_or(0);
        let height = ROW_HEIGHT * rows.len() as f64 + 8.0;
        let bar_width = WIDTH - LABEL_WIDTH - FIGURE_WIDTH;
        let desc_id = format!("{id}-desc");
        let description = rows
            .iter()
            .map(|r| format!("{}: {}", r.label, r.figure))
            .collect::<Vec<_>>()
            .join("; ");
        let bars = rows
            .iter()
            .enumerate()
            .map(|(n, r)| {
                let y = ROW_HEIGHT * n as f64 + 4.0;
                view! {
                    <g class="chart__row">
                        <text x="0" y=y + BAR_HEIGHT * 0.72 class="chart__label">{short(&r.label)}</text>
                        {segments(&r.counts, scale, bar_width).into_iter().map(|s| view! {
                            <rect x=LABEL_WIDTH + s.x y=y width=s.width.max(1.0) height=BAR_HEIGHT
                                class=format!("bar {}", part_class(s.level)) />
                        }).collect_view()}
                        <text x=WIDTH - FIGURE_WIDTH + 8.0 y=y + BAR_HEIGHT * 0.72 class="chart__count">{r.figure.clone()}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg class="chart__svg" viewBox=format!("0 0 {WIDTH} {height}") role="img"
                aria-labelledby=format!("{title_id} {desc_id}") preserveAspectRatio="xMinYMin meet">
                <desc id=desc_id.clone()>{description}</desc>
                {bars}
            </svg>
            <ChartNumbers title parts rows />
        }
        .into_any()
    };
    view! {
        <figure class="chart card" id=id>
            <figcaption>{heading}</figcaption>
            {content}
        </figure>
    }
}

/// The numbers behind a chart, folded under "Show the numbers": a column per part, each count
/// with its share of the row, and the row's total. The one table not written with
/// `layout::DataTable` (its headings are computed labels).
#[component]
fn ChartNumbers(title: &'static str, parts: Vec<String>, rows: Vec<ChartRow>) -> impl IntoView {
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
                            {parts.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
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
