//! Reading the platform catalogue: the built-in `platforms.yaml`, optionally with a user file
//! merged over it, becomes a `domain::catalog::Catalog`; and `check`, which lists every problem
//! of such a file with its line and column.
//!
//! The catalogue's records and lookups are domain (`domain::catalog`); this module holds what
//! the file adds: its top level (`PlatformsFile`), reading it (`load`, through `config::yaml`),
//! merging a user file over the built-in one (`merge`) and checking every fact (`validate`).

#[cfg(test)]
mod builtin_probes;
mod load;
mod merge;
#[cfg(test)]
mod share_links;
#[cfg(test)]
mod tests;
mod translations;
mod validate;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;

use super::yaml;
use crate::domain::catalog::{
    Hotline, Jurisdiction, Platform, RemovalMarker, Source, TrackingParams,
};

pub(crate) use super::yaml::Diagnostic;
pub(crate) use load::{check, read_user_file};
pub(crate) use translations::untranslated;

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

/// The top level of a platforms file; the records it lists are the catalogue's own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[serde(expecting = "a platforms file: a mapping that starts with `schema_version: 1`")]
struct PlatformsFile {
    /// Read and checked through [`Header`] first; listed so the key is known here.
    #[serde(rename = "schema_version")]
    _schema_version: serde::de::IgnoredAny,
    #[serde(default)]
    default_removal_markers: Vec<RemovalMarker>,
    /// Tracking parameters dropped from every link; a user file's lists are added to these.
    #[serde(default)]
    tracking_params: Vec<TrackingParams>,
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
