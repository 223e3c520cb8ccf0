//! When two names written by people name the same thing: a region in a body and in a tag, a
//! party's organisation in two agreements, a measure in the agreement and in the follow-up log.

/// Whether two names are the same but for case and spaces (around them, and runs of them).
pub fn same_name(a: &str, b: &str) -> bool {
    let mut a = a.split_whitespace().map(str::to_lowercase);
    let mut b = b.split_whitespace().map(str::to_lowercase);
    loop {
        match (a.next(), b.next()) {
            (None, None) => return true,
            (Some(x), Some(y)) if x == y => {}
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn case_and_spaces_aside() {
        assert!(same_name(" Nord-Aurdal ", "nord-aurdal"));
        assert!(same_name("Ingrid  Haugland", "ingrid haugland"));
        assert!(same_name("ÅSERAL", "Åseral"));
        assert!(!same_name("Nordfjord", "Nord fjord"));
        assert!(!same_name("Valdres", ""));
    }
}
