//! One search over the index: the words of the query, the chosen facet values (any value of
//! one facet, every facet), the viewer's coalitions; the page of results in list order, and
//! for each facet the count of every value — counted as if that facet's own choice were not
//! made, so the other values stay visible and their counts say what choosing them would give.

use roaring::RoaringBitmap;

use crate::{
    index::{Facet, Index},
    query::parse,
};

/// What to search for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// The chosen values of each facet.
    pub filters: Vec<(Facet, Vec<String>)>,
    pub offset: usize,
    pub limit: usize,
}

/// What a search found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Found {
    pub total: u64,
    /// Recommendation ids of the page, in list order.
    pub ids: Vec<i32>,
    /// For each facet, its values among the results and how many each.
    pub facets: Vec<(Facet, Vec<(String, u64)>)>,
    /// All matching slots, for dashboards and exports.
    pub slots: RoaringBitmap,
}

/// The slots with any of each facet's chosen values.
fn chosen(index: &Index, search: &Search) -> Vec<(Facet, RoaringBitmap)> {
    search
        .filters
        .iter()
        .filter(|(_, values)| !values.is_empty())
        .map(|(facet, values)| {
            let any = values.iter().fold(RoaringBitmap::new(), |all, v| {
                all | index.with_value(*facet, v)
            });
            (*facet, any)
        })
        .collect()
}

/// The slots `search` finds among the recommendations of `visible` coalitions, without
/// counting facets (for dashboards and exports).
pub fn slots(index: &Index, visible: Option<&[i32]>, search: &Search) -> RoaringBitmap {
    let base = index.visible(visible) & index.matching(&parse(&search.query, index.analyzer()));
    chosen(index, search)
        .into_iter()
        .fold(base, |all, (_, slots)| all & slots)
}

/// Runs `search` over the recommendations of `visible` coalitions (`None`: all).
pub fn run(index: &Index, visible: Option<&[i32]>, search: &Search) -> Found {
    let base = index.visible(visible) & index.matching(&parse(&search.query, index.analyzer()));
    let chosen = chosen(index, search);
    let narrowed = |except: Option<Facet>| {
        chosen
            .iter()
            .filter(|(facet, _)| Some(*facet) != except)
            .fold(base.clone(), |all, (_, slots)| all & slots)
    };
    let slots = narrowed(None);
    let facets = Facet::ALL
        .into_iter()
        .map(|facet| {
            let within = if chosen.iter().any(|(f, _)| *f == facet) {
                narrowed(Some(facet))
            } else {
                slots.clone()
            };
            (facet, index.counts(facet, &within))
        })
        .collect();
    Found {
        total: slots.len(),
        ids: index.page(&slots, search.offset, search.limit),
        facets,
        slots,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::{Indexed, sort_key};

    fn doc(id: i32, text: &str, mechanism: &str, theme: &str) -> Indexed {
        Indexed {
            id,
            coalition_id: 1,
            text: text.to_string(),
            sort_key: sort_key(None, id),
            facets: vec![
                (Facet::Mechanism, mechanism.to_string()),
                (Facet::Theme, theme.to_string()),
            ],
            coalition_level: None,
            state_level: None,
        }
    }

    #[test]
    fn facet_counts_ignore_their_own_choice_but_follow_the_others() {
        let index = Index::build([
            doc(1, "torture in detention", "CAT", "10"),
            doc(2, "torture by police", "CCPR", "10"),
            doc(3, "torture of children", "CRC", "20"),
            doc(4, "freedom of assembly", "CCPR", "30"),
        ]);
        let found = run(
            &index,
            None,
            &Search {
                query: "torture".into(),
                filters: vec![(Facet::Mechanism, vec!["CAT".into(), "CCPR".into()])],
                offset: 0,
                limit: 10,
            },
        );
        assert_eq!(found.total, 2);
        assert_eq!(found.ids, [1, 2]);
        let counts = |facet: Facet| {
            found
                .facets
                .iter()
                .find(|(f, _)| *f == facet)
                .map(|(_, c)| c.clone())
                .unwrap()
        };
        // Mechanism counts as if no mechanism were chosen (torture only): CRC stays offered.
        assert_eq!(
            counts(Facet::Mechanism),
            [
                ("CAT".to_string(), 1),
                ("CCPR".to_string(), 1),
                ("CRC".to_string(), 1)
            ]
        );
        // Theme counts follow the chosen mechanisms.
        assert_eq!(counts(Facet::Theme), [("10".to_string(), 2)]);
        // Outside the viewer's coalitions nothing is found.
        let none = run(
            &index,
            Some(&[2]),
            &Search {
                limit: 10,
                ..Search::default()
            },
        );
        assert_eq!(none.total, 0);
    }
}
