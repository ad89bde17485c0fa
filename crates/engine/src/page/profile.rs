//! `PageProfile`: where things are on a Care Opinion story page, as data.
//!
//! Every list is tried in order, most specific first: `<time datetime>` and schema.org microdata,
//! then the class names of the known layouts (the 2021 Australian markup, the current layout, the
//! legacy Patient Opinion markup), then generic fallbacks. Within a list the first selector that
//! matches anything wins. An organisation's config can replace any list (`page.reply_boxes: […]`),
//! so a change in the site's markup is fixed by a config update.

use serde::{Deserialize, Serialize};

use crate::config::{strings, word_list};
use crate::input::quoted;
use crate::InputError;

/// Selectors (CSS) and text patterns for reading story pages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct PageProfile {
    /// The element holding the story (title, byline, text, services).
    pub story_root: Vec<String>,
    /// The story title (surrounding straight quotes are removed).
    pub title: Vec<String>,
    /// The story text (paragraphs).
    pub body: Vec<String>,
    /// The story date: an element with a `datetime` attribute in UTC.
    pub posted: Vec<String>,
    /// One element per service the story is about (`Site / Service`).
    pub services: Vec<String>,
    /// The author's username.
    pub author: Vec<String>,
    /// The author's role line, e.g. `(as a relative),`.
    pub author_role: Vec<String>,
    /// One element per response or author update, in page order.
    pub responses: Vec<String>,
    /// A response container matching one of these is the author's own update.
    pub author_updates: Vec<String>,
    /// A response's header line (`Response from …` / `Update posted by …`).
    pub response_header: Vec<String>,
    /// The responder's name on its own line.
    pub response_name: Vec<String>,
    /// The responder's job title on its own line (a trailing comma is removed).
    pub response_role: Vec<String>,
    /// The responder's organisation on its own line.
    pub response_organisation: Vec<String>,
    /// A signature block whose lines are the job title (possibly several lines) then the
    /// organisation (the last line).
    pub response_signature: Vec<String>,
    /// Where a response's `Submitted on …` date is: the element's text or `title` attribute.
    pub response_date: Vec<String>,
    /// The response text.
    pub response_body: Vec<String>,
    /// Elements whose text is never part of a story or response text (badges, widgets, pictures).
    pub text_exclusions: Vec<String>,
    /// The boxes a responder types a reply in, most specific first (never a hidden source
    /// textarea of a rich editor).
    pub reply_boxes: Vec<String>,
    /// The visible wording the page uses around the data.
    #[serde(deserialize_with = "crate::input::object")]
    pub patterns: TextPatterns,
    /// Further wording for each pattern (another site language, an older layout), tried after
    /// `patterns`, and the wording of the page's labels.
    #[serde(deserialize_with = "crate::input::object")]
    pub wording: Wording,
    /// Words in a responder's organisation or role that mark a third-sector response
    /// (Healthwatch, an MP's office, a consumer council, a charity).
    pub third_sector_markers: Vec<String>,
}

/// The fixed wording of story pages (matched without regard to case).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct TextPatterns {
    /// Starts a response header: `Response from Name, Role, Organisation 16 months ago`.
    pub response_from: String,
    /// Starts an author update's header: `Update posted by username`.
    pub update_posted_by: String,
    /// Precedes the story author's username: `Posted by username`.
    pub posted_by: String,
    /// Precedes a response's date: `Submitted on 30/01/2023 at 09:50`.
    pub submitted_on: String,
}

