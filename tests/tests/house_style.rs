//! House style: where Norwegian allows two forms of a word, Avtale writes one, everywhere a user
//! reads. The word list is `tests/fixtures/house-style.yaml`; each rule names a form to avoid,
//! what to write instead and why. These tests read every text a user meets and fail, naming the
//! file, the language, the word and the text it was found in, when an avoided form comes back:
//!
//! - the core's message catalogue (`crates/core/src/messages.rs`, every `t!(locale, nb, nn, en)`);
//! - the page's message catalogue (`ui/src/lib/i18n.ts`, every `nb:`, `nn:` and `en:` text);
//! - the shipped templates, starters, term bank and legal facts;
//! - the six starters as `avtale new` makes them and `avtale render --format md` prints them.
//!
//! Rules under `all` apply to every language; those under `nb`, `nn` and `en` to that language.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;

use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::render::markdown;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::termbank::TermBank;
use avtale_core::{TemplateSet, template::Template};

// ---------------------------------------------------------------------------------------------
// The word list and the matcher

/// How a rule's form is found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
enum Match {
    /// The whole word.
    Word,
    /// Words that start with the form.
    Prefix,
    /// Anywhere in a word.
    Part,
}

/// One rule of the word list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Rule {
    /// The form not to write.
    avoid: String,
    /// What to write instead.
    #[serde(rename = "use")]
    instead: String,
    /// How the form is found.
    #[serde(rename = "match")]
    how: Match,
    /// True when the case must match as written.
    #[serde(default)]
    case: bool,
    /// Why, with the source.
    why: String,
}

/// The word list: rules for every language and for each one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HouseStyle {
    #[serde(default)]
    all: Vec<Rule>,
    #[serde(default)]
    nb: Vec<Rule>,
    #[serde(default)]
    nn: Vec<Rule>,
    #[serde(default)]
    en: Vec<Rule>,
}

impl HouseStyle {
    fn load() -> Self {
        let path = repo().join("tests/fixtures/house-style.yaml");
        let text = std::fs::read_to_string(&path).expect("the house-style list is readable");
        serde_saphyr::from_str(&text)
            .unwrap_or_else(|err| panic!("{} does not read: {err}", path.display()))
    }

    /// The rules a text in `lang` ("nb", "nn" or "en") must follow.
    fn rules(&self, lang: &str) -> Vec<&Rule> {
        let own = match lang {
            "nb" => &self.nb,
            "nn" => &self.nn,
            "en" => &self.en,
            other => panic!("no language {other}"),
        };
        self.all.iter().chain(own).collect()
    }
}

/// The words of a text with their byte offsets: runs of letters and digits (æøå and other
/// letters included); anything else, a hyphen among them, ends a word.
fn words(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out
}

/// Where the rule's form first occurs in `text` (the byte offset of the word), if it does.
fn find(rule: &Rule, text: &str) -> Option<usize> {
    let fold = |s: &str| {
        if rule.case {
            s.to_owned()
        } else {
            s.to_lowercase()
        }
    };
    let avoid = fold(&rule.avoid);
    words(text).into_iter().find_map(|(at, word)| {
        let word = fold(word);
        let hit = match rule.how {
            Match::Word => word == avoid,
            Match::Prefix => word.starts_with(&avoid),
            Match::Part => word.contains(&avoid),
        };
        hit.then_some(at)
    })
}

/// A few words either side of `at`, on one line.
fn excerpt(text: &str, at: usize) -> String {
    const SIDE: usize = 60;
    let mut from = at.saturating_sub(SIDE);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at + SIDE).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&text[from..to]);
    if to < text.len() {
        out.push('…');
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One text a user reads: where it comes from, its language and its words.
struct Text {
    /// The file (and line or field) it comes from.
    place: String,
    /// "nb", "nn" or "en".
    lang: &'static str,
    text: String,
}

impl Text {
    fn new(place: impl Into<String>, lang: &'static str, text: impl Into<String>) -> Self {
        Text {
            place: place.into(),
            lang,
            text: text.into(),
        }
    }
}

/// Every breach of the house style in `texts`, one line each, and the rules they break.
fn breaches<'s>(style: &'s HouseStyle, texts: &[Text]) -> (Vec<String>, Vec<&'s Rule>) {
    let mut lines = Vec::new();
    let mut broken: Vec<&Rule> = Vec::new();
    for t in texts {
        for rule in style.rules(t.lang) {
            if let Some(at) = find(rule, &t.text) {
                lines.push(format!(
                    "{}: {}: «{}» (write «{}») in: {}",
                    t.place,
                    t.lang,
                    rule.avoid,
                    rule.instead,
                    excerpt(&t.text, at)
                ));
                if !broken.iter().any(|r| std::ptr::eq(*r, rule)) {
                    broken.push(rule);
                }
            }
        }
    }
    (lines, broken)
}

