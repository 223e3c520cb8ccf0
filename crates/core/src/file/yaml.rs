//! The one place that names the YAML library (serde-saphyr), so it can be swapped.
//!
//! Reading sets budgets against hostile input (alias bombs, deep nesting, node floods) and
//! turns the library's errors into a position and a short English detail that the message
//! catalogue renders in Norwegian.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::locate::Position;

/// A YAML text that could not be read into the expected type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YamlError {
    /// Where the problem is, when known.
    pub position: Option<Position>,
    /// What went wrong.
    pub problem: YamlProblem,
}

/// What went wrong while reading YAML, sorted so the catalogue can say it in Norwegian.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YamlProblem {
    /// A field that the format does not have (often misspelled).
    UnknownField {
        /// The field as written.
        field: String,
        /// The fields allowed here.
        expected: Vec<String>,
    },
    /// A required field is missing.
    MissingField(String),
    /// A value that is not one of the allowed words.
    UnknownValue {
        /// The value as written.
        value: String,
        /// The values allowed here.
        expected: Vec<String>,
    },
    /// A value of the wrong type, such as text where a number belongs.
    WrongType {
        /// What was found.
        found: String,
        /// What was expected.
        expected: String,
    },
    /// A date not written as `YYYY-MM-DD`, or a day that does not exist.
    BadDate(String),
    /// A time not written in RFC 3339.
    BadTime(String),
    /// The same key twice in one mapping.
    DuplicateKey(String),
    /// The input breaks a safety budget (too deep, too many nodes or aliases).
    TooComplex(String),
    /// Anything else the parser reports (YAML syntax errors among them).
    Other(String),
}

/// Limits for one agreement or template file. Avtale never writes anchors or aliases, so a
/// hand-edited file that needs more than a few dozen is hostile or broken.
fn budget() -> serde_saphyr::Budget {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = 48;
    budget.max_aliases = 50;
    budget.max_anchors = 50;
    budget.max_recorded_anchor_events = 20_000;
    budget.max_nodes = 2_000_000;
    budget.max_events = 4_000_000;
    budget.max_documents = 1;
    budget
}

fn options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: Some(budget()),
        strict_booleans: true,
    }
}

/// Reads a YAML text into `T`.
///
/// The reader enforces the budget as it goes, but it stops at the first problem it meets,
/// such as a field it does not know; an alias bomb behind an unknown key would then be
/// reported as that key. So when reading fails, the whole text is scanned against the budget,
/// and a breach is reported instead of the reader's error. Files that read cleanly skip the
/// scan, which costs about a third of the reading time.
///
/// The scanner has a nesting limit of its own, and it looks ahead: thousands of `[` can trip
/// that limit before the budget's depth is reached, so the scan fails instead of reporting a
/// breach. That is the same problem, and reported the same way.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    use serde_saphyr::budget::{EnforcingPolicy, check_yaml_budget};
    serde_saphyr::from_str_with_options(text, options()).map_err(|err| {
        match check_yaml_budget(text, budget(), EnforcingPolicy::AllContent) {
            Ok(report) if report.breached.is_some() => YamlError {
                position: event_position(text, report.events),
                problem: YamlProblem::TooComplex(format!("{:?}", report.breached)),
            },
            Err(scan) if *scan.kind() == granit_parser::ErrorKind::RecursionLimitExceeded => {
                YamlError {
                    position: Some(Position {
                        line: scan.marker().line(),
                        column: scan.marker().col() + 1,
                    }),
                    problem: YamlProblem::TooComplex("nesting limit".into()),
                }
            }
            _ => convert(&err),
        }
    })
}

/// Where the `n`th parser event (counted from 1) starts: the budget scan stops at the event
/// that breaks the budget and reports how many it saw.
fn event_position(text: &str, n: usize) -> Option<Position> {
    let (_, span) = granit_parser::Parser::new_from_str(text)
        .nth(n.checked_sub(1)?)?
        .ok()?;
    Some(Position {
        line: span.start.line(),
        column: span.start.col() + 1,
    })
}

/// Writes `value` as YAML.
pub(crate) fn to_string<T: Serialize>(value: &T) -> String {
    // Serialising the plain data types of this crate cannot fail: they hold only strings,
    // numbers, booleans, sequences and string-keyed maps.
    serde_saphyr::to_string(value).unwrap_or_default()
}

fn convert(err: &serde_saphyr::Error) -> YamlError {
    let err = err.without_snippet();
    let position = err.location().and_then(|loc| {
        let (line, column) = (loc.line() as usize, loc.column() as usize);
        (line > 0).then_some(Position {
            line,
            column: column.max(1),
        })
    });
    let problem = match err {
        serde_saphyr::Error::Budget { breach, .. } => {
            YamlProblem::TooComplex(format!("{breach:?}"))
        }
        _ => classify(strip_location(&err.to_string())),
    };
    YamlError { position, problem }
}

