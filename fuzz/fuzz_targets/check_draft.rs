//! Fuzzes the draft text: `Engine::check` with the default config on a story with no responses,
//! and again on an answered story with a history loaded (so the similarity paths run).
#![no_main]

use libfuzzer_sys::fuzz_target;
use replyguide_engine::{Config, Engine};
use replyguide_fuzz as fx;

thread_local! {
    /// Built once per process: the engines are the fixture, the draft is the input.
    static ENGINES: (Engine, Engine) =
        (Engine::new(Config::default()), fx::engine_with_history(Config::default()));
}

fuzz_target!(|data: &[u8]| {
    let draft = fx::text(data);
    ENGINES.with(|(plain, with_history)| {
        fx::check(plain, &draft, &fx::plain_story(), fx::now());
        fx::check(with_history, &draft, &fx::answered_story(), fx::now());
    });
});
