//! The in-memory search index of recommendations: a posting bitmap per term, the term
//! sequence of each recommendation (for phrases), a bitmap per facet value and per coalition,
//! and a sort key. The caller builds it from its records and keeps it in step with them.

use std::collections::{BTreeMap, HashMap};

use roaring::RoaringBitmap;

use crate::{
    analysis::{Analyzer, fold, words},
    query::Query,
};

/// How many words a prefix may expand to; the rest are ignored.
const MAX_PREFIX_EXPANSION: usize = 500;

/// The facets a search can be narrowed by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Mechanism,
    Document,
    Cycle,
    Theme,
    AffectedPersons,
    Sdg,
    Position,
    Level,
    Lead,
    Cluster,
    FollowUp,
    /// Whether it takes up one of the coalition's proposals (`full`, `partial`), as a
    /// coordinator confirmed: "proposed by us".
    Proposed,
    /// The State's current level: kept for the dashboard, not offered as a facet.
    StateLevel,
}

impl Facet {
    /// Every facet, in the order the page shows them.
    pub const ALL: [Facet; 12] = [
        Facet::Mechanism,
        Facet::Document,
        Facet::Cycle,
        Facet::Theme,
        Facet::AffectedPersons,
        Facet::Sdg,
        Facet::Position,
        Facet::Level,
        Facet::Lead,
        Facet::Cluster,
        Facet::FollowUp,
        Facet::Proposed,
    ];

    /// The name used in addresses and forms (`mechanism`, `theme`, …).
    pub fn code(self) -> &'static str {
        match self {
            Facet::Mechanism => "mechanism",
            Facet::Document => "document",
            Facet::Cycle => "cycle",
            Facet::Theme => "theme",
            Facet::AffectedPersons => "affected",
            Facet::Sdg => "sdg",
            Facet::Position => "position",
            Facet::Level => "level",
            Facet::Lead => "lead",
            Facet::Cluster => "cluster",
            Facet::FollowUp => "follow_up",
            Facet::Proposed => "proposed",
            Facet::StateLevel => "state_level",
        }
    }

    /// The facet named `code`.
    pub fn parse(code: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// The level facet's value for a current ordinal: `0`–`4`, `none` ("no information") or
/// `unassessed`.
pub fn level_value(level: Option<Option<i16>>) -> String {
    match level {
        None => "unassessed".to_string(),
        Some(None) => "none".to_string(),
        Some(Some(o)) => o.to_string(),
    }
}

/// What the index keeps of one recommendation: its text and the values of its facets (as
/// strings: mechanism codes, document and tag ids, levels…).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Indexed {
    pub id: i32,
    pub coalition_id: i32,
    /// Text, symbol, paragraph and recommending States: what words are searched in (not kept
    /// once indexed).
    pub text: String,
    /// Sorts the list: newest document first, then in the order imported.
    pub sort_key: u64,
    /// Facet values besides the levels, which the index takes from the fields below.
    pub facets: Vec<(Facet, String)>,
    /// The coalition's current ordinal (`Some(None)`: assessed as "no information").
    pub coalition_level: Option<Option<i16>>,
    /// The State's current ordinal.
    pub state_level: Option<Option<i16>>,
}

/// A recommendation alike to a text: how alike (0 to 1) and the stemmed terms they share.
#[derive(Clone, Debug, PartialEq)]
pub struct Alike {
    pub id: i32,
    pub score: f32,
    pub shared: Vec<String>,
}

/// How many recommendations a term must be in, at least, before [`Index::similar`] may leave
/// it out as too common.
const COMMON_FLOOR: u64 = 1_000;

