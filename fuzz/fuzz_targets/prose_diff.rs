//! The prose diff: any two texts (the input split at its first NUL, or in half) compare, and
//! the comparison holds both texts' words in order.
#![no_main]

use avtale_core::diff::{Words, prose};
use libfuzzer_sys::fuzz_target;

fn words_of(pieces: &[Words], keep: fn(&Words) -> Option<&str>) -> Vec<String> {
    let joined: String = pieces.iter().filter_map(keep).collect();
    joined.split_whitespace().map(str::to_owned).collect()
}

fuzz_target!(|text: &str| {
    let (old, new) = match text.split_once('\0') {
        Some(pair) => pair,
        None => text.split_at(text.floor_char_boundary(text.len() / 2)),
    };
    let words = |s: &str| s.split_whitespace().map(str::to_owned).collect::<Vec<_>>();
    match prose(old, new) {
        None => assert_eq!(words(old), words(new)),
        Some(pieces) => {
            let before = words_of(&pieces, |w| match w {
                Words::Same(t) | Words::Removed(t) => Some(t.as_str()),
                Words::Added(_) => None,
            });
            let after = words_of(&pieces, |w| match w {
                Words::Same(t) | Words::Added(t) => Some(t.as_str()),
                Words::Removed(_) => None,
            });
            assert_eq!(before, words(old));
            assert_eq!(after, words(new));
        }
    }
});
