//! The story context: what the extension reads off a story page (INTERFACES.md, "Story context").

use chrono::{DateTime, Utc};
use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::input::{read_json_struct, read_variant, JsonPath, ReadJson};
use crate::InputError;

/// Who posted a response on the story page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResponseKind {
    /// The organisation that runs the service the story is about.
    Provider,
    /// Healthwatch, a charity, an MP's office, a consumer council…
    ThirdSector,
    /// The story author's own follow-up.
    AuthorUpdate,
    /// Could not be told from the page.
    #[default]
    Unknown,
}

impl ResponseKind {
    /// Every kind with its snake_case JSON name, in declaration order (`as_str` indexes it).
    const NAMES: [(&'static str, ResponseKind); 4] = [
        ("provider", ResponseKind::Provider),
        ("third_sector", ResponseKind::ThirdSector),
        ("author_update", ResponseKind::AuthorUpdate),
        ("unknown", ResponseKind::Unknown),
    ];

    /// The name used in JSON: `third_sector`.
    pub fn as_str(self) -> &'static str {
        Self::NAMES[self as usize].0
    }
}

/// Written as its name: one string call instead of serde's derived call per variant.
impl Serialize for ResponseKind {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl ReadJson for ResponseKind {
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
        read_variant(value, at, &Self::NAMES)
    }
}

/// A response already posted under the story.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(default)]
pub struct StoryResponse {
    /// The responder's name (for an author update, the author's username).
    pub responder: Option<String>,
    /// The responder's job title.
    pub role: Option<String>,
    /// The responder's organisation.
    pub organisation: Option<String>,
    /// When it was posted, when the page said.
    #[serde(serialize_with = "crate::rfc3339::serialize_optional")]
    pub posted: Option<DateTime<Utc>>,
    /// Provider, third sector, author update or unknown.
    pub kind: ResponseKind,
    /// The response text.
    pub text: String,
}

read_json_struct! {
    StoryResponse, unknown_fields: Ignore,
    "responder" => responder = None,
    "role" => role = None,
    "organisation" => organisation = None,
    "posted" => posted = None,
    "kind" => kind = ResponseKind::Unknown,
    "text" => text = String::new(),
}

/// Everything known about the story a draft replies to. Every field but `body` may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct StoryContext {
    /// The story's address.
    #[serde(default)]
    pub url: Option<String>,
    /// The story title.
    #[serde(default)]
    pub title: Option<String>,
    /// The story text.
    pub body: String,
    /// The author's username.
    #[serde(default)]
    pub author: Option<String>,
    /// The author's role: `patient`, `relative`, `friend`, `parent/guardian`…
    #[serde(default)]
    pub author_role: Option<String>,
    /// When the story was posted; `None` when the page gave no readable date.
    #[serde(default, serialize_with = "crate::rfc3339::serialize_optional")]
    pub posted: Option<DateTime<Utc>>,
    /// The services the story is about, `Site / Service`.
    #[serde(default)]
    pub services: Vec<String>,
    /// Responses already on the page, in page order.
    #[serde(default)]
    pub responses: Vec<StoryResponse>,
    /// The page shows signs of responses (a "Responses" heading, "Response from" text) that
    /// could not be read, so `responses` may be incomplete: rules that depend on what has
    /// already been said stay silent rather than advise on a guess.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub responses_unknown: bool,
}

read_json_struct! {
    StoryContext, unknown_fields: Ignore,
    "url" => url = None,
    "title" => title = None,
    "body" => body,
    "author" => author = None,
    "author_role" => author_role = None,
    "posted" => posted = None,
    "services" => services = Vec::new(),
    "responses" => responses = Vec::new(),
    "responses_unknown" => responses_unknown = false,
}

impl StoryContext {
    /// Parses story JSON, naming the field at fault on error (e.g. `responses[0].posted: …`).
    pub fn from_json(json: &str) -> Result<Self, InputError> {
        Self::from_json_value(crate::input::parse_value(json)?)
    }

    /// Reads a story already parsed as JSON. Errors as for `from_json`.
    pub fn from_json_value(value: serde_json::Value) -> Result<Self, InputError> {
        crate::input::read_value(value)
    }

    /// True when at least one provider has responded.
    pub fn has_provider_response(&self) -> bool {
        self.responses
            .iter()
            .any(|r| r.kind == ResponseKind::Provider)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_are_written_as_their_snake_case_names() {
        let written: Vec<String> = ResponseKind::NAMES
            .iter()
            .map(|(_, kind)| serde_json::to_string(kind).unwrap())
            .collect();
        assert_eq!(
            written,
            [
                "\"provider\"",
                "\"third_sector\"",
                "\"author_update\"",
                "\"unknown\""
            ]
        );
    }

    #[test]
    fn written_story_reads_back_the_same() {
        // Written by serde's derive, read by `read_json_struct!`: every name must agree.
        let response = |kind| StoryResponse {
            responder: Some("Sam".into()),
            role: Some("Officer".into()),
            organisation: Some("Healthwatch".into()),
            posted: "2026-11-20T15:42:18.5Z".parse().ok(),
            kind,
            text: "Thank you.".into(),
        };
        let story = StoryContext {
            url: Some("https://www.careopinion.org.uk/1".into()),
            title: Some("Noisy ward".into()),
            body: "The ward was noisy.".into(),
            author: Some("anon".into()),
            author_role: Some("patient".into()),
            posted: "2026-11-01T09:00:00+01:00".parse().ok(),
            services: vec!["Site / Service".into()],
            responses: [
                ResponseKind::Provider,
                ResponseKind::ThirdSector,
                ResponseKind::AuthorUpdate,
                ResponseKind::Unknown,
            ]
            .map(response)
            .to_vec(),
            responses_unknown: true,
        };
        let json = serde_json::to_string(&story).unwrap();
        assert_eq!(StoryContext::from_json(&json), Ok(story));
    }

    #[test]
    fn unknown_fields_are_ignored_and_missing_ones_defaulted() {
        let story =
            StoryContext::from_json(r#"{"body": "b", "rating": 5, "responses": [{"x": 1}]}"#)
                .unwrap();
        assert_eq!(story.responses, vec![StoryResponse::default()]);
        assert_eq!(story.title, None);
    }
}
