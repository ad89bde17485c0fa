//! `replyguide-bench`: check latency by draft length and history size, the history index's
//! memory and build time, and audit throughput, on deterministic synthetic replies.
//! Run by `make bench` (`scripts/bench.sh`) on a release build. `--export DIR` writes the same
//! synthetic inputs as JSON instead, so the wasm benchmark (tests/bench/) measures the same work.

mod synthetic;

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use clap::Parser;
use replyguide_cli::audit::{audit, Reply};
use replyguide_engine::{Config, Engine, HistoryEntry, StoryContext};

use synthetic::Rng;

/// Different drafts cycled through in each latency cell.
const DISTINCT_DRAFTS: usize = 20;
/// Stories the audit's replies are spread over.
const AUDIT_STORIES: usize = 200;
/// Shortest and longest audited reply in words (real replies run from about 80 to 300).
const AUDIT_WORDS: (usize, usize) = (80, 300);
/// Reply Guide is judged as of this moment, so every run does the same work.
const NOW: &str = "2026-11-23T12:00:00Z";
/// The reply history targets (the issue "Reply history"): at this many earlier replies, checking
/// a draft of `TARGET_WORDS` words within `TARGET_CHECK_MS`, an index within `TARGET_INDEX_MB`,
/// built within `TARGET_BUILD_SECONDS`.
const TARGET_HISTORY: usize = 100_000;
const TARGET_WORDS: usize = 300;
const TARGET_CHECK_MS: f64 = 2.0;
const TARGET_INDEX_MB: f64 = 30.0;
const TARGET_BUILD_SECONDS: f64 = 1.0;
/// The benchmark organisation: a Healthwatch that uses stories, so every rule runs.
const CONFIG: &str = r#"{"organisation": {"name": "Healthwatch Exampleshire", "kind": "healthwatch", "uses_stories": true}}"#;

#[derive(Parser)]
#[command(about = "Reply Guide engine benchmarks")]
struct Args {
    /// History sizes at which check latency is measured.
    #[arg(long, value_delimiter = ',', default_value = "0,1000,10000,100000")]
    histories: Vec<usize>,
    /// Draft lengths in words.
    #[arg(long, value_delimiter = ',', default_value = "50,300,1000")]
    words: Vec<usize>,
    /// Checks timed for each history size and draft length.
    #[arg(long, default_value_t = 60)]
    samples: usize,
    /// Replies in the audit throughput run.
    #[arg(long, default_value_t = 20_000)]
    audit_replies: usize,
    /// Write the check inputs to this directory instead of benchmarking: `check.json`
    /// (`{"config", "now", "story"}`), `drafts.jsonl` (`{"words", "text"}` per line) and
    /// `history.jsonl` (the largest history).
    #[arg(long)]
    export: Option<PathBuf>,
    /// Write `--audit-replies` generated replies to this JSON Lines file instead of
    /// benchmarking (the input of the audit report benchmark, scripts/bench.d/70-audit-report.sh).
    #[arg(long, value_name = "REPLIES.jsonl")]
    export_audit: Option<PathBuf>,
}

fn main() {
    let args = Args::parse();
    let config = Config::from_json(CONFIG).expect("benchmark config is valid");
    let now: DateTime<Utc> = NOW.parse().expect("NOW is RFC 3339");
    if let Some(dir) = &args.export {
        if let Err(err) = export(&args.words, &CheckInputs::new(&args, now), dir) {
            eprintln!("error: cannot write to {}: {err}", dir.display());
            std::process::exit(2);
        }
        return;
    }
    if let Some(path) = &args.export_audit {
        if let Err(err) = export_audit(args.audit_replies, now, path) {
            eprintln!("error: cannot write {}: {err}", path.display());
            std::process::exit(2);
        }
        return;
    }
    check_latency(&args, &config, now);
    audit_throughput(&args, &config, now);
}

/// What the check latency run works on, the same on every run and in every build.
struct CheckInputs {
    story: StoryContext,
    /// Per draft length in `Args::words`, the drafts cycled through.
    drafts: Vec<Vec<String>>,
    /// Earlier replies, as many as the largest history size; smaller sizes take a prefix.
    history: Vec<HistoryEntry>,
}

impl CheckInputs {
    fn new(args: &Args, now: DateTime<Utc>) -> Self {
        let mut rng = Rng::new(1);
        let story = synthetic::story(&mut rng, now, 20);
        let drafts = args
            .words
            .iter()
            .map(|&words| {
                (0..DISTINCT_DRAFTS)
                    .map(|_| synthetic::reply(&mut rng, words))
                    .collect()
            })
            .collect();
        let history_start = now - chrono::Duration::days(3 * 365);
        let largest = args.histories.iter().copied().max().unwrap_or(0);
        let history = (0..largest)
            .map(|n| synthetic::history_entry(&mut rng, n, history_start))
            .collect();
        Self {
            story,
            drafts,
            history,
        }
    }
}

