//! Replies as CSV with a header row, as spreadsheets save them: comma, semicolon or tab
//! separated (or as Excel's `sep=;` first line says), UTF-8, UTF-16 or Windows-1252, cells
//! quoted over several lines. Only the reply's text is required; column order is free, columns
//! are known by their standard names or common titles ([`standard_field`]) or through a
//! [`ColumnMap`], and other columns are left alone (and listed in [`Rows::notes`]).
//!
//! | column | meaning |
//! |---|---|
//! | `text` | the reply |
//! | `story_url`, `posted`, `now`, `responder` | as in the JSON Lines form |
//! | `story` | the whole story context as JSON (wins over the `story_*` columns), or the story's text |
//! | `story_title`, `story_body`, `story_posted`, `story_author`, `story_author_role` | the story, flat |
//! | `story_services` | services the story is about, separated by `;` |
//!
//! Dates are read as [`parse_spreadsheet_date`] reads them.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use csv::StringRecord;
use replyguide_engine::{InputError, StoryContext};

use super::columns::{standard_field, ColumnMap};
use super::spreadsheet_dates::parse_spreadsheet_date;
use super::{within, BadRow, Reply, Rows};
use crate::CliError;

/// Parses `bytes` (the contents of file `name`), its columns named by `map` or else known by
/// their titles.
pub(super) fn read(name: &str, bytes: &[u8], map: Option<&ColumnMap>) -> Result<Rows, CliError> {
    let (text, encoding_note) = decode(bytes);
    // The csv crate places records one line early after CRLF line ends: count on LF alone.
    let text = text.replace("\r\n", "\n");
    let (delimiter, body, lines_skipped) = match separator_line(&text) {
        Some((delimiter, rest)) => (delimiter, rest, 1),
        None => (sniff_delimiter(&text), text.as_str(), 0),
    };
    if body.trim().is_empty() {
        return Err(CliError::in_file(
            name,
            "the file is empty: expected a header row, then one reply per row",
        ));
    }
    // Flexible: a row with too few or too many cells is reported here, with a hint when a
    // quoted cell ran on.
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(body.as_bytes());
    let header_line = 1 + lines_skipped;
    let header = reader
        .headers()
        .map_err(|err| CliError::on_line(name, header_line, err))?
        .clone();
    let (columns, column_notes) =
        Columns::new(&header, map).map_err(|err| CliError::on_line(name, header_line, err))?;
    let line_of = |position: Option<&csv::Position>| {
        position.map_or(0, |p| p.line() as usize + lines_skipped)
    };
    let rows = reader.records().map(|record| {
        let record = record.map_err(|err| BadRow {
            line: line_of(err.position()),
            problem: err.to_string(),
        })?;
        let line = line_of(record.position());
        if record.len() != header.len() {
            return Err(BadRow {
                line,
                problem: ragged(&record, header.len(), line),
            });
        }
        columns.reply(&record, line).map_err(|err| BadRow {
            line,
            problem: err.to_string(),
        })
    });
    let mut rows = Rows::collect(name, rows);
    rows.notes = encoding_note.into_iter().chain(column_notes).collect();
    Ok(rows)
}

/// The text of a file in the encoding its byte-order mark names, else UTF-8, else
/// Windows-1252 (what Excel saves as "CSV" on Windows), with a note saying so.
fn decode(bytes: &[u8]) -> (String, Option<String>) {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_with_bom_removal(bytes);
        return (text.into_owned(), None);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (
                text.into_owned(),
                Some("the file is not UTF-8: read as Windows-1252 (Excel's \"CSV\")".into()),
            )
        }
    }
}

/// Excel's first line `sep=;` naming the delimiter, and the text after it.
fn separator_line(text: &str) -> Option<(u8, &str)> {
    let (first, rest) = text.split_once('\n')?;
    let delimiter = first.trim_end().strip_prefix("sep=")?;
    match delimiter.as_bytes() {
        [byte] => Some((*byte, rest)),
        _ => None,
    }
}

/// The delimiter the header row uses most: a comma, a semicolon (spreadsheets set to a
/// language that writes decimal commas) or a tab (copied or saved as "text"); comma if none.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [(b',', 0), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' if !quoted => break,
            _ if !quoted => {
                if let Some(count) = counts.iter_mut().find(|(d, _)| *d == byte) {
                    count.1 += 1;
                }
            }
            _ => {}
        }
    }
    counts
        .iter()
        .max_by_key(|&&(delimiter, count)| (count, delimiter == b','))
        .map_or(b',', |&(delimiter, _)| delimiter)
}

/// Where each known column sits in a record.
struct Columns {
    positions: HashMap<&'static str, usize>,
}