/// Fails with every breach, if there is any, and why each rule is there.
fn assert_follows_house_style(what: &str, texts: &[Text]) {
    let style = HouseStyle::load();
    let (found, broken) = breaches(&style, texts);
    if !found.is_empty() {
        let mut report = format!(
            "{} breach(es) of the house style (tests/fixtures/house-style.yaml) in {what}:\n",
            found.len()
        );
        for line in &found {
            let _ = writeln!(report, "  {line}");
        }
        let _ = writeln!(report, "Why:");
        for rule in broken {
            let _ = writeln!(
                report,
                "  «{}» → «{}»: {}",
                rule.avoid, rule.instead, rule.why
            );
        }
        panic!("{report}");
    }
}

/// The repository's root.
fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the repository")
        .to_path_buf()
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(repo().join(relative))
        .unwrap_or_else(|err| panic!("{relative} is not readable: {err}"))
}

// ---------------------------------------------------------------------------------------------
// The core's message catalogue: `t!(locale, nb, nn, en)` calls in messages.rs

/// A small reader of Rust source: enough to find macro calls and their string literals while
/// skipping comments, string and character literals.
struct Source<'a> {
    text: &'a str,
}

/// What sits at a position of Rust source.
enum Token {
    /// A string literal: its value and the byte after it.
    Str(String, usize),
    /// A comment, character literal or lifetime: the byte after it.
    Skip(usize),
    /// Anything else: one character.
    Char(char),
}

impl<'a> Source<'a> {
    fn new(text: &'a str) -> Self {
        Source { text }
    }

    /// The line (from 1) of a byte offset.
    fn line(&self, at: usize) -> usize {
        self.text[..at].matches('\n').count() + 1
    }

    fn is_ident(c: char) -> bool {
        c.is_alphanumeric() || c == '_'
    }

    /// The token at `at`.
    fn token(&self, at: usize) -> Token {
        let rest = &self.text[at..];
        let before = self.text[..at].chars().next_back();
        let c = rest.chars().next().expect("inside the text");
        if rest.starts_with("//") {
            let end = rest.find('\n').map_or(self.text.len(), |n| at + n);
            return Token::Skip(end);
        }
        if rest.starts_with("/*") {
            let end = rest.find("*/").map_or(self.text.len(), |n| at + n + 2);
            return Token::Skip(end);
        }
        if !before.is_some_and(Self::is_ident) {
            // Raw strings: r"…", r#"…"#.
            if let Some(raw) = rest.strip_prefix('r') {
                let hashes = raw.len() - raw.trim_start_matches('#').len();
                if raw[hashes..].starts_with('"') {
                    let open = 1 + hashes + 1;
                    let close = format!("\"{}", "#".repeat(hashes));
                    let body_end = rest[open..].find(&close).expect("a closed raw string") + open;
                    return Token::Str(
                        rest[open..body_end].to_owned(),
                        at + body_end + close.len(),
                    );
                }
            }
        }
        match c {
            '"' => {
                let (value, len) = Self::string(rest);
                Token::Str(value, at + len)
            }
            '\'' => {
                // A character literal ('x', '\n', '\u{e6}', '"') or a lifetime ('a).
                let body = &rest[1..];
                if let Some(escaped) = body.strip_prefix('\\') {
                    // The escaped character may itself be a quote: '\''.
                    let first = escaped.chars().next().map_or(0, char::len_utf8);
                    let close = escaped[first..]
                        .find('\'')
                        .expect("a closed character literal");
                    Token::Skip(at + 2 + first + close + 1)
                } else {
                    let first = body.chars().next().map_or(0, char::len_utf8);
                    if body[first..].starts_with('\'') {
                        Token::Skip(at + 1 + first + 1)
                    } else {
                        Token::Skip(at + 1)
                    }
                }
            }
            _ => Token::Char(c),
        }
    }

