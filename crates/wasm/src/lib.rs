//! Reply Guide in the browser: the wasm API the extension calls (crates/wasm/README.md). `Guide`
//! holds the engine for one organisation config and the story drafts are checked against; `page`
//! reads story pages.

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
mod allocator;
pub mod page;
mod typescript;

use js_sys::Array;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::{Document, DomParser, SupportedType};

use replyguide_engine::{quoted, Config, Engine, HistoryEntry, InputError, Report, StoryContext};

use page::PageReading;

/// The guideline engine plus the page reader, configured once for an organisation, and the story
/// drafts are checked against: the one last read (`read_page`, `read_html`) or set (`set_story`),
/// so a story crosses into wasm once per page, not once per check.
#[wasm_bindgen]
pub struct Guide {
    engine: Engine,
    /// Empty (as for a page that could not be read) until a story is read or set.
    story: StoryContext,
}

#[wasm_bindgen]
impl Guide {
    /// A guide for `config_json` (the organisation config; none or blank = built-in defaults).
    /// Throws `Error("field.path: message")` on a bad config.
    #[wasm_bindgen(constructor)]
    pub fn new(config_json: Option<String>) -> Result<Guide, JsError> {
        // No config, or a blank one, is the defaults (what `{}` reads as), built without
        // running the config reader, so a page's first engine starts sooner.
        let json = config_json.as_deref().map_or("", str::trim);
        let config = if json.is_empty() {
            Config::default()
        } else {
            read_config(json).map_err(js_error)?
        };
        Ok(Guide {
            engine: Engine::new(config),
            story: StoryContext::default(),
        })
    }

    /// Reads a story page into `{story, unknown}` and keeps the story for `check`. Never throws:
    /// what cannot be read is left empty and named in `unknown`.
    #[wasm_bindgen(unchecked_return_type = "PageReading")]
    pub fn read_page(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Document")] doc: &JsValue,
    ) -> JsValue {
        let reading = match doc.dyn_ref::<Document>() {
            Some(doc) => page::read_document(doc, self.profile(), doc.url().ok()),
            None => PageReading::unreadable(),
        };
        self.keep_story(reading)
    }

    /// Parses `html` with `DOMParser` (needs a window or offscreen document) and reads it as a
    /// story page, keeping the story for `check`; `url` stands in for the document address when
    /// the page has no canonical link. Never throws. Nothing in `html` runs or is inserted into
    /// any live page.
    #[wasm_bindgen(unchecked_return_type = "PageReading")]
    pub fn read_html(&mut self, html: &str, url: &str) -> JsValue {
        let parsed = DomParser::new()
            .and_then(|parser| parser.parse_from_string(html, SupportedType::TextHtml));
        let reading = match parsed {
            Ok(doc) => page::read_document(&doc, self.profile(), Some(url.to_string())),
            Err(_) => PageReading::unreadable(),
        };
        self.keep_story(reading)
    }

