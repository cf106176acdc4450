//! The catalogue's platform-side records: a platform, its hosts and report channels, the
//! notes and sources behind them. Plain data with serde derives: field names are the keys of
//! `platforms.yaml`, and `platforms show --json` prints the same structure.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::translation::{TextPair, Translated, Translation, pairs};
use super::{Probe, RemovalMarker, TrackingParams};
use crate::domain::category::Category;
use crate::domain::string_enum;

/// A platform's stable key (`facebook`): links, statistics and user files refer to it. A link
/// whose host no platform claims is filed under [`PlatformId::other`].
///
/// The loader checks the shape (`[a-z0-9_]+`) of the ids a platforms file defines; an id read
/// back from the store or typed as a filter is taken as it is, since it is only ever compared
/// with those.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub(crate) struct PlatformId(String);

impl PlatformId {
    pub(crate) fn other() -> PlatformId {
        PlatformId("other".to_owned())
    }

    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<String> for PlatformId {
    fn from(id: String) -> PlatformId {
        PlatformId(id)
    }
}

impl fmt::Display for PlatformId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq<str> for PlatformId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for PlatformId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Platform {
    /// Stable key (`[a-z0-9_]+`).
    pub(crate) id: PlatformId,
    pub(crate) name: String,
    pub(crate) operator: Option<String>,
    #[serde(default)]
    pub(crate) operator_unverified: bool,
    pub(crate) hosts: Hosts,
    /// Report channels per abuse category, best first.
    #[serde(default)]
    pub(crate) channels: BTreeMap<Category, Vec<Channel>>,
    /// Priority routes for trusted organisations (Meta Trusted Partner, Aylo Trusted Flagger):
    /// how to join is rarely public, so they are facts to know, not channels to use.
    #[serde(default)]
    pub(crate) partner_programs: Vec<Note>,
    /// Policy facts that decide what a report can achieve.
    #[serde(default)]
    pub(crate) notes: Vec<Note>,
    /// Checked before `default_removal_markers` when a link of this platform is re-checked.
    #[serde(default)]
    pub(crate) removal_markers: Vec<RemovalMarker>,
    /// Query parameters this platform's share buttons and apps add, dropped from its links
    /// before they are hashed (besides the global lists).
    #[serde(default)]
    pub(crate) tracking_params: Vec<TrackingParams>,
    /// An endpoint recheck asks before the link's page, when the platform has one.
    pub(crate) probe: Option<Probe>,
}

/// Which hosts belong to a platform, and which of them are the same site under another name.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Hosts {
    /// Exact hosts (`fb.watch`) or wildcards (`*.facebook.com`: subdomains, not the apex).
    pub(crate) patterns: Vec<String>,
    pub(crate) canonical_host: String,
    /// Hosts whose paths mean the same as on `canonical_host` (`m.facebook.com`), so a link
    /// is rewritten to it before hashing. Short-link hosts (`fb.watch`) are not listed: their
    /// paths differ.
    #[serde(default)]
    pub(crate) rewrite_hosts: Vec<String>,
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

string_enum! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum ChannelKind {
        /// A report from inside the platform's app or site: needs `steps` or a `url` explaining
        /// them.
        InApp = "in_app",
        /// Needs an https `url`.
        WebForm = "web_form",
        /// Needs an `email`.
        Email = "email",
        /// Needs a `phone`.
        Phone = "phone",
        /// A visit or letter to an office: needs `steps`.
        InPerson = "in_person",
        /// Goes through an entry of `hotlines` (StopNCII, Take It Down): needs `hotline`.
        Hotline = "hotline",
        /// A trusted-partner route a member organisation uses: needs a `url` or an `email`.
        Partner = "partner",
    }
}

/// Who a channel accepts reports from; staff choose between filing themselves and guiding
/// the victim by this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Reporter {
    /// The person depicted, impersonated or affected.
    #[serde(rename = "self")]
    Affected,
    ParentOfMinor,
    /// A lawyer or another representative the person authorised.
    AuthorisedRep,
    RightsHolder,
    Anyone,
}

/// One way to report: a form, an address, an in-app path, a hotline.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Channel {
    pub(crate) kind: ChannelKind,
    /// The form's or menu's own name, so staff recognise it on screen.
    pub(crate) title: Option<String>,
    pub(crate) url: Option<String>,
    pub(crate) email: Option<String>,
    pub(crate) phone: Option<String>,
    /// The `id` of an entry of `hotlines`.
    pub(crate) hotline: Option<String>,
    #[serde(default)]
    pub(crate) steps: Vec<String>,
    #[serde(default)]
    pub(crate) who_can_report: Vec<Reporter>,
    /// Absent when unknown.
    pub(crate) account_required: Option<bool>,
    /// The channel asks for a photo of a government ID: guides warn about ID phishing and
    /// say what may be masked.
    #[serde(default)]
    pub(crate) government_id: bool,
    #[serde(default)]
    pub(crate) asks_for: Vec<String>,
    pub(crate) deadline: Option<Deadline>,
    /// For staff only: provenance, doubts, jargon ("form ID seen only in third-party code").
    /// Guides never show it.
    pub(crate) note: Option<String>,
    /// What the person reporting should know, in plain words; guides show it.
    pub(crate) victim_note: Option<String>,
    /// The Urdu of `steps`, `asks_for`, `victim_note` (and of an emergency service's `title`).
    pub(crate) ur: Option<Translation>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

impl Channel {
    /// A phone line's or an office's title names a service, said in the victim's language; a
    /// form's or menu's title is what the platform's screen shows, kept as it is.
    pub(crate) fn title_is_a_name(&self) -> bool {
        matches!(self.kind, ChannelKind::Phone | ChannelKind::InPerson)
    }
}

impl Translated for Channel {
    fn translation(&self) -> Option<&Translation> {
        self.ur.as_ref()
    }

    fn texts(&self) -> Vec<TextPair<'_>> {
        let title = self.title.as_deref().filter(|_| self.title_is_a_name());
        pairs(
            self.ur.as_ref(),
            &[
                ("title", title),
                ("victim_note", self.victim_note.as_deref()),
            ],
            &[("steps", &self.steps), ("asks_for", &self.asks_for)],
        )
    }
}

/// A removal time a channel promises or a law sets; a link still up when it passes is due
/// for a follow-up.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Deadline {
    pub(crate) hours: u32,
    /// Who promises it, or which law sets it.
    pub(crate) basis: String,
}

/// A statement with its sources.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Note {
    pub(crate) text: String,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum SourceKind {
    /// The issuing body's own text (often a dated archive copy).
    Official,
    /// An NGO guide, news report or third-party copy.
    Secondary,
    /// Seen only in third-party code or data.
    Weak,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Source {
    /// What the source is, with its date where known.
    pub(crate) title: String,
    pub(crate) url: Option<String>,
    pub(crate) kind: SourceKind,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// serde reads `platforms.yaml` by one table and `as_str` prints by another: they must agree.
    #[test]
    fn every_channel_kind_has_one_name_in_yaml_and_in_print() {
        for kind in ChannelKind::ALL {
            let json = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(json, format!("\"{}\"", kind.as_str()));
            assert_eq!(
                serde_json::from_str::<ChannelKind>(&json).expect("reads back"),
                kind
            );
            assert_eq!(ChannelKind::parse(kind.as_str()), Some(kind));
        }
    }
}
