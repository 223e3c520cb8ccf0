//! Finding words across the whole agreement (the editor's Ctrl+F): every text a person can
//! edit, searched ignoring case and accents, each hit with the field path the checks and the
//! page use (`sections[3].goals[0].indicator`), where in the field's text it is, and a short
//! excerpt around it.
//!
//! A section's text is searched as the editor shows it: a live reference (`[[part: nav]]`)
//! reads as its value ("Nav Vestland"), and a hit touching one covers the whole reference,
//! which the editor shows as one chip. Matching folds case, `ø` to `o`, `æ` to `ae` and
//! strips accents (`å` to `a`, `é` to `e`) on both sides, as the command palette does, so
//! «mote» finds «Møte» and «møte» finds it too; a run of white space matches any other.

use std::ops::Range;

use serde::Serialize;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use crate::agreement::{Agreement, Section};
use crate::clause::{Contact, Member};
use crate::reference;

/// How many hits [`find`] gives at most; [`Found::total`] counts them all.
pub const MAX_HITS: usize = 500;

/// Characters of context an excerpt keeps before a hit, about; cut at a word.
const CONTEXT_BEFORE: usize = 40;
/// Characters of context an excerpt keeps after a hit, about; cut at a word.
const CONTEXT_AFTER: usize = 60;

/// What a search found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Found {
    /// The hits in document order (the metadata, the parties, the sections in order, the
    /// glossary; in a section its title, its text, then its structured fields), at most
    /// [`MAX_HITS`].
    pub hits: Vec<Hit>,
    /// How many hits there are in all.
    pub total: u32,
}

/// One place where the words were found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Hit {
    /// The field's path, as the checks and the page's `data-field` write it
    /// (`sections[2].text`, `meta.title`, `sections[4].meetings[0].agenda[1]`).
    pub field: String,
    /// Where the hit starts in the field's text as the file holds it, in UTF-16 code units
    /// (what `setSelectionRange` takes).
    pub start: u32,
    /// Where it ends, likewise (exclusive).
    pub end: u32,
    /// The index of the section holding the field; none outside the sections.
    pub section: Option<u32>,
    /// That section's title.
    pub section_title: Option<String>,
    /// The words before the hit, as shown (white space as single spaces; "…" where cut).
    pub before: String,
    /// The words found, as shown.
    pub matched: String,
    /// The words after the hit, as shown.
    pub after: String,
}

/// Every place in the agreement's editable texts where `query` occurs, ignoring case and
/// accents; nothing for a query of only white space.
pub fn find(agreement: &Agreement, query: &str) -> Found {
    let needle: Vec<char> = fold(query).chars.into_iter().collect();
    let needle = trim_spaces(&needle);
    let mut found = Found {
        hits: Vec::new(),
        total: 0,
    };
    if needle.is_empty() {
        return found;
    }
    let values = reference::Values::of(agreement);
    for text in texts(agreement) {
        let shown = Shown::of(&text, &values);
        let folded = shown.folded();
        for range in occurrences(&folded.chars, needle) {
            found.total += 1;
            if found.hits.len() < MAX_HITS {
                found.hits.push(shown.hit(&text, agreement, &folded, range));
            }
        }
    }
    found
}

/// One editable text: its path, the text, and the section holding it.
#[derive(Debug, Clone)]
struct Text<'a> {
    field: String,
    text: &'a str,
    section: Option<usize>,
    /// A section's text, whose references the editor shows as their values.
    prose: bool,
}

/// Collects the texts in document order.
struct Texts<'a> {
    out: Vec<Text<'a>>,
    section: Option<usize>,
}

impl<'a> Texts<'a> {
    fn one(&mut self, field: String, text: &'a str) {
        if !text.is_empty() {
            self.out.push(Text {
                field,
                text,
                section: self.section,
                prose: false,
            });
        }
    }

    fn maybe(&mut self, field: String, text: Option<&'a String>) {
        if let Some(text) = text {
            self.one(field, text);
        }
    }

