//! Abuse categories: the one vocabulary shared by cases, links, `platforms.yaml` and reports.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// What kind of abuse a case (or one of its links) is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Category {
    /// Non-consensual intimate images, sextortion (adults).
    Ncii,
    Impersonation,
    /// Threats, bullying.
    Harassment,
    HackedAccount,
    /// Child sexual abuse material: never downloaded, screenshotted or e-mailed.
    Csam,
    /// Private information, doxxing, private non-sexual images.
    PrivacyDoxxing,
    Copyright,
    Other,
}

impl Category {
    pub(crate) const ALL: [Category; 8] = [
        Category::Ncii,
        Category::Impersonation,
        Category::Harassment,
        Category::HackedAccount,
        Category::Csam,
        Category::PrivacyDoxxing,
        Category::Copyright,
        Category::Other,
    ];

    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Category::Ncii => "ncii",
            Category::Impersonation => "impersonation",
            Category::Harassment => "harassment",
            Category::HackedAccount => "hacked_account",
            Category::Csam => "csam",
            Category::PrivacyDoxxing => "privacy_doxxing",
            Category::Copyright => "copyright",
            Category::Other => "other",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown category `{0}` (expected one of: ncii, impersonation, harassment, hacked_account, csam, privacy_doxxing, copyright, other)"
)]
pub(crate) struct UnknownCategory(pub(crate) String);

impl FromStr for Category {
    type Err = UnknownCategory;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        Category::ALL
            .into_iter()
            .find(|c| c.as_str() == wanted)
            .ok_or_else(|| UnknownCategory(s.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_round_trips_through_its_name() {
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>(), Ok(c));
            assert_eq!(
                serde_json::to_string(&c).expect("serialises"),
                format!("\"{c}\"")
            );
        }
    }

    #[test]
    fn dashes_and_case_are_forgiven_but_unknown_names_are_not() {
        assert_eq!("Hacked-Account".parse(), Ok(Category::HackedAccount));
        assert!("revenge".parse::<Category>().is_err());
    }
}
