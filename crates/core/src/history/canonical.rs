//! Canonical JSON: one exact byte string for a JSON value, so a hash of it can be recomputed in
//! any language and does not depend on the order in which Rust declares struct fields.
//!
//! The writing follows RFC 8785 (JSON Canonicalization Scheme): no whitespace, object members
//! sorted by their names compared as UTF-16 code units, strings with only the escapes JSON
//! requires (`\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other control characters as `\u00xx` in
//! lowercase hex; everything else as raw UTF-8), and numbers as ECMAScript writes them (integers
//! in plain decimal, `2.0` as `2`, `1e21` as `1e+21`).
//!
//! [`prune`] first removes object members that say nothing: `null`, `[]` and `{}` (after pruning
//! their own members), so an absent optional field, one written as `null` and an empty list are
//! the same, whichever way a Rust type happens to serialise them.

use std::cmp::Ordering;
use std::fmt::Write;

use serde_json::Value;

/// Removes, at every depth, object members whose value is `null`, an empty array or an empty
/// object (an object emptied by pruning counts as empty). Array elements are kept as they are,
/// since their places matter.
pub fn prune(value: &mut Value) {
    match value {
        Value::Object(members) => {
            for member in members.values_mut() {
                prune(member);
            }
            members.retain(|_, member| !is_empty(member));
        }
        Value::Array(items) => items.iter_mut().for_each(prune),
        Value::Null | Value::Bool(_) | Value::Number(_) | Value::String(_) => {}
    }
}

fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(members) => members.is_empty(),
        Value::Bool(_) | Value::Number(_) | Value::String(_) => false,
    }
}

/// The canonical text of a value (RFC 8785): compact, members sorted, minimal escapes.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write_value(value, &mut out);
    out
}

fn write_value(value: &Value, out: &mut String) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(n, out),
        Value::String(s) => write_string(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_value(item, out);
            }
            out.push(']');
        }
        Value::Object(members) => {
            // Sorted here, whatever order the map keeps (serde_json's `preserve_order` feature
            // may be switched on by another crate in the build).
            let mut sorted: Vec<(&String, &Value)> = members.iter().collect();
            sorted.sort_by(|a, b| utf16_order(a.0, b.0));
            out.push('{');
            for (i, (name, member)) in sorted.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(name, out);
                out.push(':');
                write_value(member, out);
            }
            out.push('}');
        }
    }
}

/// Names compared as UTF-16 code units, as RFC 8785 asks (this differs from comparing UTF-8
/// bytes only for characters beyond U+FFFF against U+E000–U+FFFF).
fn utf16_order(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

fn write_string(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn write_number(n: &serde_json::Number, out: &mut String) {
    if let Some(i) = n.as_i64() {
        let _ = write!(out, "{i}");
    } else if let Some(u) = n.as_u64() {
        let _ = write!(out, "{u}");
    } else if let Some(f) = n.as_f64() {
        write_float(f, out);
    }
}

/// A finite double as ECMAScript's `Number.prototype.toString` writes it: the shortest digits
/// that read back to the same double, in plain notation from 1e-6 up to 1e21, else with an
/// exponent (`1e+21`, `1.5e-7`).
fn write_float(f: f64, out: &mut String) {
    if f == 0.0 || !f.is_finite() {
        // JSON has no NaN or infinity (serde_json makes them null before this); -0 is "0".
        out.push('0');
        return;
    }
    if f < 0.0 {
        out.push('-');
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "1.5e-7", "1e21", "1.2345e2".
    let scientific = format!("{:e}", f.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let k = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    // The value is 0.DIGITS × 10^n.
    let n = exponent + 1;
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n(
            '0',
            usize::try_from(n - k).unwrap_or(0),
        ));
    } else if 0 < n && n <= 21 {
        let (whole, fraction) = digits.split_at(usize::try_from(n).unwrap_or(0));
        let _ = write!(out, "{whole}.{fraction}");
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', usize::try_from(-n).unwrap_or(0)));
        out.push_str(&digits);
    } else {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let e = n - 1;
        let _ = write!(out, "e{}{}", if e < 0 { '-' } else { '+' }, e.abs());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn float(f: f64) -> String {
        let mut out = String::new();
        write_float(f, &mut out);
        out
    }

    #[test]
    fn numbers_are_written_as_ecmascript_writes_them() {
        let cases = [
            (2.0, "2"),
            (1.5, "1.5"),
            (-0.25, "-0.25"),
            (0.0, "0"),
            (-0.0, "0"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123_456_789_012_345_680_000.0, "123456789012345680000"),
            (0.000_001, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (4.5e300, "4.5e+300"),
            (0.1 + 0.2, "0.30000000000000004"),
            (333_333_333.333_333_3, "333333333.3333333"),
        ];
        for (f, text) in cases {
            assert_eq!(float(f), text, "{f:e}");
        }
        assert_eq!(to_string(&json!(u64::MAX)), "18446744073709551615");
        assert_eq!(to_string(&json!(-7)), "-7");
    }

    #[test]
    fn members_are_sorted_and_strings_minimally_escaped() {
        let value = json!({
            "b": [3, {"z": true, "a": null}],
            "a": "æ\"\\/\n\t\u{1}\u{7f}😀",
            "\u{e000}": 1,
            "😀": 2,
        });
        assert_eq!(
            to_string(&value),
            "{\"a\":\"æ\\\"\\\\/\\n\\t\\u0001\u{7f}😀\",\"b\":[3,{\"a\":null,\"z\":true}],\"😀\":2,\"\u{e000}\":1}"
        );
    }

    #[test]
    fn pruning_drops_members_that_say_nothing_but_keeps_array_places() {
        let mut value = json!({
            "keep": [null, {}, []],
            "none": null,
            "list": [],
            "deep": {"inner": {"x": null}},
            "zero": 0,
            "blank": "",
            "no": false,
        });
        prune(&mut value);
        assert_eq!(
            value,
            json!({"keep": [null, {}, []], "zero": 0, "blank": "", "no": false})
        );
    }
}
