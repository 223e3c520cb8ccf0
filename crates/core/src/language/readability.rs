//! Plain language (klarspråk): readability figures per section and for the whole agreement,
//! and a comparison of two versions ("did this revision get clearer?").
//!
//! Public bodies must write clearly for their readers (språklova § 9), and Språkrådet's
//! checklist asks for active verbs and short, clear sentences
//! (`anchors-agreement-tools.md` §6.4). The studies add that agreements are used only when
//! they are short and concrete (IRIS 2017 §2.1 R1; SINTEF 2010 §4.2 R1). The figures:
//!
//! - **LIX** = words ÷ sentences + 100 × long words ÷ words, a long word having more than six
//!   letters (`anchors-agreement-tools.md` §6.5). Under 30 is very easy, 40–50 news, 50–60
//!   official documents, over 60 bureaucratic text and law. LIX is a pointer, not a gate: it is
//!   shown per section, for the whole agreement and as a trend between versions, and never
//!   raises a warning by itself.
//! - **Long sentences**: more than [`LONG_SENTENCE_WORDS`] words. Only sentences of more than
//!   [`VERY_LONG_SENTENCE_WORDS`] words raise a warning (AV035).
//! - **Passive sentences**: a heuristic for Norwegian passive voice, see [`is_passive`]. A
//!   paragraph of at least [`PASSIVE_MIN_SENTENCES`] sentences where at least two in three are
//!   passive is listed as passive-heavy. It raises no warning: the shipped dispute clause
//!   ("Uenighet løses …") is passive-heavy, so every starter and the example would carry one.
//!
//! Only a section's running text (its Markdown `text`) is measured. Structured fields (tasks,
//! definitions, agenda items) are short fragments that are not sentences and would make the
//! sentences look shorter than they read.

use serde::Serialize;

use crate::agreement::{Agreement, Section, SectionId};
use crate::placeholder;
use crate::reference::Values;

/// A sentence is long above this many words. Språkrådet and the writing guides built on it
/// advise short sentences without giving one number; about 15–20 words is the usual average
/// advice, and sentences beyond 25 words are where readers start to lose the thread, so they
/// are listed for the writer to look at.
pub const LONG_SENTENCE_WORDS: usize = 25;

/// A sentence is very long above this many words, and then raises a warning: at this length
/// a sentence almost always holds two or three statements that read better apart. The limit
/// is set well above [`LONG_SENTENCE_WORDS`] so the warning is rare and worth acting on.
pub const VERY_LONG_SENTENCE_WORDS: usize = 40;

/// A paragraph needs at least this many sentences before its share of passive sentences makes
/// it passive-heavy; one or two passive sentences are often the right choice.
pub const PASSIVE_MIN_SENTENCES: usize = 3;

/// A word is long when it has more than this many letters (the LIX definition).
const LONG_WORD_LETTERS: usize = 6;

/// Readability figures for one text.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct TextStats {
    /// Words.
    pub words: usize,
    /// Sentences.
    pub sentences: usize,
    /// Words of more than six letters.
    pub long_words: usize,
    /// The LIX readability index; none for a text without words.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub lix: Option<f64>,
    /// Sentences of more than [`LONG_SENTENCE_WORDS`] words, as written.
    pub long_sentences: Vec<String>,
    /// Sentences with a passive verb.
    pub passive_sentences: usize,
    /// Share of sentences with a passive verb, 0–1; none for a text without sentences.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub passive_ratio: Option<f64>,
    /// The first words of each paragraph where at least two in three of at least
    /// [`PASSIVE_MIN_SENTENCES`] sentences are passive.
    pub passive_paragraphs: Vec<String>,
}

impl TextStats {
    fn add(&mut self, other: &TextStats) {
        self.words += other.words;
        self.sentences += other.sentences;
        self.long_words += other.long_words;
        self.long_sentences
            .extend(other.long_sentences.iter().cloned());
        self.passive_sentences += other.passive_sentences;
        self.passive_paragraphs
            .extend(other.passive_paragraphs.iter().cloned());
        self.finish();
    }

    fn finish(&mut self) {
        self.lix = lix(self.words, self.sentences, self.long_words);
        self.passive_ratio =
            (self.sentences > 0).then(|| self.passive_sentences as f64 / self.sentences as f64);
    }
}

/// Readability of one section.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SectionReadability {
    /// The section.
    pub section: SectionId,
    /// Its heading.
    pub title: String,
    /// Its figures.
    pub stats: TextStats,
}

/// Readability of a whole agreement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct Readability {
    /// Each section, in order.
    pub sections: Vec<SectionReadability>,
    /// The whole agreement.
    pub whole: TextStats,
}