/// Every wording a page may use for each pattern or label, matched without regard to case at the
/// start of a line (`Response from …`) or, for dates, before the date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, default)]
pub struct Wording {
    /// Also starts a response header, as `patterns.response_from` does.
    pub response_from: Vec<String>,
    /// A reply's label that, followed only by its date, makes a header naming no one
    /// (`Response · 4 April 2019 at 9:12am`): the writer signs below the text.
    pub response_labels: Vec<String>,
    /// Also starts an author update's header, as `patterns.update_posted_by` does.
    pub update_posted_by: Vec<String>,
    /// Ends an author update's header after the author's username (`sam62 (story author)
    /// replied`).
    pub author_replied: Vec<String>,
    /// Also precedes the story author's username, as `patterns.posted_by` does.
    pub posted_by: Vec<String>,
    /// Also precedes a response's date, as `patterns.submitted_on` does.
    pub submitted_on: Vec<String>,
    /// Starts the heading above the responses (`Responses`): a page with such a heading but no
    /// response that could be read has responses the reader missed.
    pub responses_heading: Vec<String>,
    /// Says there are no responses (`This story has not had a response yet`): a `Responses`
    /// heading above it is no sign of responses the reader missed.
    pub no_responses: Vec<String>,
    /// Precedes a count of responses (`This story has had 2 responses`): a count above zero with
    /// no response that could be read means responses the reader missed.
    pub responses_count: Vec<String>,
    /// The label before the services a story is about (`About:`).
    pub about: Vec<String>,
    /// A badge the page may set before a response's header (`Update Response from …`): the
    /// header is read after it, and the response is no author update for it.
    pub badges: Vec<String>,
    /// Starts a notice the site sets under a story, a line of its own (`Do you have a similar
    /// story to tell?`, `If you need help now, call …`): the site's words, not the author's.
    pub site_notices: Vec<String>,
    /// Marks a date that is not when the story was posted (`Last updated 3 May 2025`).
    pub updated: Vec<String>,
    /// Labels a response's job title given as a fact of its own (`<dt>Job title</dt><dd>…</dd>`).
    pub role: Vec<String>,
    /// Labels a response's organisation given as a fact of its own.
    pub organisation: Vec<String>,
    /// A heading the page sets at the top of the story's or a reply's text (`Story`), a line of
    /// its own: the page's label, not the text.
    pub text_labels: Vec<String>,
}

impl Default for Wording {
    fn default() -> Self {
        Self {
            response_from: strings(word_list![
                "Reply from",
                "Comment from",
                "Message from",
                "Answered by",
                "Staff reply",
                "Response by",
                "Reply by",
                "Ymateb gan",
                "Freagra ó"
            ]),
            response_labels: strings(word_list!["Response", "Reply", "Ymateb", "Freagra"]),
            update_posted_by: strings(word_list!["Update from", "Diweddariad gan", "Nuashonrú ó"]),
            author_replied: strings(word_list![
                "(story author) replied",
                "(author) replied",
                "(the author) replied",
                "(story author) responded",
                "added an update",
                "posted an update",
                "wrote an update",
            ]),
            posted_by: strings(word_list![
                "Story told by",
                "Told by",
                "Postiwyd gan",
                "Postáilte ag"
            ]),
            submitted_on: strings(word_list!["Cyflwynwyd ar", "Posted on", "Submitted"]),
            responses_heading: strings(word_list!["Responses", "Replies", "Ymatebion"]),
            no_responses: strings(word_list![
                "not had a response",
                "not had any responses",
                "no one has responded",
                "nobody has responded",
                "no responses",
                "no replies",
                "dim ymateb",
            ]),
            responses_count: strings(word_list!["has had"]),
            about: strings(word_list!["About:", "Services:", "Am:"]),
            badges: strings(word_list![
                "Update",
                "Updated",
                "New",
                "Diweddariad",
                "Nuashonrú"
            ]),
            site_notices: strings(word_list![
                "Do you have a similar story",
                "Have you had a similar experience",
                "Tell your story",
                "If you need help now",
                "If you need urgent help",
                "If you need help urgently",
                "If you are in crisis",
            ]),
            updated: strings(word_list!["updated", "diweddarwyd"]),
            role: strings(word_list!["Role", "Job title", "Position", "Rôl", "Ról"]),
            organisation: strings(word_list![
                "Organisation",
                "Organization",
                "Sefydliad",
                "Eagraíocht"
            ]),
            text_labels: strings(word_list![
                "Story",
                "The story",
                "Your story",
                "Stori",
                "Y stori",
                "Scéal",
                "An scéal",
                "Response",
                "Ymateb",
                "Freagra"
            ]),
        }
    }
}

