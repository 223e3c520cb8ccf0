//! Reads the Fluent catalogue (`locales/<locale>/<file>.ftl`) for the tests: each message's id,
//! its texts (every variant of a plural choice), and the variables it takes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The catalogue's locales.
pub(crate) const LOCALES: [&str; 3] = ["nb", "nn", "en"];
/// The catalogue's files: the core's one list.
pub(crate) const FILES: [&str; 3] = avtale_core::catalogue::FILES;

/// One message of one Fluent file.
#[derive(Debug, Clone)]
pub(crate) struct Message {
    /// Its id.
    pub(crate) id: String,
    /// The line it starts on.
    pub(crate) line: usize,
    /// Its texts: the words between its values; a plural choice gives one text per variant.
    pub(crate) texts: Vec<String>,
    /// The variables it takes.
    pub(crate) variables: BTreeSet<String>,
}

/// The repository's root.
pub(crate) fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits in the repository")
        .to_path_buf()
}

/// The path of one file of one locale, relative to the repository.
pub(crate) fn relative(locale: &str, file: &str) -> String {
    format!("locales/{locale}/{file}")
}

/// The messages of one file, or the parse errors naming their lines.
pub(crate) fn read(locale: &str, file: &str) -> Result<Vec<Message>, Vec<String>> {
    let path = repo().join(relative(locale, file));
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("{} is not readable: {err}", path.display()));
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            return Err(errors
                .iter()
                .map(|e| {
                    format!(
                        "{}:{}: {:?}",
                        relative(locale, file),
                        line_of(e.pos.start),
                        e.kind
                    )
                })
                .collect());
        }
    };
    let mut messages = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(m) = entry {
            let mut texts = vec![String::new()];
            let mut variables = BTreeSet::new();
            if let Some(value) = &m.value {
                collect(value, &mut texts, &mut variables);
            }
            let id = m.id.name.to_owned();
            let at = source.find(&format!("\n{id} =")).map_or(0, |at| at + 1);
            messages.push(Message {
                id,
                line: line_of(at),
                texts,
                variables,
            });
        }
    }
    Ok(messages)
}

/// Appends a pattern's words to the current text; a choice starts a text per variant.
fn collect(pattern: &Pattern<&str>, texts: &mut Vec<String>, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                if let Some(last) = texts.last_mut() {
                    last.push_str(value);
                }
            }
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(inline) => inline_text(inline, texts, variables),
                Expression::Select { selector, variants } => {
                    inline_text(selector, &mut Vec::new(), variables);
                    for variant in variants {
                        let mut own = vec![String::new()];
                        collect(&variant.value, &mut own, variables);
                        texts.extend(own);
                    }
                    texts.push(String::new());
                }
            },
        }
    }
}

fn inline_text(
    inline: &InlineExpression<&str>,
    texts: &mut [String],
    variables: &mut BTreeSet<String>,
) {
    match inline {
        InlineExpression::StringLiteral { value } => {
            if let Some(last) = texts.last_mut() {
                last.push_str(value);
            }
        }
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
            if let Some(last) = texts.last_mut() {
                last.push_str("{…}");
            }
        }
        _ => {
            if let Some(last) = texts.last_mut() {
                last.push_str("{…}");
            }
        }
    }
}
