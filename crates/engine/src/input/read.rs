//! `ReadJson`: building an engine type from a parsed JSON value, with the field path in every
//! error. Implemented here for the leaf types; structs use `read_json_struct!`.

use serde_json::Value;

use super::describe::{invalid_type, kind_and_value, one_of};
use super::{InputError, JsonPath};

/// A type read from JSON (`read_value`). Each implementation checks its own value and names `at`
/// in its errors.
pub(crate) trait ReadJson: Sized {
    /// Reads `value`, found at `at` in the input.
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError>;
}

impl ReadJson for bool {
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
        match value {
            Value::Bool(flag) => Ok(flag),
            other => Err(invalid_type(&other, "a boolean", at)),
        }
    }
}

impl ReadJson for String {
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
        match value {
            Value::String(text) => Ok(text),
            other => Err(invalid_type(&other, "a string", at)),
        }
    }
}

/// `null` is `None`.
impl<T: ReadJson> ReadJson for Option<T> {
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
        match value {
            Value::Null => Ok(None),
            other => T::read_json(other, at).map(Some),
        }
    }
}

/// A JSON array; errors name the item (`links[2]`).
impl<T: ReadJson> ReadJson for Vec<T> {
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
        let Value::Array(items) = value else {
            return Err(invalid_type(&value, "a sequence", at));
        };
        // A plain loop: collecting into `Result<Vec<T>, _>` costs more code per item type.
        let mut read = Vec::with_capacity(items.len());
        for (index, item) in items.into_iter().enumerate() {
            read.push(T::read_json(item, &at.index(index))?);
        }
        Ok(read)
    }
}

/// Reads one of a fixed set of names (an enum's variants as JSON strings), giving its value.
pub(crate) fn read_variant<T: Copy>(
    value: Value,
    at: &JsonPath,
    variants: &[(&str, T)],
) -> Result<T, InputError> {
    let found = variants
        .iter()
        .find(|(name, _)| value.as_str() == Some(name));
    match found {
        Some(&(_, variant)) => Ok(variant),
        None => {
            let names: Vec<&str> = variants.iter().map(|&(name, _)| name).collect();
            Err(unknown_variant(&value, at, &names))
        }
    }
}

/// `unknown variant `error`, expected `hint` or `warning``, or for a value that is not even a
/// string, `invalid type: integer `5`, expected `hint` or `warning``.
fn unknown_variant(value: &Value, at: &JsonPath, names: &[&str]) -> InputError {
    let message = match value {
        Value::String(name) => format!("unknown variant `{name}`, expected {}", one_of(names)),
        other => format!(
            "invalid type: {}, expected {}",
            kind_and_value(other),
            one_of(names)
        ),
    };
    InputError::new(at.to_string(), message)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn read<T: ReadJson>(value: Value) -> Result<T, InputError> {
        T::read_json(value, &JsonPath::Root.field("f"))
    }

    #[test]
    fn leaves_read_their_own_type() {
        assert_eq!(read::<bool>(json!(true)), Ok(true));
        assert_eq!(read::<String>(json!("x")), Ok("x".to_string()));
        assert_eq!(read::<Option<String>>(json!(null)), Ok(None));
        assert_eq!(read::<Vec<String>>(json!(["a"])), Ok(vec!["a".to_string()]));
    }

    #[test]
    fn wrong_types_are_named_with_the_path() {
        let err = read::<bool>(json!("yes")).unwrap_err();
        assert_eq!(
            err.to_string(),
            r#"f: invalid type: string "yes", expected a boolean"#
        );
        let err = read::<Vec<String>>(json!(["a", 2])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f[1]: invalid type: integer `2`, expected a string"
        );
        let err = read::<Vec<String>>(json!(null)).unwrap_err();
        assert_eq!(err.message, "invalid type: null, expected a sequence");
    }

    #[test]
    fn variants_are_read_by_name() {
        let variants = [("hint", 1), ("warning", 2)];
        let at = JsonPath::Root;
        assert_eq!(read_variant(json!("warning"), &at, &variants), Ok(2));
        let err = read_variant(json!("error"), &at, &variants).unwrap_err();
        assert_eq!(
            err.message,
            "unknown variant `error`, expected `hint` or `warning`"
        );
        let err = read_variant(json!(5), &at, &variants).unwrap_err();
        assert_eq!(
            err.message,
            "invalid type: integer `5`, expected `hint` or `warning`"
        );
    }
}
