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

impl Category {
    /// Whether the harm is about sexual images: for a minor, such images are child sexual abuse
    /// material in law, whatever the case was first filed as.
    pub(crate) fn is_sexual(self) -> bool {
        matches!(self, Category::Ncii | Category::Sextortion | Category::Csam)
    }

    /// The category a link is handled under: its own, else its case's first (in the order of
    /// this enum, most serious harms first), else `other`. Reports, deadlines, escalations and
    /// statistics all ask here, so a link is never one category in one place and another
    /// elsewhere.
    pub(crate) fn of_link(own: Option<Category>, case: &[Category]) -> Category {
        own.or_else(|| case.iter().copied().min())
            .unwrap_or(Category::Other)
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

    #[test]
    fn an_unknown_category_is_refused_as_typed_with_every_choice() {
        let err = "Revenge".parse::<Category>().unwrap_err();
        assert_eq!(err, UnknownCategory("Revenge".to_owned()));
        assert_eq!(
            err.to_string(),
            "unknown category `Revenge` (expected one of: ncii, sextortion, impersonation, harassment, hacked_account, csam, privacy_doxxing, copyright, other)"
        );
    }

    #[test]
    fn only_image_based_sexual_harms_are_sexual() {
        let sexual: Vec<Category> = Category::ALL
            .into_iter()
            .filter(|c| c.is_sexual())
            .collect();
        assert_eq!(
            sexual,
            [Category::Ncii, Category::Sextortion, Category::Csam]
        );
    }

    /// The case's categories come in any order (the store, a CLI list); the link's category
    /// must not depend on it. Alphabetically `harassment` comes before `ncii`: a rule that
    /// sorted by name once put such links outside the 48-hour clock in `stats` only.
    #[test]
    fn a_link_without_its_own_category_takes_its_cases_most_serious_one() {
        use Category::*;
        assert_eq!(Category::of_link(None, &[Harassment, Ncii]), Ncii);
        assert_eq!(Category::of_link(None, &[Ncii, Harassment]), Ncii);
        assert_eq!(Category::of_link(Some(Copyright), &[Ncii]), Copyright);
        assert_eq!(Category::of_link(None, &[]), Other);
    }
}