impl PageProfile {
    /// The profile for a page whose controls reveal the elements with `ids` on demand (`Show 3
    /// more responses` naming them in `aria-controls`): what they hold is the page's, shown to a
    /// reader who asks, so no text exclusion passes over those elements themselves.
    pub fn revealing(&self, ids: &[String]) -> PageProfile {
        let kept: String = ids
            .iter()
            .filter(|id| !id.contains(char::is_control))
            .map(|id| {
                format!(
                    ":not([id=\"{}\"])",
                    id.replace('\\', "\\\\").replace('"', "\\\"")
                )
            })
            .collect();
        let mut profile = self.clone();
        if !kept.is_empty() {
            profile.text_exclusions = self
                .text_exclusions
                .iter()
                .map(|selector| format!(":is({selector}){kept}"))
                .collect();
        }
        profile
    }

    /// Every wording the page reader matches: each pattern's own wording (`patterns`) first, then
    /// the other wordings of it and the labels (`wording`).
    pub fn markers(&self) -> Wording {
        let mut all = self.wording.clone();
        for (list, first) in [
            (&mut all.response_from, &self.patterns.response_from),
            (&mut all.update_posted_by, &self.patterns.update_posted_by),
            (&mut all.posted_by, &self.patterns.posted_by),
            (&mut all.submitted_on, &self.patterns.submitted_on),
        ] {
            list.insert(0, first.clone());
        }
        all
    }
}

impl Default for TextPatterns {
    fn default() -> Self {
        Self {
            response_from: "Response from".into(),
            update_posted_by: "Update posted by".into(),
            posted_by: "Posted by".into(),
            submitted_on: "Submitted on".into(),
        }
    }
}

impl Default for PageProfile {
    fn default() -> Self {
        Self {
            story_root: strings(word_list![
                "article[data-po-opinionid]",
                "article[data-story-id]",
                "[itemtype$='schema.org/Review']",
                "div.opinion[id^='opinion-']",
                "article.story",
                "main article",
            ]),
            title: strings(word_list![
                "#opinion_title",
                ".story__title",
                "h1.opinion-title",
                "h1",
            ]),
            body: strings(word_list![
                "#opinion_body",
                "[itemprop='reviewBody']",
                ".story__text",
                ".opinion-body",
            ]),
            posted: strings(word_list!["time[datetime]"]),
            services: strings(word_list![
                "[itemtype$='schema.org/Organization']:not([itemprop])",
                ".story__service",
                "p.about > a",
                ".opinion-about li",
            ]),
            author: strings(word_list![
                "[itemprop='author']",
                ".story__author",
                "p.author > a",
                ".sticky-title a",
            ]),
            author_role: strings(word_list![".author-role", ".story__role"]),
            responses: strings(word_list![
                ".subscriber_response, .author_response",
                "article.response",
                "#responses .response",
                "[data-response-id]",
            ]),
            author_updates: strings(word_list![
                ".author_response",
                ".author-response",
                ".response--author",
            ]),
            response_header: strings(word_list![
                ".response-title",
                ".response__heading",
                ".response-header",
                "h3",
            ]),
            response_name: strings(word_list![".inner-expansion-name", ".response__name"]),
            response_role: strings(word_list![".response__job"]),
            response_organisation: strings(word_list![".response__org"]),
            response_signature: strings(word_list![".inner-expansion-profile-signature"]),
            response_date: strings(word_list![
                ".response-submission-footer-content",
                ".response__submitted",
                "a.share-link[title]",
                "[title*='Submitted on']",
            ]),
            response_body: strings(word_list![
                "blockquote.froala-view",
                ".response__body",
                ".response-body",
                "blockquote",
            ]),
            text_exclusions: strings(word_list![
                "script",
                "style",
                "template",
                "noscript",
                "button",
                // Hidden, unless shown on demand: a tab's panel, a `hidden="until-found"` part,
                // what a control beside it (or beside its list) reveals ("Show 10 more responses").
                "[hidden]:not([role='tabpanel']):not([hidden='until-found']):not(:is(button, a, [role='button'])[aria-controls] ~ [hidden]):not(:is(button, a, [role='button'])[aria-controls] ~ * [hidden]):not(:has(~ :is(button, a, [role='button'])[aria-controls]) [hidden])",
                "[aria-hidden='true']:not([role='tabpanel'])",
                "[ng-controller]",
                ".response__change",
                ".response-age",
                ".response__age",
            ]),
            reply_boxes: strings(word_list![
                ".fr-box .fr-element.fr-view[contenteditable='true']",
                ".froala-box .froala-element[contenteditable='true']",
                "div.fr-element.fr-view[contenteditable]:not([contenteditable='false'])",
                "div.froala-element[contenteditable]:not([contenteditable='false'])",
                "form#respond-form textarea:not([hidden]):not([style*='display: none']):not([style*='display:none'])",
                "form[action*='respond'] textarea:not([hidden]):not([style*='display: none']):not([style*='display:none'])",
            ]),
            patterns: TextPatterns::default(),
            wording: Wording::default(),
            third_sector_markers: strings(word_list![
                "Healthwatch",
                "Local Involvement Network",
                "MP",
                "MSP",
                "MLA",
                "TD",
                "Member of Parliament",
                "Member of the Senedd",
                "Aelod o'r Senedd",
                "Councillor",
                "Cllr",
                "Friends of",
                "Cyfeillion",
                "Patient Panel",
                "Patient Participation Group",
                "Council for",
                "Consumer Council",
                "Community Health Council",
                "Llais",
                "Patients Association",
                "Consumer Health",
                "Health Consumers",
                "Citizens Advice",
                "Advocacy",
                "Charity",
                "Charitable",
                "Not-for-profit",
                "Non-profit",
                "Nonprofit",
                "Foundation for",
                "Carers",
                "Gofalwyr",
                "Elusen",
                "Support Network",
                "Community Transport",
                "Volunteer",
            ]),
        }
    }
}