    /// A list of lines (`agenda`, `criteria`): each line is its own text, `path[i]`.
    fn lines(&mut self, path: &str, lines: &'a [String]) {
        for (i, line) in lines.iter().enumerate() {
            self.one(format!("{path}[{i}]"), line);
        }
    }

    fn members(&mut self, path: &str, members: &'a [Member]) {
        for (i, m) in members.iter().enumerate() {
            self.one(format!("{path}[{i}].role"), &m.role);
        }
    }

    fn contact(&mut self, path: &str, c: &'a Contact) {
        self.one(format!("{path}.role"), &c.role);
        self.one(format!("{path}.name"), &c.name);
        self.maybe(format!("{path}.email"), c.email.as_ref());
        self.maybe(format!("{path}.phone"), c.phone.as_ref());
        if let Some(d) = &c.deputy {
            self.one(format!("{path}.deputy.name"), &d.name);
            self.maybe(format!("{path}.deputy.email"), d.email.as_ref());
            self.maybe(format!("{path}.deputy.phone"), d.phone.as_ref());
        }
    }

    fn cadence(&mut self, path: &str, cadence: Option<&'a crate::clause::Cadence>) {
        if let Some(crate::clause::Cadence::AsNeeded(text)) = cadence {
            self.one(format!("{path}.as_needed"), text);
        }
    }

    fn section(&mut self, k: usize, s: &'a Section) {
        self.section = Some(k);
        let p = format!("sections[{k}]");
        self.one(format!("{p}.title"), &s.title);
        if !s.text.is_empty() {
            self.out.push(Text {
                field: format!("{p}.text"),
                text: &s.text,
                section: Some(k),
                prose: true,
            });
        }
        for (i, r) in s.roles.iter().flatten().enumerate() {
            let p = format!("{p}.roles[{i}]");
            self.one(format!("{p}.role"), &r.role);
            for (j, t) in r.tasks.iter().enumerate() {
                self.one(format!("{p}.tasks[{j}].task"), &t.task);
                self.maybe(format!("{p}.tasks[{j}].deadline"), t.deadline.as_ref());
            }
        }
        if let Some(m) = &s.mandate {
            let p = format!("{p}.mandate");
            self.one(format!("{p}.group"), &m.group);
            self.one(format!("{p}.purpose"), &m.purpose);
            self.lines(&format!("{p}.deliverables"), &m.deliverables);
            self.one(format!("{p}.authority"), &m.authority);
            self.one(format!("{p}.reports_to"), &m.reports_to);
            self.members(&format!("{p}.members"), &m.members);
        }
        for (i, b) in s.boundaries.iter().flatten().enumerate() {
            self.one(format!("{p}.boundaries[{i}].area"), &b.area);
            self.one(format!("{p}.boundaries[{i}].handover"), &b.handover);
        }
        for (i, m) in s.meetings.iter().flatten().enumerate() {
            let p = format!("{p}.meetings[{i}]");
            self.one(format!("{p}.name"), &m.name);
            self.one(format!("{p}.purpose"), &m.purpose);
            self.members(&format!("{p}.members"), &m.members);
            self.cadence(&format!("{p}.cadence"), m.cadence.as_ref());
            self.lines(&format!("{p}.agenda"), &m.agenda);
            self.lines(&format!("{p}.regions"), &m.regions);
        }
        for (i, st) in s.steps.iter().flatten().enumerate() {
            self.one(format!("{p}.steps[{i}].action"), &st.action);
            self.maybe(format!("{p}.steps[{i}].deadline"), st.deadline.as_ref());
        }
        for (i, g) in s.target_groups.iter().flatten().enumerate() {
            let p = format!("{p}.target_groups[{i}]");
            self.one(format!("{p}.name"), &g.name);
            self.one(format!("{p}.definition"), &g.definition);
            self.lines(&format!("{p}.criteria"), &g.criteria);
        }
        for (i, g) in s.goals.iter().flatten().enumerate() {
            let p = format!("{p}.goals[{i}]");
            self.one(format!("{p}.goal"), &g.goal);
            self.one(format!("{p}.indicator"), &g.indicator);
            self.one(format!("{p}.source"), &g.source);
            if let Some(b) = &g.baseline {
                self.one(format!("{p}.baseline.value"), &b.value);
            }
            self.one(format!("{p}.target"), &g.target);
        }
        for (i, m) in s.measures.iter().flatten().enumerate() {
            self.one(format!("{p}.measures[{i}].name"), &m.name);
            self.one(format!("{p}.measures[{i}].description"), &m.description);
        }
        for (i, c) in s.contacts.iter().flatten().enumerate() {
            self.contact(&format!("{p}.contacts[{i}]"), c);
        }
        if let Some(info) = &s.information_sharing {
            let p = format!("{p}.information_sharing");
            self.one(format!("{p}.purpose"), &info.purpose);
            self.one(format!("{p}.legal_basis"), &info.legal_basis);
            if let Some(c) = &info.consent {
                self.one(format!("{p}.consent.given_by"), &c.given_by);
                self.one(format!("{p}.consent.scope"), &c.scope);
                self.one(format!("{p}.consent.withdrawal"), &c.withdrawal);
            }
        }
        for (i, f) in s.finances.iter().flatten().enumerate() {
            self.one(format!("{p}.finances[{i}].contribution"), &f.contribution);
        }
        for (i, r) in s.reporting.iter().flatten().enumerate() {
            let p = format!("{p}.reporting[{i}]");
            self.one(format!("{p}.report"), &r.report);
            self.one(format!("{p}.to"), &r.to);
            self.cadence(&format!("{p}.cadence"), r.cadence.as_ref());
        }
        if let Some(e) = &s.evaluation {
            let p = format!("{p}.evaluation");
            self.cadence(&format!("{p}.cadence"), e.cadence.as_ref());
            self.lines(&format!("{p}.questions"), &e.questions);
        }
        if let Some(sig) = &s.signatures {
            self.maybe(format!("{p}.signatures.place"), sig.place.as_ref());
        }
        for (i, a) in s.annexes.iter().flatten().enumerate() {
            self.one(format!("{p}.annexes[{i}].title"), &a.title);
            self.maybe(format!("{p}.annexes[{i}].reference"), a.reference.as_ref());
        }
        self.section = None;
    }
}