/// The index.
#[derive(Default)]
pub struct Index {
    analyzer: Analyzer,
    /// Recommendation of each slot.
    docs: Vec<Indexed>,
    /// Slot of each recommendation id.
    slots: HashMap<i32, u32>,
    /// Slots in use (a removed recommendation leaves its slot empty).
    live: RoaringBitmap,
    term_ids: HashMap<String, u32>,
    /// The stemmed term of each term id.
    names: Vec<String>,
    postings: Vec<RoaringBitmap>,
    /// Folded words and the terms they stem to, for prefixes.
    surface: BTreeMap<String, u32>,
    sequences: Vec<Box<[u32]>>,
    coalitions: HashMap<i32, RoaringBitmap>,
    facets: HashMap<Facet, HashMap<String, RoaringBitmap>>,
}

impl Index {
    /// An index of `docs`.
    pub fn build(docs: impl IntoIterator<Item = Indexed>) -> Self {
        let mut index = Index::default();
        for doc in docs {
            index.upsert(doc);
        }
        index
    }

    /// How the index turns text into terms (queries must do the same).
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// How many recommendations it holds.
    pub fn len(&self) -> u64 {
        self.live.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.live.is_empty()
    }

    fn term_id(&mut self, term: &str) -> u32 {
        if let Some(&id) = self.term_ids.get(term) {
            return id;
        }
        let id = self.postings.len() as u32;
        self.term_ids.insert(term.to_string(), id);
        self.names.push(term.to_string());
        self.postings.push(RoaringBitmap::new());
        id
    }

    /// Adds `doc`, or replaces what the index held for its recommendation.
    pub fn upsert(&mut self, doc: Indexed) {
        let slot = match self.slots.get(&doc.id) {
            Some(&slot) => {
                self.clear(slot);
                slot
            }
            None => {
                let slot = self.docs.len() as u32;
                self.slots.insert(doc.id, slot);
                self.docs.push(Indexed::default());
                self.sequences.push(Box::new([]));
                slot
            }
        };
        let mut sequence = Vec::new();
        for word in words(&doc.text) {
            let folded = fold(word);
            let term = match self.surface.get(&folded) {
                Some(&term) => term,
                None => {
                    let stem = self.analyzer.stem(&folded).into_owned();
                    let term = self.term_id(&stem);
                    self.surface.insert(folded, term);
                    term
                }
            };
            self.postings[term as usize].insert(slot);
            sequence.push(term);
        }
        self.sequences[slot as usize] = sequence.into_boxed_slice();
        self.coalitions
            .entry(doc.coalition_id)
            .or_default()
            .insert(slot);
        for (facet, value) in level_facets(&doc).iter().chain(&doc.facets) {
            self.facets
                .entry(*facet)
                .or_default()
                .entry(value.clone())
                .or_default()
                .insert(slot);
        }
        self.live.insert(slot);
        // The sequence keeps what phrases need; the text itself is not kept.
        self.docs[slot as usize] = Indexed {
            text: String::new(),
            ..doc
        };
    }

    /// Removes recommendation `id`.
    pub fn remove(&mut self, id: i32) {
        if let Some(&slot) = self.slots.get(&id) {
            self.clear(slot);
        }
    }

    fn clear(&mut self, slot: u32) {
        let sequence = std::mem::take(&mut self.sequences[slot as usize]);
        for term in sequence.iter() {
            self.postings[*term as usize].remove(slot);
        }
        let doc = std::mem::take(&mut self.docs[slot as usize]);
        if let Some(bitmap) = self.coalitions.get_mut(&doc.coalition_id) {
            bitmap.remove(slot);
        }
        for (facet, value) in level_facets(&doc).iter().chain(&doc.facets) {
            if let Some(bitmap) = self.facets.get_mut(facet).and_then(|v| v.get_mut(value)) {
                bitmap.remove(slot);
            }
        }
        self.live.remove(slot);
    }

    /// The slots of the coalitions in `visible` (`None`: all).
    pub fn visible(&self, visible: Option<&[i32]>) -> RoaringBitmap {
        match visible {
            None => self.live.clone(),
            Some(ids) => ids
                .iter()
                .filter_map(|id| self.coalitions.get(id))
                .fold(RoaringBitmap::new(), |all, b| all | b),
        }
    }

