//! The geometry of the dashboards' stacked bar charts: one bar per group (a mechanism, a
//! theme, a cycle), split into implementation levels, drawn as SVG on the server with the same
//! numbers in a table beside it (both sides).

use serde::{Deserialize, Serialize};

/// The levels a bar is split into, in drawing order: fully implemented first, then lower
/// levels, "no information", and not assessed last.
pub const LEVELS: [&str; 7] = ["4", "3", "2", "1", "0", "none", "unassessed"];

/// How many recommendations of one group are at each level of [`LEVELS`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LevelCounts {
    /// What the group is: a name, or a translation key when `translated`.
    pub label: String,
    pub translated: bool,
    /// The facet and value that narrow the list to this group (for its link).
    pub facet: String,
    pub value: String,
    pub counts: [u64; 7],
}

impl LevelCounts {
    /// Recommendations in the group.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }
}

/// One coloured piece of a bar: its level, where it starts and how wide it is, in user units
/// of a bar `width` wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Segment {
    pub level: usize,
    pub x: f64,
    pub width: f64,
    pub count: u64,
}

/// The segments of `counts` (one per level or outcome) in a bar `width` wide, scaled to `scale` (the largest group's
/// total, so bars compare); empty levels draw nothing.
pub fn segments(counts: &[u64], scale: u64, width: f64) -> Vec<Segment> {
    if scale == 0 {
        return Vec::new();
    }
    let mut x = 0.0;
    counts
        .iter()
        .enumerate()
        .filter(|(_, count)| **count > 0)
        .map(|(level, &count)| {
            let w = width * count as f64 / scale as f64;
            let segment = Segment {
                level,
                x,
                width: w,
                count,
            };
            x += w;
            segment
        })
        .collect()
}

/// The share of `part` in `whole`, as a whole percentage.
pub fn percent(part: u64, whole: u64) -> u64 {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_group_and_skip_empty_levels() {
        let parts = segments(&[2, 0, 1, 1, 0, 0, 0], 8, 400.0);
        assert_eq!(parts.len(), 3);
        assert_eq!(
            (parts[0].level, parts[0].x, parts[0].width),
            (0, 0.0, 100.0)
        );
        assert_eq!(
            (parts[1].level, parts[1].x, parts[1].width),
            (2, 100.0, 50.0)
        );
        assert_eq!(
            (parts[2].level, parts[2].x, parts[2].width),
            (3, 150.0, 50.0)
        );
        assert!(segments(&[0; 7], 0, 400.0).is_empty());
    }

    #[test]
    fn percentages_round_to_the_nearest_whole() {
        assert_eq!(percent(1, 3), 33);
        assert_eq!(percent(2, 3), 67);
        assert_eq!(percent(0, 0), 0);
    }
}
