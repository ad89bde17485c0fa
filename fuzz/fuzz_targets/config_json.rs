//! Fuzzes config JSON: `Config::from_json` must never panic, and an accepted config must build
//! an engine that checks drafts (custom rules, thresholds, word lists all come from here).
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::Config;
use replyguide_fuzz as fx;

fuzz_target!(|data: &[u8]| {
    let Ok(config) = Config::from_json(&fx::text(data)) else {
        return;
    };
    let engine = fx::engine_with_history(config);
    for story in [fx::plain_story(), fx::answered_story()] {
        for draft in fx::PROBE_DRAFTS {
            fx::check(&engine, draft, &story, fx::now());
        }
    }
});
