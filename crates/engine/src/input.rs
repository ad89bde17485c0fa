//! Parsing outside input into engine types with errors that name the field at fault.

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

/// Parses JSON into `T`, reporting the field path of the first error.
pub(crate) fn parse_json<T: DeserializeOwned>(json: &str) -> Result<T, InputError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let value: T = serde_path_to_error::deserialize(&mut de).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        let path = if path == "." { String::new() } else { path };
        InputError::new(path, describe_json_error(&inner))
    })?;
    de.end()
        .map_err(|err| InputError::new("", describe_json_error(&err)))?;
    Ok(value)
}

/// serde_json's message without its trailing position for data errors (the path says where),
/// keeping the line and column for syntax errors.
fn describe_json_error(err: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let text = err.to_string();
    match err.classify() {
        Category::Data => text
            .rsplit_once(" at line ")
            .map(|(msg, _)| msg.to_string())
            .unwrap_or(text),
        Category::Syntax | Category::Eof | Category::Io => {
            format!("not valid JSON: {text}")
        }
    }
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