    /// The slots matching `query`.
    pub fn matching(&self, query: &Query) -> RoaringBitmap {
        match query {
            Query::All => self.live.clone(),
            Query::Term(term) => self.postings_of(term),
            Query::Prefix(prefix) => {
                let mut terms: Vec<u32> = self
                    .surface
                    .range(prefix.clone()..)
                    .take_while(|(word, _)| word.starts_with(prefix.as_str()))
                    .take(MAX_PREFIX_EXPANSION)
                    .map(|(_, term)| *term)
                    .collect();
                terms.sort_unstable();
                terms.dedup();
                terms.into_iter().fold(RoaringBitmap::new(), |all, t| {
                    all | &self.postings[t as usize]
                })
            }
            Query::Phrase(terms) => self.phrase(terms),
            Query::And(parts) => {
                let (negated, positive): (Vec<&Query>, Vec<&Query>) =
                    parts.iter().partition(|p| matches!(p, Query::Not(_)));
                let mut result = match positive.split_first() {
                    Some((first, rest)) => rest
                        .iter()
                        .fold(self.matching(first), |all, p| all & self.matching(p)),
                    None => self.live.clone(),
                };
                for part in negated {
                    if let Query::Not(inner) = part {
                        result -= self.matching(inner);
                    }
                }
                result
            }
            Query::Or(parts) => parts
                .iter()
                .fold(RoaringBitmap::new(), |all, p| all | self.matching(p)),
            Query::Not(inner) => &self.live - self.matching(inner),
        }
    }

    fn postings_of(&self, term: &str) -> RoaringBitmap {
        self.term_ids
            .get(term)
            .map(|&id| self.postings[id as usize].clone())
            .unwrap_or_default()
    }

    /// Slots whose text holds `terms` next to each other, in order.
    fn phrase(&self, terms: &[String]) -> RoaringBitmap {
        let Some(ids) = terms
            .iter()
            .map(|t| self.term_ids.get(t).copied())
            .collect::<Option<Vec<u32>>>()
        else {
            return RoaringBitmap::new();
        };
        let candidates = ids
            .iter()
            .skip(1)
            .fold(self.postings[ids[0] as usize].clone(), |all, id| {
                all & &self.postings[*id as usize]
            });
        candidates
            .into_iter()
            .filter(|slot| {
                self.sequences[*slot as usize]
                    .windows(ids.len())
                    .any(|w| w == ids.as_slice())
            })
            .collect()
    }

    /// The `limit` recommendations among the slots `within` most alike to `text`: the cosine
    /// of the two sets of stemmed terms, each term weighted by how rare it is in the index
    /// (`ln(1 + n / df)`; nothing for a term in more than half of a large index), best first
    /// (ties: lower id first), each with the terms they share.
    pub fn similar(&self, text: &str, within: &RoaringBitmap, limit: usize) -> Vec<Alike> {
        self.similar_each(&[text], within, limit)
            .pop()
            .unwrap_or_default()
    }

