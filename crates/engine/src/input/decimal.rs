//! Floats written back as short decimals for error messages (`got 1.5`), without a general
//! float formatter: `f64`'s `Display` and serde_json's (zmij) each add 14–19 kB to the wasm.

/// Most decimals tried: enough for any float written with up to 17 significant digits.
const MAX_DECIMALS: i32 = 17;

/// Largest scaled value kept: below 2^63, so it converts to `i64` exactly.
const MAX_SCALED: f64 = 9.2e18;

/// `value` with the fewest decimals (at most 17) that read back as exactly `value`: `1.5`,
/// `-0.1`, `5000`, `0.0000001`. `None` when no such short decimal exists (`1e300`, `1e-20`).
pub(crate) fn short_decimal(value: f64) -> Option<String> {
    let mut scale = 1.0_f64;
    for decimals in 0..=MAX_DECIMALS {
        let scaled = (value * scale).round();
        if scaled.abs() >= MAX_SCALED {
            return None;
        }
        if scaled / scale == value {
            return Some(with_point(scaled as i64, decimals as usize));
        }
        scale *= 10.0;
    }
    None
}

/// `digits` (a whole number) with a decimal point `decimals` places from the right.
fn with_point(digits: i64, decimals: usize) -> String {
    let sign = if digits < 0 { "-" } else { "" };
    let padded = format!("{:0>width$}", digits.unsigned_abs(), width = decimals + 1);
    let (whole, fraction) = padded.split_at(padded.len() - decimals);
    if fraction.is_empty() {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{fraction}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_read_as_written() {
        let written = [
            (1.5, "1.5"),
            (-0.1, "-0.1"),
            (1.2, "1.2"),
            (0.07, "0.07"),
            (-3.5, "-3.5"),
            (5000.0, "5000"),
            (1e-7, "0.0000001"),
            (0.30000000000000004, "0.30000000000000004"),
            (123456.789, "123456.789"),
            (1e16, "10000000000000000"),
        ];
        for (value, text) in written {
            assert_eq!(short_decimal(value).as_deref(), Some(text), "{value:?}");
        }
    }

    #[test]
    fn floats_without_a_short_decimal_have_none() {
        assert_eq!(short_decimal(1e300), None);
        assert_eq!(short_decimal(1e-20), None);
        assert_eq!(short_decimal(-1e19), None);
    }
}
