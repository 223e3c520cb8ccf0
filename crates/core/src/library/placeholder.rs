//! `{{placeholders}}` in template and agreement text: a name between double braces, such as
//! `{{fylke}}` or `{{navn på kontaktperson}}`. Filled from parameter values when a section is
//! made; any left unfilled are flagged by the checks.

/// The placeholders in a text, in order, with their byte offset: `(offset, name)`.
pub fn find(text: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut base = 0;
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        match after.find("}}") {
            Some(end) => {
                let name = &after[..end];
                if is_name(name) {
                    out.push((base + start, name.trim().to_owned()));
                    let consumed = start + 2 + end + 2;
                    base += consumed;
                    rest = &rest[consumed..];
                } else {
                    base += start + 1;
                    rest = &rest[start + 1..];
                }
            }
            None => break,
        }
    }
    out
}

fn is_name(name: &str) -> bool {
    let trimmed = name.trim();
    !trimmed.is_empty() && trimmed.chars().count() <= 80 && !name.contains(['{', '}', '\n', '\r'])
}

/// The names of the placeholders in a text.
pub fn names(text: &str) -> Vec<String> {
    find(text).into_iter().map(|(_, name)| name).collect()
}

/// True when the text has a placeholder.
pub fn has_any(text: &str) -> bool {
    !find(text).is_empty()
}

/// Replaces each placeholder that `lookup` knows; leaves the others as they are.
pub fn fill(text: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    fill_at(text, &|name, _| lookup(name))
}

/// Like [`fill`], but the lookup also learns whether the placeholder starts a line (after
/// indentation), where a value could open a Markdown block.
pub fn fill_at(text: &str, lookup: &dyn Fn(&str, bool) -> Option<String>) -> String {
    let found = find(text);
    if found.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (offset, name) in found {
        // Find the end of this placeholder from its start.
        let end = text[offset..]
            .find("}}")
            .map_or(text.len(), |e| offset + e + 2);
        out.push_str(&text[last..offset]);
        let line_start = text[..offset].rfind('\n').map_or(0, |n| n + 1);
        let at_line_start = text[line_start..offset]
            .trim_start_matches([' ', '\t'])
            .is_empty();
        match lookup(&name, at_line_start) {
            Some(value) => out.push_str(&value),
            None => out.push_str(&text[offset..end]),
        }
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_names_with_spaces_and_norwegian_letters() {
        assert_eq!(
            names("Hei {{fylke}} og {{ navn på kontaktperson }}."),
            ["fylke", "navn på kontaktperson"]
        );
        assert!(names("{{}} {{a\nb}} {single} }}{{").is_empty());
    }

    #[test]
    fn fill_replaces_known_and_keeps_unknown() {
        let lookup = |name: &str| (name == "fylke").then(|| "Vestland".to_owned());
        assert_eq!(
            fill("NAV {{fylke}} og {{ukjent}}", &lookup),
            "NAV Vestland og {{ukjent}}"
        );
        assert_eq!(fill("{{{fylke}}}", &lookup), "{Vestland}");
    }
}
