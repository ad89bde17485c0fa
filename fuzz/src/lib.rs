//! Shared fixtures and invariant checks for the Reply Guide fuzz targets.
//!
//! Every target feeds outside input to one engine entry point and then calls the checks here,
//! so "what a correct answer looks like" is written once: spans inside the text and on character
//! boundaries, UTF-16 offsets equal to what JavaScript would compute, and so on. A violated
//! invariant panics, which libFuzzer reports as a crash like any other.

use arbitrary::{Arbitrary, Unstructured};
use chrono::{DateTime, Duration, Utc};
use replyguide_engine::{
    Config, Engine, Finding, HistoryEntry, Report, ResponseKind, Span, StoryContext, StoryResponse,
};

/// The fixed "now" of every target that does not fuzz the clock: 2026-11-23 12:00 UTC.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_435_200, 0).expect("a valid timestamp")
}

/// A story with no responses, posted three days before [`now`].
pub fn plain_story() -> StoryContext {
    StoryContext {
        url: Some("https://www.careopinion.org.uk/1349826".into()),
        title: Some("Physio appointment cancelled twice with no explanation".into()),
        body: "My GP referred me for physiotherapy on my knee. The appointment was cancelled \
               by text the afternoon before, twice, and nobody could tell me why. I would much \
               rather be told the truth about how long the wait is."
            .into(),
        author: Some("hedgerow_walker".into()),
        author_role: Some("patient".into()),
        posted: Some(now() - Duration::days(3)),
        services: vec!["Eastbrook Community Hospital / Musculoskeletal Physiotherapy".into()],
        responses: Vec::new(),
        responses_unknown: false,
    }
}

/// A story posted six weeks before [`now`] that already has a provider response, a third-sector
/// response and an author update: the rules that read earlier responses all have work to do.
pub fn answered_story() -> StoryContext {
    let response =
        |kind, responder: &str, organisation: &str, days: i64, text: &str| StoryResponse {
            responder: Some(responder.into()),
            role: Some("Patient Experience Lead".into()),
            organisation: Some(organisation.into()),
            posted: Some(now() - Duration::days(days)),
            kind,
            text: text.into(),
        };
    StoryContext {
        responses: vec![
            response(
                ResponseKind::Provider,
                "Jo Smith",
                "Eastbrook Community Hospital",
                30,
                "Dear hedgerow_walker, I am so sorry your appointment was cancelled twice. \
                 Please call me on 01632 960 001 so we can find you a date.",
            ),
            response(
                ResponseKind::ThirdSector,
                "Sam Okoro",
                "Healthwatch Exampleshire",
                20,
                "Thank you for sharing your story. Our complaints advocacy service can \
                 support you: https://www.healthwatchexampleshire.org.uk/advocacy",
            ),
            response(
                ResponseKind::AuthorUpdate,
                "hedgerow_walker",
                "",
                10,
                "Update: I have now been seen and the physio was brilliant.",
            ),
        ],
        posted: Some(now() - Duration::days(42)),
        ..plain_story()
    }
}

/// Earlier replies, one of which a fuzzed draft can easily come close to.
pub fn history() -> Vec<HistoryEntry> {
    let entry = |days: i64, url: &str, text: &str| HistoryEntry {
        text: text.into(),
        story_url: Some(url.into()),
        posted: Some(now() - Duration::days(days)),
    };
    vec![
        entry(
            50,
            "https://www.careopinion.org.uk/1340012",
            "Dear ward5visitor, thank you for taking the time to share your experience. We're \
             sorry to hear that the noise on the ward made it hard for your dad to rest. If you \
             would like help to raise this with the hospital, our complaints advocacy service \
             can support you. Best wishes, Sam",
        ),
        entry(
            35,
            "https://www.careopinion.org.uk/1342278",
            "Hello mapleleaf22, thank you for telling us about the help the community nurses \
             gave your mum after her fall. We have shared your story with the district nursing \
             team. Kind regards, Sam",
        ),
        HistoryEntry {
            text: "Thank you for sharing your story. You are absolutely right.".into(),
            story_url: None,
            posted: None,
        },
    ]
}

/// An engine with the default config and [`history`] loaded.
pub fn engine_with_history(config: Config) -> Engine {
    let mut engine = Engine::new(config);
    for entry in history() {
        engine.add_history(entry);
    }
    engine
}

/// Checks `engine`'s findings on `draft` (see [`assert_findings`]) and returns them.
pub fn check(
    engine: &Engine,
    draft: &str,
    story: &StoryContext,
    at: DateTime<Utc>,
) -> Vec<Finding> {
    let findings = engine.check(draft, story, at);
    assert_findings(draft, &findings);
    findings
}

/// What every list of findings on `draft` must satisfy: spans inside the draft and on character
/// boundaries, the text needed to show a finding present, similarities between 0 and 1, draft
/// order (whole-draft findings first), and a [`Report`] whose UTF-16 offsets match JavaScript's.
pub fn assert_findings(draft: &str, findings: &[Finding]) {
    if draft.trim().is_empty() {
        assert!(
            findings.is_empty(),
            "a blank draft has findings: {findings:?}"
        );
    }
    for f in findings {
        assert!(!f.rule.is_empty(), "finding without a rule id: {f:?}");
        assert!(
            !f.message.trim().is_empty(),
            "finding without a message: {f:?}"
        );
        if let Some(span) = f.span {
            assert_span(draft, span, &f.rule);
        }
        if let Some(related) = &f.related {
            assert!(
                (0.0..=1.0).contains(&related.similarity),
                "{}: similarity {} outside 0..=1",
                f.rule,
                related.similarity
            );
        }
    }
    let key = |f: &Finding| f.span.map(|s| (1, s.start, s.end)).unwrap_or((0, 0, 0));
    assert!(
        findings.windows(2).all(|w| key(&w[0]) <= key(&w[1])),
        "findings out of draft order"
    );
    assert_report(draft, findings);
}

