//! What the editor offers to choose from: the starters and the clause templates as pickers show
//! them (title, guidance, questions to consider), and the section a chosen template makes in an
//! agreement being edited.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::Agreement;
use crate::agreement::{AgreementKind, ClauseKind, Place, Section, SectionId};
use crate::error::LoadError;
use crate::lang::{Lang, Locale};
use crate::messages;
use crate::starter;
use crate::template::{Category, Context, ParamValue, Template, TemplateSet};

/// A starter document as the "new agreement" screen shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct StarterInfo {
    /// The starter's id (`hovedavtale`, `underavtale-ot`, `handlingsplan`).
    pub id: String,
    /// Its title, with `{{fylke}}` left in.
    pub title: String,
    /// One line on what it is for.
    pub description: String,
    /// How many sections it starts with.
    pub sections: u32,
    /// The kind of agreement it makes.
    pub kind: AgreementKind,
    /// The place its kind names: a county agreement asks for the county; a partnership
    /// agreement asks for its municipality (and the county of the Nav office that signs).
    pub place: Place,
}

/// An agreement kind as the details form offers it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct KindInfo {
    /// The kind.
    pub kind: AgreementKind,
    /// Its name in the requested locale.
    pub name: String,
    /// The place the kind names on the cover (county or municipality).
    pub place: Place,
}

/// Every agreement kind with its name, in the order pickers offer them.
pub fn kind_infos(locale: Locale) -> Vec<KindInfo> {
    AgreementKind::ALL
        .into_iter()
        .map(|kind| KindInfo {
            kind,
            name: messages::kind(kind, locale),
            place: kind.place(),
        })
        .collect()
}

/// A clause template as the template picker shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TemplateInfo {
    /// The template's id.
    pub id: String,
    /// Its group in the picker.
    pub category: Category,
    /// The group's name in the requested locale.
    pub category_label: String,
    /// The structured clause kind it makes.
    pub kind: ClauseKind,
    /// The default section title.
    pub title: String,
    /// What the clause covers.
    pub guidance: String,
    /// Questions the drafters should consider.
    pub consider: Vec<String>,
}

/// Every shipped starter, in the agreement language `lang`.
pub fn starter_infos(lang: Lang) -> Result<Vec<StarterInfo>, LoadError> {
    Ok(starter::starters()?
        .into_iter()
        .map(|s| StarterInfo {
            id: s.id,
            title: s.title.get(lang).to_owned(),
            description: s.description.get(lang).to_owned(),
            sections: u32::try_from(s.sections.len()).unwrap_or(u32::MAX),
            kind: s.kind,
            place: s.kind.place(),
        })
        .collect())
}

/// Every template, grouped by category and then by title, in the agreement language `lang`
/// with category names in `locale`. The free clause ([`Category::Eget`]) comes first.
pub fn template_infos(templates: &TemplateSet, lang: Lang, locale: Locale) -> Vec<TemplateInfo> {
    let mut infos: Vec<TemplateInfo> = templates
        .iter()
        .map(|t| {
            let text = t.text(lang);
            TemplateInfo {
                id: t.id.clone(),
                category: t.category,
                category_label: messages::category(t.category, locale),
                kind: t.kind,
                title: text.title.clone(),
                guidance: t.guidance(lang),
                consider: t.questions(lang),
            }
        })
        .collect();
    infos.sort_by(|a, b| (a.category, &a.title).cmp(&(b.category, &b.title)));
    infos
}

/// The section `template` makes in `agreement`: in its language, with its parties, period and
/// county filled in, and an id no other section has (the template id, else `id-2`, `id-3`, …).
pub fn new_section(agreement: &Agreement, template: &Template) -> Section {
    let taken = |id: &str| agreement.sections.iter().any(|s| s.id.0 == id);
    let mut id = template.id.clone();
    let mut n = 2;
    while taken(&id) {
        id = format!("{}-{n}", template.id);
        n += 1;
    }
    let ctx = Context {
        lang: agreement.meta.language,
        period: &agreement.meta.period,
        parties: &agreement.parties,
        county: &agreement.meta.county,
    };
    template.instantiate(SectionId(id), &BTreeMap::<String, ParamValue>::new(), ctx)
}

