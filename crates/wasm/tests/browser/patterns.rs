//! Custom rule patterns in WebAssembly: checked and matched by `regex-lite`, as natively, with
//! spans in the draft's UTF-16 offsets, and in time linear in the draft whatever the pattern.

use serde_json::{json, Value};
use wasm_bindgen_test::*;

use super::common::{js, json};
use replyguide_wasm::{validate_config, Guide};

const NOW: &str = "2026-11-23T12:00:00Z";

/// A guide whose one custom rule, `house-style`, has these patterns.
fn guide_with_patterns(patterns: &[&str]) -> Guide {
    let config = json!({"custom_rules": [
        {"id": "house-style", "patterns": patterns, "message": "House style."}
    ]});
    let mut guide = Guide::new(Some(config.to_string())).unwrap();
    guide.set_story(&js(&json!({"body": "b"}))).unwrap();
    guide
}

/// The text of `draft` each finding of `rule` underlines, read with the report's UTF-16 offsets.
fn underlined(report: &Value, rule: &str, draft: &str) -> Vec<String> {
    let units: Vec<u16> = draft.encode_utf16().collect();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            let at = |key: &str| f[key].as_u64().unwrap() as usize;
            String::from_utf16(&units[at("start")..at("end")]).unwrap()
        })
        .collect()
}

#[wasm_bindgen_test]
fn custom_patterns_match_case_insensitively_after_non_ascii_text() {
    let guide = guide_with_patterns(&[r"\bpals?\b", r"going forward"]);
    let draft = "Café 😀 “Pals” told us — GOING FORWARD, pal, apals 👩‍⚕️ PALS.";
    let report = json(&guide.check(draft, NOW).unwrap());
    assert_eq!(
        underlined(&report, "house-style", draft),
        ["Pals", "GOING FORWARD", "pal", "PALS"]
    );
}

#[wasm_bindgen_test]
fn empty_matches_are_stepped_over_and_never_reported() {
    let guide = guide_with_patterns(&[r"z*", r"\b"]);
    let draft = "é 😀 zz a z";
    let report = json(&guide.check(draft, NOW).unwrap());
    assert_eq!(underlined(&report, "house-style", draft), ["zz", "z"]);
}

#[wasm_bindgen_test]
fn an_invalid_pattern_is_refused_with_its_field_path() {
    for bad in [r"(unclosed", r"a{2,1}", r"(?=x)"] {
        let config = json!({"custom_rules": [
            {"id": "house-style", "patterns": ["ok", bad], "message": "m"}
        ]});
        let message = validate_config(&config.to_string()).as_string().unwrap();
        assert!(
            message.starts_with("custom_rules[0].patterns[1]: not a valid pattern: "),
            "{bad}: {message}"
        );
    }
}

#[wasm_bindgen_test]
fn a_100000_character_draft_is_searched_whole() {
    let guide = guide_with_patterns(&[r"\bpals\b"]);
    let paragraph = "Café 😀 “thanks” — call PALS on 01632 960218 or see www.nhs.uk/pals. ";
    let copies = 100_000usize.div_ceil(paragraph.encode_utf16().count());
    let draft = paragraph.repeat(copies);
    let report = json(&guide.check(&draft, NOW).unwrap());
    let found = underlined(&report, "house-style", &draft);
    assert_eq!(found.len(), 2 * copies);
    assert!(found.iter().all(|text| text.eq_ignore_ascii_case("pals")));
    assert_eq!(replyguide_engine::text::urls(&draft).len(), copies);
    assert_eq!(replyguide_engine::text::phone_numbers(&draft).len(), copies);
}

#[wasm_bindgen_test]
fn patterns_a_backtracking_engine_cannot_finish_check_a_draft() {
    let guide = guide_with_patterns(&[r"(\w+\s?)*$", r"(a+)+$"]);
    // Each line ends in a character neither pattern can end on: in a backtracking engine each
    // tries every way of splitting the line's words first.
    let draft = format!("{}!\n", "aaaa ".repeat(40)).repeat(10);
    let report = json(&guide.check(&draft, NOW).unwrap());
    assert!(underlined(&report, "house-style", &draft).is_empty());
}
