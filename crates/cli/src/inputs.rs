//! Reading the command's inputs, with errors that name the file and the field or line at fault.

use std::io::Read;
use std::path::Path;

use chrono::{DateTime, Utc};
use replyguide_engine::{Config, HistoryEntry, StoryContext};

use crate::CliError;

/// How a file is named in messages: as the person wrote it on the command line.
pub fn file_name(path: &Path) -> String {
    path.display().to_string()
}

/// Reads a UTF-8 text file (a leading byte-order mark is dropped).
pub fn read_text(path: &Path) -> Result<String, CliError> {
    let text = std::fs::read_to_string(path)
        .map_err(|err| CliError::unreadable(&file_name(path), &err))?;
    Ok(without_bom(text))
}

/// A draft reply and where it came from (`draft.txt`, or `<stdin>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    /// The file name used in reports and messages.
    pub origin: String,
    /// The reply text.
    pub text: String,
}

/// Reads the draft from `path`, or from standard input when `path` is `None` or `-`.
pub fn read_draft(path: Option<&Path>) -> Result<Draft, CliError> {
    match path {
        Some(path) if path != Path::new("-") => Ok(Draft {
            origin: file_name(path),
            text: read_text(path)?,
        }),
        _ => {
            let origin = "<stdin>".to_string();
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|err| CliError::unreadable("standard input", &err))?;
            Ok(Draft {
                origin,
                text: without_bom(text),
            })
        }
    }
}

/// Reads and validates an organisation config.
pub fn load_config(path: &Path) -> Result<Config, CliError> {
    Config::from_json(&read_text(path)?).map_err(|err| CliError::in_file(&file_name(path), err))
}

/// Reads a story context.
pub fn load_story(path: &Path) -> Result<StoryContext, CliError> {
    StoryContext::from_json(&read_text(path)?)
        .map_err(|err| CliError::in_file(&file_name(path), err))
}

/// Reads a history file: one earlier reply per line, blank lines skipped.
pub fn load_history(path: &Path) -> Result<Vec<HistoryEntry>, CliError> {
    let name = file_name(path);
    json_lines(&read_text(path)?)
        .map(|(line, json)| {
            HistoryEntry::from_json(json).map_err(|err| CliError::on_line(&name, line, err))
        })
        .collect()
}

/// The non-blank lines of a JSON Lines text, with their 1-based line numbers.
pub fn json_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty())
}

/// Parses an RFC 3339 date (`2026-11-23T12:00:00Z`); the error reads like the engine's
/// (`premature end of input`).
pub fn parse_date(text: &str) -> Result<DateTime<Utc>, String> {
    replyguide_engine::parse_rfc3339(text)
}

/// A date as RFC 3339 in UTC, to the second: `2026-11-23T12:00:00Z`.
pub fn format_date(date: DateTime<Utc>) -> String {
    date.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The current time: the command line is the one place that reads the clock.
pub fn current_time() -> DateTime<Utc> {
    std::time::SystemTime::now().into()
}

fn without_bom(text: String) -> String {
    match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_skip_blanks_and_keep_line_numbers() {
        let lines: Vec<_> = json_lines("{}\n\n  \n{\"a\": 1}\n").collect();
        assert_eq!(lines, vec![(1, "{}"), (4, "{\"a\": 1}")]);
    }

    #[test]
    fn truncated_date_reads_like_the_engine() {
        let err = parse_date("2026-11-").unwrap_err();
        assert_eq!(err.to_string(), "premature end of input");
    }
}
