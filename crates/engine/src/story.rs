//! The story context: what the extension reads off a story page (INTERFACES.md, "Story context").

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

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
    #[serde(default)]
    pub posted: Option<DateTime<Utc>>,
    /// The services the story is about, `Site / Service`.
    #[serde(default)]
    pub services: Vec<String>,
    /// Responses already on the page, in page order.
    #[serde(default)]
    pub responses: Vec<StoryResponse>,
}

impl StoryContext {
    /// Parses story JSON, naming the field at fault on error (e.g. `responses[0].posted: …`).
    pub fn from_json(json: &str) -> Result<Self, crate::InputError> {
        crate::input::parse_json(json)
    }

    /// True when at least one provider has responded.
    pub fn has_provider_response(&self) -> bool {
        self.responses
            .iter()
            .any(|r| r.kind == ResponseKind::Provider)
    }
}
