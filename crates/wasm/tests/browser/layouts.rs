//! Markup the profile's class names do not know: the reader falls back on the page's wording.

use wasm_bindgen_test::*;

use super::common::{js, json, rules_found};
use replyguide_wasm::Guide;

/// Two responses on a careopinion.ie page (Europe/Dublin, UTC+1 in July) whose dates sit in
/// elements no `response_date` selector matches: a meta line beside the body (as on
/// tests/pages/ie-story.html) and one inside the body.
const UNKNOWN_DATE_CLASSES: &str = r#"<html><body>
  <article class="story"><h1 class="story__title">"T"</h1>
    <p class="story__byline">Posted by <a class="story__author">connemara_mam</a></p>
    <div class="story__text"><p>Story</p></div></article>
  <section class="responses">
    <div class="response-card" data-response-id="1">
      <h3>Response from Siobhán Ní Bhriain, Clinic Nurse Manager, Kilcolgan General Hospital</h3>
      <p class="reply__meta">Submitted on 03/07/2026 at 16:30 · Published on Care Opinion at 16:52</p>
      <div class="response__body"><p>Dear connemara_mam,</p><p>The form you submitted on Monday reached us.</p></div>
    </div>
    <div class="response-card" data-response-id="2">
      <h3>Response from Ciarán Ó Sé, Plaster Technician, Kilcolgan General Hospital</h3>
      <div class="response__body">
        <p class="card__small">Submitted on 05/07/2026 at 9:15 PM · Published on Care Opinion at 9:30 PM</p>
        <p>Thank you.</p>
      </div>
    </div>
  </section></body></html>"#;

#[wasm_bindgen_test]
fn response_dates_are_found_by_their_wording_and_kept_out_of_the_text() {
    let reading = json(
        &Guide::new(None)
            .unwrap()
            .read_html(UNKNOWN_DATE_CLASSES, "https://www.careopinion.ie/20417"),
    );
    let responses = &reading["story"]["responses"];
    assert_eq!(responses[0]["posted"], "2026-07-03T15:30:00Z", "{reading}");
    assert_eq!(
        responses[0]["text"],
        "Dear connemara_mam,\n\nThe form you submitted on Monday reached us."
    );
    assert_eq!(responses[1]["posted"], "2026-07-05T20:15:00Z", "{reading}");
    assert_eq!(responses[1]["text"], "Thank you.");
    let unknown = reading["unknown"].as_array().unwrap();
    for i in 0..2 {
        for field in ["posted", "text"] {
            let field = format!("responses[{i}].{field}");
            assert!(!unknown.contains(&field.into()), "{reading}");
        }
    }
}

/// A story posted two days before `NOW` whose replies are in a layout the reader cannot turn into
/// replies (no header wording it knows), under a "Responses" heading, or with no heading.
fn unreadable_replies(heading: &str) -> String {
    format!(
        r#"<html><body><main><h1>"Waiting for news"</h1>
        <p>Posted by <a>kestrel_user</a> (as a relative), <time datetime="2026-11-21T10:00:00Z">2 days ago</time></p>
        <div><p>We waited six hours and nobody told us anything about Mum.</p></div>
        {heading}
        <div><b>Ward Manager wrote:</b><p>I am sorry for the wait and I will look into it.</p></div>
        </main></body></html>"#
    )
}

const NOW: &str = "2026-11-23T12:00:00Z";

fn rules_after_reading(guide: &mut Guide, html: &str) -> Vec<String> {
    let reading = json(&guide.read_html(html, "https://www.careopinion.org.uk/1"));
    guide.set_story(&js(&reading["story"])).unwrap();
    rules_found(
        &guide
            .check("Dear kestrel_user, thank you for your story.", NOW)
            .unwrap(),
    )
}

#[wasm_bindgen_test]
fn replies_shown_but_unreadable_are_unknown_and_too_early_stays_silent() {
    let mut guide = Guide::new(None).unwrap();
    let html = unreadable_replies("<h2>Responses</h2>");
    let reading = json(&guide.read_html(&html, "https://www.careopinion.org.uk/1"));
    assert_eq!(reading["story"]["responses_unknown"], true, "{reading}");
    assert!(reading["unknown"]
        .as_array()
        .unwrap()
        .contains(&"responses".into()));
    assert!(!rules_after_reading(&mut guide, &html).contains(&"too-early".to_string()));
    // Without the heading nothing says replies are there: the advice stands.
    let plain = unreadable_replies("");
    assert!(rules_after_reading(&mut guide, &plain).contains(&"too-early".to_string()));
}

/// A reply whose header names the responder alone, then one wrapper holding the name with the
/// job title and organisation, the date line and the text: the credentials are the wrapper's
/// first block, and the text beside them stays the reply's.
const CREDENTIALS_IN_A_WRAPPER: &str = r#"<html><body><main>
  <h1>"Seen quickly"</h1>
  <p>Posted by <a>riverside_sam</a> (as the patient), <time datetime="2026-11-02T10:00:00Z">3 weeks ago</time></p>
  <div><p>The crisis team saw me the same day.</p></div>
  <h2>Responses</h2>
  <div>
    <h3>Response from Dr Leila Haddad</h3>
    <div>
      <div>Dr Leila Haddad<br>Consultant Psychiatrist,<br>Northfield Mental Health NHS Trust</div>
      <p>Submitted on 05/11/2026 at 14:20</p>
      <div><p>Dear riverside_sam,</p><p>Thank you for telling us how the crisis team helped.</p></div>
    </div>
  </div>
</main></body></html>"#;

#[wasm_bindgen_test]
fn credentials_in_the_first_block_of_a_wrapper_are_read_without_the_text() {
    let reading = json(&Guide::new(None).unwrap().read_html(
        CREDENTIALS_IN_A_WRAPPER,
        "https://www.careopinion.org.uk/1400001",
    ));
    let response = &reading["story"]["responses"][0];
    assert_eq!(response["responder"], "Dr Leila Haddad", "{reading}");
    assert_eq!(response["role"], "Consultant Psychiatrist", "{reading}");
    assert_eq!(
        response["organisation"], "Northfield Mental Health NHS Trust",
        "{reading}"
    );
    assert_eq!(response["posted"], "2026-11-05T14:20:00Z", "{reading}");
    assert_eq!(
        response["text"],
        "Dear riverside_sam,\n\nThank you for telling us how the crisis team helped.",
        "{reading}"
    );
}
