//! Case rules: statuses, consent scopes and jurisdiction codes (the moves between statuses are
//! `domain::states`' table). A case holds no victim's name, phone or e-mail: there is no field
//! for them, by design.

use std::str::FromStr;

use serde::Serialize;

use super::string_enum;

string_enum! {
    /// Where a case stands. `wiped` is the end: the case's data is destroyed and only its id
    /// remains. What each status allows is `domain::states`' table.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum CaseStatus {
        Open = "open",
        Resolved = "resolved",
        /// Legal hold: kept as it is, never wiped, until reopened.
        Held = "held",
        Wiped = "wiped",
    }
}

string_enum! {
    /// What the victim agreed to share, and with whom. Each consent is recorded with its time.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum Consent {
        /// Reporting the links to the platforms.
        Platforms = "platforms",
        /// Escalating to partner contacts at platforms.
        Partners = "partners",
        /// Sharing evidence with law enforcement.
        LawEnforcement = "law_enforcement",
    }
    from_str(lenient) |s| -> String {
        format!("unknown consent `{s}` (expected platforms, partners or law-enforcement)")
    }
}

/// A jurisdiction code: an ISO 3166 country code in lower case (`pk`), optionally with a
/// subdivision (`pk-pb`), matching the `jurisdictions` ids in `platforms.yaml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub(crate) struct Jurisdiction(String);

impl Jurisdiction {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<Jurisdiction> for String {
    fn from(j: Jurisdiction) -> String {
        j.0
    }
}

impl FromStr for Jurisdiction {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code = s.trim().to_ascii_lowercase();
        let (country, sub) = code
            .split_once('-')
            .map_or((code.as_str(), None), |(c, s)| (c, Some(s)));
        let country_ok = country.len() == 2 && country.bytes().all(|b| b.is_ascii_lowercase());
        let sub_ok = sub.is_none_or(|s| {
            (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric())
        });
        if country_ok && sub_ok {
            Ok(Jurisdiction(code))
        } else {
            Err(format!(
                "`{s}` is not a jurisdiction code (expected a two-letter country code such as `pk`, optionally with a region: `pk-pb`)"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consent_names_parse_with_dashes_or_underscores() {
        assert_eq!("law-enforcement".parse(), Ok(Consent::LawEnforcement));
        assert_eq!("Partners".parse(), Ok(Consent::Partners));
        assert!("everyone".parse::<Consent>().is_err());
    }

    #[test]
    fn an_unknown_consent_is_refused_as_typed_with_the_choices() {
        assert_eq!(
            " Press ".parse::<Consent>(),
            Err(
                "unknown consent ` Press ` (expected platforms, partners or law-enforcement)"
                    .to_owned()
            )
        );
        assert_eq!(Consent::LawEnforcement.to_string(), "law_enforcement");
    }

    #[test]
    fn jurisdictions_are_country_codes() {
        assert_eq!("PK".parse::<Jurisdiction>().unwrap().as_str(), "pk");
        assert_eq!("pk-pb".parse::<Jurisdiction>().unwrap().as_str(), "pk-pb");
        for bad in ["", "pak", "p", "pk-", "pk-toolong", "1k", "pk pb"] {
            assert!(bad.parse::<Jurisdiction>().is_err(), "{bad}");
        }
    }
}
