//! How story pages are read: the selectors and text patterns (data, overridable by config) and
//! the pure parsers for the page's text (dates, "Response from …" headers). The DOM itself is
//! only touched by the wasm crate's adapter. (Placeholder: the profile lands with the extension.)

use serde::{Deserialize, Serialize};

use crate::InputError;

/// Selectors and text patterns for reading Care Opinion story pages.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PageProfile {}

impl PageProfile {
    /// Checks the profile's selectors and patterns.
    pub fn validate(&self) -> Result<(), InputError> {
        Ok(())
    }
}
