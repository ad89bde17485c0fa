//! `replyguide audit`: checks a file of past replies, in parallel on every core.
//!
//! Each reply is also checked against the replies before it in the same file, so a reply that
//! repeats an earlier one is found (`repeated-response`). One history index of the whole file is
//! built first; then every thread shares it and one engine, each reply searching only the
//! replies before it ([`Engine::check_against_first`]).

pub mod aggregates;
mod charts;
pub mod columns;
pub mod filter;
mod from_csv;
mod from_jsonl;
pub mod output;
pub mod report;
mod spreadsheet_dates;

use std::path::Path;

use chrono::{DateTime, Utc};
use indicatif::ProgressBar;
use rayon::prelude::*;
use replyguide_engine::StoryContext;
use replyguide_engine::{Config, Engine, Finding, HistoryEntry, HistoryIndex, InputError};

pub use columns::ColumnMap;

use crate::inputs::file_name;
use crate::CliError;

/// One past reply to audit.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Reply {
    /// The line of the input file where the reply starts (1-based).
    pub line: usize,
    /// The reply text.
    pub text: String,
    /// The story it replied to (empty when the file gives none).
    pub story: StoryContext,
    /// The story's address: given with the reply, or the story's own `url`.
    pub story_url: Option<String>,
    /// When the reply was posted.
    pub posted: Option<DateTime<Utc>>,
    /// Who wrote it, when the file says.
    pub responder: Option<String>,
    /// When to judge it: given, or else when it was posted, or else the time of the audit.
    pub now: Option<DateTime<Utc>>,
}

impl Reply {
    /// The reply as an entry of the history later replies are compared with.
    pub fn history_entry(&self) -> HistoryEntry {
        HistoryEntry {
            text: self.text.clone(),
            story_url: self.story_url.clone(),
            posted: self.posted,
        }
    }

    /// The "now" the reply is judged at: its own `now`, else when it was posted, else `fallback`.
    pub fn judged_at(&self, fallback: DateTime<Utc>) -> DateTime<Utc> {
        self.now.or(self.posted).unwrap_or(fallback)
    }
}

/// A reply and what the engine found in it.
#[derive(Debug, Clone)]
pub struct Audited {
    /// The reply.
    pub reply: Reply,
    /// Its findings, in draft order.
    pub findings: Vec<Finding>,
}

/// A line of the input that is not a reply the audit can read, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct BadRow {
    /// The line of the input file where the row starts (1-based).
    pub line: usize,
    /// What is wrong with it, naming the field.
    pub problem: String,
}

/// Every row of a replies file: those read, and those that could not be.
#[derive(Debug, Clone, Default)]
pub struct Rows {
    /// The replies read, in file order.
    pub replies: Vec<Reply>,
    /// The rows that could not be read, in file order.
    pub bad_rows: Vec<BadRow>,
    /// The file as named in messages.
    pub file: String,
    /// What the reader noticed about the file as a whole (its encoding, columns it left out).
    pub notes: Vec<String>,
}

impl Rows {
    fn collect(file: &str, rows: impl Iterator<Item = Result<Reply, BadRow>>) -> Self {
        let mut read = Rows {
            file: file.to_string(),
            ..Default::default()
        };
        for row in rows {
            match row {
                Ok(reply) => read.replies.push(reply),
                Err(bad) => read.bad_rows.push(bad),
            }
        }
        read
    }

    /// The replies, or the first bad row as an error naming its line.
    pub fn all_or_first_error(self) -> Result<Vec<Reply>, CliError> {
        match self.bad_rows.first() {
            Some(bad) => Err(CliError::on_line(&self.file, bad.line, &bad.problem)),
            None => Ok(self.replies),
        }
    }
}

/// Reads a `.jsonl` (one JSON object per line) or `.csv` (header row) file of replies; `columns`
/// names the CSV columns when they are not the standard ones. An unreadable file or header is an
/// error; a bad row is kept in [`Rows::bad_rows`].
pub fn read_rows(path: &Path, columns: Option<&ColumnMap>) -> Result<Rows, CliError> {
    let name = file_name(path);
    let extension = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match extension.as_deref() {
        Some("jsonl" | "ndjson") => {
            let file =
                std::fs::File::open(path).map_err(|err| CliError::unreadable(&name, &err))?;
            from_jsonl::read_lines(&name, std::io::BufReader::new(file))
        }
        Some("csv" | "tsv") => {
            let bytes = std::fs::read(path).map_err(|err| CliError::unreadable(&name, &err))?;
            from_csv::read(&name, &bytes, columns)
        }
        _ => Err(CliError::in_file(
            &name,
            "expected a .jsonl or .csv file of replies (a .tsv is read as CSV)",
        )),
    }
}

/// Reads a file of replies as [`read_rows`] does, failing on the first bad row.
pub fn read_replies(path: &Path) -> Result<Vec<Reply>, CliError> {
    read_rows(path, None)?.all_or_first_error()
}

/// Checks every reply against `config` and the replies before it, using every core.
/// `fallback_now` judges replies that carry neither `now` nor `posted`.
pub fn audit(config: &Config, replies: Vec<Reply>, fallback_now: DateTime<Utc>) -> Vec<Audited> {
    audit_with_progress(config, replies, fallback_now, &ProgressBar::hidden())
}

/// [`audit`], advancing `progress` by one for each reply checked.
pub fn audit_with_progress(
    config: &Config,
    replies: Vec<Reply>,
    fallback_now: DateTime<Utc>,
    progress: &ProgressBar,
) -> Vec<Audited> {
    let mut history = HistoryIndex::new(config);
    for reply in &replies {
        history.add(reply.history_entry());
    }
    let engine = Engine::with_history(config.clone(), history);
    let findings: Vec<Vec<Finding>> = replies
        .par_iter()
        .enumerate()
        .map(|(before, reply)| {
            let findings = engine.check_against_first(
                before,
                &reply.text,
                &reply.story,
                reply.judged_at(fallback_now),
            );
            progress.inc(1);
            findings
        })
        .collect();
    replies
        .into_iter()
        .zip(findings)
        .map(|(reply, findings)| Audited { reply, findings })
        .collect()
}

/// `err` moved under `field`: `posted: …` inside the story becomes `story.posted: …`.
fn within(field: &str, err: InputError) -> InputError {
    let path = if err.path.is_empty() {
        field.to_string()
    } else {
        format!("{field}.{}", err.path)
    };
    InputError::new(path, err.message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn replies(count: usize) -> Vec<Reply> {
        (0..count)
            .map(|i| Reply {
                line: i + 1,
                text: if i % 7 == 0 {
                    format!("Dear author {i}, you are absolutely right.")
                } else {
                    format!("Dear author {i}, thank you for sharing your story.")
                },
                ..Default::default()
            })
            .collect()
    }

    #[test]
    fn findings_stay_with_their_replies() {
        let now = "2026-11-23T12:00:00Z".parse().unwrap();
        let audited = audit(&Config::default(), replies(100), now);
        for (i, a) in audited.iter().enumerate() {
            assert_eq!(a.reply.line, i + 1);
            let takes_sides = a.findings.iter().any(|f| f.rule == "takes-sides");
            assert_eq!(takes_sides, i % 7 == 0, "reply {i}");
        }
    }
}