/// Whether a version reads more easily than the one before.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Trend {
    /// Easier to read.
    Clearer,
    /// No noticeable change.
    Unchanged,
    /// Harder to read.
    Harder,
}

/// The readability of one text in two versions.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReadabilityChange {
    /// The old figures; none when the section is new.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub old: Option<TextStats>,
    /// The new figures; none when the section was removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub new: Option<TextStats>,
    /// Clearer, unchanged or harder.
    pub trend: Trend,
}

/// One section's readability in two versions, matched by section id.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct SectionReadabilityChange {
    /// The section.
    pub section: SectionId,
    /// Its heading in the new version (the old one when removed).
    pub title: String,
    /// The change.
    pub change: ReadabilityChange,
}

/// The readability of two versions of an agreement, for the comparison view.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct ReadabilityComparison {
    /// The whole agreement.
    pub whole: ReadabilityChange,
    /// Sections in the new version's order, then removed sections.
    pub sections: Vec<SectionReadabilityChange>,
}

/// A change in LIX smaller than this is not counted as clearer or harder: LIX bands are ten
/// points wide, and rewording one sentence moves a section's LIX by a point or two.
pub const LIX_TOLERANCE: f64 = 2.0;

/// LIX = words ÷ sentences + 100 × long words ÷ words; none when there are no words. A text
/// with words but no sentence end counts as one sentence.
pub fn lix(words: usize, sentences: usize, long_words: usize) -> Option<f64> {
    if words == 0 {
        return None;
    }
    let sentences = sentences.max(1) as f64;
    let words_f = words as f64;
    Some(words_f / sentences + 100.0 * long_words as f64 / words_f)
}

/// The readability of an agreement: each section's running text and the whole.
/// A section's text is measured as it prints: live references count as the words they show
/// ("4 år", "Nav Vestland"), not as the words written in the file.
pub fn readability(agreement: &Agreement) -> Readability {
    let values = Values::of(agreement);
    let sections: Vec<SectionReadability> = agreement
        .sections
        .iter()
        .map(|s| SectionReadability {
            section: s.id.clone(),
            title: s.title.clone(),
            stats: text_stats(&values.fill(&s.text)),
        })
        .collect();
    let mut whole = TextStats::default();
    for s in &sections {
        whole.add(&s.stats);
    }
    whole.finish();
    Readability { sections, whole }
}

/// The readability of one section's running text, as written (references as their words in
/// the file; [`readability`] measures them as printed).
pub fn section_stats(section: &Section) -> TextStats {
    text_stats(&section.text)
}

/// The readability of a Markdown text.
pub fn text_stats(text: &str) -> TextStats {
    let mut stats = TextStats::default();
    for paragraph in paragraphs(text) {
        let (mut counted, mut passive) = (0, 0);
        for sentence in sentences(&paragraph) {
            let words = words(&sentence);
            if words.is_empty() {
                continue;
            }
            counted += 1;
            stats.sentences += 1;
            stats.words += words.len();
            stats.long_words += words.iter().filter(|w| is_long_word(w)).count();
            if words.len() > LONG_SENTENCE_WORDS {
                stats.long_sentences.push(sentence.clone());
            }
            if is_passive(&sentence) {
                passive += 1;
                stats.passive_sentences += 1;
            }
        }
        if counted >= PASSIVE_MIN_SENTENCES && passive * 3 >= counted * 2 {
            stats.passive_paragraphs.push(start(&paragraph));
        }
    }
    stats.finish();
    stats
}

/// Compares the readability of two versions of an agreement.
pub fn compare(old: &Agreement, new: &Agreement) -> ReadabilityComparison {
    let old_r = readability(old);
    let new_r = readability(new);
    let mut sections: Vec<SectionReadabilityChange> = new_r
        .sections
        .iter()
        .map(|n| {
            let o = old_r.sections.iter().find(|o| o.section == n.section);
            SectionReadabilityChange {
                section: n.section.clone(),
                title: n.title.clone(),
                change: change(o.map(|o| &o.stats), Some(&n.stats)),
            }
        })
        .collect();
    for o in &old_r.sections {
        if !new_r.sections.iter().any(|n| n.section == o.section) {
            sections.push(SectionReadabilityChange {
                section: o.section.clone(),
                title: o.title.clone(),
                change: change(Some(&o.stats), None),
            });
        }
    }
    ReadabilityComparison {
        whole: change(Some(&old_r.whole), Some(&new_r.whole)),
        sections,
    }
}

