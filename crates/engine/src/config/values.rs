//! Config value types whose errors read as advice (`expected a number of days, got "two weeks"`).

use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::input::{invalid_type, number_text, quoted, read_variant, JsonPath, ReadJson};
use crate::{InputError, Severity};

/// A whole number of days (0 to 3,650).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Days(pub u32);

/// A fraction from 0 to 1 (similarity levels, shares of a draft).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Fraction(pub f64);

/// A whole count (0 to 1,000,000): words, lines, phone numbers…
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Count(pub usize);

/// Reads a number from 0 to `max` (a whole one when `whole`), else says what was `expected`
/// and what the input gave (`expected a number of days, got "two weeks"`).
fn read_bounded(
    value: Value,
    at: &JsonPath,
    expected: &str,
    max: f64,
    whole: bool,
) -> Result<f64, InputError> {
    let got = match &value {
        Value::Number(number) => {
            let n = number.as_f64().unwrap_or(f64::NAN);
            if (0.0..=max).contains(&n) && (!whole || n.trunc() == n) {
                return Ok(n);
            }
            number_text(number)
        }
        Value::String(text) => quoted(text),
        Value::Bool(flag) => flag.to_string(),
        Value::Null => "null".into(),
        Value::Array(_) | Value::Object(_) => return Err(invalid_type(&value, expected, at)),
    };
    Err(InputError::new(
        at.to_string(),
        format!("expected {expected}, got {got}"),
    ))
}

macro_rules! number_value {
    ($ty:ident, $inner:ty, $expected:literal, $max:expr, $json_type:literal) => {
        /// Its JSON Schema, with the bounds the parser enforces.
        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": $json_type, "minimum": 0, "maximum": $max })
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(s)
            }
        }

        impl ReadJson for $ty {
            fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
                // An "integer" in the schema is a whole number here.
                let whole = $json_type == "integer";
                read_bounded(value, at, $expected, $max as f64, whole).map(|n| $ty(n as $inner))
            }
        }
    };
}

number_value!(Days, u32, "a number of days", 3650, "integer");
number_value!(Fraction, f64, "a number from 0 to 1", 1, "number");
number_value!(Count, usize, "a whole number", 1_000_000, "integer");

/// A rule's severity: `warning` or `hint`.
impl ReadJson for Severity {
    fn read_json(value: Value, at: &JsonPath) -> Result<Self, InputError> {
        read_variant(value, at, &Severity::NAMES)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: ReadJson>(json: &str) -> Result<T, String> {
        let value = serde_json::from_str(json).unwrap();
        T::read_json(value, &JsonPath::Root).map_err(|err| err.to_string())
    }

    #[test]
    fn days_reject_words_with_a_readable_message() {
        assert_eq!(
            read::<Days>(r#""two weeks""#),
            Err(r#"expected a number of days, got "two weeks""#.into())
        );
    }

    #[test]
    fn days_reject_fractions_and_negatives() {
        assert!(read::<Days>("1.5").is_err());
        assert!(read::<Days>("-3").is_err());
        assert_eq!(read::<Days>("14"), Ok(Days(14)));
        assert_eq!(read::<Days>("14.0"), Ok(Days(14)));
    }

    #[test]
    fn out_of_range_numbers_read_as_written() {
        assert_eq!(
            read::<Days>("5000"),
            Err("expected a number of days, got 5000".into())
        );
        assert_eq!(
            read::<Count>("1.5"),
            Err("expected a whole number, got 1.5".into())
        );
        assert_eq!(
            read::<Count>("-1"),
            Err("expected a whole number, got -1".into())
        );
    }

    #[test]
    fn other_values_are_named() {
        assert_eq!(
            read::<Days>("null"),
            Err("expected a number of days, got null".into())
        );
        assert_eq!(
            read::<Days>("true"),
            Err("expected a number of days, got true".into())
        );
        assert_eq!(
            read::<Days>("[]"),
            Err("invalid type: sequence, expected a number of days".into())
        );
    }

    #[test]
    fn severities_read_back_by_their_written_names() {
        for severity in [Severity::Hint, Severity::Warning] {
            let written = serde_json::to_string(&severity).unwrap();
            assert_eq!(read::<Severity>(&written), Ok(severity));
        }
    }

    #[test]
    fn fraction_is_bounded() {
        assert!(read::<Fraction>("1.2").is_err());
        assert_eq!(read::<Fraction>("0.8"), Ok(Fraction(0.8)));
        assert_eq!(read::<Fraction>("1"), Ok(Fraction(1.0)));
    }
}
