//! Replies as CSV with a header row. Only `text` is required; column order is free.
//!
//! | column | meaning |
//! |---|---|
//! | `text` | the reply |
//! | `story_url`, `posted`, `now` | as in the JSON Lines form |
//! | `story` | the whole story context as JSON (wins over the `story_*` columns) |
//! | `story_title`, `story_body`, `story_posted`, `story_author`, `story_author_role` | the story, flat |
//! | `story_services` | services the story is about, separated by `;` |

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use csv::StringRecord;
use replyguide_engine::{InputError, StoryContext, REPLY_CSV_COLUMNS as COLUMNS};

use super::{within, Reply};
use crate::inputs::parse_date;
use crate::CliError;

/// Parses `text` (the contents of file `name`).
pub(super) fn read(name: &str, text: &str) -> Result<Vec<Reply>, CliError> {
    // The csv crate places records one line early after CRLF line ends: count on LF alone.
    let text = text.replace("\r\n", "\n");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|err| csv_error(name, &err))?
        .clone();
    let columns = Columns::new(&header).map_err(|err| CliError::on_line(name, 1, err))?;
    reader
        .records()
        .map(|record| {
            let record = record.map_err(|err| csv_error(name, &err))?;
            let line = record.position().map_or(0, |p| p.line() as usize);
            columns
                .reply(&record, line)
                .map_err(|err| CliError::on_line(name, line, err))
        })
        .collect()
}

/// Where each known column sits in a record.
struct Columns {
    positions: HashMap<&'static str, usize>,
}

impl Columns {
    fn new(header: &StringRecord) -> Result<Self, InputError> {
        let mut positions = HashMap::new();
        for (position, title) in header.iter().enumerate() {
            let title = title.trim();
            let known = COLUMNS.iter().find(|&&c| c == title).ok_or_else(|| {
                InputError::new(
                    "",
                    format!("unknown column `{title}`; expected {}", COLUMNS.join(", ")),
                )
            })?;
            positions.insert(*known, position);
        }
        if !positions.contains_key("text") {
            return Err(InputError::new("", "no `text` column in the header row"));
        }
        Ok(Self { positions })
    }

    /// The non-blank cell of `column`, if the file has that column.
    fn cell<'r>(&self, record: &'r StringRecord, column: &str) -> Option<&'r str> {
        let position = *self.positions.get(column)?;
        record.get(position).filter(|cell| !cell.trim().is_empty())
    }

    fn owned(&self, record: &StringRecord, column: &str) -> Option<String> {
        self.cell(record, column)
            .map(|cell| cell.trim().to_string())
    }

    fn date(
        &self,
        record: &StringRecord,
        column: &str,
    ) -> Result<Option<DateTime<Utc>>, InputError> {
        self.cell(record, column)
            .map(|cell| parse_date(cell).map_err(|err| InputError::new(column, err.to_string())))
            .transpose()
    }

    fn reply(&self, record: &StringRecord, line: usize) -> Result<Reply, InputError> {
        let text = self
            .cell(record, "text")
            .ok_or_else(|| InputError::new("text", "expected the reply, got an empty cell"))?;
        let story_url = self.owned(record, "story_url");
        let story = match self.cell(record, "story") {
            Some(json) => StoryContext::from_json(json).map_err(|err| within("story", err))?,
            None => self.flat_story(record, &story_url)?,
        };
        Ok(Reply {
            line,
            text: text.to_string(),
            story_url: story_url.or_else(|| story.url.clone()),
            posted: self.date(record, "posted")?,
            now: self.date(record, "now")?,
            story,
        })
    }

    fn flat_story(
        &self,
        record: &StringRecord,
        story_url: &Option<String>,
    ) -> Result<StoryContext, InputError> {
        Ok(StoryContext {
            url: story_url.clone(),
            title: self.owned(record, "story_title"),
            body: self.owned(record, "story_body").unwrap_or_default(),
            author: self.owned(record, "story_author"),
            author_role: self.owned(record, "story_author_role"),
            posted: self.date(record, "story_posted")?,
            services: self
                .cell(record, "story_services")
                .map(|cell| {
                    cell.split(';')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default(),
            ..StoryContext::default()
        })
    }
}

/// A CSV syntax error, placed on its line.
fn csv_error(name: &str, err: &csv::Error) -> CliError {
    let line = err.position().map_or(0, |p| p.line() as usize);
    let what = match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} cells like the header row, found {len}"),
        _ => err.to_string(),
    };
    CliError::on_line(name, line, what)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_story_columns_make_a_story() {
        let csv = "text,story_url,story_posted,story_services\n\
                   \"Dear Sam, thank you.\",https://x/1,2026-11-01T00:00:00Z,Eastbrook / A&E; Eastbrook / Ward 5\n";
        let replies = read("r.csv", csv).unwrap();
        let reply = &replies[0];
        assert_eq!(reply.line, 2);
        assert_eq!(reply.story.url.as_deref(), Some("https://x/1"));
        assert_eq!(reply.story.services.len(), 2);
        assert!(reply.story.posted.is_some());
    }

    #[test]
    fn unknown_column_is_named() {
        let err = read("r.csv", "txt\nhello\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("r.csv line 1: unknown column `txt`"),
            "{err}"
        );
    }

    #[test]
    fn bad_date_names_line_and_column() {
        let err = read("r.csv", "text,posted\nhi,2026-11-01\nho,yesterday\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv line 2: posted: premature end of input"
        );
    }

    #[test]
    fn windows_line_ends_keep_line_numbers() {
        let err = read("r.csv", "text,posted\r\n\"two\r\nlines\",\r\nhi,soon\r\n").unwrap_err();
        assert!(
            err.to_string().starts_with("r.csv line 4: posted:"),
            "{err}"
        );
    }

    #[test]
    fn ragged_row_is_placed() {
        let err = read("r.csv", "text,posted\nhi\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv line 2: expected 2 cells like the header row, found 1"
        );
    }
}
