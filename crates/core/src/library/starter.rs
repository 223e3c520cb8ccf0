//! Starter documents: a main county agreement (hovedavtale), a sub-agreement for the follow-up
//! service (underavtale for OT), a yearly action plan (handlingsplan) and the partnership
//! agreement between a municipality and Nav on their Nav office (partnerskapsavtale), each a
//! list of clause templates with the usual parties. Defined as YAML in `templates/starters/`.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::agreement::{
    Agreement, AgreementKind, AgreementRef, FORMAT_VERSION, GlossaryEntry, Meta, ParentRef, Party,
    PartyId, PartyKind, Period, Person, Place, Relation, Renewal, SectionId, Status,
};
use crate::date::Date;
use crate::error::{LoadError, LoadProblem};
use crate::facts;
use crate::format::yaml_error;
use crate::history::History;
use crate::lang::Lang;
use crate::placeholder;
use crate::template::{Context, Localized, ParamValue, TemplateSet};
use crate::yaml;

/// The placeholder a starter writes for the municipality: `{{kommune}}`.
pub const MUNICIPALITY: &str = "kommune";

/// A starter document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Starter {
    /// Identifier used by `avtale new --starter`.
    pub id: String,
    /// The kind of agreement it makes.
    pub kind: AgreementKind,
    /// Default length of the period in years.
    pub years: u32,
    /// Renewal terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal: Option<Renewal>,
    /// The title, per language (may use `{{fylke}}`).
    pub title: Localized,
    /// A one-line description for pickers, per language.
    pub description: Localized,
    /// The parent agreement placeholder, for sub-agreements and action plans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Localized>,
    /// The usual parties.
    pub parties: Vec<StarterParty>,
    /// The sections, in order.
    pub sections: Vec<StarterSection>,
    /// Glossary entries to start with, per language.
    #[serde(default)]
    pub glossary: BTreeMap<Lang, Vec<GlossaryEntry>>,
    /// Other agreements a new agreement names (the central agreement a main agreement rests
    /// on), each title per language (may use the legal facts, `{{lov.sentral-avtale}}`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<StarterReference>,
}

/// Another agreement a starter names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StarterReference {
    /// What it is to the new agreement.
    pub relation: Relation,
    /// Its title, per language; the first letter is made a capital.
    pub title: Localized,
}

/// A party in a starter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StarterParty {
    /// Party id.
    pub id: PartyId,
    /// Kind of party.
    pub kind: PartyKind,
    /// Organisation name, per language (may use `{{fylke}}`).
    pub organisation: Localized,
    /// The unit, per language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Localized>,
    /// The signatory's title, per language; the name is left as a placeholder.
    pub signatory_title: Localized,
    /// The placeholder for the signatory's name, per language.
    pub signatory_name: Localized,
}

/// A section in a starter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StarterSection {
    /// The template.
    pub template: String,
    /// The section id, if not the template id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

/// What a new agreement is made from.
#[derive(Debug, Clone)]
pub struct NewAgreement<'a> {
    /// The starter's id.
    pub starter: &'a str,
    /// The county, if known.
    pub county: Option<&'a str>,
    /// The municipality, if known: what a partnership agreement names (`{{kommune}}`).
    pub municipality: Option<&'a str>,
    /// Bokmål or nynorsk.
    pub lang: Lang,
    /// Today (read from the clock by the caller): the period starts on the first of next month.
    pub today: Date,
    /// A new, unique identity for the agreement.
    pub id: String,
}

/// Every shipped starter, in file order.
pub fn starters() -> Result<Vec<Starter>, LoadError> {
    crate::shipped::STARTERS
        .iter()
        .map(|(name, text)| parse_starter(text, &format!("templates/starters/{name}")))
        .collect()
}

/// Parses a starter file.
pub fn parse_starter(text: &str, file: &str) -> Result<Starter, LoadError> {
    yaml::from_str(text).map_err(|err| yaml_error(err, text, file))
}

