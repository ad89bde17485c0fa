//! The floor under the rules' judgement: the test half of the labelled corpus
//! (`tests/corpus/test.jsonl`, never tuned on) must score at least the figures in
//! `tests/corpus/floors.json`, micro-averaged and for every rule, as `make eval` scores it.
//! The floors sit a little below what was measured, so a change that makes judgement worse
//! fails here; raise them when judgement improves.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use replyguide_cli::eval::{evaluate, read_cases};
use replyguide_engine::rules;
use serde::Deserialize;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

/// Lowest precision and recall allowed.
#[derive(Deserialize)]
struct Floor {
    precision: f64,
    recall: f64,
}

#[derive(Deserialize)]
struct Floors {
    micro: Floor,
    rules: BTreeMap<String, Floor>,
}

#[test]
fn the_test_half_scores_at_least_the_floors() {
    let floors: Floors = serde_json::from_str(
        &std::fs::read_to_string(corpus_dir().join("floors.json")).expect("floors.json"),
    )
    .expect("floors.json is valid");
    let cases = read_cases(&corpus_dir().join("test.jsonl")).expect("test.jsonl is valid");
    let evaluation = evaluate(&cases);
    assert!(evaluation.errors.is_empty(), "{:?}", evaluation.errors);

    let mut below = Vec::new();
    let mut check = |name: &str, precision: f64, recall: f64, floor: &Floor| {
        if precision < floor.precision || recall < floor.recall {
            below.push(format!(
                "{name}: precision {precision:.3} (floor {:.3}), recall {recall:.3} (floor {:.3})",
                floor.precision, floor.recall
            ));
        }
    };
    let micro = evaluation.micro();
    check("micro", micro.precision(), micro.recall(), &floors.micro);
    for id in rules::builtin_ids() {
        let floor = floors
            .rules
            .get(*id)
            .unwrap_or_else(|| panic!("floors.json has no floor for {id}"));
        let score = evaluation
            .rule(id)
            .expect("every built-in rule is scored")
            .any;
        check(id, score.precision(), score.recall(), floor);
    }
    assert!(
        below.is_empty(),
        "below the floor on the test half:\n{}\n(`make eval` shows the table)",
        below.join("\n")
    );
}