/// Every text a person edits in the agreement's forms, in document order. Ids, kinds, dates,
/// numbers, party choices and file names are not texts.
fn texts(agreement: &Agreement) -> Vec<Text<'_>> {
    let mut t = Texts {
        out: Vec::new(),
        section: None,
    };
    let meta = &agreement.meta;
    t.one("meta.title".into(), &meta.title);
    t.one("meta.county".into(), &meta.county);
    t.maybe("meta.municipality".into(), meta.municipality.as_ref());
    if let Some(parent) = &meta.parent {
        t.one("meta.parent.title".into(), &parent.title);
    }
    for (i, r) in meta.references.iter().enumerate() {
        t.one(format!("meta.references[{i}].title"), &r.title);
    }
    t.lines("meta.areas", &meta.areas);
    for (i, party) in agreement.parties.iter().enumerate() {
        let p = format!("parties[{i}]");
        t.one(format!("{p}.organisation"), &party.organisation);
        t.maybe(format!("{p}.unit"), party.unit.as_ref());
        if let Some(s) = &party.signatory {
            t.one(format!("{p}.signatory.name"), &s.name);
            t.one(format!("{p}.signatory.title"), &s.title);
        }
        if let Some(c) = &party.contact {
            t.contact(&format!("{p}.contact"), c);
        }
    }
    for (k, section) in agreement.sections.iter().enumerate() {
        t.section(k, section);
    }
    for (i, entry) in agreement.glossary.iter().enumerate() {
        t.one(format!("glossary[{i}].term"), &entry.term);
        t.one(format!("glossary[{i}].definition"), &entry.definition);
    }
    t.out
}

