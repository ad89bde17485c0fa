//! Config value types whose errors read as advice (`expected a number of days, got "two weeks"`).

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A whole number of days (0 to 3,650).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Days(pub u32);

/// A fraction from 0 to 1 (similarity levels, shares of a draft).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Fraction(pub f64);

/// A whole count (0 to 1,000,000): words, lines, phone numbers…
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Count(pub usize);

/// Describes a JSON value the way a person wrote it, for "got …" in messages.
fn shown<T: fmt::Debug>(value: T) -> String {
    format!("{value:?}")
}

macro_rules! number_value {
    ($ty:ident, $inner:ty, $expected:literal, $min:expr, $max:expr, $json_type:literal) => {
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
                schemars::json_schema!({ "type": $json_type, "minimum": $min, "maximum": $max })
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(s)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str($expected)
                    }
                    fn visit_u64<E: de::Error>(self, v: u64) -> Result<$ty, E> {
                        self.visit_f64(v as f64)
                    }
                    fn visit_i64<E: de::Error>(self, v: i64) -> Result<$ty, E> {
                        self.visit_f64(v as f64)
                    }
                    #[allow(clippy::manual_range_contains)]
                    fn visit_f64<E: de::Error>(self, v: f64) -> Result<$ty, E> {
                        let as_inner = v as $inner;
                        if !(v >= $min as f64 && v <= $max as f64) || (as_inner as f64) != v {
                            // Display, not Debug: `got 5000`, as written, not `got 5000.0`.
                            return Err(E::custom(format!("expected {}, got {}", $expected, v)));
                        }
                        Ok($ty(as_inner))
                    }
                    fn visit_str<E: de::Error>(self, v: &str) -> Result<$ty, E> {
                        Err(E::custom(format!(
                            "expected {}, got {}",
                            $expected,
                            shown(v)
                        )))
                    }
                    fn visit_bool<E: de::Error>(self, v: bool) -> Result<$ty, E> {
                        Err(E::custom(format!("expected {}, got {}", $expected, v)))
                    }
                    fn visit_unit<E: de::Error>(self) -> Result<$ty, E> {
                        Err(E::custom(format!("expected {}, got null", $expected)))
                    }
                }
                d.deserialize_any(V)
            }
        }
    };
}

number_value!(Days, u32, "a number of days", 0, 3650, "integer");
number_value!(Fraction, f64, "a number from 0 to 1", 0, 1, "number");
number_value!(Count, usize, "a whole number", 0, 1_000_000, "integer");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_reject_words_with_a_readable_message() {
        let err = serde_json::from_str::<Days>(r#""two weeks""#).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(r#"expected a number of days, got "two weeks""#),
            "{err}"
        );
    }

    #[test]
    fn days_reject_fractions_and_negatives() {
        assert!(serde_json::from_str::<Days>("1.5").is_err());
        assert!(serde_json::from_str::<Days>("-3").is_err());
        assert_eq!(serde_json::from_str::<Days>("14").unwrap(), Days(14));
    }

    #[test]
    fn out_of_range_whole_numbers_read_as_written() {
        let err = serde_json::from_str::<Days>("5000").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("expected a number of days, got 5000 "),
            "{err}"
        );
    }

    #[test]
    fn fraction_is_bounded() {
        assert!(serde_json::from_str::<Fraction>("1.2").is_err());
        assert_eq!(
            serde_json::from_str::<Fraction>("0.8").unwrap(),
            Fraction(0.8)
        );
        assert_eq!(
            serde_json::from_str::<Fraction>("1").unwrap(),
            Fraction(1.0)
        );
    }
}
