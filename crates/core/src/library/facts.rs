//! Legal facts: the ages, sections of law and official names the templates rely on, in one
//! table (`templates/facts/lovfakta.yaml`, compiled in by the build script).
//!
//! Templates and starters write a fact as `{{lov.ID}}` (for example
//! `{{lov.ot-aldersgrense}}`); it is filled with the current value when a section or an
//! agreement is made, so a change of law is one edit of the table. A signed agreement keeps the
//! words it was signed with: the value is not looked up again when it is printed. Each fact
//! also lists the wordings that were right before (`outdated`), which check AV046 finds in an
//! agreement and offers to replace with the current wording.

use std::sync::OnceLock;

use serde::Deserialize;

use crate::error::{LoadError, LoadProblem};
use crate::format::{is_valid_id, yaml_error};
use crate::lang::Lang;
use crate::placeholder;
use crate::yaml;

/// The prefix of a fact's placeholder name: `{{lov.ID}}`.
pub const PREFIX: &str = "lov.";

/// One legal fact.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable identifier, used as `{{lov.ID}}`.
    pub id: String,
    /// Where the fact is stated, and from when it applies.
    pub source: String,
    /// Words one of which must stand near an outdated wording for it to count (an age of 21
    /// is outdated only about the follow-up service); empty: anywhere.
    #[serde(default)]
    pub context: Vec<String>,
    /// Bokmål.
    pub nb: FactText,
    /// Nynorsk.
    pub nn: FactText,
}

impl Fact {
    /// Whether a text is about what the fact concerns: it holds one of the context words (an
    /// all-capital word as a whole word, as written; others anywhere, ignoring case).
    pub fn in_context(&self, text: &str) -> bool {
        if self.context.is_empty() {
            return true;
        }
        let lower = text.to_lowercase();
        self.context.iter().any(|word| {
            if word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase()) {
                text.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == word)
            } else {
                lower.contains(&word.to_lowercase())
            }
        })
    }

    /// The text in a language.
    pub fn text(&self, lang: Lang) -> &FactText {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
        }
    }
}

/// One language's text of a fact.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactText {
    /// The current wording.
    pub value: String,
    /// One sentence saying what applies now and where it is stated (shown by AV046).
    pub note: String,
    /// Wordings that were right before, each with what to write instead.
    #[serde(default)]
    pub outdated: Vec<Outdated>,
}

/// A wording that was right before, and what to write instead.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outdated {
    /// The old wording, as it is found in text (case-insensitive, whole words).
    pub old: String,
    /// What to write instead; `{{verdi}}` stands for the fact's value.
    pub new: String,
}

impl FactText {
    /// What to write instead of an outdated wording.
    pub fn replacement(&self, outdated: &Outdated) -> String {
        placeholder::fill(&outdated.new, &|name: &str| {
            (name == "verdi").then(|| self.value.clone())
        })
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FactsFile {
    facts: Vec<Fact>,
}

/// The table of legal facts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    facts: Vec<Fact>,
    /// Every outdated wording of either language once, lower-cased when the table is read,
    /// so a check looks for each without preparing it again for every text.
    wordings: Vec<Wording>,
}

/// An outdated wording to look for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    /// The fact's index in [`Facts::all`].
    pub fact: usize,
    /// The wording as the table lists it.
    pub old: String,
    /// The same in lower case.
    pub lower: String,
}

/// The shipped table, read once.
static SHIPPED: OnceLock<Result<Facts, LoadError>> = OnceLock::new();

