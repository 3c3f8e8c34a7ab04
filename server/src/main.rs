//! `shadowdesk`: the Shadowdesk server and its administration commands.

use std::process::ExitCode;

use clap::Parser;
use server::cli::{Cli, run};

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One line, whatever the cause, so scripts and people can read it.
            let message = error.to_string().replace('\n', " ");
            eprintln!("shadowdesk: error: {message}");
            ExitCode::FAILURE
        }
    }
}
