//! The one catalogue of every word a user reads: Project Fluent files in `locales/<locale>/`
//! (bokmål, nynorsk, English), compiled in. The core and the CLI read them here; the page reads
//! the same files (`ui/src/lib/i18n.ts`). Only this module names fluent-bundle.
//!
//! A message is looked up by its id with named arguments. Numbers stay numbers, so a message can
//! choose its words by the language's plural rules (`{ $n -> [one] … *[other] … }`).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::lang::Locale;

/// The catalogue's files, by name, each in bokmål, nynorsk and English.
const SOURCES: [(&str, [&str; 3]); 3] = [
    (
        "core.ftl",
        [
            include_str!("../../../locales/nb/core.ftl"),
            include_str!("../../../locales/nn/core.ftl"),
            include_str!("../../../locales/en/core.ftl"),
        ],
    ),
    (
        "cli.ftl",
        [
            include_str!("../../../locales/nb/cli.ftl"),
            include_str!("../../../locales/nn/cli.ftl"),
            include_str!("../../../locales/en/cli.ftl"),
        ],
    ),
    (
        "app.ftl",
        [
            include_str!("../../../locales/nb/app.ftl"),
            include_str!("../../../locales/nn/app.ftl"),
            include_str!("../../../locales/en/app.ftl"),
        ],
    ),
];

/// The names of the catalogue's files (the same in every locale's folder).
pub const FILES: [&str; 3] = [SOURCES[0].0, SOURCES[1].0, SOURCES[2].0];

/// The source of one Fluent file of one locale.
pub fn source(locale: Locale, file: &str) -> Option<&'static str> {
    SOURCES
        .iter()
        .find(|(name, _)| *name == file)
        .map(|(_, by_locale)| by_locale[index(locale)])
}

/// The files the Rust side formats from; `app.ftl` is the page's alone.
const RUST_FILES: [&str; 2] = ["core.ftl", "cli.ftl"];

fn index(locale: Locale) -> usize {
    match locale {
        Locale::Nb => 0,
        Locale::Nn => 1,
        Locale::En => 2,
    }
}

/// The language tag a locale's plural rules are looked up by.
pub fn tag(locale: Locale) -> &'static str {
    match locale {
        Locale::Nb => "nb",
        Locale::Nn => "nn",
        Locale::En => "en",
    }
}

/// An argument of a message: text, or a number (which plural rules can select on).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text, inserted as it is.
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(text.as_str()))
    }
}

impl<'a> From<&&'a str> for Arg<'a> {
    fn from(text: &&'a str) -> Self {
        Arg::Text(Cow::Borrowed(*text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        Arg::Text(text)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
        impl From<&$t> for Arg<'_> {
            fn from(n: &$t) -> Self {
                Arg::Number(*n as f64)
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64, f64);

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle; 3] {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    BUNDLES.get_or_init(|| [Locale::Nb, Locale::Nn, Locale::En].map(build))
}

fn build(locale: Locale) -> Bundle {
    let lang: LanguageIdentifier = tag(locale).parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![lang]);
    // No Unicode isolation marks around arguments: the texts go to terminals, PDFs and files.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match locale {
        Locale::Nb | Locale::Nn => format_norwegian,
        Locale::En => format_english,
    }));
    for file in RUST_FILES {
        let text = source(locale, file).unwrap_or_default();
        // A file that does not parse keeps the messages that did; the catalogue tests fail on it.
        let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(r, _)| r);
        // Ids given twice are refused by the tests; here the first one stays.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// A number as a Norwegian reader expects it: a decimal comma, and from five digits groups of
/// three split by a no-break space (12 000; 2026 stays whole).
fn format_norwegian(value: &FluentValue<'_>, _: &Memoizer) -> Option<String> {
    number(value, ',', '\u{a0}')
}

/// A number as an English reader expects it: a decimal point, groups split by commas.
fn format_english(value: &FluentValue<'_>, _: &Memoizer) -> Option<String> {
    number(value, '.', ',')
}

type Memoizer = intl_memoizer::concurrent::IntlLangMemoizer;

/// Writes a number with the given decimal mark and group separator; none for other values.
fn number(value: &FluentValue<'_>, decimal: char, group: char) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    Some(decimal_text(n.value, decimal, group))
}

