//! Snapshot tests: whole replies, each judged against its story as `replyguide check` judges it,
//! rendered in the text format and compared with `snapshots/cases/<case>.snap`.
//!
//! A case is `snapshots/cases/<case>.txt`: `key: value` header lines, `---`, then the draft.
//! Keys: `story` (a file in `snapshots/stories/`, without `.json`; required), `history` and
//! `config` (files in `snapshots/`; the config defaults to `org.json`).
//!
//! A missing snapshot is written and the test fails, so it gets reviewed; a mismatch fails with a
//! diff. `UPDATE_SNAPSHOTS=1 cargo test -p replyguide-cli --test snapshots` rewrites them all.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use replyguide_cli::inputs::{load_config, load_history, load_story, read_text};
use replyguide_cli::render;
use replyguide_engine::Engine;
use similar::TextDiff;

/// When every case is checked.
const NOW: &str = "2026-11-23T12:00:00Z";

fn snapshots_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// A case file split into its header and its draft.
struct Case {
    name: String,
    story: String,
    history: Option<String>,
    config: String,
    draft: String,
}

impl Case {
    fn read(path: &Path) -> Case {
        let text = read_text(path).expect("case file is readable");
        let (header, draft) = text
            .split_once("\n---\n")
            .unwrap_or_else(|| panic!("{}: no `---` line after the header", path.display()));
        let mut case = Case {
            name: path.file_stem().unwrap().to_string_lossy().into_owned(),
            story: String::new(),
            history: None,
            config: "org.json".into(),
            draft: draft.to_string(),
        };
        for line in header.lines() {
            let (key, value) = line.split_once(": ").expect("header line is `key: value`");
            match key {
                "story" => case.story = value.to_string(),
                "history" => case.history = Some(value.to_string()),
                "config" => case.config = value.to_string(),
                _ => panic!("{}: unknown header key `{key}`", path.display()),
            }
        }
        case
    }

    /// The snapshot text: the draft, then the report exactly as `check` prints it.
    fn render(&self) -> String {
        let dir = snapshots_dir();
        let story = load_story(&dir.join(format!("stories/{}.json", self.story))).unwrap();
        let mut engine = Engine::new(load_config(&dir.join(&self.config)).unwrap());
        for entry in self
            .history
            .iter()
            .flat_map(|file| load_history(&dir.join(file)).unwrap())
        {
            engine.add_history(entry);
        }
        let now: DateTime<Utc> = NOW.parse().unwrap();
        let findings = engine.check(&self.draft, &story, now);
        format!(
            "story: {}\nnow: {NOW}\n\n{}\n---\n\n{}",
            self.story,
            self.draft.trim_end(),
            render::report("draft.txt", &self.draft, &findings)
        )
    }
}

#[test]
fn replies_match_their_snapshots() {
    let update = std::env::var("UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1");
    let mut cases: Vec<PathBuf> = fs::read_dir(snapshots_dir().join("cases"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "expected at least a dozen cases");

    let mut failures = Vec::new();
    for path in cases {
        let case = Case::read(&path);
        let actual = case.render();
        let snapshot = path.with_extension("snap");
        let expected = fs::read_to_string(&snapshot).ok();
        if expected.as_deref() == Some(actual.as_str()) {
            continue;
        }
        if update || expected.is_none() {
            fs::write(&snapshot, &actual).unwrap();
        }
        match expected {
            None => failures.push(format!("{}: new snapshot written; review it", case.name)),
            Some(_) if update => {}
            Some(expected) => failures.push(format!(
                "{}: report differs from its snapshot (UPDATE_SNAPSHOTS=1 to accept)\n{}",
                case.name,
                TextDiff::from_lines(&expected, &actual)
                    .unified_diff()
                    .header("snapshot", "now")
            )),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
