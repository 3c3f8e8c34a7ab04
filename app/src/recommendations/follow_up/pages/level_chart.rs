//! The dashboards' charts of implementation levels: a stacked bar per group (a mechanism, a
//! theme, a cycle) whose table rows open the list narrowed to that group, and their legend.

use leptos::prelude::*;

use super::stacked_chart::{ChartRow, StackedChart};
use crate::{
    i18n::use_i18n,
    recommendations::{
        follow_up::charts::{LEVELS, LevelCounts},
        list::query::encode,
        scales::level_text,
    },
};

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
    let link = move |g: &LevelCounts| {
        let query_string = query_string.as_deref()?;
        let extra = format!("{}={}", encode(&g.facet), encode(&g.value));
        Some(if query_string.is_empty() {
            format!("/recommendations?{extra}")
        } else {
            format!("/recommendations?{query_string}&{extra}")
        })
    };
    let rows = groups
        .iter()
        .map(|g| ChartRow {
            link: link(g),
            label: g.label.clone(),
            counts: g.counts.to_vec(),
            figure: g.total().to_string(),
        })
        .collect();
    let parts = LEVELS.iter().map(|l| level_text(i18n, l)).collect();
    view! { <StackedChart id title parts part_class=|n| format!("bar--{}", LEVELS[n]) rows /> }
}
