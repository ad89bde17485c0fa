//! The wasm API as the extension calls it: config errors, check, history, rules.

use serde_json::json;
use wasm_bindgen::{JsError, JsValue};
use wasm_bindgen_test::*;

use super::common::{js, json, rules_found};
use replyguide_wasm::{is_rfc3339, validate_config, Guide};

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
fn json_errors_keep_the_engine_messages() {
    let message = validate_config(r#"{"rules": }"#).as_string().unwrap();
    assert!(message.starts_with("not valid JSON: "), "{message}");
    let deep = format!(r#"{{"links": {}{}}}"#, "[".repeat(200), "]".repeat(200));
    let message = validate_config(&deep).as_string().unwrap();
    assert!(
        message.starts_with("not valid JSON: recursion limit exceeded"),
        "{message}"
    );
    let message = validate_config(r#"{"rules": {"too-early": {"wait_days": 1.5}}}"#)
        .as_string()
        .unwrap();
    assert_eq!(
        message,
        "rules.too-early.wait_days: expected a number of days, got 1.5"
    );
    assert!(validate_config(r#"{"rules": {"too-early": {"wait_days": 14}}}"#).is_null());
    let mut guide = Guide::new(None).unwrap();
    let message = thrown_message(guide.add_history_jsonl(r#"{"text": 7}"#).err().unwrap());
    assert_eq!(
        message,
        "line 1: text: invalid type: integer `7`, expected a string"
    );
}

#[wasm_bindgen_test]
fn missing_or_blank_config_is_the_default() {
    assert!(Guide::new(None).is_ok());
    assert!(Guide::new(Some("  ".into())).is_ok());
}

#[wasm_bindgen_test]
fn check_returns_findings_with_utf16_offsets() {
    let mut guide = Guide::new(None).unwrap();
    guide
        .set_story(&js(&json!({"body": "The ward was noisy."})))
        .unwrap();
    let draft = "😀 You are absolutely right, they should be ashamed.";
    let report = json(&guide.check(draft, NOW).unwrap());
    let findings = report["findings"].as_array().unwrap();
    let takes_sides = findings
        .iter()
        .find(|f| f["rule"] == "takes-sides")
        .expect("takes-sides finding");
    assert!(takes_sides["start"].as_u64().unwrap() >= 2, "{takes_sides}");
    assert!(takes_sides["why"].is_string());
}

#[wasm_bindgen_test]
fn set_story_rejects_a_bad_story_by_name_and_keeps_the_one_held() {
    let mut guide = Guide::new(None).unwrap();
    let recent = js(&json!({"body": "b", "posted": "2026-11-22T12:00:00Z"}));
    guide.set_story(&recent).unwrap();
    let bad_story = js(&json!({"body": "b", "responses": [{"text": "t", "posted": "last week"}]}));
    let message = thrown_message(guide.set_story(&bad_story).err().unwrap());
    assert!(
        message.starts_with("story.responses[0].posted: "),
        "{message}"
    );
    let report = guide.check("Thank you for sharing.", NOW).unwrap();
    assert!(rules_found(&report).contains(&"too-early".to_string()));
}

#[wasm_bindgen_test]
fn check_rejects_a_bad_date_by_name() {
    let guide = Guide::new(None).unwrap();
    let message = thrown_message(guide.check("Hello", "yesterday").err().unwrap());
    assert!(message.starts_with("now_iso: "), "{message}");
}

#[wasm_bindgen_test]
fn drafts_are_checked_against_the_story_last_set() {
    let mut guide = Guide::new(None).unwrap();
    let draft = "Thank you for sharing.";
    let without_story = rules_found(&guide.check(draft, NOW).unwrap());
    guide
        .set_story(&js(&json!({"body": "b", "posted": "2026-11-22T12:00:00Z"})))
        .unwrap();
    let just_posted = rules_found(&guide.check(draft, NOW).unwrap());
    guide
        .set_story(&js(&json!({"body": "b", "posted": "2026-10-01T12:00:00Z"})))
        .unwrap();
    let weeks_old = rules_found(&guide.check(draft, NOW).unwrap());
    assert!(!without_story.contains(&"too-early".to_string()));
    assert!(just_posted.contains(&"too-early".to_string()));
    assert!(!weeks_old.contains(&"too-early".to_string()));
}

#[wasm_bindgen_test]
fn a_page_read_is_the_story_checked_against() {
    let draft = "Thank you for sharing. I am sorry to hear this.";
    for (name, html) in super::common::PAGES {
        let mut reader = Guide::new(None).unwrap();
        let reading = reader.read_html(html, "http://127.0.0.1/");
        let mut setter = Guide::new(None).unwrap();
        setter
            .set_story(&js_sys::Reflect::get(&reading, &"story".into()).unwrap())
            .unwrap();
        assert_eq!(
            json(&reader.check(draft, NOW).unwrap()),
            json(&setter.check(draft, NOW).unwrap()),
            "{name}"
        );
    }
}

#[wasm_bindgen_test]
fn history_lines_are_added_and_bad_ones_named() {
    let mut guide = Guide::new(None).unwrap();
    let jsonl = r#"{"text": "Thank you for sharing your story with us.", "story_url": "https://www.careopinion.org.uk/1"}

{"text": "Another reply", "posted": "2026-01-01T00:00:00Z"}"#;
    assert_eq!(guide.add_history_jsonl(jsonl).unwrap(), 2);
    let windows_lines = "{\"text\": \"First\"}\r\n  \r\n{\"text\": \"Second\"}\r\n";
    assert_eq!(
        guide.add_history_jsonl(windows_lines).unwrap(),
        2,
        "CRLF line ends and blank lines of spaces"
    );
    let bad = "{\"text\": \"ok\"}\n{\"text\": \"x\", \"posted\": \"soon\"}\n{\"text\": \"after\"}";
    let message = thrown_message(guide.add_history_jsonl(bad).err().unwrap());
    assert!(message.starts_with("line 2: posted: "), "{message}");
    assert_eq!(guide.history_len(), 6, "every readable line is kept");
    let two_bad = "not json\n{\"text\": 7}\n{\"text\": \"fine\"}";
    let message = thrown_message(guide.add_history_jsonl(two_bad).err().unwrap());
    assert!(message.starts_with("line 1: "), "{message}");
    assert!(message.ends_with("(and 1 more line left out)"), "{message}");
    assert_eq!(guide.history_len(), 7);
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
    assert_eq!(json(&guide.reply_box_selectors()), json!(["#editor"]));
}

#[wasm_bindgen_test]
fn results_cross_as_serde_writes_them_in_json() {
    use replyguide_engine::{Config, Engine, HistoryEntry, Report, StoryContext};

    let earlier = r#"{"text": "Thank you for sharing your story. We are sorry the ward was so noisy at night and have asked the team to look at it.", "posted": "2026-01-01T00:00:00Z"}"#;
    let story_json = json!({"body": "The ward was noisy.", "posted": "2026-11-22T12:00:00Z"});
    let draft = "😀 You are absolutely right. Thank you for sharing your story. We are sorry the ward was so noisy at night and have asked the team to look at it.";
    let mut guide = Guide::new(None).unwrap();
    guide.add_history_jsonl(earlier).unwrap();
    guide.set_story(&js(&story_json)).unwrap();
    let mut engine = Engine::new(Config::default());
    engine.add_history(HistoryEntry::from_json(earlier).unwrap());
    let story = StoryContext::from_json(&story_json.to_string()).unwrap();
    let now = replyguide_engine::parse_rfc3339(NOW).unwrap();
    let expected = Report::new(draft, &engine.check(draft, &story, now));
    let report = json(&guide.check(draft, NOW).unwrap());
    assert_eq!(report, serde_json::to_value(&expected).unwrap());
    assert!(report.to_string().contains("\"related\""), "{report}");
    assert!(report.to_string().contains("null"), "{report}");

    let rules = replyguide_engine::rules::describe(&Config::default());
    assert_eq!(json(&guide.rules()), serde_json::to_value(&rules).unwrap());

    for (name, html) in super::common::PAGES {
        let story = json(
            &js_sys::Reflect::get(&guide.read_html(html, "http://127.0.0.1/"), &"story".into())
                .unwrap(),
        );
        let read_back = StoryContext::from_json(&story.to_string()).unwrap();
        assert_eq!(story, serde_json::to_value(&read_back).unwrap(), "{name}");
    }
}

#[wasm_bindgen_test]
fn dates_are_checked_by_the_engines_reader() {
    assert!(is_rfc3339("2026-11-23T12:00:00Z"));
    assert!(is_rfc3339(" 2026-11-23 12:00:00+01:00 "));
    assert!(!is_rfc3339("2026-02-30T00:00:00Z"));
    assert!(!is_rfc3339("last week"));
}
