//! `hash --match` / `--against`: each picture's PDQ (all 8 dihedral variants) against every
//! picture the store knows. Matches are leads for a person to confirm by looking.

use serde::Serialize;

use super::Hashed;
use crate::ctx::Ctx;
use crate::domain::ids::CaseId;
use crate::domain::matching::{Found, Index, Known};
use crate::error::ExitStatus;
use crate::render::Table;

/// One line of `hash --match --json`: the file, then every stored file with the same bytes and
/// every stored picture within the threshold.
#[derive(Debug, Serialize)]
struct MatchLine<'a> {
    path: &'a str,
    sha256: &'a str,
    pdq: Option<String>,
    quality: Option<u8>,
    /// False for non-images and for hashes below Meta's quality threshold: never matched.
    matchable: bool,
    matches: &'a [MatchItem<'a>],
}

#[derive(Debug, Serialize)]
struct MatchItem<'a> {
    #[serde(flatten)]
    known: &'a Known,
    distance: u32,
    /// The file's dihedral variant that came closest (`original` unless mirrored or rotated), or
    /// `identical` for the same bytes.
    variant: &'static str,
}

pub(super) fn run(
    hashed: &[Hashed],
    against: Option<&CaseId>,
    threshold: u32,
    ctx: &Ctx<'_>,
) -> anyhow::Result<ExitStatus> {
    let printer = ctx.printer();
    let store = ctx.store()?;
    let index: Index = store.known_images(against)?;
    let same_bytes = store.known_files(against)?;
    let mut table = Table::new(&["PATH", "DISTANCE", "VARIANT", "CASE", "MATCHES"]);
    let (mut total, mut files) = (0, 0);
    for h in hashed {
        let identical = same_bytes.get(&h.sha256).map_or(&[][..], Vec::as_slice);
        let similar: Vec<Found<'_>> = h
            .pdq
            .as_ref()
            .map(|p| index.matches(p, threshold))
            .unwrap_or_default();
        let found: Vec<MatchItem<'_>> = identical
            .iter()
            .map(|known| MatchItem {
                known,
                distance: 0,
                variant: "identical",
            })
            .chain(
                similar
                    .iter()
                    .filter(|f| !identical.contains(f.known))
                    .map(|f| MatchItem {
                        known: f.known,
                        distance: f.distance,
                        variant: f.variant.as_str(),
                    }),
            )
            .collect();
        match &h.pdq {
            None => printer.note(&format!(
                "`{}`: not an image, so matched by identical bytes (SHA-256) only",
                h.path
            )),
            Some(p) if !p.is_matchable() => printer.note(&format!(
                "`{}`: PDQ quality {} is below 50, too weak to match on",
                h.path, p.quality
            )),
            Some(_) => {}
        }
        total += found.len();
        files += usize::from(!found.is_empty());
        if printer.json() {
            printer.json_line(&MatchLine {
                path: &h.path,
                sha256: &h.sha256,
                pdq: h.pdq.as_ref().map(|p| p.hash.to_string()),
                quality: h.pdq.as_ref().map(|p| p.quality),
                matchable: h.pdq.as_ref().is_some_and(|p| p.is_matchable()),
                matches: &found,
            })?;
        }
        for f in &found {
            table.push(vec![
                h.path.clone(),
                f.distance.to_string(),
                f.variant.to_owned(),
                f.known.case.to_string(),
                f.known.source.to_string().replace('`', ""),
            ]);
        }
    }
    if !printer.json() && total > 0 {
        table.write(&mut std::io::stdout().lock())?;
    }
    let pictures = if index.len() == 1 {
        "picture"
    } else {
        "pictures"
    };
    let within = format!(
        "within {threshold} bits of {} stored {pictures}",
        index.len()
    );
    if total == 0 {
        printer.note(&format!("no match {within}"));
        return Ok(ExitStatus::Success);
    }
    let matches = if total == 1 { "match" } else { "matches" };
    printer.note(&format!(
        "{total} possible {matches} for {files} of {} files {within}: each is a lead, \
         confirm it by looking",
        hashed.len()
    ));
    Ok(ExitStatus::Attention)
}