    /// Reads the string literal `rest` starts with: its value and its length in the source.
    fn string(rest: &str) -> (String, usize) {
        let mut value = String::new();
        let mut chars = rest.char_indices().skip(1).peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '"' => return (value, i + 1),
                '\\' => match chars.next().map(|(_, e)| e) {
                    Some('n') => value.push('\n'),
                    Some('t') => value.push('\t'),
                    Some('r') => value.push('\r'),
                    Some('0') => value.push('\0'),
                    Some('u') => {
                        // Rust writes \u{e6}; TypeScript also \u00e6.
                        let mut hex = String::new();
                        if chars.peek().is_some_and(|(_, b)| *b == '{') {
                            chars.next();
                            for (_, h) in chars.by_ref() {
                                if h == '}' {
                                    break;
                                }
                                hex.push(h);
                            }
                        } else {
                            hex.extend(chars.by_ref().take(4).map(|(_, h)| h));
                        }
                        let code = u32::from_str_radix(&hex, 16).expect("a unicode escape");
                        value.push(char::from_u32(code).expect("a character"));
                    }
                    Some('\n') => {
                        // A line continuation: the break and the next line's indent vanish.
                        while chars.peek().is_some_and(|(_, w)| w.is_whitespace()) {
                            chars.next();
                        }
                    }
                    Some(other) => value.push(other),
                    None => break,
                },
                c => value.push(c),
            }
        }
        panic!("a string literal that does not end");
    }

    /// The top-level arguments of the call whose `(` is at `open`: for each, its string
    /// literals (in nested calls too, such as `format!(…)` and `if … { "a" } else { "b" }`).
    fn arguments(&self, open: usize) -> Vec<Vec<String>> {
        let mut args = vec![Vec::new()];
        let mut depth = 0usize;
        let mut at = open + 1;
        while at < self.text.len() {
            match self.token(at) {
                Token::Str(value, next) => {
                    args.last_mut().expect("an argument").push(value);
                    at = next;
                }
                Token::Skip(next) => at = next,
                Token::Char(c) => {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' if depth == 0 => return args,
                        ')' | ']' | '}' => depth -= 1,
                        ',' if depth == 0 => args.push(Vec::new()),
                        _ => {}
                    }
                    at += c.len_utf8();
                }
            }
        }
        panic!("a call that does not close");
    }

    /// Every call of the macro `name!(…)`, outside comments and literals: the line it starts
    /// on and its arguments.
    fn macro_calls(&self, name: &str) -> Vec<(usize, Vec<Vec<String>>)> {
        let call = format!("{name}!(");
        let mut out = Vec::new();
        let mut at = 0;
        while at < self.text.len() {
            match self.token(at) {
                Token::Str(_, next) | Token::Skip(next) => at = next,
                Token::Char(c) => {
                    let before = self.text[..at].chars().next_back();
                    if self.text[at..].starts_with(&call) && !before.is_some_and(Self::is_ident) {
                        let open = at + call.len() - 1;
                        out.push((self.line(at), self.arguments(open)));
                    }
                    at += c.len_utf8();
                }
            }
        }
        out
    }
}

/// A `format!` string as the reader sees it: `{name}` and `{n:>2}` slots written `{…}` (their
/// names are code, not words), `{{` and `}}` read as braces.
fn without_slots(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                let slot: String = chars.by_ref().take_while(|&s| s != '}').collect();
                let is_slot = slot
                    .chars()
                    .all(|s| s.is_alphanumeric() || "_:.<>^?#".contains(s));
                out.push('{');
                out.push_str(if is_slot { "…" } else { &slot });
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out
}

/// The texts of the core's catalogue: the 2nd, 3rd and 4th arguments of each `t!` call.
fn core_catalogue() -> Vec<Text> {
    const FILE: &str = "crates/core/src/messages.rs";
    let source = read(FILE);
    let calls = Source::new(&source).macro_calls("t");
    let mut texts = Vec::new();
    for (line, args) in &calls {
        assert!(
            args.len() >= 4,
            "{FILE}:{line}: a t! call with {} arguments",
            args.len()
        );
        for (lang, literals) in ["nb", "nn", "en"].into_iter().zip(&args[1..4]) {
            for literal in literals {
                texts.push(Text::new(
                    format!("{FILE}:{line}"),
                    lang,
                    without_slots(literal),
                ));
            }
        }
    }
    texts
}

