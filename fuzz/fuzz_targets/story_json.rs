//! Fuzzes story JSON: `StoryContext::from_json` must never panic, an accepted story must survive
//! a JSON round trip unchanged, and the engine must check drafts against it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::{Config, Engine, StoryContext};
use replyguide_fuzz as fx;

thread_local! {
    static ENGINE: Engine = fx::engine_with_history(Config::default());
}

fuzz_target!(|data: &[u8]| {
    let Ok(story) = StoryContext::from_json(&fx::text(data)) else {
        return;
    };
    let json = serde_json::to_string(&story).expect("a story serialises");
    assert_eq!(
        StoryContext::from_json(&json).as_ref(),
        Ok(&story),
        "round trip of {json}"
    );
    ENGINE.with(|engine| {
        for draft in fx::PROBE_DRAFTS {
            fx::check(engine, draft, &story, fx::now());
        }
    });
});
