//! The term bank: common terms and abbreviations of NAV, upper secondary education and the
//! county authority, each with a plain definition in bokmål and nynorsk
//! (`templates/terms/begrepsbank.yaml`, compiled in by the build script).
//!
//! The parties use different words for the same things and their own abbreviations
//! ("stammespråk"), and they name target groups differently; the studies ask for a shared
//! glossary and for warnings on undefined jargon (IRIS 2017 §2.6 R23–R24, §3 B8 and B10;
//! SINTEF 2010 §4.2 R20; the co-creation thesis §3.2 C20). The checks use the bank to find
//! such words in an agreement and to offer the bank's definition as the glossary entry to add.
//!
//! Matching is by words, case-insensitive, and tolerant of Norwegian inflection: a word of
//! four or more letters matches a word that shares all but its last three letters and is at
//! most four letters longer ("oppfølgingstjenesten" matches "oppfølgingstjeneste" and
//! "oppfølgingstjenestens"). Abbreviations match only as written (case-sensitive, whole word).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::agreement::GlossaryEntry;
use crate::error::{LoadError, LoadProblem};
use crate::format::{is_valid_id, yaml_error};
use crate::lang::Lang;
use crate::yaml;

/// One term of the bank.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TermEntry {
    /// Stable identifier.
    pub id: String,
    /// How the term is abbreviated, as written ("OT", "Udir").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub abbreviations: Vec<String>,
    /// True when the meaning cannot be read from the words themselves, so a reader from the
    /// other party needs a definition.
    #[serde(default)]
    pub jargon: bool,
    /// True when the term names a target group.
    #[serde(default)]
    pub target_group: bool,
    /// Where the term is found in the research.
    pub source: String,
    /// Bokmål.
    pub nb: TermText,
    /// Nynorsk.
    pub nn: TermText,
}

impl TermEntry {
    /// The text in a language.
    pub fn text(&self, lang: Lang) -> &TermText {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
        }
    }

    /// The glossary entry this term suggests in a language: "OT (oppfølgingstjenesten)" when
    /// the term has an abbreviation, else the term, with the bank's definition.
    pub fn glossary_entry(&self, lang: Lang) -> GlossaryEntry {
        let text = self.text(lang);
        let term = match self.abbreviations.first() {
            Some(abbreviation) => format!("{abbreviation} ({})", text.term),
            None => text.term.clone(),
        };
        GlossaryEntry {
            term,
            definition: text.definition.clone(),
        }
    }
}

/// A term's wording and definition in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TermText {
    /// The term as a glossary entry names it.
    pub term: String,
    /// Other wordings and spellings of the same term.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<String>>", optional))]
    pub variants: Vec<String>,
    /// A plain definition.
    pub definition: String,
}

/// The file's shape.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct BankFile {
    terms: Vec<TermEntry>,
}

/// One place a term of the bank is used in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermUse {
    /// The index of the entry in [`TermBank::entries`].
    pub entry: usize,
    /// The bank's wording that matched (a term, variant or abbreviation as the bank writes it).
    pub form: String,
    /// The words as written in the text.
    pub written: String,
    /// Whether an abbreviation matched.
    pub abbreviation: bool,
}

/// A wording of an entry, split into lower-cased words for matching.
#[derive(Debug, Clone)]
struct Form {
    entry: usize,
    text: String,
    words: Vec<String>,
    /// The length of each word in characters.
    lengths: Vec<usize>,
}

/// The term bank, validated and indexed for matching.
#[derive(Debug, Clone, Default)]
pub struct TermBank {
    entries: Vec<TermEntry>,
    forms: Vec<Form>,
    /// Forms by the first letters of their first word (see [`prefix`]).
    index: HashMap<u64, Vec<usize>, BuildHasherDefault<PrefixHasher>>,
    /// Abbreviations as written, to the entry.
    abbreviations: HashMap<String, usize>,
    /// The longest abbreviation, in bytes, and the characters abbreviations start with: words
    /// that cannot be one are not looked up.
    longest_abbreviation: usize,
    abbreviation_starts: Vec<char>,
}

/// The shipped bank, read once.
static SHIPPED: OnceLock<Result<TermBank, LoadError>> = OnceLock::new();

