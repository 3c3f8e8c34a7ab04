//! The counts as a Markdown table a section can carry (server only): a title, the table and
//! its source line, between two markers that name the table, so that a later refresh finds
//! and replaces it. The markers are HTML comments: never shown, exported or counted as words.

use entities::monitoring_tally;

use super::{
    api::{Breakdown, CountRow, YearTypes},
    tallies::counts,
};
use crate::{
    i18n::{Locale, translate, translate_with},
    states::{ActType, Named, VictimGroup},
};

const OPEN: &str = "<!-- shadowdesk-monitoring ";
const CLOSE: &str = "<!-- /shadowdesk-monitoring ";

/// What a table's source line names.
pub struct Source<'a> {
    pub coalition: &'a str,
    pub events: i64,
    /// The day the counts were taken (`YYYY-MM-DD`).
    pub counted_on: &'a str,
}

/// `text` safe in a Markdown table cell: pipes and inline syntax escaped, one line.
fn cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '|' | '*' | '_' | '[' | ']' | '<' | '>' | '`' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn row(cells: &[String]) -> String {
    format!("| {} |\n", cells.join(" | "))
}

/// `rows` with their labels as `label` writes them, most victims first (then most acts, then
/// by label).
fn largest_first(rows: Vec<CountRow>, label: impl Fn(&str) -> String) -> Vec<(String, i64, i64)> {
    let mut rows: Vec<(String, i64, i64)> = rows
        .into_iter()
        .map(|r| (label(&r.label), r.acts, r.victims))
        .collect();
    rows.sort_by(|a, b| {
        b.2.cmp(&a.2)
            .then_with(|| b.1.cmp(&a.1))
            .then_with(|| a.0.cmp(&b.0))
    });
    rows
}

/// The label in `locale` of the stored value `name` of `T`.
fn stored<T: Named>(locale: Locale, name: &str) -> String {
    T::parse(name).map_or_else(|| name.to_string(), |v| translate(locale, v.message()))
}

/// The table of one dimension: a row per group and the total.
fn one_way(locale: Locale, heading: &str, rows: Vec<(String, i64, i64)>) -> String {
    let mut out = row(&[
        cell(&translate(locale, heading)),
        translate(locale, "monitoring-acts"),
        translate(locale, "monitoring-victims"),
    ]);
    out.push_str("|:---|---:|---:|\n");
    let (mut acts, mut victims) = (0, 0);
    for (label, a, v) in rows {
        acts += a;
        victims += v;
        out.push_str(&row(&[cell(&label), a.to_string(), v.to_string()]));
    }
    out.push_str(&row(&[
        format!("**{}**", cell(&translate(locale, "dashboard-total"))),
        format!("**{acts}**"),
        format!("**{victims}**"),
    ]));
    out
}

/// Acts of each type (rows, by label) by year (columns, oldest first), with totals.
fn types_by_year(locale: Locale, by_year_type: &[YearTypes]) -> String {
    let years: Vec<&YearTypes> = by_year_type.iter().rev().collect();
    let mut cells: Vec<(String, Vec<i64>)> = ActType::ALL
        .iter()
        .enumerate()
        .map(|(n, act_type)| {
            let acts = years
                .iter()
                .map(|y| i64::try_from(y.acts[n]).unwrap_or(i64::MAX))
                .collect();
            (translate(locale, act_type.message()), acts)
        })
        .filter(|(_, acts): &(String, Vec<i64>)| acts.iter().any(|a| *a > 0))
        .collect();
    cells.sort_by(|a, b| a.0.cmp(&b.0));
    let mut heading = vec![cell(&translate(locale, "monitoring-act-type"))];
    heading.extend(years.iter().map(|y| y.year.clone()));
    heading.push(translate(locale, "dashboard-total"));
    let mut out = row(&heading);
    out.push_str(&format!("|:---|{}---:|\n", "---:|".repeat(years.len())));
    let mut column_totals = vec![0i64; years.len()];
    for (label, by_year) in &cells {
        let mut line = vec![cell(label)];
        let mut total = 0;
        for (n, acts) in by_year.iter().copied().enumerate() {
            column_totals[n] += acts;
            total += acts;
            line.push(acts.to_string());
        }
        line.push(total.to_string());
        out.push_str(&row(&line));
    }
    let mut last = vec![format!(
        "**{}**",
        cell(&translate(locale, "dashboard-total"))
    )];
    last.extend(column_totals.iter().map(|t| format!("**{t}**")));
    last.push(format!("**{}**", column_totals.iter().sum::<i64>()));
    out.push_str(&row(&last));
    out
}

/// The block for `breakdown` of `tallies` in `locale`: markers, title, table, source line.
pub fn block(
    breakdown: Breakdown,
    tallies: &[monitoring_tally::Model],
    locale: Locale,
    source: &Source<'_>,
) -> String {
    let counts = counts(0, tallies);
    let table = match breakdown {
        Breakdown::Types => one_way(
            locale,
            "monitoring-act-type",
            largest_first(counts.by_type, |name| stored::<ActType>(locale, name)),
        ),
        Breakdown::Regions => one_way(
            locale,
            "monitoring-region",
            largest_first(counts.by_region, str::to_string),
        ),
        Breakdown::Years => one_way(
            locale,
            "monitoring-table-year",
            counts
                .by_year
                .into_iter()
                .map(|r| (r.label, r.acts, r.victims))
                .collect(),
        ),
        Breakdown::Groups => one_way(
            locale,
            "monitoring-victim-group",
            largest_first(counts.by_group, |name| stored::<VictimGroup>(locale, name)),
        ),
        Breakdown::TypesByYear => types_by_year(locale, &counts.by_year_type),
    };
    let source_line = translate_with(
        locale,
        "monitoring-table-source",
        &[
            ("coalition", source.coalition.to_string().into()),
            ("events", source.events.into()),
            ("date", source.counted_on.to_string().into()),
        ],
    );
    let name = breakdown.name();
    format!(
        "{OPEN}{name} -->\n\n**{}**\n\n{table}\n*{}*\n\n{CLOSE}{name} -->",
        cell(&translate(locale, breakdown.title())),
        cell(&source_line),
    )
}