/// A text as the editor shows it: the words, with each live reference shown as its value.
struct Shown {
    /// What the editor shows.
    text: String,
    /// Pieces of what is shown: its byte range there, the range in the text as written, and
    /// whether it is one reference (a hit in it covers all of it).
    pieces: Vec<(Range<usize>, Range<usize>, bool)>,
}

impl Shown {
    fn of(text: &Text<'_>, values: &reference::Values<'_>) -> Shown {
        let raw = text.text;
        let mut shown = Shown {
            text: String::new(),
            pieces: Vec::new(),
        };
        let push = |shown: &mut Shown, words: &str, written: Range<usize>, whole: bool| {
            let at = shown.text.len();
            shown.text.push_str(words);
            shown.pieces.push((at..shown.text.len(), written, whole));
        };
        let mut last = 0;
        if text.prose {
            // As `reference::pieces` cuts the text and the editor's chips show it.
            for f in reference::find(raw) {
                if f.range.start > last {
                    push(
                        &mut shown,
                        &raw[last..f.range.start],
                        last..f.range.start,
                        false,
                    );
                }
                let written = &raw[f.range.clone()];
                let value = f.reference.as_ref().and_then(|r| values.value(r));
                push(
                    &mut shown,
                    value.as_deref().unwrap_or(written),
                    f.range.clone(),
                    true,
                );
                last = f.range.end;
            }
        }
        if last < raw.len() {
            push(&mut shown, &raw[last..], last..raw.len(), false);
        }
        shown
    }

    /// The shown text folded, each folded character with the byte ranges it came from.
    fn folded(&self) -> Folded {
        let mut out = Folded::default();
        for (at, written, whole) in &self.pieces {
            let words = &self.text[at.clone()];
            for (i, c) in words.char_indices() {
                let (shown, raw) = if *whole {
                    (at.clone(), written.clone())
                } else {
                    let r = i..i + c.len_utf8();
                    (
                        at.start + r.start..at.start + r.end,
                        written.start + r.start..written.start + r.end,
                    )
                };
                out.push(c, shown, raw);
            }
        }
        out
    }

    /// The hit for a match of folded characters `range`.
    fn hit(
        &self,
        text: &Text<'_>,
        agreement: &Agreement,
        folded: &Folded,
        range: Range<usize>,
    ) -> Hit {
        let first = &folded.from[range.start];
        let last = &folded.from[range.end - 1];
        let raw = first.1.start..last.1.end;
        let shown = first.0.start..last.0.end;
        let (before, matched, after) = excerpt(&self.text, shown);
        Hit {
            field: text.field.clone(),
            start: utf16_len(&text.text[..raw.start]),
            end: utf16_len(&text.text[..raw.end]),
            section: text.section.map(|k| k as u32),
            section_title: text
                .section
                .and_then(|k| agreement.sections.get(k))
                .map(|s| s.title.clone()),
            before,
            matched,
            after,
        }
    }
}

/// A text folded for matching, each character with where it came from: its byte range in the
/// shown text and in the text as written.
#[derive(Debug, Default)]
struct Folded {
    chars: Vec<char>,
    from: Vec<(Range<usize>, Range<usize>)>,
}

impl Folded {
    /// Adds one character of the text, folded: lower case, `ø` as `o`, `æ` as `ae`, accents
    /// stripped, and any run of white space as one space.
    fn push(&mut self, c: char, shown: Range<usize>, raw: Range<usize>) {
        if c.is_whitespace() {
            if self.chars.last() == Some(&' ') {
                if let Some(from) = self.from.last_mut() {
                    from.0.end = from.0.end.max(shown.end);
                    from.1.end = from.1.end.max(raw.end);
                }
            } else {
                self.chars.push(' ');
                self.from.push((shown, raw));
            }
            return;
        }
        for lower in c.to_lowercase() {
            match lower {
                'ø' => self.one('o', &shown, &raw),
                'æ' => {
                    self.one('a', &shown, &raw);
                    self.one('e', &shown, &raw);
                }
                _ => decompose_canonical(lower, |d| {
                    if !is_combining_mark(d) {
                        self.one(d, &shown, &raw);
                    }
                }),
            }
        }
    }

