//! The written languages an agreement can be in, and the languages a reader can choose.

use serde::{Deserialize, Serialize};

/// The written standard of an agreement: bokmål or nynorsk (språklova §§ 11 and 15 decide which
/// a county uses towards others).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Lang {
    /// Bokmål.
    #[default]
    Nb,
    /// Nynorsk.
    Nn,
}

impl Lang {
    /// The BCP 47 tag, as used in HTML `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
            Lang::Nn => "nn",
        }
    }

    /// The other written standard.
    pub fn other(self) -> Self {
        match self {
            Lang::Nb => Lang::Nn,
            Lang::Nn => Lang::Nb,
        }
    }

    /// Parses `nb` or `nn`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "nb" => Some(Lang::Nb),
            "nn" => Some(Lang::Nn),
            _ => None,
        }
    }
}

/// The language of messages shown to a user: bokmål first, nynorsk next, English available.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum Locale {
    /// Bokmål.
    #[default]
    Nb,
    /// Nynorsk.
    Nn,
    /// English.
    En,
}

impl Locale {
    /// Parses `nb`, `nn` or `en`.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "nb" => Some(Locale::Nb),
            "nn" => Some(Locale::Nn),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
}

impl From<Lang> for Locale {
    fn from(lang: Lang) -> Self {
        match lang {
            Lang::Nb => Locale::Nb,
            Lang::Nn => Locale::Nn,
        }
    }
}
