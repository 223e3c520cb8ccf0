//! Clause templates: one YAML file per clause type, in bokmål and nynorsk, with guidance for
//! the drafter ("what this clause covers" and "to consider"), typed parameters with defaults,
//! body text with `{{placeholders}}`, default structured data, and the checks that apply.
//!
//! The shipped templates are compiled into the program; a user's own template folder can add
//! templates or override shipped ones by id. A template file with an error is reported with
//! file, line and field, and does not stop the others from loading.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::agreement::{ClauseKind, Generated, Party, PartyKind, Period, Section, SectionId};
use crate::check::Code;
use crate::clause::Cadence;
use crate::date::Date;
use crate::error::{LoadError, LoadProblem};
use crate::facts::{self, Facts};
use crate::format::{is_valid_id, yaml_error};
use crate::lang::{Lang, Locale};
use crate::locate::LocationIndex;
use crate::messages;
use crate::placeholder;
use crate::render::reference::{self, Base, Offset, Reference};
use crate::store;
use crate::yaml;

/// The largest template file read: 256 KiB is far more than any clause needs.
const MAX_TEMPLATE_BYTES: u64 = 256 * 1024;

/// Parameters every template may use without declaring them; they are filled from the
/// agreement itself (in prose, as live references that follow the agreement): the county, the
/// NAV party and the county authority party, and the title of who signs for each.
pub const BUILT_IN_PARAMETERS: [&str; 5] = [
    "fylke",
    "nav",
    "fylkeskommunen",
    "nav_tittel",
    "fylkeskommunen_tittel",
];

/// A clause template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Stable identifier, also the default id of sections made from it.
    pub id: String,
    /// Where the template sits in the picker.
    pub category: Category,
    /// The structured clause kind it produces.
    pub kind: ClauseKind,
    /// A generated part of the agreement the section shows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show: Option<Generated>,
    /// Codes of the checks that apply to sections made from it.
    #[serde(default)]
    pub checks: Vec<String>,
    /// Typed parameters.
    #[serde(default)]
    pub parameters: Vec<Parameter>,
    /// The bokmål text.
    pub nb: TemplateText,
    /// The nynorsk text.
    pub nn: TemplateText,
}

/// Where a template sits in the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Category {
    /// A free clause of the drafter's own: a title and text, nothing preset. Declared first, so
    /// pickers (which order by category) offer it first.
    Eget,
    /// Purpose, background, parties, scope, definitions.
    Grunnlag,
    /// Target groups and goals.
    MalgruppeOgMal,
    /// Roles, mandates, boundaries.
    Ansvar,
    /// Meetings, routines, contacts, joint measures, competence.
    Samarbeid,
    /// Information sharing and consent.
    Informasjon,
    /// Finances.
    Okonomi,
    /// Reporting, evaluation and revision.
    Oppfolging,
    /// Duration, disputes, signatures, annexes.
    Avslutning,
}

/// One language's text of a template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateText {
    /// Default section title.
    pub title: String,
    /// What the clause covers.
    pub guidance: String,
    /// Questions the drafters should consider.
    pub consider: Vec<String>,
    /// Default body text (Markdown), with `{{parameter}}` placeholders.
    #[serde(default)]
    pub body: String,
    /// Default structured data: a mapping with the clause kind's key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Value>,
}

/// A typed template parameter.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// Identifier used in `{{…}}`.
    pub id: String,
    /// The value's type.
    #[serde(rename = "type")]
    pub kind: ParamType,
    /// Labels for the form field, per language.
    pub label: Localized,
    /// Whether the drafter must fill it in.
    #[serde(default)]
    pub required: bool,
    /// The default: a value of the parameter's type, or `{nb: …, nn: …}` for text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<Value>,
}

/// A text in bokmål and nynorsk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    /// Bokmål.
    pub nb: String,
    /// Nynorsk.
    pub nn: String,
}

impl Localized {
    /// The text in a language.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
        }
    }
}

