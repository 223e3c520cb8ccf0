//! Where each field of a YAML document stands in the text, so a diagnostic about
//! `sections[3].meetings[0].cadence` can name its line and column, and a parse error at a line
//! and column can name its field.
//!
//! Built from the parser's event stream, which never expands aliases, so an alias bomb costs
//! no more here than its text.

use std::collections::HashMap;

use granit_parser::{Event, Parser};

/// A line and column in a text, both counted from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

/// Field paths of one document and where they stand.
#[derive(Debug, Default)]
pub struct LocationIndex {
    by_path: HashMap<String, Position>,
    /// Every (position, path), sorted by position.
    ordered: Vec<(Position, String)>,
}

enum Frame {
    Map { key: Option<String>, path: String },
    Seq { index: usize, path: String },
}

impl LocationIndex {
    /// Indexes a YAML text. On a syntax error the index holds what came before it.
    pub fn build(text: &str) -> Self {
        let mut index = LocationIndex::default();
        let mut stack: Vec<Frame> = Vec::new();
        for item in Parser::new_from_str(text) {
            let Ok((event, span)) = item else { break };
            let pos = Position {
                line: span.start.line(),
                column: span.start.col() + 1,
            };
            match event {
                Event::Scalar(value, ..) => {
                    if let Some(Frame::Map { key, .. }) = stack.last_mut()
                        && key.is_none()
                    {
                        // A mapping key: record the field where its key stands.
                        let name = value.into_owned();
                        let path = join(parent_path(&stack), &name);
                        index.insert(path, pos);
                        if let Some(Frame::Map { key, .. }) = stack.last_mut() {
                            *key = Some(name);
                        }
                        continue;
                    }
                    index.value_at(&mut stack, pos);
                    index.finish_value(&mut stack);
                }
                Event::Alias(_) => {
                    index.value_at(&mut stack, pos);
                    index.finish_value(&mut stack);
                }
                Event::MappingStart(..) => {
                    let path = index.value_at(&mut stack, pos);
                    stack.push(Frame::Map { key: None, path });
                }
                Event::SequenceStart(..) => {
                    let path = index.value_at(&mut stack, pos);
                    stack.push(Frame::Seq { index: 0, path });
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    stack.pop();
                    index.finish_value(&mut stack);
                }
                _ => {}
            }
        }
        index.ordered = index
            .by_path
            .iter()
            .map(|(p, pos)| (*pos, p.clone()))
            .collect();
        index.ordered.sort();
        index
    }

    fn insert(&mut self, path: String, pos: Position) {
        self.by_path.entry(path).or_insert(pos);
    }

    /// Records a value node at `pos` and returns its path. Scalars and aliases complete the
    /// value at once; collections complete when they end.
    fn value_at(&mut self, stack: &mut [Frame], pos: Position) -> String {
        let path = match stack.last() {
            None => String::new(),
            Some(Frame::Map { key, path }) => join(path, key.as_deref().unwrap_or("?")),
            Some(Frame::Seq { index, path }) => format!("{path}[{index}]"),
        };
        if matches!(stack.last(), Some(Frame::Seq { .. })) {
            self.insert(path.clone(), pos);
        }
        path
    }

    fn finish_value(&mut self, stack: &mut [Frame]) {
        match stack.last_mut() {
            Some(Frame::Map { key, .. }) => *key = None,
            Some(Frame::Seq { index, .. }) => *index += 1,
            None => {}
        }
    }

    /// Where a field stands; for a field that is absent, where its nearest present ancestor
    /// stands. `None` only when nothing on the path is present.
    pub fn position(&self, path: &str) -> Option<Position> {
        let mut path = path;
        loop {
            if let Some(pos) = self.by_path.get(path) {
                return Some(*pos);
            }
            path = parent(path)?;
        }
    }

    /// The field at or just before a position: the field an error at that position is in.
    pub fn field_at(&self, pos: Position) -> Option<&str> {
        let after = self.ordered.partition_point(|(p, _)| *p <= pos);
        after.checked_sub(1).map(|i| self.ordered[i].1.as_str())
    }
}

/// The path of the collection on top of the stack.
fn parent_path(stack: &[Frame]) -> &str {
    match stack.last() {
        Some(Frame::Map { path, .. } | Frame::Seq { path, .. }) => path,
        None => "",
    }
}

fn join(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}.{key}")
    }
}

/// The parent of a path: `a.b[2].c` → `a.b[2]` → `a.b` → `a` → none.
fn parent(path: &str) -> Option<&str> {
    if path.is_empty() {
        return None;
    }
    let cut = path.rfind(['.', '['])?;
    Some(&path[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "format: 1\nmeta:\n  title: x\nsections:\n  - id: a\n    meetings:\n      - name: Styring\n        cadence: {per_year: 4}\n  - id: b\n";

    #[test]
    fn finds_keys_and_items() {
        let index = LocationIndex::build(DOC);
        assert_eq!(
            index.position("meta.title"),
            Some(Position { line: 3, column: 3 })
        );
        assert_eq!(
            index.position("sections[1]"),
            Some(Position { line: 9, column: 5 })
        );
        assert_eq!(
            index.position("sections[1].id"),
            Some(Position { line: 9, column: 5 })
        );
        assert_eq!(
            index.position("sections[0].meetings[0].cadence.per_year"),
            Some(Position {
                line: 8,
                column: 19
            })
        );
    }

    #[test]
    fn absent_fields_fall_back_to_their_parent() {
        let index = LocationIndex::build(DOC);
        assert_eq!(
            index.position("sections[0].meetings[0].chair"),
            Some(Position { line: 7, column: 9 })
        );
    }

    #[test]
    fn field_at_names_the_enclosing_field() {
        let index = LocationIndex::build(DOC);
        assert_eq!(
            index.field_at(Position {
                line: 8,
                column: 30
            }),
            Some("sections[0].meetings[0].cadence.per_year")
        );
    }
}
