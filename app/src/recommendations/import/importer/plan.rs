//! Deciding what each row of an import does — create, update, unchanged, or refused with its
//! reason — against what the coalition's tracker already holds. Rows are keyed by the UHRI
//! AnnotationId, else by document symbol and paragraph (or text, without a paragraph), so
//! importing a file again changes nothing. What is kept of the existing recommendations is
//! small (a key, an id and a fingerprint each), so a quarter of a million fit in memory.

use std::{
    collections::{HashMap, HashSet},
    hash::{DefaultHasher, Hash, Hasher},
};

use entities::{mechanism, recommendation, recommendation_tag, source_document, tag};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use shadowdesk_sources::{RowProblem, SourceRow};

use crate::states::{ImportAction, Named};

/// Existing recommendations read per query.
const PAGE: u64 = 10_000;

/// What identifies a recommendation across imports.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    Annotation(String),
    Paragraph(String, String),
    Text(String, String),
}

impl Key {
    /// The key of `row`.
    pub fn of(row: &SourceRow) -> Key {
        Key::from_parts(
            row.annotation_id.as_deref(),
            &row.symbol,
            &row.paragraph,
            &row.text,
        )
    }

    fn from_parts(annotation: Option<&str>, symbol: &str, paragraph: &str, text: &str) -> Key {
        match annotation {
            Some(id) => Key::Annotation(id.to_string()),
            None if !paragraph.is_empty() => {
                Key::Paragraph(symbol.to_string(), paragraph.to_string())
            }
            None => Key::Text(symbol.to_string(), text.to_string()),
        }
    }

    /// How the summary names it.
    pub fn describe(&self) -> String {
        match self {
            Key::Annotation(id) => id.clone(),
            Key::Paragraph(symbol, paragraph) => format!("{symbol}, para. {paragraph}"),
            Key::Text(symbol, _) => symbol.clone(),
        }
    }
}

/// A fingerprint of what an import may change in a recommendation's own fields.
pub fn fingerprint(text: &str, paragraph: &str, states: &str, position: Option<&str>) -> u64 {
    let mut hasher = DefaultHasher::new();
    (text, paragraph, states, position).hash(&mut hasher);
    hasher.finish()
}

/// An existing recommendation, as much as an import compares.
#[derive(Clone, Debug)]
pub struct Current {
    pub id: i32,
    pub version: i32,
    pub fingerprint: u64,
    pub tags: Vec<i32>,
}

/// The tracker of one coalition as an import sees it.
#[derive(Debug, Default)]
pub struct Existing {
    pub mechanisms: HashMap<String, i32>,
    /// Document ids by symbol.
    pub documents: HashMap<String, i32>,
    pub tags: HashMap<(String, String), i32>,
    pub current: HashMap<Key, Current>,
}

impl Existing {
    /// Reads coalition `coalition_id`'s tracker.
    pub async fn load(db: &impl ConnectionTrait, coalition_id: i32) -> Result<Self, DbErr> {
        let mechanisms = mechanism::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|m| (m.code.to_uppercase(), m.id))
            .collect();
        let documents: HashMap<String, i32> = source_document::Entity::find()
            .filter(source_document::Column::CoalitionId.eq(coalition_id))
            .all(db)
            .await?
            .into_iter()
            .map(|d| (d.symbol, d.id))
            .collect();
        let symbols: HashMap<i32, String> =
            documents.iter().map(|(s, id)| (*id, s.clone())).collect();
        let tags = tag::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|t| ((t.vocabulary, t.label), t.id))
            .collect();
        let mut current = HashMap::new();
        let mut after = 0;
        loop {
            use recommendation::Column as R;
            type Row = (
                i32,
                i32,
                i32,
                String,
                String,
                String,
                Option<String>,
                Option<String>,
            );
            let page: Vec<Row> = recommendation::Entity::find()
                .select_only()
                .columns([
                    R::Id,
                    R::Version,
                    R::DocumentId,
                    R::Paragraph,
                    R::Text,
                    R::RecommendingStates,
                    R::UprPosition,
                    R::AnnotationId,
                ])
                .filter(R::CoalitionId.eq(coalition_id))
                .filter(R::Id.gt(after))
                .order_by_asc(R::Id)
                .limit(PAGE)
                .into_tuple()
                .all(db)
                .await?;
            let Some(last) = page.last() else {
                break;
            };
            after = last.0;
            let ids: Vec<i32> = page.iter().map(|r| r.0).collect();
            let mut tag_links: HashMap<i32, Vec<i32>> = HashMap::new();
            for (recommendation_id, tag_id) in recommendation_tag::Entity::find()
                .select_only()
                .columns([
                    recommendation_tag::Column::RecommendationId,
                    recommendation_tag::Column::TagId,
                ])
                .filter(recommendation_tag::Column::RecommendationId.is_in(ids))
                .into_tuple::<(i32, i32)>()
                .all(db)
                .await?
            {
                tag_links.entry(recommendation_id).or_default().push(tag_id);
            }
            for (id, version, document_id, paragraph, text, states, position, annotation) in page {
                let symbol = symbols.get(&document_id).map_or("", String::as_str);
                let key = Key::from_parts(annotation.as_deref(), symbol, &paragraph, &text);
                current.insert(
                    key,
                    Current {
                        id,
                        version,
                        fingerprint: fingerprint(&text, &paragraph, &states, position.as_deref()),
                        tags: tag_links.remove(&id).unwrap_or_default(),
                    },
                );
            }
        }
        Ok(Existing {
            mechanisms,
            documents,
            tags,
            current,
        })
    }
}