/// The trend between two sets of figures: LIX first (beyond [`LIX_TOLERANCE`]), then the
/// number of long sentences, then the share of passive sentences.
fn change(old: Option<&TextStats>, new: Option<&TextStats>) -> ReadabilityChange {
    let trend = match (old, new) {
        (Some(o), Some(n)) => trend(o, n),
        _ => Trend::Unchanged,
    };
    ReadabilityChange {
        old: old.cloned(),
        new: new.cloned(),
        trend,
    }
}

fn trend(old: &TextStats, new: &TextStats) -> Trend {
    if let (Some(o), Some(n)) = (old.lix, new.lix) {
        if n <= o - LIX_TOLERANCE {
            return Trend::Clearer;
        }
        if n >= o + LIX_TOLERANCE {
            return Trend::Harder;
        }
    }
    match new.long_sentences.len().cmp(&old.long_sentences.len()) {
        std::cmp::Ordering::Less => return Trend::Clearer,
        std::cmp::Ordering::Greater => return Trend::Harder,
        std::cmp::Ordering::Equal => {}
    }
    match (old.passive_ratio, new.passive_ratio) {
        (Some(o), Some(n)) if n + 0.1 <= o => Trend::Clearer,
        (Some(o), Some(n)) if n >= o + 0.1 => Trend::Harder,
        _ => Trend::Unchanged,
    }
}

/// The paragraphs of a Markdown text as plain text: blank lines, headings and list items end a
/// paragraph; Markdown marks, links and placeholders are removed.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = placeholder::fill(text, &|_| Some(String::new()));
    let mut out = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        let p = current.trim();
        if !p.is_empty() {
            out.push(p.to_owned());
        }
        current.clear();
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut current, &mut out);
            continue;
        }
        let (starts_block, rest) = strip_block_mark(trimmed);
        if starts_block {
            flush(&mut current, &mut out);
        }
        current.push(' ');
        current.push_str(&strip_inline(rest));
        if trimmed.starts_with('#') {
            flush(&mut current, &mut out);
        }
    }
    flush(&mut current, &mut out);
    out
}