    /// [`Index::similar`] for each of `texts` at once (a report's proposals): the weights and
    /// the recommendations' norms are computed once for the batch, and each text's scores are
    /// summed term by term in one dense array, so the cost grows with the postings the texts'
    /// terms touch, not with pairs of texts and recommendations.
    pub fn similar_each(
        &self,
        texts: &[&str],
        within: &RoaringBitmap,
        limit: usize,
    ) -> Vec<Vec<Alike>> {
        let within = within & &self.live;
        // Every live recommendation: the postings need no intersection.
        let everything = within.len() == self.live.len();
        let live = self.live.len();
        let total = live.max(1) as f32;
        // A term in more than half of a large index (`the`, `of`, `state`) says nothing of
        // likeness and would cost the most: it weighs nothing.
        let common = |df: u64| df > COMMON_FLOOR && df * 2 > live;
        let squares: Vec<f32> = self
            .postings
            .iter()
            .map(|p| {
                if common(p.len()) {
                    0.0
                } else {
                    (1.0 + total / p.len().max(1) as f32).ln().powi(2)
                }
            })
            .collect();
        let distinct = |slot: u32| -> Vec<u32> {
            let mut own = self.sequences[slot as usize].to_vec();
            own.sort_unstable();
            own.dedup();
            own
        };
        // One over each recommendation's norm, so a score is a multiplication.
        let mut inverse_norms = vec![0f32; self.docs.len()];
        for slot in &within {
            let norm = distinct(slot)
                .iter()
                .map(|&t| squares[t as usize])
                .sum::<f32>()
                .sqrt();
            inverse_norms[slot as usize] = 1.0 / norm.max(f32::EPSILON);
        }
        let mut dots = vec![0f32; self.docs.len()];
        let mut buffer = [0u32; 1024];
        // The slots whose sums are read after each text, in order.
        let scan: Vec<u32> = within.iter().collect();
        texts
            .iter()
            .map(|text| {
                let mut terms: Vec<u32> = self
                    .analyzer
                    .terms(text)
                    .iter()
                    .filter_map(|t| self.term_ids.get(t).copied())
                    .collect();
                terms.retain(|&t| squares[t as usize] > 0.0);
                terms.sort_unstable();
                terms.dedup();
                let query_norm: f32 = terms
                    .iter()
                    .map(|&t| squares[t as usize])
                    .sum::<f32>()
                    .sqrt();
                for &term in &terms {
                    let square = squares[term as usize];
                    let restricted;
                    let posting = if everything {
                        &self.postings[term as usize]
                    } else {
                        restricted = &self.postings[term as usize] & &within;
                        &restricted
                    };
                    // Decoded a block at a time, which is several times faster than one by one.
                    let mut slots = posting.iter();
                    loop {
                        let block = slots.next_many(&mut buffer);
                        if block.is_empty() {
                            break;
                        }
                        for &slot in block.iter() {
                            dots[slot as usize] += square;
                        }
                    }
                }
                // The best `limit`, best first (ties: lower id first), kept while reading the
                // sums in slot order (and clearing them for the next text).
                let mut best: Vec<(f32, i32, u32)> = Vec::with_capacity(limit + 1);
                for slot in scan.iter().copied() {
                    let dot = std::mem::take(&mut dots[slot as usize]);
                    if dot == 0.0 || limit == 0 {
                        continue;
                    }
                    let score = dot * inverse_norms[slot as usize] / query_norm;
                    if best.len() == limit && best.last().is_some_and(|worst| score < worst.0) {
                        continue;
                    }
                    let id = self.docs[slot as usize].id;
                    let beats =
                        |kept: &(f32, i32, u32)| score > kept.0 || (score == kept.0 && id < kept.1);
                    if best.len() == limit && !best.last().is_some_and(beats) {
                        continue;
                    }
                    let at = best.partition_point(|kept| !beats(kept));
                    best.insert(at, (score, id, slot));
                    best.truncate(limit);
                }
                // The shared terms (and their names) only for what is kept.
                best.into_iter()
                    .map(|(score, id, slot)| Alike {
                        id,
                        score,
                        shared: distinct(slot)
                            .into_iter()
                            .filter(|t| terms.binary_search(t).is_ok())
                            .map(|t| self.names[t as usize].clone())
                            .collect(),
                    })
                    .collect()
            })
            .collect()
    }

    /// The slots with `value` for `facet`.
    pub fn with_value(&self, facet: Facet, value: &str) -> RoaringBitmap {
        self.facets
            .get(&facet)
            .and_then(|values| values.get(value))
            .cloned()
            .unwrap_or_default()
    }

    /// Every value of `facet` with its slots.
    pub fn values(&self, facet: Facet) -> impl Iterator<Item = (&String, &RoaringBitmap)> {
        self.facets
            .get(&facet)
            .into_iter()
            .flat_map(|values| values.iter())
    }