/// The types a parameter can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum ParamType {
    /// Free text.
    Text,
    /// A party, by id.
    Party,
    /// A role name.
    Role,
    /// A date: `YYYY-MM-DD`, or relative to the period: `start`, `start+1y`, `end-3m`.
    Date,
    /// A cadence, as in meeting bodies.
    Cadence,
    /// A list of texts.
    List,
}

/// A parameter value given when a section is made from a template.
#[derive(Debug, Clone, PartialEq)]
pub enum ParamValue {
    /// Text, a role name or a party id.
    Text(String),
    /// A date.
    Date(Date),
    /// A cadence.
    Cadence(Cadence),
    /// A list.
    List(Vec<String>),
}

impl Template {
    /// The text in a language.
    pub fn text(&self, lang: Lang) -> &TemplateText {
        match lang {
            Lang::Nb => &self.nb,
            Lang::Nn => &self.nn,
        }
    }

    /// What the clause covers, in a language, with the legal facts it names filled in.
    pub fn guidance(&self, lang: Lang) -> String {
        facts::fill(self.text(lang).guidance.trim(), lang)
    }

    /// The questions the drafters should consider, with the legal facts filled in.
    pub fn questions(&self, lang: Lang) -> Vec<String> {
        self.text(lang)
            .consider
            .iter()
            .map(|q| facts::fill(q, lang))
            .collect()
    }

    /// The parameter with this id.
    pub fn parameter(&self, id: &str) -> Option<&Parameter> {
        self.parameters.iter().find(|p| p.id == id)
    }
}

/// What a section is made in: the agreement's language, period and parties.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The agreement's language.
    pub lang: Lang,
    /// The agreement's period, for relative dates.
    pub period: &'a Period,
    /// The agreement's parties, for party names.
    pub parties: &'a [Party],
    /// The county, for `{{fylke}}`.
    pub county: &'a str,
}

impl Template {
    /// Makes a section from this template. Parameters get the given values, else their
    /// defaults; any left without a value stay as `{{placeholders}}` for checks to flag.
    pub fn instantiate(
        &self,
        id: SectionId,
        values: &BTreeMap<String, ParamValue>,
        ctx: Context<'_>,
    ) -> Section {
        let text = self.text(ctx.lang);
        let resolved = self.resolve(values, ctx);
        let live = self.live_references(values, text.data.as_ref(), ctx);
        let plain_value = |name: &str| resolved.get(name).map(|v| render_value(v, ctx, false));
        // In prose, a value the agreement's data holds is a live reference to it. Other values
        // are plain text, which in Markdown must not turn into markup (a date such as
        // "1. mars 2027" at the start of a line would become a numbered list).
        let prose_value = |name: &str, at_line_start: bool| {
            if let Some(reference) = live.get(name) {
                return Some(reference.written());
            }
            resolved.get(name).map(|v| {
                crate::render::markdown::escape(&render_value(v, ctx, false), at_line_start)
            })
        };
        let data_value = |name: &str| resolved.get(name).map(|v| render_value(v, ctx, true));
        let mut section = text
            .data
            .as_ref()
            .and_then(|data| section_from_data(&substitute_json(data, &data_value, &resolved)).ok())
            .unwrap_or_default();
        section.id = id;
        section.title = placeholder::fill(&text.title, &plain_value);
        section.template = Some(self.id.clone());
        section.text = placeholder::fill_at(&text.body, &prose_value);
        section.show = self.show;
        section
    }

