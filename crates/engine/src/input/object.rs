//! JSON objects read into structs: `read_json_struct!` lists a struct's fields, `read_object`
//! fills them. One small table per struct and one shared reader keep the code per field tiny.

use serde_json::Value;

use super::describe::{invalid_type, one_of};
use super::read::ReadJson;
use super::{InputError, JsonPath};

/// What a struct does with a field it does not know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnknownFields {
    /// An error naming it (config: a typo must not pass unnoticed).
    Reject,
    /// Skipped (page readings and reply lines carry more than the engine needs).
    Ignore,
}

/// A struct field's storage as `read_object` fills it: one small function per field type,
/// called through a pointer.
pub(crate) trait FieldSlot {
    /// Reads `value` into the field: a new value, or for a struct read with
    /// `missing_fields: unchanged`, the fields `value` has.
    fn read_into(&mut self, value: Value, at: &JsonPath) -> Result<(), InputError>;
}

/// Leaves, lists and structs with their own defaults: a new value replaces the old.
impl<T: ReadJson> FieldSlot for T {
    fn read_into(&mut self, value: Value, at: &JsonPath) -> Result<(), InputError> {
        *self = T::read_json(value, at)?;
        Ok(())
    }
}

/// What a struct looks like in JSON: fixed for the type, so it is data, not code.
pub(crate) struct JsonShape {
    /// The struct, as errors name it: `struct Link`.
    pub(crate) name: &'static str,
    /// Its fields' names in JSON, in declaration order.
    pub(crate) fields: &'static [&'static str],
    /// For each field, whether the input must have it.
    pub(crate) required: &'static [bool],
    /// What an unlisted field is.
    pub(crate) unknown: UnknownFields,
}

/// Reads the JSON object `value`, found at `at`, into `slots` (one per field of `shape`, in the
/// same order; a field the input lacks keeps its slot's value). Errors: not an object
/// (`invalid type: null, expected struct Link`), an unknown field when the shape rejects them
/// (`unknown field `nmae`, expected one of …`, at the field's path), a field's own error, then a
/// missing required field (`missing field `body``, at the object's path).
pub(crate) fn read_object(
    value: Value,
    at: &JsonPath,
    shape: &JsonShape,
    slots: &mut [&mut dyn FieldSlot],
) -> Result<(), InputError> {
    let Value::Object(mut object) = value else {
        return Err(invalid_type(&value, shape.name, at));
    };
    if shape.unknown == UnknownFields::Reject {
        if let Some(name) = object
            .keys()
            .find(|name| !shape.fields.contains(&name.as_str()))
        {
            return Err(InputError::new(
                at.field(name).to_string(),
                format!("unknown field `{name}`, expected {}", one_of(shape.fields)),
            ));
        }
    }
    for (name, slot) in shape.fields.iter().zip(slots) {
        if let Some(value) = object.get_mut(*name) {
            slot.read_into(value.take(), &at.field(name))?;
        }
    }
    let missing = (shape.fields.iter().zip(shape.required))
        .find(|&(name, &required)| required && !object.contains_key(*name));
    match missing {
        Some((name, _)) => Err(InputError::new(
            at.to_string(),
            format!("missing field `{name}`"),
        )),
        None => Ok(()),
    }
}

