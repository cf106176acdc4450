//! Parsing a platforms file, then validating and merging it: one pass that collects every
//! problem of the file, so `platforms check` shows them all at once.

use std::collections::HashSet;
use std::path::Path;

use super::merge::merge;
use super::validate::{Names, Problems, locate, validate};
use super::{Error, Header, PlatformsFile};
use crate::config::yaml::{self, Diagnostic, NodePath};
use crate::domain::catalog::Catalog;

/// The built-in catalogue, compiled into the binary so that it works with no files around.
pub(super) const BUILTIN: &str = include_str!("../../../platforms.yaml");

/// The only `schema_version` this build reads.
const SCHEMA_VERSION: u32 = 1;

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
pub(super) fn prepare(src: &str, base: Option<Catalog>) -> Result<Catalog, Vec<Diagnostic>> {
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
    super::translations::validate(&file, &mut problems);
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