/// Writes `inputs` into `dir` as `check.json`, `drafts.jsonl` and `history.jsonl`; `lengths` are
/// the draft lengths the drafts were made for (`Args::words`).
fn export(lengths: &[usize], inputs: &CheckInputs, dir: &Path) -> std::io::Result<()> {
    use std::io::Write;
    std::fs::create_dir_all(dir)?;
    let check = serde_json::json!({ "config": CONFIG, "now": NOW, "story": inputs.story });
    std::fs::write(dir.join("check.json"), check.to_string())?;
    let mut drafts = std::io::BufWriter::new(std::fs::File::create(dir.join("drafts.jsonl"))?);
    for (words, texts) in lengths.iter().zip(&inputs.drafts) {
        for text in texts {
            writeln!(
                drafts,
                "{}",
                serde_json::json!({ "words": words, "text": text })
            )?;
        }
    }
    drafts.flush()?;
    let mut history = std::io::BufWriter::new(std::fs::File::create(dir.join("history.jsonl"))?);
    for entry in &inputs.history {
        writeln!(history, "{}", serde_json::to_string(entry)?)?;
    }
    history.flush()
}

/// Check latency per (history size, draft length), then the index's memory and build time.
fn check_latency(args: &Args, config: &Config, now: DateTime<Utc>) {
    let CheckInputs {
        story,
        drafts,
        history,
    } = CheckInputs::new(args, now);
    let mut sizes = args.histories.clone();
    sizes.sort_unstable();

    println!(
        "check latency, median / p95 in ms ({} checks per cell)",
        args.samples
    );
    let header: Vec<String> = args
        .words
        .iter()
        .map(|w| format!("{:>19}", format!("{} words", grouped(*w))))
        .collect();
    println!("{:>9}{}", "history", header.join(""));
    let mut engine = Engine::new(config.clone());
    let mut index_rows = Vec::new();
    // (history size, median check time of TARGET_WORDS-word drafts)
    let mut target_checks = Vec::new();
    let mut build_time = Duration::ZERO;
    for size in sizes {
        let entries = history[engine.history().len()..size].to_vec();
        let started = Instant::now();
        engine.extend_history(entries);
        build_time += started.elapsed();
        index_rows.push((size, engine.history().memory_bytes(), build_time));

        let cells: Vec<String> = args
            .words
            .iter()
            .zip(&drafts)
            .map(|(&words, drafts)| {
                let timings = (0..args.samples).map(|i| {
                    let draft = &drafts[i % drafts.len()];
                    let started = Instant::now();
                    black_box(engine.check(black_box(draft), &story, now));
                    started.elapsed()
                });
                let (median, p95) = median_and_p95(timings.collect());
                if words == TARGET_WORDS {
                    target_checks.push((size, median));
                }
                format!("{:>19}", format!("{:.3} / {:.3}", ms(median), ms(p95)))
            })
            .collect();
        println!("{:>9}{}", grouped(size), cells.join(""));
    }

    println!("\nhistory index (HistoryIndex::memory_bytes; build = add_history, cumulative)");
    println!(
        "{:>9}{:>12}{:>12}{:>16}",
        "replies", "memory", "build", "per reply"
    );
    for &(size, bytes, built) in &index_rows {
        let per_reply = if size == 0 {
            0.0
        } else {
            built.as_secs_f64() * 1e6 / size as f64
        };
        println!(
            "{:>9}{:>12}{:>12}{:>16}",
            grouped(size),
            format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0)),
            format!("{:.2} s", built.as_secs_f64()),
            format!("{per_reply:.1} µs"),
        );
    }
    print_targets(&target_checks, &index_rows);
}

