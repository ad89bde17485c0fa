//! Reading outside input (config, story, history lines) into engine types with serde's derived
//! `Deserialize`, through `serde_path_to_error`, so every error names the field at fault
//! (`rules.too-early.wait_days: expected a number of days, got "two weeks"`).

use std::fmt;

use serde::de::DeserializeOwned;

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

/// Parses JSON text into `T`. A syntax error says where the text stops being JSON (`not valid
/// JSON: … at line 2 column 9`); any other names the field path (`responses[0].posted: …`).
///
/// The text is parsed into a `serde_json::Value` first, so a field's error reads as the field's
/// own message, without the text position serde_json's streaming reader adds to every error.
pub(crate) fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, InputError> {
    let value: serde_json::Value = serde_json::from_str(json)
        .map_err(|err| InputError::new("", format!("not valid JSON: {err}")))?;
    serde_path_to_error::deserialize(value).map_err(|err| {
        let path = err.path().to_string();
        // The whole document is `.` to serde_path_to_error.
        let path = if path == "." { String::new() } else { path };
        InputError::new(path, err.into_inner().to_string())
    })
}

/// `text` as a JSON string, for messages that show what the input gave: `"two weeks"`.
pub fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
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
        assert_eq!(
            err.to_string(),
            "responses[0].posted: input contains invalid characters"
        );
    }

    #[test]
    fn syntax_error_gives_line_and_column() {
        let err = StoryContext::from_json("{\n\"body\": }").unwrap_err();
        assert!(err.message.contains("line 2"), "{err}");
        assert!(err.path.is_empty());
    }

    #[test]
    fn quoted_text_is_a_json_string() {
        assert_eq!(quoted("two \"weeks\"\n"), r#""two \"weeks\"\n""#);
    }
}
