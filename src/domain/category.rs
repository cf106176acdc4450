//! Abuse categories: the one vocabulary shared by cases, links, `platforms.yaml` and reports.

use serde::{Deserialize, Serialize};

use super::string_enum;

string_enum! {
    /// What kind of abuse a case (or one of its links) is about.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum Category {
        /// Non-consensual intimate images (adults).
        Ncii = "ncii",
        /// A threat to share intimate images unless the victim pays or obeys (blackmail).
        Sextortion = "sextortion",
        Impersonation = "impersonation",
        /// Threats, bullying.
        Harassment = "harassment",
        HackedAccount = "hacked_account",
        /// Child sexual abuse material: never downloaded, screenshotted or e-mailed.
        Csam = "csam",
        /// Private information, doxxing, private non-sexual images.
        PrivacyDoxxing = "privacy_doxxing",
        Copyright = "copyright",
        Other = "other",
    }
    from_str(lenient) |s| -> UnknownCategory { UnknownCategory(s.to_owned()) }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown category `{0}` (expected one of: ncii, sextortion, impersonation, harassment, hacked_account, csam, privacy_doxxing, copyright, other)"
)]
pub(crate) struct UnknownCategory(pub(crate) String);

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

    #[test]
    fn an_unknown_category_is_refused_as_typed_with_every_choice() {
        let err = "Revenge".parse::<Category>().unwrap_err();
        assert_eq!(err, UnknownCategory("Revenge".to_owned()));
        assert_eq!(
            err.to_string(),
            "unknown category `Revenge` (expected one of: ncii, sextortion, impersonation, harassment, hacked_account, csam, privacy_doxxing, copyright, other)"
        );
    }
}