/// Removes a heading, list or quote mark; true when the line starts a new block.
fn strip_block_mark(line: &str) -> (bool, &str) {
    let hashes = line.trim_start_matches('#');
    if hashes.len() < line.len() && (hashes.is_empty() || hashes.starts_with(' ')) {
        return (true, hashes.trim_start());
    }
    for mark in ["- ", "* ", "+ ", "> "] {
        if let Some(rest) = line.strip_prefix(mark) {
            return (true, rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0
        && let Some(rest) = line[digits..]
            .strip_prefix(". ")
            .or_else(|| line[digits..].strip_prefix(") "))
    {
        return (true, rest);
    }
    (false, line)
}

/// Removes emphasis marks, code ticks and link targets.
fn strip_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' | '_' | '`' | '[' => {}
            ']' if chars.peek() == Some(&'(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
            }
            ']' => {}
            c => out.push(c),
        }
    }
    out
}

/// Abbreviations written with a full stop that do not end a sentence.
const DOTTED_ABBREVIATIONS: [&str; 14] = [
    "f.eks.", "t.d.", "bl.a.", "m.a.", "jf.", "kap.", "nr.", "ca.", "mv.", "osv.", "dvs.", "pkt.",
    "o.l.", "m.m.",
];

/// The sentences of a paragraph. A sentence ends at `.`, `!` or `?` followed by a capital
/// letter, a quotation mark or the end of the paragraph, and at `:` followed by a capital
/// letter; so "1. juni" and "hver 6. uke" do not end a sentence, nor do abbreviations such as
/// "f.eks." and "jf.".
pub fn sentences(paragraph: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | ':') {
            continue;
        }
        let next = chars[k + 1..]
            .iter()
            .map(|&(_, c)| c)
            .find(|c| !c.is_whitespace());
        let spaced = chars.get(k + 1).is_none_or(|&(_, c)| c.is_whitespace());
        let ends = spaced
            && match next {
                None => c != ':',
                Some(n) => n.is_uppercase() || (c != ':' && matches!(n, '«' | '"' | '“' | '(')),
            };
        if !ends {
            continue;
        }
        let end = i + c.len_utf8();
        let candidate = &paragraph[start..end];
        let last_word = candidate
            .split_whitespace()
            .last()
            .unwrap_or_default()
            .to_lowercase();
        if c == '.' && DOTTED_ABBREVIATIONS.contains(&last_word.as_str()) {
            continue;
        }
        let sentence = candidate.trim();
        if !sentence.is_empty() {
            out.push(sentence.to_owned());
        }
        start = end;
    }
    let rest = paragraph[start..].trim();
    if !rest.is_empty() {
        out.push(rest.to_owned());
    }
    out
}

/// Words quoted from the start of a sentence or paragraph to find it by.
const QUOTED_WORDS: usize = 6;

/// The first six words of a text, to name a sentence or paragraph by.
pub fn start(text: &str) -> String {
    text.split_whitespace()
        .take(QUOTED_WORDS)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words of a sentence: runs of non-space characters with a letter or digit, punctuation
/// around them removed.
pub fn words(sentence: &str) -> Vec<String> {
    sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .map(str::to_owned)
        .collect()
}

fn is_long_word(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > LONG_WORD_LETTERS
}

/// Words ending in -es that are not passive: deponents ("finnes", "synes"), reciprocals
/// ("møtes"), possessives ("hennes", "deres", "hverandres") and adverbs and adjectives
/// ("felles", "annerledes").
const NOT_S_PASSIVE: [&str; 24] = [
    "felles",
    "annerledes",
    "tvers",
    "andres",
    "deres",
    "hennes",
    "hverandres",
    "ellers",
    "alles",
    "finnes",
    "synes",
    "trives",
    "lykkes",
    "mislykkes",
    "møtes",
    "treffes",
    "minnes",
    "undres",
    "eldes",
    "ferdes",
    "skilles",
    "vedkommendes",
    "eies",
    "kjennes",
];

/// Words after "blir/ble/vert" that are adjectives, not participles.
const NOT_PARTICIPLE: [&str; 18] = [
    "lett",
    "rett",
    "tett",
    "fast",
    "mest",
    "best",
    "sist",
    "godt",
    "helt",
    "nytt",
    "stort",
    "klart",
    "vanskelegt",
    "flott",
    "kjent",
    "trygt",
    "slutt",
    "sett",
];

/// Words that may stand between "blir" and its participle.
const ADVERBS: [&str; 14] = [
    "ikke", "ikkje", "også", "òg", "ofte", "alltid", "straks", "derfor", "da", "då", "så", "raskt",
    "først", "fyrst",
];

/// Modal verbs before a nynorsk s-passive infinitive ("skal vurderast").
const MODALS: [&str; 9] = [
    "skal", "kan", "må", "bør", "vil", "skulle", "kunne", "måtte", "burde",
];

/// Whether a sentence has a verb in the passive voice. The heuristic, and its limits:
///
/// - **s-passive** (bokmål and nynorsk present): a word of five or more letters ending in
///   `-es` ("vurderes", "avsluttes"), except definite plural possessives ending in `-enes`
///   ("partenes") and a list of deponent, reciprocal and possessive words ("finnes", "møtes",
///   "hennes"). Nouns in the genitive that end in `-es` are rare but would count.
/// - **nynorsk s-passive infinitive**: a word ending in `-ast` right after a modal verb
///   ("skal vurderast"); after other words `-ast` is mostly a superlative ("seinast").
/// - **bli-passive**: "blir/ble/bli/blitt/vart/vert/verte/vorte", then, at most two adverbs
///   later, a participle: a word of four or more letters ending in `-et`, `-t`, `-d` or, for
///   nynorsk, `-a` ("blir vurdert", "ble avsluttet", "vert fornya"); adjectives such as "lett"
///   and "klart" are left out. "Blir" as a copula before an adjective ending in `-t`
///   ("blir sterkt") can still count.
///
/// Passive voice is sometimes the right choice; the checks look only at paragraphs where
/// most sentences are passive.
pub fn is_passive(sentence: &str) -> bool {
    let words: Vec<String> = words(sentence).iter().map(|w| w.to_lowercase()).collect();
    for (k, word) in words.iter().enumerate() {
        let len = word.chars().count();
        if len >= 5
            && word.ends_with("es")
            && !word.ends_with("enes")
            && !word.ends_with("ss")
            && !NOT_S_PASSIVE.contains(&word.as_str())
            && word.chars().all(char::is_alphabetic)
        {
            return true;
        }
        if len >= 6 && word.ends_with("ast") && k > 0 && MODALS.contains(&words[k - 1].as_str()) {
            return true;
        }
        if matches!(
            word.as_str(),
            "blir" | "ble" | "bli" | "blitt" | "vart" | "vert" | "verte" | "vorte"
        ) {
            let next = words[k + 1..]
                .iter()
                .take(3)
                .find(|w| !ADVERBS.contains(&w.as_str()));
            if let Some(next) = next
                && next.chars().count() >= 4
                && !NOT_PARTICIPLE.contains(&next.as_str())
                && ["et", "t", "d", "a"].iter().any(|s| next.ends_with(s))
                && !next.ends_with("ig")
            {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: Option<f64>, b: f64) -> bool {
        a.is_some_and(|a| (a - b).abs() < 1e-9)
    }

    #[test]
    fn lix_by_hand() {
        // 2 sentences, 10 words; long words (over six letters): "fylkeskommunen",
        // "samarbeider", "ungdommen" = 3 ("Oppfølgingstjenesten" below has 20 letters). LIX = 10/2 + 100*3/10 = 5 + 30 = 35.
        let stats =
            text_stats("NAV og fylkeskommunen samarbeider godt. De gir ungdommen hjelp nå.");
        assert_eq!((stats.sentences, stats.words, stats.long_words), (2, 10, 3));
        assert!(close(stats.lix, 35.0), "{:?}", stats.lix);
        // 1 sentence, 4 words, 2 long ("oppfølgingstjenesten", "koordinerer"):
        // LIX = 4/1 + 100*2/4 = 54.
        let stats = text_stats("Oppfølgingstjenesten koordinerer alt arbeid.");
        assert!(close(stats.lix, 54.0), "{:?}", stats.lix);
        assert_eq!(lix(0, 0, 0), None);
    }

    #[test]
    fn whole_document_lix_pools_words_and_sentences() {
        // Section A: 2 sentences, 10 words, 3 long; section B: 1 sentence, 4 words, 2 long.
        // Whole: 3 sentences, 14 words, 5 long: 14/3 + 500/14 = 4.6667 + 35.7143 = 40.381.
        let mut a =
            text_stats("NAV og fylkeskommunen samarbeider godt. De gir ungdommen hjelp nå.");
        a.add(&text_stats("Oppfølgingstjenesten koordinerer alt arbeid."));
        assert!(close(a.lix, 14.0 / 3.0 + 500.0 / 14.0), "{:?}", a.lix);
    }

    #[test]
    fn ordinals_and_abbreviations_do_not_end_sentences() {
        let s = sentences("Møtet er 1. juni 2027. Vi møtes hver 6. uke, jf. avtalen. Ferdig!");
        assert_eq!(
            s,
            [
                "Møtet er 1. juni 2027.",
                "Vi møtes hver 6. uke, jf. avtalen.",
                "Ferdig!"
            ]
        );
    }

    #[test]
    fn markdown_lists_and_headings_are_their_own_paragraphs() {
        let p = paragraphs(
            "# Tittel\nFørste linje\nfortsetter her.\n\n- punkt en\n- punkt **to** med [lenke](http://x)\n1. nummer",
        );
        assert_eq!(
            p,
            [
                "Tittel",
                "Første linje fortsetter her.",
                "punkt en",
                "punkt to med lenke",
                "nummer"
            ]
        );
    }

    #[test]
    fn finds_passive_voice() {
        assert!(!is_passive("Partene bruker et felles skjema."));
        let stats = text_stats(
            "Saken vurderes. Tiltaket avsluttes. NAV skriver ned. \n\nNAV vurderer. Saken vurderes. Alle møtes.",
        );
        assert_eq!(
            stats.passive_paragraphs,
            ["Saken vurderes. Tiltaket avsluttes. NAV skriver"]
        );
        for passive in [
            "Saken vurderes av NAV.",
            "Tiltaket avsluttes etter fire uker.",
            "Avtalen blir ikke revidert i år.",
            "Avtalen ble avsluttet.",
            "Avtalen vert fornya kvart år.",
            "Saka skal vurderast av NAV.",
        ] {
            assert!(is_passive(passive), "{passive}");
        }
        for active in [
            "NAV vurderer saken.",
            "Partenes kontaktpersoner møtes hver måned.",
            "Det finnes ingen annen løsning.",
            "Dette blir lett.",
            "Fristen er seinast 1. juni.",
            "Det blir mange møter.",
        ] {
            assert!(!is_passive(active), "{active}");
        }
    }

    #[test]
    fn long_sentences_are_listed() {
        let long = format!("Ord {}.", vec!["ord"; LONG_SENTENCE_WORDS].join(" "));
        let stats = text_stats(&format!("Kort setning. {long}"));
        assert_eq!(stats.long_sentences, [long]);
    }

    #[test]
    fn comparison_says_whether_a_revision_got_clearer() {
        let old = text_stats("Oppfølgingstjenesten koordinerer alt arbeid.");
        let new = text_stats("NAV og fylkeskommunen samarbeider godt. De gir ungdommen hjelp nå.");
        assert_eq!(trend(&old, &new), Trend::Clearer);
        assert_eq!(trend(&new, &old), Trend::Harder);
        assert_eq!(trend(&new, &new), Trend::Unchanged);
    }
}