    /// The parameters whose value in prose is a live reference to the agreement's data, not a
    /// copy of it: the county and the parties (when known), a date left at a default relative
    /// to the period, a date the clause's data keeps as the next evaluation, and a cadence the
    /// clause's data gives a meeting body.
    fn live_references(
        &self,
        values: &BTreeMap<String, ParamValue>,
        data: Option<&Value>,
        ctx: Context<'_>,
    ) -> BTreeMap<String, Reference> {
        let mut out = BTreeMap::new();
        if !ctx.county.trim().is_empty() && !placeholder::has_any(ctx.county) {
            out.insert("fylke".to_owned(), Reference::County);
        }
        for (name, kind) in [
            ("nav", PartyKind::NavFylke),
            ("fylkeskommunen", PartyKind::Fylkeskommune),
        ] {
            if let Some(party) = ctx.parties.iter().find(|p| p.kind == kind) {
                out.insert(name.to_owned(), Reference::Party(party.id.clone()));
                out.insert(format!("{name}_tittel"), Reference::Title(party.id.clone()));
            }
        }
        for param in &self.parameters {
            if values.contains_key(&param.id) {
                continue;
            }
            let placeholder = format!("{{{{{}}}}}", param.id);
            let reference = match param.kind {
                ParamType::Date if data.is_some_and(|d| evaluation_next_is(d, &placeholder)) => {
                    Some(Reference::NextEvaluation)
                }
                ParamType::Date => param
                    .default
                    .as_ref()
                    .and_then(Value::as_str)
                    .and_then(relative_reference),
                ParamType::Cadence => data
                    .and_then(|d| body_with_cadence(d, &placeholder))
                    .map(Reference::Cadence),
                _ => None,
            };
            if let Some(reference) = reference {
                out.insert(param.id.clone(), reference);
            }
        }
        out
    }

    /// Every parameter's value: given, default, or built in.
    fn resolve(
        &self,
        values: &BTreeMap<String, ParamValue>,
        ctx: Context<'_>,
    ) -> BTreeMap<String, ParamValue> {
        let mut out = BTreeMap::new();
        if !ctx.county.is_empty() && !placeholder::has_any(ctx.county) {
            out.insert("fylke".to_owned(), ParamValue::Text(ctx.county.to_owned()));
        }
        for (name, kind) in [
            ("nav", PartyKind::NavFylke),
            ("fylkeskommunen", PartyKind::Fylkeskommune),
        ] {
            if let Some(party) = ctx.parties.iter().find(|p| p.kind == kind) {
                out.insert(
                    name.to_owned(),
                    ParamValue::Text(party.organisation.clone()),
                );
                if let Some(signatory) = &party.signatory {
                    out.insert(
                        format!("{name}_tittel"),
                        ParamValue::Text(signatory.title.clone()),
                    );
                }
            }
        }
        if let Ok(facts) = Facts::shipped() {
            for fact in facts.all() {
                out.insert(
                    facts::placeholder_name(&fact.id),
                    ParamValue::Text(fact.text(ctx.lang).value.clone()),
                );
            }
        }
        for param in &self.parameters {
            let value = values.get(&param.id).cloned().or_else(|| {
                param
                    .default
                    .as_ref()
                    .and_then(|d| default_value(param.kind, d, ctx))
            });
            if let Some(value) = value {
                out.insert(param.id.clone(), value);
            }
        }
        out
    }
}

/// Whether a placeholder name is a shipped legal fact's, written as templates write it
/// (`lov.ID`).
fn is_fact(name: &str) -> bool {
    facts::fact_id(name).is_some_and(|id| {
        name == facts::placeholder_name(id) && Facts::shipped().is_ok_and(|f| f.get(id).is_some())
    })
}

/// Turns a parameter's default into a value for this agreement.
fn default_value(kind: ParamType, default: &Value, ctx: Context<'_>) -> Option<ParamValue> {
    match kind {
        ParamType::Text | ParamType::Role | ParamType::Party => match default {
            Value::String(s) => Some(ParamValue::Text(s.clone())),
            Value::Object(map) => map
                .get(ctx.lang.tag())?
                .as_str()
                .map(|s| ParamValue::Text(s.to_owned())),
            _ => None,
        },
        ParamType::Date => relative_date(default.as_str()?, ctx.period).map(ParamValue::Date),
        ParamType::Cadence => serde_json::from_value(default.clone())
            .ok()
            .map(ParamValue::Cadence),
        ParamType::List => match default {
            Value::Array(_) => serde_json::from_value(default.clone())
                .ok()
                .map(ParamValue::List),
            Value::Object(map) => serde_json::from_value(map.get(ctx.lang.tag())?.clone())
                .ok()
                .map(ParamValue::List),
            _ => None,
        },
    }
}

