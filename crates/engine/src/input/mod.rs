//! Parsing outside input into engine types with errors that name the field at fault.
//!
//! The text is parsed once into a `serde_json::Value` (by serde_json here; the wasm binding
//! parses with the browser's `JSON.parse` and calls the `from_json_value` constructors), then
//! each type reads its part of it (`ReadJson`): one small reader per type instead of serde's
//! derived code.

mod date;

pub use date::parse_rfc3339;
mod decimal;
mod describe;
mod object;
mod path;
mod read;

use std::fmt;

pub use describe::quoted;
pub(crate) use describe::{invalid_type, number_text};
pub(crate) use object::{read_json_struct, read_object, FieldSlot, JsonShape, UnknownFields};
pub(crate) use path::JsonPath;
pub(crate) use read::{read_variant, ReadJson};

/// Bad input: where it is wrong (a field path such as `rules.too-early.wait_days`, or empty for
/// the whole document) and what is wrong, in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// Field path, e.g. `responses[2].posted`; empty when the error is about the whole input.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

impl InputError {
    /// An error at `path`.
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for InputError {}

/// Reads a whole parsed input into `T`; errors name the field path (`responses[0].posted: …`).
/// The `from_json_value` constructors use it, so a caller with a JSON parser of its own (the
/// browser's, in wasm) reads input the same way without serde_json's parser.
pub(crate) fn read_value<T: ReadJson>(value: serde_json::Value) -> Result<T, InputError> {
    T::read_json(value, &JsonPath::Root)
}

/// Reads a whole parsed input over `target` (a struct read with `missing_fields: unchanged`):
/// fields the input lacks keep their value. Errors as for `read_value`.
pub(crate) fn read_value_into(
    value: serde_json::Value,
    target: &mut dyn FieldSlot,
) -> Result<(), InputError> {
    target.read_into(value, &JsonPath::Root)
}

/// Parses JSON text; an error says where the text stops being JSON (`not valid JSON: … at line 2
/// column 9`).
pub(crate) fn parse_value(json: &str) -> Result<serde_json::Value, InputError> {
    serde_json::from_str(json).map_err(|err| InputError::new("", format!("not valid JSON: {err}")))
}

#[cfg(test)]
mod tests {
    use crate::StoryContext;

    #[test]
    fn missing_body_names_the_field() {
        let err = StoryContext::from_json(r#"{"title": "x"}"#).unwrap_err();
        assert_eq!(err.to_string(), "missing field `body`");
    }

    #[test]
    fn bad_date_names_the_path() {
        let err = StoryContext::from_json(
            r#"{"body": "b", "responses": [{"text": "t", "posted": "last week"}]}"#,
        )
        .unwrap_err();
        assert_eq!(err.path, "responses[0].posted");
    }

    #[test]
    fn syntax_error_gives_line_and_column() {
        let err = StoryContext::from_json("{\n\"body\": }").unwrap_err();
        assert!(err.message.contains("line 2"), "{err}");
    }
}
