//! The recent files as the start screen lists them: each agreement's title, kind and period in
//! words, with its file name; a file that is gone or cannot be read is listed as such. The
//! files are read (only their metadata) by [`crate::store::recent_metas`]; this module only
//! words them.

use std::path::PathBuf;

use serde::Serialize;

use crate::agreement::Meta;
use crate::error::{LoadError, LoadProblem};
use crate::lang::Locale;
use crate::messages;

/// A recently used agreement file on the start screen.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RecentAgreement {
    /// The file's full path, to open it.
    pub path: String,
    /// The file's name, shown small under the title.
    pub file_name: String,
    /// The agreement's title, when the file could be read.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub title: Option<String>,
    /// Its kind in words ("Hovedavtale"), when the file could be read.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub kind: Option<String>,
    /// Its period in words ("1. januar 2027 – 31. desember 2030"), when the file could be read.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub period: Option<String>,
    /// Why the file cannot be opened, when it cannot.
    #[cfg_attr(feature = "ts", ts(optional))]
    pub problem: Option<String>,
    /// Whether the file is gone (moved, renamed or deleted): there is nothing to open.
    pub missing: bool,
}

/// The recent files as the start screen lists them, from what [`crate::store::recent_metas`]
/// read, with the words in `locale`.
pub fn recent_agreements(
    read: Vec<(PathBuf, Result<Meta, LoadError>)>,
    locale: Locale,
) -> Vec<RecentAgreement> {
    read.into_iter()
        .map(|(path, meta)| {
            let file_name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let path = path.display().to_string();
            match meta {
                Ok(meta) => RecentAgreement {
                    path,
                    file_name,
                    kind: Some(messages::kind(meta.kind, locale)),
                    period: Some(messages::period_words(&meta.period, locale)),
                    title: Some(meta.title),
                    problem: None,
                    missing: false,
                },
                Err(err) => {
                    let missing = matches!(err.problem, LoadProblem::NotFound);
                    let problem = if missing {
                        messages::recent_gone(locale)
                    } else {
                        err.message(locale)
                    };
                    RecentAgreement {
                        path,
                        file_name,
                        title: None,
                        kind: None,
                        period: None,
                        problem: Some(problem),
                        missing,
                    }
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::date::Date;
    use crate::lang::Lang;
    use crate::starter::{self, NewAgreement};
    use crate::store;
    use crate::template::TemplateSet;

    fn agreement() -> crate::Agreement {
        let templates = TemplateSet::shipped().expect("templates");
        let new = NewAgreement {
            starter: "hovedavtale",
            county: Some("Agder"),
            municipality: None,
            lang: Lang::Nb,
            today: Date::from_ymd(2026, 11, 22).expect("date"),
            id: "test".into(),
        };
        starter::create(&templates, &new).expect("starter")
    }

    #[test]
    fn the_start_screen_names_each_recent_agreement_and_says_which_are_gone_or_broken() {
        let dir = tempfile::tempdir().expect("temp dir");
        let good = dir.path().join("agder.avtale.yaml");
        let broken = dir.path().join("broken.avtale.yaml");
        let gone = dir.path().join("gone.avtale.yaml");
        let a = agreement();
        store::save_agreement(&good, &a).expect("saved");
        fs::write(&broken, "format: 1\nmeta: [\n").expect("broken");
        fs::write(&gone, "x").expect("gone");
        for p in [&gone, &broken, &good] {
            store::remember_recent(dir.path(), p).expect("remembered");
        }
        fs::remove_file(&gone).expect("removed");

        let list = recent_agreements(store::recent_metas(dir.path()), Locale::Nb);
        assert_eq!(list.len(), 3, "{list:#?}");
        assert_eq!(list[0].title.as_deref(), Some(a.meta.title.as_str()));
        assert_eq!(list[0].kind.as_deref(), Some("Hovedavtale"));
        let period = list[0].period.as_deref().expect("period");
        assert!(period.starts_with("1. desember 2026 – "), "{period}");
        assert_eq!(list[0].file_name, "agder.avtale.yaml");
        assert!(list[0].problem.is_none() && !list[0].missing);

        assert!(list[1].title.is_none() && !list[1].missing);
        assert!(list[1].problem.is_some());

        assert!(list[2].missing && list[2].title.is_none());
        assert_eq!(list[2].problem, Some(messages::recent_gone(Locale::Nb)));
    }

    #[test]
    fn the_metadata_is_read_from_the_start_of_a_long_file_as_from_the_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("lang.avtale.yaml");
        let mut a = agreement();
        // Longer than the part read first.
        a.sections[0].text = "Ord ".repeat(20_000);
        store::save_agreement(&path, &a).expect("saved");
        assert!(fs::metadata(&path).expect("meta").len() > 64 * 1024);
        assert_eq!(store::read_meta(&path).expect("read"), a.meta);
        // Hand-edited with the metadata last: found by reading the whole file.
        let text = fs::read_to_string(&path).expect("text");
        let (head, rest) = text.split_once("parties:").expect("parties");
        let meta_start = head.find("meta:").expect("meta");
        let moved = format!(
            "{}parties:{rest}{}",
            &head[..meta_start],
            &head[meta_start..]
        );
        fs::write(&path, moved).expect("written");
        assert_eq!(store::read_meta(&path).expect("read"), a.meta);
    }
}