impl Facts {
    /// The table shipped with Avtale.
    pub fn shipped() -> Result<&'static Facts, LoadError> {
        SHIPPED
            .get_or_init(|| {
                let mut all = Facts::default();
                for (name, text) in crate::shipped::FACTS {
                    let part = Facts::parse(text, &format!("templates/facts/{name}"))?;
                    for fact in part.facts {
                        if all.get(&fact.id).is_some() {
                            return Err(LoadError::whole(
                                format!("templates/facts/{name}"),
                                LoadProblem::DuplicateTermId(fact.id),
                            ));
                        }
                        all.facts.push(fact);
                    }
                }
                all.index();
                Ok(all)
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads and validates a facts file: ids valid and unique; value, note and source present
    /// in both languages; every `{{…}}` in a replacement is `{{verdi}}`.
    pub fn parse(text: &str, file: &str) -> Result<Facts, LoadError> {
        let parsed: FactsFile = yaml::from_str(text).map_err(|err| yaml_error(err, text, file))?;
        let fail =
            |path: String, problem: LoadProblem| LoadError::at_field(file, text, path, problem);
        let mut out = Facts::default();
        for (i, fact) in parsed.facts.into_iter().enumerate() {
            if !is_valid_id(&fact.id) {
                return Err(fail(
                    format!("facts[{i}].id"),
                    LoadProblem::BadId(fact.id.clone()),
                ));
            }
            if out.get(&fact.id).is_some() {
                return Err(fail(
                    format!("facts[{i}].id"),
                    LoadProblem::DuplicateTermId(fact.id.clone()),
                ));
            }
            for lang in [Lang::Nb, Lang::Nn] {
                let t = fact.text(lang);
                let complete = !t.value.trim().is_empty()
                    && !t.note.trim().is_empty()
                    && !fact.source.trim().is_empty()
                    && t.outdated.iter().all(|o| {
                        !o.old.trim().is_empty()
                            && placeholder::names(&o.new).iter().all(|n| n == "verdi")
                    });
                if !complete {
                    return Err(fail(
                        format!("facts[{i}].{}", lang.tag()),
                        LoadProblem::IncompleteTerm(fact.id.clone()),
                    ));
                }
            }
            out.facts.push(fact);
        }
        out.index();
        Ok(out)
    }

    /// Gathers the outdated wordings of both languages, each once.
    fn index(&mut self) {
        let mut wordings: Vec<Wording> = Vec::new();
        for (fact, f) in self.facts.iter().enumerate() {
            for o in f.nb.outdated.iter().chain(&f.nn.outdated) {
                let lower = o.old.to_lowercase();
                if !lower.is_empty() && !wordings.iter().any(|w| w.lower == lower) {
                    wordings.push(Wording {
                        fact,
                        old: o.old.clone(),
                        lower,
                    });
                }
            }
        }
        self.wordings = wordings;
    }

    /// The outdated wordings of both languages, each once.
    pub fn outdated_wordings(&self) -> &[Wording] {
        &self.wordings
    }

    /// Every fact, in file order.
    pub fn all(&self) -> &[Fact] {
        &self.facts
    }

    /// The fact with this id.
    pub fn get(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    /// The value a placeholder name such as `lov.ot-aldersgrense` stands for; none for a name
    /// that is no fact's.
    pub fn lookup(&self, name: &str, lang: Lang) -> Option<&str> {
        let id = fact_id(name)?;
        self.get(id).map(|f| f.text(lang).value.as_str())
    }
}

/// The fact id a placeholder name refers to (`lov.ID`), if it is a fact's.
pub fn fact_id(name: &str) -> Option<&str> {
    let rest = name.trim().strip_prefix(PREFIX)?;
    let id = rest.trim();
    (!id.is_empty()).then_some(id)
}

/// The placeholder name of a fact, as templates write it: `lov.ID`.
pub fn placeholder_name(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// The shipped value for a placeholder name, or none when it is no fact's (or the table
/// cannot be read, which the template tests catch).
pub fn shipped_value(name: &str, lang: Lang) -> Option<String> {
    Facts::shipped().ok()?.lookup(name, lang).map(str::to_owned)
}

/// A text with every `{{lov.ID}}` filled with the shipped value in a language; other
/// placeholders stay as they are.
pub fn fill(text: &str, lang: Lang) -> String {
    placeholder::fill(text, &|name: &str| shipped_value(name, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_loads_and_names_the_ot_age() {
        let facts = Facts::shipped().expect("the shipped facts load");
        assert!(facts.all().len() >= 5);
        assert_eq!(facts.lookup("lov.ot-aldersgrense", Lang::Nb), Some("24"));
        assert_eq!(facts.lookup("lov. ot-aldersgrense", Lang::Nn), Some("24"));
        assert_eq!(facts.lookup("lov.ukjent", Lang::Nb), None);
        assert_eq!(facts.lookup("fylke", Lang::Nb), None);
    }

    #[test]
    fn replacements_put_in_the_value() {
        let facts = Facts::shipped().unwrap();
        let ot = facts.get("ot-aldersgrense").unwrap().text(Lang::Nb);
        let first = &ot.outdated[0];
        assert_eq!(first.old, "fyller 21 år");
        assert_eq!(ot.replacement(first), "fyller 24 år");
    }

    #[test]
    fn a_fact_without_a_note_is_refused_with_its_place() {
        let text = "facts:\n  - id: x\n    source: s\n    nb: {value: v, note: n}\n    nn: {value: v, note: \"\"}\n";
        let err = Facts::parse(text, "f.yaml").unwrap_err();
        assert_eq!(err.field.as_deref(), Some("facts[0].nn"));
        assert!(err.position.is_some());
        let bad_id = "facts:\n  - id: Not Valid\n    source: s\n    nb: {value: v, note: n}\n    nn: {value: v, note: n}\n";
        assert!(matches!(
            Facts::parse(bad_id, "f.yaml").unwrap_err().problem,
            LoadProblem::BadId(_)
        ));
    }
}
