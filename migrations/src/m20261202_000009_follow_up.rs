//! Following recommendations up: assessments by several assessors (each on its own scale,
//! mapped to one ordinal, draft then approved and never overwritten), evidence (links and
//! uploaded files with their hash and visibility), coalition clusters, links between
//! recommendations, the lead organisation and follow-up deadline of a recommendation, the
//! follow-up date of a source document; the change log that keeps every app server's search
//! index in step, saved search views, and the record of e-mail reminders sent.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Assessments {
    Table,
    Id,
    RecommendationId,
    CoalitionId,
    Assessor,
    OrganisationId,
    AssessorName,
    Scale,
    Label,
    Ordinal,
    AssessedOn,
    Narrative,
    Status,
    CreatedAt,
    CreatedBy,
    UpdatedAt,
    UpdatedBy,
    ApprovedAt,
    ApprovedBy,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum Evidence {
    Table,
    Id,
    RecommendationId,
    AssessmentId,
    CoalitionId,
    OrganisationId,
    Kind,
    Title,
    Url,
    Source,
    DatedOn,
    FileName,
    ContentType,
    SizeBytes,
    Sha256,
    Visibility,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum EvidenceFiles {
    Table,
    EvidenceId,
    Bytes,
}

#[derive(DeriveIden, Clone, Copy)]
enum Clusters {
    Table,
    Id,
    CoalitionId,
    Name,
    LeadOrganisationId,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RecommendationClusters {
    Table,
    RecommendationId,
    ClusterId,
}

#[derive(DeriveIden, Clone, Copy)]
enum RecommendationLinks {
    Table,
    Id,
    FromId,
    ToId,
    Kind,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden, Clone, Copy)]
enum SearchGeneration {
    Table,
    Id,
    Value,
}

#[derive(DeriveIden, Clone, Copy)]
enum SearchChanges {
    Table,
    Id,
    Generation,
    RecommendationId,
}

#[derive(DeriveIden, Clone, Copy)]
enum RemindersSent {
    Table,
    Kind,
    ItemId,
    Stage,
    Due,
    SentAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SavedViews {
    Table,
    Id,
    UserId,
    CoalitionId,
    Name,
    Query,
    Shared,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Recommendations {
    Table,
    Id,
    FollowUp,
    FollowUpDue,
}

#[derive(DeriveIden, Clone, Copy)]
enum SourceDocuments {
    Table,
    FollowUpDue,
}

#[derive(DeriveIden, Clone, Copy)]
enum Coalitions {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Users {
    Table,
    Id,
}

#[derive(DeriveIden, Clone, Copy)]
enum Tags {
    Table,
    Vocabulary,
    Label,
}

/// The UHRI's own labels that Shadowdesk starts with (as its exports write them); imports add
/// the rest of the vocabularies as they meet them.
const VOCABULARIES: &[(&str, &[&str])] = &[
    (
        "theme",
        &[
            "Administration of justice & fair trial",
            "Asylum seekers & refugees",
            "Freedom of peaceful assembly",
            "Freedom of thought, conscience and religion",
            "Legal & institutional framework",
            "Racial discrimination",
            "Right to work",
            "Torture and other cruel, inhuman or degrading treatment or punishment",
        ],
    ),
    (
        "affected_persons",
        &[
            "General",
            "Human rights defenders",
            "Members of minorities",
            "Persons deprived of their liberty",
            "Persons living in rural areas",
            "Refugees & asylum seekers",
            "Stateless persons",
            "Women & girls",
        ],
    ),
    (
        "sdg",
        &[
            "8.5 - Full employment and decent work with equal pay",
            "10.3 - Equal opportunity and elimination of discrimination",
            "16.3 - Rule of law and equal access to justice",
            "16.10 - Public access to information and fundamental freedoms",
        ],
    ),
];

/// Columns that reference another table, added in SQL both databases accept.
const REFERENCING_COLUMNS: &[&str] = &["ALTER TABLE recommendations ADD COLUMN \
     lead_organisation_id integer NULL REFERENCES organisations (id) ON DELETE SET NULL"];

fn foreign_key(
    name: &str,
    from: (impl IntoIden, impl IntoIden),
    to: (impl IntoIden, impl IntoIden),
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(from.0, from.1)
        .to(to.0, to.1)
        .on_delete(on_delete)
        .to_owned()
}

async fn index(
    manager: &SchemaManager<'_>,
    name: &str,
    table: impl IntoIden,
    columns: &[Alias],
    unique: bool,
) -> Result<(), DbErr> {
    let mut statement = Index::create().name(name).table(table).to_owned();
    for column in columns {
        statement.col(column.clone());
    }
    if unique {
        statement.unique();
    }
    manager.create_index(statement).await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Assessments::Table)
                    .col(pk_auto(Assessments::Id))
                    .col(integer(Assessments::RecommendationId))
                    .col(integer(Assessments::CoalitionId))
                    // `coalition`, `ngo`, `state`, `nhri` or `committee`.
                    .col(string_len(Assessments::Assessor, 20))
                    // The assessing NGO (for `ngo`), else the organisation of the author.
                    .col(integer_null(Assessments::OrganisationId))
                    // Who exactly, as written: "Ministry of Justice", "Ombudsman".
                    .col(string_len(Assessments::AssessorName, 200).default(""))
                    // `upr_info`, `hrc`, `hrc_subgrades` or `custom`.
                    .col(string_len(Assessments::Scale, 20))
                    // The original label (`partially_implemented`, `B1`, a custom label).
                    .col(string_len(Assessments::Label, 120))
                    // 0 contrary … 4 fully implemented; NULL for "no information".
                    .col(small_integer_null(Assessments::Ordinal))
                    .col(date(Assessments::AssessedOn))
                    .col(text(Assessments::Narrative).default(""))
                    // `draft` or `approved` (approved assessments never change).
                    .col(string_len(Assessments::Status, 20).default("draft"))
                    .col(timestamp_with_time_zone(Assessments::CreatedAt))
                    .col(integer_null(Assessments::CreatedBy))
                    .col(timestamp_with_time_zone(Assessments::UpdatedAt))
                    .col(integer_null(Assessments::UpdatedBy))
                    .col(timestamp_with_time_zone_null(Assessments::ApprovedAt))
                    .col(integer_null(Assessments::ApprovedBy))
                    .col(integer(Assessments::Version).default(1))
                    .foreign_key(&mut foreign_key(
                        "fk_assessments_recommendation",
                        (Assessments::Table, Assessments::RecommendationId),
                        (Recommendations::Table, Recommendations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_assessments_coalition",
                        (Assessments::Table, Assessments::CoalitionId),
                        (Coalitions::Table, Coalitions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_assessments_organisation",
                        (Assessments::Table, Assessments::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_assessments_created_by",
                        (Assessments::Table, Assessments::CreatedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_assessments_updated_by",
                        (Assessments::Table, Assessments::UpdatedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_assessments_approved_by",
                        (Assessments::Table, Assessments::ApprovedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_assessments_recommendation",
            Assessments::Table,
            &[
                Alias::new("recommendation_id"),
                Alias::new("assessor"),
                Alias::new("assessed_on"),
            ],
            false,
        )
        .await?;
        index(
            manager,
            "idx_assessments_coalition",
            Assessments::Table,
            &[Alias::new("coalition_id"), Alias::new("status")],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Evidence::Table)
                    .col(pk_auto(Evidence::Id))
                    .col(integer(Evidence::RecommendationId))
                    .col(integer_null(Evidence::AssessmentId))
                    .col(integer(Evidence::CoalitionId))
                    // The organisation of whoever added it (private evidence stays with it).
                    .col(integer_null(Evidence::OrganisationId))
                    // `link` or `file`.
                    .col(string_len(Evidence::Kind, 10))
                    .col(string_len(Evidence::Title, 300))
                    .col(text(Evidence::Url).default(""))
                    // Who published it: "Ministry of Internal Affairs", "Trial monitoring".
                    .col(string_len(Evidence::Source, 300).default(""))
                    .col(date_null(Evidence::DatedOn))
                    .col(string_len(Evidence::FileName, 255).default(""))
                    .col(string_len(Evidence::ContentType, 100).default(""))
                    .col(big_integer(Evidence::SizeBytes).default(0))
                    // SHA-256 of the file, lower-case hex (empty for links).
                    .col(string_len(Evidence::Sha256, 64).default(""))
                    // `public`, `coalition` or `private`.
                    .col(string_len(Evidence::Visibility, 20).default("coalition"))
                    .col(timestamp_with_time_zone(Evidence::CreatedAt))
                    .col(integer_null(Evidence::CreatedBy))
                    .foreign_key(&mut foreign_key(
                        "fk_evidence_recommendation",
                        (Evidence::Table, Evidence::RecommendationId),
                        (Recommendations::Table, Recommendations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_evidence_assessment",
                        (Evidence::Table, Evidence::AssessmentId),
                        (Assessments::Table, Assessments::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_evidence_coalition",
                        (Evidence::Table, Evidence::CoalitionId),
                        (Coalitions::Table, Coalitions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_evidence_organisation",
                        (Evidence::Table, Evidence::OrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_evidence_created_by",
                        (Evidence::Table, Evidence::CreatedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_evidence_recommendation",
            Evidence::Table,
            &[Alias::new("recommendation_id")],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(EvidenceFiles::Table)
                    .col(integer(EvidenceFiles::EvidenceId).primary_key())
                    .col(blob(EvidenceFiles::Bytes))
                    .foreign_key(&mut foreign_key(
                        "fk_evidence_files_evidence",
                        (EvidenceFiles::Table, EvidenceFiles::EvidenceId),
                        (Evidence::Table, Evidence::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(Clusters::Table)
                    .col(pk_auto(Clusters::Id))
                    .col(integer(Clusters::CoalitionId))
                    .col(string_len(Clusters::Name, 200))
                    .col(integer_null(Clusters::LeadOrganisationId))
                    .col(timestamp_with_time_zone(Clusters::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_clusters_coalition",
                        (Clusters::Table, Clusters::CoalitionId),
                        (Coalitions::Table, Coalitions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_clusters_lead",
                        (Clusters::Table, Clusters::LeadOrganisationId),
                        (Organisations::Table, Organisations::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_clusters_name",
            Clusters::Table,
            &[Alias::new("coalition_id"), Alias::new("name")],
            true,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(RecommendationClusters::Table)
                    .col(integer(RecommendationClusters::RecommendationId))
                    .col(integer(RecommendationClusters::ClusterId))
                    .primary_key(
                        Index::create()
                            .col(RecommendationClusters::RecommendationId)
                            .col(RecommendationClusters::ClusterId),
                    )
                    .foreign_key(&mut foreign_key(
                        "fk_recommendation_clusters_recommendation",
                        (
                            RecommendationClusters::Table,
                            RecommendationClusters::RecommendationId,
                        ),
                        (Recommendations::Table, Recommendations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_recommendation_clusters_cluster",
                        (
                            RecommendationClusters::Table,
                            RecommendationClusters::ClusterId,
                        ),
                        (Clusters::Table, Clusters::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_recommendation_clusters_cluster",
            RecommendationClusters::Table,
            &[Alias::new("cluster_id")],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RecommendationLinks::Table)
                    .col(pk_auto(RecommendationLinks::Id))
                    // `from` repeats, duplicates or relates to `to`.
                    .col(integer(RecommendationLinks::FromId))
                    .col(integer(RecommendationLinks::ToId))
                    // `repeats`, `duplicate` or `related`.
                    .col(string_len(RecommendationLinks::Kind, 20))
                    .col(timestamp_with_time_zone(RecommendationLinks::CreatedAt))
                    .col(integer_null(RecommendationLinks::CreatedBy))
                    .foreign_key(&mut foreign_key(
                        "fk_recommendation_links_from",
                        (RecommendationLinks::Table, RecommendationLinks::FromId),
                        (Recommendations::Table, Recommendations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_recommendation_links_to",
                        (RecommendationLinks::Table, RecommendationLinks::ToId),
                        (Recommendations::Table, Recommendations::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_recommendation_links_created_by",
                        (RecommendationLinks::Table, RecommendationLinks::CreatedBy),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_recommendation_links_pair",
            RecommendationLinks::Table,
            &[Alias::new("from_id"), Alias::new("to_id")],
            true,
        )
        .await?;
        index(
            manager,
            "idx_recommendation_links_to",
            RecommendationLinks::Table,
            &[Alias::new("to_id")],
            false,
        )
        .await?;

        // One row: the generation of the recommendations' search data. Writers bump it in their
        // transaction (its row lock orders them) and log what changed under the new value.
        manager
            .create_table(
                Table::create()
                    .table(SearchGeneration::Table)
                    .col(integer(SearchGeneration::Id).primary_key())
                    .col(big_integer(SearchGeneration::Value).default(0))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table(SearchGeneration::Table)
                    .columns([SearchGeneration::Id, SearchGeneration::Value])
                    .values_panic([1.into(), 0.into()])
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SearchChanges::Table)
                    .col(big_pk_auto(SearchChanges::Id))
                    .col(big_integer(SearchChanges::Generation))
                    // NULL: everything changed (a large import); rebuild the whole index.
                    .col(integer_null(SearchChanges::RecommendationId))
                    .to_owned(),
            )
            .await?;
        index(
            manager,
            "idx_search_changes_generation",
            SearchChanges::Table,
            &[Alias::new("generation")],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SavedViews::Table)
                    .col(pk_auto(SavedViews::Id))
                    .col(integer(SavedViews::UserId))
                    .col(integer(SavedViews::CoalitionId))
                    .col(string_len(SavedViews::Name, 120))
                    // The list's address query (`q=torture&mechanism=CAT`).
                    .col(text(SavedViews::Query))
                    // Shown to everyone in the coalition, not only to its author.
                    .col(boolean(SavedViews::Shared).default(false))
                    .col(timestamp_with_time_zone(SavedViews::CreatedAt))
                    .foreign_key(&mut foreign_key(
                        "fk_saved_views_user",
                        (SavedViews::Table, SavedViews::UserId),
                        (Users::Table, Users::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut foreign_key(
                        "fk_saved_views_coalition",
                        (SavedViews::Table, SavedViews::CoalitionId),
                        (Coalitions::Table, Coalitions::Id),
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        // One row per follow-up item, stage and due date whose e-mail reminder went out: the
        // key makes every reminder go out once, whichever app server sends it.
        manager
            .create_table(
                Table::create()
                    .table(RemindersSent::Table)
                    // `recommendation` or `document`.
                    .col(string_len(RemindersSent::Kind, 20))
                    .col(integer(RemindersSent::ItemId))
                    // `due_soon` or `overdue`.
                    .col(string_len(RemindersSent::Stage, 20))
                    // `YYYY-MM-DD`: a new deadline is a new reminder.
                    .col(string_len(RemindersSent::Due, 10))
                    .col(timestamp_with_time_zone(RemindersSent::SentAt))
                    .primary_key(
                        Index::create()
                            .col(RemindersSent::Kind)
                            .col(RemindersSent::ItemId)
                            .col(RemindersSent::Stage)
                            .col(RemindersSent::Due),
                    )
                    .to_owned(),
            )
            .await?;

        for (vocabulary, labels) in VOCABULARIES {
            for label in *labels {
                manager
                    .exec_stmt(
                        Query::insert()
                            .into_table(Tags::Table)
                            .columns([Tags::Vocabulary, Tags::Label])
                            .values_panic([(*vocabulary).into(), (*label).into()])
                            // A database that imported them already keeps its own.
                            .on_conflict(
                                OnConflict::columns([Tags::Vocabulary, Tags::Label])
                                    .do_nothing()
                                    .to_owned(),
                            )
                            .to_owned(),
                    )
                    .await?;
            }
        }

        for statement in REFERENCING_COLUMNS {
            manager
                .get_connection()
                .execute_unprepared(statement)
                .await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table(Recommendations::Table)
                    .add_column(boolean(Recommendations::FollowUp).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Recommendations::Table)
                    .add_column(date_null(Recommendations::FollowUpDue))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(SourceDocuments::Table)
                    .add_column(date_null(SourceDocuments::FollowUpDue))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for (table, column) in [
            (SourceDocuments::Table.into_iden(), "follow_up_due"),
            (Recommendations::Table.into_iden(), "follow_up_due"),
            (Recommendations::Table.into_iden(), "follow_up"),
            (Recommendations::Table.into_iden(), "lead_organisation_id"),
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(table)
                        .drop_column(Alias::new(column))
                        .to_owned(),
                )
                .await?;
        }
        for table in [
            RemindersSent::Table.into_iden(),
            SavedViews::Table.into_iden(),
            SearchChanges::Table.into_iden(),
            SearchGeneration::Table.into_iden(),
            RecommendationLinks::Table.into_iden(),
            RecommendationClusters::Table.into_iden(),
            Clusters::Table.into_iden(),
            EvidenceFiles::Table.into_iden(),
            Evidence::Table.into_iden(),
            Assessments::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
