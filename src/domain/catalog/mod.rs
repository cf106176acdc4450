//! The platform catalogue as typed data, and its lookups: which platform a host belongs to
//! (`detect`), which host a link is rewritten to (`canonical_host`), a platform's channels,
//! notes and removal markers, the hotlines and jurisdictions.
//!
//! Every statement in the catalogue is a "fact" carrying `sources` (keys of the `sources`
//! table), a `checked` date and, where no source confirms it, `unverified: true`, because staff
//! must be able to tell a confirmed route from a rumour before sending a victim down it.
//!
//! Pure: the records derive serde because they are plain data, but no file is read and no YAML
//! parsed here. `config::platforms` reads, validates and merges `platforms.yaml` (and a user
//! file over it) and hands the result over through [`Catalog::new`]; it also provides
//! `Catalog::builtin` and `Catalog::load`.

mod bodies;
mod hosts;
mod markers;
mod model;
mod probes;
mod tracking;
mod translation;

use std::collections::{BTreeMap, HashMap};

use super::address::AllowedHosts;

pub(crate) use bodies::{Authority, Hotline, HotlineKind, Jurisdiction, Law, LegalDeadline};
pub(crate) use hosts::{HostIndex, HostPattern, host_matches, validate_host};
pub(crate) use markers::RemovalMarker;
pub(crate) use model::{
    Channel, ChannelKind, Hosts, Note, Platform, PlatformId, Reporter, Source, SourceKind,
};
pub(crate) use probes::{Probe, fill as fill_probe};
pub(crate) use tracking::TrackingParams;
pub(crate) use translation::{Translated, strays};

/// What a platforms file lists, once merged: the catalogue without its host indexes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Entries {
    pub(crate) default_removal_markers: Vec<RemovalMarker>,
    /// Tracking parameters dropped from every link, whatever its platform.
    pub(crate) tracking_params: Vec<TrackingParams>,
    pub(crate) platforms: Vec<Platform>,
    pub(crate) hotlines: Vec<Hotline>,
    pub(crate) jurisdictions: Vec<Jurisdiction>,
    pub(crate) sources: BTreeMap<String, Source>,
}

/// Platforms, hotlines, jurisdictions and sources, checked and merged, with host lookups.
#[derive(Debug, Clone)]
pub(crate) struct Catalog {
    entries: Entries,
    /// Host patterns to their platform's index in `entries.platforms`.
    hosts: HostIndex<usize>,
    /// `rewrite_hosts` to their platform's index in `entries.platforms`.
    rewrites: HashMap<String, usize>,
    /// Hosts a user platforms file names exactly: reachable even when not public.
    allowed: AllowedHosts,
}

impl Catalog {
    /// A catalogue from merged entries and the indexes built over them. The loader checks the
    /// indexes first (no pattern with two owners, no rewrite host detected as another
    /// platform), so every index here points into `entries.platforms`.
    pub(crate) fn new(
        entries: Entries,
        hosts: HostIndex<usize>,
        rewrites: HashMap<String, usize>,
        allowed: AllowedHosts,
    ) -> Catalog {
        Catalog {
            entries,
            hosts,
            rewrites,
            allowed,
        }
    }

    /// The hosts the user's platforms file names exactly in its host patterns, which links,
    /// redirects and pictures may reach even when they are not public (a helpline's local
    /// mirror); the built-in file names none.
    pub(crate) fn allowed_hosts(&self) -> &AllowedHosts {
        &self.allowed
    }

    /// The entries alone, for merging another file over them (the indexes are rebuilt).
    pub(crate) fn into_entries(self) -> Entries {
        self.entries
    }

    pub(crate) fn entries(&self) -> &Entries {
        &self.entries
    }

    pub(crate) fn platforms(&self) -> &[Platform] {
        &self.entries.platforms
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Platform> {
        self.entries.platforms.iter().find(|p| p.id == id)
    }

    /// The platform whose host patterns fit `host` most specifically. `None` means the caller
    /// files the link under "other": an unknown host is normal, never an error.
    pub(crate) fn detect(&self, host: &str) -> Option<&Platform> {
        let host = tidy_host(host);
        self.hosts
            .lookup(&host)
            .map(|&index| &self.entries.platforms[index])
    }

    /// The canonical host to rewrite `host` to, when `host` is one of a platform's
    /// `rewrite_hosts`.
    pub(crate) fn canonical_host(&self, host: &str) -> Option<&str> {
        let host = tidy_host(host);
        self.rewrites
            .get(host.as_str())
            .map(|&index| self.entries.platforms[index].hosts.canonical_host.as_str())
    }

    pub(crate) fn hotlines(&self) -> &[Hotline] {
        &self.entries.hotlines
    }

    /// The `sources` entry named `key`.
    pub(crate) fn source(&self, key: &str) -> Option<&Source> {
        self.entries.sources.get(key)
    }

    pub(crate) fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.entries.jurisdictions.iter().find(|j| j.id == id)
    }

    /// A platform note resting on source `key`, preferring `platform`'s own: a finding such as
    /// the Lumen warning is recorded once, where its source is, but matters wherever the same
    /// route is used.
    pub(crate) fn note_citing<'a>(
        &'a self,
        platform: Option<&'a Platform>,
        key: &str,
    ) -> Option<(&'a Note, bool)> {
        let cites = |note: &&Note| note.sources.iter().any(|s| s == key);
        if let Some(note) = platform.and_then(|p| p.notes.iter().find(cites)) {
            return Some((note, true));
        }
        self.entries
            .platforms
            .iter()
            .find_map(|p| p.notes.iter().find(cites))
            .map(|note| (note, false))
    }

    /// Markers that hold on every platform, checked after the platform's own.
    pub(crate) fn default_removal_markers(&self) -> &[RemovalMarker] {
        &self.entries.default_removal_markers
    }
}

/// Hosts arrive normalised, but a stray capital or the trailing dot of a fully qualified name
/// must not turn a known platform into "other".
fn tidy_host(host: &str) -> String {
    host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase()
}