/// The template whose title fits a section title best, in either language: the same words
/// (case, punctuation and numbering aside), else the most words in common where they are at
/// least half of both titles' words together ("Formål med avtalen" fits "Formål"). The free
/// clause ([`Category::Eget`]) never fits. Among equally good fits the one whose id comes
/// first wins, so the outcome does not depend on the set's order. Used when a document made
/// elsewhere is imported: the section keeps its own text and records the template.
pub fn match_template<'a>(templates: &'a TemplateSet, title: &str) -> Option<&'a Template> {
    let wanted = title_words(title);
    if wanted.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &Template)> = None;
    for t in templates.iter().filter(|t| t.category != Category::Eget) {
        for lang in [Lang::Nb, Lang::Nn] {
            let words = title_words(&t.text(lang).title);
            if words.is_empty() {
                continue;
            }
            let common = wanted.iter().filter(|w| words.contains(*w)).count();
            let union = wanted.len() + words.len() - common;
            let score = if wanted == words {
                2.0
            } else {
                common as f64 / union as f64
            };
            let better = match best {
                None => true,
                Some((s, b)) => score > s || (score == s && t.id < b.id),
            };
            if score >= 0.5 && better {
                best = Some((score, t));
            }
        }
    }
    best.map(|(_, t)| t)
}

/// The words of a title that say what it is about: lower case, without numbering, punctuation
/// and the small words ("og", "i", "med", "for").
fn title_words(title: &str) -> Vec<String> {
    const SMALL: [&str; 12] = [
        "og", "i", "med", "for", "av", "til", "om", "på", "pa", "the", "and", "of",
    ];
    let mut words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .map(str::to_lowercase)
        .filter(|w| !SMALL.contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// The form a section is edited with: the structured clause it holds, else the kind of the
/// template it was made from, else prose.
pub fn form_kind(section: &Section, templates: Option<&TemplateSet>) -> ClauseKind {
    if let Some(kind) = section.kinds().first() {
        return *kind;
    }
    section
        .template
        .as_deref()
        .and_then(|id| templates?.get(id))
        .map_or(ClauseKind::Prose, |t| t.kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::starter::NewAgreement;

    fn agreement(templates: &TemplateSet) -> Agreement {
        let new = NewAgreement {
            starter: "hovedavtale",
            county: Some("Vestland"),
            municipality: None,
            lang: Lang::Nn,
            today: Date::from_ymd(2026, 11, 22).expect("date"),
            id: "test".into(),
        };
        starter::create(templates, &new).expect("starter")
    }

    #[test]
    fn a_second_section_from_one_template_gets_its_own_id() {
        let templates = TemplateSet::shipped().expect("templates");
        let mut agreement = agreement(&templates);
        let template = templates.get("motearenaer").expect("template");
        let first = new_section(&agreement, template);
        assert_eq!(first.id.0, "motearenaer-2", "the starter already has one");
        agreement.sections.push(first);
        assert_eq!(new_section(&agreement, template).id.0, "motearenaer-3");
    }

    #[test]
    fn a_new_section_speaks_the_agreement_language_and_names_its_parties() {
        let templates = TemplateSet::shipped().expect("templates");
        let agreement = agreement(&templates);
        let section = new_section(&agreement, templates.get("motearenaer").expect("template"));
        assert_eq!(section.title, "Møtearenaer og møtehyppigheit");
        assert!(section.text.contains("Vestland") || section.meetings.is_some());
    }

    #[test]
    fn pickers_list_every_starter_and_template_with_guidance() {
        let templates = TemplateSet::shipped().expect("templates");
        let starters = starter_infos(Lang::Nb).expect("starters");
        assert_eq!(starters.len(), 4);
        assert!(
            starters
                .iter()
                .all(|s| !s.description.is_empty() && s.sections > 0)
        );
        let infos = template_infos(&templates, Lang::Nb, Locale::Nb);
        assert_eq!(infos.len(), templates.len());
        assert!(
            infos
                .iter()
                .all(|t| !t.guidance.is_empty() && t.consider.len() >= 2)
        );
        assert!(infos.windows(2).all(|w| w[0].category <= w[1].category));
    }

    #[test]
    fn section_titles_find_their_templates_in_either_language() {
        let templates = TemplateSet::shipped().expect("templates");
        let id = |title: &str| match_template(&templates, title).map(|t| t.id.as_str());
        assert_eq!(id("Formål"), Some("formal"));
        assert_eq!(id("FORMÅL MED AVTALEN"), Some("formal"));
        assert_eq!(id("Føremål"), Some("formal"));
        assert_eq!(id("Møtearenaer og møtehyppighet"), Some("motearenaer"));
        assert_eq!(id("Kontaktpersonar"), Some("kontaktpersoner"));
        assert_eq!(id("Uenighet og eskalering"), Some("tvister"));
        assert_eq!(id("Varighet og oppsigelse"), Some("varighet"));
        assert_eq!(id("Mål og resultatkrav"), Some("partnerskap-mal"));
        assert_eq!(id("Nytt punkt"), None, "the free clause never fits");
        assert_eq!(id("Kantinedrift"), None);
        assert_eq!(id(""), None);
    }
}
