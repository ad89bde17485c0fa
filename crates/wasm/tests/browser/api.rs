//! The wasm API as the extension calls it: config errors, check, history, rules.

use serde_json::json;
use wasm_bindgen::{JsError, JsValue};
use wasm_bindgen_test::*;

use super::common::{js, json};
use replyguide_wasm::{validate_config, Guide};

const NOW: &str = "2026-11-23T12:00:00Z";

/// The message of the JS `Error` an API call threw.
fn thrown_message(err: JsError) -> String {
    js_sys::Error::from(JsValue::from(err)).message().into()
}

fn error_message(result: Result<Guide, JsError>) -> String {
    thrown_message(result.err().expect("an error"))
}

#[wasm_bindgen_test]
fn bad_config_throws_with_the_field_path() {
    let message = error_message(Guide::new(Some(
        r#"{"rules": {"too-early": {"wait_days": "two weeks"}}}"#.into(),
    )));
    assert!(
        message.starts_with("rules.too-early.wait_days: "),
        "{message}"
    );
    let message = error_message(Guide::new(Some(
        r#"{"page": {"reply_boxes": ["", "x"]}}"#.into(),
    )));
    assert!(message.starts_with("page.reply_boxes[0]: "), "{message}");
}

#[wasm_bindgen_test]
fn validate_config_returns_null_or_the_message() {
    assert!(validate_config("{}").is_null());
    let message = validate_config(r#"{"organisation": {"nmae": "x"}}"#)
        .as_string()
        .unwrap();
    assert!(message.starts_with("organisation.nmae: "), "{message}");
}

#[wasm_bindgen_test]
fn missing_or_blank_config_is_the_default() {
    assert!(Guide::new(None).is_ok());
    assert!(Guide::new(Some("  ".into())).is_ok());
}

#[wasm_bindgen_test]
fn check_returns_findings_with_utf16_offsets() {
    let guide = Guide::new(None).unwrap();
    let story = js(&json!({"body": "The ward was noisy."}));
    let draft = "😀 You are absolutely right, they should be ashamed.";
    let report = json(&guide.check(draft, &story, NOW).unwrap());
    let findings = report["findings"].as_array().unwrap();
    let takes_sides = findings
        .iter()
        .find(|f| f["rule"] == "takes-sides")
        .expect("takes-sides finding");
    assert!(takes_sides["start"].as_u64().unwrap() >= 2, "{takes_sides}");
    assert!(takes_sides["why"].is_string());
}

#[wasm_bindgen_test]
fn check_rejects_a_bad_story_and_date_by_name() {
    let guide = Guide::new(None).unwrap();
    let bad_story = js(&json!({"body": "b", "responses": [{"text": "t", "posted": "last week"}]}));
    let err = guide.check("Hello", &bad_story, NOW).err().unwrap();
    let message = thrown_message(err);
    assert!(
        message.starts_with("story.responses[0].posted: "),
        "{message}"
    );
    let story = js(&json!({"body": "b"}));
    let err = guide.check("Hello", &story, "yesterday").err().unwrap();
    let message = thrown_message(err);
    assert!(message.starts_with("now_iso: "), "{message}");
}

#[wasm_bindgen_test]
fn read_page_output_is_accepted_by_check() {
    let guide = Guide::new(None).unwrap();
    let reading = guide.read_html(super::common::PAGES[3].1, "http://127.0.0.1/");
    let story = js_sys::Reflect::get(&reading, &"story".into()).unwrap();
    assert!(guide.check("Thank you for sharing.", &story, NOW).is_ok());
}

#[wasm_bindgen_test]
fn history_entries_are_added_and_bad_ones_named() {
    let mut guide = Guide::new(None).unwrap();
    let entries = js(&json!([
        {"text": "Thank you for sharing your story with us.", "story_url": "https://www.careopinion.org.uk/1"},
        {"text": "Another reply", "posted": "2026-01-01T00:00:00Z"}
    ]));
    assert!(guide.add_history(&entries).is_ok());
    let bad = js(&json!([{"text": "ok"}, {"text": "x", "posted": "soon"}]));
    let err = guide.add_history(&bad).err().unwrap();
    let message = thrown_message(err);
    assert!(message.starts_with("entries[1].posted: "), "{message}");
    assert!(guide
        .add_history(&js(&json!({"text": "not an array"})))
        .is_err());
}

#[wasm_bindgen_test]
fn rules_are_described() {
    let guide = Guide::new(None).unwrap();
    let rules = json(&guide.rules());
    let rules = rules.as_array().unwrap();
    assert!(rules.iter().any(|r| r["id"] == "takes-sides"));
    for rule in rules {
        for key in ["id", "default_severity", "guideline", "why"] {
            assert!(rule[key].is_string(), "{rule}");
        }
    }
}

#[wasm_bindgen_test]
fn config_can_replace_the_reply_box_selectors() {
    let guide = Guide::new(Some(r##"{"page": {"reply_boxes": ["#editor"]}}"##.into())).unwrap();
    assert_eq!(guide.reply_box_selectors(), vec!["#editor".to_string()]);
}
