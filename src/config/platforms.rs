//! The platform catalogue: the built-in `platforms.yaml`, optionally with a user file merged
//! over it, as typed data; and `check`, which lists every problem of such a file with its line
//! and column.
//!
//! Data, not rules: which host pattern fits a host is decided in `domain::platform`, and YAML
//! is read only through `config::yaml`. Every statement in the file is a "fact" carrying
//! `sources` (keys of the `sources` table), a `checked` date and, where no source confirms it,
//! `unverified: true`, because staff must be able to tell a confirmed route from a rumour
//! before sending a victim down it.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::yaml::{self, NodePath};
use crate::domain::category::Category;
use crate::domain::platform::{HostIndex, HostPattern, host_matches, validate_host};

pub(crate) use super::yaml::Diagnostic;

/// The built-in catalogue, compiled into the binary so that it works with no files around.
const BUILTIN: &str = include_str!("../../platforms.yaml");

/// The only `schema_version` this build reads.
pub(crate) const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("the built-in platforms file is invalid: {}", summary(.diagnostics))]
    Builtin { diagnostics: Vec<Diagnostic> },
    #[error(transparent)]
    Read(#[from] yaml::Error),
    #[error("invalid platforms file `{}`: {}", .path.display(), summary(.diagnostics))]
    Invalid {
        path: PathBuf,
        diagnostics: Vec<Diagnostic>,
    },
}

fn summary(diagnostics: &[Diagnostic]) -> String {
    let Some(first) = diagnostics.first() else {
        return "no details".to_owned();
    };
    let mut text = format!(
        "line {}, column {}: {}",
        first.line, first.column, first.message
    );
    match diagnostics.len() {
        1 => {}
        2 => text.push_str(" (and 1 more problem)"),
        n => text.push_str(&format!(" (and {} more problems)", n - 1)),
    }
    text
}

// ---------------------------------------------------------------------------------------------
// Schema. Field names are the YAML keys; `platforms show --json` prints the same structure.

/// The top level of a platforms file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a platforms file: a mapping that starts with `schema_version: 1`")]
struct PlatformsFile {
    /// Read and checked through [`Header`] first; listed so the key is known here.
    #[serde(rename = "schema_version")]
    _schema_version: serde::de::IgnoredAny,
    #[serde(default)]
    default_removal_markers: Vec<RemovalMarker>,
    #[serde(default)]
    platforms: Vec<Platform>,
    #[serde(default)]
    hotlines: Vec<Hotline>,
    #[serde(default)]
    jurisdictions: Vec<Jurisdiction>,
    #[serde(default)]
    sources: BTreeMap<String, Source>,
}