impl TermBank {
    /// The term bank shipped with Avtale.
    pub fn shipped() -> Result<&'static TermBank, LoadError> {
        SHIPPED
            .get_or_init(|| {
                let mut bank = TermBank::default();
                for (name, text) in crate::shipped::TERMS {
                    let part = TermBank::parse(text, &format!("templates/terms/{name}"))?;
                    bank = bank.merge(part).map_err(|problem| {
                        LoadError::whole(format!("templates/terms/{name}"), problem)
                    })?;
                }
                Ok(bank)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads and validates a term bank file: ids valid and unique, term, definition and source
    /// present in both languages, and no wording or abbreviation shared by two entries.
    pub fn parse(text: &str, file: &str) -> Result<TermBank, LoadError> {
        let parsed: BankFile = yaml::from_str(text).map_err(|err| yaml_error(err, text, file))?;
        let fail =
            |path: String, problem: LoadProblem| LoadError::at_field(file, text, path, problem);
        let mut bank = TermBank::default();
        for (i, entry) in parsed.terms.into_iter().enumerate() {
            if !is_valid_id(&entry.id) {
                return Err(fail(
                    format!("terms[{i}].id"),
                    LoadProblem::BadId(entry.id.clone()),
                ));
            }
            for lang in [Lang::Nb, Lang::Nn] {
                let t = entry.text(lang);
                if t.term.trim().is_empty()
                    || t.definition.trim().is_empty()
                    || entry.source.trim().is_empty()
                {
                    return Err(fail(
                        format!("terms[{i}].{}", lang.tag()),
                        LoadProblem::IncompleteTerm(entry.id.clone()),
                    ));
                }
            }
            bank = bank
                .add(entry)
                .map_err(|problem| fail(format!("terms[{i}]"), problem))?;
        }
        Ok(bank)
    }

    /// Adds every entry of `other`, refusing duplicates.
    fn merge(mut self, other: TermBank) -> Result<TermBank, LoadProblem> {
        for entry in other.entries {
            self = self.add(entry)?;
        }
        Ok(self)
    }

    fn add(mut self, entry: TermEntry) -> Result<TermBank, LoadProblem> {
        if self.entries.iter().any(|e| e.id == entry.id) {
            return Err(LoadProblem::DuplicateTermId(entry.id));
        }
        let index = self.entries.len();
        for abbreviation in &entry.abbreviations {
            if self
                .abbreviations
                .insert(abbreviation.clone(), index)
                .is_some()
            {
                return Err(LoadProblem::DuplicateTerm(abbreviation.clone()));
            }
            self.longest_abbreviation = self.longest_abbreviation.max(abbreviation.len());
            if let Some(first) = abbreviation.chars().next()
                && !self.abbreviation_starts.contains(&first)
            {
                self.abbreviation_starts.push(first);
            }
        }
        let mut own = HashSet::new();
        for lang in [Lang::Nb, Lang::Nn] {
            let t = entry.text(lang);
            for text in std::iter::once(&t.term).chain(&t.variants) {
                let words = words(text);
                let key = words.join(" ");
                if words.is_empty() || !own.insert(key.clone()) {
                    continue;
                }
                if self
                    .forms
                    .iter()
                    .any(|f| f.entry != index && f.words.join(" ") == key)
                {
                    return Err(LoadProblem::DuplicateTerm(text.clone()));
                }
                let form = self.forms.len();
                self.index.entry(prefix(&words[0])).or_default().push(form);
                self.forms.push(Form {
                    entry: index,
                    text: text.clone(),
                    lengths: words.iter().map(|w| w.chars().count()).collect(),
                    words,
                });
            }
        }
        self.entries.push(entry);
        Ok(self)
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> &[TermEntry] {
        &self.entries
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&TermEntry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Every use of a term of the bank in a text, in text order: wordings (in either language)
    /// and abbreviations.
    pub fn find(&self, text: &str) -> Vec<TermUse> {
        let mut out = Vec::new();
        let tokens = tokens(text);
        for (start, token) in tokens.iter().enumerate() {
            let Some(candidates) = self.index.get(&prefix(&token.lower)) else {
                continue;
            };
            for &f in candidates {
                let form = &self.forms[f];
                let end = start + form.words.len();
                let Some(window) = tokens.get(start..end) else {
                    continue;
                };
                if window.iter().zip(form.words.iter().zip(&form.lengths)).all(
                    |(token, (wanted, &wanted_len))| {
                        matches_inflected(&token.lower, token.length, wanted, wanted_len)
                    },
                ) {
                    out.push(TermUse {
                        entry: form.entry,
                        form: form.text.clone(),
                        written: window
                            .iter()
                            .map(|t| t.written)
                            .collect::<Vec<_>>()
                            .join(" "),
                        abbreviation: false,
                    });
                }
            }
        }
        for word in text.split(|c: char| !c.is_alphanumeric()) {
            let possible = word.len() <= self.longest_abbreviation
                && word
                    .chars()
                    .next()
                    .is_some_and(|c| self.abbreviation_starts.contains(&c));
            if !possible {
                continue;
            }
            if let Some(&entry) = self.abbreviations.get(word) {
                out.push(TermUse {
                    entry,
                    form: word.to_owned(),
                    written: word.to_owned(),
                    abbreviation: true,
                });
            }
        }
        out
    }

    /// The entry an abbreviation belongs to, compared case-insensitively.
    pub fn by_abbreviation(&self, abbreviation: &str) -> Option<usize> {
        self.abbreviations.get(abbreviation).copied().or_else(|| {
            self.abbreviations
                .iter()
                .find(|(a, _)| a.eq_ignore_ascii_case(abbreviation))
                .map(|(_, &e)| e)
        })
    }

    /// The entries a glossary term defines: the whole term, or the part before or inside
    /// brackets ("OT (oppfølgingstjenesten)"), is one of an entry's wordings or abbreviations.
    pub fn defined_by(&self, glossary_term: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for part in term_aliases(glossary_term) {
            if let Some(e) = self.by_abbreviation(&part) {
                out.push(e);
            }
            let words = words(&part);
            for form in &self.forms {
                if form.words.len() == words.len()
                    && words
                        .iter()
                        .zip(&form.words)
                        .all(|(w, wanted)| word_matches(w, wanted))
                {
                    out.push(form.entry);
                }
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The names a glossary term gives: the whole term, and, when it is written "A (B)", A and B.
pub fn term_aliases(term: &str) -> Vec<String> {
    let term = term.trim();
    let mut out = vec![term.to_owned()];
    if let Some((main, rest)) = term.split_once('(') {
        let inner = rest.trim_end().trim_end_matches(')');
        for part in [main, inner] {
            let part = part.trim();
            if !part.is_empty() {
                out.push(part.to_owned());
            }
        }
    }
    out
}

/// Lower-cased words of a text, hyphens inside words kept ("nav-kontor").
fn words(text: &str) -> Vec<String> {
    tokens(text)
        .into_iter()
        .map(|t| t.lower.into_owned())
        .collect()
}

/// A word of a text as written, lower-cased, and its length in characters.
struct Token<'a> {
    written: &'a str,
    lower: Cow<'a, str>,
    length: usize,
}

/// Words as written and lower-cased, hyphens inside words kept.
fn tokens(text: &str) -> Vec<Token<'_>> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| !w.is_empty())
        .map(|w| {
            // Most words are already lower case: lower-casing them again would only copy them.
            let lower = if w.chars().all(|c| {
                c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | 'æ' | 'ø' | 'å')
            }) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            };
            Token {
                written: w,
                length: lower.chars().count(),
                lower,
            }
        })
        .collect()
}

/// The index key of a word: its first three letters, packed in a number (21 bits a letter,
/// each plus one so that a shorter word never shares a key with a longer one). Looking up a
/// number instead of a string saves an allocation and a string hash for every word of a text.
fn prefix(word: &str) -> u64 {
    word.chars()
        .take(3)
        .fold(0, |key, c| (key << 21) | (u64::from(c) + 1))
}

/// Hashes the index keys: they are fixed by the bank, so a plain multiplication spreads them
/// well enough, at a fraction of the default hasher's cost.
#[derive(Debug, Clone, Copy, Default)]
struct PrefixHasher(u64);

impl Hasher for PrefixHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Whether a word of the text is an inflected form of a word of the bank.
fn word_matches(word: &str, wanted: &str) -> bool {
    matches_inflected(word, word.chars().count(), wanted, wanted.chars().count())
}

/// [`word_matches`] with both lengths in characters known.
fn matches_inflected(word: &str, word_len: usize, wanted: &str, wanted_len: usize) -> bool {
    if word == wanted {
        return true;
    }
    if wanted_len < 4 || word_len > wanted_len + 4 {
        return false;
    }
    let common = word
        .chars()
        .zip(wanted.chars())
        .take_while(|(a, b)| a == b)
        .count();
    common >= wanted_len.saturating_sub(3).max(4) && word_len + 3 >= wanted_len
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank() -> &'static TermBank {
        TermBank::shipped().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn the_shipped_bank_loads_with_both_languages() {
        let bank = bank();
        assert!(bank.entries().len() >= 40, "{}", bank.entries().len());
        for entry in bank.entries() {
            for lang in [Lang::Nb, Lang::Nn] {
                let text = entry.text(lang);
                assert!(!text.term.is_empty() && !text.definition.is_empty());
            }
        }
    }

    #[test]
    fn finds_inflected_terms_and_abbreviations() {
        let bank = bank();
        let uses = bank.find("Oppfølgingstjenesten og OT-koordinatoren møter lærekandidater.");
        let ids: Vec<&str> = uses
            .iter()
            .map(|u| bank.entries()[u.entry].id.as_str())
            .collect();
        assert!(ids.contains(&"ot"), "{ids:?}");
        assert!(ids.contains(&"ot-koordinator"), "{ids:?}");
        assert!(ids.contains(&"laerekandidat"), "{ids:?}");
        assert!(bank.find("Vi snakker om ot og ppt").iter().all(|u| {
            // Lower-case words are not abbreviations.
            !u.abbreviation
        }));
        assert!(bank.find("tiltaksplanene").is_empty());
    }

    #[test]
    fn knows_what_a_glossary_term_defines() {
        let bank = bank();
        let ot = bank.entries().iter().position(|e| e.id == "ot");
        assert_eq!(bank.defined_by("OT").first().copied(), ot);
        assert_eq!(
            bank.defined_by("Oppfølgingstjenesten (OT)")
                .first()
                .copied(),
            ot
        );
        assert_eq!(bank.defined_by("oppfølgingstenesta").first().copied(), ot);
        assert!(bank.defined_by("Strategisk samarbeidsgruppe").is_empty());
    }

    #[test]
    fn suggests_a_glossary_entry_in_the_agreements_language() {
        let entry = bank().get("ot").expect("ot");
        assert_eq!(
            entry.glossary_entry(Lang::Nb).term,
            "OT (oppfølgingstjenesten)"
        );
        assert_eq!(
            entry.glossary_entry(Lang::Nn).term,
            "OT (oppfølgingstenesta)"
        );
    }

    #[test]
    fn refuses_duplicates_and_missing_languages() {
        let entry = |id: &str, term: &str| {
            format!(
                "  - id: {id}\n    source: x\n    nb: {{term: {term}, definition: d}}\n    nn: {{term: {term}, definition: d}}\n"
            )
        };
        let twice = format!("terms:\n{}{}", entry("a", "ord"), entry("a", "anna"));
        let err = TermBank::parse(&twice, "t.yaml").expect_err("duplicate id");
        assert_eq!(err.problem, LoadProblem::DuplicateTermId("a".into()));
        let shared = format!("terms:\n{}{}", entry("a", "ord"), entry("b", "Ord"));
        let err = TermBank::parse(&shared, "t.yaml").expect_err("shared wording");
        assert_eq!(err.problem, LoadProblem::DuplicateTerm("Ord".into()));
        let empty = "terms:\n  - id: a\n    source: x\n    nb: {term: ord, definition: d}\n    nn: {term: '', definition: d}\n";
        let err = TermBank::parse(empty, "t.yaml").expect_err("no nynorsk");
        assert_eq!(err.problem, LoadProblem::IncompleteTerm("a".into()));
        let missing = "terms:\n  - id: a\n    source: x\n    nb: {term: ord, definition: d}\n";
        assert!(TermBank::parse(missing, "t.yaml").is_err());
    }

    #[test]
    fn inflection_tolerance_is_bounded() {
        assert!(word_matches("oppfølgingstjeneste", "oppfølgingstjenesten"));
        assert!(word_matches("lærekandidatene", "lærekandidat"));
        assert!(!word_matches("ot", "ott"));
        assert!(!word_matches("tiltaksplanene", "tiltak"));
    }
}
