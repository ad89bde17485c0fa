//! The story context: what the extension reads off a story page (INTERFACES.md, "Story context").

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::InputError;

/// Who posted a response on the story page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// A response already posted under the story.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct StoryResponse {
    /// The responder's name (for an author update, the author's username).
    pub responder: Option<String>,
    /// The responder's job title.
    pub role: Option<String>,
    /// The responder's organisation.
    pub organisation: Option<String>,
    /// When it was posted, when the page said.
    #[serde(
        serialize_with = "crate::rfc3339::serialize_optional",
        deserialize_with = "crate::rfc3339::deserialize_optional"
    )]
    pub posted: Option<DateTime<Utc>>,
    /// Provider, third sector, author update or unknown.
    pub kind: ResponseKind,
    /// The response text.
    pub text: String,
}

/// Everything known about the story a draft replies to. Every field but `body` may be missing.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
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
    #[serde(
        default,
        serialize_with = "crate::rfc3339::serialize_optional",
        deserialize_with = "crate::rfc3339::deserialize_optional"
    )]
    pub posted: Option<DateTime<Utc>>,
    /// The services the story is about, `Site / Service`.
    #[serde(default)]
    pub services: Vec<String>,
    /// Responses already on the page, in page order.
    #[serde(default, deserialize_with = "crate::input::objects")]
    pub responses: Vec<StoryResponse>,
    /// The page shows signs of responses (a "Responses" heading, "Response from" text) that
    /// could not be read, so `responses` may be incomplete: rules that depend on what has
    /// already been said stay silent rather than advise on a guess.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub responses_unknown: bool,
}

impl StoryContext {
    /// Parses story JSON, naming the field at fault on error (e.g. `responses[0].posted: …`).
    ///
    /// `#[inline]`: compiled in the crate that calls it, as [`Config::from_json`](crate::Config::from_json)
    /// is: a story is read once a page, not at every check.
    #[inline]
    pub fn from_json(json: &str) -> Result<Self, InputError> {
        crate::input::from_json(json)
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
        use ResponseKind::*;
        let written: Vec<String> = [Provider, ThirdSector, AuthorUpdate, Unknown]
            .iter()
            .map(|kind| serde_json::to_string(kind).unwrap())
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
        // Dates are written and read by functions of their own: both must agree.
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
