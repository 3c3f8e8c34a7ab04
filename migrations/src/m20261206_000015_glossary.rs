//! Glossaries: terms with their agreed equivalents in each language a report can be in. The
//! standard UN terms (no coalition) are seeded here in English, Russian and Kazakh; each
//! coalition adds its own.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum GlossaryTerms {
    Table,
    Id,
    CoalitionId,
    En,
    Ru,
    Kk,
    Fr,
    Es,
    Ar,
    Zh,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    Id,
}

/// Standard terms of the UN human-rights system: English, Russian, Kazakh.
const STANDARD: &[(&str, &str, &str)] = &[
    (
        "concluding observations",
        "заключительные замечания",
        "қорытынды ескертпелер",
    ),
    ("list of issues", "перечень вопросов", "мәселелер тізбесі"),
    (
        "national preventive mechanism",
        "национальный превентивный механизм",
        "ұлттық алдын алу тетігі",
    ),
    ("State party", "государство-участник", "қатысушы мемлекет"),
    ("treaty body", "договорный орган", "шарттық орган"),
    (
        "Universal Periodic Review",
        "универсальный периодический обзор",
        "жалпыға бірдей мерзімді шолу",
    ),
    (
        "Human Rights Committee",
        "Комитет по правам человека",
        "Адам құқықтары жөніндегі комитет",
    ),
    (
        "Committee against Torture",
        "Комитет против пыток",
        "Азаптауға қарсы комитет",
    ),
    (
        "Special Rapporteur",
        "Специальный докладчик",
        "Арнайы баяндамашы",
    ),
    (
        "follow-up procedure",
        "процедура последующей деятельности",
        "кейінгі іс-шаралар рәсімі",
    ),
    (
        "alternative report",
        "альтернативный доклад",
        "балама баяндама",
    ),
    (
        "periodic report",
        "периодический доклад",
        "мерзімді баяндама",
    ),
    (
        "constructive dialogue",
        "конструктивный диалог",
        "сындарлы диалог",
    ),
    ("civil society", "гражданское общество", "азаматтық қоғам"),
    ("human rights defender", "правозащитник", "құқық қорғаушы"),
    ("torture", "пытки", "азаптау"),
    ("ill-treatment", "жестокое обращение", "қатыгез қарау"),
    (
        "pre-trial detention",
        "досудебное содержание под стражей",
        "сотқа дейін қамауда ұстау",
    ),
    (
        "places of deprivation of liberty",
        "места лишения свободы",
        "бас бостандығынан айыру орындары",
    ),
    (
        "freedom of peaceful assembly",
        "свобода мирных собраний",
        "бейбіт жиналыстар бостандығы",
    ),
    (
        "freedom of expression",
        "свобода выражения мнений",
        "пікір білдіру бостандығы",
    ),
    (
        "fair trial",
        "справедливое судебное разбирательство",
        "әділ сот талқылауы",
    ),
    (
        "Optional Protocol",
        "Факультативный протокол",
        "Факультативтік хаттама",
    ),
    (
        "national human rights institution",
        "национальное правозащитное учреждение",
        "ұлттық адам құқықтары институты",
    ),
    (
        "Commissioner for Human Rights",
        "Уполномоченный по правам человека",
        "Адам құқықтары жөніндегі уәкіл",
    ),
    (
        "enforced disappearance",
        "насильственное исчезновение",
        "күштеп жоғалту",
    ),
    (
        "International Covenant on Civil and Political Rights",
        "Международный пакт о гражданских и политических правах",
        "Азаматтық және саяси құқықтар туралы халықаралық пакт",
    ),
    (
        "Convention against Torture",
        "Конвенция против пыток",
        "Азаптауға қарсы конвенция",
    ),
    (
        "gender-based violence",
        "гендерное насилие",
        "гендерлік зорлық-зомбылық",
    ),
    (
        "domestic violence",
        "бытовое насилие",
        "тұрмыстық зорлық-зомбылық",
    ),
    (
        "independence of the judiciary",
        "независимость судебной власти",
        "сот билігінің тәуелсіздігі",
    ),
    ("legal aid", "юридическая помощь", "заң көмегі"),
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(GlossaryTerms::Table)
                    .col(pk_auto(GlossaryTerms::Id))
                    // None: a standard term every coalition shares.
                    .col(integer_null(GlossaryTerms::CoalitionId))
                    .col(string(GlossaryTerms::En).default(""))
                    .col(string(GlossaryTerms::Ru).default(""))
                    .col(string(GlossaryTerms::Kk).default(""))
                    .col(string(GlossaryTerms::Fr).default(""))
                    .col(string(GlossaryTerms::Es).default(""))
                    .col(string(GlossaryTerms::Ar).default(""))
                    .col(string(GlossaryTerms::Zh).default(""))
                    .col(timestamp_with_time_zone(GlossaryTerms::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_glossary_terms_coalition")
                            .from(GlossaryTerms::Table, GlossaryTerms::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_glossary_terms_coalition")
                    .table(GlossaryTerms::Table)
                    .col(GlossaryTerms::CoalitionId)
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(GlossaryTerms::Table)
            .columns([
                GlossaryTerms::En,
                GlossaryTerms::Ru,
                GlossaryTerms::Kk,
                GlossaryTerms::CreatedAt,
            ])
            .to_owned();
        let now = chrono::Utc::now();
        for (en, ru, kk) in STANDARD {
            insert.values_panic([(*en).into(), (*ru).into(), (*kk).into(), now.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(GlossaryTerms::Table).to_owned())
            .await
    }
}
