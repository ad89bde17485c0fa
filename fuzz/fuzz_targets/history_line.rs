//! Fuzzes history lines: `HistoryEntry::from_json` must never panic, and an accepted entry must
//! be indexable and comparable: the draft is checked against a history holding it, both as an
//! exact copy of the entry and as an unrelated probe draft.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::{Config, HistoryEntry};
use replyguide_fuzz as fx;

fuzz_target!(|data: &[u8]| {
    let Ok(entry) = HistoryEntry::from_json(&fx::text(data)) else {
        return;
    };
    let mut engine = fx::engine_with_history(Config::default());
    let text = entry.text.clone();
    engine.add_history(entry);
    let story = fx::answered_story();
    fx::check(&engine, &text, &story, fx::now());
    fx::check(&engine, fx::PROBE_DRAFTS[1], &story, fx::now());
});
