//! Pages that are not story pages, or are built to break readers: the reader must never throw,
//! never invent, and never treat page text as markup.

use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use super::common::json;
use replyguide_wasm::Guide;

fn read(html: &str) -> serde_json::Value {
    json(
        &Guide::new(None)
            .unwrap()
            .read_html(html, "https://www.careopinion.org.uk/1"),
    )
}

fn story_page(body: &str, responses: &str) -> String {
    format!(
        r#"<html><body><article class="story"><h1 class="story__title">"T"</h1>
        <p class="story__byline">Posted by <a class="story__author">u</a></p>
        <div class="story__text">{body}</div></article>
        <section class="responses">{responses}</section></body></html>"#
    )
}

fn response(i: usize) -> String {
    format!(
        r#"<article class="response"><h3 class="response__heading">Response from N{i}, Role, Org</h3>
        <div class="response__body"><p>Reply {i}</p></div></article>"#
    )
}

#[wasm_bindgen_test]
fn empty_document_reads_as_all_unknown() {
    let reading = read("");
    assert_eq!(reading["story"]["body"], "");
    assert_eq!(reading["story"]["responses"], serde_json::json!([]));
    for field in ["title", "body", "author", "posted", "services"] {
        assert!(
            reading["unknown"]
                .as_array()
                .unwrap()
                .contains(&field.into()),
            "{field}: {reading}"
        );
    }
    assert_eq!(reading["story"]["url"], "https://www.careopinion.org.uk/1");
}

#[wasm_bindgen_test]
fn page_without_a_story_invents_nothing() {
    let reading = read("<html><body><nav>Home</nav><p>Hello there</p></body></html>");
    assert_eq!(reading["story"]["author"], serde_json::Value::Null);
    assert_eq!(reading["story"]["posted"], serde_json::Value::Null);
    assert_eq!(reading["story"]["responses"], serde_json::json!([]));
}

#[wasm_bindgen_test]
fn script_looking_text_stays_text_and_scripts_are_not_read() {
    let html = story_page(
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</p>\
         <script>document.title = 'owned'</script><p>End</p>",
        "",
    );
    let reading = read(&html);
    assert_eq!(
        reading["story"]["body"],
        "<script>alert(1)</script> <img src=x onerror=alert(2)>\n\nEnd"
    );
}

#[wasm_bindgen_test]
fn two_hundred_replies_and_a_long_story() {
    let long = "word ".repeat(6_000);
    let responses: String = (0..200).map(response).collect();
    let reading = read(&story_page(&format!("<p>{long}</p>"), &responses));
    assert!(reading["story"]["body"].as_str().unwrap().len() >= 29_000);
    let read_responses = reading["story"]["responses"].as_array().unwrap();
    assert_eq!(read_responses.len(), 200);
    assert_eq!(read_responses[199]["responder"], "N199");
    assert_eq!(read_responses[199]["text"], "Reply 199");
}

#[wasm_bindgen_test]
fn deeply_nested_markup_does_not_overflow() {
    let depth = 20_000;
    let nested = format!("{}deep{}", "<div>".repeat(depth), "</div>".repeat(depth));
    let reading = read(&story_page(&nested, ""));
    assert!(reading["story"]["body"].is_string());
}

#[wasm_bindgen_test]
fn impossible_dates_are_unknown_not_guessed() {
    let responses = r#"<article class="response"><h3 class="response__heading">Response from A, B, C</h3>
        <span class="response__submitted">Submitted on 31/02/2025 at 25:61 PM</span>
        <div class="response__body">x</div></article>"#;
    let html = story_page("<p>b</p>", responses)
        .replace("</h1>", "</h1><time datetime=\"yesterday\">then</time>");
    let reading = read(&html);
    assert_eq!(reading["story"]["posted"], serde_json::Value::Null);
    assert_eq!(
        reading["story"]["responses"][0]["posted"],
        serde_json::Value::Null
    );
    let unknown = reading["unknown"].as_array().unwrap();
    assert!(
        unknown.contains(&"responses[0].posted".into()),
        "{unknown:?}"
    );
}