impl Columns {
    /// The columns of `header`, and notes on the columns left out or known by another title.
    fn new(
        header: &StringRecord,
        map: Option<&ColumnMap>,
    ) -> Result<(Self, Vec<String>), InputError> {
        // Per field: its column and how sure the title makes us (lower is surer).
        let mut chosen: HashMap<&'static str, (usize, usize)> = HashMap::new();
        for (position, title) in header.iter().enumerate() {
            let field = match map {
                Some(map) => map.field_titled(title).map(|field| (field, 0)),
                None => standard_field(title),
            };
            if let Some((field, rank)) = field {
                let best = chosen.entry(field).or_insert((position, rank));
                if rank < best.1 {
                    *best = (position, rank);
                }
            }
        }
        if let Some((_, title)) = map
            .into_iter()
            .flat_map(|map| &map.pairs)
            .find(|(field, _)| !chosen.contains_key(field))
        {
            return Err(InputError::new(
                "",
                format!("no column `{title}` in the header row (named by --columns)"),
            ));
        }
        let titles: Vec<&str> = header.iter().map(str::trim).collect();
        if !chosen.contains_key("text") {
            return Err(InputError::new(
                "",
                format!(
                    "no column holding the reply: expected one titled `text`, `Response` or `Reply` among `{}` (or name it with --columns text=…)",
                    titles.join("`, `")
                ),
            ));
        }
        let positions: HashMap<&'static str, usize> = chosen
            .iter()
            .map(|(&field, &(position, _))| (field, position))
            .collect();
        let mut notes = Vec::new();
        // Untitled columns (a trailing delimiter) hold nothing anyone named: not worth a note.
        let left_out: Vec<&str> = (0..titles.len())
            .filter(|position| !positions.values().any(|p| p == position))
            .map(|position| titles[position])
            .filter(|title| !title.is_empty())
            .collect();
        if !left_out.is_empty() {
            notes.push(format!(
                "columns not read: `{}` (not fields of a reply; --columns can name a field's column)",
                left_out.join("`, `")
            ));
        }
        let mut renamed: Vec<(usize, String)> = chosen
            .iter()
            .filter(|(field, (position, _))| map.is_none() && titles[*position] != **field)
            .map(|(field, &(position, _))| (position, format!("`{}` as {field}", titles[position])))
            .collect();
        renamed.sort();
        if !renamed.is_empty() {
            let renamed: Vec<String> = renamed.into_iter().map(|(_, said)| said).collect();
            notes.push(format!(
                "columns read by their titles: {}",
                renamed.join(", ")
            ));
        }
        Ok((Self { positions }, notes))
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
            .map(|cell| parse_spreadsheet_date(cell).map_err(|err| InputError::new(column, err)))
            .transpose()
    }

    fn reply(&self, record: &StringRecord, line: usize) -> Result<Reply, InputError> {
        let text = self
            .cell(record, "text")
            .ok_or_else(|| InputError::new("text", "expected the reply, got an empty cell"))?;
        let story_url = self.owned(record, "story_url");
        let story = match self.cell(record, "story") {
            Some(json) if json.trim_start().starts_with('{') => {
                StoryContext::from_json(json).map_err(|err| within("story", err))?
            }
            Some(text) => StoryContext {
                body: text.trim().to_string(),
                ..self.flat_story(record, &story_url)?
            },
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
            // A row cannot list the story's replies: whether the provider had replied is not
            // known, and the guidelines that depend on it stay silent.
            responses_unknown: true,
            ..StoryContext::default()
        })
    }
}

