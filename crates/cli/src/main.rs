//! `replyguide`: checks draft replies to Care Opinion stories, and audits past ones, against
//! Care Opinion's advice to third-sector responders. See `INTERFACES.md` for the contract.
//!
//! Exit status: 0 when the command ran (findings or not; `note:` and `warning:` lines on standard
//! error do not change it), 2 on bad input (a file or an argument), with a message naming the file
//! and the field or line.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use replyguide_cli::audit::aggregates::Aggregates;
use replyguide_cli::audit::filter::{self, Filter};
use replyguide_cli::audit::report::{self, ReportContext};
use replyguide_cli::audit::{self, output::Summary, ColumnMap};
use replyguide_cli::feedback::FeedbackExport;
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
    /// Check a file of past replies (.jsonl or .csv), repeats within the file included; report
    /// on them as text, JSON, CSV or one self-contained HTML page with charts.
    Audit(AuditArgs),
    /// Work with the feedback counts people export from the extension's history page.
    #[command(subcommand)]
    Feedback(FeedbackCommand),
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
    /// Write the output to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// The CSV's own column titles for the reply's fields, when they are not titles Reply Guide
    /// knows, e.g. `text=Response,posted=Date,story_url=Link,responder=Responder,story_posted=Story date`;
    /// other columns are then ignored.
    #[arg(long, value_name = "FIELD=Column,…")]
    columns: Option<ColumnMap>,
    /// Count only replies posted on or after this day (`2026-10-01`, `01/10/2026`) or time.
    #[arg(long, value_name = "DATE", value_parser = filter::parse_since)]
    since: Option<DateTime<Utc>>,
    /// Count only replies posted on or before this day (`2026-12-31`, `31/12/2026`: the whole
    /// day) or time.
    #[arg(long, value_name = "DATE", value_parser = filter::parse_until)]
    until: Option<DateTime<Utc>>,
    /// Count only replies by this responder (repeat for several; case does not matter); a name
    /// no reply is by is warned of.
    #[arg(long, value_name = "NAME")]
    responder: Vec<String>,
    /// Add the team's merged extension feedback (`replyguide feedback merge`) to the HTML report
    /// (a table and a chart) or the JSON (`feedback`).
    #[arg(long, value_name = "FEEDBACK.json")]
    feedback: Option<PathBuf>,
    /// The replies: JSON Lines, or CSV (comma, semicolon or tab separated) with a header row.
    #[arg(value_name = "RESPONSES.(jsonl|csv)")]
    replies: PathBuf,
}

#[derive(Subcommand)]
enum FeedbackCommand {
    /// Add up feedback exports (from the extension's history page, or earlier merges).
    Merge(MergeArgs),
}