    fn one(&mut self, c: char, shown: &Range<usize>, raw: &Range<usize>) {
        self.chars.push(c);
        self.from.push((shown.clone(), raw.clone()));
    }
}

/// A text folded as [`Folded::push`] folds it.
fn fold(text: &str) -> Folded {
    let mut out = Folded::default();
    for (i, c) in text.char_indices() {
        let r = i..i + c.len_utf8();
        out.push(c, r.clone(), r);
    }
    out
}

/// The labels (page-made names: parts, sections, remarks, templates) that hold every word of
/// `query`, by their place in `labels`, folded as the find folds (so «mote» finds «Møte»);
/// those that start with the first word (after a leading "3. ") come first, the rest keep
/// their order. Nothing typed: every label. The command palette (Ctrl+K) filters by this.
pub fn matching_labels(labels: &[String], query: &str) -> Vec<usize> {
    let folded = |text: &str| -> String { fold(text).chars.into_iter().collect() };
    let query = folded(query);
    let words: Vec<&str> = query.split(' ').filter(|w| !w.is_empty()).collect();
    let Some(first) = words.first() else {
        return (0..labels.len()).collect();
    };
    let (mut starting, mut holding) = (Vec::new(), Vec::new());
    for (i, label) in labels.iter().enumerate() {
        let label = folded(label);
        if !words.iter().all(|w| label.contains(w)) {
            continue;
        }
        let name = label.trim_start_matches(|c: char| c.is_ascii_digit());
        let name = name
            .strip_prefix('.')
            .map_or(label.as_str(), str::trim_start);
        if name.starts_with(first) {
            starting.push(i);
        } else {
            holding.push(i);
        }
    }
    starting.extend(holding);
    starting
}

/// The characters without a space at either end.
fn trim_spaces(chars: &[char]) -> &[char] {
    let start = chars.iter().position(|c| *c != ' ').unwrap_or(chars.len());
    let end = chars
        .iter()
        .rposition(|c| *c != ' ')
        .map_or(start, |i| i + 1);
    &chars[start..end]
}

