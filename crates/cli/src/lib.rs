//! # replyguide command line, as a library
//!
//! Everything the `replyguide` binary does apart from parsing its arguments, so that the
//! snapshot tests and the benchmark run exactly the code the command runs:
//! - [`inputs`]: reading drafts, stories, configs and history files, with errors that name the
//!   file and the field or line;
//! - [`render`]: the human-readable report with `^~~~` underlines;
//! - [`audit`]: checking a file of past replies in parallel, repeats across the file included,
//!   and the report on them (aggregates, the HTML page with its charts);
//! - [`eval`]: scoring the rules against the labelled corpus (`make eval`);
//! - [`feedback`]: the extension's exported feedback counts, added up across a team;
//! - [`schema`]: the config's JSON Schema, standard and as Chromium's managed-policy schema.

pub mod audit;
pub mod error;
pub mod eval;
pub mod feedback;
pub mod inputs;
pub mod render;
pub mod schema;

pub use error::CliError;