// ---------------------------------------------------------------------------------------------
// The page's message catalogue: `nb: "…"`, `nn: "…"`, `en: "…"` in i18n.ts

/// The texts of the page's catalogue.
fn ui_catalogue() -> Vec<Text> {
    const FILE: &str = "ui/src/lib/i18n.ts";
    let source = read(FILE);
    let mut texts = Vec::new();
    for lang in ["nb", "nn", "en"] {
        let key = format!("{lang}: \"");
        for (at, _) in source.match_indices(&key) {
            if source[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            let start = at + key.len() - 1;
            // Double-quoted TypeScript strings escape as Rust's do, for what the catalogue uses.
            let (value, _) = Source::string(&source[start..]);
            let line = source[..at].matches('\n').count() + 1;
            texts.push(Text::new(
                format!("{FILE}:{line}"),
                lang,
                without_slots(&value),
            ));
        }
    }
    texts
}

// ---------------------------------------------------------------------------------------------
// Shipped templates, term bank, starters and legal facts

const LANGS: [(Lang, &str); 2] = [(Lang::Nb, "nb"), (Lang::Nn, "nn")];

/// Every string in a YAML or JSON value.
fn strings(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The strings under each `nb:` and `nn:` key of a value, by language, leaving out the keys
/// in `skip` (wordings that are there to be recognised, not read).
fn strings_by_language(
    value: &Value,
    skip: &[&str],
    out: &mut BTreeMap<&'static str, Vec<String>>,
) {
    fn within(value: &Value, skip: &[&str], out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, v) in map {
                    if !skip.contains(&key.as_str()) {
                        within(v, skip, out);
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| within(v, skip, out)),
            other => strings(other, out),
        }
    }
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if skip.contains(&key.as_str()) {
                    continue;
                }
                match key.as_str() {
                    "nb" => within(v, skip, out.entry("nb").or_default()),
                    "nn" => within(v, skip, out.entry("nn").or_default()),
                    _ => strings_by_language(v, skip, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| strings_by_language(v, skip, out)),
        _ => {}
    }
}

/// A YAML file of the repository, read without a schema.
fn yaml_file(relative: &str) -> Value {
    serde_saphyr::from_str(&read(relative))
        .unwrap_or_else(|err| panic!("{relative} does not read as YAML: {err}"))
}

/// What a user reads of one template in one language.
fn template_texts(template: &Template, lang: Lang, tag: &'static str) -> Vec<Text> {
    let place = |what: &str| format!("templates/{}.yaml ({what})", template.id);
    let text = template.text(lang);
    let mut out = vec![
        Text::new(place("title"), tag, text.title.clone()),
        Text::new(place("guidance"), tag, text.guidance.clone()),
        Text::new(place("body"), tag, text.body.clone()),
    ];
    for question in &text.consider {
        out.push(Text::new(place("consider"), tag, question.clone()));
    }
    if let Some(data) = &text.data {
        let mut found = Vec::new();
        strings(data, &mut found);
        for s in found {
            out.push(Text::new(place("data"), tag, s));
        }
    }
    for parameter in &template.parameters {
        let what = format!("parameter {}", parameter.id);
        out.push(Text::new(place(&what), tag, parameter.label.get(lang)));
        // A text default is written {nb: …, nn: …}; other defaults are dates and cadences.
        if let Some(default) = parameter.default.as_ref().and_then(|d| d.get(tag)) {
            let mut found = Vec::new();
            strings(default, &mut found);
            for s in found {
                out.push(Text::new(place(&what), tag, s));
            }
        }
    }
    out
}

/// What a user reads of the shipped templates, term bank, starters and legal facts.
fn shipped_texts() -> Vec<Text> {
    let mut texts = Vec::new();
    let templates = TemplateSet::shipped().expect("the shipped templates load");
    assert!(!templates.is_empty(), "no shipped templates");
    for template in templates.iter() {
        for (lang, tag) in LANGS {
            texts.extend(template_texts(template, lang, tag));
        }
    }
    // The term bank: the term and its definition; not the variants and abbreviations, which
    // are wordings to recognise in users' text, not to write.
    let bank = TermBank::shipped().expect("the term bank loads");
    for entry in bank.entries() {
        for (lang, tag) in LANGS {
            let place = format!("templates/terms/begrepsbank.yaml ({})", entry.id);
            let text = entry.text(lang);
            texts.push(Text::new(place.clone(), tag, text.term.clone()));
            texts.push(Text::new(place, tag, text.definition.clone()));
        }
    }
    // Starters and legal facts, read generically: the strings under `nb:` and `nn:`. Of a
    // fact, its value and note; never `outdated`, the old wordings the check looks for.
    let mut files: Vec<(String, &[&str])> = Vec::new();
    let starters = repo().join("templates/starters");
    let mut names: Vec<String> = std::fs::read_dir(&starters)
        .expect("the starters folder")
        .map(|e| {
            e.expect("a starter")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no starters");
    for name in names {
        files.push((format!("templates/starters/{name}"), &[]));
    }
    files.push(("templates/facts/lovfakta.yaml".to_owned(), &["outdated"]));
    for (file, skip) in files {
        let mut by_lang = BTreeMap::new();
        strings_by_language(&yaml_file(&file), skip, &mut by_lang);
        assert!(!by_lang.is_empty(), "{file}: no nb or nn texts found");
        for (tag, found) in by_lang {
            for s in found {
                texts.push(Text::new(file.clone(), tag, s));
            }
        }
    }
    texts
}

// ---------------------------------------------------------------------------------------------
// The tests

#[test]
fn the_core_catalogue_follows_the_house_style() {
    let texts = core_catalogue();
    // The reader must find the catalogue, not an empty file or a parse gone wrong.
    for lang in ["nb", "nn", "en"] {
        let n = texts.iter().filter(|t| t.lang == lang).count();
        assert!(n > 250, "only {n} {lang} texts found in messages.rs");
    }
    assert!(
        texts
            .iter()
            .any(|t| t.lang == "nn" && t.text.contains("omgrepslista")),
        "the reader missed known nynorsk texts"
    );
    assert_follows_house_style("crates/core/src/messages.rs", &texts);
}

#[test]
fn the_page_catalogue_follows_the_house_style() {
    let texts = ui_catalogue();
    for lang in ["nb", "nn", "en"] {
        let n = texts.iter().filter(|t| t.lang == lang).count();
        assert!(n > 300, "only {n} {lang} texts found in i18n.ts");
    }
    assert_follows_house_style("ui/src/lib/i18n.ts", &texts);
}

#[test]
fn the_shipped_texts_follow_the_house_style() {
    let texts = shipped_texts();
    for lang in ["nb", "nn"] {
        let n = texts.iter().filter(|t| t.lang == lang).count();
        assert!(n > 100, "only {n} {lang} texts found in templates/");
    }
    assert_follows_house_style("the templates, starters, term bank and legal facts", &texts);
}

#[test]
fn the_rendered_starters_follow_the_house_style() {
    let templates = TemplateSet::shipped().expect("the shipped templates load");
    let mut texts = Vec::new();
    for id in [
        "hovedavtale",
        "underavtale-ot",
        "handlingsplan",
        "partnerskapsavtale",
    ] {
        for (lang, tag) in LANGS {
            // As `avtale new --starter ID --county Vestland --lang nb|nn` makes it and
            // `avtale render --format md` prints it.
            let new = NewAgreement {
                starter: id,
                county: Some("Vestland"),
                municipality: Some("Bergen"),
                lang,
                today: Date::from_ymd(2026, 11, 22).expect("a date"),
                id: "house-style".into(),
            };
            let agreement =
                starter::create(&templates, &new).expect("the starter makes an agreement");
            let md = markdown::render(&agreement);
            for (n, line) in md.lines().enumerate() {
                if !line.trim().is_empty() {
                    let place = format!(
                        "avtale new --starter {id} --lang {tag}, rendered line {}",
                        n + 1
                    );
                    texts.push(Text::new(place, tag, line));
                }
            }
        }
    }
    assert_follows_house_style("the rendered starters", &texts);
}

#[test]
fn the_matcher_finds_words_prefixes_and_parts() {
    let rule = |avoid: &str, how: Match, case: bool| Rule {
        avoid: avoid.into(),
        instead: String::new(),
        how,
        case,
        why: String::new(),
    };
    // A whole word, case-sensitive: a hyphen ends the word; other cases and longer words pass.
    let nav = rule("NAV", Match::Word, true);
    assert_eq!(find(&nav, "mellom NAV og"), Some(7));
    assert_eq!(find(&nav, "eit NAV-kontor"), Some(4));
    assert_eq!(find(&nav, "(NAV)"), Some(1));
    assert_eq!(find(&nav, "NAV"), Some(0));
    assert_eq!(find(&nav, "mellom Nav og"), None);
    assert_eq!(find(&nav, "NAVN på leiaren"), None);
    assert_eq!(find(&nav, "nav_fylke"), None);
    // A whole word, any case: letters æøå and digits belong to the word.
    let fila = rule("fila", Match::Word, false);
    assert_eq!(find(&fila, "Fila er tom."), Some(0));
    assert_eq!(find(&fila, "avtalefila"), None);
    assert_eq!(find(&fila, "filar"), None);
    assert_eq!(find(&fila, "fila2"), None);
    let vart = rule("vart", Match::Word, false);
    assert_eq!(find(&vart, "Det vart gjort"), Some(4));
    assert_eq!(find(&vart, "kvart år"), None);
    assert_eq!(find(&vart, "vartø"), None);
    // A prefix.
    let bruker = rule("bruker", Match::Prefix, false);
    assert_eq!(find(&bruker, "Brukeren"), Some(0));
    assert_eq!(find(&bruker, "partane bruker"), Some(8));
    assert_eq!(find(&bruker, "sluttbruker"), None);
    assert_eq!(find(&bruker, "brukar"), None);
    // A part, anywhere in a word.
    let begrep = rule("begrep", Match::Part, false);
    assert_eq!(find(&begrep, "Omgrepslista"), None);
    assert_eq!(find(&begrep, "i begrepslista"), Some(2));
    assert_eq!(find(&begrep, "Fagbegrep"), Some(0));
    // Case-insensitive matching folds æøå too.
    let sorgje = rule("sørgje", Match::Word, false);
    assert_eq!(find(&sorgje, "SØRGJE for"), Some(0));
}

#[test]
fn the_readers_find_the_texts_as_written() {
    let source = r####"
        // t!(l, "not a call", "in a comment", "x")
        let a = t!(l, "Ein \"sitat\", (med) komma", format!("a {n} b, {{c}}"), if x { "ja" } else { "nei" });
        let b = it!(l, "not", "this", "one");
        let c = t!(
            l,
            r#"rå "tekst""#,
            "lang \
             linje",
            ')',
            '\'',
            "\u{e6}",
        );
    "####;
    let calls = Source::new(source).macro_calls("t");
    assert_eq!(
        calls.len(),
        2,
        "{:?}",
        calls.iter().map(|c| c.0).collect::<Vec<_>>()
    );
    let (line, args) = &calls[0];
    assert_eq!(*line, 3);
    assert_eq!(args.len(), 4);
    assert_eq!(args[1], vec!["Ein \"sitat\", (med) komma".to_owned()]);
    assert_eq!(args[2], vec!["a {n} b, {{c}}".to_owned()]);
    assert_eq!(without_slots(&args[2][0]), "a {…} b, {c}");
    assert_eq!(args[3], vec!["ja".to_owned(), "nei".to_owned()]);
    let (_, args) = &calls[1];
    assert_eq!(
        args.len(),
        7,
        "a trailing comma leaves an empty last argument"
    );
    assert_eq!(args[1], vec!["rå \"tekst\"".to_owned()]);
    assert_eq!(args[2], vec!["lang linje".to_owned()]);
    assert!(args[3].is_empty() && args[4].is_empty());
    assert_eq!(args[5], vec!["æ".to_owned()]);

    let yaml: Value = serde_saphyr::from_str(
        "id: x\nnb: {value: a, note: b, outdated: [{old: c, new: d}]}\nnn:\n  value: e\nsource: f\nlist:\n  - nb: [g, {term: h}]\n",
    )
    .expect("yaml");
    let mut by_lang = BTreeMap::new();
    strings_by_language(&yaml, &["outdated"], &mut by_lang);
    let mut nb = by_lang["nb"].clone();
    nb.sort();
    assert_eq!(nb, ["a", "b", "g", "h"]);
    assert_eq!(by_lang["nn"], ["e"]);
}
