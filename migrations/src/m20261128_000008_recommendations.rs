//! The recommendation tracker's core: the UN mechanisms (seeded, extensible), the source
//! documents a coalition follows (by symbol), their recommendations (paragraph, text,
//! recommending States and position for the UPR, the UHRI AnnotationId of imported rows) and
//! their tags (themes, affected persons, SDG targets, clusters).

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Mechanisms {
    Table,
    Id,
    Code,
    Name,
    Kind,
    Position,
}

#[derive(DeriveIden, Clone, Copy)]
enum SourceDocuments {
    Table,
    Id,
    CoalitionId,
    MechanismId,
    Symbol,
    PublishedOn,
    Session,
    StateUnderReview,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Recommendations {
    Table,
    Id,
    CoalitionId,
    DocumentId,
    Paragraph,
    Text,
    RecommendingStates,
    UprPosition,
    AnnotationId,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tags {
    Table,
    Id,
    Vocabulary,
    Label,
}

#[derive(DeriveIden, Clone, Copy)]
enum RecommendationTags {
    Table,
    RecommendationId,
    TagId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    Id,
}

/// The mechanisms Shadowdesk knows from the start: code (as the UHRI's `Body` names it),
/// name and kind. Administrators may add more.
const MECHANISMS: &[(&str, &str, &str)] = &[
    ("UPR", "Universal Periodic Review", "upr"),
    ("CCPR", "Human Rights Committee", "treaty_body"),
    (
        "CESCR",
        "Committee on Economic, Social and Cultural Rights",
        "treaty_body",
    ),
    ("CAT", "Committee against Torture", "treaty_body"),
    (
        "SPT",
        "Subcommittee on Prevention of Torture",
        "treaty_body",
    ),
    (
        "CEDAW",
        "Committee on the Elimination of Discrimination against Women",
        "treaty_body",
    ),
    ("CRC", "Committee on the Rights of the Child", "treaty_body"),
    (
        "CERD",
        "Committee on the Elimination of Racial Discrimination",
        "treaty_body",
    ),
    (
        "CRPD",
        "Committee on the Rights of Persons with Disabilities",
        "treaty_body",
    ),
    ("CMW", "Committee on Migrant Workers", "treaty_body"),
    ("CED", "Committee on Enforced Disappearances", "treaty_body"),
    (
        "SP",
        "Special procedures of the Human Rights Council",
        "special_procedure",
    ),
    (
        "OSCE",
        "OSCE Office for Democratic Institutions and Human Rights",
        "regional",
    ),
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
                    .table(Mechanisms::Table)
                    .col(pk_auto(Mechanisms::Id))
                    .col(string_len_uniq(Mechanisms::Code, 20))
                    .col(string(Mechanisms::Name))
                    // `upr`, `treaty_body`, `special_procedure` or `regional`.
                    .col(string_len(Mechanisms::Kind, 40))
                    .col(integer(Mechanisms::Position))
                    .to_owned(),
            )
            .await?;
        for (position, (code, name, kind)) in MECHANISMS.iter().enumerate() {
            let insert = Query::insert()
                .into_table(Mechanisms::Table)
                .columns([
                    Mechanisms::Code,
                    Mechanisms::Name,
                    Mechanisms::Kind,
                    Mechanisms::Position,
                ])
                .values_panic([
                    (*code).into(),
                    (*name).into(),
                    (*kind).into(),
                    Value::Int(Some(position as i32)).into(),
                ])
                .to_owned();
            manager.exec_stmt(insert).await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(SourceDocuments::Table)
                    .col(pk_auto(SourceDocuments::Id))
                    .col(integer(SourceDocuments::CoalitionId))
                    .col(integer(SourceDocuments::MechanismId))
                    // E.g. `CCPR/C/KAZ/CO/2` or `A/HRC/43/10`.
                    .col(string_len(SourceDocuments::Symbol, 120))
                    .col(date_null(SourceDocuments::PublishedOn))
                    // The UPR cycle or the committee session, as written.
                    .col(string_len(SourceDocuments::Session, 60).default(""))
                    .col(string_len(SourceDocuments::StateUnderReview, 120).default(""))
                    .col(timestamp_with_time_zone(SourceDocuments::CreatedAt))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_source_documents_coalition")
                            .from(SourceDocuments::Table, SourceDocuments::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_source_documents_mechanism")
                            .from(SourceDocuments::Table, SourceDocuments::MechanismId)
                            .to(Mechanisms::Table, Mechanisms::Id)
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_source_documents_symbol")
                    .table(SourceDocuments::Table)
                    .col(SourceDocuments::CoalitionId)
                    .col(SourceDocuments::Symbol)
                    .unique()
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Recommendations::Table)
                    .col(pk_auto(Recommendations::Id))
                    .col(integer(Recommendations::CoalitionId))
                    .col(integer(Recommendations::DocumentId))
                    // E.g. `128.45` or `20(b)`; empty when the source has none.
                    .col(string_len(Recommendations::Paragraph, 40).default(""))
                    .col(text(Recommendations::Text))
                    // UPR: the recommending States, `; `-separated.
                    .col(text(Recommendations::RecommendingStates).default(""))
                    // UPR: supported, noted, supported_in_part, under_consideration, no_response.
                    .col(string_len_null(Recommendations::UprPosition, 40))
                    // The UHRI's id of an imported row.
                    .col(string_len_null(Recommendations::AnnotationId, 64))
                    .col(timestamp_with_time_zone(Recommendations::CreatedAt))
                    .col(timestamp_with_time_zone(Recommendations::UpdatedAt))
                    .col(integer(Recommendations::Version).default(1))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recommendations_coalition")
                            .from(Recommendations::Table, Recommendations::CoalitionId)
                            .to(Coalitions::Table, Coalitions::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recommendations_document")
                            .from(Recommendations::Table, Recommendations::DocumentId)
                            .to(SourceDocuments::Table, SourceDocuments::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recommendations_annotation")
                    .table(Recommendations::Table)
                    .col(Recommendations::CoalitionId)
                    .col(Recommendations::AnnotationId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recommendations_paragraph")
                    .table(Recommendations::Table)
                    .col(Recommendations::DocumentId)
                    .col(Recommendations::Paragraph)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Tags::Table)
                    .col(pk_auto(Tags::Id))
                    // `theme`, `affected_persons`, `sdg` or `cluster`.
                    .col(string_len(Tags::Vocabulary, 40))
                    .col(string_len(Tags::Label, 300))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_tags_label")
                    .table(Tags::Table)
                    .col(Tags::Vocabulary)
                    .col(Tags::Label)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(RecommendationTags::Table)
                    .col(integer(RecommendationTags::RecommendationId))
                    .col(integer(RecommendationTags::TagId))
                    .primary_key(
                        Index::create()
                            .col(RecommendationTags::RecommendationId)
                            .col(RecommendationTags::TagId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recommendation_tags_recommendation")
                            .from(
                                RecommendationTags::Table,
                                RecommendationTags::RecommendationId,
                            )
                            .to(Recommendations::Table, Recommendations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recommendation_tags_tag")
                            .from(RecommendationTags::Table, RecommendationTags::TagId)
                            .to(Tags::Table, Tags::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_recommendation_tags_tag")
                    .table(RecommendationTags::Table)
                    .col(RecommendationTags::TagId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            RecommendationTags::Table.into_iden(),
            Tags::Table.into_iden(),
            Recommendations::Table.into_iden(),
            SourceDocuments::Table.into_iden(),
            Mechanisms::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
