//! What `wipe path` and `wipe case` print: the question asked first, then the destruction
//! report (what was destroyed, how, how long, and how sure erasure is here), as lines for people
//! or one JSON object for scripts. It names counts, never contents.

use indicatif::HumanBytes;
use serde::Serialize;

use crate::domain::ids::CaseId;
use crate::render::Printer;
use crate::wipe::media::{CryptoErase, Medium};
use crate::wipe::shred::{self, Tally};

/// What `wipe path` did.
#[derive(Debug, Serialize)]
pub(crate) struct PathReport<'a> {
    #[serde(flatten)]
    pub(crate) destroyed: Tally,
    pub(crate) passes: u32,
    pub(crate) seconds: f64,
    /// Items that could not be destroyed (left in place, named on stderr).
    pub(crate) failed: usize,
    pub(crate) media: &'a [Medium],
}

/// Asked before `wipe path` destroys anything.
pub(crate) fn path_question(planned: &Tally) -> String {
    format!(
        "Destroy {} file(s) ({}), {} folder(s) and {} link(s) or other entries for good? This cannot be undone.",
        planned.files,
        HumanBytes(planned.bytes),
        planned.directories,
        planned.other
    )
}

/// Each item `wipe path` could not destroy, on stderr, with the system's reason.
pub(crate) fn path_failures(printer: &Printer, failures: &[shred::Error]) {
    for failure in failures {
        let mut lines = vec![failure.to_string()];
        if let shred::Error::Io { source, .. } = failure {
            lines.push(format!("caused by: {source}"));
        }
        printer.error(&lines, None);
    }
}

pub(crate) fn path_report(printer: &Printer, report: &PathReport<'_>) -> std::io::Result<()> {
    if printer.json() {
        return printer.json_line(report);
    }
    let d = &report.destroyed;
    printer.line(&format_args!(
        "destroyed   {} file(s) ({}), {} folder(s), {} link(s) or other entries",
        d.files,
        HumanBytes(d.bytes),
        d.directories,
        d.other
    ))?;
    printer.line(&format_args!(
        "method      {} random overwrite pass(es), each synced to disk; then truncated, renamed at random, unlinked",
        report.passes
    ))?;
    let rate = d.bytes as f64 * f64::from(report.passes) / report.seconds.max(1e-6);
    printer.line(&format_args!(
        "time        {:.2} s ({}/s)",
        report.seconds,
        HumanBytes(rate as u64)
    ))?;
    for m in report.media {
        printer.line(&format_args!("erasure     {}", m.assessment))?;
    }
    if report.failed > 0 {
        printer.line(&format_args!(
            "not done    {} item(s) could not be destroyed and are still there (see above)",
            report.failed
        ))?;
    }
    Ok(())
}

/// What `wipe case` did: counts, method, time and how sure erasure is here. No content.
#[derive(Debug, Serialize)]
pub(crate) struct CaseReport<'a> {
    pub(crate) case: &'a CaseId,
    #[serde(flatten)]
    pub(crate) records: Records,
    /// The case's vault files overwritten and unlinked, by this run or one cut short before it.
    pub(crate) files: u64,
    pub(crate) bytes: u64,
    pub(crate) passes: u32,
    pub(crate) seconds: f64,
    /// Where the store is.
    pub(crate) medium: Medium,
    /// Where the evidence files are.
    pub(crate) vault_medium: Medium,
    /// Where the key file is; `None` for the OS keyring.
    pub(crate) key_medium: Option<Medium>,
    pub(crate) crypto_erase: CryptoErase,
    pub(crate) recovery_code: &'a str,
}

/// The records of a case that a wipe destroyed, counted before the rows went.
#[derive(Debug, Serialize)]
pub(crate) struct Records {
    pub(crate) links: i64,
    pub(crate) notes: i64,
    pub(crate) observations: i64,
    pub(crate) events: i64,
    /// Evidence items and hash-only records.
    pub(crate) evidence: i64,
}

/// Asked before `wipe case` destroys a case with `links` links.
pub(crate) fn case_question(case: &CaseId, links: i64) -> String {
    format!(
        "Wipe case `{case}` for good: {links} link(s) and everything recorded about them, its notes, history and evidence? Nothing of it can be recovered, and the case store gets a new key and a new recovery code."
    )
}

/// The report, naming the `others` cases whose wipe was cut short and finished since.
pub(crate) fn case_report(
    printer: &Printer,
    report: &CaseReport<'_>,
    others: &[&CaseId],
) -> std::io::Result<()> {
    if printer.json() {
        return printer.json_line(report);
    }
    let r = &report.records;
    printer.line(&format_args!("wiped        {}", report.case))?;
    for other in others {
        printer.line(&format_args!(
            "also wiped   {other} (a wipe cut short, finished since)"
        ))?;
    }
    printer.line(&format_args!(
        "destroyed    {} link(s) with {} observation(s), {} note(s), {} history entries, {} evidence item(s) and hash record(s); {} vault file(s) ({}) and the case's evidence key",
        r.links,
        r.observations,
        r.notes,
        r.events,
        r.evidence,
        report.files,
        HumanBytes(report.bytes)
    ))?;
    printer.line(&format_args!(
        "method       rows deleted (secure_delete); files overwritten ({} random pass(es)), renamed, unlinked; store copied afresh (vacuumed) under a new key; old store file overwritten; {}",
        report.passes,
        if report.key_medium.is_some() {
            "old key file overwritten"
        } else {
            "old key replaced in the OS keyring"
        }
    ))?;
    printer.line(&format_args!("time         {:.2} s", report.seconds))?;
    printer.line(&format_args!("erasure      {}", report.medium.assessment))?;
    if report.vault_medium.assessment != report.medium.assessment {
        printer.line(&format_args!(
            "erasure      evidence files: {}",
            report.vault_medium.assessment
        ))?;
    }
    printer.line(&format_args!(
        "crypto-erase {}",
        report.crypto_erase.assessment
    ))?;
    printer.note(&"New recovery code (write it down, keep it offline; the old one no longer opens the store):");
    printer.line(&report.recovery_code)
}

/// A wipe finished by another command since: its new recovery code is still to be shown.
pub(crate) fn code_not_shown(printer: &Printer, case: &CaseId) {
    printer.warn(&format_args!(
        "case `{case}` was wiped and the case store has a new key: run `takedown wipe case {case}` to see the new recovery code (the old one no longer opens the store)"
    ));
}
