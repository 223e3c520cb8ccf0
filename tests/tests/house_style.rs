//! House style: where Norwegian allows two forms of a word, Avtale writes one, everywhere a user
//! reads. The word list is `tests/fixtures/house-style.yaml`; each rule names a form to avoid,
//! what to write instead and why. These tests read every text a user meets and fail, naming the
//! file, the language, the word and the text it was found in, when an avoided form comes back:
//!
//! - the message catalogue (`locales/<locale>/*.ftl`: the core's, the command line's and the
//!   page's messages, every variant of a plural choice);
//! - the shipped templates, starters, term bank and legal facts;
//! - the six starters as `avtale new` makes them and `avtale render --format md` prints them.
//!
//! Rules under `all` apply to every language; those under `nb`, `nn` and `en` to that language.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Deserialize;
use serde_json::Value;

use avtale_core::date::Date;
use avtale_core::lang::Lang;
use avtale_core::render::markdown;
use avtale_core::starter::{self, NewAgreement};
use avtale_core::termbank::TermBank;
use avtale_core::{TemplateSet, template::Template};

#[path = "../support/ftl.rs"]
#[allow(dead_code, reason = "each test file uses part of the reader")]
mod ftl;

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
        let path = ftl::repo().join("tests/fixtures/house-style.yaml");
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

fn read(relative: &str) -> String {
    std::fs::read_to_string(ftl::repo().join(relative))
        .unwrap_or_else(|err| panic!("{relative} is not readable: {err}"))
}

// ---------------------------------------------------------------------------------------------
// The message catalogue: locales/<locale>/<file>.ftl

/// The texts of one Fluent file in each language: each message's words, values written `{…}`.
fn catalogue(file: &str) -> Vec<Text> {
    let mut texts = Vec::new();
    for lang in ftl::LOCALES {
        let messages =
            ftl::read(lang, file).unwrap_or_else(|errors| panic!("{}", errors.join("\n")));
        for m in messages {
            for text in m.texts.into_iter().filter(|t| !t.trim().is_empty()) {
                texts.push(Text::new(
                    format!("{}:{}", ftl::relative(lang, file), m.line),
                    lang,
                    text,
                ));
            }
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
    let starters = ftl::repo().join("templates/starters");
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
fn the_message_catalogue_follows_the_house_style() {
    for (file, least) in [("core.ftl", 250), ("cli.ftl", 5), ("app.ftl", 250)] {
        let texts = catalogue(file);
        // The reader must find the catalogue, not an empty file or a parse gone wrong.
        for lang in ["nb", "nn", "en"] {
            let n = texts.iter().filter(|t| t.lang == lang).count();
            assert!(n > least, "only {n} {lang} texts found in {file}");
        }
        assert_follows_house_style(&format!("locales/*/{file}"), &texts);
    }
    assert!(
        catalogue("core.ftl")
            .iter()
            .any(|t| t.lang == "nn" && t.text.contains("Omgrepslista har {…} omgrep")),
        "the reader missed known nynorsk texts"
    );
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

#[test]
fn the_user_guide_follows_the_house_style() {
    let path = "docs/brukerveiledning.md";
    let source = read(path);
    let texts: Vec<Text> = source
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| Text::new(format!("{path}:{}", n + 1), "nb", line))
        .collect();
    assert!(
        texts.len() > 100,
        "only {} lines read from {path}",
        texts.len()
    );
    assert_follows_house_style(path, &texts);
}
