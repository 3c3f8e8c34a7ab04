//! Submission profiles (seeded with the UN defaults) and what planning a report needs: the
//! profile and deadline time zone of a report and its submission record; for each section a
//! lead editor, contributing organisations, a due date, private coordination notes and a bin.

use sea_orm_migration::{prelude::*, schema::*, sea_orm::ConnectionTrait};

use crate::default_profiles::DEFAULT_PROFILES;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SubmissionProfiles {
    Table,
    Id,
    Code,
    Mechanism,
    Stage,
    Name,
    WordLimit,
    NotesCounted,
    Languages,
    FrontMatter,
    OutlineTemplate,
    CreatedAt,
    UpdatedAt,
    Version,
}

#[derive(DeriveIden, Clone, Copy)]
enum Reports {
    Table,
    TimeZone,
    SubmittedOn,
    SubmissionReference,
}

#[derive(DeriveIden, Clone, Copy)]
enum ReportSections {
    Table,
    Id,
    DueDate,
    CoordinationNotes,
    RemovedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SectionContributors {
    Table,
    SectionId,
    OrganisationId,
}

#[derive(DeriveIden, Clone, Copy)]
enum Organisations {
    Table,
    Id,
}

/// Columns that reference another table, added in SQL both databases accept
/// (SQLite cannot add a foreign key through ALTER TABLE … ADD CONSTRAINT).
const REFERENCING_COLUMNS: &[&str] = &[
    "ALTER TABLE reports ADD COLUMN profile_id integer NULL \
     REFERENCES submission_profiles (id) ON DELETE SET NULL",
    "ALTER TABLE report_sections ADD COLUMN lead_editor_id integer NULL \
     REFERENCES users (id) ON DELETE SET NULL",
    "ALTER TABLE report_sections ADD COLUMN removed_by integer NULL \
     REFERENCES users (id) ON DELETE SET NULL",
];

async fn add_column(
    manager: &SchemaManager<'_>,
    table: impl IntoIden,
    column: ColumnDef,
) -> Result<(), DbErr> {
    manager
        .alter_table(Table::alter().table(table).add_column(column).to_owned())
        .await
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
                    .table(SubmissionProfiles::Table)
                    .col(pk_auto(SubmissionProfiles::Id))
                    .col(string_uniq(SubmissionProfiles::Code))
                    .col(string(SubmissionProfiles::Mechanism))
                    .col(string(SubmissionProfiles::Stage))
                    .col(string(SubmissionProfiles::Name))
                    .col(integer_null(SubmissionProfiles::WordLimit))
                    .col(boolean(SubmissionProfiles::NotesCounted).default(true))
                    .col(string(SubmissionProfiles::Languages))
                    .col(string(SubmissionProfiles::FrontMatter))
                    .col(text(SubmissionProfiles::OutlineTemplate))
                    .col(timestamp_with_time_zone(SubmissionProfiles::CreatedAt))
                    .col(timestamp_with_time_zone(SubmissionProfiles::UpdatedAt))
                    .col(integer(SubmissionProfiles::Version).default(1))
                    .to_owned(),
            )
            .await?;
        let now = chrono::Utc::now();
        for profile in DEFAULT_PROFILES {
            let insert = Query::insert()
                .into_table(SubmissionProfiles::Table)
                .columns([
                    SubmissionProfiles::Code,
                    SubmissionProfiles::Mechanism,
                    SubmissionProfiles::Stage,
                    SubmissionProfiles::Name,
                    SubmissionProfiles::WordLimit,
                    SubmissionProfiles::NotesCounted,
                    SubmissionProfiles::Languages,
                    SubmissionProfiles::FrontMatter,
                    SubmissionProfiles::OutlineTemplate,
                    SubmissionProfiles::CreatedAt,
                    SubmissionProfiles::UpdatedAt,
                    SubmissionProfiles::Version,
                ])
                .values_panic([
                    profile.code.into(),
                    profile.mechanism.into(),
                    profile.stage.into(),
                    profile.name.into(),
                    profile.word_limit.into(),
                    profile.notes_counted.into(),
                    profile.languages.into(),
                    profile.front_matter.into(),
                    profile.outline_template.into(),
                    now.into(),
                    now.into(),
                    1.into(),
                ])
                .to_owned();
            manager.exec_stmt(insert).await?;
        }

        let db = manager.get_connection();
        for statement in REFERENCING_COLUMNS {
            db.execute_unprepared(statement).await?;
        }
        // IANA name of the time zone the deadline is set in; the deadline itself is stored in UTC.
        add_column(
            manager,
            Reports::Table,
            string(Reports::TimeZone).default("UTC").take(),
        )
        .await?;
        add_column(
            manager,
            Reports::Table,
            date_null(Reports::SubmittedOn).take(),
        )
        .await?;
        add_column(
            manager,
            Reports::Table,
            string_null(Reports::SubmissionReference).take(),
        )
        .await?;
        add_column(
            manager,
            ReportSections::Table,
            date_null(ReportSections::DueDate).take(),
        )
        .await?;
        // Never exported: guidance and coordination between the coordinator and the writers.
        add_column(
            manager,
            ReportSections::Table,
            text(ReportSections::CoordinationNotes).default("").take(),
        )
        .await?;
        // Set when the section is in the bin; restoring clears it.
        add_column(
            manager,
            ReportSections::Table,
            timestamp_with_time_zone_null(ReportSections::RemovedAt).take(),
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SectionContributors::Table)
                    .col(integer(SectionContributors::SectionId))
                    .col(integer(SectionContributors::OrganisationId))
                    .primary_key(
                        Index::create()
                            .col(SectionContributors::SectionId)
                            .col(SectionContributors::OrganisationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_section_contributors_section")
                            .from(SectionContributors::Table, SectionContributors::SectionId)
                            .to(ReportSections::Table, ReportSections::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_section_contributors_organisation")
                            .from(
                                SectionContributors::Table,
                                SectionContributors::OrganisationId,
                            )
                            .to(Organisations::Table, Organisations::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(SectionContributors::Table).to_owned())
            .await?;
        for (table, column) in [
            (
                ReportSections::Table.into_iden(),
                ReportSections::RemovedAt.into_iden(),
            ),
            (
                ReportSections::Table.into_iden(),
                ReportSections::CoordinationNotes.into_iden(),
            ),
            (
                ReportSections::Table.into_iden(),
                ReportSections::DueDate.into_iden(),
            ),
            (
                ReportSections::Table.into_iden(),
                Alias::new("removed_by").into_iden(),
            ),
            (
                ReportSections::Table.into_iden(),
                Alias::new("lead_editor_id").into_iden(),
            ),
            (
                Reports::Table.into_iden(),
                Reports::SubmissionReference.into_iden(),
            ),
            (Reports::Table.into_iden(), Reports::SubmittedOn.into_iden()),
            (Reports::Table.into_iden(), Reports::TimeZone.into_iden()),
            (
                Reports::Table.into_iden(),
                Alias::new("profile_id").into_iden(),
            ),
        ] {
            manager
                .alter_table(Table::alter().table(table).drop_column(column).to_owned())
                .await?;
        }
        manager
            .drop_table(Table::drop().table(SubmissionProfiles::Table).to_owned())
            .await
    }
}
