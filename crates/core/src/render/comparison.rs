//! A comparison of two versions in words: plain text for a terminal or a log (with colours on a
//! terminal, `[-removed-]{+added+}` marks without), and HTML with `<del>`/`<ins>`. All text
//! from the agreement is escaped in the HTML.

use std::fmt::Write;

use crate::diff::{Comparison, FieldChange, SectionChange, SectionStatus, Words, paragraphs};
use crate::lang::Locale;
use crate::messages;
use crate::render::html::escape_html;

const RED: &str = "\u{1b}[31m";
const GREEN: &str = "\u{1b}[32m";
const BOLD: &str = "\u{1b}[1m";
const RESET: &str = "\u{1b}[0m";

/// Splits a run into its words and the whitespace after them, which stays outside the mark.
fn core_and_tail(text: &str) -> (&str, &str) {
    let core = text.trim_end();
    (core, &text[core.len()..])
}

struct Marks {
    colour: bool,
}

impl Marks {
    fn removed(&self, text: &str) -> String {
        match core_and_tail(text) {
            ("", tail) => tail.to_owned(),
            (text, tail) => self.removed_core(text) + tail,
        }
    }

    fn added(&self, text: &str) -> String {
        match core_and_tail(text) {
            ("", tail) => tail.to_owned(),
            (text, tail) => self.added_core(text) + tail,
        }
    }

    fn removed_core(&self, text: &str) -> String {
        if self.colour {
            format!("{RED}{text}{RESET}")
        } else {
            format!("[-{text}-]")
        }
    }

    fn added_core(&self, text: &str) -> String {
        if self.colour {
            format!("{GREEN}{text}{RESET}")
        } else {
            format!("{{+{text}+}}")
        }
    }

    fn heading(&self, text: &str) -> String {
        if self.colour {
            format!("{BOLD}{text}{RESET}")
        } else {
            text.to_owned()
        }
    }
}

/// The changes outside the sections, each under its heading: details, parties, glossary.
pub fn other_parts(c: &Comparison, l: Locale) -> [(String, &Vec<FieldChange>); 3] {
    [
        (messages::field_name("meta", l), &c.meta),
        (messages::field_name("parties", l), &c.parties),
        (messages::field_name("glossary", l), &c.glossary),
    ]
}

fn field_line(change: &FieldChange, marks: &Marks, l: Locale) -> String {
    match (&change.before, &change.after) {
        (Some(a), Some(b)) => format!(
            "  {}: {} → {}",
            change.label,
            marks.removed(a),
            marks.added(b)
        ),
        (None, Some(b)) => format!(
            "  {} ({}): {}",
            change.label,
            messages::diff_new(l),
            marks.added(b)
        ),
        (Some(a), None) => format!(
            "  {} ({}): {}",
            change.label,
            messages::diff_gone(l),
            marks.removed(a)
        ),
        (None, None) => format!("  {}", change.label),
    }
}

/// A changed section's heading: its number, title and what happened to it (added, removed,
/// moved, renamed, changed).
pub fn section_heading(s: &SectionChange, l: Locale) -> String {
    let number = s.new_number.or(s.old_number).unwrap_or(0);
    let what = match s.status {
        SectionStatus::Added => messages::diff_section_added(l),
        SectionStatus::Removed => messages::diff_section_removed(l),
        SectionStatus::Kept => {
            let mut notes = Vec::new();
            if s.moved {
                notes.push(messages::diff_section_moved(
                    s.old_number.unwrap_or(0),
                    s.new_number.unwrap_or(0),
                    l,
                ));
            }
            if let Some(old) = &s.old_title {
                notes.push(messages::diff_section_renamed(old, l));
            }
            if s.text.is_some() || !s.fields.is_empty() {
                notes.push(messages::diff_section_changed(l));
            }
            notes.join(", ")
        }
    };
    format!("{number}. {} ({what})", s.title)
}

/// Lines to print under a section of a comparison (the comments and tracked changes of a
/// counterpart's Word copy): the section's id, or none for what is outside the sections, and
/// the heading to print when the comparison has no change in that section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionNotes {
    /// The section's id; none for notes outside the sections.
    pub id: Option<String>,
    /// The heading shown when the section has no change of its own.
    pub heading: String,
    /// The lines.
    pub lines: Vec<String>,
}

/// The comparison as plain text; `colour` for a terminal.
pub fn text(c: &Comparison, l: Locale, colour: bool) -> String {
    text_with_notes(c, l, colour, &[])
}

