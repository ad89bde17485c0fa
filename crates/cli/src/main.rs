//! `replyguide`: checks draft replies to Care Opinion stories, and audits past ones, against
//! Care Opinion's advice to third-sector responders. See `INTERFACES.md` for the contract.
//!
//! Exit status: 0 when the command ran (findings or not), 2 on bad input, with a message naming
//! the file and the field or line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use replyguide_cli::audit::{self, output::Summary};
use replyguide_cli::inputs::{
    current_time, file_name, load_config, load_history, load_story, read_draft,
};
use replyguide_cli::{render, schema, CliError};
use replyguide_engine::{rules, Config, Engine, Report};
use serde::Serialize;

#[derive(Parser)]
#[command(
    name = "replyguide",
    version,
    about = "Check replies to Care Opinion stories against Care Opinion's guidance for third-sector responders."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check one draft reply (from a file, or standard input).
    Check(CheckArgs),
    /// Check a file of past replies (.jsonl or .csv), repeats within the file included.
    Audit(AuditArgs),
    /// Work with organisation config files.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// List every rule: id, default severity and the guideline it serves.
    Rules(RulesArgs),
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The story being replied to (story context JSON).
    #[arg(long, value_name = "STORY.json")]
    story: Option<PathBuf>,
    /// The organisation config.
    #[arg(long, value_name = "ORG.json")]
    config: Option<PathBuf>,
    /// Earlier replies, one JSON object per line: {"text", "story_url", "posted"}.
    #[arg(long, value_name = "HISTORY.jsonl")]
    history: Option<PathBuf>,
    /// When the reply is being written (RFC 3339); defaults to the current time.
    #[arg(long, value_name = "RFC3339")]
    now: Option<DateTime<Utc>>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
    /// The draft reply; standard input when absent or `-`.
    #[arg(value_name = "DRAFT.txt")]
    draft: Option<PathBuf>,
}

#[derive(clap::Args)]
struct AuditArgs {
    /// The organisation config.
    #[arg(long, value_name = "ORG.json")]
    config: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
    format: AuditFormat,
    /// When to judge replies that give neither `now` nor `posted`; defaults to the current time.
    #[arg(long, value_name = "RFC3339")]
    now: Option<DateTime<Utc>>,
    /// The replies: JSON Lines or CSV with a header row.
    #[arg(value_name = "RESPONSES.(jsonl|csv)")]
    replies: PathBuf,
}

#[derive(Subcommand)]
enum ConfigCommand {
    /// Check an organisation config file; errors name the field.
    Validate {
        /// The config file.
        #[arg(value_name = "ORG.json")]
        config: PathBuf,
    },
    /// Print the config's JSON Schema (generated from the engine's types).
    Schema {
        /// Print it in Chromium's managed-policy dialect, with the policy-only settings: the
        /// extension's `managed_schema.json`.
        #[arg(long)]
        managed_policy: bool,
    },
}

#[derive(clap::Args)]
struct RulesArgs {
    /// Also list this organisation's custom rules.
    #[arg(long, value_name = "ORG.json")]
    config: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    format: ReportFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum AuditFormat {
    Text,
    Json,
    Csv,
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Check(args) => check(args),
        Command::Audit(args) => audit(args),
        Command::Config(ConfigCommand::Validate { config }) => validate_config(&config),
        Command::Config(ConfigCommand::Schema { managed_policy }) => {
            Ok(schema::render(&if managed_policy {
                schema::managed_policy_schema()
            } else {
                schema::config_schema()
            }))
        }
        Command::Rules(args) => list_rules(args),
    };
    match result {
        Ok(output) => {
            // A closed pipe (`replyguide rules | head`) is not an error worth reporting.
            let _ = std::io::stdout().lock().write_all(output.as_bytes());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn check(args: CheckArgs) -> Result<String, CliError> {
    let config = config_or_default(args.config.as_deref())?;
    let story = match &args.story {
        Some(path) => load_story(path)?,
        None => Default::default(),
    };
    let mut engine = Engine::new(config);
    if let Some(path) = &args.history {
        for entry in load_history(path)? {
            engine.add_history(entry);
        }
    }
    let draft = read_draft(args.draft.as_deref())?;
    let findings = engine.check(&draft.text, &story, args.now.unwrap_or_else(current_time));
    match args.format {
        ReportFormat::Text => Ok(render::report(&draft.origin, &draft.text, &findings)),
        ReportFormat::Json => to_json(&Report::new(&draft.text, &findings)),
    }
}

fn audit(args: AuditArgs) -> Result<String, CliError> {
    let config = config_or_default(args.config.as_deref())?;
    let replies = audit::read_replies(&args.replies)?;
    let now = args.now.unwrap_or_else(current_time);
    let rule_ids: Vec<String> = rules::describe(&config).into_iter().map(|r| r.id).collect();
    let audited = audit::audit(&config, replies, now);
    let summary = Summary::new(&rule_ids, &audited);
    let mut out = Vec::new();
    let written = match args.format {
        AuditFormat::Text => {
            let text = audit::output::text(&file_name(&args.replies), &audited, &summary);
            out.write_all(text.as_bytes())
        }
        AuditFormat::Json => audit::output::write_json(&mut out, &audited, &summary),
        AuditFormat::Csv => {
            eprint!("{}", summary.text());
            audit::output::write_csv(&mut out, &audited)
        }
    };
    written.map_err(|err| CliError::new(format!("cannot write the audit: {err}")))?;
    String::from_utf8(out).map_err(|err| CliError::new(format!("cannot write the audit: {err}")))
}

fn validate_config(path: &Path) -> Result<String, CliError> {
    let config = load_config(path)?;
    let rules = rules::all_rules(&config);
    let enabled = rules
        .iter()
        .filter(|r| r.settings(&config).enabled())
        .count();
    Ok(format!(
        "{}: valid ({} of {} rules on, {} custom).\n",
        file_name(path),
        enabled,
        rules.len(),
        config.custom_rules.len()
    ))
}

fn list_rules(args: RulesArgs) -> Result<String, CliError> {
    let described = rules::describe(&config_or_default(args.config.as_deref())?);
    match args.format {
        ReportFormat::Json => to_json(&described),
        ReportFormat::Text => {
            let width = described.iter().map(|r| r.id.len()).max().unwrap_or(0);
            Ok(described
                .iter()
                .map(|r| {
                    let severity = r.default_severity.as_str();
                    format!("{:<width$}  {severity:<7}  {}\n", r.id, r.guideline)
                })
                .collect())
        }
    }
}

fn config_or_default(path: Option<&Path>) -> Result<Config, CliError> {
    path.map(load_config)
        .transpose()
        .map(Option::unwrap_or_default)
}

fn to_json(value: &impl Serialize) -> Result<String, CliError> {
    serde_json::to_string_pretty(value)
        .map(|json| json + "\n")
        .map_err(|err| CliError::new(format!("cannot write JSON: {err}")))
}
