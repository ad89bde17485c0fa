//! How errors describe JSON values, in serde's words, so messages read as they always have
//! (`invalid type: integer `5`, expected a string`, `expected `hint` or `warning``).

use serde_json::{Number, Value};

use super::decimal::short_decimal;
use super::{InputError, JsonPath};

/// Said of a float that no short decimal gives exactly (`1e300`).
const TOO_LONG: &str = "a number too long to show";

/// `value` is not of the type the field needs: `invalid type: null, expected a boolean`.
pub(crate) fn invalid_type(value: &Value, expected: &str, at: &JsonPath) -> InputError {
    InputError::new(
        at.to_string(),
        format!(
            "invalid type: {}, expected {expected}",
            kind_and_value(value)
        ),
    )
}

/// What `value` is, with the value when it is short: `string "x"`, `integer `5``, `map`.
pub(crate) fn kind_and_value(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(flag) => format!("boolean `{flag}`"),
        Value::Number(number) if number.is_f64() => match number.as_f64().and_then(short_decimal) {
            Some(text) => format!("floating point `{text}`"),
            None => TOO_LONG.into(),
        },
        Value::Number(number) => format!("integer `{}`", number_text(number)),
        Value::String(text) => format!("string {}", quoted(text)),
        Value::Array(_) => "sequence".into(),
        Value::Object(_) => "map".into(),
    }
}

/// `text` in double quotes, as error messages show what someone typed: `"no jargon"`. `"`, `\\`
/// and control characters are escaped as `{:?}` escapes them (`\"`, `\\`, `\n`, `\u{7}`); other
/// characters are left as they are. Unlike `{:?}` it does not bring `Debug` for strings (and its
/// escaping of non-printable characters) into the wasm module.
pub fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number as the input wrote it: `5000`, `-3`, `1.5`.
pub(crate) fn number_text(number: &Number) -> String {
    if let Some(whole) = number.as_u64() {
        whole.to_string()
    } else if let Some(whole) = number.as_i64() {
        whole.to_string()
    } else {
        number
            .as_f64()
            .and_then(short_decimal)
            .unwrap_or_else(|| TOO_LONG.into())
    }
}

/// The accepted names: `` `a` ``, `` `a` or `b` ``, or `` one of `a`, `b`, `c` ``.
pub(crate) fn one_of(names: &[&str]) -> String {
    let (mut text, separator) = match names.len() {
        1 => (String::new(), ""),
        2 => (String::new(), " or "),
        _ => (String::from("one of "), ", "),
    };
    // Pushed piece by piece: quoting each name with `format!` and joining costs more code.
    for (index, name) in names.iter().enumerate() {
        if index > 0 {
            text.push_str(separator);
        }
        text.push('`');
        text.push_str(name);
        text.push('`');
    }
    text
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn quoted_escapes_as_debug_does_for_quotes_backslashes_and_controls() {
        for text in [
            "no-jargon",
            "say \"hello\"",
            r"C:\path",
            "two\nlines\tand\r",
            "bell \u{7}",
            "",
        ] {
            assert_eq!(quoted(text), format!("{text:?}"));
        }
        // Other characters stay as typed ({:?} would escape the zero-width space).
        assert_eq!(
            quoted("caf\u{e9} \u{200b}\u{2019}"),
            "\"caf\u{e9} \u{200b}\u{2019}\""
        );
    }

    #[test]
    fn values_are_described_as_serde_did() {
        let described: Vec<String> = [
            json!(null),
            json!(true),
            json!(5),
            json!(-2),
            json!(1.5),
            json!("x"),
            json!([]),
            json!({}),
        ]
        .iter()
        .map(kind_and_value)
        .collect();
        assert_eq!(
            described,
            [
                "null",
                "boolean `true`",
                "integer `5`",
                "integer `-2`",
                "floating point `1.5`",
                "string \"x\"",
                "sequence",
                "map"
            ]
        );
    }

    #[test]
    fn numbers_read_as_written() {
        let written: Vec<String> = [
            json!(5000),
            json!(-3),
            json!(1.5),
            json!(5000.0),
            json!(1e300),
        ]
        .iter()
        .map(|value| number_text(value.as_number().unwrap()))
        .collect();
        assert_eq!(written, ["5000", "-3", "1.5", "5000", TOO_LONG]);
        assert_eq!(kind_and_value(&json!(1e300)), TOO_LONG);
    }

    #[test]
    fn choices_read_as_a_list() {
        assert_eq!(one_of(&["a"]), "`a`");
        assert_eq!(one_of(&["hint", "warning"]), "`hint` or `warning`");
        assert_eq!(one_of(&["a", "b", "c"]), "one of `a`, `b`, `c`");
        assert_eq!(one_of(&[]), "one of ");
    }
}