/// Where `needle` occurs in `haystack`, left to right, not overlapping.
fn occurrences(haystack: &[char], needle: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= haystack.len() {
        if haystack[i..i + needle.len()] == *needle {
            out.push(i..i + needle.len());
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

/// The length of a text in UTF-16 code units.
fn utf16_len(text: &str) -> u32 {
    u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX)
}

/// The words around `hit` in `text`: some before and after, cut at a word with "…", white
/// space shown as single spaces.
fn excerpt(text: &str, hit: Range<usize>) -> (String, String, String) {
    let before = &text[..hit.start];
    let mut start = before
        .char_indices()
        .rev()
        .nth(CONTEXT_BEFORE)
        .map_or(0, |(i, _)| i);
    if start > 0 {
        // Start after a space, so no word is cut.
        start = before[start..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(hit.start, |(i, c)| start + i + c.len_utf8());
    }
    let after = &text[hit.end..];
    let mut end = after
        .char_indices()
        .nth(CONTEXT_AFTER)
        .map_or(text.len(), |(i, _)| hit.end + i);
    if end < text.len() {
        end = text[..end]
            .rfind(char::is_whitespace)
            .filter(|i| *i >= hit.end)
            .unwrap_or(end);
    }
    let spaced = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut before = spaced(&text[start..hit.start]);
    if text[start..hit.start].ends_with(char::is_whitespace) && !before.is_empty() {
        before.push(' ');
    }
    if start > 0 {
        before.insert(0, '…');
    }
    let mut after_text = String::new();
    if text[hit.end..end].starts_with(char::is_whitespace) {
        after_text.push(' ');
    }
    after_text.push_str(&spaced(&text[hit.end..end]));
    if end < text.len() {
        after_text.push('…');
    }
    (before, spaced(&text[hit]), after_text)
}

#[cfg(test)]
mod tests {
    /// The palette's matching: every word, any order, no case or accents, the start first.
    #[test]
    fn labels_match_by_every_word_without_case_or_accents() {
        let labels: Vec<String> = [
            "Historikk",
            "Møtekalender",
            "2. Møtearenaer og møtehyppighet",
            "3. Økonomi og ressurser",
            "Feil AV001: Plassholderen er ikke fylt ut.",
            "Legg til: Evaluering og revisjon",
            "Legg til: Historien",
        ]
        .map(String::from)
        .to_vec();
        let m = |q: &str| super::matching_labels(&labels, q);
        assert_eq!(m("mote"), [1, 2]);
        assert_eq!(m("motearena"), [2]);
        assert_eq!(m("OKONOMI"), [3]);
        assert_eq!(m("revisjon evaluering"), [5]);
        assert_eq!(m("av001"), [4]);
        assert_eq!(m("  "), (0..labels.len()).collect::<Vec<_>>());
        assert!(m("finnes ikke").is_empty());
        assert_eq!(m("hist"), [0, 6]);
    }

    use super::*;
    use crate::document::value_at;

    fn example() -> Agreement {
        let text = include_str!("../../../examples/hovedavtale-vestland.avtale.yaml");
        crate::format::agreement_from_str(text, "example").expect("the example loads")
    }

    fn fields(found: &Found) -> Vec<&str> {
        found.hits.iter().map(|h| h.field.as_str()).collect()
    }

    /// The field's text between the hit's UTF-16 offsets.
    fn hit_text(agreement: &Agreement, hit: &Hit) -> String {
        text_in(&serde_json::to_value(agreement).expect("serializes"), hit)
    }

    /// The text between the hit's UTF-16 offsets in the field its path names in `root`.
    fn text_in(root: &serde_json::Value, hit: &Hit) -> String {
        let text = value_at(root, &hit.field)
            .and_then(|v| v.as_str())
            .unwrap_or_else(|| panic!("{} is no text", hit.field));
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[hit.start as usize..hit.end as usize]).expect("whole characters")
    }

    #[test]
    fn ignores_case_and_accents_and_aeoeaa_find_themselves() {
        let mut a = example();
        a.meta.title = "Møte på Ærøy om økonomi og Café".into();
        for (query, found) in [
            ("mote", "Møte"),
            ("MØTE", "Møte"),
            ("møte", "Møte"),
            ("pa aeroy", "på Ærøy"),
            ("på ærøy", "på Ærøy"),
            ("okonomi", "økonomi"),
            ("cafe", "Café"),
        ] {
            let hits = find(&a, query).hits;
            let hit = hits
                .iter()
                .find(|h| h.field == "meta.title")
                .unwrap_or_else(|| panic!("{query} finds the title"));
            assert_eq!(hit_text(&a, hit), found, "{query}");
            assert_eq!(hit.matched, found);
        }
    }

    #[test]
    fn offsets_are_utf16_units_of_the_text_as_written() {
        let mut a = example();
        a.meta.title = "Ærlig 😀 møte".into();
        let hit = find(&a, "mote").hits.remove(0);
        // Æ and ø are one unit each; the emoji is two.
        assert_eq!((hit.start, hit.end), (9, 13));
        assert_eq!(hit_text(&a, &hit), "møte");
    }

    #[test]
    fn finds_every_hit_in_one_field_in_order() {
        let mut a = example();
        a.meta.title = "Nav og nav og NAV".into();
        let title: Vec<(u32, u32)> = find(&a, "nav")
            .hits
            .iter()
            .filter(|h| h.field == "meta.title")
            .map(|h| (h.start, h.end))
            .collect();
        assert_eq!(title, [(0, 3), (7, 10), (14, 17)]);
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        let a = example();
        assert_eq!(find(&a, "").total, 0);
        assert!(find(&a, " \n ").hits.is_empty());
    }

    #[test]
    fn finds_nested_lists_with_their_paths() {
        let a = example();
        let (k, i, j) =
            a.sections
                .iter()
                .enumerate()
                .find_map(|(k, s)| {
                    s.meetings.iter().flatten().enumerate().find_map(|(i, m)| {
                        (m.agenda.len() > 1).then_some((k, i, m.agenda.len() - 1))
                    })
                })
                .expect("the example has an agenda");
        let line = a.sections[k].meetings.as_ref().unwrap()[i].agenda[j].clone();
        let found = find(&a, &line);
        let path = format!("sections[{k}].meetings[{i}].agenda[{j}]");
        assert!(
            fields(&found).contains(&path.as_str()),
            "{path} in {:?}",
            fields(&found)
        );
    }

    #[test]
    fn hits_come_in_document_order() {
        let a = example();
        // "Vestland" is in the title, a party's name, sections' texts and fields.
        let found = find(&a, "vestland");
        let f = fields(&found);
        assert_eq!(f.first(), Some(&"meta.title"));
        let first_party = f
            .iter()
            .position(|p| p.starts_with("parties"))
            .expect("a party");
        let first_section = f
            .iter()
            .position(|p| p.starts_with("sections"))
            .expect("a section");
        assert!(first_party < first_section, "{f:?}");
        let sections: Vec<u32> = found.hits.iter().filter_map(|h| h.section).collect();
        assert!(sections.is_sorted(), "{sections:?}");
        assert_eq!(found.total as usize, found.hits.len());
    }

    #[test]
    fn within_a_section_the_title_comes_before_the_text_and_the_fields() {
        let mut a = example();
        let k = a
            .sections
            .iter()
            .position(|s| s.goals.as_ref().is_some_and(|g| !g.is_empty()))
            .expect("goals");
        a.sections[k].title = "Zebra".into();
        a.sections[k].text = "En zebra.".into();
        a.sections[k].goals.as_mut().unwrap()[0].indicator = "Zebraer talt".into();
        let found = find(&a, "zebra");
        assert_eq!(
            fields(&found),
            [
                format!("sections[{k}].title"),
                format!("sections[{k}].text"),
                format!("sections[{k}].goals[0].indicator"),
            ]
        );
        assert!(
            found
                .hits
                .iter()
                .all(|h| h.section_title.as_deref() == Some("Zebra"))
        );
    }

    #[test]
    fn a_reference_is_found_by_what_it_shows_and_covered_whole() {
        let a = example();
        let k = a
            .sections
            .iter()
            .position(|s| s.text.contains("[[part: fk]]"))
            .expect("a reference to fk");
        let written = &a.sections[k].text;
        let found = find(&a, "fylkeskommune");
        let hit = found
            .hits
            .iter()
            .find(|h| h.field == format!("sections[{k}].text") && hit_text(&a, h).starts_with("[["))
            .expect("the reference is found by its value");
        assert_eq!(hit_text(&a, hit), "[[part: fk]]");
        assert_eq!(hit.matched, "Vestland fylkeskommune");
        // The reference's own words are not text: "part" is found nowhere in it.
        assert!(
            find(&a, "part:")
                .hits
                .iter()
                .all(|h| h.field != format!("sections[{k}].text")),
            "{written}"
        );
    }

    #[test]
    fn an_excerpt_shows_words_around_the_hit_on_one_line() {
        let mut a = example();
        a.meta.title = "Første linje\nandre linje med et ord som skal finnes her, og så litt mer tekst etter ordet som er langt nok til å kuttes".into();
        let hit = find(&a, "finnes").hits.remove(0);
        assert_eq!(hit.matched, "finnes");
        assert!(hit.before.ends_with("som skal "), "{}", hit.before);
        assert!(!hit.before.contains('\n'));
        assert!(hit.after.starts_with(" her,"), "{}", hit.after);
        assert!(hit.after.ends_with('…'), "{}", hit.after);
    }

    #[test]
    fn white_space_in_the_query_matches_a_line_break() {
        let mut a = example();
        a.meta.title = "samarbeid\n  om opplæring".into();
        let hit = find(&a, "samarbeid om").hits.remove(0);
        assert_eq!(hit_text(&a, &hit), "samarbeid\n  om");
    }

    #[test]
    fn many_hits_are_counted_but_not_all_given() {
        let a = example();
        let found = find(&a, "e");
        assert!(found.total as usize > MAX_HITS);
        assert_eq!(found.hits.len(), MAX_HITS);
    }

    /// The example with a section from every template: every clause kind, filled as made.
    fn with_every_template() -> Agreement {
        let templates = crate::TemplateSet::shipped().expect("templates");
        let mut all = example();
        for t in templates.iter() {
            let section = crate::catalog::new_section(&all, t);
            all.sections.push(section);
        }
        all
    }

    /// Every string of a value but the empty ones, with its path and the last key on the way.
    fn strings(value: &serde_json::Value, path: &str, key: &str, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(s) if !s.is_empty() => {
                out.push((path.to_owned(), key.to_owned()));
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    strings(item, &format!("{path}[{i}]"), key, out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map {
                    let child = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    strings(item, &child, k, out);
                }
            }
            _ => {}
        }
    }

    /// A field added to the model is searched, or named here as no text a person writes.
    #[test]
    fn every_string_in_the_file_is_searched_or_is_no_text() {
        // Ids, kinds, dates, party choices, file names, registered signings, marks.
        const NOT_TEXT: [&str; 20] = [
            "id",
            "template",
            "kind",
            "status",
            "language",
            "show",
            "level",
            "relation",
            "party",
            "responsible",
            "lead",
            "support",
            "parties",
            "alternating",
            "from",
            "to",
            "date",
            "next",
            "start",
            "deadline",
        ];
        let a = with_every_template();
        let searched: Vec<String> = texts(&a).into_iter().map(|t| t.field).collect();
        let mut all = Vec::new();
        strings(
            &serde_json::to_value(&a).expect("serializes"),
            "",
            "",
            &mut all,
        );
        let missed: Vec<&String> = all
            .iter()
            .filter(|(path, key)| {
                !searched.contains(path)
                    && !NOT_TEXT.contains(&key.as_str())
                    && !["file", "area", "additional_parties"].contains(&key.as_str())
                    && !path.starts_with("considered")
                    && !path.contains(".signed[")
            })
            .map(|(path, _)| path)
            .collect();
        assert!(missed.is_empty(), "strings not searched: {missed:?}");
    }

    /// The example, and with every template's section: every hit's path names a text, and
    /// its range holds the words searched for (a whole reference where one shows them).
    #[test]
    fn every_hit_names_a_text_and_holds_the_words() {
        for a in &[example(), with_every_template()] {
            let values = reference::Values::of(a);
            let root = serde_json::to_value(a).expect("serializes");
            let mut asked = std::collections::HashMap::new();
            for text in texts(a) {
                // A word from the middle of each text as shown is found there.
                let shown = Shown::of(&text, &values).text;
                let words: Vec<&str> = shown.split_whitespace().collect();
                let Some(word) = words.get(words.len() / 2) else {
                    continue;
                };
                let needle = fold(word).chars;
                let fresh = !asked.contains_key(&needle);
                let found = asked.entry(needle.clone()).or_insert_with(|| find(a, word));
                assert!(
                    found.hits.iter().any(|h| h.field == text.field)
                        || found.total as usize > MAX_HITS,
                    "{word} not found in {}",
                    text.field
                );
                if !fresh {
                    continue;
                }
                for hit in &found.hits {
                    let at = text_in(&root, hit);
                    let shown = Shown::of(
                        &Text {
                            field: hit.field.clone(),
                            text: &at,
                            section: None,
                            prose: hit.field.ends_with(".text"),
                        },
                        &values,
                    );
                    let folded = shown.folded().chars;
                    assert!(
                        folded.windows(needle.len()).any(|w| w == needle.as_slice()),
                        "{} [{}..{}] = {at:?} lacks {word:?}",
                        hit.field,
                        hit.start,
                        hit.end
                    );
                }
            }
        }
    }
}
