//! Shared by the browser tests: the project's copies of the fixture pages (tests/pages/) and
//! helpers to turn JS values into JSON.

use serde_json::Value;
use wasm_bindgen::JsValue;
use web_sys::{Document, DomParser, SupportedType};

/// The six fixture pages (tests/pages/ holds byte-identical copies of shared/fixtures/).
pub const PAGES: [(&str, &str); 6] = [
    (
        "au-2021-story-two-responses.html",
        include_str!("../../../../tests/pages/au-2021-story-two-responses.html"),
    ),
    (
        "uk-story-no-responses.html",
        include_str!("../../../../tests/pages/uk-story-no-responses.html"),
    ),
    (
        "uk-story-provider-response.html",
        include_str!("../../../../tests/pages/uk-story-provider-response.html"),
    ),
    (
        "uk-story-sensitive-old.html",
        include_str!("../../../../tests/pages/uk-story-sensitive-old.html"),
    ),
    (
        "au-2025-story-12h.html",
        include_str!("../../../../tests/pages/au-2025-story-12h.html"),
    ),
    (
        "uk-legacy-no-dates.html",
        include_str!("../../../../tests/pages/uk-legacy-no-dates.html"),
    ),
];

/// The project's own pages in tests/pages (beyond the six fixtures), each with an expected.json
/// entry.
pub const OWN_PAGES: [(&str, &str); 51] = [
    (
        "uk-late-textarea.html",
        include_str!("../../../../tests/pages/uk-late-textarea.html"),
    ),
    (
        "uk-late-froala.html",
        include_str!("../../../../tests/pages/uk-late-froala.html"),
    ),
    (
        "ie-story.html",
        include_str!("../../../../tests/pages/ie-story.html"),
    ),
    (
        "cymru-story.html",
        include_str!("../../../../tests/pages/cymru-story.html"),
    ),
    (
        "uk-strict-csp.html",
        include_str!("../../../../tests/pages/uk-strict-csp.html"),
    ),
    (
        "au-rtl-emoji.html",
        include_str!("../../../../tests/pages/au-rtl-emoji.html"),
    ),
    (
        "uk-many-replies.html",
        include_str!("../../../../tests/pages/uk-many-replies.html"),
    ),
    (
        "uk-hostile-markup.html",
        include_str!("../../../../tests/pages/uk-hostile-markup.html"),
    ),
    (
        "uk-replaced-while-typing.html",
        include_str!("../../../../tests/pages/uk-replaced-while-typing.html"),
    ),
    (
        "uk-table-legacy.html",
        include_str!("../../../../tests/pages/uk-table-legacy.html"),
    ),
    (
        "au-utility-classes.html",
        include_str!("../../../../tests/pages/au-utility-classes.html"),
    ),
    (
        "uk-nested-threads.html",
        include_str!("../../../../tests/pages/uk-nested-threads.html"),
    ),
    (
        "cymru-welsh-first.html",
        include_str!("../../../../tests/pages/cymru-welsh-first.html"),
    ),
    (
        "uk-2019-table-legacy.html",
        include_str!("../../../../tests/pages/uk-2019-table-legacy.html"),
    ),
    (
        "uk-utility-classes.html",
        include_str!("../../../../tests/pages/uk-utility-classes.html"),
    ),
    (
        "uk-many-replies-threaded.html",
        include_str!("../../../../tests/pages/uk-many-replies-threaded.html"),
    ),
    (
        "cymru-bilingual.html",
        include_str!("../../../../tests/pages/cymru-bilingual.html"),
    ),
    (
        "uk-cssinjs-hashed.html",
        include_str!("../../../../tests/pages/uk-cssinjs-hashed.html"),
    ),
    (
        "ie-late-replies-script.html",
        include_str!("../../../../tests/pages/ie-late-replies-script.html"),
    ),
    (
        "au-nsw-12h-role-textbox.html",
        include_str!("../../../../tests/pages/au-nsw-12h-role-textbox.html"),
    ),
    (
        "uk-scotland-no-replies-lazy-editor.html",
        include_str!("../../../../tests/pages/uk-scotland-no-replies-lazy-editor.html"),
    ),
    (
        "uk-eng-utility-13-replies.html",
        include_str!("../../../../tests/pages/uk-eng-utility-13-replies.html"),
    ),
    (
        "uk-scot-noclass-dl.html",
        include_str!("../../../../tests/pages/uk-scot-noclass-dl.html"),
    ),
    (
        "au-sa-details-thread.html",
        include_str!("../../../../tests/pages/au-sa-details-thread.html"),
    ),
    (
        "au-qld-tabs-click-respond.html",
        include_str!("../../../../tests/pages/au-qld-tabs-click-respond.html"),
    ),
    (
        "ie-table-delayed-box.html",
        include_str!("../../../../tests/pages/ie-table-delayed-box.html"),
    ),
    (
        "cymru-bilingual-cards.html",
        include_str!("../../../../tests/pages/cymru-bilingual-cards.html"),
    ),
    (
        "po-legacy-table-layout.html",
        include_str!("../../../../tests/pages/po-legacy-table-layout.html"),
    ),
    (
        "uk-ni-hashed-no-replies.html",
        include_str!("../../../../tests/pages/uk-ni-hashed-no-replies.html"),
    ),
    (
        "uk-eng-threaded-late-editor.html",
        include_str!("../../../../tests/pages/uk-eng-threaded-late-editor.html"),
    ),
    (
        "au-nsw-grid-third-sector.html",
        include_str!("../../../../tests/pages/au-nsw-grid-third-sector.html"),
    ),
    (
        "po-2013-table-layout-cms.html",
        include_str!("../../../../tests/pages/po-2013-table-layout-cms.html"),
    ),
    (
        "uk-spa-hashed-hydrated-responses.html",
        include_str!("../../../../tests/pages/uk-spa-hashed-hydrated-responses.html"),
    ),
    (
        "uk-leeds-hidden-more-13.html",
        include_str!("../../../../tests/pages/uk-leeds-hidden-more-13.html"),
    ),
    (
        "ie-dl-thread-update-reply.html",
        include_str!("../../../../tests/pages/ie-dl-thread-update-reply.html"),
    ),
    (
        "patientopinion-table-noclass-click-respond.html",
        include_str!("../../../../tests/pages/patientopinion-table-noclass-click-respond.html"),
    ),
    (
        "au-qld-print-view-no-reply-box.html",
        include_str!("../../../../tests/pages/au-qld-print-view-no-reply-box.html"),
    ),
    (
        "ie-respond-button-alt-wording.html",
        include_str!("../../../../tests/pages/ie-respond-button-alt-wording.html"),
    ),
    (
        "uk-scotland-ol-date-above.html",
        include_str!("../../../../tests/pages/uk-scotland-ol-date-above.html"),
    ),
    (
        "au-sa-dl-facts-signature.html",
        include_str!("../../../../tests/pages/au-sa-dl-facts-signature.html"),
    ),
    (
        "uk-ni-breadcrumb-dashes-cookie.html",
        include_str!("../../../../tests/pages/uk-ni-breadcrumb-dashes-cookie.html"),
    ),
    (
        "ie-irish-first-headers.html",
        include_str!("../../../../tests/pages/ie-irish-first-headers.html"),
    ),
    (
        "uk-recent-first-teasers-quotes.html",
        include_str!("../../../../tests/pages/uk-recent-first-teasers-quotes.html"),
    ),
    (
        "uk-ni-newest-first-dated-summaries.html",
        include_str!("../../../../tests/pages/uk-ni-newest-first-dated-summaries.html"),
    ),
    (
        "po-2011-text-date-tables.html",
        include_str!("../../../../tests/pages/po-2011-text-date-tables.html"),
    ),
    (
        "uk-print-closed-section-teasers.html",
        include_str!("../../../../tests/pages/uk-print-closed-section-teasers.html"),
    ),
    (
        "uk-cards-credentials-footer.html",
        include_str!("../../../../tests/pages/uk-cards-credentials-footer.html"),
    ),
    (
        "uk-table-meta-cell-body-cell.html",
        include_str!("../../../../tests/pages/uk-table-meta-cell-body-cell.html"),
    ),
    (
        "uk-scotland-13-replies-details.html",
        include_str!("../../../../tests/pages/uk-scotland-13-replies-details.html"),
    ),
    (
        "uk-ni-nested-update-answer.html",
        include_str!("../../../../tests/pages/uk-ni-nested-update-answer.html"),
    ),
    (
        "uk-no-replies-late-dialog-box.html",
        include_str!("../../../../tests/pages/uk-no-replies-late-dialog-box.html"),
    ),
];

/// `expected.json`: file name → expected story context plus `_fixture` metadata.
pub fn expected() -> Value {
    serde_json::from_str(include_str!("../../../../tests/pages/expected.json")).unwrap()
}

/// A JS value as JSON (via `JSON.stringify`).
pub fn json(value: &JsValue) -> Value {
    let text = js_sys::JSON::stringify(value).unwrap().as_string().unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A JSON value as a JS value (via `JSON.parse`).
pub fn js(value: &Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap()
}

/// `html` parsed into a document of its own.
pub fn parse(html: &str) -> Document {
    DomParser::new()
        .unwrap()
        .parse_from_string(html, SupportedType::TextHtml)
        .unwrap()
}

/// Every string in `value` with whitespace runs collapsed to one space and trimmed (how
/// expected.json is compared).
pub fn normalised(value: &Value) -> Value {
    match value {
        Value::String(s) => Value::String(s.split_whitespace().collect::<Vec<_>>().join(" ")),
        Value::Array(items) => Value::Array(items.iter().map(normalised).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), normalised(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The rule ids of a `check` report, in report order.
pub fn rules_found(report: &JsValue) -> Vec<String> {
    json(report)["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap().to_string())
        .collect()
}
