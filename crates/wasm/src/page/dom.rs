//! Thin, non-throwing wrappers over the DOM queries the reader needs. A selector the browser
//! rejects matches nothing. Selectors cross to the browser interned (`wasm_bindgen::intern`): the
//! reader sends the same few, the profile's and its own, thousands of times a page, and an
//! interned one crosses without being copied and decoded again. They are a bounded set (the
//! config's lists and the reader's constants, and a page's text exclusions kept off the few
//! elements its controls reveal), so the cache stays small.

use wasm_bindgen::{intern, JsCast};
use web_sys::{Document, Element, NodeList};

use replyguide_page::words::collapse_whitespace;

/// Something selectors can be run in: the document or one element.
pub trait Scope {
    /// `querySelector`, `None` when nothing matches or the selector is invalid.
    fn first(&self, selector: &str) -> Option<Element>;
    /// `querySelectorAll`, empty when nothing matches or the selector is invalid.
    fn all(&self, selector: &str) -> Vec<Element>;
    /// The browser cannot parse `selector`.
    fn rejects(&self, selector: &str) -> bool;
}

/// `Document` and `Element` have the same `querySelector`/`querySelectorAll` methods but no
/// common trait for them in web-sys, so one body serves both.
macro_rules! impl_scope {
    ($($scope:ty),+) => {$(
        impl Scope for $scope {
            fn first(&self, selector: &str) -> Option<Element> {
                self.query_selector(intern(selector)).ok().flatten()
            }
            fn all(&self, selector: &str) -> Vec<Element> {
                self.query_selector_all(intern(selector))
                    .map(elements)
                    .unwrap_or_default()
            }
            fn rejects(&self, selector: &str) -> bool {
                self.query_selector(intern(selector)).is_err()
            }
        }
    )+};
}

impl_scope!(Document, Element);

fn elements(list: NodeList) -> Vec<Element> {
    let mut elements = Vec::new();
    for i in 0..list.length() {
        if let Some(element) = list.item(i).and_then(|node| node.dyn_into().ok()) {
            elements.push(element);
        }
    }
    elements
}

/// Whether any of `selectors` may match in `scope`: one query for the whole list (a page read
/// without the profile's class names has hundreds of elements where none does). True when the
/// browser rejects the list, so that each selector is then tried on its own.
pub fn may_match(scope: &dyn Scope, selectors: &[String]) -> bool {
    match selectors {
        [] => false,
        [_] => true,
        _ => {
            let list = selectors.join(", ");
            scope.first(&list).is_some() || scope.rejects(&list)
        }
    }
}

/// The first element matched by the first selector (in list order) that matches anything.
pub fn first_match(scope: &dyn Scope, selectors: &[String]) -> Option<Element> {
    if !may_match(scope, selectors) {
        return None;
    }
    selectors.iter().find_map(|s| scope.first(s))
}

/// Every element matched by the first selector (in list order) that matches anything.
pub fn all_matches(scope: &dyn Scope, selectors: &[String]) -> Vec<Element> {
    if !may_match(scope, selectors) {
        return Vec::new();
    }
    for selector in selectors {
        let found = scope.all(selector);
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

/// Every element under `scope` matching any of `selectors`: one query for the list, or one a
/// selector when the browser rejects the list (a selector it cannot parse matches nothing).
pub fn all_matching_any(scope: &dyn Scope, selectors: &[String]) -> Vec<Element> {
    if selectors.is_empty() {
        return Vec::new();
    }
    let list = selectors.join(", ");
    if !scope.rejects(&list) {
        return scope.all(&list);
    }
    selectors.iter().flat_map(|s| scope.all(s)).collect()
}

/// The one-line text ([`line_text`]) of the element [`first_match`] finds, unless blank.
pub fn first_line(scope: &dyn Scope, selectors: &[String]) -> Option<String> {
    non_empty(line_text(&first_match(scope, selectors)?))
}

/// The element's whole text, whitespace collapsed (for one-line fields: names, headers, dates).
pub fn line_text(element: &Element) -> String {
    collapse_whitespace(&element.text_content().unwrap_or_default())
}

/// A non-empty, trimmed attribute value.
pub fn attribute(element: &Element, name: &str) -> Option<String> {
    let value = element.get_attribute(name)?;
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// `Some(text)` unless `text` is blank.
pub fn non_empty(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}