#[derive(clap::Args)]
struct MergeArgs {
    /// Output format: the merged export (JSON, which `audit --feedback` reads and `merge` adds
    /// to again), a table, or a page with the table and a chart.
    #[arg(long, value_enum, default_value_t = MergeFormat::Json)]
    format: MergeFormat,
    /// Write the output to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// The exports.
    #[arg(value_name = "FEEDBACK.json", required = true)]
    files: Vec<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum MergeFormat {
    Json,
    Text,
    /// One self-contained page: the counts per guideline and a chart of the share dismissed.
    Html,
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

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum AuditFormat {
    Text,
    Json,
    Csv,
    /// One self-contained page: headline figures, charts with their tables, the worst replies.
    Html,
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Check(args) => check(args),
        Command::Audit(args) => audit(args),
        Command::Feedback(FeedbackCommand::Merge(args)) => merge_feedback(args),
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
        engine.extend_history(load_history(path)?);
    }
    let draft = read_draft(args.draft.as_deref())?;
    let findings = engine.check(&draft.text, &story, args.now.unwrap_or_else(current_time));
    match args.format {
        ReportFormat::Text => Ok(render::report(&draft.origin, &draft.text, &findings)),
        ReportFormat::Json => to_json(&Report::new(&draft.text, &findings)),
    }
}

/// Audits the replies and writes the chosen output to `--out` or standard output (returning
/// nothing more to print). The HTML report leaves out rows it cannot read and lists them; the
/// other formats stop at the first, as they always have.
fn audit(args: AuditArgs) -> Result<String, CliError> {
    let config = config_or_default(args.config.as_deref())?;
    let feedback = args
        .feedback
        .as_deref()
        .map(FeedbackExport::load)
        .transpose()?;
    if feedback.is_some() && matches!(args.format, AuditFormat::Text | AuditFormat::Csv) {
        eprintln!("warning: --feedback is shown by --format html and json only; left out here");
    }
    let rows = audit::read_rows(&args.replies, args.columns.as_ref())?;
    let notes = rows.notes.clone();
    let (replies, bad_rows, file) = if args.format == AuditFormat::Html {
        print_notes(&rows.file, &notes);
        for bad in &rows.bad_rows {
            eprintln!(
                "warning: {} line {}: {} (left out)",
                rows.file, bad.line, bad.problem
            );
        }
        (rows.replies, rows.bad_rows, rows.file)
    } else {
        let file = rows.file.clone();
        let replies = rows.all_or_first_error()?;
        print_notes(&file, &notes);
        (replies, Vec::new(), file)
    };
    let filter = Filter {
        since: args.since,
        before: args.until,
        responders: args.responder,
    };
    filter.check().map_err(CliError::new)?;
    let unknown = filter.unknown_responders(&replies);
    if !unknown.is_empty() {
        let mut known: Vec<&str> = replies
            .iter()
            .filter_map(|reply| reply.responder.as_deref())
            .collect();
        known.sort_unstable();
        known.dedup();
        let shown = known.len().min(12);
        eprintln!(
            "warning: {file}: no reply by {}; responders in the file: {}{}",
            unknown.join(", "),
            if known.is_empty() {
                "none named".to_string()
            } else {
                known[..shown].join(", ")
            },
            if known.len() > shown { ", …" } else { "" }
        );
    }
    let now = args.now.unwrap_or_else(current_time);
    let described = rules::describe(&config);
    let rule_ids: Vec<String> = described.iter().map(|r| r.id.clone()).collect();
    let progress =
        ProgressBar::with_draw_target(Some(replies.len() as u64), ProgressDrawTarget::stderr())
            .with_style(
                ProgressStyle::with_template("checking {pos}/{len} replies {wide_bar} {eta} left")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
    let audited = audit::audit_with_progress(&config, replies, now, &progress);
    progress.finish_and_clear();
    let counted = |reply: &audit::Reply| filter.keeps(reply);
    let rule_guidelines: Vec<(String, String)> =
        described.into_iter().map(|r| (r.id, r.guideline)).collect();
    let mut out = Output::open(args.out.as_deref())?;
    let written = match args.format {
        AuditFormat::Text | AuditFormat::Json | AuditFormat::Csv => {
            let aggregates = Aggregates::new(&rule_guidelines, &audited, counted);
            let kept: Vec<audit::Audited> =
                audited.into_iter().filter(|a| counted(&a.reply)).collect();
            let summary = Summary::new(&rule_ids, &kept);
            match args.format {
                AuditFormat::Text => {
                    let text = audit::output::text(&file, &kept, &summary);
                    out.write_all(text.as_bytes())
                }
                AuditFormat::Csv => {
                    eprint!("{}", summary.text());
                    audit::output::write_csv(&mut out, &kept)
                }
                _ => audit::output::write_json(
                    &mut out,
                    &kept,
                    &summary,
                    &aggregates,
                    feedback.as_ref(),
                ),
            }
        }
        AuditFormat::Html => {
            let aggregates = Aggregates::new(&rule_guidelines, &audited, counted);
            let context = ReportContext {
                file: &file,
                filter: filter.describe(),
                generated: current_time(),
                bad_rows: &bad_rows,
                notes: &notes,
                feedback: feedback.as_ref(),
            };
            report::write_html(&mut out, &context, &aggregates, &audited, counted)?;
            Ok(())
        }
    };
    written
        .and_then(|()| out.flush())
        .map_err(|err| CliError::new(format!("cannot write the audit: {err}")))?;
    Ok(String::new())
}

/// Tells on standard error what the reader noticed about `file` (its encoding, columns left out).
fn print_notes(file: &str, notes: &[String]) {
    for note in notes {
        eprintln!("note: {file}: {note}");
    }
}

/// Where a command writes: a file named by `--out`, or standard output.
enum Output {
    File(std::io::BufWriter<std::fs::File>),
    Stdout(std::io::StdoutLock<'static>),
}

impl Output {
    fn open(path: Option<&Path>) -> Result<Self, CliError> {
        match path {
            Some(path) => std::fs::File::create(path)
                .map(|file| Self::File(std::io::BufWriter::new(file)))
                .map_err(|err| CliError::new(format!("cannot write {}: {err}", file_name(path)))),
            None => Ok(Self::Stdout(std::io::stdout().lock())),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Self::File(file) => file.write(buf),
            Self::Stdout(stdout) => stdout.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Self::File(file) => file.flush(),
            Self::Stdout(stdout) => stdout.flush(),
        }
    }
}

fn merge_feedback(args: MergeArgs) -> Result<String, CliError> {
    let exports = args
        .files
        .iter()
        .map(|path| FeedbackExport::load(path))
        .collect::<Result<Vec<_>, _>>()?;
    let names: Vec<String> = args.files.iter().map(|path| file_name(path)).collect();
    for (later, export) in exports.iter().enumerate() {
        if let Some(earlier) = exports[..later].iter().position(|e| e.same_export(export)) {
            eprintln!(
                "warning: {} is the same export as {} (made at the same time, same counts); both are added",
                names[later], names[earlier]
            );
        }
    }
    let merged = FeedbackExport::merge(&exports);
    let output = match args.format {
        MergeFormat::Json => to_json(&merged)?,
        MergeFormat::Text => merged.text(),
        MergeFormat::Html => {
            let mut page = Vec::new();
            report::write_feedback_html(&mut page, &merged, &names, current_time())?;
            String::from_utf8(page)
                .map_err(|err| CliError::new(format!("cannot write the page: {err}")))?
        }
    };
    match &args.out {
        Some(path) => std::fs::write(path, output)
            .map(|()| String::new())
            .map_err(|err| CliError::new(format!("cannot write {}: {err}", file_name(path)))),
        None => Ok(output),
    }
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
