//! How long one check of a large draft takes natively: the whole `Engine::check` (median / p95),
//! then each enabled rule on the same analysed draft, slowest first, so a slow check names its
//! cause. Run by `scripts/bench.d/50-large-draft.sh` (`make bench`).
//!
//! Usage: `large_draft DRAFT.txt STORY.json CONFIG.json NOW [SAMPLES]`

use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use replyguide_engine::rules::{all_rules, Context};
use replyguide_engine::{Config, Document, Engine, HistoryIndex, StoryContext};

/// Median and 95th percentile of `samples` runs of `run`, after one unmeasured run.
fn median_and_p95(samples: usize, mut run: impl FnMut()) -> (Duration, Duration) {
    run();
    let mut timings: Vec<Duration> = (0..samples)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed()
        })
        .collect();
    timings.sort_unstable();
    let at = |share: f64| timings[((timings.len() - 1) as f64 * share).round() as usize];
    (at(0.5), at(0.95))
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("cannot read {path}: {err}"))
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [draft, story, config, now, rest @ ..] = args.as_slice() else {
        eprintln!("usage: large_draft DRAFT.txt STORY.json CONFIG.json NOW [SAMPLES]");
        std::process::exit(2);
    };
    let samples: usize = rest
        .first()
        .map_or(20, |s| s.parse().expect("SAMPLES is a number"));
    let draft = read(draft);
    let story = StoryContext::from_json(&read(story)).expect("story context JSON");
    let config = Config::from_json(&read(config)).expect("config JSON");
    let now: DateTime<Utc> = now.parse().expect("NOW is RFC 3339");

    let engine = Engine::new(config.clone());
    let (median, p95) = median_and_p95(samples, || {
        std::hint::black_box(engine.check(&draft, &story, now));
    });
    let chars = draft.encode_utf16().count();
    println!(
        "native check of a {chars}-character draft: {:.1} ms median, {:.1} ms p95 ({samples} checks)",
        ms(median),
        ms(p95)
    );

    let (analysis, _) = median_and_p95(samples, || {
        std::hint::black_box(Document::new(&draft));
    });
    let document = Document::new(&draft);
    let history = HistoryIndex::new(&config);
    // A context per check, as the engine makes: rules share readings within one check only.
    let ctx = || Context::new(&document, &story, &config, &history, now);
    let mut parts: Vec<(String, Duration)> = all_rules(&config)
        .iter()
        .filter(|rule| rule.settings(&config).enabled())
        .map(|rule| {
            let (median, _) = median_and_p95(samples, || {
                std::hint::black_box(rule.check(&ctx()));
            });
            (rule.id().to_string(), median)
        })
        .collect();
    parts.push(("(draft analysis: Document::new)".to_string(), analysis));
    parts.sort_by_key(|part| std::cmp::Reverse(part.1));
    println!("  median by part:");
    for (part, median) in parts {
        println!("  {:>9.2} ms  {part}", ms(median));
    }
}
