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
use super::dom::{all_matches, first_line, matches_any, non_empty, Scope};
use super::text::{first_paragraphs, paragraphs};
use super::Unknowns;

/// Reads every response container on the page. Local dates are read in `zone`.
pub fn read(
    doc: &Document,
    profile: &PageProfile,
    story: &StoryContext,
    zone: Zone,
    unknown: &mut Unknowns,
) -> Vec<StoryResponse> {
    let mut responses = Vec::new();
    for (index, container) in all_matches(doc, &profile.responses).iter().enumerate() {
        let reader = ResponseReader { container, profile };
        responses.push(reader.read(index, story, zone, unknown));
    }
    responses
}

struct ResponseReader<'a> {
    container: &'a Element,
    profile: &'a PageProfile,
}

impl ResponseReader<'_> {
    /// Reads the response, noting what it lacks as fields of response `index`.
    fn read(
        &self,
        index: usize,
        story: &StoryContext,
        zone: Zone,
        unknown: &mut Unknowns,
    ) -> StoryResponse {
        let patterns = &self.profile.patterns;
        let header = first_line(self.container, &self.profile.response_header).unwrap_or_default();
        let is_author_update = matches_any(self.container, &self.profile.author_updates)
            || after_marker(&header, &patterns.update_posted_by).is_some();
        let signature = if is_author_update {
            Signature {
                name: parse_username_after(&header, &patterns.update_posted_by)
                    .or_else(|| story.author.clone()),
                ..Signature::default()
            }
        } else {
            self.signature(&header)
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
        let text = first_paragraphs(
            self.container,
            &self.profile.response_body,
            &self.profile.text_exclusions,
        )
        .map(|text| without_submitted_lines(&text, &patterns.submitted_on))
        .and_then(non_empty);
        let posted = self.posted(zone);
        unknown.note(
            Some(index),
            &[
                ("role", is_author_update || signature.role.is_some()),
                (
                    "organisation",
                    is_author_update || signature.organisation.is_some(),
                ),
                ("kind", kind != ResponseKind::Unknown),
                ("responder", signature.name.is_some()),
                ("posted", posted.is_some()),
                ("text", text.is_some()),
            ],
        );
        StoryResponse {
            responder: signature.name,
            role: signature.role,
            organisation: signature.organisation,
            posted,
            kind,
            text: text.unwrap_or_default(),
        }
    }

    /// Name, role and organisation: each from its own line where the page has one, else from the
    /// signature block (job lines, then the organisation), else from the header.
    fn signature(&self, header: &str) -> Signature {
        let profile = self.profile;
        let from_header =
            parse_response_header(header, &profile.patterns.response_from).unwrap_or_default();
        let block = first_paragraphs(
            self.container,
            &profile.response_signature,
            &profile.text_exclusions,
        )
        .map(|text| parse_signature_lines(&text))
        .unwrap_or_default();
        let own_line = |selectors: &[String]| {
            first_line(self.container, selectors)
                .map(|line| strip_trailing_comma(&line).to_string())
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