impl PageProfile {
    /// Checks that every selector and pattern is usable: non-empty, with balanced brackets and
    /// quotes. Errors name the field, e.g. `page.reply_boxes[2]: …`.
    pub fn validate(&self) -> Result<(), InputError> {
        for (field, selectors) in self.selector_lists() {
            for (i, selector) in selectors.iter().enumerate() {
                check_selector(selector)
                    .map_err(|message| InputError::new(format!("page.{field}[{i}]"), message))?;
            }
        }
        let wording = &self.wording;
        let word_lists = [
            ("third_sector_markers", &self.third_sector_markers),
            ("wording.response_from", &wording.response_from),
            ("wording.response_labels", &wording.response_labels),
            ("wording.update_posted_by", &wording.update_posted_by),
            ("wording.author_replied", &wording.author_replied),
            ("wording.posted_by", &wording.posted_by),
            ("wording.submitted_on", &wording.submitted_on),
            ("wording.responses_heading", &wording.responses_heading),
            ("wording.no_responses", &wording.no_responses),
            ("wording.responses_count", &wording.responses_count),
            ("wording.about", &wording.about),
            ("wording.badges", &wording.badges),
            ("wording.site_notices", &wording.site_notices),
            ("wording.updated", &wording.updated),
            ("wording.role", &wording.role),
            ("wording.organisation", &wording.organisation),
        ];
        for (field, words) in word_lists {
            for (i, word) in words.iter().enumerate() {
                if word.trim().is_empty() {
                    return Err(InputError::new(
                        format!("page.{field}[{i}]"),
                        "expected a word, got an empty string",
                    ));
                }
            }
        }
        self.patterns.validate()
    }

