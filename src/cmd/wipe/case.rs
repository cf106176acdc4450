use std::time::Instant;

use anyhow::Context as _;
use indicatif::HumanBytes;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::domain::case::{CaseAction, CaseStatus};
use crate::domain::ids::CaseId;
use crate::domain::{recovery, stats};
use crate::error::ExitStatus;
use crate::store::{PendingWipe, WipeCounts, WipeStage};
use crate::wipe::media::{self, Medium};
use crate::wipe::shred::{self, Tally};

#[derive(Debug, clap::Args)]
pub(crate) struct CaseArgs {
    /// The case to wipe
    id: CaseId,
    /// Go ahead without asking (needed when there is no terminal)
    #[arg(short = 'y', long)]
    yes: bool,
}

/// The destruction report: counts, method, time and how sure erasure is here. No content.
#[derive(Debug, Serialize)]
struct CaseReport<'a> {
    case: &'a CaseId,
    #[serde(flatten)]
    records: WipeCounts,
    /// Evidence files overwritten and unlinked by this run.
    files: u64,
    bytes: u64,
    passes: u32,
    seconds: f64,
    medium: Medium,
    crypto_erase: &'static str,
    recovery_code: &'a str,
}

const CRYPTO_ERASE: &str = "the store was copied afresh under a new random key and the old key destroyed: anything of the case still in freed blocks (the old store file's write-ahead log, copies a disk keeps) is encrypted under a key that no longer exists, unless it survives elsewhere: destroy the old recovery code and any backup of the old key";

pub(super) fn run(args: CaseArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let settings = ctx.settings()?;
    let passes = ctx.wipe_passes()?;
    let printer = ctx.printer();
    let store =
        crate::wipe::case::open(settings, &|| Ok(passes), &indicatif::ProgressBar::hidden())?;
    let summary = store.case_summary(&args.id)?;
    let started = Instant::now();
    let (store, tally) = if summary.status == CaseStatus::Wiped {
        // Finished by another command after a wipe was cut short: only the report is missing.
        if !store.pending_wipes()?.iter().any(|w| w.case == args.id) {
            anyhow::bail!("case `{}` is already wiped", args.id);
        }
        (store, Tally::default())
    } else {
        summary
            .status
            .after(CaseAction::Wipe)
            .with_context(|| format!("cannot wipe case `{}`", args.id))?;
        let question = format!(
            "Wipe case `{}` for good: {} link(s) and everything recorded about them, its notes, history and evidence? Nothing of it can be recovered, and the case store gets a new key and a new recovery code.",
            args.id, summary.links
        );
        if !args.yes && !crate::cmd::confirm(&question)? {
            anyhow::bail!("nothing was wiped");
        }
        let vault = crate::vault::Vault::new(&settings.home);
        let catalog = ctx.catalog()?;
        let deadline = |facts: &stats::LinkFacts| stats::deadline_hours(catalog, facts);
        store
            .begin_wipe(&args.id, |dir| vault.case_dir(dir), &deadline, ctx.now())
            .with_context(|| format!("cannot wipe case `{}`", args.id))?;
        let vault_bytes: u64 = store
            .pending_wipes()?
            .iter()
            .flat_map(|w| &w.paths)
            .filter_map(|p| shred::survey(p).ok())
            .map(|t| t.bytes)
            .sum();
        let bar = printer.byte_progress(vault_bytes * u64::from(passes));
        let finished = crate::wipe::case::finish(store, settings, passes, &bar)?;
        bar.finish_and_clear();
        finished
    };
    let wipes = store.pending_wipes()?;
    let wipe = wipes
        .iter()
        .find(|w| w.case == args.id && w.stage == WipeStage::ShowCode)
        .context("the wipe journal lost this case's entry")?;
    let key = crate::wipe::case::current_key(settings)?;
    let code = recovery::encode(key.expose());
    let medium = media::of(&settings.home)?;
    render(
        ctx,
        &CaseReport {
            case: &args.id,
            records: wipe.counts,
            files: tally.files,
            bytes: tally.bytes,
            passes,
            seconds: started.elapsed().as_secs_f64(),
            medium,
            crypto_erase: CRYPTO_ERASE,
            recovery_code: code.as_str(),
        },
        &wipes,
    )?;
    // Only once the code is out: a run that dies before shows it again next time.
    store.wipe_codes_shown()?;
    Ok(ExitStatus::Success)
}

fn render(ctx: &Ctx<'_>, report: &CaseReport<'_>, wipes: &[PendingWipe]) -> std::io::Result<()> {
    let printer = ctx.printer();
    if printer.json() {
        return printer.json_line(report);
    }
    let r = &report.records;
    printer.line(&format_args!("wiped        {}", report.case))?;
    for other in wipes.iter().filter(|w| &w.case != report.case) {
        printer.line(&format_args!(
            "also wiped   {} (a wipe cut short, finished since)",
            other.case
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
        "method       rows deleted (secure_delete); files overwritten ({} random pass(es)), renamed, unlinked; store copied afresh (vacuumed) under a new key; old store file overwritten; old key destroyed",
        report.passes
    ))?;
    printer.line(&format_args!("time         {:.2} s", report.seconds))?;
    printer.line(&format_args!("erasure      {}", report.medium.assessment))?;
    printer.line(&format_args!("crypto-erase {}", report.crypto_erase))?;
    printer.note(&"New recovery code (write it down, keep it offline; the old one no longer opens the store):");
    printer.line(&report.recovery_code)
}