/// `value` with up to two decimals (trailing zeros dropped), the decimal mark and, from five
/// digits, groups of three.
fn decimal_text(value: f64, decimal: char, group: char) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{:.2}", rounded.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::new();
    if rounded < 0.0 {
        out.push('-');
    }
    if whole.len() >= 5 {
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push(decimal);
        out.push_str(fraction);
    }
    out
}

/// The text of message `id` in `locale` with `args` filled in. A message the catalogue lacks
/// gives its id (the catalogue tests make sure none is used).
pub fn text(locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    lookup(locale, id, args).unwrap_or_else(|| id.to_owned())
}

/// The text of message `id` in `locale`, or none when the catalogue has no such message (for
/// ids made from data, such as a field's name).
pub fn lookup(locale: Locale, id: &str, args: &[(&str, Arg<'_>)]) -> Option<String> {
    let bundle = &bundles()[index(locale)];
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    let mut errors = Vec::new();
    let args = (!args.is_empty()).then_some(&fluent_args);
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

/// Every message id of one Fluent source, in order (for the catalogue's tests).
pub fn ids(source: &str) -> Result<Vec<String>, Vec<String>> {
    use fluent_syntax::ast::Entry;
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>())?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

/// Writes `text(l, id, args…)` with named arguments: `msg!(l, "id", name, other = expr)`.
#[macro_export]
#[doc(hidden)]
macro_rules! msg {
    ($locale:expr, $id:literal $(, $name:ident $(= $value:expr)?)* $(,)?) => {
        $crate::catalogue::text(
            $locale,
            $id,
            &[$((stringify!($name), $crate::catalogue::Arg::from($crate::msg!(@value $name $(= $value)?)))),*],
        )
    };
    (@value $name:ident = $value:expr) => { $value };
    (@value $name:ident) => { $name };
}

impl From<&crate::check::Code> for Arg<'_> {
    fn from(code: &crate::check::Code) -> Self {
        Arg::Text(Cow::Owned(code.to_string()))
    }
}

/// The TypeScript type of every message id the page can show (`core.ftl` and `app.ftl`), as
/// `ui/src/lib/bindings/MessageId.ts` holds it; `make bindings` writes it.
pub fn message_id_type() -> String {
    let mut all: Vec<String> = ["core.ftl", "app.ftl"]
        .iter()
        .filter_map(|file| source(Locale::Nb, file))
        .filter_map(|text| ids(text).ok())
        .flatten()
        .collect();
    all.sort();
    all.dedup();
    let mut out = String::from(
        "// Generated from locales/nb/core.ftl and app.ftl by avtale-core (make bindings). Do not edit.\n\nexport type MessageId =\n",
    );
    for (i, id) in all.iter().enumerate() {
        let end = if i + 1 == all.len() { ";" } else { "" };
        out.push_str(&format!("  | \"{id}\"{end}\n"));
    }
    out
}

#[cfg(all(test, feature = "ts"))]
mod bindings {
    /// Written with the ts-rs bindings (`make bindings`; `make check-bindings` compares).
    #[test]
    fn export_bindings_message_id() {
        let dir = std::env::var("TS_RS_EXPORT_DIR").unwrap_or_else(|_| "bindings".to_owned());
        std::fs::create_dir_all(&dir).expect("bindings folder");
        std::fs::write(
            std::path::Path::new(&dir).join("MessageId.ts"),
            super::message_id_type(),
        )
        .expect("MessageId.ts written");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        assert_eq!(decimal_text(1.5, ',', ' '), "1,5");
        assert_eq!(decimal_text(2026.0, ',', ' '), "2026");
        assert_eq!(decimal_text(12000.0, ',', ' '), "12 000");
        assert_eq!(decimal_text(1234567.25, '.', ','), "1,234,567.25");
        assert_eq!(decimal_text(-0.333, ',', ' '), "-0,33");
        assert_eq!(decimal_text(7.0, ',', ' '), "7");
    }

    #[test]
    fn a_message_takes_numbers_and_chooses_by_plural_rules() {
        let text = |l, n: u32| text(l, "history-intact", &[("revisions", n.into())]);
        assert!(text(Locale::Nb, 1).contains("1 revisjon,"));
        assert!(text(Locale::Nn, 3).contains("3 revisjonar"));
        assert!(text(Locale::En, 1).contains("1 revision,"));
    }
}
