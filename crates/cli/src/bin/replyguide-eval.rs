//! `replyguide-eval`: scores the rules against the labelled corpus (`make eval`), and splits a
//! corpus into its tuning and test halves once.
//!
//! ```text
//! replyguide-eval split --out tests/corpus corpus-a.jsonl corpus-b.jsonl
//! replyguide-eval score [--confusion] tests/corpus/tune.jsonl tests/corpus/test.jsonl
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use replyguide_cli::eval::{evaluate, read_cases, split_half, Half};
use replyguide_cli::inputs::{file_name, json_lines, read_text};
use replyguide_cli::CliError;

#[derive(Parser)]
#[command(
    name = "replyguide-eval",
    about = "Score the rules against a labelled corpus."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Split corpus files into `tune.jsonl` and `test.jsonl` by a hash of each case's id.
    Split {
        /// The folder to write both halves to.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The corpus files, one case per line.
        #[arg(required = true, value_name = "CORPUS.jsonl")]
        corpora: Vec<PathBuf>,
    },
    /// Print per-rule precision, recall and F1 for each file.
    Score {
        /// Also list every failure: case, rule, fired or missed, flagged words.
        #[arg(long)]
        confusion: bool,
        /// The corpus files, each scored on its own.
        #[arg(required = true, value_name = "CORPUS.jsonl")]
        corpora: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Split { out, corpora } => split(&out, &corpora),
        Command::Score { confusion, corpora } => score(confusion, &corpora),
    };
    match result {
        Ok(output) => {
            print!("{output}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn split(out: &std::path::Path, corpora: &[PathBuf]) -> Result<String, CliError> {
    let (mut tune, mut test) = (String::new(), String::new());
    for path in corpora {
        let name = file_name(path);
        for (line, json) in json_lines(&read_text(path)?) {
            let value: serde_json::Value = serde_json::from_str(json)
                .map_err(|err| CliError::new(format!("{name} line {line}: {err}")))?;
            let id = value["id"]
                .as_str()
                .ok_or_else(|| CliError::new(format!("{name} line {line}: no \"id\"")))?;
            let half = match split_half(id) {
                Half::Tune => &mut tune,
                Half::Test => &mut test,
            };
            half.push_str(json);
            half.push('\n');
        }
    }
    let write = |file: &str, text: &str| {
        let path = out.join(file);
        std::fs::write(&path, text)
            .map_err(|err| CliError::new(format!("cannot write {}: {err}", path.display())))
    };
    write("tune.jsonl", &tune)?;
    write("test.jsonl", &test)?;
    Ok(format!(
        "{} cases to tune.jsonl, {} to test.jsonl\n",
        tune.lines().count(),
        test.lines().count()
    ))
}

fn score(confusion: bool, corpora: &[PathBuf]) -> Result<String, CliError> {
    let mut out = String::new();
    for path in corpora {
        let evaluation = evaluate(&read_cases(path)?);
        out.push_str(&evaluation.table(&file_name(path)));
        if confusion {
            out.push_str(&evaluation.confusion());
        }
        out.push('\n');
    }
    Ok(out)
}