    /// Every selector list with its field name.
    fn selector_lists(&self) -> [(&'static str, &Vec<String>); 18] {
        [
            ("story_root", &self.story_root),
            ("title", &self.title),
            ("body", &self.body),
            ("posted", &self.posted),
            ("services", &self.services),
            ("author", &self.author),
            ("author_role", &self.author_role),
            ("responses", &self.responses),
            ("author_updates", &self.author_updates),
            ("response_header", &self.response_header),
            ("response_name", &self.response_name),
            ("response_role", &self.response_role),
            ("response_organisation", &self.response_organisation),
            ("response_signature", &self.response_signature),
            ("response_date", &self.response_date),
            ("response_body", &self.response_body),
            ("text_exclusions", &self.text_exclusions),
            ("reply_boxes", &self.reply_boxes),
        ]
    }
}

impl TextPatterns {
    fn validate(&self) -> Result<(), InputError> {
        let fields = [
            ("response_from", &self.response_from),
            ("update_posted_by", &self.update_posted_by),
            ("posted_by", &self.posted_by),
            ("submitted_on", &self.submitted_on),
        ];
        for (field, value) in fields {
            if value.trim().is_empty() {
                return Err(InputError::new(
                    format!("page.patterns.{field}"),
                    "expected the words the page shows, got an empty string",
                ));
            }
        }
        Ok(())
    }
}

/// A rough syntax check of a CSS selector (the browser has the final word; a selector it rejects
/// simply matches nothing): not blank, brackets and parentheses balanced, quotes closed.
fn check_selector(selector: &str) -> Result<(), String> {
    if selector.trim().is_empty() {
        return Err("expected a CSS selector, got an empty string".into());
    }
    let mut closers = Vec::new();
    let mut quote = None;
    for c in selector.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') => quote = Some(c),
            (None, '[') => closers.push(']'),
            (None, '(') => closers.push(')'),
            (None, ']' | ')') if closers.pop() != Some(c) => {
                return Err(format!(
                    "unbalanced `{c}` in CSS selector {}",
                    quoted(selector)
                ));
            }
            _ => {}
        }
    }
    if quote.is_some() || !closers.is_empty() {
        return Err(format!(
            "unclosed quote or bracket in CSS selector {}",
            quoted(selector)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    #[test]
    fn default_profile_is_valid() {
        PageProfile::default().validate().unwrap();
    }

    #[test]
    fn config_overrides_one_list_and_keeps_the_others() {
        let config = Config::from_json(r##"{"page": {"reply_boxes": ["#my-editor"]}}"##).unwrap();
        assert_eq!(config.page.reply_boxes, vec!["#my-editor"]);
        assert_eq!(config.page.title, PageProfile::default().title);
    }

    #[test]
    fn empty_selector_names_its_path() {
        let err = Config::from_json(r#"{"page": {"reply_boxes": ["a", "b", " "]}}"#).unwrap_err();
        assert_eq!(err.path, "page.reply_boxes[2]");
    }

    #[test]
    fn unbalanced_selector_is_rejected() {
        let err = Config::from_json(r#"{"page": {"title": ["h1[title"]}}"#).unwrap_err();
        assert_eq!(err.path, "page.title[0]");
        let err = Config::from_json(r#"{"page": {"title": ["h1)"]}}"#).unwrap_err();
        assert!(err.message.contains("unbalanced"), "{err}");
    }

    #[test]
    fn quoted_brackets_are_fine() {
        assert!(check_selector("a[title='x]']").is_ok());
    }

    #[test]
    fn unknown_page_field_is_rejected() {
        let err = Config::from_json(r#"{"page": {"replyboxes": []}}"#).unwrap_err();
        assert_eq!(err.path, "page.replyboxes");
    }

    #[test]
    fn other_wording_is_added_after_the_pattern() {
        let config =
            Config::from_json(r#"{"page": {"wording": {"response_from": ["Ateb gan"]}}}"#).unwrap();
        let markers = config.page.markers();
        assert_eq!(markers.response_from, ["Response from", "Ateb gan"]);
        assert_eq!(
            markers.submitted_on,
            ["Submitted on", "Cyflwynwyd ar", "Posted on", "Submitted"]
        );
        let err = Config::from_json(r#"{"page": {"wording": {"about": [" "]}}}"#).unwrap_err();
        assert_eq!(err.path, "page.wording.about[0]");
    }

    #[test]
    fn empty_pattern_names_its_path() {
        let err = Config::from_json(r#"{"page": {"patterns": {"posted_by": ""}}}"#).unwrap_err();
        assert_eq!(err.path, "page.patterns.posted_by");
    }

    #[test]
    fn revealing_keeps_the_exclusions_off_the_revealed_elements_only() {
        let profile = PageProfile::default().revealing(&["more".to_string(), "a\"b".to_string()]);
        assert!(profile
            .text_exclusions
            .iter()
            .all(|s| s.starts_with(":is(")
                && s.ends_with(":not([id=\"more\"]):not([id=\"a\\\"b\"])")));
        assert_eq!(
            PageProfile::default().revealing(&[]).text_exclusions,
            PageProfile::default().text_exclusions
        );
    }
}