/// The comparison as plain text with notes under their sections; notes of sections without a
/// change follow under their own headings.
pub fn text_with_notes(c: &Comparison, l: Locale, colour: bool, notes: &[SectionNotes]) -> String {
    let marks = Marks { colour };
    let note_lines = |out: &mut String, id: Option<&str>| {
        for n in notes.iter().filter(|n| n.id.as_deref() == id) {
            for line in &n.lines {
                let _ = writeln!(out, "  » {line}");
            }
        }
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}", messages::diff_summary(&c.summary, l));
    if c.is_empty() && notes.iter().all(|n| n.lines.is_empty()) {
        return out;
    }
    for (heading, changes) in other_parts(c, l) {
        if changes.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", marks.heading(&heading));
        for change in changes {
            let _ = writeln!(out, "{}", field_line(change, &marks, l));
        }
    }
    for n in notes
        .iter()
        .filter(|n| n.id.is_none() && !n.lines.is_empty())
    {
        let _ = writeln!(out, "\n{}", marks.heading(&n.heading));
        note_lines(&mut out, None);
    }
    for s in &c.sections {
        let _ = writeln!(out, "\n{}", marks.heading(&section_heading(s, l)));
        if let Some(words) = &s.text {
            for paragraph in paragraphs(words) {
                let mut line = String::from("  ");
                for w in &paragraph {
                    match w {
                        Words::Same(t) => line.push_str(t),
                        Words::Added(t) => line.push_str(&marks.added(t)),
                        Words::Removed(t) => line.push_str(&marks.removed(t)),
                    }
                }
                let _ = writeln!(out, "{}", line.trim_end());
            }
        }
        for change in &s.fields {
            let _ = writeln!(out, "{}", field_line(change, &marks, l));
        }
        note_lines(&mut out, Some(&s.id));
    }
    for n in notes.iter().filter(|n| {
        n.id.is_some()
            && !n.lines.is_empty()
            && !c.sections.iter().any(|s| Some(&s.id) == n.id.as_ref())
    }) {
        let _ = writeln!(out, "\n{}", marks.heading(&n.heading));
        note_lines(&mut out, n.id.as_deref());
    }
    out
}

/// The comparison as Markdown: removed words struck through, added words in bold.
pub fn markdown(c: &Comparison, l: Locale) -> String {
    let esc = |t: &str| crate::render::markdown::escape(t, false);
    let mut out = format!(
        "# {}\n\n{}\n",
        messages::diff_title(l),
        messages::diff_summary(&c.summary, l)
    );
    let field = |out: &mut String, change: &FieldChange| {
        let before = change.before.as_deref().map(|a| format!("~~{}~~", esc(a)));
        let after = change.after.as_deref().map(|b| format!("**{}**", esc(b)));
        let value = match (before, after) {
            (Some(a), Some(b)) => format!("{a} → {b}"),
            (Some(a), None) => a,
            (None, Some(b)) => b,
            (None, None) => String::new(),
        };
        let _ = writeln!(out, "- {}: {value}", esc(&change.label));
    };
    for (heading, changes) in other_parts(c, l) {
        if !changes.is_empty() {
            let _ = writeln!(out, "\n## {heading}\n");
            for change in changes {
                field(&mut out, change);
            }
        }
    }
    for s in &c.sections {
        let _ = writeln!(out, "\n## {}\n", esc(&section_heading(s, l)));
        if let Some(words) = &s.text {
            for paragraph in paragraphs(words) {
                let mut line = String::new();
                for w in &paragraph {
                    match w {
                        Words::Same(t) => line.push_str(&esc(t)),
                        Words::Added(t) | Words::Removed(t) if t.trim().is_empty() => {
                            line.push_str(t);
                        }
                        Words::Added(t) => {
                            let (t, tail) = core_and_tail(t);
                            let _ = write!(line, "**{}**{tail}", esc(t));
                        }
                        Words::Removed(t) => {
                            let (t, tail) = core_and_tail(t);
                            let _ = write!(line, "~~{}~~{tail}", esc(t));
                        }
                    }
                }
                let _ = write!(out, "{}\n\n", line.trim());
            }
        }
        for change in &s.fields {
            field(&mut out, change);
        }
    }
    out
}

/// One piece of a prose comparison as HTML: removed words in `<del>`, added in `<ins>`, the
/// whitespace after them outside the mark.
fn word_html(w: &Words) -> String {
    match w {
        Words::Same(t) => escape_html(t),
        Words::Added(t) | Words::Removed(t) if t.trim().is_empty() => t.clone(),
        Words::Added(t) => {
            let (t, tail) = core_and_tail(t);
            format!("<ins>{}</ins>{tail}", escape_html(t))
        }
        Words::Removed(t) => {
            let (t, tail) = core_and_tail(t);
            format!("<del>{}</del>{tail}", escape_html(t))
        }
    }
}

/// The comparison as an HTML fragment with `<del>` and `<ins>`.
pub fn html(c: &Comparison, l: Locale) -> String {
    html_with_notes(c, l, &[])
}

/// Notes as an HTML aside (each line escaped).
fn notes_html(out: &mut String, notes: &[SectionNotes], id: Option<&str>) {
    for n in notes
        .iter()
        .filter(|n| n.id.as_deref() == id && !n.lines.is_empty())
    {
        out.push_str("<aside class=\"notes\" data-testid=\"compare-notes\"><ul>\n");
        for line in &n.lines {
            let _ = writeln!(out, "<li>{}</li>", escape_html(line));
        }
        out.push_str("</ul></aside>\n");
    }
}

