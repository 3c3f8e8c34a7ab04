//! Paragraphs translated before: every current translation into a language in a coalition's
//! reports pairs its section's paragraphs with its own, and a paragraph of another section
//! that is the same (or nearly) is offered that translation (server only).

use entities::{report, report_section, section_translation};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use similar::TextDiff;

use super::align::{aligned, paragraphs};
use crate::{
    error::AppError,
    states::{Language, TranslationState},
};

/// How alike (by words) a paragraph must be to one translated before to be offered it.
const ALIKE: f32 = 0.75;

/// A paragraph translated before, where it is from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remembered {
    pub source: String,
    pub translation: String,
    /// "Report · Section".
    pub from: String,
}

/// `source`'s paragraphs paired with `translation`'s as the side-by-side editor lines them
/// up, paragraphs not translated yet left out; nothing when the translation has more (which
/// translates which is then unknown).
pub fn pairs(source: &str, translation: &str) -> Vec<(String, String)> {
    let (source, translation) = (paragraphs(source), aligned(translation));
    if source.len() < translation.len() {
        return Vec::new();
    }
    source
        .into_iter()
        .zip(translation)
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// The translation remembered for `paragraph`: one of the very same paragraph (`true`), else
/// of the most alike at least [`ALIKE`] (`false`).
pub fn best<'a>(paragraph: &str, memory: &'a [Remembered]) -> Option<(&'a Remembered, bool)> {
    if let Some(same) = memory.iter().find(|m| m.source == paragraph) {
        return Some((same, true));
    }
    memory
        .iter()
        .map(|m| {
            (
                m,
                TextDiff::from_words(m.source.as_str(), paragraph).ratio(),
            )
        })
        .filter(|(_, ratio)| *ratio >= ALIKE)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(m, _)| (m, false))
}

/// The paragraphs translated into `language`, current and finished, in the reports of
/// coalition `coalition_id`, except those of section `except`.
pub async fn remembered(
    db: &impl ConnectionTrait,
    coalition_id: i32,
    language: Language,
    except: i32,
) -> Result<Vec<Remembered>, AppError> {
    let reports = report::Entity::find()
        .filter(report::Column::CoalitionId.eq(coalition_id))
        .all(db)
        .await?;
    let sections = report_section::Entity::find()
        .filter(report_section::Column::ReportId.is_in(reports.iter().map(|r| r.id)))
        .filter(report_section::Column::RemovedAt.is_null())
        .filter(report_section::Column::Id.ne(except))
        .all(db)
        .await?;
    let translations = section_translation::Entity::find()
        .filter(section_translation::Column::SectionId.is_in(sections.iter().map(|s| s.id)))
        .filter(section_translation::Column::Language.eq(language))
        .filter(
            section_translation::Column::State
                .is_in([TranslationState::Translated, TranslationState::Approved]),
        )
        .all(db)
        .await?;
    let mut memory = Vec::new();
    for translation in translations {
        let Some(section) = sections
            .iter()
            .find(|s| s.id == translation.section_id && s.version == translation.source_version)
        else {
            continue;
        };
        let report = reports
            .iter()
            .find(|r| r.id == section.report_id)
            .map_or("", |r| r.title.as_str());
        let from = format!("{report} · {}", section.title);
        memory.extend(pairs(&section.body, &translation.body).into_iter().map(
            |(source, translation)| Remembered {
                source,
                translation,
                from: from.clone(),
            },
        ));
    }
    Ok(memory)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn remembered(source: &str, translation: &str) -> Remembered {
        Remembered {
            source: source.into(),
            translation: translation.into(),
            from: "Report · Section".into(),
        }
    }

    #[test]
    fn paragraphs_pair_only_when_both_sides_have_as_many() {
        assert_eq!(
            pairs("One.\n\nTwo.", "Один.\n\nДва."),
            [
                ("One.".to_string(), "Один.".to_string()),
                ("Two.".to_string(), "Два.".to_string())
            ]
        );
        assert_eq!(
            pairs("One.\n\nTwo.\n\nThree.", "\n\n\n\nТри."),
            [("Three.".to_string(), "Три.".to_string())]
        );
        assert!(pairs("One and two.", "Один.\n\nДва.").is_empty());
    }

    #[test]
    fn the_same_paragraph_first_then_the_most_alike() {
        let memory = [
            remembered(
                "Judges rarely excluded statements obtained under duress.",
                "Судьи редко исключали показания, полученные под давлением.",
            ),
            remembered(
                "Lawyers were denied access.",
                "Адвокатам отказывали в доступе.",
            ),
        ];
        let (found, same) = best("Lawyers were denied access.", &memory).unwrap();
        assert!(same);
        assert_eq!(found.translation, "Адвокатам отказывали в доступе.");
        let (found, same) = best(
            "Judges rarely excluded statements obtained under torture.",
            &memory,
        )
        .unwrap();
        assert!(!same);
        assert!(found.translation.starts_with("Судьи"));
        assert!(best("Something else entirely.", &memory).is_none());
    }
}
