//! Fuzzes a whole check at once: the draft, the story (body, author, responses, dates), the
//! history and the clock, built from structured input with `arbitrary`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::{Config, Engine, HistoryEntry};
use replyguide_fuzz as fx;

/// One structured input.
#[derive(Debug, arbitrary::Arbitrary)]
struct Input {
    draft: String,
    story: fx::FuzzStory,
    /// Earlier replies: text and age in minutes.
    history: Vec<(String, Option<i32>)>,
    /// "Now", in minutes after the fixed fuzzing epoch.
    now_minutes: i32,
}

fuzz_target!(|input: Input| {
    let now = fx::minutes_before(fx::now(), input.now_minutes.saturating_neg());
    let mut engine = Engine::new(Config::default());
    for (text, age) in input.history {
        engine.add_history(HistoryEntry {
            text,
            story_url: None,
            posted: age.map(|m| fx::minutes_before(now, m)),
        });
    }
    fx::check(&engine, &input.draft, &input.story.to_story(now), now);
});
