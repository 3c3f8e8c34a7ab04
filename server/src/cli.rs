//! The `shadowdesk` command line: `serve`, `migrate`, `seed-demo`.

use clap::{Parser, Subcommand};

use crate::{
    config::{ConfigError, Settings},
    database::{self, DatabaseError},
    demo::{self, SeedOutcome},
    startup::{Application, StartupError},
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

async fn serve(settings: Settings) -> Result<(), CliError> {
    let database = settings.database_url.to_string();
    let demo_data = settings.demo_data;
    let app = Application::build(settings).await?;
    // Scripts and the browser tests read this line to find the port.
    println!("Shadowdesk is listening on http://{}", app.address());
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
