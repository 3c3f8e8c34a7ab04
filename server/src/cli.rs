//! The `shadowdesk` command line: `serve`, `migrate`, `seed-demo`, `create-admin`, `import-draft`,
//! `import-recommendations`, `export`, `backup`, `restore`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use app::setup::server::{AdminError, NewAdmin};

use crate::{
    backup::{self, BackupError},
    config::{ConfigError, Settings},
    database::{self, DatabaseError},
    demo::{self, SeedOutcome},
    draft_import::{self, ImportError},
    recommendation_import::{self, RecommendationImportError},
    startup::{Application, StartupError},
    submission_export::{self, ExportError},
    telemetry,
};

/// Shadowdesk: shadow reports and UN follow-up for NGO coalitions.
#[derive(Debug, Parser)]
#[command(name = "shadowdesk", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// What to do.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Apply migrations and serve the web application.
    Serve,
    /// Apply pending database migrations, then exit.
    Migrate,
    /// Load the demonstration coalition into the database (skipped if it is already there).
    SeedDemo,
    /// Create an instance administrator. The password is read from standard input: asked
    /// twice on a terminal (not shown), or one line from a pipe.
    CreateAdmin {
        /// The administrator's email address (their sign-in).
        #[arg(long)]
        email: String,
        /// The administrator's name as others see it.
        #[arg(long)]
        name: String,
    },
    /// Import a Word (.docx) or Markdown (.md) draft into a report, split into sections at
    /// its headings; empty sections of the same title receive their text.
    ImportDraft {
        /// The report's number, as in its address /reports/<number>.
        report: i32,
        /// The draft file.
        file: PathBuf,
        /// E-mail of the coordinator the import is made as (checked and audited as theirs).
        #[arg(long = "as", value_name = "EMAIL")]
        as_user: String,
        /// Show the split only; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Export a report as DOCX: a draft (marked "Draft" on every page) or, with --final, the
    /// final export, refused while the pre-submission check finds a blocking problem.
    Export {
        /// The report's number, as in its address /reports/<number>.
        report: i32,
        /// Where to write the file.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// E-mail of the user the export is made as (checked and audited as theirs).
        #[arg(long = "as", value_name = "EMAIL")]
        as_user: String,
        /// Make the final export (coordinators): kept with its SHA-256, the report final.
        #[arg(long = "final")]
        final_file: bool,
    },
    /// Back up the SQLite database — reports, revisions, recommendations, evidence files,
    /// kept exports, the audit log — into one zip archive, while the server keeps running.
    Backup {
        /// The archive to write (must not exist); default shadowdesk-backup-<UTC time>.zip.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Restore a backup archive as the database SHADOWDESK_DATABASE_URL names, after checking
    /// it against its manifest; then apply any newer migrations. Stop the server first.
    Restore {
        /// The archive `shadowdesk backup` wrote.
        archive: PathBuf,
        /// Replace a database that already holds accounts (it is kept beside the new one).
        #[arg(long)]
        force: bool,
    },
    /// Import recommendations from a Universal Human Rights Index JSON export or a UPR Info
    /// CSV export into a coalition's tracker; every row is checked, then the good rows are
    /// written in one transaction.
    ImportRecommendations {
        /// The coalition's number.
        coalition: i32,
        /// The file.
        file: PathBuf,
        /// `uhri-json`, `uhri-xlsx` or `upr-info-csv`.
        #[arg(long, default_value = "uhri-json")]
        format: String,
        /// E-mail of the coordinator the import is made as (checked and audited as theirs).
        #[arg(long = "as", value_name = "EMAIL")]
        as_user: String,
        /// Check the rows only; write nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

/// Why a command failed; printed as one line.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Startup(#[from] StartupError),
    #[error(transparent)]
    Database(#[from] DatabaseError),
    #[error("cannot load the demonstration data: {0}")]
    Seed(sea_orm::DbErr),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    RecommendationImport(#[from] RecommendationImportError),
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error(transparent)]
    Backup(#[from] BackupError),
    #[error("administrator not created: {0}")]
    Admin(#[from] AdminError),
    #[error("cannot read the password from standard input: {0}")]
    PasswordInput(std::io::Error),
    #[error("administrator not created: the two passwords differ")]
    PasswordsDiffer,
    #[error("cannot make the seal key: {0}")]
    SealKey(String),
}

/// Runs `command` with settings from the environment.
pub async fn run(command: Command) -> Result<(), CliError> {
    let settings = Settings::from_env()?;
    telemetry::init(&settings.log_filter);
    match command {
        Command::Serve => serve(settings).await,
        Command::Migrate => {
            let db = database::connect(&settings.database_url, 1).await?;
            database::migrate(&db, &settings.database_url).await?;
            println!("Migrations applied to {}", settings.database_url);
            Ok(())
        }
        Command::ImportDraft {
            report,
            file,
            as_user,
            dry_run,
        } => {
            let db = database::connect(&settings.database_url, 1).await?;
            let preview = draft_import::import_draft(&db, report, &file, &as_user, dry_run).await?;
            println!("{}", draft_import::describe(&preview));
            Ok(())
        }
        Command::Export {
            report,
            out,
            as_user,
            final_file,
        } => {
            let db = database::connect(&settings.database_url, 1).await?;
            database::migrate(&db, &settings.database_url).await?;
            let said = submission_export::export(&db, report, &out, &as_user, final_file).await?;
            println!("{said}");
            Ok(())
        }
        Command::ImportRecommendations {
            coalition,
            file,
            format,
            as_user,
            dry_run,
        } => {
            let db = database::connect(&settings.database_url, 2).await?;
            database::migrate(&db, &settings.database_url).await?;
            let summary = recommendation_import::import_file(
                &db, coalition, &file, &format, &as_user, dry_run,
            )
            .await?;
            println!("{}", recommendation_import::describe(&summary));
            Ok(())
        }
        Command::Backup { out } => {
            let out = out.unwrap_or_else(|| {
                let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
                PathBuf::from(format!("shadowdesk-backup-{stamp}.zip"))
            });
            let db = database::connect(&settings.database_url, 1).await?;
            let manifest = backup::backup(&db, &settings.database_url, &out).await?;
            println!("Backup written to {}", out.display());
            println!("{}", backup::describe(&manifest));
            Ok(())
        }
        Command::Restore { archive, force } => {
            let restored = backup::restore(&archive, &settings.database_url, force).await?;
            let db = database::connect(&settings.database_url, 1).await?;
            database::migrate(&db, &settings.database_url).await?;
            println!(
                "Restored {} into {}",
                archive.display(),
                settings.database_url
            );
            println!("{}", backup::describe(&restored.manifest));
            if let Some(replaced) = restored.replaced {
                println!("The database it replaced is kept as {}", replaced.display());
            }
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let password = read_new_password()?;
            let db = database::connect(&settings.database_url, 1).await?;
            database::migrate(&db, &settings.database_url).await?;
            let new = NewAdmin {
                email: &email,
                display_name: &name,
                password: &password,
            };
            let created = app::setup::server::create_admin(&db, new).await?;
            let base = settings
                .identity
                .public_url
                .clone()
                .unwrap_or_else(|| format!("http://{}", settings.bind));
            println!("Administrator {} created.", created.email);
            println!("Sign in at {base}/sign-in");
            let path = &settings.seal_key_file;
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| CliError::SealKey(e.to_string()))?;
            }
            let (_, made) = shadowdesk_seal::InstanceKey::read_or_create(path)
                .map_err(|e| CliError::SealKey(e.to_string()))?;
            if made {
                println!(
                    "Seal key made at {}: keep a copy apart from the database backups, \
                     which do not hold it (without it, sealed identities cannot be read).",
                    path.display()
                );
            }
            Ok(())
        }
        Command::SeedDemo => {
            let db = database::connect(&settings.database_url, 1).await?;
            database::migrate(&db, &settings.database_url).await?;
            match demo::seed(&db).await.map_err(CliError::Seed)? {
                SeedOutcome::Created => {
                    println!("Demonstration data loaded into {}", settings.database_url)
                }
                SeedOutcome::AlreadyPresent => {
                    println!(
                        "Demonstration data already present in {}",
                        settings.database_url
                    )
                }
            }
            Ok(())
        }
    }
}

/// The new administrator's password: typed twice without echo on a terminal, or the first
/// line of a pipe (its line ending removed).
fn read_new_password() -> Result<String, CliError> {
    use std::io::{BufRead, IsTerminal};

    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let first = rpassword::prompt_password("Password for the administrator: ")
            .map_err(CliError::PasswordInput)?;
        let second = rpassword::prompt_password("The same password again: ")
            .map_err(CliError::PasswordInput)?;
        if first != second {
            return Err(CliError::PasswordsDiffer);
        }
        return Ok(first);
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(CliError::PasswordInput)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

async fn serve(settings: Settings) -> Result<(), CliError> {
    let database = settings.database_url.to_string();
    let demo_data = settings.demo_data;
    let public_url = settings.identity.public_url.clone();
    let app = Application::build(settings).await?;
    // Scripts and the browser tests read this line to find the port.
    println!("Shadowdesk is listening on http://{}", app.address());
    if let Some(path) = app.setup_path() {
        let base = public_url.unwrap_or_else(|| format!("http://{}", app.address()));
        let base = base.trim_end_matches('/');
        // The one place the setup token is written: it is useless once the first
        // administrator exists, and the database keeps only its hash.
        tracing::warn!(
            "this instance has no account yet: create the first administrator at {base}{path} \
             (valid once, for 24 hours) or with `shadowdesk create-admin`"
        );
        println!("First run: create the first administrator at {base}{path}");
        println!(
            "  (valid once, for 24 hours; or run `shadowdesk create-admin --email E --name N`)"
        );
    }
    println!("Database: {database}");
    if demo_data {
        println!("Demo sign-ins (password {}):", demo::DEMO_PASSWORD);
        for (email, role) in demo::sign_ins() {
            println!("  {email:<30} {role}");
        }
    }
    tracing::info!(address = %app.address(), "listening");
    app.run_until_stopped().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_draft_takes_the_report_the_file_and_the_coordinator() {
        let cli = Cli::try_parse_from([
            "shadowdesk",
            "import-draft",
            "3",
            "draft.docx",
            "--as",
            "coordinator@example.org",
            "--dry-run",
        ])
        .expect("parses");
        match cli.command {
            Command::ImportDraft {
                report,
                file,
                as_user,
                dry_run,
            } => {
                assert_eq!(report, 3);
                assert_eq!(file, PathBuf::from("draft.docx"));
                assert_eq!(as_user, "coordinator@example.org");
                assert!(dry_run);
            }
            other => panic!("parsed as {other:?}"),
        }
        // The coordinator is required: an import is always someone's.
        assert!(Cli::try_parse_from(["shadowdesk", "import-draft", "3", "draft.docx"]).is_err());
    }
}