/// Resolves `YYYY-MM-DD`, `start`, `end`, and those with `+Ny`, `+Nm`, `-Ny`, `-Nm`.
pub fn relative_date(spec: &str, period: &Period) -> Option<Date> {
    if let Some(date) = Date::parse(spec) {
        return Some(date);
    }
    match relative_reference(spec)? {
        Reference::PeriodDate(Base::Start, offset) => offset.apply(period.from),
        Reference::PeriodDate(Base::End, offset) => offset.apply(period.to.unwrap_or(period.from)),
        _ => None,
    }
}

/// The period date a relative spec names (`start`, `end-6m`, `start+1y`), as the live
/// reference prose gets for it.
fn relative_reference(spec: &str) -> Option<Reference> {
    let (base, rest) = if let Some(rest) = spec.strip_prefix("start") {
        (Base::Start, rest)
    } else if let Some(rest) = spec.strip_prefix("end") {
        (Base::End, rest)
    } else {
        return None;
    };
    if rest.is_empty() {
        return Some(Reference::PeriodDate(base, Offset::default()));
    }
    let sign = match rest.chars().next()? {
        '+' => 1,
        '-' => -1,
        _ => return None,
    };
    let (number, unit) = rest[1..].split_at(rest.len().checked_sub(2)?);
    let n: i32 = number.parse().ok()?;
    let months = match unit {
        "y" => n * 12,
        "m" => n,
        _ => return None,
    } * sign;
    Some(Reference::PeriodDate(base, Offset { months, days: 0 }))
}

/// Whether the template's data keeps this placeholder as the next evaluation's date.
fn evaluation_next_is(data: &Value, placeholder: &str) -> bool {
    data.pointer("/evaluation/next").and_then(Value::as_str) == Some(placeholder)
}

/// The meeting body in the template's data whose cadence is this placeholder.
fn body_with_cadence(data: &Value, placeholder: &str) -> Option<String> {
    data.get("meetings")?
        .as_array()?
        .iter()
        .find(|b| b.get("cadence").and_then(Value::as_str) == Some(placeholder))?
        .get("name")?
        .as_str()
        .map(str::to_owned)
}

/// How a value reads in prose (Norwegian) or in structured data (file form).
fn render_value(value: &ParamValue, ctx: Context<'_>, data: bool) -> String {
    match value {
        ParamValue::Text(text) => text.clone(),
        ParamValue::Date(date) if data => date.to_string(),
        ParamValue::Date(date) => date.long(ctx.lang),
        ParamValue::Cadence(cadence) => messages::cadence(cadence, ctx.lang.into()),
        ParamValue::List(items) => messages::join_list(items, ctx.lang.into()),
    }
}

