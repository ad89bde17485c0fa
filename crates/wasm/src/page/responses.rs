//! The responses and author updates already under the story, in page order: the containers the
//! profile's class names find when they find every header the page shows, else each header's
//! part of the page found by its wording and the page's structure ([`response_parts`]).

use chrono::{DateTime, Utc};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use replyguide_engine::page::{PageProfile, Wording};
use replyguide_engine::{ResponseKind, StoryContext, StoryResponse};
use replyguide_page::dates::{parse_clock_time, strip_relative_age, without_submitted_lines};
use replyguide_page::headers::{
    parse_response_header, parse_signature_lines, parse_username_after, signature_after_name,
    strip_trailing_comma, Signature,
};
use replyguide_page::kind::{
    classify_response, names_an_organisation, settle_by_organisation, ResponseFacts,
};
use replyguide_page::words::{find_ignore_case, starts_with_ignore_case};
use replyguide_page::zones::Zone;

use super::dates::{first_date_time_in, story_posted, submitted, submitted_in};
use super::dom::{all_matches, first_line, first_match, line_text, may_match, non_empty, Scope};
use super::landmarks::{
    has_own_text, is_label, name_before_marker, next_after, starts_with_any, Header, Landmarks,
};
use super::story::without_text_label;
use super::structure::{has_block_child, main_text, response_parts, TextScope};
use super::text::{first_paragraphs, is_block, paragraphs, paragraphs_leaving_out};
use super::walk::matches_any;
use super::Unknowns;

/// A responder's name line is followed by at most this many lines of job title and organisation.
const MAX_CREDENTIAL_LINES: usize = 4;

/// The longest line a credentials block under a header holds (a job title, an organisation).
const MAX_CREDENTIAL_LINE_CHARS: usize = 90;

/// What the response reader needs from the page reader.
pub struct Page<'a> {
    pub doc: &'a Document,
    pub profile: &'a PageProfile,
    pub markers: &'a Wording,
    pub landmarks: &'a Landmarks,
    /// The story's own lines (byline, title): no response reaches into them.
    pub story_lines: &'a [&'a Element],
    /// The zone local dates are read in.
    pub zone: Zone,
    /// The names of the page's links to a service's page (a breadcrumb's `Trust › Unit`): an
    /// organisation so named is a service's.
    pub service_links: &'a [String],
}

/// Reads every response on the page; a response whose kind its own words do not tell takes the
/// kind of the page's other responses from its organisation ([`settle_by_organisation`]).
pub fn read(page: &Page, story: &StoryContext, unknown: &mut Unknowns) -> Vec<StoryResponse> {
    let mut responses = read_each(page, story, unknown);
    for index in settle_by_organisation(&mut responses) {
        unknown.forget(Some(index), "kind");
    }
    responses
}

fn read_each(page: &Page, story: &StoryContext, unknown: &mut Unknowns) -> Vec<StoryResponse> {
    let containers = all_matches(page.doc, &page.profile.responses);
    let headers = &page.landmarks.headers;
    let mut responses = Vec::new();
    if !containers.is_empty() && containers.len() >= headers.len() {
        for (index, container) in containers.iter().enumerate() {
            let header = first_match(container, &page.profile.response_header);
            let reader = ResponseReader {
                page,
                container: container.clone(),
                header_text: header
                    .as_ref()
                    .map(super::dom::line_text)
                    .unwrap_or_default(),
                header,
                header_in_page: None,
                is_update: None,
            };
            responses.push(reader.read(index, story, unknown));
        }
        return responses;
    }
    for (index, (part, header)) in response_parts(headers, page.story_lines)
        .into_iter()
        .zip(headers)
        .enumerate()
    {
        let reader = ResponseReader::for_part(page, part, header);
        responses.push(reader.read(index, story, unknown));
    }
    responses
}