/// Makes a struct readable from a list of its fields: `"name on the wire" => field`.
///
/// - `unknown_fields: Reject` or `Ignore` says what an unlisted field is;
/// - `missing_fields: unchanged` reads the object over an existing value (the parent's default,
///   built once): a field the input lacks keeps its value, so nothing is built twice. The struct
///   is a `FieldSlot` only, read as a field or with `read_value_into`;
/// - otherwise each field gives its own default (`"phrases" => phrases = Vec::new()`) or, with
///   none, is required (`missing field `id``), and the struct is `ReadJson` (a list item, a
///   whole input).
///
/// ```ignore
/// read_json_struct! {
///     Link, unknown_fields: Reject,
///     "label" => label,
///     "url" => url,
/// }
/// ```
macro_rules! read_json_struct {
    // A required field holds its type's default until it is read.
    (@initial) => { Default::default() };
    (@initial $default:expr) => { $default };
    (@required) => { true };
    (@required $default:expr) => { false };
    (@not_required $field:ident) => { false };
    (@shape $ty:ident, $unknown:ident, [$($wire:expr),*], [$($required:expr),*]) => {
        $crate::input::JsonShape {
            name: concat!("struct ", stringify!($ty)),
            fields: &[$($wire),*],
            required: &[$($required),*],
            unknown: $crate::input::UnknownFields::$unknown,
        }
    };
    (
        $ty:ident, unknown_fields: $unknown:ident, missing_fields: unchanged,
        $( $wire:expr => $field:ident ),* $(,)?
    ) => {
        impl $crate::input::FieldSlot for $ty {
            fn read_into(
                &mut self,
                value: ::serde_json::Value,
                at: &$crate::input::JsonPath,
            ) -> Result<(), $crate::input::InputError> {
                const SHAPE: $crate::input::JsonShape = $crate::input::read_json_struct!(
                    @shape $ty, $unknown, [$($wire),*],
                    [$($crate::input::read_json_struct!(@not_required $field)),*]
                );
                $crate::input::read_object(value, at, &SHAPE, &mut [$(&mut self.$field),*])
            }
        }
    };
    (
        $ty:ident, unknown_fields: $unknown:ident,
        $( $wire:expr => $field:ident $(= $default:expr)? ),* $(,)?
    ) => {
        impl $crate::input::ReadJson for $ty {
            fn read_json(
                value: ::serde_json::Value,
                at: &$crate::input::JsonPath,
            ) -> Result<Self, $crate::input::InputError> {
                const SHAPE: $crate::input::JsonShape = $crate::input::read_json_struct!(
                    @shape $ty, $unknown, [$($wire),*],
                    [$($crate::input::read_json_struct!(@required $($default)?)),*]
                );
                let mut read = Self {
                    $( $field: $crate::input::read_json_struct!(@initial $($default)?), )*
                };
                $crate::input::read_object(value, at, &SHAPE, &mut [$(&mut read.$field),*])?;
                Ok(read)
            }
        }
    };
}
pub(crate) use read_json_struct;

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::input::{FieldSlot, InputError, JsonPath, ReadJson};

    /// A struct whose fields default one by one, one of them required.
    #[derive(Debug, PartialEq)]
    struct Reply {
        text: String,
        flagged: bool,
        tags: Vec<String>,
    }

    read_json_struct! {
        Reply, unknown_fields: Ignore,
        "text" => text,
        "flagged" => flagged = true,
        "tags" => tags = vec!["none".to_string()],
    }

    /// A struct read over an existing value, rejecting unknown fields.
    #[derive(Debug, PartialEq, Default)]
    struct Limits {
        enabled: bool,
        words: Option<String>,
    }

    read_json_struct! {
        Limits, unknown_fields: Reject, missing_fields: unchanged,
        "enabled" => enabled,
        "max-words" => words,
    }

    fn read<T: ReadJson>(value: serde_json::Value) -> Result<T, InputError> {
        T::read_json(value, &JsonPath::Root.field("x"))
    }

    fn read_over(limits: &mut Limits, value: serde_json::Value) -> Result<(), InputError> {
        limits.read_into(value, &JsonPath::Root.field("x"))
    }

    #[test]
    fn missing_fields_take_their_defaults() {
        let reply: Reply = read(json!({"text": "Hi", "other": 1})).unwrap();
        assert_eq!(
            reply,
            Reply {
                text: "Hi".into(),
                flagged: true,
                tags: vec!["none".into()]
            }
        );
        let mut limits = Limits {
            enabled: true,
            words: None,
        };
        read_over(&mut limits, json!({"max-words": "9"})).unwrap();
        assert_eq!(limits.words.as_deref(), Some("9"));
        assert!(limits.enabled);
    }

    #[test]
    fn a_required_field_is_named_at_the_object_after_the_fields_present() {
        let err = read::<Reply>(json!({"flagged": false})).unwrap_err();
        assert_eq!(err.to_string(), "x: missing field `text`");
        let err = read::<Reply>(json!({"flagged": 1})).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.flagged: invalid type: integer `1`, expected a boolean"
        );
    }

    #[test]
    fn unknown_fields_are_named_with_the_choices() {
        let err = read_over(&mut Limits::default(), json!({"max_words": 9})).unwrap_err();
        assert_eq!(err.path, "x.max_words");
        assert_eq!(
            err.message,
            "unknown field `max_words`, expected `enabled` or `max-words`"
        );
    }

    #[test]
    fn only_an_object_is_read_as_a_struct() {
        let err = read_over(&mut Limits::default(), json!([true])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x: invalid type: sequence, expected struct Limits"
        );
    }
}
