//! Words in table cells. Print keeps a word of up to twelve letters whole (a narrow column
//! that breaks «tiltak» or «Nav-kontoret» after two letters reads badly) and lets a longer one
//! be hyphenated, or it would not fit its column. The template sets tables unhyphenated and a
//! run marked `h` hyphenated; this module marks those runs in the data the template reads. It
//! used to be a regex show rule in the template, which searched every cell's text while
//! laying out: a sixth of the time a long agreement took to export.

use serde_json::{Map, Value};

/// The longest word a table keeps whole, in letters and digits.
pub(crate) const LONGEST_WHOLE_WORD: usize = 12;

/// Marks the long words of every table in `data` (the JSON the template reads): each becomes a
/// run of its own with `h: true`. Names (`n`) are never hyphenated and stay as they are.
pub(crate) fn mark_long_words(data: &mut Value) {
    match data {
        Value::Object(map) if map.get("k").and_then(Value::as_str) == Some("table") => {
            if let Some(Value::Array(cells)) = map.get_mut("head") {
                cells.iter_mut().for_each(mark_cell);
            }
            if let Some(Value::Array(rows)) = map.get_mut("rows") {
                for row in rows {
                    if let Value::Array(cells) = row {
                        cells.iter_mut().for_each(mark_cell);
                    }
                }
            }
        }
        Value::Object(map) => map.values_mut().for_each(mark_long_words),
        Value::Array(items) => items.iter_mut().for_each(mark_long_words),
        _ => {}
    }
}

/// One cell (a list of runs), with each run's long words split off and marked.
fn mark_cell(cell: &mut Value) {
    let Value::Array(runs) = cell else { return };
    if !runs.iter().any(has_long_word) {
        return;
    }
    let mut marked = Vec::with_capacity(runs.len() + 2);
    for run in runs.drain(..) {
        if !has_long_word(&run) {
            marked.push(run);
            continue;
        }
        let Value::Object(map) = run else { continue };
        let text = map
            .get("t")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        for (piece, long) in pieces(&text) {
            let mut part: Map<String, Value> = map.clone();
            part.insert("t".into(), Value::String(piece.to_owned()));
            if long {
                part.insert("h".into(), Value::Bool(true));
            }
            marked.push(Value::Object(part));
        }
    }
    *runs = marked;
}

/// Whether a run holds a word longer than [`LONGEST_WHOLE_WORD`] and is not a name.
fn has_long_word(run: &Value) -> bool {
    if run.get("n").and_then(Value::as_bool) == Some(true) {
        return false;
    }
    let text = run.get("t").and_then(Value::as_str).unwrap_or_default();
    pieces(text).any(|(_, long)| long)
}

/// `text` cut into its long words (true) and what lies between them (false), in order.
fn pieces(text: &str) -> impl Iterator<Item = (&str, bool)> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let piece = match first_long_word(rest) {
            None => (std::mem::take(&mut rest), false),
            Some((0, end)) => {
                let (word, after) = rest.split_at(end);
                rest = after;
                (word, true)
            }
            Some((start, _)) => {
                let (before, after) = rest.split_at(start);
                rest = after;
                (before, false)
            }
        };
        Some(piece)
    })
}

/// Where the first word of more than [`LONGEST_WHOLE_WORD`] letters and digits in `text`
/// starts and ends (byte offsets).
fn first_long_word(text: &str) -> Option<(usize, usize)> {
    // The word being read: where it starts and how many letters it has so far.
    let mut word: Option<(usize, usize)> = None;
    for (at, c) in text.char_indices() {
        if c.is_alphanumeric() {
            let (start, letters) = word.unwrap_or((at, 0));
            word = Some((start, letters + 1));
        } else if let Some((start, letters)) = word.take()
            && letters > LONGEST_WHOLE_WORD
        {
            return Some((start, at));
        }
    }
    word.filter(|&(_, letters)| letters > LONGEST_WHOLE_WORD)
        .map(|(start, _)| (start, text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn cut(text: &str) -> Vec<(&str, bool)> {
        pieces(text).collect()
    }

    #[test]
    fn long_words_are_cut_out_and_short_ones_stay() {
        assert_eq!(cut(""), []);
        assert_eq!(cut("Nav og fylket"), [("Nav og fylket", false)]);
        // Twelve letters stay whole; thirteen may break.
        assert_eq!(cut("abcdefghijkl"), [("abcdefghijkl", false)]);
        assert_eq!(cut("abcdefghijklm"), [("abcdefghijklm", true)]);
        assert_eq!(
            cut("Oppfølgingstjenesten og arbeidsmarkedstiltak."),
            [
                ("Oppfølgingstjenesten", true),
                (" og ", false),
                ("arbeidsmarkedstiltak", true),
                (".", false),
            ]
        );
        // A hyphen ends a word: «Nav-kontoret» is two short words.
        assert_eq!(cut("Nav-kontoret"), [("Nav-kontoret", false)]);
        // «videregående» has twelve letters.
        assert_eq!(cut("(videregående)"), [("(videregående)", false)]);
    }

    #[test]
    fn tables_get_marked_runs_and_names_and_prose_stay() {
        let mut data = json!({
            "sections": [{ "blocks": [
                { "k": "p", "runs": [{ "t": "Oppfølgingstjenesten i teksten" }] },
                { "k": "table",
                  "head": [[{ "t": "Oppgave", "b": true }]],
                  "rows": [[
                      [{ "t": "Kartlegge ungdom i oppfølgingstjenesten", "i": true }],
                      [{ "t": "Vestlandsfylkeskommunen", "n": true }]
                  ]] }
            ]}]
        });
        mark_long_words(&mut data);
        assert_eq!(
            data,
            json!({
                "sections": [{ "blocks": [
                    { "k": "p", "runs": [{ "t": "Oppfølgingstjenesten i teksten" }] },
                    { "k": "table",
                      "head": [[{ "t": "Oppgave", "b": true }]],
                      "rows": [[
                          [{ "t": "Kartlegge ungdom i ", "i": true },
                           { "t": "oppfølgingstjenesten", "i": true, "h": true }],
                          [{ "t": "Vestlandsfylkeskommunen", "n": true }]
                      ]] }
                ]}]
            })
        );
    }
}
