//! Config value types whose errors read as advice (`expected a number of days, got "two weeks"`).

use std::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::input::quoted;

/// A whole number of days (0 to 3,650).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Days(pub u32);

/// A fraction from 0 to 1 (similarity levels, shares of a draft).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Fraction(pub f64);

/// A whole count (0 to 1,000,000): words, lines, phone numbers…
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Count(pub usize);

/// What a number setting accepts, for its reader and its error messages.
struct Bounds {
    /// What was expected, e.g. `a number of days`.
    expected: &'static str,
    /// The range, said after `expected` when a number is out of it (`between 0 and 3650`);
    /// empty when `expected` says it already.
    range: &'static str,
    /// The largest number accepted (the smallest is 0).
    max: u32,
    /// Whether only whole numbers are accepted.
    whole: bool,
}

/// Reads a number within `Bounds`; any other value is named in the error (`expected a number
/// of days, got "two weeks"`), and a number out of range is told the range.
struct BoundedVisitor(&'static Bounds);

impl BoundedVisitor {
    fn got<E: de::Error>(&self, got: impl fmt::Display) -> E {
        E::custom(format_args!("expected {}, got {got}", self.0.expected))
    }

    fn number<E: de::Error>(self, n: f64, written: impl fmt::Display) -> Result<f64, E> {
        let bounds = self.0;
        if bounds.whole && n.trunc() != n {
            return Err(self.got(written));
        }
        if !(0.0..=f64::from(bounds.max)).contains(&n) {
            let range = bounds.range;
            let space = if range.is_empty() { "" } else { " " };
            return Err(E::custom(format_args!(
                "expected {}{space}{range}, got {written}",
                bounds.expected
            )));
        }
        Ok(n)
    }
}

impl Visitor<'_> for BoundedVisitor {
    type Value = f64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0.expected)
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<f64, E> {
        self.number(n as f64, n)
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<f64, E> {
        self.number(n as f64, n)
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<f64, E> {
        self.number(n, n)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<f64, E> {
        Err(self.got(quoted(text)))
    }

    fn visit_bool<E: de::Error>(self, flag: bool) -> Result<f64, E> {
        Err(self.got(flag))
    }

    fn visit_unit<E: de::Error>(self) -> Result<f64, E> {
        Err(self.got("null"))
    }

    fn visit_none<E: de::Error>(self) -> Result<f64, E> {
        self.visit_unit()
    }
}

macro_rules! number_value {
    ($ty:ident, $inner:ty, $bounds:expr, $json_type:literal) => {
        impl $ty {
            const BOUNDS: Bounds = $bounds;
        }

        /// Its JSON Schema, with the bounds the reader enforces.
        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $ty {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": $json_type, "minimum": 0, "maximum": $ty::BOUNDS.max })
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(s)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(BoundedVisitor(&$ty::BOUNDS))
                    .map(|n| $ty(n as $inner))
            }
        }
    };
}

number_value!(
    Days,
    u32,
    Bounds {
        expected: "a number of days",
        range: "between 0 and 3650",
        max: 3650,
        whole: true,
    },
    "integer"
);
number_value!(
    Fraction,
    f64,
    Bounds {
        expected: "a number from 0 to 1",
        range: "",
        max: 1,
        whole: false,
    },
    "number"
);
number_value!(
    Count,
    usize,
    Bounds {
        expected: "a whole number",
        range: "between 0 and 1000000",
        max: 1_000_000,
        whole: true,
    },
    "integer"
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Severity;

    fn read<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
        crate::input::from_json(json).map_err(|err| err.to_string())
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
    fn out_of_range_numbers_are_told_the_range() {
        assert_eq!(
            read::<Days>("5000"),
            Err("expected a number of days between 0 and 3650, got 5000".into())
        );
        assert_eq!(
            read::<Count>("1.5"),
            Err("expected a whole number, got 1.5".into())
        );
        assert_eq!(
            read::<Count>("-1"),
            Err("expected a whole number between 0 and 1000000, got -1".into())
        );
        assert_eq!(
            read::<Fraction>("1.2"),
            Err("expected a number from 0 to 1, got 1.2".into())
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
        assert_eq!(
            read::<Severity>(r#""error""#),
            Err("unknown variant `error`, expected `hint` or `warning`".into())
        );
    }

    #[test]
    fn fraction_is_bounded() {
        assert!(read::<Fraction>("1.2").is_err());
        assert_eq!(read::<Fraction>("0.8"), Ok(Fraction(0.8)));
        assert_eq!(read::<Fraction>("1"), Ok(Fraction(1.0)));
    }
}