#[wasm_bindgen_test]
fn selectors_the_browser_rejects_match_nothing() {
    let mut guide = Guide::new(Some(r#"{"page": {"title": ["h1:::nope", "h1"]}}"#.into())).unwrap();
    let reading = json(&guide.read_html(&story_page("<p>b</p>", ""), ""));
    assert_eq!(reading["story"]["title"], "T");
}

#[wasm_bindgen_test]
fn read_page_of_something_else_does_not_throw() {
    let mut guide = Guide::new(None).unwrap();
    for value in [
        JsValue::NULL,
        JsValue::UNDEFINED,
        JsValue::from(42),
        JsValue::from("doc"),
    ] {
        let reading = json(&guide.read_page(&value));
        assert_eq!(reading["story"]["body"], "");
        assert!(!reading["unknown"].as_array().unwrap().is_empty());
    }
}

#[wasm_bindgen_test]
fn a_draft_in_the_reply_box_is_never_read_as_a_response() {
    for editor in [
        r#"<div contenteditable="plaintext-only">Response from Sam, Officer, Healthwatch X</div>"#,
        r#"<form action="/1/respond"><textarea>Response from Sam, Officer, Healthwatch X</textarea></form>"#,
        r#"<div role="textbox" contenteditable="">Update posted by sam</div>"#,
    ] {
        let reading = read(&story_page("<p>Story</p>", editor));
        assert_eq!(
            reading["story"]["responses"],
            serde_json::json!([]),
            "{editor}"
        );
    }
}

/// A story page without class names or ids (a layout the profile does not know), with `replies`
/// under a `Responses` heading.
fn plain_page(replies: &str) -> String {
    format!(
        r#"<html><body><main><h1>"T"</h1>
        <p>Posted by <a>wattle_user</a> (as a patient)</p>
        <div><p>The story.</p></div>
        <h2>Responses</h2>{replies}</main></body></html>"#
    )
}

fn plain_reply(i: usize, date_line: &str) -> String {
    format!("<div><p><b>Response from N{i}, Role, Org</b></p><p>{date_line}</p><p>Reply {i}</p>")
}

#[wasm_bindgen_test]
fn dates_in_words_day_first_or_missing_are_read_or_left_unknown() {
    let replies = [
        plain_reply(0, "Submitted on 6 December 2026 at 2:05 PM"),
        plain_reply(1, "Submitted on 06/12/2026 at 14:05"),
        plain_reply(2, "Submitted on Sunday 6 December 2026 at 14:05"),
        // No date at all, and a year whose century would be a guess.
        plain_reply(3, "Thanks for waiting"),
        plain_reply(4, "Submitted on 06/12/26 at 14:05"),
    ]
    .map(|reply| format!("{reply}</div>"))
    .concat();
    let reading = json(
        &Guide::new(None)
            .unwrap()
            .read_html(&plain_page(&replies), "https://www.careopinion.org.au/1"),
    );
    // The byline's link is the byline, not the story.
    assert_eq!(reading["story"]["body"], "The story.", "{reading}");
    let responses = reading["story"]["responses"].as_array().unwrap();
    assert_eq!(responses.len(), 5, "{reading}");
    // Sydney in December is UTC+11.
    let unknown = reading["unknown"].as_array().unwrap();
    for (i, response) in responses.iter().enumerate() {
        // A date line not read as one stays in the text.
        let text = response["text"].as_str().unwrap();
        assert!(text.ends_with(&format!("Reply {i}")), "{reading}");
        let posted_unknown = unknown.contains(&format!("responses[{i}].posted").into());
        if i < 3 {
            assert_eq!(response["posted"], "2026-12-06T03:05:00Z", "{reading}");
            assert!(!posted_unknown, "{reading}");
        } else {
            assert_eq!(response["posted"], serde_json::Value::Null, "{reading}");
            assert!(posted_unknown, "{reading}");
        }
    }
}

#[wasm_bindgen_test]
fn a_thread_nested_three_hundred_deep_is_read_reply_by_reply() {
    let depth = 300;
    let opening: String = (0..depth)
        .map(|i| plain_reply(i, "Submitted on 06/12/2026 at 14:05"))
        .collect();
    let html = plain_page(&format!("{opening}{}", "</div>".repeat(depth)));
    let responses = read(&html)["story"]["responses"].clone();
    let responses = responses.as_array().unwrap();
    assert_eq!(responses.len(), depth);
    for (i, response) in responses.iter().enumerate() {
        assert_eq!(response["responder"], format!("N{i}"));
        assert_eq!(response["text"], format!("Reply {i}"));
    }
}

#[wasm_bindgen_test]
fn two_thousand_replies_without_class_names_are_all_read() {
    let replies: String = (0..2_000)
        .map(|i| {
            format!(
                "{}</div>",
                plain_reply(i, "Submitted on 06/12/2026 at 14:05")
            )
        })
        .collect();
    let responses = read(&plain_page(&replies))["story"]["responses"].clone();
    let responses = responses.as_array().unwrap();
    assert_eq!(responses.len(), 2_000);
    assert_eq!(responses[1_999]["text"], "Reply 1999");
    assert_eq!(responses[1_999]["posted"], "2026-12-06T14:05:00Z");
}