/// Read first, alone, so that a file written for another schema gets one clear message instead
/// of a cascade of unknown fields.
#[derive(Debug, Deserialize)]
#[serde(expecting = "a platforms file: a mapping that starts with `schema_version: 1`")]
struct Header {
    schema_version: u32,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Platform {
    /// Stable key (`[a-z0-9_]+`): links, statistics and user files refer to it.
    pub(crate) id: String,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ChannelKind {
    /// A report from inside the platform's app or site: needs `steps` or a `url` explaining them.
    InApp,
    /// Needs an https `url`.
    WebForm,
    /// Needs an `email`.
    Email,
    /// Needs a `phone`.
    Phone,
    /// A visit or letter to an office: needs `steps`.
    InPerson,
    /// Goes through an entry of `hotlines` (StopNCII, Take It Down): needs `hotline`.
    Hotline,
    /// A trusted-partner route a member organisation uses: needs a `url` or an `email`.
    Partner,
}

impl ChannelKind {
    fn as_str(self) -> &'static str {
        match self {
            ChannelKind::InApp => "in_app",
            ChannelKind::WebForm => "web_form",
            ChannelKind::Email => "email",
            ChannelKind::Phone => "phone",
            ChannelKind::InPerson => "in_person",
            ChannelKind::Hotline => "hotline",
            ChannelKind::Partner => "partner",
        }
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
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
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

/// What a re-check observation means when a marker fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum MarkerMeaning {
    Removed,
    /// Gone or restricted: the same page is shown for private or blocked content, so it is
    /// not proof of removal.
    Unavailable,
    /// Withheld for legal reasons (HTTP 451).
    Blocked,
    /// A login page stands in the way: the state of the content is unknown, never "removed".
    LoginWall,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Remover {
    Platform,
    Moderators,
    Uploader,
}

/// A sign, seen when re-checking a link, that its content is gone. Exactly one of `status`,
/// `text`, `absent` and `redirect_to` is set: platforms often answer HTTP 200 for removed
/// content, so the page text matters as much as the status.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RemovalMarker {
    /// An HTTP status code.
    pub(crate) status: Option<u16>,
    /// Text whose presence in the page is the sign.
    pub(crate) text: Option<String>,
    /// Text whose absence from the page is the sign (an element every live page has).
    pub(crate) absent: Option<String>,
    /// A path prefix that a redirect leads to.
    pub(crate) redirect_to: Option<String>,
    pub(crate) means: MarkerMeaning,
    /// Who removed the content, when the page says so.
    pub(crate) removed_by: Option<Remover>,
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

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
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
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
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
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

// ---------------------------------------------------------------------------------------------
// The catalogue.

/// Platforms, hotlines, jurisdictions and sources, checked and merged, with host lookups.
#[derive(Debug, Clone)]
pub(crate) struct Catalog {
    default_removal_markers: Vec<RemovalMarker>,
    platforms: Vec<Platform>,
    hotlines: Vec<Hotline>,
    jurisdictions: Vec<Jurisdiction>,
    sources: BTreeMap<String, Source>,
    hosts: HostIndex<usize>,
    rewrites: HashMap<String, usize>,
}

impl Catalog {
    /// The catalogue compiled into the binary.
    pub(crate) fn builtin() -> Result<Catalog, Error> {
        prepare(BUILTIN, None).map_err(|diagnostics| Error::Builtin { diagnostics })
    }

    /// The built-in catalogue with `user_file` merged over it: a user entry replaces the
    /// built-in platform, hotline or jurisdiction with the same `id` (and a source with the
    /// same key); new ones are added.
    pub(crate) fn load(user_file: Option<&Path>) -> Result<Catalog, Error> {
        let builtin = Catalog::builtin()?;
        let Some(path) = user_file else {
            return Ok(builtin);
        };
        let src = yaml::read(path)?;
        prepare(&src, Some(builtin)).map_err(|diagnostics| Error::Invalid {
            path: path.to_owned(),
            diagnostics,
        })
    }

    pub(crate) fn platforms(&self) -> &[Platform] {
        &self.platforms
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Platform> {
        self.platforms.iter().find(|p| p.id == id)
    }

    /// The platform whose host patterns fit `host` most specifically. `None` means the caller
    /// files the link under "other": an unknown host is normal, never an error.
    pub(crate) fn detect(&self, host: &str) -> Option<&Platform> {
        let host = tidy_host(host);
        self.hosts
            .lookup(&host)
            .map(|&index| &self.platforms[index])
    }

    /// The canonical host to rewrite `host` to, when `host` is one of a platform's
    /// `rewrite_hosts`.
    pub(crate) fn canonical_host(&self, host: &str) -> Option<&str> {
        let host = tidy_host(host);
        self.rewrites
            .get(host.as_str())
            .map(|&index| self.platforms[index].hosts.canonical_host.as_str())
    }

    pub(crate) fn hotlines(&self) -> &[Hotline] {
        &self.hotlines
    }

    pub(crate) fn jurisdiction(&self, id: &str) -> Option<&Jurisdiction> {
        self.jurisdictions.iter().find(|j| j.id == id)
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
        self.platforms
            .iter()
            .find_map(|p| p.notes.iter().find(cites))
            .map(|note| (note, false))
    }

    /// Markers that hold on every platform, checked after the platform's own.
    pub(crate) fn default_removal_markers(&self) -> &[RemovalMarker] {
        &self.default_removal_markers
    }
}

/// Hosts arrive normalised, but a stray capital or the trailing dot of a fully qualified name
/// must not turn a known platform into "other".
fn tidy_host(host: &str) -> String {
    host.strip_suffix('.').unwrap_or(host).to_ascii_lowercase()
}

/// Every problem of a platforms file read as a user file over the built-in catalogue (its
/// references may use built-in sources, hotlines and jurisdictions); empty when it is valid.
pub(crate) fn check(src: &str) -> Vec<Diagnostic> {
    // Should the built-in file ever be broken, its own unit tests say so; here the file at
    // hand is then checked on its own.
    prepare(src, Catalog::builtin().ok())
        .err()
        .unwrap_or_default()
}

/// Reads a platforms file for [`check`] (`takedown platforms check FILE`), refusing one larger
/// than 4 MiB; errors name the file.
pub(crate) fn read_user_file(path: &Path) -> Result<String, Error> {
    Ok(yaml::read(path)?)
}

/// Parses, validates and merges `src` over `base`; all problems, or the catalogue.
fn prepare(src: &str, base: Option<Catalog>) -> Result<Catalog, Vec<Diagnostic>> {
    let header: Header = yaml::from_str(src).map_err(|d| vec![d])?;
    let mut problems = Problems::default();
    if header.schema_version != SCHEMA_VERSION {
        problems.at(
            NodePath::default().key("schema_version"),
            format!(
                "unsupported schema_version `{}`: this build reads version {SCHEMA_VERSION}",
                header.schema_version
            ),
        );
        return Err(locate(src, problems));
    }
    // Misspelt keys are stepped over, so that they and every other problem show in one run;
    // `parsed.text` keeps every remaining node in its place.
    let parsed = yaml::from_str_past_unknown_keys::<PlatformsFile>(src);
    let mut diagnostics: Vec<Diagnostic> = parsed.diagnostics.into_iter().map(polish).collect();
    let repeated = yaml::scan(src, &HashSet::new()).duplicate_keys;
    let Some(file) = parsed.value else {
        // serde_norway reports a repeated field at the start of its mapping; the scan points
        // at the repetition itself.
        if !repeated.is_empty()
            && diagnostics
                .last()
                .is_some_and(|d| d.message.contains("duplicate field"))
        {
            diagnostics.pop();
        }
        diagnostics.extend(repeated);
        diagnostics.sort();
        return Err(diagnostics);
    };
    let names = Names::new(&file, base.as_ref());
    validate(&file, &names, &mut problems);
    let catalog = merge(base, file, &mut problems);
    diagnostics.extend(repeated);
    if problems.0.is_empty() && diagnostics.is_empty() {
        return Ok(catalog);
    }
    diagnostics.extend(locate(&parsed.text, problems));
    diagnostics.sort();
    diagnostics.dedup();
    Err(diagnostics)
}

/// serde names a bad category "unknown variant"; say what it is.
fn polish(mut diagnostic: Diagnostic) -> Diagnostic {
    if diagnostic.message.contains("`ncii`") {
        diagnostic.message = diagnostic
            .message
            .replace("unknown variant", "unknown category");
    }
    diagnostic
}

// ---------------------------------------------------------------------------------------------
// Merging.

fn merge(base: Option<Catalog>, file: PlatformsFile, problems: &mut Problems) -> Catalog {
    let (mut platforms, mut from_file, mut hotlines, mut jurisdictions, mut sources, defaults) =
        match base {
            Some(base) => {
                let count = base.platforms.len();
                (
                    base.platforms,
                    vec![None; count],
                    base.hotlines,
                    base.jurisdictions,
                    base.sources,
                    base.default_removal_markers,
                )
            }
            None => Default::default(),
        };
    for (index, platform) in file.platforms.into_iter().enumerate() {
        match platforms.iter().position(|p| p.id == platform.id) {
            Some(at) => {
                platforms[at] = platform;
                from_file[at] = Some(index);
            }
            None => {
                platforms.push(platform);
                from_file.push(Some(index));
            }
        }
    }
    for hotline in file.hotlines {
        match hotlines.iter().position(|h| h.id == hotline.id) {
            Some(at) => hotlines[at] = hotline,
            None => hotlines.push(hotline),
        }
    }
    for jurisdiction in file.jurisdictions {
        match jurisdictions.iter().position(|j| j.id == jurisdiction.id) {
            Some(at) => jurisdictions[at] = jurisdiction,
            None => jurisdictions.push(jurisdiction),
        }
    }
    sources.extend(file.sources);
    let default_removal_markers = if file.default_removal_markers.is_empty() {
        defaults
    } else {
        file.default_removal_markers
    };

    // Entries kept from the base go in first, so a clash is blamed on the file being read.
    let mut order: Vec<usize> = (0..platforms.len()).collect();
    order.sort_by_key(|&at| from_file[at].is_some());
    let hosts_path = |at: usize| {
        from_file[at].map(|index| {
            NodePath::default()
                .key("platforms")
                .index(index)
                .key("hosts")
        })
    };
    let mut hosts = HostIndex::default();
    for &at in &order {
        let path = hosts_path(at);
        for (n, text) in platforms[at].hosts.patterns.iter().enumerate() {
            // Invalid patterns were reported by `validate`.
            let Ok(pattern) = text.parse::<HostPattern>() else {
                continue;
            };
            if let (Err(&owner), Some(path)) = (hosts.insert(pattern, at), &path)
                && owner != at
            {
                problems.at(
                    path.key("patterns").index(n),
                    format!(
                        "host pattern `{text}` already belongs to platform `{}`",
                        platforms[owner].id
                    ),
                );
            }
        }
    }
    // Only now that every pattern is known: a host that one platform rewrites (or names as
    // canonical) but that is detected as another would file a link under one platform and
    // normalise it for the other.
    let mut rewrites: HashMap<String, usize> = HashMap::new();
    for &at in &order {
        let platform = &platforms[at];
        let path = hosts_path(at);
        let canonical = (
            path.as_ref().map(|p| p.key("canonical_host")),
            &platform.hosts.canonical_host,
            false,
        );
        let rewritten = platform
            .hosts
            .rewrite_hosts
            .iter()
            .enumerate()
            .map(|(n, host)| {
                let node = path.as_ref().map(|p| p.key("rewrite_hosts").index(n));
                (node, host, true)
            });
        for (node, host, is_rewrite) in std::iter::once(canonical).chain(rewritten) {
            match hosts.lookup(host) {
                Some(&owner) if owner != at => {
                    let other = &platforms[owner].id;
                    match (node, hosts_path(owner)) {
                        (Some(node), _) => problems.at(
                            node,
                            format!("`{host}` is detected as platform `{other}`"),
                        ),
                        (None, Some(theirs)) => problems.at(
                            theirs.key("patterns"),
                            format!(
                                "these patterns take `{host}` from platform `{}`, which relies on it",
                                platform.id
                            ),
                        ),
                        (None, None) => {}
                    }
                }
                _ if is_rewrite => {
                    rewrites.insert(host.clone(), at);
                }
                _ => {}
            }
        }
    }
    Catalog {
        default_removal_markers,
        platforms,
        hotlines,
        jurisdictions,
        sources,
        hosts,
        rewrites,
    }
}

// ---------------------------------------------------------------------------------------------
// Validation: every problem is collected with the path of its node, then placed.

#[derive(Debug, Default)]
struct Problems(Vec<Problem>);

#[derive(Debug)]
struct Problem {
    path: NodePath,
    /// Point at the mapping key rather than the value (for problems with the key itself).
    at_key: bool,
    message: String,
}

impl Problems {
    fn at(&mut self, path: NodePath, message: String) {
        self.0.push(Problem {
            path,
            at_key: false,
            message,
        });
    }

    fn at_key(&mut self, path: NodePath, message: String) {
        self.0.push(Problem {
            path,
            at_key: true,
            message,
        });
    }
}

/// Turns problems into diagnostics at the line and column of their nodes.
fn locate(src: &str, problems: Problems) -> Vec<Diagnostic> {
    let wanted: HashSet<NodePath> = problems
        .0
        .iter()
        .flat_map(|problem| problem.path.ancestry())
        .collect();
    let scan = yaml::scan(src, &wanted);
    let mut diagnostics = Vec::new();
    for problem in problems.0 {
        // A node the scan could not find (inside an alias, say) is shown at its nearest
        // ancestor; the path in the message still names it exactly.
        let place = problem
            .path
            .ancestry()
            .find_map(|path| scan.places.get(&path).map(|place| (path, *place)));
        let (line, column) = match place {
            Some((path, place)) if problem.at_key && path == problem.path => {
                place.key.unwrap_or(place.node)
            }
            Some((_, place)) => place.node,
            None => (1, 1),
        };
        let path = problem.path.to_string();
        let message = if path.is_empty() {
            problem.message
        } else {
            format!("{path}: {}", problem.message)
        };
        diagnostics.push(Diagnostic {
            line,
            column,
            message,
        });
    }
    diagnostics
}

/// Names a file's references may use: its own, and those of the catalogue it is merged over.
struct Names<'a> {
    sources: HashSet<&'a str>,
    hotlines: HashSet<&'a str>,
    jurisdictions: HashSet<&'a str>,
}

impl<'a> Names<'a> {
    fn new(file: &'a PlatformsFile, base: Option<&'a Catalog>) -> Names<'a> {
        let mut names = Names {
            sources: file.sources.keys().map(String::as_str).collect(),
            hotlines: file.hotlines.iter().map(|h| h.id.as_str()).collect(),
            jurisdictions: file.jurisdictions.iter().map(|j| j.id.as_str()).collect(),
        };
        if let Some(base) = base {
            names
                .sources
                .extend(base.sources.keys().map(String::as_str));
            names
                .hotlines
                .extend(base.hotlines.iter().map(|h| h.id.as_str()));
            names
                .jurisdictions
                .extend(base.jurisdictions.iter().map(|j| j.id.as_str()));
        }
        names
    }
}

struct Validator<'a> {
    names: &'a Names<'a>,
    problems: &'a mut Problems,
}

fn validate(file: &PlatformsFile, names: &Names<'_>, problems: &mut Problems) {
    let mut v = Validator { names, problems };
    let root = NodePath::default();
    for (key, source) in &file.sources {
        v.source(&root.key("sources").key(key), key, source);
    }
    for (n, marker) in file.default_removal_markers.iter().enumerate() {
        v.marker(&root.key("default_removal_markers").index(n), marker);
    }
    v.unique_ids(
        &root.key("platforms"),
        "platform",
        file.platforms.iter().map(|p| p.id.as_str()),
    );
    v.unique_ids(
        &root.key("hotlines"),
        "hotline",
        file.hotlines.iter().map(|h| h.id.as_str()),
    );
    v.unique_ids(
        &root.key("jurisdictions"),
        "jurisdiction",
        file.jurisdictions.iter().map(|j| j.id.as_str()),
    );
    for (n, platform) in file.platforms.iter().enumerate() {
        v.platform(&root.key("platforms").index(n), platform);
    }
    for (n, hotline) in file.hotlines.iter().enumerate() {
        v.hotline(&root.key("hotlines").index(n), hotline);
    }
    for (n, jurisdiction) in file.jurisdictions.iter().enumerate() {
        v.jurisdiction(&root.key("jurisdictions").index(n), jurisdiction);
    }
}

impl Validator<'_> {
    /// Ids are what links, statistics and user files refer to: a second entry with the same id
    /// would silently shadow the first.
    fn unique_ids<'i>(&mut self, list: &NodePath, what: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (n, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.problem(
                    list.index(n).key("id"),
                    format!("duplicate {what} id `{id}`: an earlier entry has it"),
                );
            }
        }
    }

    fn problem(&mut self, path: NodePath, message: String) {
        self.problems.at(path, message);
    }

    /// The provenance every fact carries.
    fn fact(&mut self, path: &NodePath, sources: &[String], checked: &str, unverified: bool) {
        if !is_real_date(checked) {
            self.problem(
                path.key("checked"),
                format!("invalid `checked` date `{checked}`: expected a real date as YYYY-MM-DD"),
            );
        }
        for (n, key) in sources.iter().enumerate() {
            if !self.names.sources.contains(key.as_str()) {
                self.problem(
                    path.key("sources").index(n),
                    format!("unknown source `{key}`: it is not in the `sources` table"),
                );
            }
        }
        if sources.is_empty() && !unverified {
            self.problem(
                path.clone(),
                "a fact without `sources` must be marked `unverified: true`".to_owned(),
            );
        }
    }

    fn text(&mut self, path: NodePath, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(path, format!("{what} must not be empty"));
        }
    }

    fn id(&mut self, path: NodePath, what: &str, id: &str) {
        if !is_id(id) {
            self.problem(
                path,
                format!("invalid {what} id `{id}`: use 1 to 64 of a-z, 0-9 and `_`"),
            );
        }
    }

    fn source(&mut self, path: &NodePath, key: &str, source: &Source) {
        if !is_id(key) {
            self.problems.at_key(
                path.clone(),
                format!("invalid source key `{key}`: use 1 to 64 of a-z, 0-9 and `_`"),
            );
        }
        self.text(path.key("title"), "`title`", &source.title);
        if let Some(url) = &source.url
            && let Some(problem) = url_problem(url, false)
        {
            self.problem(path.key("url"), problem);
        }
    }

    fn platform(&mut self, path: &NodePath, platform: &Platform) {
        self.id(path.key("id"), "platform", &platform.id);
        self.text(path.key("name"), "`name`", &platform.name);
        self.hosts(&path.key("hosts"), &platform.hosts);
        for (category, channels) in &platform.channels {
            for (n, channel) in channels.iter().enumerate() {
                self.channel(
                    &path.key("channels").key(category.as_str()).index(n),
                    channel,
                );
            }
        }
        for (n, note) in platform.partner_programs.iter().enumerate() {
            self.note(&path.key("partner_programs").index(n), note);
        }
        for (n, note) in platform.notes.iter().enumerate() {
            self.note(&path.key("notes").index(n), note);
        }
        for (n, marker) in platform.removal_markers.iter().enumerate() {
            self.marker(&path.key("removal_markers").index(n), marker);
        }
    }

    fn hosts(&mut self, path: &NodePath, hosts: &Hosts) {
        self.fact(path, &hosts.sources, &hosts.checked, hosts.unverified);
        if hosts.patterns.is_empty() {
            self.problem(
                path.key("patterns"),
                "a platform needs at least one host pattern".to_owned(),
            );
        }
        let mut patterns = Vec::new();
        for (n, text) in hosts.patterns.iter().enumerate() {
            match text.parse::<HostPattern>() {
                Ok(pattern) if patterns.contains(&pattern) => self.problem(
                    path.key("patterns").index(n),
                    format!("host pattern `{text}` is listed twice"),
                ),
                Ok(pattern) => patterns.push(pattern),
                Err(err) => self.problem(
                    path.key("patterns").index(n),
                    format!("invalid host pattern `{text}`: {}", err.reason),
                ),
            }
        }
        let covered = |host: &str| patterns.iter().any(|p| host_matches(p, host));
        let canonical = &hosts.canonical_host;
        if let Err(err) = validate_host(canonical) {
            self.problem(
                path.key("canonical_host"),
                format!("invalid canonical host `{canonical}`: {}", err.reason),
            );
        } else if !covered(canonical) {
            self.problem(
                path.key("canonical_host"),
                format!("canonical host `{canonical}` is not covered by the platform's patterns"),
            );
        }
        let mut seen = HashSet::new();
        for (n, host) in hosts.rewrite_hosts.iter().enumerate() {
            let at = path.key("rewrite_hosts").index(n);
            if let Err(err) = validate_host(host) {
                self.problem(at, format!("invalid host `{host}`: {}", err.reason));
            } else if host == canonical {
                self.problem(
                    at,
                    format!("`{host}` is the canonical host: it needs no rewriting"),
                );
            } else if !covered(host) {
                self.problem(
                    at,
                    format!("rewrite host `{host}` is not covered by the platform's patterns"),
                );
            } else if !seen.insert(host) {
                self.problem(at, format!("rewrite host `{host}` is listed twice"));
            }
        }
    }

    fn channel(&mut self, path: &NodePath, channel: &Channel) {
        self.fact(path, &channel.sources, &channel.checked, channel.unverified);
        let kind = channel.kind.as_str();
        let needs = match channel.kind {
            ChannelKind::WebForm if channel.url.is_none() => Some("a `url`"),
            ChannelKind::Email if channel.email.is_none() => Some("an `email`"),
            ChannelKind::Phone if channel.phone.is_none() => Some("a `phone`"),
            ChannelKind::InApp if channel.steps.is_empty() && channel.url.is_none() => {
                Some("`steps` or a `url` that explains them")
            }
            ChannelKind::InPerson if channel.steps.is_empty() => Some("`steps`"),
            ChannelKind::Hotline if channel.hotline.is_none() => Some("a `hotline` id"),
            ChannelKind::Partner if channel.url.is_none() && channel.email.is_none() => {
                Some("a `url` or an `email`")
            }
            _ => None,
        };
        if let Some(needs) = needs {
            self.problem(
                path.clone(),
                format!("nobody can use this `{kind}` channel: it needs {needs}"),
            );
        }
        if let Some(url) = &channel.url
            && let Some(problem) = url_problem(url, true)
        {
            self.problem(path.key("url"), format!("{kind} {problem}"));
        }
        if let Some(email) = &channel.email
            && let Some(problem) = email_problem(email)
        {
            self.problem(path.key("email"), problem);
        }
        if let Some(phone) = &channel.phone
            && let Some(problem) = phone_problem(phone)
        {
            self.problem(path.key("phone"), problem);
        }
        if let Some(hotline) = &channel.hotline {
            if channel.kind != ChannelKind::Hotline {
                self.problem(
                    path.key("hotline"),
                    format!("`hotline` belongs on a `hotline` channel, not on `{kind}`"),
                );
            } else if !self.names.hotlines.contains(hotline.as_str()) {
                self.problem(
                    path.key("hotline"),
                    format!("unknown hotline `{hotline}`: it is not in the `hotlines` list"),
                );
            }
        }
        for (n, step) in channel.steps.iter().enumerate() {
            self.text(path.key("steps").index(n), "a step", step);
        }
        if let Some(deadline) = &channel.deadline {
            if deadline.hours == 0 {
                self.problem(
                    path.key("deadline").key("hours"),
                    "a deadline needs at least 1 hour".to_owned(),
                );
            }
            self.text(
                path.key("deadline").key("basis"),
                "a deadline's `basis`",
                &deadline.basis,
            );
        }
    }

    fn note(&mut self, path: &NodePath, note: &Note) {
        self.fact(path, &note.sources, &note.checked, note.unverified);
        self.text(path.key("text"), "`text`", &note.text);
    }

    fn marker(&mut self, path: &NodePath, marker: &RemovalMarker) {
        self.fact(path, &marker.sources, &marker.checked, marker.unverified);
        let set = [
            marker.status.is_some(),
            marker.text.is_some(),
            marker.absent.is_some(),
            marker.redirect_to.is_some(),
        ];
        if set.iter().filter(|&&is_set| is_set).count() != 1 {
            self.problem(
                path.clone(),
                "a removal marker needs exactly one of `status`, `text`, `absent` and `redirect_to`"
                    .to_owned(),
            );
        }
        if let Some(status) = marker.status
            && !(100..=599).contains(&status)
        {
            self.problem(
                path.key("status"),
                format!("`{status}` is not an HTTP status code"),
            );
        }
        if let Some(text) = &marker.text {
            self.text(path.key("text"), "a marker's `text`", text);
        }
        if let Some(absent) = &marker.absent {
            self.text(path.key("absent"), "a marker's `absent` text", absent);
        }
        if let Some(redirect) = &marker.redirect_to
            && !redirect.starts_with('/')
        {
            self.problem(
                path.key("redirect_to"),
                format!("`redirect_to` is a path and starts with `/`, not `{redirect}`"),
            );
        }
    }

    fn hotline(&mut self, path: &NodePath, hotline: &Hotline) {
        self.fact(path, &hotline.sources, &hotline.checked, hotline.unverified);
        self.id(path.key("id"), "hotline", &hotline.id);
        self.text(path.key("name"), "`name`", &hotline.name);
        if hotline.url.is_none() && hotline.email.is_none() && hotline.phone.is_none() {
            self.problem(
                path.clone(),
                "nobody can reach this hotline: it needs a `url`, an `email` or a `phone`"
                    .to_owned(),
            );
        }
        if let Some(url) = &hotline.url
            && let Some(problem) = url_problem(url, true)
        {
            self.problem(path.key("url"), problem);
        }
        for (language, url) in &hotline.localized_urls {
            let at = path.key("localized_urls").key(language);
            if !is_language(language) {
                self.problems.at_key(
                    at.clone(),
                    format!("`{language}` is not a language code such as `ur` or `ur-pk`"),
                );
            }
            if let Some(problem) = url_problem(url, true) {
                self.problem(at, problem);
            }
        }
        if let Some(email) = &hotline.email
            && let Some(problem) = email_problem(email)
        {
            self.problem(path.key("email"), problem);
        }
        if let Some(phone) = &hotline.phone
            && let Some(problem) = phone_problem(phone)
        {
            self.problem(path.key("phone"), problem);
        }
        if let Some(jurisdiction) = &hotline.jurisdiction
            && !self.names.jurisdictions.contains(jurisdiction.as_str())
        {
            self.problem(
                path.key("jurisdiction"),
                format!("unknown jurisdiction `{jurisdiction}`"),
            );
        }
        for (n, language) in hotline.languages.iter().enumerate() {
            if !is_language(language) {
                self.problem(
                    path.key("languages").index(n),
                    format!("`{language}` is not a language code such as `ur` or `ur-pk`"),
                );
            }
        }
        for (n, step) in hotline.steps.iter().enumerate() {
            self.text(path.key("steps").index(n), "a step", step);
        }
    }

    fn jurisdiction(&mut self, path: &NodePath, jurisdiction: &Jurisdiction) {
        let id = &jurisdiction.id;
        if !(id.len() == 2 && id.bytes().all(|b| b.is_ascii_lowercase())) {
            self.problem(
                path.key("id"),
                format!("invalid jurisdiction id `{id}`: use the two-letter ISO 3166-1 code in lower case"),
            );
        }
        self.text(path.key("name"), "`name`", &jurisdiction.name);
        let mut seen = HashSet::new();
        for (n, law) in jurisdiction.laws.iter().enumerate() {
            let at = path.key("laws").index(n);
            self.fact(&at, &law.sources, &law.checked, law.unverified);
            self.id(at.key("id"), "law", &law.id);
            if !seen.insert(law.id.as_str()) {
                self.problem(at.key("id"), format!("duplicate law id `{}`", law.id));
            }
            self.text(at.key("title"), "`title`", &law.title);
            self.text(at.key("summary"), "`summary`", &law.summary);
        }
        let mut seen = HashSet::new();
        for (n, authority) in jurisdiction.authorities.iter().enumerate() {
            let at = path.key("authorities").index(n);
            self.fact(
                &at,
                &authority.sources,
                &authority.checked,
                authority.unverified,
            );
            self.id(at.key("id"), "authority", &authority.id);
            if !seen.insert(authority.id.as_str()) {
                self.problem(
                    at.key("id"),
                    format!("duplicate authority id `{}`", authority.id),
                );
            }
            self.text(at.key("name"), "`name`", &authority.name);
            for (m, channel) in authority.channels.iter().enumerate() {
                self.channel(&at.key("channels").index(m), channel);
            }
        }
        for (n, channel) in jurisdiction.emergency.iter().enumerate() {
            self.channel(&path.key("emergency").index(n), channel);
        }
        let mut seen = HashSet::new();
        for (n, deadline) in jurisdiction.deadlines.iter().enumerate() {
            let at = path.key("deadlines").index(n);
            self.fact(
                &at,
                &deadline.sources,
                &deadline.checked,
                deadline.unverified,
            );
            self.id(at.key("id"), "deadline", &deadline.id);
            if !seen.insert(deadline.id.as_str()) {
                self.problem(
                    at.key("id"),
                    format!("duplicate deadline id `{}`", deadline.id),
                );
            }
            if deadline.hours == 0 {
                self.problem(
                    at.key("hours"),
                    "a deadline needs at least 1 hour".to_owned(),
                );
            }
            if let Some(date) = &deadline.in_force
                && !is_real_date(date)
            {
                self.problem(
                    at.key("in_force"),
                    format!("invalid `in_force` date `{date}`: expected a real date as YYYY-MM-DD"),
                );
            }
        }
        for (n, note) in jurisdiction.notes.iter().enumerate() {
            self.note(&path.key("notes").index(n), note);
        }
    }
}

fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// `ur`, `en`, `ps`, `ur-pk`: what guides and templates are keyed by.
fn is_language(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|part| {
            (1..=8).contains(&part.len())
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A real calendar date written YYYY-MM-DD (`2026-02-30` is refused).
fn is_real_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes[range].iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1 && (1..=days).contains(&day)
}

/// Why `text` is not a usable URL; `https_only` for anything a person is sent to.
fn url_problem(text: &str, https_only: bool) -> Option<String> {
    if text.chars().any(char::is_whitespace) {
        return Some(format!("url `{text}` contains white space"));
    }
    let url = match url::Url::parse(text) {
        Ok(url) => url,
        Err(err) => return Some(format!("url `{text}` is not a valid URL: {err}")),
    };
    let allowed = if https_only {
        url.scheme() == "https"
    } else {
        matches!(url.scheme(), "https" | "http")
    };
    if !allowed {
        let expected = if https_only { "https" } else { "http or https" };
        return Some(format!("url `{text}` is not {expected}"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Some(format!("url `{text}` has no host"));
    }
    None
}

fn email_problem(email: &str) -> Option<String> {
    let refuse = |why: &str| Some(format!("invalid e-mail address `{email}`: {why}"));
    let Some((local, domain)) = email.split_once('@') else {
        return refuse("it has no `@`");
    };
    if local.is_empty()
        || local.len() > 64
        || !local
            .chars()
            .all(|c| c.is_ascii_graphic() && !"@<>()[]\\,;:\"".contains(c))
    {
        return refuse("the part before `@` is not a plain mailbox name");
    }
    if validate_host(domain).is_err() || !domain.contains('.') {
        return refuse("the part after `@` is not a lower-case domain name");
    }
    None
}

fn phone_problem(phone: &str) -> Option<String> {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let plain = phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c));
    // Two digits at least: emergency numbers can be that short (police 15 in Pakistan).
    (!plain || digits < 2).then(|| {
        format!("invalid phone number `{phone}`: use digits, spaces, `+`, `-` and brackets")
    })
}

impl fmt::Display for ChannelKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Catalog {
        Catalog::builtin().expect("the built-in platforms file is valid")
    }

    /// Diagnostics as `line:column: message` lines, for exact comparisons.
    fn problems(src: &str) -> Vec<String> {
        check(src).iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_builtin_file_loads_and_passes_check_with_no_diagnostics() {
        assert_eq!(problems(BUILTIN), Vec::<String>::new());
        let catalog = builtin();
        assert!(
            catalog.platforms().len() >= 27,
            "{}",
            catalog.platforms().len()
        );
        for id in [
            "facebook",
            "instagram",
            "threads",
            "whatsapp",
            "x",
            "youtube",
            "google_search",
            "google_drive",
            "tiktok",
            "snapchat",
            "telegram",
            "reddit",
            "discord",
            "dropbox",
            "microsoft",
            "imgur",
            "linkedin",
            "pinterest",
            "tumblr",
            "pornhub",
            "xvideos",
            "xnxx",
            "onlyfans",
            "stripchat",
            "imo",
            "signal",
            "viber",
            "likee",
            "bigo",
            "snack_video",
        ] {
            assert!(catalog.get(id).is_some(), "platform `{id}` is missing");
        }
        for id in ["stopncii", "take_it_down", "iwf_pk", "ncmec_cybertipline"] {
            assert!(
                catalog.hotlines.iter().any(|h| h.id == id),
                "hotline `{id}` is missing"
            );
        }
        let pk = catalog
            .jurisdictions
            .iter()
            .find(|j| j.id == "pk")
            .expect("Pakistan is built in");
        let sections: Vec<&str> = pk.laws.iter().map(|l| l.section.as_str()).collect();
        assert_eq!(sections, ["16", "20", "21", "22", "24", "24A", "37"]);
        let authorities: Vec<&str> = pk.authorities.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(authorities, ["nccia", "fia_nr3c", "pta"]);
        assert!(Catalog::load(None).is_ok());
    }

    fn all_channels(catalog: &Catalog) -> Vec<(String, &Channel)> {
        let mut channels = Vec::new();
        for platform in catalog.platforms() {
            for (category, list) in &platform.channels {
                for channel in list {
                    channels.push((format!("{} {category}", platform.id), channel));
                }
            }
        }
        for jurisdiction in &catalog.jurisdictions {
            for authority in &jurisdiction.authorities {
                for channel in &authority.channels {
                    channels.push((format!("{} {}", jurisdiction.id, authority.id), channel));
                }
            }
        }
        channels
    }

    #[test]
    fn every_url_is_well_formed_https_and_every_email_well_formed() {
        let catalog = builtin();
        let mut urls: Vec<(String, &str)> = Vec::new();
        let mut emails: Vec<(String, &str)> = Vec::new();
        for (whose, channel) in all_channels(&catalog) {
            urls.extend(channel.url.iter().map(|u| (whose.clone(), u.as_str())));
            emails.extend(channel.email.iter().map(|e| (whose.clone(), e.as_str())));
        }
        for hotline in &catalog.hotlines {
            urls.extend(hotline.url.iter().map(|u| (hotline.id.clone(), u.as_str())));
            urls.extend(
                hotline
                    .localized_urls
                    .values()
                    .map(|u| (hotline.id.clone(), u.as_str())),
            );
            emails.extend(
                hotline
                    .email
                    .iter()
                    .map(|e| (hotline.id.clone(), e.as_str())),
            );
        }
        assert!(urls.len() > 60, "{}", urls.len());
        for (whose, text) in urls {
            let url = url::Url::parse(text).unwrap_or_else(|e| panic!("{whose}: {text}: {e}"));
            assert_eq!(url.scheme(), "https", "{whose}: {text}");
            assert!(
                url.host_str().is_some_and(|h| h.contains('.')),
                "{whose}: {text}"
            );
        }
        assert!(emails.len() > 20, "{}", emails.len());
        for (whose, email) in emails {
            assert_eq!(email_problem(email), None, "{whose}");
        }
        for (key, source) in &catalog.sources {
            if let Some(url) = &source.url {
                assert_eq!(url_problem(url, false), None, "{key}");
            }
        }
    }

    #[test]
    fn every_source_is_used_and_every_hotline_reference_resolves() {
        let catalog = builtin();
        let text = serde_json::to_string(&(
            &catalog.platforms,
            &catalog.hotlines,
            &catalog.jurisdictions,
            &catalog.default_removal_markers,
        ))
        .expect("serialises");
        for key in catalog.sources.keys() {
            assert!(
                text.contains(&format!("\"{key}\"")),
                "source `{key}` is unused"
            );
        }
        for (whose, channel) in all_channels(&catalog) {
            if let Some(id) = &channel.hotline {
                assert!(
                    catalog.hotlines.iter().any(|h| &h.id == id),
                    "{whose}: {id}"
                );
            }
        }
    }

    #[test]
    fn host_forms_detect_to_the_right_platform() {
        let catalog = builtin();
        for (host, platform) in [
            ("facebook.com", Some("facebook")),
            ("www.facebook.com", Some("facebook")),
            ("m.facebook.com", Some("facebook")),
            ("mbasic.facebook.com", Some("facebook")),
            ("web.facebook.com", Some("facebook")),
            ("fb.watch", Some("facebook")),
            ("fb.me", Some("facebook")),
            ("m.me", Some("facebook")),
            ("WWW.Facebook.COM.", Some("facebook")),
            ("instagram.com", Some("instagram")),
            ("www.instagram.com", Some("instagram")),
            ("instagr.am", Some("instagram")),
            ("threads.net", Some("threads")),
            ("www.threads.com", Some("threads")),
            ("wa.me", Some("whatsapp")),
            ("chat.whatsapp.com", Some("whatsapp")),
            ("x.com", Some("x")),
            ("www.x.com", Some("x")),
            ("mobile.x.com", Some("x")),
            ("twitter.com", Some("x")),
            ("www.twitter.com", Some("x")),
            ("mobile.twitter.com", Some("x")),
            ("t.co", Some("x")),
            ("youtube.com", Some("youtube")),
            ("www.youtube.com", Some("youtube")),
            ("m.youtube.com", Some("youtube")),
            ("music.youtube.com", Some("youtube")),
            ("youtu.be", Some("youtube")),
            ("www.youtube-nocookie.com", Some("youtube")),
            ("www.google.com", Some("google_search")),
            ("google.com.pk", Some("google_search")),
            ("images.google.com", Some("google_search")),
            ("drive.google.com", Some("google_drive")),
            ("photos.app.goo.gl", Some("google_drive")),
            ("someone.blogspot.com", Some("google_drive")),
            ("tiktok.com", Some("tiktok")),
            ("www.tiktok.com", Some("tiktok")),
            ("m.tiktok.com", Some("tiktok")),
            ("vm.tiktok.com", Some("tiktok")),
            ("vt.tiktok.com", Some("tiktok")),
            ("story.snapchat.com", Some("snapchat")),
            ("t.me", Some("telegram")),
            ("telegram.me", Some("telegram")),
            ("web.telegram.org", Some("telegram")),
            ("www.dropbox.com", Some("dropbox")),
            ("dl.dropboxusercontent.com", Some("dropbox")),
            ("i.imgur.com", Some("imgur")),
            ("old.reddit.com", Some("reddit")),
            ("redd.it", Some("reddit")),
            ("i.redd.it", Some("reddit")),
            ("v.redd.it", Some("reddit")),
            ("discord.gg", Some("discord")),
            ("cdn.discordapp.com", Some("discord")),
            ("media.discordapp.net", Some("discord")),
            ("lnkd.in", Some("linkedin")),
            ("pin.it", Some("pinterest")),
            ("someone.tumblr.com", Some("tumblr")),
            ("www.pornhub.com", Some("pornhub")),
            ("www.xvideos.com", Some("xvideos")),
            ("www.xnxx.com", Some("xnxx")),
            ("onlyfans.com", Some("onlyfans")),
            ("stripchat.com", Some("stripchat")),
            ("1drv.ms", Some("microsoft")),
            ("onedrive.live.com", Some("microsoft")),
            ("www.bing.com", Some("microsoft")),
            ("imo.im", Some("imo")),
            ("signal.me", Some("signal")),
            ("signal.group", Some("signal")),
            ("vb.me", Some("viber")),
            ("likee.video", Some("likee")),
            ("www.bigo.tv", Some("bigo")),
            ("snackvideo.com", Some("snack_video")),
            // Unknown hosts and look-alikes are "other", never an error.
            ("example.org", None),
            ("facebook.com.evil.example", None),
            ("notfacebook.com", None),
            ("facebook.co", None),
            ("m.facebook.com.evil.example", None),
            ("youtu.be.evil.example", None),
            ("xt.me", None),
            ("google.com.evil.example", None),
            ("mail.google.com", None),
            ("live.com", None),
            ("", None),
            ("not a host", None),
        ] {
            assert_eq!(
                catalog.detect(host).map(|p| p.id.as_str()),
                platform,
                "host `{host}`"
            );
        }
    }

    #[test]
    fn mobile_and_bare_hosts_rewrite_to_the_canonical_host_but_short_links_do_not() {
        let catalog = builtin();
        for (host, canonical) in [
            ("m.facebook.com", Some("www.facebook.com")),
            ("mbasic.facebook.com", Some("www.facebook.com")),
            ("web.facebook.com", Some("www.facebook.com")),
            ("facebook.com", Some("www.facebook.com")),
            ("m.youtube.com", Some("www.youtube.com")),
            ("youtube.com", Some("www.youtube.com")),
            ("mobile.twitter.com", Some("x.com")),
            ("twitter.com", Some("x.com")),
            ("www.twitter.com", Some("x.com")),
            ("mobile.x.com", Some("x.com")),
            ("www.x.com", Some("x.com")),
            ("instagram.com", Some("www.instagram.com")),
            ("www.facebook.com", None),
            ("x.com", None),
            ("fb.watch", None),
            ("youtu.be", None),
            ("t.me", None),
            ("vm.tiktok.com", None),
            ("vt.tiktok.com", None),
            ("redd.it", None),
            ("instagr.am", None),
            ("example.org", None),
        ] {
            assert_eq!(catalog.canonical_host(host), canonical, "host `{host}`");
        }
        // A rewritten link must stay on its platform.
        for platform in catalog.platforms() {
            for host in &platform.hosts.rewrite_hosts {
                assert_eq!(
                    catalog.detect(host).map(|p| &p.id),
                    Some(&platform.id),
                    "{host}"
                );
            }
            assert_eq!(
                catalog
                    .detect(&platform.hosts.canonical_host)
                    .map(|p| &p.id),
                Some(&platform.id)
            );
        }
    }

    #[test]
    fn a_platform_serialises_for_platforms_show_json() {
        let catalog = builtin();
        let youtube =
            serde_json::to_value(catalog.get("youtube").expect("built in")).expect("serialises");
        assert_eq!(youtube["channels"]["ncii"][0]["deadline"]["hours"], 48);
        assert_eq!(youtube["channels"]["ncii"][0]["kind"], "web_form");
        assert_eq!(youtube["hosts"]["unverified"], true);
        let instagram =
            serde_json::to_value(catalog.get("instagram").expect("built in")).expect("serialises");
        let form = &instagram["channels"]["impersonation"][1];
        assert_eq!(form["who_can_report"][0], "self");
        assert_eq!(form["government_id"], true);
        assert_eq!(form["unverified"], true);
    }

    /// Writes `contents` to `name.yaml` in a fresh directory that lives as long as the guard.
    fn temp_file(name: &str, contents: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join(format!("{name}.yaml"));
        fs_err::write(&path, contents).expect("write temp file");
        (dir, path)
    }

    #[test]
    fn a_user_file_replaces_platforms_by_id_and_adds_new_ones() {
        let user = "\
schema_version: 1
platforms:
  - id: facebook
    name: Facebook as our partner desk sees it
    operator: Meta
    hosts:
      patterns: [facebook.com, \"*.facebook.com\"]
      canonical_host: www.facebook.com
      rewrite_hosts: [m.facebook.com]
      unverified: true
      checked: 2026-12-01
    channels:
      ncii:
        - kind: partner
          email: partner-desk@meta.example
          sources: [desk_letter]
          checked: 2026-12-01
  - id: local_forum
    name: A local forum
    hosts:
      patterns: [forum.example.pk]
      canonical_host: forum.example.pk
      sources: [desk_letter]
      checked: 2026-12-01
    channels:
      harassment:
        - kind: web_form
          url: https://forum.example.pk/report
          sources: [meta_cs]
          checked: 2026-12-01
sources:
  desk_letter:
    title: Letter from the partner desk
    kind: official
";
        let (_dir, path) = temp_file("merge", user);
        let catalog = Catalog::load(Some(&path)).expect("valid user file");
        let builtin = builtin();
        assert_eq!(catalog.platforms().len(), builtin.platforms().len() + 1);
        // Replaced in place, so the built-in order is kept.
        assert_eq!(catalog.platforms()[0].id, "facebook");
        let facebook = catalog.get("facebook").expect("kept");
        assert_eq!(facebook.name, "Facebook as our partner desk sees it");
        assert_eq!(
            facebook.channels[&Category::Ncii][0].kind,
            ChannelKind::Partner
        );
        assert_eq!(
            catalog.detect("m.facebook.com").map(|p| &*p.id),
            Some("facebook")
        );
        assert!(
            catalog.detect("fb.watch").is_none(),
            "the user entry dropped it"
        );
        assert_eq!(catalog.canonical_host("mbasic.facebook.com"), None);
        assert_eq!(
            catalog.canonical_host("m.facebook.com"),
            Some("www.facebook.com")
        );
        assert_eq!(
            catalog.detect("forum.example.pk").map(|p| &*p.id),
            Some("local_forum")
        );
        assert_eq!(catalog.detect("youtu.be").map(|p| &*p.id), Some("youtube"));
        assert!(catalog.sources.contains_key("desk_letter"));
        assert!(catalog.sources.contains_key("meta_cs"));
        assert_eq!(problems(user), Vec::<String>::new());
    }

    #[test]
    fn user_file_errors_name_the_file_line_and_column() {
        let (_dir, path) = temp_file(
            "broken",
            "schema_version: 1\nplatforms:\n  - id: Bad Id\n    name: x\n    hosts:\n      patterns: [fb.watch]\n      canonical_host: fb.watch\n      unverified: true\n      checked: 2026-11-22\n",
        );
        let err = Catalog::load(Some(&path)).expect_err("invalid");
        let text = err.to_string();
        assert!(text.starts_with("invalid platforms file `"), "{text}");
        assert!(text.contains("broken.yaml"), "{text}");
        assert!(
            text.contains("line 3, column 9: platforms[0].id: invalid platform id `Bad Id`"),
            "{text}"
        );
        assert!(text.ends_with("(and 2 more problems)"), "{text}");
        let Error::Invalid { diagnostics, .. } = err else {
            panic!("not an Invalid error: {err:?}");
        };
        let rest: Vec<String> = diagnostics[1..].iter().map(ToString::to_string).collect();
        assert_eq!(
            rest,
            [
                "6:18: platforms[0].hosts.patterns[0]: host pattern `fb.watch` already belongs to platform `facebook`",
                "7:23: platforms[0].hosts.canonical_host: `fb.watch` is detected as platform `facebook`",
            ]
        );

        let (_syntax_dir, syntax) = temp_file("syntax", "schema_version: 1\nplatforms: [\n");
        let text = Catalog::load(Some(&syntax))
            .expect_err("invalid")
            .to_string();
        assert!(text.contains("syntax.yaml"), "{text}");
        assert!(text.contains("line 3, column 1:"), "{text}");

        let missing = path.with_file_name("missing.yaml");
        let text = Catalog::load(Some(&missing))
            .expect_err("missing")
            .to_string();
        assert!(text.contains("missing.yaml"), "{text}");
    }

    const SMALL: &str = "\
schema_version: 1
platforms:
  - id: demo
    name: Demo
    hosts:
      patterns: [demo.example, \"*.demo.example\"]
      canonical_host: www.demo.example
      unverified: true
      checked: 2026-11-22
    channels:
      ncii:
        - kind: web_form
          url: https://demo.example/report
          sources: [demo_terms]
          checked: 2026-11-22
sources:
  demo_terms:
    title: Demo terms
    kind: official
";

    #[test]
    fn the_small_example_is_valid() {
        assert_eq!(problems(SMALL), Vec::<String>::new());
    }

    #[test]
    fn every_semantic_problem_is_reported_at_its_node() {
        let src = "\
schema_version: 1
platforms:
  - id: demo
    name: Demo
    hosts:
      patterns: [demo.example, \"*.Demo.example\", \"*.com\"]
      canonical_host: www.other.example
      rewrite_hosts: [demo.example, demo.example]
      checked: 2026-02-30
    channels:
      ncii:
        - kind: web_form
          url: http://demo.example/report
          sources: [demo_terms, nowhere]
          checked: 2026-11-22
        - kind: email
          checked: 2026-11-22
          unverified: true
        - kind: hotline
          hotline: no_such_hotline
          checked: 26-11-22
          unverified: true
  - id: demo
    name: Demo again
    hosts:
      patterns: [demo.example]
      canonical_host: demo.example
      unverified: true
      checked: 2026-11-22
sources:
  demo_terms:
    title: Demo terms
    kind: official
";
        assert_eq!(
            problems(src),
            [
                "6:7: platforms[0].hosts: a fact without `sources` must be marked `unverified: true`",
                "6:32: platforms[0].hosts.patterns[1]: invalid host pattern `*.Demo.example`: write hosts in lower case",
                "6:50: platforms[0].hosts.patterns[2]: invalid host pattern `*.com`: a wildcard needs at least two labels after `*.`",
                "7:23: platforms[0].hosts.canonical_host: canonical host `www.other.example` is not covered by the platform's patterns",
                "8:37: platforms[0].hosts.rewrite_hosts[1]: rewrite host `demo.example` is listed twice",
                "9:16: platforms[0].hosts.checked: invalid `checked` date `2026-02-30`: expected a real date as YYYY-MM-DD",
                "13:16: platforms[0].channels.ncii[0].url: web_form url `http://demo.example/report` is not https",
                "14:33: platforms[0].channels.ncii[0].sources[1]: unknown source `nowhere`: it is not in the `sources` table",
                "16:11: platforms[0].channels.ncii[1]: nobody can use this `email` channel: it needs an `email`",
                "20:20: platforms[0].channels.ncii[2].hotline: unknown hotline `no_such_hotline`: it is not in the `hotlines` list",
                "21:20: platforms[0].channels.ncii[2].checked: invalid `checked` date `26-11-22`: expected a real date as YYYY-MM-DD",
                "23:9: platforms[1].id: duplicate platform id `demo`: an earlier entry has it",
            ]
        );
    }

    #[test]
    fn structural_problems_are_reported_at_their_place() {
        let cases: [(&str, &str, &str); 9] = [
            (
                "a YAML syntax error",
                "      patterns: [demo.example, \"*.demo.example\"]\n",
                "      patterns: [demo.example, \"*.demo.example\"\n",
            ),
            (
                "an unknown field",
                "          url: https://demo.example/report\n",
                "          url: https://demo.example/report\n          form_id: 12\n",
            ),
            ("an unknown category", "      ncii:\n", "      revenge:\n"),
            (
                "a wrong type",
                "        - kind: web_form\n",
                "        - kind: [web_form]\n",
            ),
            (
                "an unknown channel kind",
                "        - kind: web_form\n",
                "        - kind: fax\n",
            ),
            (
                "a missing field",
                "      canonical_host: www.demo.example\n",
                "",
            ),
            (
                "a repeated key",
                "    name: Demo\n",
                "    name: Demo\n    name: Demo 2\n",
            ),
            (
                "a wrong version",
                "schema_version: 1\n",
                "schema_version: 2\n",
            ),
            ("a missing version", "schema_version: 1\n", ""),
        ];
        let expected = [
            "7:7: did not find expected ',' or ']', while parsing a flow sequence at line 6 column 17",
            "14:11: platforms[0].channels.ncii[0]: unknown field `form_id`",
            "11:7: platforms[0].channels: unknown category `revenge`, expected one of",
            "12:17: platforms[0].channels.ncii[0].kind: invalid type: sequence, expected",
            "12:17: platforms[0].channels.ncii[0].kind: unknown variant `fax`, expected one of",
            "6:7: platforms[0].hosts: missing field `canonical_host`",
            "5:5: duplicate key `name`",
            "1:17: schema_version: unsupported schema_version `2`: this build reads version 1",
            "1:1: missing field `schema_version`",
        ];
        for ((what, from, to), expected) in cases.into_iter().zip(expected) {
            assert!(SMALL.contains(from), "{what}");
            let found = problems(&SMALL.replacen(from, to, 1));
            assert_eq!(found.len(), 1, "{what}: {found:?}");
            assert!(found[0].starts_with(expected), "{what}: {}", found[0]);
        }
    }

    #[test]
    fn misspelt_keys_do_not_hide_other_problems() {
        let src = SMALL
            .replacen("      ncii:\n", "      ncii:\n        - kind: email\n          emial: abuse@demo.example\n          unverified: true\n          checked: 2026-11-22\n", 1)
            .replacen("    name: Demo\n", "    name: Demo\n    nmae: Demo\n", 1)
            .replacen("          checked: 2026-11-22\nsources:", "          checked: 2026-13-01\n      revenge:\n        - kind: in_app\n          steps: [x]\n          unverified: true\n          checked: 2026-11-22\nsources:", 1);
        assert_eq!(
            problems(&src),
            [
                "5:5: platforms[0]: unknown field `nmae`, expected one of `id`, `name`, `operator`, `operator_unverified`, `hosts`, `channels`, `partner_programs`, `notes`, `removal_markers`",
                "13:11: platforms[0].channels.ncii[0]: nobody can use this `email` channel: it needs an `email`",
                "14:11: platforms[0].channels.ncii[0]: unknown field `emial`, expected one of `kind`, `title`, `url`, `email`, `phone`, `hotline`, `steps`, `who_can_report`, `account_required`, `government_id`, `asks_for`, `deadline`, `note`, `unverified`, `sources`, `checked`",
                "20:20: platforms[0].channels.ncii[1].checked: invalid `checked` date `2026-13-01`: expected a real date as YYYY-MM-DD",
                "21:7: platforms[0].channels: unknown category `revenge`, expected one of `ncii`, `impersonation`, `harassment`, `hacked_account`, `csam`, `privacy_doxxing`, `copyright`, `other`",
            ]
        );
    }

    #[test]
    fn more_semantic_checks() {
        let cases: [(&str, &str, &str); 11] = [
            (
                "an in_app channel without steps",
                "        - kind: web_form\n          url: https://demo.example/report\n",
                "        - kind: in_app\n",
            ),
            (
                "a bad e-mail",
                "          url: https://demo.example/report\n",
                "          url: https://demo.example/report\n          email: abuse(at)demo.example\n",
            ),
            ("a bad id", "  - id: demo\n", "  - id: Demo-1\n"),
            (
                "a source entry without title",
                "    title: Demo terms\n",
                "    title: \"\"\n",
            ),
            (
                "a marker with two matchers",
                "    channels:\n",
                "    removal_markers:\n      - status: 404\n        text: Gone\n        means: removed\n        unverified: true\n        checked: 2026-11-22\n    channels:\n",
            ),
            (
                "a hotline field on another kind",
                "          url: https://demo.example/report\n",
                "          url: https://demo.example/report\n          hotline: stopncii\n",
            ),
            (
                "a rewrite host outside the patterns",
                "      unverified: true\n",
                "      rewrite_hosts: [demo.other]\n      unverified: true\n",
            ),
            (
                "a host claimed by a built-in platform",
                "[demo.example, \"*.demo.example\"]",
                "[demo.example, \"*.demo.example\", youtu.be]",
            ),
            (
                "a host a built-in platform rewrites",
                "[demo.example, \"*.demo.example\"]",
                "[demo.example, \"*.demo.example\", m.youtube.com]",
            ),
            (
                "a bad source key, shown at the key",
                "sources:\n",
                "sources:\n  Bad-Key:\n    title: A\n    kind: weak\n",
            ),
            (
                "a canonical host another platform detects",
                "sources:\n",
                "  - id: other\n    name: Other\n    hosts:\n      patterns: [www.demo.example]\n      canonical_host: www.demo.example\n      unverified: true\n      checked: 2026-11-22\nsources:\n",
            ),
        ];
        let expected = [
            "12:11: platforms[0].channels.ncii[0]: nobody can use this `in_app` channel: it needs `steps` or a `url`",
            "14:18: platforms[0].channels.ncii[0].email: invalid e-mail address `abuse(at)demo.example`: it has no `@`",
            "3:9: platforms[0].id: invalid platform id `Demo-1`",
            "18:12: sources.demo_terms.title: `title` must not be empty",
            "11:9: platforms[0].removal_markers[0]: a removal marker needs exactly one of",
            "14:20: platforms[0].channels.ncii[0].hotline: `hotline` belongs on a `hotline` channel, not on `web_form`",
            "8:23: platforms[0].hosts.rewrite_hosts[0]: rewrite host `demo.other` is not covered",
            "6:50: platforms[0].hosts.patterns[2]: host pattern `youtu.be` already belongs to platform `youtube`",
            "6:17: platforms[0].hosts.patterns: these patterns take `m.youtube.com` from platform `youtube`, which relies on it",
            "17:3: sources.Bad-Key: invalid source key `Bad-Key`",
            "7:23: platforms[0].hosts.canonical_host: `www.demo.example` is detected as platform `other`",
        ];
        for ((what, from, to), expected) in cases.into_iter().zip(expected) {
            assert!(SMALL.contains(from), "{what}");
            let found = problems(&SMALL.replacen(from, to, 1));
            assert_eq!(found.len(), 1, "{what}: {found:?}");
            assert!(found[0].starts_with(expected), "{what}: {}", found[0]);
        }
    }

    #[test]
    fn dates_must_be_real() {
        for good in ["2026-11-22", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(is_real_date(good), "{good}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "2026/11/22",
            "22-11-2026",
            "0000-01-01",
            "2026-11-22T10:00",
            "２０２６-11-22",
            "",
        ] {
            assert!(!is_real_date(bad), "{bad}");
        }
    }

    #[test]
    fn language_codes_and_phone_numbers() {
        for good in ["ur", "en", "ps", "ur-pk", "fil"] {
            assert!(is_language(good), "{good}");
        }
        for bad in ["", "UR", "urdu", "ur_pk", "ur-", "u"] {
            assert!(!is_language(bad), "{bad}");
        }
        for good in [
            "15",
            "1799",
            "+1-800-843-5678",
            "0800-39393",
            "(051) 9106384",
        ] {
            assert_eq!(phone_problem(good), None, "{good}");
        }
        for bad in ["", "1", "1-800-THE-LOST", "call us"] {
            assert!(phone_problem(bad).is_some(), "{bad}");
        }
    }

    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(64))]

            #[test]
            fn check_survives_arbitrary_text(src in "\\PC{0,400}") {
                let _ = check(&src);
            }

            #[test]
            fn check_survives_yaml_like_text(
                src in "(schema_version: [0-9]\n)?(platforms:\n)?(  - id: [a-z]{1,4}\n)?([ \\-:\\[\\]{},\"'a-z0-9#&*!|>\n]{0,200})"
            ) {
                let _ = check(&src);
            }

            #[test]
            fn check_survives_damage_to_the_builtin_file(
                at in 0usize..BUILTIN.len(),
                cut in 0usize..200,
                insert in "[ \\-:\\[\\]{}a-z0-9\n\"]{0,8}",
            ) {
                let start = (0..=at).rev().find(|&i| BUILTIN.is_char_boundary(i)).unwrap_or(0);
                let end = (start + cut..=BUILTIN.len())
                    .find(|&i| BUILTIN.is_char_boundary(i))
                    .unwrap_or(BUILTIN.len());
                let damaged = format!("{}{insert}{}", &BUILTIN[..start], &BUILTIN[end..]);
                let _ = check(&damaged);
            }

            #[test]
            fn load_survives_arbitrary_files(src in "\\PC{0,300}") {
                let (_dir, path) = temp_file("fuzz", &src);
                let _ = Catalog::load(Some(&path));
            }
        }
    }
}