/// How check time grows with the history, and whether the reply history targets are met, when
/// the run measured them.
fn print_targets(checks: &[(usize, Duration)], index_rows: &[(usize, usize, Duration)]) {
    let measured: Vec<_> = checks.iter().filter(|(size, _)| *size > 0).collect();
    if let (Some((smallest, first)), Some((largest, last))) = (measured.first(), measured.last()) {
        if largest > smallest {
            let growth = last.as_secs_f64() / first.as_secs_f64();
            let more = *largest as f64 / *smallest as f64;
            let shape = if growth < more {
                "sub-linear"
            } else {
                "NOT sub-linear"
            };
            println!(
                "
growth ({TARGET_WORDS} words): {more:.0}× the history → {growth:.2}× the check time ({shape})"
            );
        }
    }
    let check = checks.iter().find(|(size, _)| *size == TARGET_HISTORY);
    let index = index_rows.iter().find(|(size, ..)| *size == TARGET_HISTORY);
    if let (Some((_, check)), Some((_, bytes, built))) = (check, index) {
        let verdict = |met: bool| if met { "met" } else { "MISSED" };
        println!(
            "targets at {}: check ≤ {TARGET_CHECK_MS} ms {}, index ≤ {TARGET_INDEX_MB} MB {}, built in ≤ {TARGET_BUILD_SECONDS} s {}",
            grouped(TARGET_HISTORY),
            verdict(ms(*check) <= TARGET_CHECK_MS),
            verdict(*bytes as f64 / (1024.0 * 1024.0) <= TARGET_INDEX_MB),
            verdict(built.as_secs_f64() <= TARGET_BUILD_SECONDS),
        );
    }
}

/// `count` generated replies by a team of responders, spread over generated stories.
fn audit_replies(count: usize, now: DateTime<Utc>) -> Vec<Reply> {
    let mut rng = Rng::new(7);
    let stories: Vec<_> = (0..AUDIT_STORIES)
        .map(|i| synthetic::story(&mut rng, now, 10 + (i as i64 % 400)))
        .collect();
    (0..count)
        .map(|i| {
            let story = stories[i % stories.len()].clone();
            let delay = chrono::Duration::days(rng.between(1, 40) as i64);
            let words = rng.between(AUDIT_WORDS.0, AUDIT_WORDS.1);
            Reply {
                line: i + 1,
                text: synthetic::reply(&mut rng, words),
                story_url: story.url.clone(),
                posted: story.posted.map(|posted| posted + delay),
                responder: Some(synthetic::RESPONDERS[i % synthetic::RESPONDERS.len()].to_string()),
                now: None,
                story,
            }
        })
        .collect()
}

/// Writes `count` generated replies to `path` as the JSON Lines `replyguide audit` reads.
fn export_audit(count: usize, now: DateTime<Utc>, path: &Path) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    for reply in audit_replies(count, now) {
        let line = serde_json::json!({
            "text": reply.text,
            "story_url": reply.story_url,
            "posted": reply.posted,
            "responder": reply.responder,
            "story": reply.story,
        });
        writeln!(out, "{line}")?;
    }
    out.flush()
}

/// Audit throughput on generated replies spread over generated stories.
fn audit_throughput(args: &Args, config: &Config, now: DateTime<Utc>) {
    let replies = audit_replies(args.audit_replies, now);
    let threads = rayon::current_num_threads();
    let cpu_before = cpu_seconds();
    let started = Instant::now();
    let audited = audit(config, replies, now);
    let seconds = started.elapsed().as_secs_f64();
    let cpu = cpu_seconds()
        .zip(cpu_before)
        .map(|(after, before)| after - before);
    let per_second = audited.len() as f64 / seconds;
    let flagged = audited.iter().filter(|a| !a.findings.is_empty()).count();
    println!(
        "\naudit: {} replies ({}-{} words, {AUDIT_STORIES} stories) in {seconds:.2} s on {threads} cores",
        grouped(audited.len()),
        AUDIT_WORDS.0,
        AUDIT_WORDS.1,
    );
    println!(
        "  {} replies/s total, {} replies/s per core; {} with findings",
        grouped(per_second as usize),
        grouped((per_second / threads as f64) as usize),
        grouped(flagged),
    );
    if let Some(cpu) = cpu.filter(|&cpu| cpu > 0.0) {
        println!(
            "  CPU time {cpu:.2} s: {} replies per CPU-second (per core when the cores are not shared)",
            grouped((audited.len() as f64 / cpu) as usize),
        );
    }
}

/// CPU time this process has used so far, all threads, from `/proc/self/stat`; `None` off Linux.
/// The machine may be shared, so this shows what a core would do with the load of others removed.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and
    // 13th, in clock ticks (USER_HZ, 100 a second on Linux).
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i)?.parse::<f64>().ok();
    Some((ticks(11)? + ticks(12)?) / 100.0)
}

fn median_and_p95(mut timings: Vec<Duration>) -> (Duration, Duration) {
    timings.sort_unstable();
    let at = |share: f64| timings[((timings.len() - 1) as f64 * share).round() as usize];
    (at(0.5), at(0.95))
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// `100000` → `100,000`.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}
