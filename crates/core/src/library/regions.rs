//! The regions of each county, shipped for the counties of 2024 (`templates/regions/`,
//! compiled in by the build script): each file names its source, the county's number of
//! municipalities by that source, and the regions with their municipalities (and Nav offices
//! where they are known). An agreement takes them into `meta.regions` at the user's word
//! ([`for_county`]); from then on they are the agreement's own and edited there.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::agreement::Region;
use crate::error::LoadError;
use crate::format::yaml_error;
use crate::lang::Lang;
use crate::template::Localized;
use crate::yaml;

/// The regions of one county, as a shipped file gives them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountyRegions {
    /// The county, as agreements name it ("Innlandet").
    pub county: String,
    /// What the regions were taken from, with the date they were true for.
    pub source: Localized,
    /// How many municipalities the county has by the source: every one is in one region.
    pub municipalities: usize,
    /// The regions.
    pub regions: Vec<Region>,
}

/// Every shipped county's regions, read once; a file that cannot be read is left out (the
/// core's tests read every one).
pub fn shipped() -> &'static [CountyRegions] {
    static SHIPPED: OnceLock<Vec<CountyRegions>> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        crate::shipped::REGIONS
            .iter()
            .filter_map(|(name, text)| parse(text, &format!("templates/regions/{name}")).ok())
            .collect()
    })
}

/// Reads one county's regions file.
pub fn parse(text: &str, file: &str) -> Result<CountyRegions, LoadError> {
    yaml::from_str(text).map_err(|err| yaml_error(err, text, file))
}

/// The shipped regions of a county, by its name as an agreement writes it: case, spaces
/// around it and a trailing "fylke" or "fylkeskommune" aside ("Innlandet fylke").
pub fn for_county(county: &str) -> Option<&'static CountyRegions> {
    let wanted = county_key(county);
    shipped().iter().find(|c| county_key(&c.county) == wanted)
}

/// A county's shipped regions as the details form offers them: the county's name as the file
/// gives it, the source in the agreement's language, and the regions to take in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub struct RegionsOffer {
    /// The county.
    pub county: String,
    /// What the regions were taken from, in the agreement's language.
    pub source: String,
    /// The regions.
    pub regions: Vec<Region>,
}

/// What [`for_county`] gives for a county, in the agreement's language; none when no regions
/// are shipped for it.
pub fn offer(county: &str, lang: Lang) -> Option<RegionsOffer> {
    for_county(county).map(|c| RegionsOffer {
        county: c.county.clone(),
        source: c.source.get(lang).to_owned(),
        regions: c.regions.clone(),
    })
}

/// A county's name as [`for_county`] compares it.
fn county_key(county: &str) -> String {
    let lower = county.trim().to_lowercase();
    let bare = ["fylkeskommune", "fylke"]
        .iter()
        .find_map(|suffix| lower.strip_suffix(suffix))
        .unwrap_or(&lower);
    bare.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    /// The number of municipalities in each county on 1 January 2024 (SSB's classification
    /// of municipalities), for the counties shipped.
    const MUNICIPALITIES_2024: &[(&str, usize)] =
        &[("Agder", 25), ("Buskerud", 18), ("Innlandet", 46)];

    #[test]
    fn every_shipped_file_loads() {
        for (name, text) in crate::shipped::REGIONS {
            let file = format!("templates/regions/{name}");
            let county = parse(text, &file).unwrap_or_else(|e| panic!("{file}: {e:?}"));
            assert!(!county.source.nb.trim().is_empty(), "{file}: no source");
            assert!(!county.source.nn.trim().is_empty(), "{file}: no source");
            assert!(!county.regions.is_empty(), "{file}: no regions");
        }
        assert_eq!(shipped().len(), crate::shipped::REGIONS.len());
    }

    #[test]
    fn every_municipality_is_in_one_region_and_all_are_counted() {
        for county in shipped() {
            let mut seen: HashMap<&str, &str> = HashMap::new();
            for region in &county.regions {
                assert!(
                    !region.name.trim().is_empty(),
                    "{}: a region without a name",
                    county.county
                );
                for m in &region.municipalities {
                    if let Some(other) = seen.insert(m.as_str(), region.name.as_str()) {
                        panic!(
                            "{}: {m} is in both {other} and {}",
                            county.county, region.name
                        );
                    }
                }
            }
            assert_eq!(
                seen.len(),
                county.municipalities,
                "{}: the regions hold {} municipalities, the source says {}",
                county.county,
                seen.len(),
                county.municipalities
            );
            let expected = MUNICIPALITIES_2024
                .iter()
                .find(|(name, _)| *name == county.county)
                .map(|(_, n)| *n);
            assert_eq!(expected, Some(county.municipalities), "{}", county.county);
        }
    }

    #[test]
    fn a_county_is_found_by_its_name_as_agreements_write_it() {
        assert!(for_county("Innlandet").is_some());
        assert!(for_county(" innlandet fylke ").is_some());
        assert!(for_county("Innlandet fylkeskommune").is_some());
        assert!(for_county("Agder").is_some_and(|c| c.county == "Agder"));
        assert!(for_county("Atlantis").is_none());
        assert!(for_county("").is_none());
    }
}
