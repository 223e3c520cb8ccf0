//! The prose diff: any two texts (the input split at its first NUL, or in half) compare, and
//! the comparison holds both texts' words in order.
#![no_main]

use avtale_core::diff::{prose, sides};
use libfuzzer_sys::fuzz_target;

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

fuzz_target!(|text: &str| {
    let (old, new) = match text.split_once('\0') {
        Some(pair) => pair,
        None => text.split_at(text.floor_char_boundary(text.len() / 2)),
    };
    match prose(old, new) {
        None => assert_eq!(words(old), words(new)),
        Some(pieces) => {
            let (before, after) = sides(&pieces);
            let (before, after) = (words(&before), words(&after));
            assert_eq!(before, words(old));
            assert_eq!(after, words(new));
        }
    }
});