    /// Replaces the story drafts are checked against with `story` (a StoryContext object), for
    /// callers holding a story of their own. Throws `Error("story.field.path: message")` on a bad
    /// story, keeping the one held before.
    pub fn set_story(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "StoryContext")] story: &JsValue,
    ) -> Result<(), JsError> {
        let story_json = js_sys::JSON::stringify(story)
            .ok()
            .filter(|json| json.is_string())
            .ok_or_else(|| JsError::new("story: expected an object"))?;
        let story_json = story_json.as_string().unwrap_or_default();
        self.story = StoryContext::from_json(&story_json).map_err(|e| {
            // The field path within the story, as a path from the argument: `story.posted`.
            let dot = if e.path.is_empty() { "" } else { "." };
            JsError::new(&format!("story{dot}{}: {}", e.path, e.message))
        })?;
        Ok(())
    }

    /// Judges `draft` replying to the story held (see `set_story`) at `now_iso` (RFC 3339).
    /// Returns `{findings}`. Throws `Error("now_iso: message")` on a bad date.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&self, draft: &str, now_iso: &str) -> Result<JsValue, JsError> {
        let now = replyguide_engine::parse_rfc3339(now_iso).map_err(|_| {
            JsError::new(&format!(
                "now_iso: expected an RFC 3339 date such as 2026-11-23T12:00:00Z, got {}",
                quoted(now_iso)
            ))
        })?;
        let findings = self.engine.check(draft, &self.story, now);
        Ok(to_js(&Report::from_findings(draft, findings)))
    }

    /// Adds earlier replies given as JSON Lines, one `{text, story_url?, posted?}` per line
    /// (blank lines skipped), to the history `repeated-response` checks against: one string
    /// crosses into wasm instead of an object per reply. Returns how many were added. Every
    /// readable line is added; when some are not, throws afterwards naming the first
    /// (`line 3: posted: …`) and how many were left out.
    pub fn add_history_jsonl(&mut self, jsonl: &str) -> Result<usize, JsError> {
        let mut added = 0;
        let mut first_problem = None;
        let mut left_out = 0;
        let entries = jsonl
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .filter_map(|(i, line)| match HistoryEntry::from_json(line) {
                Ok(entry) => {
                    added += 1;
                    Some(entry)
                }
                Err(e) => {
                    left_out += 1;
                    first_problem.get_or_insert_with(|| format!("line {}: {e}", i + 1));
                    None
                }
            });
        self.engine.extend_history(entries);
        match first_problem {
            None => Ok(added),
            Some(problem) if left_out == 1 => Err(JsError::new(&problem)),
            Some(problem) => {
                let more = left_out - 1;
                let lines = if more == 1 { "line" } else { "lines" };
                Err(JsError::new(&format!(
                    "{problem} (and {more} more {lines} left out)"
                )))
            }
        }
    }

    /// How many earlier replies the history holds.
    pub fn history_len(&self) -> usize {
        self.engine.history().len()
    }

    /// Bytes held by the history index (`HistoryIndex::memory_bytes`, an estimate).
    pub fn history_memory_bytes(&self) -> usize {
        self.engine.history().memory_bytes()
    }

    /// CSS selectors of the boxes a responder types in, most specific first: a JS array built
    /// straight from the profile's list (no copy of it into wasm-bindgen's `Vec<String>` first).
    #[wasm_bindgen(unchecked_return_type = "string[]")]
    pub fn reply_box_selectors(&self) -> Array {
        self.profile()
            .reply_boxes
            .iter()
            .map(|selector| JsValue::from_str(selector))
            .collect()
    }

    /// Every rule in force: `{id, default_severity, guideline, why}`.
    #[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
    pub fn rules(&self) -> JsValue {
        to_js(&replyguide_engine::rules::describe(self.engine.config()))
    }
}

impl Guide {
    fn profile(&self) -> &replyguide_engine::page::PageProfile {
        &self.engine.config().page
    }

    /// `reading` as a JS value, its story kept for `check`.
    fn keep_story(&mut self, reading: PageReading) -> JsValue {
        let js = to_js(&reading);
        self.story = reading.story;
        js
    }
}

/// Whether `text` is an RFC 3339 date and time, as the engine reads dates (`2026-11-23T12:00:00Z`).
#[wasm_bindgen]
pub fn is_rfc3339(text: &str) -> bool {
    replyguide_engine::parse_rfc3339(text).is_ok()
}

/// The field of a reply a CSV column titled `title` holds (`Response date` → `posted`), as
/// `replyguide audit` reads it: `[field, rank]`, where a lower rank is a clearer title for the
/// field (0: its standard name); `null` for a column no field is known by.
#[wasm_bindgen(unchecked_return_type = "[string, number] | null")]
pub fn reply_csv_field(title: &str) -> JsValue {
    match replyguide_engine::reply_csv_field(title) {
        Some((field, rank)) => js_sys::Array::of2(&field.into(), &(rank as u32).into()).into(),
        None => JsValue::NULL,
    }
}

/// Checks an organisation config: `null` when it is valid, else `"field.path: message"`.
#[wasm_bindgen(unchecked_return_type = "string | null")]
pub fn validate_config(json: &str) -> JsValue {
    match read_config(json) {
        Ok(_) => JsValue::NULL,
        Err(err) => JsValue::from(err.to_string()),
    }
}

fn read_config(json: &str) -> Result<Config, InputError> {
    Config::from_json(json)
}

/// A plain JS value (objects, arrays, `null` for `None`) for `value`.
fn to_js<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

fn js_error(err: InputError) -> JsError {
    JsError::new(&err.to_string())
}