/// The comparison as HTML with notes (a counterpart's comments and tracked changes) beside
/// their sections; notes of sections without a change follow under their own headings.
pub fn html_with_notes(c: &Comparison, l: Locale, notes: &[SectionNotes]) -> String {
    let mut out = format!(
        "<p class=\"summary\" data-testid=\"compare-summary\">{}</p>\n",
        escape_html(&messages::diff_summary(&c.summary, l))
    );
    let field = |out: &mut String, change: &FieldChange| {
        let before = change
            .before
            .as_deref()
            .map(|a| format!("<del>{}</del>", escape_html(a)));
        let after = change
            .after
            .as_deref()
            .map(|b| format!("<ins>{}</ins>", escape_html(b)));
        let value = [before, after]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" → ");
        let _ = writeln!(
            out,
            "<li data-testid=\"change\">{}: {value}</li>",
            escape_html(&change.label)
        );
    };
    for (heading, changes) in other_parts(c, l) {
        if !changes.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>\n<ul>", escape_html(&heading));
            for change in changes {
                field(&mut out, change);
            }
            out.push_str("</ul>\n");
        }
    }
    for s in &c.sections {
        let _ = writeln!(
            out,
            "<section class=\"{}\" data-testid=\"change\">\n<h2>{}</h2>",
            match s.status {
                SectionStatus::Added => "added",
                SectionStatus::Removed => "removed",
                SectionStatus::Kept => "kept",
            },
            escape_html(&section_heading(s, l))
        );
        if let Some(words) = &s.text {
            for paragraph in paragraphs(words) {
                out.push_str("<p class=\"redline\">");
                for w in &paragraph {
                    out.push_str(&word_html(w));
                }
                out.push_str("</p>\n");
            }
        }
        if !s.fields.is_empty() {
            out.push_str("<ul>\n");
            for change in &s.fields {
                field(&mut out, change);
            }
            out.push_str("</ul>\n");
        }
        notes_html(&mut out, notes, Some(&s.id));
        out.push_str("</section>\n");
    }
    let alone = notes.iter().filter(|n| {
        !n.lines.is_empty()
            && n.id
                .as_ref()
                .is_none_or(|id| !c.sections.iter().any(|s| &s.id == id))
    });
    for n in alone {
        let _ = writeln!(
            out,
            "<section class=\"kept\">\n<h2>{}</h2>",
            escape_html(&n.heading)
        );
        notes_html(&mut out, std::slice::from_ref(n), n.id.as_deref());
        out.push_str("</section>\n");
    }
    out
}

/// The comparison side by side: for each part that changed, the older version on the left
/// (removed words struck through) and the newer on the right (added words marked), as an HTML
/// table. All agreement text is escaped.
pub fn side_by_side(c: &Comparison, l: Locale) -> String {
    let mut out = format!(
        "<table class=\"side-by-side\">\n<thead><tr><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        escape_html(&messages::diff_before(l)),
        escape_html(&messages::diff_after(l))
    );
    let row = |out: &mut String, left: &str, right: &str| {
        let _ = writeln!(
            out,
            "<tr data-testid=\"change\"><td>{left}</td><td>{right}</td></tr>"
        );
    };
    let field_row = |out: &mut String, change: &FieldChange| {
        let side = |value: &Option<String>, tag: &str| {
            value.as_deref().map_or_else(String::new, |v| {
                format!(
                    "{}: <{tag}>{}</{tag}>",
                    escape_html(&change.label),
                    escape_html(v)
                )
            })
        };
        row(
            out,
            &side(&change.before, "del"),
            &side(&change.after, "ins"),
        );
    };
    for (_, changes) in other_parts(c, l) {
        for change in changes {
            field_row(&mut out, change);
        }
    }
    for s in &c.sections {
        let title = escape_html(&section_heading(s, l));
        let _ = writeln!(
            out,
            "<tr class=\"heading\"><th colspan=\"2\">{title}</th></tr>"
        );
        if let Some(words) = &s.text {
            // Paragraph by paragraph, each side keeping its own words.
            let (mut left, mut right) = (String::new(), String::new());
            for paragraph in paragraphs(words) {
                let (mut l, mut r) = (String::new(), String::new());
                for w in &paragraph {
                    match w {
                        Words::Same(_) => {
                            l.push_str(&word_html(w));
                            r.push_str(&word_html(w));
                        }
                        Words::Removed(_) => l.push_str(&word_html(w)),
                        Words::Added(_) => r.push_str(&word_html(w)),
                    }
                }
                for (side, text) in [(&mut left, l), (&mut right, r)] {
                    if !text.trim().is_empty() {
                        let _ = write!(side, "<p>{}</p>", text.trim());
                    }
                }
            }
            row(&mut out, &left, &right);
        }
        for change in &s.fields {
            field_row(&mut out, change);
        }
    }
    out.push_str("</tbody>\n</table>\n");
    out
}