/// The tags a row carries: (vocabulary, label).
pub fn tags_of(row: &SourceRow) -> Vec<(String, String)> {
    let tagged = |vocabulary: &'static str, labels: &[String]| {
        labels
            .iter()
            .map(move |l| (vocabulary.to_string(), l.clone()))
            .collect::<Vec<_>>()
    };
    let mut tags: Vec<(String, String)> = tagged("theme", &row.themes)
        .into_iter()
        .chain(tagged("affected_persons", &row.affected_persons))
        .chain(tagged("sdg", &row.sdgs))
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

/// What a row does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decision {
    Create { mechanism_id: i32 },
    Update { current: Current },
    Unchanged,
    Refused(RowProblem),
}

impl Decision {
    /// What it does with the row.
    pub fn action(&self) -> ImportAction {
        match self {
            Decision::Create { .. } => ImportAction::Create,
            Decision::Update { .. } => ImportAction::Update,
            Decision::Unchanged => ImportAction::Unchanged,
            Decision::Refused(_) => ImportAction::Refused,
        }
    }
}

impl PartialEq for Current {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Eq for Current {}

/// Decides rows one after another, remembering the keys seen so far.
#[derive(Default)]
pub struct Planner {
    seen: HashMap<Key, usize>,
}

impl Planner {
    /// What `row` (with key `key`) does in `existing`.
    pub fn decide(&mut self, existing: &Existing, row: &SourceRow, key: &Key) -> Decision {
        let Some(&mechanism_id) = existing.mechanisms.get(&row.mechanism.to_uppercase()) else {
            return Decision::Refused(RowProblem {
                line: row.line,
                key: "rec-import-unknown-mechanism",
                detail: row.mechanism.clone(),
            });
        };
        if let Some(first) = self.seen.get(key) {
            return Decision::Refused(RowProblem {
                line: row.line,
                key: "rec-import-duplicate",
                detail: first.to_string(),
            });
        }
        self.seen.insert(key.clone(), row.line);
        let Some(current) = existing.current.get(key) else {
            return Decision::Create { mechanism_id };
        };
        let same_fields = current.fingerprint
            == fingerprint(
                &row.text,
                &row.paragraph,
                &row.recommending_states.join("; "),
                row.upr_position.map(Named::name),
            );
        let known: HashSet<i32> = current.tags.iter().copied().collect();
        let same_tags = tags_of(row)
            .iter()
            .all(|t| existing.tags.get(t).is_some_and(|id| known.contains(id)));
        if same_fields && same_tags {
            Decision::Unchanged
        } else {
            Decision::Update {
                current: current.clone(),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(annotation: Option<&str>, paragraph: &str, text: &str) -> SourceRow {
        SourceRow {
            line: 1,
            mechanism: "CCPR".into(),
            symbol: "CCPR/C/KAZ/CO/2".into(),
            paragraph: paragraph.into(),
            text: text.into(),
            annotation_id: annotation.map(str::to_string),
            themes: vec!["Torture".into()],
            ..SourceRow::default()
        }
    }

    fn existing_with(current: &SourceRow, tags: &[i32]) -> Existing {
        Existing {
            mechanisms: HashMap::from([("CCPR".to_string(), 2)]),
            documents: HashMap::new(),
            tags: HashMap::from([(("theme".to_string(), "Torture".to_string()), 5)]),
            current: HashMap::from([(
                Key::of(current),
                Current {
                    id: 9,
                    version: 1,
                    fingerprint: fingerprint(&current.text, &current.paragraph, "", None),
                    tags: tags.to_vec(),
                },
            )]),
        }
    }

    #[test]
    fn rows_are_keyed_by_annotation_then_symbol_and_paragraph() {
        assert_eq!(
            Key::of(&row(Some("a1"), "50", "x")),
            Key::Annotation("a1".into())
        );
        assert_eq!(
            Key::of(&row(None, "50", "x")).describe(),
            "CCPR/C/KAZ/CO/2, para. 50"
        );
        assert!(matches!(Key::of(&row(None, "", "x")), Key::Text(..)));
    }

    #[test]
    fn rows_are_new_changed_unchanged_or_duplicates() {
        let stored = row(Some("a1"), "50", "Revise the law.");
        let existing = existing_with(&stored, &[5]);
        let mut planner = Planner::default();
        let same = row(Some("a1"), "50", "Revise the law.");
        assert_eq!(
            planner.decide(&existing, &same, &Key::of(&same)),
            Decision::Unchanged
        );
        let again = row(Some("a1"), "50", "Revise the law.");
        assert!(matches!(
            planner.decide(&existing, &again, &Key::of(&again)),
            Decision::Refused(RowProblem {
                key: "rec-import-duplicate",
                ..
            })
        ));
        let changed = row(Some("a2"), "50", "Revise the law.");
        assert!(matches!(
            Planner::default().decide(&existing, &changed, &Key::of(&changed)),
            Decision::Create { mechanism_id: 2 }
        ));
        let edited = row(Some("a1"), "50", "Revise the law on assemblies.");
        assert!(matches!(
            Planner::default().decide(&existing, &edited, &Key::of(&edited)),
            Decision::Update { .. }
        ));
        // A tag the stored recommendation lacks is a change too.
        let untagged = existing_with(&stored, &[]);
        assert!(matches!(
            Planner::default().decide(&untagged, &same, &Key::of(&same)),
            Decision::Update { .. }
        ));
        let mut unknown = row(Some("a3"), "1", "x");
        unknown.mechanism = "XYZ".into();
        assert!(matches!(
            Planner::default().decide(&existing, &unknown, &Key::of(&unknown)),
            Decision::Refused(RowProblem {
                key: "rec-import-unknown-mechanism",
                ..
            })
        ));
    }
}