/// Removes the " at line N, column M" the library appends to its plain messages.
fn strip_location(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |cut| &message[..cut])
}

/// Sorts serde's standard English messages into problems.
fn classify(message: &str) -> YamlProblem {
    if let Some(rest) = message.strip_prefix("unknown field ") {
        let (field, expected) = split_expected(rest);
        return YamlProblem::UnknownField { field, expected };
    }
    if let Some(rest) = message.strip_prefix("unknown variant ") {
        let (value, expected) = split_expected(rest);
        return YamlProblem::UnknownValue { value, expected };
    }
    if let Some(rest) = message.strip_prefix("missing field ") {
        return YamlProblem::MissingField(unquote(rest));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return YamlProblem::WrongType {
            found: found.to_owned(),
            expected: expected.to_owned(),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid value: ")
        && let Some((found, expected)) = rest.split_once(", expected ")
    {
        return YamlProblem::WrongType {
            found: found.to_owned(),
            expected: expected.to_owned(),
        };
    }
    if let Some(rest) = message.strip_prefix("invalid date ") {
        return YamlProblem::BadDate(unquote(rest.split(':').next().unwrap_or(rest)));
    }
    if let Some(rest) = message.strip_prefix("invalid time ") {
        let quoted = rest.split('`').nth(1).unwrap_or(rest);
        return YamlProblem::BadTime(quoted.to_owned());
    }
    if let Some(rest) = message.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest);
        return YamlProblem::DuplicateKey(key.trim().to_owned());
    }
    if message.starts_with("budget breached") || message.contains("budget breached:") {
        return YamlProblem::TooComplex(message.to_owned());
    }
    if let Some(kind) = message.strip_prefix("invalid ")
        && !kind.contains(' ')
    {
        return YamlProblem::WrongType {
            found: String::new(),
            expected: kind.to_owned(),
        };
    }
    if message.starts_with("invalid type: null") || message.contains("null into string") {
        return YamlProblem::WrongType {
            found: "null".into(),
            expected: "text".into(),
        };
    }
    YamlProblem::Other(message.to_owned())
}

/// Splits "`x`, expected one of `a`, `b`" into `x` and `[a, b]`.
fn split_expected(rest: &str) -> (String, Vec<String>) {
    match rest.split_once(", expected ") {
        Some((found, expected)) => {
            let list = expected
                .trim_start_matches("one of ")
                .split(", ")
                .map(unquote)
                .filter(|s| !s.is_empty())
                .collect();
            (unquote(found), list)
        }
        None => (unquote(rest), Vec::new()),
    }
}

fn unquote(text: &str) -> String {
    text.trim().trim_matches('`').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code, reason = "fields are read only by the deserializer")]
    struct Doc {
        name: String,
        count: u32,
    }

    #[test]
    fn unknown_field_lists_the_allowed_ones() {
        let err = from_str::<Doc>("name: a\ncuont: 2\n").unwrap_err();
        assert_eq!(
            err.problem,
            YamlProblem::UnknownField {
                field: "cuont".into(),
                expected: vec!["name".into(), "count".into()]
            }
        );
        assert_eq!(err.position.map(|p| p.line), Some(2));
    }

    #[test]
    fn wrong_type_and_missing_field_are_classified() {
        let err = from_str::<Doc>("name: a\ncount: fire\n").unwrap_err();
        assert!(
            matches!(err.problem, YamlProblem::WrongType { .. }),
            "{err:?}"
        );
        let err = from_str::<Doc>("name: a\n").unwrap_err();
        assert_eq!(err.problem, YamlProblem::MissingField("count".into()));
    }

    #[test]
    fn alias_bomb_is_refused_quickly() {
        let mut bomb = String::from("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
        for (i, name) in ["b", "c", "d", "e", "f", "g", "h", "i"].iter().enumerate() {
            let prev = ["a", "b", "c", "d", "e", "f", "g", "h"][i];
            let refs = vec![format!("*{prev}"); 10].join(",");
            bomb.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        let err = from_str::<serde_json::Value>(&bomb).unwrap_err();
        assert!(matches!(err.problem, YamlProblem::TooComplex(_)), "{err:?}");
    }

    /// Broke before: `meta: ` and 100 000 `[` gave "expected mapping start" (the scanner's
    /// nesting limit stopped the budget scan before it reached the depth budget).
    #[test]
    fn nesting_beyond_the_scanner_limit_is_too_complex() {
        for n in [300, 100_000] {
            let deep = format!("name: a\ncount: {}{}\n", "[".repeat(n), "]".repeat(n));
            let err = from_str::<Doc>(&deep).unwrap_err();
            assert!(
                matches!(err.problem, YamlProblem::TooComplex(_)),
                "{n}: {err:?}"
            );
            assert_eq!(err.position.map(|p| p.line), Some(2), "{n}");
        }
    }
}
