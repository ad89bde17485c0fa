//! The responses and author updates already under the story, in page order.

use web_sys::{Document, Element};

use replyguide_engine::page::dates::without_submitted_lines;
use replyguide_engine::page::headers::{
    parse_response_header, parse_signature_lines, parse_username_after, strip_trailing_comma,
    Signature,
};
use replyguide_engine::page::kind::{classify_response, ResponseFacts};
use replyguide_engine::page::words::after_marker;
use replyguide_engine::page::zones::Zone;
use replyguide_engine::page::PageProfile;
use replyguide_engine::{ResponseKind, StoryContext, StoryResponse};

use super::dates::{submitted, submitted_in};
use super::dom::{all_matches, first_match, line_text, matches_any, non_empty, Scope};
use super::text::paragraphs;
use super::Unknowns;

/// Reads every response container on the page. Local dates are read in `zone`.
pub fn read(
    doc: &Document,
    profile: &PageProfile,
    story: &StoryContext,
    zone: Zone,
    unknown: &mut Unknowns,
) -> Vec<StoryResponse> {
    all_matches(doc, &profile.responses)
        .iter()
        .enumerate()
        .map(|(i, container)| {
            let reader = ResponseReader {
                container,
                profile,
                field: |name: &str| format!("responses[{i}].{name}"),
            };
            reader.read(story, zone, unknown)
        })
        .collect()
}

struct ResponseReader<'a, F> {
    container: &'a Element,
    profile: &'a PageProfile,
    field: F,
}

impl<F: Fn(&str) -> String> ResponseReader<'_, F> {
    fn read(&self, story: &StoryContext, zone: Zone, unknown: &mut Unknowns) -> StoryResponse {
        let patterns = &self.profile.patterns;
        let header = first_match(self.container, &self.profile.response_header)
            .map(|e| line_text(&e))
            .unwrap_or_default();
        let is_author_update = matches_any(self.container, &self.profile.author_updates)
            || after_marker(&header, &patterns.update_posted_by).is_some();
        let signature = if is_author_update {
            Signature {
                name: parse_username_after(&header, &patterns.update_posted_by)
                    .or_else(|| story.author.clone()),
                ..Signature::default()
            }
        } else {
            let signature = self.signature(&header);
            unknown.note(&(self.field)("role"), signature.role.as_ref());
            unknown.note(
                &(self.field)("organisation"),
                signature.organisation.as_ref(),
            );
            signature
        };
        let kind = classify_response(
            ResponseFacts {
                is_author_update,
                role: signature.role.as_deref(),
                organisation: signature.organisation.as_deref(),
            },
            &story.services,
            &self.profile.third_sector_markers,
        );
        if kind == ResponseKind::Unknown {
            unknown.missing(&(self.field)("kind"));
        }
        let text = first_match(self.container, &self.profile.response_body)
            .map(|e| paragraphs(&e, &self.profile.text_exclusions))
            .map(|text| without_submitted_lines(&text, &patterns.submitted_on))
            .and_then(non_empty);
        StoryResponse {
            responder: unknown.note(&(self.field)("responder"), signature.name),
            role: signature.role,
            organisation: signature.organisation,
            posted: unknown.note(&(self.field)("posted"), self.posted(zone)),
            kind,
            text: unknown
                .note(&(self.field)("text"), text)
                .unwrap_or_default(),
        }
    }

    /// Name, role and organisation: each from its own line where the page has one, else from the
    /// signature block (job lines, then the organisation), else from the header.
    fn signature(&self, header: &str) -> Signature {
        let profile = self.profile;
        let from_header =
            parse_response_header(header, &profile.patterns.response_from).unwrap_or_default();
        let block = first_match(self.container, &profile.response_signature)
            .map(|e| parse_signature_lines(&paragraphs(&e, &profile.text_exclusions)))
            .unwrap_or_default();
        let own_line = |selectors: &[String]| {
            first_match(self.container, selectors)
                .map(|e| strip_trailing_comma(&line_text(&e)).to_string())
                .and_then(non_empty)
        };
        Signature {
            name: own_line(&profile.response_name).or(from_header.name),
            role: own_line(&profile.response_role)
                .or(block.role)
                .or(from_header.role),
            organisation: own_line(&profile.response_organisation)
                .or(block.organisation)
                .or(from_header.organisation),
        }
    }

    /// The `Submitted on …` date: the first date-holding selector whose elements give one, else
    /// the first `Submitted on` followed by a date in the response's own visible text (the site's
    /// class names are only partly known and change).
    fn posted(&self, zone: Zone) -> Option<chrono::DateTime<chrono::Utc>> {
        let marker = &self.profile.patterns.submitted_on;
        self.profile
            .response_date
            .iter()
            .find_map(|selector| submitted(&self.container.all(selector), marker, zone))
            .or_else(|| {
                let own_text = paragraphs(self.container, &self.profile.text_exclusions);
                submitted_in(&own_text, marker, zone)
            })
    }
}