    /// The values of `facet` found among `within`, with how many each, most first.
    pub fn counts(&self, facet: Facet, within: &RoaringBitmap) -> Vec<(String, u64)> {
        let mut counts: Vec<(String, u64)> = self
            .facets
            .get(&facet)
            .map(|values| {
                values
                    .iter()
                    .map(|(value, slots)| (value.clone(), slots.intersection_len(within)))
                    .filter(|(_, n)| *n > 0)
                    .collect()
            })
            .unwrap_or_default();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        counts
    }

    /// What the index holds of recommendation `id`.
    pub fn get(&self, id: i32) -> Option<&Indexed> {
        let slot = *self.slots.get(&id)?;
        self.live.contains(slot).then(|| &self.docs[slot as usize])
    }

    /// The recommendation in `slot`.
    pub fn doc(&self, slot: u32) -> &Indexed {
        &self.docs[slot as usize]
    }

    /// The recommendations among `slots` in list order: `limit` of them from `offset`.
    pub fn page(&self, slots: &RoaringBitmap, offset: usize, limit: usize) -> Vec<i32> {
        let mut keyed: Vec<(u64, i32)> = slots
            .iter()
            .map(|s| {
                let doc = &self.docs[s as usize];
                (doc.sort_key, doc.id)
            })
            .collect();
        let end = (offset + limit).min(keyed.len());
        if offset >= end {
            return Vec::new();
        }
        if end < keyed.len() {
            keyed.select_nth_unstable(end);
            keyed.truncate(end);
        }
        keyed.sort_unstable();
        keyed[offset..].iter().map(|(_, id)| *id).collect()
    }
}

/// The level facets of `doc`: the coalition's and the State's current levels.
fn level_facets(doc: &Indexed) -> [(Facet, String); 2] {
    [
        (Facet::Level, level_value(doc.coalition_level)),
        (Facet::StateLevel, level_value(doc.state_level)),
    ]
}