/// A span is non-empty-safe to slice: `start <= end <= text.len()`, both on char boundaries.
pub fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} splits a character in {text:?}"
    );
}

/// The UTF-16 offset JavaScript gives byte offset `byte` of `text` (a char boundary).
pub fn js_offset(text: &str, byte: usize) -> usize {
    text[..byte].encode_utf16().count()
}

/// `Report::new` keeps every finding, in order, with offsets equal to [`js_offset`] for spans on
/// character boundaries, and in order (`start <= end <= UTF-16 length`) for any span at all.
pub fn assert_report(draft: &str, findings: &[Finding]) {
    let report = Report::new(draft, findings);
    assert_eq!(
        report.findings.len(),
        findings.len(),
        "Report::new dropped findings"
    );
    let utf16_len = draft.encode_utf16().count();
    for (f, r) in findings.iter().zip(&report.findings) {
        assert_eq!(f.rule, r.rule);
        match f.span {
            None => assert_eq!((r.start, r.end), (None, None)),
            Some(span) => {
                let (start, end) = (r.start.expect("start"), r.end.expect("end"));
                assert!(
                    start <= end && end <= utf16_len,
                    "{span:?} -> {start}..{end}"
                );
                if span.end <= draft.len()
                    && draft.is_char_boundary(span.start)
                    && draft.is_char_boundary(span.end)
                {
                    assert_eq!(
                        (start, end),
                        (js_offset(draft, span.start), js_offset(draft, span.end)),
                        "UTF-16 offsets of {span:?} in {draft:?}"
                    );
                }
            }
        }
    }
}

/// Fuzz bytes as text: invalid UTF-8 becomes U+FFFD, so every input reaches the engine.
pub fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// A story built from fuzz input (for targets that fuzz the story as structure, not JSON).
#[derive(Debug, Arbitrary)]
pub struct FuzzStory {
    /// The story text.
    pub body: String,
    /// The author's username.
    pub author: Option<String>,
    /// The author's role.
    pub author_role: Option<String>,
    /// How long before "now" the story was posted, in minutes (negative: in the future).
    pub age_minutes: Option<i32>,
    /// Services, `Site / Service`.
    pub services: Vec<String>,
    /// Responses already on the page.
    pub responses: Vec<FuzzResponse>,
    /// Whether the page showed replies it could not read.
    pub responses_unknown: bool,
}

/// A response under a [`FuzzStory`].
#[derive(Debug, Arbitrary)]
pub struct FuzzResponse {
    /// Provider, third sector, author update or unknown.
    pub kind: FuzzKind,
    /// The responder's name.
    pub responder: Option<String>,
    /// The responder's organisation.
    pub organisation: Option<String>,
    /// How long before "now" it was posted, in minutes.
    pub age_minutes: Option<i32>,
    /// The response text.
    pub text: String,
}

/// [`ResponseKind`], which does not implement `Arbitrary` itself.
#[derive(Debug, Clone, Copy, Arbitrary)]
pub enum FuzzKind {
    Provider,
    ThirdSector,
    AuthorUpdate,
    Unknown,
}

impl From<FuzzKind> for ResponseKind {
    fn from(kind: FuzzKind) -> Self {
        match kind {
            FuzzKind::Provider => ResponseKind::Provider,
            FuzzKind::ThirdSector => ResponseKind::ThirdSector,
            FuzzKind::AuthorUpdate => ResponseKind::AuthorUpdate,
            FuzzKind::Unknown => ResponseKind::Unknown,
        }
    }
}

/// `at` minus `minutes` (chrono's full range makes this always representable for an `i32`).
pub fn minutes_before(at: DateTime<Utc>, minutes: i32) -> DateTime<Utc> {
    at - Duration::minutes(i64::from(minutes))
}

impl FuzzStory {
    /// The story as the engine sees it, with ages counted back from `at`.
    pub fn to_story(&self, at: DateTime<Utc>) -> StoryContext {
        StoryContext {
            url: Some("https://www.careopinion.org.uk/1".into()),
            title: None,
            body: self.body.clone(),
            author: self.author.clone(),
            author_role: self.author_role.clone(),
            posted: self.age_minutes.map(|m| minutes_before(at, m)),
            services: self.services.clone(),
            responses: self
                .responses
                .iter()
                .map(|r| StoryResponse {
                    responder: r.responder.clone(),
                    role: None,
                    organisation: r.organisation.clone(),
                    posted: r.age_minutes.map(|m| minutes_before(at, m)),
                    kind: r.kind.into(),
                    text: r.text.clone(),
                })
                .collect(),
            responses_unknown: self.responses_unknown,
        }
    }
}

/// Drafts that exercise most rules, for targets whose fuzzed input is not the draft.
pub const PROBE_DRAFTS: &[&str] = &[
    "Dear hedgerow_walker,\n\nThank you for sharing your story. You are absolutely right, the \
     physio department is clearly badly run and they should be ashamed.\n\nPersonally I think \
     you should just keep ringing them every day. Call us on 01632 960 123 or email \
     help@example.org, see https://example.org/advocacy.\n\nBest wishes,\nSam",
    "Hello, thank you for taking the time to share your experience. We're sorry to hear that \
     the noise on the ward made it hard for your dad to rest. Best wishes, Sam",
    "😀 Café naïve — “quoted” 👩‍⚕️ don’t worry!",
];

/// Reads one value of `T` from the whole input, or `None` when the input is too short.
pub fn structured<'a, T: Arbitrary<'a>>(data: &'a [u8]) -> Option<T> {
    T::arbitrary_take_rest(Unstructured::new(data)).ok()
}