struct ResponseReader<'a> {
    page: &'a Page<'a>,
    /// The element holding the whole response.
    container: Element,
    /// The header element inside `container`, if known.
    header: Option<Element>,
    header_text: String,
    /// The header where it stands in the page (a date line may stand just before it).
    header_in_page: Option<Element>,
    /// Known from the header's wording; else told by the profile's class names.
    is_update: Option<bool>,
}

impl<'a> ResponseReader<'a> {
    /// A reader of one header's part: its one element, or a detached copy of the header and the
    /// elements after it gathered under one element (the page itself is never changed).
    fn for_part(page: &'a Page<'a>, part: Vec<Element>, header: &Header) -> Self {
        let (container, header_element) = match part.as_slice() {
            [one] => (one.clone(), header.line.element.clone()),
            _ => gathered(page.doc, &part, &header.line.element)
                .unwrap_or_else(|| (header.line.element.clone(), header.line.element.clone())),
        };
        Self {
            page,
            container,
            header: Some(header_element),
            header_text: header.line.text.clone(),
            header_in_page: Some(header.line.element.clone()),
            is_update: Some(header.is_update),
        }
    }

    /// Reads the response, noting what it lacks as fields of response `index`.
    fn read(&self, index: usize, story: &StoryContext, unknown: &mut Unknowns) -> StoryResponse {
        let (profile, markers) = (self.page.profile, self.page.markers);
        let header = self.header_text.as_str();
        let is_author_update = self.is_update.unwrap_or_else(|| {
            matches_any(&self.container, &profile.author_updates)
                || starts_with_any(header, &markers.update_posted_by)
        });
        // `Update from Jo Nguyen` under a story by `brunswick_bec`: a staff member's update to
        // their reply, a response.
        let is_staff_update = is_author_update && names_someone_else(header, markers, story);
        let is_author_update = is_author_update && !is_staff_update;
        let body = self.body();
        let signature = if is_author_update {
            (
                Signature {
                    name: markers
                        .update_posted_by
                        .iter()
                        .find_map(|m| parse_username_after(header, m))
                        .or_else(|| {
                            name_before_marker(header, &markers.author_replied).map(str::to_string)
                        })
                        .or_else(|| story.author.clone()),
                    ..Signature::default()
                },
                None,
            )
        } else {
            let header_markers = if is_staff_update {
                &markers.update_posted_by
            } else {
                &markers.response_from
            };
            self.signature(header, header_markers, body.is_some())
        };
        let (signature, credentials) = signature;
        // `Response from kestrel_user` alone, the story's author named: the author's update.
        let is_author_update = is_author_update
            || (signature.role.is_none()
                && signature.organisation.is_none()
                && signature
                    .name
                    .as_deref()
                    .zip(story.author.as_deref())
                    .is_some_and(|(name, author)| name.eq_ignore_ascii_case(author)));
        let (text, text_blocks) = self.text(body, credentials.as_ref());
        // A header giving only the name: the credentials may stand under it in the closing lines.
        let signature = match (&signature, &text) {
            (
                Signature {
                    name: Some(name),
                    role: None,
                    organisation: None,
                },
                Some(text),
            ) if !is_author_update => {
                // In the closing lines of the text, else in a block of their own after it,
                // starting with the name (`<footer>Name<br>Role<br>Organisation</footer>`).
                let closing = signature_after_name(text, name);
                let after_text = || {
                    let next = text_blocks.last().and_then(next_after)?;
                    self.credentials_in(next, name, false).map(|(s, _)| s)
                };
                let credentials = if closing.role.is_none() && closing.organisation.is_none() {
                    after_text()
                        .or_else(|| self.credentials_elsewhere(Some(name), &text_blocks))
                        .unwrap_or(closing)
                } else {
                    closing
                };
                Signature {
                    name: Some(name.clone()),
                    ..credentials
                }
            }
            // A header naming no one (`Response · 4 April 2019`): the writer signs in a block of
            // their own (`<footer>Name<br>Role<br>Organisation</footer>`).
            (
                Signature {
                    name: None,
                    role: None,
                    organisation: None,
                },
                Some(_),
            ) if !is_author_update => self
                .credentials_elsewhere(None, &text_blocks)
                .unwrap_or(signature),
            _ => signature,
        };
        let mut services = story.services.clone();
        services.extend(
            signature
                .organisation
                .iter()
                .filter(|organisation| {
                    self.page
                        .service_links
                        .iter()
                        .any(|link| link.eq_ignore_ascii_case(organisation))
                })
                .cloned(),
        );
        let kind = classify_response(
            ResponseFacts {
                is_author_update,
                role: signature.role.as_deref(),
                organisation: signature.organisation.as_deref(),
                text: text.as_deref().unwrap_or_default(),
            },
            &services,
            &profile.third_sector_markers,
        );
        let posted = self.posted(&text_blocks);
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

    /// The text of the profile's body element (unless it is a quotation within the text).
    fn body(&self) -> Option<String> {
        let profile = self.page.profile;
        first_match(&self.container, &profile.response_body)
            .filter(|body| !is_quote_in_text(body))
            .and_then(|body| non_empty(paragraphs(&body, &profile.text_exclusions)))
    }

    /// The response text: the profile's `body` text, else the part's main text (leaving out
    /// the header and the `credentials` read under it); date lines taken out. With it, the
    /// elements of the main text (which hold no date line).
    fn text(
        &self,
        body: Option<String>,
        credentials: Option<&Element>,
    ) -> (Option<String>, Vec<Element>) {
        let (profile, markers) = (self.page.profile, self.page.markers);
        let landmarks: Vec<&Element> = self.header.iter().chain(credentials).collect();
        let (text, blocks) = match body {
            Some(text) => (text, Vec::new()),
            None => {
                let scope = TextScope {
                    landmarks: &landmarks,
                    end: None,
                    skipped: &[],
                };
                match main_text(
                    &self.container,
                    &scope,
                    &markers.submitted_on,
                    &profile.text_exclusions,
                ) {
                    Some(main) => (main.text, main.blocks),
                    None => return (None, Vec::new()),
                }
            }
        };
        let text = markers
            .submitted_on
            .iter()
            .fold(text, |text, marker| without_submitted_lines(&text, marker));
        let text = without_text_label(text, &markers.text_labels);
        (non_empty(text), blocks)
    }

    /// Name, role and organisation: each from its own line where the page has one, else from the
    /// signature block (job lines, then the organisation), else from the header (after one of
    /// `header_markers`), else from the lines under a header that gives only the name (returned
    /// too: they are not the text; read only when needed, `has_body` telling whether the text
    /// has an element of its own).
    fn signature(
        &self,
        header: &str,
        header_markers: &[String],
        has_body: bool,
    ) -> (Signature, Option<Element>) {
        let profile = self.page.profile;
        let from_header = header_markers
            .iter()
            .find_map(|m| parse_response_header(header, m))
            .unwrap_or_default();
        let block = first_paragraphs(
            &self.container,
            &profile.response_signature,
            &profile.text_exclusions,
        )
        .map(|text| parse_signature_lines(&text))
        .unwrap_or_default();
        let own_line = |selectors: &[String]| {
            first_line(&self.container, selectors)
                .map(|line| strip_trailing_comma(&line).to_string())
                .and_then(non_empty)
        };
        let name = own_line(&profile.response_name)
            .map(|line| self.name_alone(line, header_markers))
            .or(from_header.name);
        // A header naming no one (`Response from`, the person in a column beside the text).
        if name.is_none() {
            if let Some((signature, element)) = self.credentials_beside_header() {
                return (signature, Some(element));
            }
        }
        // Under a header that names the organisation, only lines starting with the name are
        // taken for credentials (and so left out of the text).
        let is_named_only = block.organisation.is_none() && from_header.organisation.is_none();
        let markers = self.page.markers;
        // The response's labels (`<dt>`, `<th>`), looked for once for both facts, if needed.
        let labels = std::cell::OnceCell::new();
        let labels = || labels.get_or_init(|| self.container.all(FACT_LABELS));
        let role = own_line(&profile.response_role)
            .or_else(|| labelled_fact(labels(), &markers.role))
            .or(block.role)
            .or(from_header.role);
        let organisation = own_line(&profile.response_organisation)
            .or_else(|| labelled_fact(labels(), &markers.organisation))
            .or(block.organisation)
            .or(from_header.organisation);
        // The lines under the header are read when a fact is still missing, or when the text
        // is to be told apart from them (no body element).
        let needs_credentials = role.is_none() || organisation.is_none() || !has_body;
        let (credentials, credentials_element) = name
            .as_deref()
            .filter(|_| needs_credentials)
            .and_then(|name| self.credentials_after_header(name, is_named_only))
            .map_or_else(Default::default, |(s, e)| (s, Some(e)));
        let signature = Signature {
            role: role.or(credentials.role),
            organisation: organisation.or(credentials.organisation),
            name,
        };
        (signature, credentials_element)
    }

    /// The responder's name from its own line, which may hold the header's label or an age too
    /// (`Response from Jo Hart`, `Jo Hart 2 fis yn ôl`).
    fn name_alone(&self, line: String, header_markers: &[String]) -> String {
        header_markers
            .iter()
            .find_map(|m| parse_response_header(&line, m)?.name)
            .unwrap_or_else(|| strip_relative_age(&line).to_string())
    }

    /// Role and organisation from the lines right after a header that gives only the name, when
    /// they start with that name (`Dr Leila Haddad` / `Consultant Psychiatrist,` / `Trust`, as in
    /// an `<address>`), or, when `by_shape`, when they are shaped as a job title then an
    /// organisation. With the
    /// element holding them.
    fn credentials_after_header(&self, name: &str, by_shape: bool) -> Option<(Signature, Element)> {
        let next = self.header.as_ref().and_then(after_header)?;
        self.credentials_in(credentials_within(next, name), name, by_shape)
    }

    /// Name, role and organisation from the first block after a header that names no one, when
    /// its lines are a name then a job title and an organisation (`<aside><b>Name</b><br>Role,<br>
    /// Organisation</aside>` in a column beside the text). With the element holding them.
    fn credentials_beside_header(&self) -> Option<(Signature, Element)> {
        self.named_credentials(self.header.as_ref().and_then(after_header)?)
    }

    /// The credentials in a block of the response's part apart from its header and its text
    /// (`text_blocks`): a column before the header, a signature block after the text. Its lines
    /// start with `name` (a header's), or, naming no one, are shaped as a name, a job title and
    /// an organisation.
    fn credentials_elsewhere(
        &self,
        name: Option<&str>,
        text_blocks: &[Element],
    ) -> Option<Signature> {
        let header = self.header.as_ref();
        let apart = |block: &Element| {
            header.is_none_or(|h| !block.contains(Some(h)) && !h.contains(Some(block)))
                && !text_blocks
                    .iter()
                    .any(|t| t.contains(Some(block)) || block.contains(Some(t)))
        };
        self.container
            .all(CREDENTIAL_BLOCKS)
            .into_iter()
            .filter(apart)
            .find_map(|block| match name {
                Some(name) => self
                    .credentials_in(block, name, false)
                    .map(|(signature, _)| signature),
                None => self
                    .named_credentials(block)
                    .map(|(signature, _)| signature),
            })
    }

    /// Name, role and organisation from `block` (or its first block, a few wrappers deep), when
    /// its first lines are a name then a job title and an organisation.
    fn named_credentials(&self, block: Element) -> Option<(Signature, Element)> {
        let mut at = block;
        for _ in 0..MAX_CREDENTIAL_DEPTH {
            let text = paragraphs(&at, &self.page.profile.text_exclusions);
            let first: Vec<&str> = text
                .split("\n\n")
                .next()
                .unwrap_or_default()
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect();
            if let Some((name, rest)) = first.split_first() {
                let is_name = name.chars().count() <= MAX_CREDENTIAL_LINE_CHARS
                    && !name.contains(',')
                    && !name.ends_with(['.', '!', '?', ':'])
                    && !shows_a_time(name);
                if is_name && is_credentials_block(rest) {
                    let signature = Signature {
                        name: Some(name.to_string()),
                        ..parse_signature_lines(&rest.join("\n"))
                    };
                    return Some((signature, at));
                }
            }
            at = at.first_element_child().filter(is_block)?;
        }
        None
    }

    /// Role and organisation from the lines of `next` (see [`Self::credentials_after_header`]).
    fn credentials_in(
        &self,
        next: Element,
        name: &str,
        by_shape: bool,
    ) -> Option<(Signature, Element)> {
        if !by_shape && !starts_with_ignore_case(&line_text(&next), name) {
            return None;
        }
        let text = paragraphs(&next, &self.page.profile.text_exclusions);
        let mut paragraphs = text.split("\n\n").map(|p| {
            p.lines()
                .map(str::trim)
                .filter(|line| !line.is_empty())
                .collect::<Vec<&str>>()
        });
        let mut lines = paragraphs.next().unwrap_or_default();
        // `<span>Name</span> <span>Role,</span> <span>Organisation</span>` set out a line each
        // by the page's style: each child its own line.
        let children: Option<Vec<String>>;
        if let [line] = lines.as_slice() {
            if !strip_trailing_comma(line).eq_ignore_ascii_case(name) {
                children = child_lines(&next);
                if let Some(each) = &children {
                    lines = each.iter().map(String::as_str).collect();
                }
            }
        }
        // `<div>Role,</div><div>Organisation</div>` after a header naming the person: the line
        // ending in a comma goes on in the next element.
        // `<div>Role</div><div>Organisation</div>`, each a line without a comma, likewise (the
        // last must name an organisation).
        let continued: Vec<String>;
        if let [line] = lines.as_slice() {
            if by_shape && (line.ends_with(',') || !names_an_organisation(line)) {
                continued = continuation_lines(&next);
                lines.extend(continued.iter().map(String::as_str));
            }
        }
        // `<div>Name</div><div>Role,</div><div>Organisation</div>`: a paragraph a line.
        if lines.len() == 1 && strip_trailing_comma(lines[0]).eq_ignore_ascii_case(name) {
            lines.extend(
                paragraphs
                    .take_while(|p| p.len() == 1)
                    .take(MAX_CREDENTIAL_LINES + 1)
                    .flatten(),
            );
        }
        // `Submitted on …` / `Published on … at 14:10`: date lines, not credentials.
        let is_date_line = |line: &&str| {
            self.page
                .markers
                .submitted_on
                .iter()
                .any(|m| find_ignore_case(line, m.trim()).is_some())
                || shows_a_time(line)
        };
        if lines.iter().any(is_date_line) {
            return None;
        }
        // `Service Manager, Trauma and Orthopaedics, Mourneview Trust`: one line of parts.
        let parts = match lines.as_slice() {
            [line] if by_shape => credentials_on_one_line(line),
            _ => None,
        };
        let rest = match lines.split_first() {
            Some((first, rest)) if strip_trailing_comma(first).eq_ignore_ascii_case(name) => rest,
            _ if by_shape && is_credentials_block(&lines) => &lines[..],
            _ if parts.is_some() => parts.as_deref().unwrap_or_default(),
            _ => return None,
        };
        if rest.is_empty() || rest.len() > MAX_CREDENTIAL_LINES {
            return None;
        }
        Some((parse_signature_lines(&rest.join("\n")), next))
    }

    /// The `Submitted on …` date: the first date-holding selector whose elements give one, else
    /// the first `Submitted on` followed by a date in the response's own visible text (outside
    /// `text_blocks`, the main text, which holds none), else in a `title` attribute (a link's
    /// tooltip), else a date in the header itself (`Update posted by sam on 01/04/2019 at 08:47`).
    fn posted(&self, text_blocks: &[Element]) -> Option<DateTime<Utc>> {
        let (profile, markers, zone) = (self.page.profile, self.page.markers, self.page.zone);
        let container = &self.container;
        let dates = &profile.response_date;
        may_match(container, dates)
            .then(|| {
                dates
                    .iter()
                    .find_map(|selector| submitted(&container.all(selector), markers, zone))
            })
            .flatten()
            .or_else(|| {
                let own_text =
                    paragraphs_leaving_out(container, &profile.text_exclusions, text_blocks);
                submitted_in(&own_text, markers, zone)
            })
            .or_else(|| submitted(&container.all("[title]"), markers, zone))
            .or_else(|| first_date_time_in(&self.header_text, zone))
            .or_else(|| self.date_in_header_block())
            .or_else(|| self.date_before_header())
            .or_else(|| self.date_line(text_blocks))
    }

    /// A line of the response's own text (outside its main text) that is a date with a time and
    /// little else, the page setting no word before it (`12 Feb 2025, 9:05 am (20 days ago)`).
    fn date_line(&self, text_blocks: &[Element]) -> Option<DateTime<Utc>> {
        let own_text = paragraphs_leaving_out(
            &self.container,
            &self.page.profile.text_exclusions,
            text_blocks,
        );
        own_text
            .lines()
            .map(|line| strip_relative_age(line.trim()))
            .filter(|line| line.chars().count() <= MAX_DATE_LINE_CHARS && shows_a_time(line))
            .find_map(|line| first_date_time_in(line, self.page.zone))
    }

    /// A date on a line of the header's own block after the header's lines (`Response
    /// from<br>Name<br>Role<br>19/11/2026 at 20:07` in a table cell).
    fn date_in_header_block(&self) -> Option<DateTime<Utc>> {
        let block = self.header_in_page.as_ref()?;
        first_date_time_in(&line_text(block), self.page.zone)
    }

    /// A date standing just before the header, beside it (`<time title="Submitted on …">` then
    /// `<h3>Update posted by …</h3>`, in a thread whose replies stand inside the update): its
    /// `Submitted on` text or title, else its `datetime`.
    fn date_before_header(&self) -> Option<DateTime<Utc>> {
        let (markers, zone) = (self.page.markers, self.page.zone);
        let before = self.header_in_page.as_ref()?.previous_element_sibling()?;
        let is_other_header = self
            .page
            .landmarks
            .headers
            .iter()
            .any(|h| before.contains(Some(&h.line.element)));
        if is_other_header {
            return None;
        }
        submitted(std::slice::from_ref(&before), markers, zone).or_else(|| {
            before
                .local_name()
                .eq_ignore_ascii_case("time")
                .then(|| story_posted(&before))
                .flatten()
        })
    }
}

/// An update's `header` names a writer other than the story's (known) author: `Update from Jo
/// Nguyen` under a story posted by `brunswick_bec`.
fn names_someone_else(header: &str, markers: &Wording, story: &StoryContext) -> bool {
    let Some(author) = story.author.as_deref() else {
        return false;
    };
    markers
        .update_posted_by
        .iter()
        .find_map(|m| parse_username_after(header, m))
        .is_some_and(|name| {
            !name.eq_ignore_ascii_case(author) && !starts_with_ignore_case(author, &name)
        })
}

/// The element after a header, passing over what only tells its age beside it (`<header><h3>Response
/// from Jo</h3><span>2 months ago</span></header><p>Role,<br>Organisation</p>`): the element after
/// the header, or after the wrappers holding nothing but it and such ages.
fn after_header(header: &Element) -> Option<Element> {
    let is_age = |e: &Element| {
        let text = line_text(e);
        strip_relative_age(&text)
            .trim_matches(|c: char| c.is_whitespace() || matches!(c, '·' | '•' | '|' | '-' | '–'))
            .is_empty()
    };
    let text = line_text(header);
    let mut at = header.clone();
    loop {
        let mut next = at.next_element_sibling();
        while let Some(sibling) = next.as_ref().filter(|s| is_age(s)) {
            next = sibling.next_element_sibling();
        }
        if next.is_some() {
            return next;
        }
        at = at
            .parent_element()
            .filter(|p| strip_relative_age(&line_text(p)).trim_end() == text)?;
    }
}

/// The longest line read as a date line of its own ([`ResponseReader::date_line`]).
const MAX_DATE_LINE_CHARS: usize = 40;

/// The blocks that may hold a responder's credentials apart from the header and the text.
const CREDENTIAL_BLOCKS: &str = "div, p, footer, address, aside, dd, td, li, section";

/// How many wrappers deep the lines starting with a responder's name may stand.
const MAX_CREDENTIAL_DEPTH: usize = 4;

/// The element holding the lines that start with `name` inside `next`, the element after a
/// header: `next` itself, or its first block when `next` wraps more than those lines
/// (`<div><div>Name<br>Role<br>Organisation</div><p>Submitted on …</p><div>text</div></div>`),
/// so that only the credentials, not the text beside them, are taken for them.
fn credentials_within(next: Element, name: &str) -> Element {
    let mut at = next;
    for _ in 0..MAX_CREDENTIAL_DEPTH {
        let Some(first) = at.first_element_child().filter(is_block) else {
            break;
        };
        let (outer, inner) = (line_text(&at), line_text(&first));
        if inner.len() == outer.len() || !starts_with_ignore_case(&inner, name) {
            break;
        }
        at = first;
    }
    at
}

/// The one-line texts of `element`'s children, when it is made of two or more elements and no
/// text of its own, each a short line (`<span>Name</span> <span>Role</span>`).
fn child_lines(element: &Element) -> Option<Vec<String>> {
    if element.child_element_count() < 2 || has_own_text(element) {
        return None;
    }
    let mut lines = Vec::new();
    let mut child = element.first_element_child();
    while let Some(c) = child {
        child = c.next_element_sibling();
        let text = line_text(&c);
        if text.is_empty() || text.chars().count() > MAX_CREDENTIAL_LINE_CHARS {
            return None;
        }
        lines.push(text);
    }
    Some(lines)
}

/// The short lines standing after `element` as elements of their own, up to one that is not
/// such a line (a date line, the text) and no more than [`MAX_CREDENTIAL_LINES`], when the last
/// names an organisation (`Harrowgate Vale NHS Trust`; not the text's first words after a
/// greeting).
fn continuation_lines(element: &Element) -> Vec<String> {
    let mut lines = Vec::new();
    let mut next = element.next_element_sibling();
    while let Some(sibling) = next.filter(|_| lines.len() < MAX_CREDENTIAL_LINES) {
        next = sibling.next_element_sibling();
        let text = line_text(&sibling);
        let is_line = !text.is_empty()
            && text.chars().count() <= MAX_CREDENTIAL_LINE_CHARS
            && !shows_a_time(&text)
            && !has_block_child(&sibling);
        if !is_line {
            break;
        }
        let ends_line = !text.ends_with(',');
        lines.push(text);
        if ends_line {
            break;
        }
    }
    if !lines.last().is_some_and(|last| names_an_organisation(last)) {
        lines.clear();
    }
    lines
}

/// The elements that mark a quotation.
const QUOTATIONS: &[&str] = &["blockquote", "q"];

/// A quotation inside a reply's text (`<blockquote>` quoting the story, then the reply's own
/// paragraphs): a block with text follows it beside it (or beside the wrappers that hold it
/// alone), so it is not the whole reply.
fn is_quote_in_text(body: &Element) -> bool {
    if !QUOTATIONS.contains(&body.local_name().to_ascii_lowercase().as_str()) {
        return false;
    }
    let text = line_text(body);
    let mut at = body.clone();
    loop {
        let mut next = at.next_element_sibling();
        while let Some(sibling) = next {
            if is_block(&sibling) && !line_text(&sibling).is_empty() {
                return true;
            }
            next = sibling.next_element_sibling();
        }
        match at.parent_element().filter(|p| line_text(p) == text) {
            Some(parent) => at = parent,
            None => return false,
        }
    }
}

/// The longest value of a labelled fact (a job title, an organisation).
const MAX_FACT_CHARS: usize = 120;

/// The elements that label a fact: a definition list's terms, a table's header cells.
const FACT_LABELS: &str = "dt, th";

/// The value of the fact whose label (one of `elements`, [`FACT_LABELS`]) is one of `labels`
/// (`<dt>Job title</dt><dd>Lead Nurse</dd>`, a table's `<th>` and `<td>`), either language of a
/// bilingual label.
fn labelled_fact(elements: &[Element], labels: &[String]) -> Option<String> {
    elements.iter().find_map(|label| {
        let text = line_text(label);
        let text = text.trim_end_matches(':').trim();
        if !labels.iter().any(|l| is_label(text, l.trim())) {
            return None;
        }
        let value = strip_trailing_comma(&line_text(&next_after(label)?)).to_string();
        (value.chars().count() <= MAX_FACT_CHARS)
            .then_some(value)
            .and_then(non_empty)
    })
}

/// `line` shows a time of day (`at 14:10`, `9:05 AM`): a date line, not a name or a title.
fn shows_a_time(line: &str) -> bool {
    line.char_indices().any(|(at, c)| {
        c.is_ascii_digit()
            && !line[..at].ends_with(|p: char| p.is_ascii_digit())
            && parse_clock_time(&line[at..]).is_some()
    })
}

/// Lines shaped as a job title then an organisation (`Senior Charge Nurse, ED,` / `NHS Board`,
/// or without the comma, `Nurse Unit Manager` / `Local Health Network`): two or more short
/// lines, each but the last ending in a comma, or just two lines, neither ending as a sentence
/// or a greeting does. A greeting (`Dear sam,`) is one line, a body's first paragraph a sentence.
fn is_credentials_block(lines: &[&str]) -> bool {
    let Some((last, titles)) = lines.split_last() else {
        return false;
    };
    let ends_a_line = |line: &&str| !line.ends_with(['.', '!', '?', ',', ':']);
    !titles.is_empty()
        && lines.len() <= MAX_CREDENTIAL_LINES
        && lines
            .iter()
            .all(|line| line.chars().count() <= MAX_CREDENTIAL_LINE_CHARS)
        && (titles.iter().all(|line| line.ends_with(','))
            || (titles.len() == 1 && titles.iter().all(ends_a_line)))
        && ends_a_line(last)
}

/// The parts of a credentials line (`Service Manager, Trauma and Orthopaedics, Mourneview Health
/// and Social Care Trust`): two or more short comma-separated parts, the last naming an
/// organisation, and not a sentence. `None` for any other line (a greeting, the text).
fn credentials_on_one_line(line: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = line.split(',').map(str::trim).collect();
    let is_credentials = parts.len() >= 2
        && line.chars().count() <= MAX_CREDENTIAL_LINE_CHARS
        && !line.ends_with(['.', '!', '?', ':', ','])
        && parts.iter().all(|part| !part.is_empty())
        && parts.last().is_some_and(|last| names_an_organisation(last));
    is_credentials.then_some(parts)
}

/// Copies of `part`'s elements under one new element of `doc`, with the copy of the one holding
/// `header` (the header's block: first, or last after the text it closes).
fn gathered(doc: &Document, part: &[Element], header: &Element) -> Option<(Element, Element)> {
    let container = doc.create_element("div").ok()?;
    let mut header_copy = None;
    for element in part {
        let copy: Element = element.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
        if header_copy.is_none() && element.contains(Some(header)) {
            header_copy = Some(copy.clone());
        }
        container.append_child(&copy).ok()?;
    }
    let header = header_copy.or_else(|| container.first_element_child())?;
    Some((container, header))
}