/// The sort key of a recommendation: its document's date, newest first (undated last), then
/// its id.
pub fn sort_key(published_days: Option<i32>, id: i32) -> u64 {
    let day = published_days.map_or(0, |d| u64::from(d.max(0).unsigned_abs()));
    ((u64::from(u32::MAX) - day) << 32) | u64::from(id as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::parse;

    fn doc(id: i32, coalition_id: i32, text: &str, facets: &[(Facet, &str)]) -> Indexed {
        Indexed {
            id,
            coalition_id,
            text: text.to_string(),
            sort_key: sort_key(Some(1000 - id), id),
            facets: facets.iter().map(|(f, v)| (*f, v.to_string())).collect(),
            coalition_level: None,
            state_level: None,
        }
    }

    #[test]
    fn the_most_alike_come_first_with_the_terms_they_share() {
        let index = Index::build([
            doc(
                1,
                1,
                "Investigate all allegations of torture by the police",
                &[],
            ),
            doc(
                2,
                1,
                "Ensure that every detainee has a lawyer from the outset",
                &[],
            ),
            doc(3, 1, "Guarantee the right to peaceful assembly", &[]),
            doc(
                4,
                1,
                "Investigate torture allegations promptly and prosecute the police officers",
                &[],
            ),
        ]);
        let proposal = "Investigate torture allegations against police officers promptly.";
        let all = index.visible(None);
        let found = index.similar(proposal, &all, 5);
        let ids: Vec<i32> = found.iter().map(|a| a.id).collect();
        assert_eq!(ids[..2], [4, 1], "{found:?}");
        assert!(!ids.contains(&3), "nothing in common");
        assert!(found[0].score > found[1].score && found[0].score <= 1.0);
        let mut shared = found[0].shared.clone();
        shared.sort();
        assert_eq!(
            shared,
            ["alleg", "investig", "offic", "polic", "prompt", "tortur"]
        );
        // Only within the slots given, and at most `limit`.
        let only_one = index.with_value(Facet::Mechanism, "none");
        assert!(index.similar(proposal, &only_one, 5).is_empty());
        assert_eq!(index.similar(proposal, &all, 1).len(), 1);
        assert!(index.similar("", &all, 5).is_empty());
    }

    fn sample() -> Index {
        Index::build([
            doc(
                1,
                1,
                "Prevent torture in places of detention",
                &[(Facet::Mechanism, "CAT")],
            ),
            doc(
                2,
                1,
                "Investigate all allegations of torture by the police",
                &[(Facet::Mechanism, "CAT")],
            ),
            doc(
                3,
                1,
                "Guarantee the right to peaceful assembly",
                &[(Facet::Mechanism, "UPR")],
            ),
            doc(
                4,
                1,
                "Criminalise enforced disappearances",
                &[(Facet::Mechanism, "CED")],
            ),
            doc(
                5,
                2,
                "Обеспечить расследование всех заявлений о пытках",
                &[(Facet::Mechanism, "CAT")],
            ),
            doc(
                6,
                1,
                "Ensure that disappearances are enforced by no one",
                &[(Facet::Mechanism, "CED")],
            ),
        ])
    }

    fn ids(index: &Index, text: &str) -> Vec<i32> {
        let found = index.matching(&parse(text, &Analyzer::default()));
        let mut ids: Vec<i32> = found.iter().map(|s| index.doc(s).id).collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn search_semantics_cover_words_phrases_prefixes_and_booleans() {
        let index = sample();
        assert_eq!(ids(&index, "torture"), [1, 2]);
        assert_eq!(ids(&index, "TORTURED"), [1, 2], "stemmed and case-folded");
        assert_eq!(ids(&index, "torture police"), [2]);
        assert_eq!(ids(&index, "torture -police"), [1]);
        assert_eq!(ids(&index, "assembly OR detention"), [1, 3]);
        assert_eq!(ids(&index, "\"enforced disappearances\""), [4]);
        assert_eq!(ids(&index, "enforced disappearances"), [4, 6]);
        assert_eq!(ids(&index, "disap*"), [4, 6]);
        assert_eq!(ids(&index, "пытки"), [5], "Russian stemming");
        assert_eq!(ids(&index, "расследован*"), [5]);
        assert_eq!(ids(&index, "NOT torture").len(), 4);
        assert_eq!(ids(&index, "").len(), 6);
        assert!(ids(&index, "nothing-like-this").is_empty());
    }

    #[test]
    fn updates_and_removals_leave_no_trace() {
        let mut index = sample();
        index.upsert(doc(
            1,
            1,
            "Ratify the Optional Protocol",
            &[(Facet::Mechanism, "UPR")],
        ));
        assert_eq!(ids(&index, "torture"), [2]);
        assert_eq!(ids(&index, "protocol"), [1]);
        index.remove(2);
        assert!(ids(&index, "torture").is_empty());
        assert_eq!(index.len(), 5);
        let all = index.visible(None);
        assert_eq!(
            index.counts(Facet::Mechanism, &all),
            [
                ("CED".to_string(), 2),
                ("UPR".to_string(), 2),
                ("CAT".to_string(), 1)
            ]
        );
    }

    #[test]
    fn visibility_facets_and_pages_follow_the_index() {
        let index = sample();
        let visible = index.visible(Some(&[1]));
        assert_eq!(visible.len(), 5);
        let cat = index.with_value(Facet::Mechanism, "CAT") & &visible;
        assert_eq!(cat.len(), 2);
        // Newest first: the sample's sort keys put higher ids later.
        assert_eq!(index.page(&visible, 0, 2), [1, 2]);
        assert_eq!(index.page(&visible, 2, 10), [3, 4, 6]);
        assert!(index.page(&visible, 10, 10).is_empty());
    }
}
