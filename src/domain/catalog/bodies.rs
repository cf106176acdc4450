//! Cross-platform bodies (hash-matching services, CSAM hotlines, peer helplines) and
//! jurisdictions: a country's laws, authorities, statutory clocks and emergency numbers.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::translation::{TextPair, Translated, Translation, pairs};
use super::{Channel, Note, Reporter};
use crate::domain::category::Category;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum HotlineKind {
    /// Hashes images on the victim's device; participating platforms remove matches.
    Hashing,
    /// Takes reports of content and acts on them with platforms or police.
    Report,
    /// A helpline that advises and escalates for people.
    Helpline,
    /// Published removal guidance.
    Guide,
}

/// A cross-platform body: hash-matching services, CSAM hotlines, peer helplines.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Hotline {
    pub(crate) id: String,
    pub(crate) name: String,
    pub(crate) kind: HotlineKind,
    pub(crate) operator: Option<String>,
    pub(crate) url: Option<String>,
    /// The same service in other languages, keyed by language code.
    #[serde(default)]
    pub(crate) localized_urls: BTreeMap<String, String>,
    pub(crate) email: Option<String>,
    pub(crate) phone: Option<String>,
    pub(crate) hours: Option<String>,
    /// The `id` of a jurisdiction the service is for, when it serves one country.
    pub(crate) jurisdiction: Option<String>,
    #[serde(default)]
    pub(crate) categories: Vec<Category>,
    #[serde(default)]
    pub(crate) who_can_report: Vec<Reporter>,
    pub(crate) eligibility: Option<String>,
    #[serde(default)]
    pub(crate) steps: Vec<String>,
    pub(crate) limits: Option<String>,
    #[serde(default)]
    pub(crate) languages: Vec<String>,
    /// For staff only; guides show `victim_note`.
    pub(crate) note: Option<String>,
    pub(crate) victim_note: Option<String>,
    /// The Urdu of `eligibility`, `steps`, `limits`, `hours` and `victim_note`.
    pub(crate) ur: Option<Translation>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

impl Translated for Hotline {
    fn translation(&self) -> Option<&Translation> {
        self.ur.as_ref()
    }

    fn texts(&self) -> Vec<TextPair<'_>> {
        pairs(
            self.ur.as_ref(),
            &[
                ("eligibility", self.eligibility.as_deref()),
                ("limits", self.limits.as_deref()),
                ("hours", self.hours.as_deref()),
                ("victim_note", self.victim_note.as_deref()),
            ],
            &[("steps", &self.steps)],
        )
    }
}

/// A country's law and state channels; another helpline adds its own in a user file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Jurisdiction {
    /// ISO 3166-1 alpha-2 code in lower case (`pk`).
    pub(crate) id: String,
    pub(crate) name: String,
    /// Shown with every citation of this jurisdiction's law.
    pub(crate) caution: Option<String>,
    #[serde(default)]
    pub(crate) laws: Vec<Law>,
    #[serde(default)]
    pub(crate) authorities: Vec<Authority>,
    #[serde(default)]
    pub(crate) deadlines: Vec<LegalDeadline>,
    /// Numbers for someone in physical danger now; guides show them before anything else.
    #[serde(default)]
    pub(crate) emergency: Vec<Channel>,
    #[serde(default)]
    pub(crate) notes: Vec<Note>,
    /// The Urdu of `name`.
    pub(crate) ur: Option<Translation>,
}

impl Translated for Jurisdiction {
    fn translation(&self) -> Option<&Translation> {
        self.ur.as_ref()
    }

    fn texts(&self) -> Vec<TextPair<'_>> {
        pairs(self.ur.as_ref(), &[("name", Some(&self.name))], &[])
    }
}

/// One section of a law, summarised plainly for reports and guides.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Law {
    pub(crate) id: String,
    pub(crate) act: String,
    pub(crate) section: String,
    pub(crate) title: String,
    #[serde(default)]
    pub(crate) categories: Vec<Category>,
    pub(crate) summary: String,
    pub(crate) penalty: Option<String>,
    /// What is uncertain about this section (conflicting summaries, a court ruling).
    pub(crate) caution: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

/// A state body that takes complaints (police cyber-crime unit, telecom regulator).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Authority {
    pub(crate) id: String,
    pub(crate) name: String,
    #[serde(default)]
    pub(crate) categories: Vec<Category>,
    /// What it says it handles, in its own words.
    #[serde(default)]
    pub(crate) handles: Vec<String>,
    #[serde(default)]
    pub(crate) channels: Vec<Channel>,
    /// For staff only; guides show `victim_note`.
    pub(crate) note: Option<String>,
    /// What the body does for a victim and what a complaint needs, in plain words.
    pub(crate) victim_note: Option<String>,
    /// The Urdu of `name` and `victim_note`.
    pub(crate) ur: Option<Translation>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

impl Translated for Authority {
    fn translation(&self) -> Option<&Translation> {
        self.ur.as_ref()
    }

    fn texts(&self) -> Vec<TextPair<'_>> {
        pairs(
            self.ur.as_ref(),
            &[
                ("name", Some(&self.name)),
                ("victim_note", self.victim_note.as_deref()),
            ],
            &[],
        )
    }
}

/// A statutory removal clock.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LegalDeadline {
    pub(crate) id: String,
    pub(crate) law: String,
    pub(crate) hours: u32,
    /// What starts the clock.
    pub(crate) starts: String,
    #[serde(default)]
    pub(crate) categories: Vec<Category>,
    /// The date from which the clock is enforced, YYYY-MM-DD.
    pub(crate) in_force: Option<String>,
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}