/// Replaces placeholders in every string of a JSON value.
fn substitute_json(
    value: &Value,
    lookup: &dyn Fn(&str) -> Option<String>,
    resolved: &BTreeMap<String, ParamValue>,
) -> Value {
    match value {
        Value::String(s) => {
            // A cadence parameter standing alone is the cadence itself, not its words.
            if let [(0, name)] = placeholder::find(s).as_slice()
                && s.trim_end().ends_with("}}")
                && let Some(ParamValue::Cadence(cadence)) = resolved.get(name)
                && let Ok(value) = serde_json::to_value(cadence)
            {
                return value;
            }
            let filled = placeholder::fill(s, lookup);
            // A legal fact standing alone that is a number (an age) is the number, so it can
            // stand where the data holds one: `age: {from: 15, to: "{{lov.ot-aldersgrense}}"}`.
            if let [(0, name)] = placeholder::find(s).as_slice()
                && s.trim_end().ends_with("}}")
                && facts::fact_id(name).is_some()
                && let Ok(number) = filled.trim().parse::<u64>()
            {
                return Value::from(number);
            }
            Value::String(filled)
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| substitute_json(v, lookup, resolved))
                .collect(),
        ),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| (k.clone(), substitute_json(v, lookup, resolved)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Reads a template's default data into a section.
fn section_from_data(data: &Value) -> Result<Section, String> {
    let mut object = match data {
        Value::Object(map) => map.clone(),
        _ => return Err("data must be a mapping".into()),
    };
    object.insert("id".into(), Value::String("x".into()));
    object.insert("title".into(), Value::String(String::new()));
    serde_json::from_value(Value::Object(object)).map_err(|e| e.to_string())
}

/// Parses and validates one template file's text.
pub fn parse_template(text: &str, file: &str) -> Result<Template, LoadError> {
    let template: Template = yaml::from_str(text).map_err(|err| yaml_error(err, text, file))?;
    validate(&template, text, file)?;
    Ok(template)
}

fn validate(template: &Template, text: &str, file: &str) -> Result<(), LoadError> {
    let fail = |path: &str, problem: LoadProblem| {
        let index = LocationIndex::build(text);
        LoadError {
            file: file.to_owned(),
            position: index.position(path),
            field: Some(path.to_owned()),
            problem,
        }
    };
    if !is_valid_id(&template.id) {
        return Err(fail("id", LoadProblem::BadId(template.id.clone())));
    }
    for (i, code) in template.checks.iter().enumerate() {
        if Code::parse(code).is_none() {
            return Err(fail(
                &format!("checks[{i}]"),
                LoadProblem::UnknownCheck(code.clone()),
            ));
        }
    }
    for (i, param) in template.parameters.iter().enumerate() {
        if let Some(default) = &param.default
            && !default_is_valid(param.kind, default)
        {
            return Err(fail(
                &format!("parameters[{i}].default"),
                LoadProblem::TemplateData(format!("{:?}", param.kind)),
            ));
        }
    }
    for lang in [Lang::Nb, Lang::Nn] {
        let key = lang.tag();
        let t = template.text(lang);
        if t.title.trim().is_empty() || t.guidance.trim().is_empty() || t.consider.is_empty() {
            return Err(fail(key, LoadProblem::MissingLanguage(key.to_owned())));
        }
        let advice = std::iter::once(("guidance", &t.guidance))
            .chain(t.consider.iter().map(|q| ("consider", q)));
        for (field, source) in advice {
            if let Some(name) = placeholder::names(source)
                .into_iter()
                .find(|n| facts::fact_id(n).is_some() && !is_fact(n))
            {
                return Err(fail(
                    &format!("{key}.{field}"),
                    LoadProblem::UndeclaredParameter(name),
                ));
            }
        }
        for (field, source) in [("title", &t.title), ("body", &t.body)] {
            if let Some(bad) = reference::find(source)
                .into_iter()
                .find(|f| f.reference.is_none())
            {
                return Err(fail(
                    &format!("{key}.{field}"),
                    LoadProblem::TemplateData(source[bad.range].to_owned()),
                ));
            }
            for name in placeholder::names(source) {
                if template.parameter(&name).is_none()
                    && !BUILT_IN_PARAMETERS.contains(&name.as_str())
                    && !is_fact(&name)
                {
                    return Err(fail(
                        &format!("{key}.{field}"),
                        LoadProblem::UndeclaredParameter(name),
                    ));
                }
            }
        }
        if let Some(data) = &t.data {
            // Check the data as it will be used: with every parameter at its default.
            let Some(period) = sample_period() else {
                continue;
            };
            let ctx = Context {
                lang,
                period: &period,
                parties: &[],
                county: "",
            };
            let resolved = template.resolve(&BTreeMap::new(), ctx);
            let lookup = |name: &str| resolved.get(name).map(|v| render_value(v, ctx, true));
            let section = section_from_data(&substitute_json(data, &lookup, &resolved))
                .map_err(|e| fail(&format!("{key}.data"), LoadProblem::TemplateData(e)))?;
            if section.kind() != template.kind || section.kinds().len() > 1 {
                return Err(fail(
                    &format!("{key}.data"),
                    LoadProblem::TemplateData(format!("expected `{}`", template.kind.key())),
                ));
            }
        }
    }
    Ok(())
}

/// The period templates are validated against: four years from a first of January, as the
/// starters make it.
fn sample_period() -> Option<Period> {
    let from = Date::from_ymd(2026, 1, 1)?;
    Some(Period {
        from,
        to: Some(from.add_years(4).pred()),
        renewal: None,
    })
}

fn default_is_valid(kind: ParamType, default: &Value) -> bool {
    let localized_strings = |v: &Value| match v {
        Value::Object(map) => ["nb", "nn"]
            .iter()
            .all(|k| map.get(*k).is_some_and(Value::is_string)),
        _ => false,
    };
    match kind {
        ParamType::Text | ParamType::Role | ParamType::Party => {
            default.is_string() || localized_strings(default)
        }
        ParamType::Date => {
            // A default date must fall inside the agreement's period, else every agreement
            // made from the template starts with a date error.
            let Some(period) = sample_period() else {
                return false;
            };
            default
                .as_str()
                .and_then(|s| relative_date(s, &period))
                .is_some_and(|d| d >= period.from && period.to.is_none_or(|to| d <= to))
        }
        ParamType::Cadence => serde_json::from_value::<Cadence>(default.clone()).is_ok(),
        ParamType::List => match default {
            Value::Array(items) => items.iter().all(Value::is_string),
            Value::Object(map) => ["nb", "nn"].iter().all(|k| {
                map.get(*k)
                    .and_then(Value::as_array)
                    .is_some_and(|a| a.iter().all(Value::is_string))
            }),
            _ => false,
        },
    }
}

/// The templates available: the shipped ones, overridden or extended by a user folder, and the
/// errors of user template files that could not be read.
#[derive(Debug, Clone, Default)]
pub struct TemplateSet {
    templates: BTreeMap<String, Template>,
    /// User template files that could not be read; the rest loaded.
    pub errors: Vec<LoadError>,
}

impl TemplateSet {
    /// The templates shipped with Avtale.
    pub fn shipped() -> Result<Self, LoadError> {
        let mut set = TemplateSet::default();
        for (name, text) in crate::shipped::TEMPLATES {
            let template = parse_template(text, &format!("templates/{name}"))?;
            set.templates.insert(template.id.clone(), template);
        }
        Ok(set)
    }

    /// The shipped templates plus those in `dir`, which override shipped ones with the same id.
    /// A user file with an error is recorded in `errors` and skipped.
    pub fn with_user_dir(dir: &Path) -> Result<Self, LoadError> {
        let mut set = Self::shipped()?;
        match store::yaml_files(dir) {
            Ok(files) => {
                for file in files {
                    let name = file.display().to_string();
                    match store::read_text(&file, MAX_TEMPLATE_BYTES)
                        .and_then(|t| parse_template(&t, &name))
                    {
                        Ok(template) => {
                            set.templates.insert(template.id.clone(), template);
                        }
                        Err(err) => set.errors.push(err),
                    }
                }
            }
            Err(err) => set.errors.push(err),
        }
        Ok(set)
    }

    /// The template with this id.
    pub fn get(&self, id: &str) -> Option<&Template> {
        self.templates.get(id)
    }

    /// All templates, by id.
    pub fn iter(&self) -> impl Iterator<Item = &Template> {
        self.templates.values()
    }

    /// How many templates there are.
    pub fn len(&self) -> usize {
        self.templates.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.templates.is_empty()
    }
}

/// A one-line description of a template for listings.
pub fn summary(template: &Template, locale: Locale) -> String {
    let lang = match locale {
        Locale::Nn => Lang::Nn,
        Locale::Nb | Locale::En => Lang::Nb,
    };
    format!(
        "{:<24} {:<18} {}",
        template.id,
        messages::category(template.category, locale),
        template.text(lang).title
    )
}
