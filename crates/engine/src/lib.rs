//! # Reply Guide engine
//!
//! Judges a draft reply to a Care Opinion story against Care Opinion's advice to third-sector
//! responders. Pure: no DOM, no I/O and no clock ("now" is an input), so the same code runs
//! natively (the `replyguide` CLI) and in WebAssembly (the browser extension).
//!
//! ```
//! use replyguide_engine::{Config, Engine, Report, StoryContext};
//! let engine = Engine::new(Config::default());
//! let story = StoryContext { body: "The ward was noisy.".into(), ..Default::default() };
//! let now = "2026-11-23T12:00:00Z".parse().unwrap();
//! let findings = engine.check("You are absolutely right, they should be ashamed.", &story, now);
//! let report = Report::new("You are absolutely right, they should be ashamed.", &findings);
//! assert!(report.findings.iter().any(|f| f.rule == "takes-sides"));
//! ```

pub mod config;
mod engine;
mod finding;
mod history;
mod input;
pub mod page;
mod reply_csv;
mod rfc3339;
pub mod rules;
pub mod similarity;
mod sorting;
mod span;
pub mod text;

pub use config::Config;
pub(crate) use config::{rule_settings, word_list};
pub use engine::Engine;
pub use finding::{Finding, RelatedReply, Report, ReportedFinding, Severity};
pub use history::HistoryEntry;
pub use input::{quoted, InputError};
pub use reply_csv::{reply_csv_field, REPLY_CSV_COLUMNS};
pub use rfc3339::parse_rfc3339;
pub use similarity::HistoryIndex;
pub use span::{Span, Utf16Offsets};
pub use story::{ResponseKind, StoryContext, StoryResponse};
pub use text::Document;

mod story;
