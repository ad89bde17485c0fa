//! Reading outside input (config, story, history lines) into engine types with serde's derived
//! `Deserialize`, through `serde_path_to_error`, so every error names the field at fault
//! (`rules.too-early.wait_days: expected a number of days, got "two weeks"`).

use std::fmt;

use serde::de::{DeserializeOwned, Deserializer, Visitor};
use serde::Deserialize;

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
/// own message, without the text position serde_json's streaming reader adds to every error. A
/// struct is read from a JSON object only (see [`object`]).
pub(crate) fn from_json<T: DeserializeOwned>(json: &str) -> Result<T, InputError> {
    let value: serde_json::Value = serde_json::from_str(json)
        .map_err(|err| InputError::new("", format!("not valid JSON: {err}")))?;
    serde_path_to_error::deserialize(ObjectsOnly(value)).map_err(|err| {
        let path = err.path().to_string();
        // The whole document is `.` to serde_path_to_error.
        let path = if path == "." { String::new() } else { path };
        InputError::new(path, err.into_inner().to_string())
    })
}

/// [`from_json`] for text read in bulk (history lines, thousands when a page opens): text that
/// reads is read straight into `T`, with no `serde_json::Value` built; only text that does not is
/// read again by [`from_json`], for its message. A separate function so that only the types read
/// in bulk carry the code of both readers.
pub(crate) fn from_json_in_bulk<T: DeserializeOwned>(json: &str) -> Result<T, InputError> {
    let mut direct = serde_json::Deserializer::from_str(json);
    match T::deserialize(ObjectsOnly(&mut direct)) {
        Ok(read) if direct.end().is_ok() => Ok(read),
        _ => from_json(json),
    }
}

/// Reads a struct field (`#[serde(deserialize_with = "crate::input::object")]`) from a JSON object
/// only. serde's derived `Deserialize` also takes a struct written as an array of its field values
/// in order, which no config, story or history line means and the JSON Schema of the config
/// rejects: such an array is an error (`invalid type: sequence, expected struct Responder`).
pub(crate) fn object<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    T::deserialize(ObjectsOnly(d))
}

/// A list of structs (`#[serde(deserialize_with = "crate::input::objects")]`), each read from a
/// JSON object only, as [`object`] reads one.
pub(crate) fn objects<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    d: D,
) -> Result<Vec<T>, D::Error> {
    let items: Vec<Object<T>> = Deserialize::deserialize(d)?;
    Ok(items.into_iter().map(|Object(item)| item).collect())
}

/// A `T` read by [`object`].
struct Object<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        object(d).map(Object)
    }
}

/// A deserializer that reads a struct as a map (from a JSON object, never from an array) and
/// anything else as the deserializer it wraps does.
struct ObjectsOnly<D>(D);

/// Methods of [`ObjectsOnly`] handed to the wrapped deserializer as they are.
macro_rules! pass_through {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method($($arg,)* visitor)
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectsOnly<D> {
    type Error = D::Error;

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    pass_through! {
        deserialize_any(); deserialize_bool(); deserialize_i8(); deserialize_i16();
        deserialize_i32(); deserialize_i64(); deserialize_u8(); deserialize_u16();
        deserialize_u32(); deserialize_u64(); deserialize_f32(); deserialize_f64();
        deserialize_char(); deserialize_str(); deserialize_string(); deserialize_bytes();
        deserialize_byte_buf(); deserialize_option(); deserialize_unit(); deserialize_seq();
        deserialize_map(); deserialize_identifier(); deserialize_ignored_any();
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
    }
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
    fn a_response_is_an_object() {
        let err = StoryContext::from_json(r#"{"body": "b", "responses": [["t"]]}"#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "responses[0]: invalid type: sequence, expected struct StoryResponse"
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
