//! Metamorphic tests of the reader: every page in tests/pages, turned into each variant of
//! tests/pages/page-variants.js (same visible text, other markup), reads as its expected.json
//! entry; and responses that arrive after the page was first read are read when it is read again.

use js_sys::{Function, Reflect};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::Document;

use super::common::{expected, json, normalised, parse, OWN_PAGES, PAGES};
use replyguide_wasm::Guide;

const GENERATOR: &str = include_str!("../../../../tests/pages/page-variants.js");

/// The generator's exports: `VARIANTS`, `makeVariant`, `withholdResponses`.
fn generator() -> JsValue {
    Function::new_no_args(GENERATOR)
        .call0(&JsValue::NULL)
        .unwrap()
}

fn export(generator: &JsValue, name: &str) -> Function {
    Reflect::get(generator, &name.into())
        .unwrap()
        .unchecked_into()
}

fn variant_names(generator: &JsValue) -> Vec<String> {
    json(&Reflect::get(generator, &"VARIANTS".into()).unwrap())
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v[0].as_str().unwrap().to_string())
        .collect()
}

/// Responses whose kind the heuristic cannot tell (`_fixture.kind_gaps` in expected.json).
fn kind_gaps(name: &str) -> Vec<usize> {
    serde_json::from_value(expected()[name]["_fixture"]["kind_gaps"].clone()).unwrap_or_default()
}

fn expected_story(name: &str) -> Value {
    let mut story = expected()[name].clone();
    story.as_object_mut().unwrap().remove("_fixture");
    normalised(&story)
}

/// The page's replies are filled in by its script after load: a document parsed without running
/// it has none yet.
fn replies_come_later(name: &str) -> bool {
    expected()[name]["_fixture"]["responses_appear_after_ms"].is_number()
}

/// The fields of the reading of `doc` that differ from `name`'s expected reading.
fn differences(guide: &mut Guide, doc: &Document, name: &str) -> Vec<String> {
    let reading = normalised(&json(&guide.read_page(&JsValue::from(doc.clone())))["story"]);
    let want = expected_story(name);
    let mut differences = Vec::new();
    let gaps = kind_gaps(name);
    for (key, value) in want.as_object().unwrap() {
        if key == "responses" && replies_come_later(name) {
            if reading["responses"] != serde_json::json!([]) || reading["responses_unknown"] != true
            {
                differences.push("replies not yet loaded, but not read as unknown".into());
            }
        } else if key == "responses" {
            let got = reading[key].as_array().map_or(0, Vec::len);
            let wanted = value.as_array().unwrap();
            if got != wanted.len() {
                differences.push(format!("{} responses, not {}", got, wanted.len()));
                continue;
            }
            for (i, response) in wanted.iter().enumerate() {
                for (field, value) in response.as_object().unwrap() {
                    let got = &reading[key][i][field];
                    if got != value && !(field == "kind" && gaps.contains(&i)) {
                        differences.push(format!("responses[{i}].{field}: {got} ≠ {value}"));
                    }
                }
            }
        } else if reading[key] != *value {
            differences.push(format!("{key}: {} ≠ {value}", reading[key]));
        }
    }
    differences
}

fn all_pages() -> impl Iterator<Item = (&'static str, &'static str)> {
    PAGES.into_iter().chain(OWN_PAGES)
}

/// The pages the variant tests rewrite.
fn pages_for_variants() -> impl Iterator<Item = (&'static str, &'static str)> {
    all_pages()
}

#[wasm_bindgen_test]
fn every_page_reads_as_expected() {
    let mut guide = Guide::new(None).unwrap();
    let mut failures = Vec::new();
    for (page, html) in all_pages() {
        for difference in differences(&mut guide, &parse(html), page) {
            failures.push(format!("{page}: {difference}"));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[wasm_bindgen_test]
fn every_variant_of_every_page_reads_as_the_page() {
    let generator = generator();
    let make_variant = export(&generator, "makeVariant");
    let names = variant_names(&generator);
    assert!(names.len() >= 20, "{} variants", names.len());
    let mut guide = Guide::new(None).unwrap();
    let mut failures = Vec::new();
    let mut runs = 0;
    for (page, html) in pages_for_variants() {
        for (index, variant) in names.iter().enumerate() {
            let doc = parse(html);
            make_variant
                .call2(&JsValue::NULL, &doc, &JsValue::from(index))
                .unwrap();
            runs += 1;
            for difference in differences(&mut guide, &doc, page) {
                failures.push(format!("{page} / {variant}: {difference}"));
            }
        }
    }
    let shown: Vec<&String> = failures.iter().take(60).collect();
    assert!(
        failures.is_empty(),
        "{} differences in {runs} variant readings:\n{shown:#?}",
        failures.len()
    );
}

#[wasm_bindgen_test]
fn responses_inserted_after_the_first_reading_are_read_the_second_time() {
    let generator = generator();
    let make_variant = export(&generator, "makeVariant");
    let withhold = export(&generator, "withholdResponses");
    let mut guide = Guide::new(None).unwrap();
    for (page, html) in pages_for_variants() {
        let want = expected_story(page);
        if want["responses"].as_array().unwrap().is_empty() || replies_come_later(page) {
            continue;
        }
        for index in [0, 7] {
            let doc = parse(html);
            make_variant
                .call2(&JsValue::NULL, &doc, &JsValue::from(index))
                .unwrap();
            let restore: Function = withhold
                .call1(&JsValue::NULL, &doc)
                .unwrap()
                .unchecked_into();
            let before = json(&guide.read_page(&JsValue::from(doc.clone())));
            assert_eq!(
                before["story"]["responses"],
                serde_json::json!([]),
                "{page}"
            );
            restore.call0(&JsValue::NULL).unwrap();
            assert_eq!(
                differences(&mut guide, &doc, page),
                Vec::<String>::new(),
                "{page} variant {index}"
            );
        }
    }
}
