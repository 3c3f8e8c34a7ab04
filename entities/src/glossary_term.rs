//! A glossary term: its agreed equivalents in each language (empty where none is agreed).

use sea_orm::entity::prelude::*;
use shadowdesk_states::{Language, Named};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "glossary_terms")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    /// `None`: a standard term every coalition shares.
    pub coalition_id: Option<i32>,
    pub en: String,
    pub ru: String,
    pub kk: String,
    pub fr: String,
    pub es: String,
    pub ar: String,
    pub zh: String,
    pub created_at: DateTimeUtc,
}

impl Model {
    /// The term in language `code` (empty when none is agreed or the code is unknown).
    pub fn in_language(&self, code: &str) -> &str {
        match code {
            "en" => &self.en,
            "ru" => &self.ru,
            "kk" => &self.kk,
            "fr" => &self.fr,
            "es" => &self.es,
            "ar" => &self.ar,
            "zh" => &self.zh,
            _ => "",
        }
    }

    /// The term in every language, in the order of [`Language`]'s variants.
    pub fn equivalents(&self) -> impl Iterator<Item = (Language, &str)> {
        Language::ALL
            .iter()
            .map(|&language| (language, self.in_language(language.name())))
    }

    /// The term's agreed equivalents joined with " · ", for the audit log.
    pub fn label(&self) -> String {
        self.equivalents()
            .map(|(_, text)| text)
            .filter(|text| !text.is_empty())
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
