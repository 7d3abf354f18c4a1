//! The `seam` binary: parse the command line, run, map errors to one line and an exit code.

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;
use seam::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let language = cli::language(&cli);
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // Each link of the chain in the screen's language where seam wrote it.
            // A store error's words include its cause already: the chain ends there.
            let mut message: Vec<String> = Vec::new();
            for cause in error.chain() {
                match cause.downcast_ref::<seam::store::StoreError>() {
                    Some(store) => {
                        message.push(seam::store::in_words(language, store));
                        break;
                    }
                    None => message.push(cause.to_string()),
                }
            }
            // Not eprintln!: it panics when stderr is a terminal that is gone.
            let _ = writeln!(
                std::io::stderr(),
                "seam: {}",
                seam::text::one_line(&message.join(": "))
            );
            let usage = error.downcast_ref::<cli::UsageError>().is_some();
            ExitCode::from(if usage { 2 } else { 1 })
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let ctx = cli::context(&cli)?;
    let mut stdout = std::io::stdout().lock();
    match cli::run(cli, &ctx, &mut stdout)? {
        Ok(code) => Ok(code),
        Err(launch) => {
            drop(stdout);
            seam::tui::run(&ctx, launch)
        }
    }
}
