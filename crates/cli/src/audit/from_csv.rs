//! Replies as CSV with a header row. Only `text` is required; column order is free.
//! With a [`ColumnMap`] the columns are the organisation's own: only the mapped ones are read,
//! others are left alone, and dates may be written as spreadsheets write them.
//!
//! | column | meaning |
//! |---|---|
//! | `text` | the reply |
//! | `story_url`, `posted`, `now`, `responder` | as in the JSON Lines form |
//! | `story` | the whole story context as JSON (wins over the `story_*` columns) |
//! | `story_title`, `story_body`, `story_posted`, `story_author`, `story_author_role` | the story, flat |
//! | `story_services` | services the story is about, separated by `;` |

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use csv::StringRecord;
use replyguide_engine::{InputError, StoryContext};

use super::columns::{parse_spreadsheet_date, ColumnMap, FIELDS};
use super::{within, BadRow, Reply, Rows};
use crate::inputs::parse_date;
use crate::CliError;

/// Parses `text` (the contents of file `name`), its columns named by `map` or else standard.
pub(super) fn read(name: &str, text: &str, map: Option<&ColumnMap>) -> Result<Rows, CliError> {
    // The csv crate places records one line early after CRLF line ends: count on LF alone.
    let text = text.replace("\r\n", "\n");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|err| CliError::on_line(name, 1, csv_problem(&err)))?
        .clone();
    let columns = Columns::new(&header, map).map_err(|err| CliError::on_line(name, 1, err))?;
    let rows = reader.records().map(|record| {
        let record = record.map_err(|err| BadRow {
            line: err.position().map_or(0, |p| p.line() as usize),
            problem: csv_problem(&err),
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        columns.reply(&record, line).map_err(|err| BadRow {
            line,
            problem: err.to_string(),
        })
    });
    Ok(Rows::collect(name, rows))
}

/// Where each known column sits in a record, and how its dates are written.
struct Columns {
    positions: HashMap<&'static str, usize>,
    spreadsheet_dates: bool,
}

impl Columns {
    fn new(header: &StringRecord, map: Option<&ColumnMap>) -> Result<Self, InputError> {
        let mut positions = HashMap::new();
        for (position, title) in header.iter().enumerate() {
            let title = title.trim();
            let field = match map {
                Some(map) => map.field_titled(title),
                None => Some(*FIELDS.iter().find(|&&c| c == title).ok_or_else(|| {
                    InputError::new(
                        "",
                        format!(
                            "unknown column `{title}`; expected {} (or name your columns with --columns)",
                            FIELDS.join(", ")
                        ),
                    )
                })?),
            };
            if let Some(field) = field {
                positions.insert(field, position);
            }
        }
        if let Some((_, title)) = map
            .into_iter()
            .flat_map(|map| &map.pairs)
            .find(|(field, _)| !positions.contains_key(field))
        {
            return Err(InputError::new(
                "",
                format!("no column `{title}` in the header row (named by --columns)"),
            ));
        }
        if !positions.contains_key("text") {
            return Err(InputError::new("", "no `text` column in the header row"));
        }
        Ok(Self {
            positions,
            spreadsheet_dates: map.is_some(),
        })
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
        let parse = if self.spreadsheet_dates {
            parse_spreadsheet_date
        } else {
            parse_date
        };
        self.cell(record, column)
            .map(|cell| parse(cell).map_err(|err| InputError::new(column, err)))
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
            responder: self.owned(record, "responder"),
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

/// What a CSV syntax error says, without its position (the caller gives the line).
fn csv_problem(err: &csv::Error) -> String {
    match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("expected {expected_len} cells like the header row, found {len}"),
        _ => err.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The replies of a standard CSV, or its first bad row.
    fn strict(name: &str, text: &str) -> Result<Vec<Reply>, CliError> {
        read(name, text, None)?.all_or_first_error()
    }

    #[test]
    fn mapped_columns_read_a_spreadsheet_and_keep_bad_rows_aside() {
        let map: ColumnMap =
            "text=Response,posted=Date,responder=Responder,story_posted=Story date"
                .parse()
                .unwrap();
        let csv = "Ref,Response,Date,Responder,Story date\n\
                   7,\"Dear Sam, thank you.\",08/12/2026,Sam Okoro,20/11/2026\n\
                   8,Hello,someday,Sam Okoro,\n\
                   9,,08/12/2026,Ann,\n";
        let rows = read("r.csv", csv, Some(&map)).unwrap();
        assert_eq!(rows.replies.len(), 1);
        let reply = &rows.replies[0];
        assert_eq!(reply.responder.as_deref(), Some("Sam Okoro"));
        assert_eq!(
            reply.posted.unwrap().to_rfc3339(),
            "2026-12-08T00:00:00+00:00"
        );
        assert!(reply.story.posted.is_some());
        let lines: Vec<usize> = rows.bad_rows.iter().map(|b| b.line).collect();
        assert_eq!(lines, vec![3, 4]);
        assert!(rows.bad_rows[0]
            .problem
            .starts_with("posted: expected a date"));
        assert!(rows.bad_rows[1].problem.starts_with("text: "));
    }

    #[test]
    fn a_mapped_column_missing_from_the_header_is_named() {
        let map: ColumnMap = "text=Response,posted=Date".parse().unwrap();
        let err = read("r.csv", "Response\nhi\n", Some(&map)).unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv line 1: no column `Date` in the header row (named by --columns)"
        );
    }

    #[test]
    fn flat_story_columns_make_a_story() {
        let csv = "text,story_url,story_posted,story_services\n\
                   \"Dear Sam, thank you.\",https://x/1,2026-11-01T00:00:00Z,Eastbrook / A&E; Eastbrook / Ward 5\n";
        let replies = strict("r.csv", csv).unwrap();
        let reply = &replies[0];
        assert_eq!(reply.line, 2);
        assert_eq!(reply.story.url.as_deref(), Some("https://x/1"));
        assert_eq!(reply.story.services.len(), 2);
        assert!(reply.story.posted.is_some());
    }

    #[test]
    fn unknown_column_is_named() {
        let err = strict("r.csv", "txt\nhello\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("r.csv line 1: unknown column `txt`"),
            "{err}"
        );
    }

    #[test]
    fn bad_date_names_line_and_column() {
        let err = strict("r.csv", "text,posted\nhi,2026-11-01\nho,yesterday\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv line 2: posted: premature end of input"
        );
    }

    #[test]
    fn windows_line_ends_keep_line_numbers() {
        let err = strict("r.csv", "text,posted\r\n\"two\r\nlines\",\r\nhi,soon\r\n").unwrap_err();
        assert!(
            err.to_string().starts_with("r.csv line 4: posted:"),
            "{err}"
        );
    }

    #[test]
    fn ragged_row_is_placed() {
        let err = strict("r.csv", "text,posted\nhi\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv line 2: expected 2 cells like the header row, found 1"
        );
    }
}