/// Where the block of `breakdown` sits in `text` (byte range), if it does.
fn find(text: &str, breakdown: Breakdown) -> Option<std::ops::Range<usize>> {
    let open = format!("{OPEN}{} -->", breakdown.name());
    let close = format!("{CLOSE}{} -->", breakdown.name());
    let start = text.find(&open)?;
    let end = text[start..].find(&close)? + start + close.len();
    Some(start..end)
}

/// The tables `text` carries, in the order they appear.
pub fn carried(text: &str) -> Vec<Breakdown> {
    let mut found: Vec<(usize, Breakdown)> = Breakdown::ALL
        .into_iter()
        .filter_map(|b| find(text, b).map(|r| (r.start, b)))
        .collect();
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, b)| b).collect()
}

/// `text` with `block` (of `breakdown`) in place of the one it carries, or after its end;
/// and whether it replaced one.
pub fn placed(text: &str, breakdown: Breakdown, block: &str) -> (String, bool) {
    match find(text, breakdown) {
        Some(range) => {
            let mut out = String::with_capacity(text.len() + block.len());
            out.push_str(&text[..range.start]);
            out.push_str(block);
            out.push_str(&text[range.end..]);
            (out, true)
        }
        None => {
            let body = text.trim_end();
            let gap = if body.is_empty() { "" } else { "\n\n" };
            (format!("{body}{gap}{block}\n"), false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(
        year: i32,
        region: &str,
        act_type: ActType,
        acts: i64,
        victims: i64,
    ) -> monitoring_tally::Model {
        monitoring_tally::Model {
            id: 0,
            coalition_id: 1,
            organisation_id: 1,
            year,
            region: region.into(),
            act_type,
            victim_group: VictimGroup::General,
            acts,
            victims,
        }
    }

    fn source() -> Source<'static> {
        Source {
            coalition: "Coalition | against torture",
            events: 3,
            counted_on: "2026-12-05",
        }
    }

    #[test]
    fn a_table_renders_with_totals_source_and_markers() {
        let tallies = [
            tally(2025, "Almaty", ActType::AssemblyRefused, 2, 12),
            tally(2026, "Almaty", ActType::AssemblyRefused, 1, 3),
            tally(2026, "Shymkent|North", ActType::Torture, 1, 1),
        ];
        let text = block(Breakdown::Regions, &tallies, Locale::En, &source());
        assert!(
            text.starts_with("<!-- shadowdesk-monitoring by-region -->"),
            "{text}"
        );
        assert!(
            text.ends_with("<!-- /shadowdesk-monitoring by-region -->"),
            "{text}"
        );
        assert!(text.contains("| Almaty | 3 | 15 |"), "{text}");
        assert!(text.contains("| Shymkent\\|North | 1 | 1 |"), "{text}");
        assert!(text.contains("| **Total** | **4** | **16** |"), "{text}");
        assert!(text.contains("Coalition \\| against torture"), "{text}");
        let html = shadowdesk_text::markdown::to_safe_html(&text);
        assert!(html.contains(">Shymkent|North</td>"), "{html}");
        assert!(!html.contains("shadowdesk-monitoring"), "{html}");
        let by_year = block(Breakdown::TypesByYear, &tallies, Locale::En, &source());
        assert!(by_year.contains("| 2025 | 2026 | Total |"), "{by_year}");
        assert!(
            by_year.contains("| **Total** | **2** | **2** | **4** |"),
            "{by_year}"
        );
    }

    #[test]
    fn a_block_is_appended_once_then_replaced() {
        let first = block(
            Breakdown::Years,
            &[tally(2025, "A", ActType::Torture, 1, 1)],
            Locale::En,
            &source(),
        );
        let (text, replaced) = placed("Our findings.\n", Breakdown::Years, &first);
        assert!(!replaced);
        assert!(text.starts_with("Our findings.\n\n<!-- shadowdesk-monitoring by-year -->"));
        let types = block(
            Breakdown::Types,
            &[tally(2025, "A", ActType::Torture, 1, 1)],
            Locale::En,
            &source(),
        );
        let (text, _) = placed(
            &format!("{text}\nAfter the table."),
            Breakdown::Types,
            &types,
        );
        assert_eq!(carried(&text), [Breakdown::Years, Breakdown::Types]);
        let second = block(
            Breakdown::Years,
            &[tally(2026, "A", ActType::Torture, 5, 9)],
            Locale::En,
            &source(),
        );
        let (again, replaced) = placed(&text, Breakdown::Years, &second);
        assert!(replaced);
        assert!(
            again.contains("| 2026 | 5 | 9 |") && !again.contains("| 2025 | 1 | 1 |"),
            "{again}"
        );
        assert!(again.contains("After the table.") && again.starts_with("Our findings."));
        assert_eq!(
            again
                .matches("<!-- shadowdesk-monitoring by-year -->")
                .count(),
            1
        );
    }
}