/// Why a row of `cells` cells (starting on `line`) is not a row of the header's `expected`:
/// usually a cell whose opening quote is never closed and runs on over the lines after it.
fn ragged(record: &StringRecord, expected: usize, line: usize) -> String {
    let mut problem = format!(
        "expected {expected} cells like the header row, found {}",
        record.len()
    );
    let lines_within: usize = record
        .iter()
        .map(|cell| cell.trim_end().matches('\n').count())
        .sum();
    if lines_within > 0 {
        problem.push_str(&format!(
            "; a quoted cell runs from line {line} to line {}: is a closing quote missing?",
            line + lines_within
        ));
    }
    problem
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The replies of a CSV read without a map, or its first bad row.
    fn strict(name: &str, text: &str) -> Result<Vec<Reply>, CliError> {
        read(name, text.as_bytes(), None)?.all_or_first_error()
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
        let rows = read("r.csv", csv.as_bytes(), Some(&map)).unwrap();
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
        assert_eq!(
            rows.notes,
            vec!["columns not read: `Ref` (not fields of a reply; --columns can name a field's column)"]
        );
    }

    #[test]
    fn a_mapped_column_missing_from_the_header_is_named() {
        let map: ColumnMap = "text=Response,posted=Date".parse().unwrap();
        let err = read("r.csv", b"Response\nhi\n", Some(&map)).unwrap_err();
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

    /// A subscription export as a spreadsheet in a semicolon locale saves it, untouched: a
    /// byte-order mark, titles of its own, day-first dates, a reply over two lines.
    #[test]
    fn an_export_is_read_without_a_map_or_editing() {
        let csv = "\u{feff}Story ID;Story title;Story date;Response;Responded by;Response date;Link\r\n\
                   1349826;Waiting;20/11/2026;\"Dear Sam,\r\nthank you; truly.\";Sam Okoro;6 December 2026;https://x/1\r\n\
                   1349827;Noise;21/11/2026;Hello;Jo Patel;31/02/2026;https://x/2\r\n";
        let rows = read("export.csv", csv.as_bytes(), None).unwrap();
        let reply = &rows.replies[0];
        assert_eq!(reply.text, "Dear Sam,\nthank you; truly.");
        assert_eq!(reply.responder.as_deref(), Some("Sam Okoro"));
        assert_eq!(
            reply.posted.unwrap().to_rfc3339(),
            "2026-12-06T00:00:00+00:00"
        );
        assert_eq!(reply.story.title.as_deref(), Some("Waiting"));
        assert_eq!(
            reply.story.posted.unwrap().to_rfc3339(),
            "2026-11-20T00:00:00+00:00"
        );
        assert_eq!(reply.story_url.as_deref(), Some("https://x/1"));
        assert_eq!(rows.bad_rows.len(), 1);
        assert_eq!(
            rows.bad_rows[0].line, 4,
            "the reply over two lines is counted"
        );
        assert!(rows.bad_rows[0].problem.starts_with("posted: "));
        assert_eq!(
            rows.notes,
            vec![
                "columns not read: `Story ID` (not fields of a reply; --columns can name a field's column)",
                "columns read by their titles: `Story title` as story_title, `Story date` as story_posted, \
                 `Response` as text, `Responded by` as responder, `Response date` as posted, `Link` as story_url",
            ]
        );
    }

    #[test]
    fn tabs_excel_separator_lines_and_utf16_are_read() {
        let replies = strict("r.tsv", "Reply\tDate\nHello, Sam\t06/12/2026\n").unwrap();
        assert_eq!(replies[0].text, "Hello, Sam");

        let rows = read("r.csv", b"sep=;\ntext;posted\nhi;soon\n", None).unwrap();
        assert_eq!(rows.bad_rows[0].line, 3, "the sep= line is counted");

        let utf16: Vec<u8> = "\u{feff}text\tposted\nCafé thanks\t06/12/2026\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let rows = read("r.txt", &utf16, None).unwrap();
        assert_eq!(rows.replies[0].text, "Café thanks");
        assert!(rows.notes.is_empty(), "{:?}", rows.notes);
    }

    #[test]
    fn windows_1252_is_read_and_said() {
        let rows = read("r.csv", b"text\nCaf\xe9 \x93thanks\x94\n", None).unwrap();
        assert_eq!(rows.replies[0].text, "Café “thanks”");
        assert!(rows.notes[0].contains("Windows-1252"), "{:?}", rows.notes);
    }

    #[test]
    fn the_clearest_title_wins_and_plain_story_text_is_the_story() {
        let csv = "Date,Date posted,Reply,Story,\n01/01/2026,02/01/2026,Hi,It was a long wait.,\n";
        let rows = read("r.csv", csv.as_bytes(), None).unwrap();
        let reply = &rows.replies[0];
        assert_eq!(
            reply.posted.unwrap().to_rfc3339(),
            "2026-01-02T00:00:00+00:00"
        );
        assert_eq!(reply.story.body, "It was a long wait.");
        assert!(
            rows.notes[0].starts_with("columns not read: `Date` ("),
            "{:?}",
            rows.notes
        );
    }

    #[test]
    fn a_file_without_a_reply_column_names_its_columns() {
        let err = strict("r.csv", "txt,when\nhello,\n").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "r.csv line 1: no column holding the reply: expected one titled `text`, `Response` or `Reply` among `txt`, `when`"
            ),
            "{err}"
        );
    }

    #[test]
    fn bad_date_names_line_and_column() {
        let err = strict("r.csv", "text,posted\nhi,2026-11-01\nho,yesterday\n").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("r.csv line 3: posted: expected a date such as"),
            "{err}"
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
    fn an_unclosed_quote_is_pointed_at_and_an_empty_file_said() {
        let rows = read(
            "r.csv",
            b"text,posted\n\"open,06/12/2026\nok,06/12/2026\n",
            None,
        )
        .unwrap();
        assert_eq!(
            rows.bad_rows[0].problem,
            "expected 2 cells like the header row, found 1; a quoted cell runs from line 2 to line 3: is a closing quote missing?"
        );
        let err = read("r.csv", b"\xef\xbb\xbf\r\n", None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "r.csv: the file is empty: expected a header row, then one reply per row"
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