/// Makes a new agreement from a starter.
pub fn create(templates: &TemplateSet, new: &NewAgreement<'_>) -> Result<Agreement, LoadError> {
    let all = starters()?;
    let starter = all.iter().find(|s| s.id == new.starter).ok_or_else(|| {
        LoadError::whole(
            "templates/starters",
            LoadProblem::UnknownTemplate(new.starter.to_owned()),
        )
    })?;
    let lang = new.lang;
    let county = new.county.map(str::trim).filter(|c| !c.is_empty());
    let municipality = new.municipality.map(str::trim).filter(|c| !c.is_empty());
    let fill = |text: &str| {
        placeholder::fill(text, &|name: &str| match name {
            "fylke" => county.map(str::to_owned),
            MUNICIPALITY => municipality.map(str::to_owned),
            _ => facts::shipped_value(name, lang),
        })
    };

    let from = new.today.first_of_next_month();
    let period = Period {
        from,
        to: Some(from.add_years(starter.years as i32).pred()),
        renewal: starter.renewal.clone(),
    };
    let parties: Vec<Party> = starter
        .parties
        .iter()
        .map(|p| Party {
            id: p.id.clone(),
            organisation: fill(p.organisation.get(lang)),
            unit: p.unit.as_ref().map(|u| fill(u.get(lang))),
            kind: p.kind,
            signatory: Some(Person {
                name: p.signatory_name.get(lang).to_owned(),
                title: p.signatory_title.get(lang).to_owned(),
            }),
            contact: None,
        })
        .collect();
    // A county agreement leaves an unknown county as a placeholder to fill in; a kind that
    // names its municipality instead does the same with the municipality and needs no county.
    let county_text = match (county, starter.kind.place()) {
        (Some(county), _) => county.to_owned(),
        (None, Place::County) => "{{fylke}}".to_owned(),
        (None, Place::Municipality) => String::new(),
    };
    let municipality_text = match starter.kind.place() {
        Place::Municipality => {
            Some(municipality.map_or_else(|| format!("{{{{{MUNICIPALITY}}}}}"), str::to_owned))
        }
        Place::County => municipality.map(str::to_owned),
    };
    let ctx = Context {
        lang,
        period: &period,
        parties: &parties,
        county: &county_text,
    };

    let mut ids = HashSet::new();
    let mut sections = Vec::new();
    for (i, spec) in starter.sections.iter().enumerate() {
        let template = templates.get(&spec.template).ok_or_else(|| {
            let file = format!("templates/starters/{}.yaml", starter.id);
            LoadError {
                file,
                position: None,
                field: Some(format!("sections[{i}].template")),
                problem: LoadProblem::UnknownTemplate(spec.template.clone()),
            }
        })?;
        let id = spec.id.clone().unwrap_or_else(|| template.id.clone());
        if !ids.insert(id.clone()) {
            return Err(LoadError::whole(
                format!("templates/starters/{}.yaml", starter.id),
                LoadProblem::DuplicateSectionId(id),
            ));
        }
        sections.push(template.instantiate(
            SectionId(id),
            &BTreeMap::<String, ParamValue>::new(),
            ctx,
        ));
    }

    Ok(Agreement {
        format: FORMAT_VERSION,
        meta: Meta {
            id: new.id.clone(),
            title: fill(starter.title.get(lang)),
            kind: starter.kind,
            parent: starter.parent.as_ref().map(|title| ParentRef {
                id: String::new(),
                title: title.get(lang).to_owned(),
                period: None,
                file: None,
                area: None,
                additional_parties: Vec::new(),
            }),
            county: county_text,
            municipality: municipality_text,
            language: lang,
            period,
            status: Status::Utkast,
            areas: Vec::new(),
            references: starter
                .references
                .iter()
                .map(|r| AgreementRef {
                    relation: r.relation,
                    title: capitalised(&fill(r.title.get(lang))),
                    date: None,
                    file: None,
                })
                .collect(),
            regions: Vec::new(),
        },
        parties,
        sections,
        glossary: starter
            .glossary
            .get(&lang)
            .map(|entries| {
                entries
                    .iter()
                    .map(|e| GlossaryEntry {
                        term: fill(&e.term),
                        definition: fill(&e.definition),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        considered: Vec::new(),
        followup: Vec::new(),
        history: History::default(),
    })
}

/// The text with its first letter a capital (a legal fact written for the middle of a
/// sentence, used as a title).
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
