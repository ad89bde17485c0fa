//! The reader against the six fixture pages: extraction equals expected.json, reply boxes are
//! found (and hidden source textareas are not).

use serde_json::Value;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;

use super::common::{expected, json, normalised, parse, PAGES};
use replyguide_wasm::Guide;

const LOCAL_URL: &str = "http://127.0.0.1:8765/page.html";

fn expected_story(name: &str) -> Value {
    let mut story = expected()[name].clone();
    story.as_object_mut().unwrap().remove("_fixture");
    story
}

fn assert_matches_expected(name: &str, reading: &Value) {
    let got = normalised(&reading["story"]);
    let want = normalised(&expected_story(name));
    for key in want.as_object().unwrap().keys() {
        assert_eq!(got[key], want[key], "{name}: field `{key}`");
    }
    assert_eq!(got, want, "{name}: whole story");
    let story = &reading["story"];
    let want = expected_story(name);
    assert_eq!(
        lines(&story["body"]),
        lines(&want["body"]),
        "{name}: body paragraphs"
    );
    for (i, response) in want["responses"].as_array().unwrap().iter().enumerate() {
        let got = &story["responses"][i]["text"];
        assert_eq!(
            lines(got),
            lines(&response["text"]),
            "{name}: responses[{i}] paragraphs"
        );
    }
}

/// The text's lines (paragraphs separated by an empty line, `<br>` breaks by a line break),
/// each with its spaces collapsed: stricter than expected.json's comparison.
fn lines(text: &Value) -> Vec<String> {
    let text = text.as_str().unwrap_or_default();
    text.split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

#[wasm_bindgen_test]
fn read_html_gives_expected_json_for_every_fixture() {
    let mut guide = Guide::new(None).unwrap();
    for (name, html) in PAGES {
        assert_matches_expected(name, &json(&guide.read_html(html, LOCAL_URL)));
    }
}

#[wasm_bindgen_test]
fn read_page_gives_expected_json_for_every_fixture() {
    let mut guide = Guide::new(None).unwrap();
    for (name, html) in PAGES {
        let doc = parse(html);
        assert_matches_expected(name, &json(&guide.read_page(&JsValue::from(doc))));
    }
}

#[wasm_bindgen_test]
fn unknown_lists_only_what_the_page_lacks() {
    let mut guide = Guide::new(None).unwrap();
    for (name, html) in PAGES {
        let reading = json(&guide.read_html(html, LOCAL_URL));
        let unknown: Vec<&str> = reading["unknown"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let want: &[&str] = if name == "uk-legacy-no-dates.html" {
            &["posted", "responses[0].posted", "responses[1].posted"]
        } else {
            &[]
        };
        assert_eq!(unknown, want, "{name}");
    }
}

#[wasm_bindgen_test]
fn posted_dates_are_rfc3339_with_z() {
    let mut guide = Guide::new(None).unwrap();
    let reading = json(&guide.read_html(PAGES[0].1, LOCAL_URL));
    assert_eq!(reading["story"]["posted"], "2021-08-27T06:12:09Z");
    assert_eq!(
        reading["story"]["responses"][1]["posted"],
        "2021-09-02T01:47:00Z"
    );
}

#[wasm_bindgen_test]
fn reply_box_selectors_find_the_editor_not_the_hidden_source() {
    let guide = Guide::new(None).unwrap();
    let selectors: Vec<String> =
        serde_json::from_value(json(&guide.reply_box_selectors())).unwrap();
    for (name, html) in PAGES {
        let doc = parse(html);
        let fixture = &expected()[name]["_fixture"]["reply_box"];
        let want = doc
            .query_selector(fixture["selector"].as_str().unwrap())
            .unwrap()
            .unwrap();
        let found: Element = selectors
            .iter()
            .find_map(|s| doc.query_selector(s).ok().flatten())
            .unwrap_or_else(|| panic!("{name}: no reply box found"));
        assert!(found.is_same_node(Some(&want)), "{name}: wrong reply box");
        if let Some(hidden) = fixture["hidden_source"].as_str() {
            let hidden = doc.query_selector(hidden).unwrap().unwrap();
            for selector in &selectors {
                let all = doc.query_selector_all(selector).unwrap();
                for i in 0..all.length() {
                    let node = all.item(i).unwrap();
                    assert!(
                        !node.is_same_node(Some(&hidden)),
                        "{name}: {selector} picks {hidden:?}"
                    );
                }
            }
        }
    }
}
