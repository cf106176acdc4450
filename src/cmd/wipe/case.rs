use std::path::Path;
use std::time::Instant;

use anyhow::Context as _;

use crate::ctx::Ctx;
use crate::domain::case::CaseStatus;
use crate::domain::deadline::{self, LinkClock};
use crate::domain::ids::CaseId;
use crate::domain::recovery;
use crate::domain::states::{self, CaseOp};
use crate::error::ExitStatus;
use crate::home::Home;
use crate::render::wipe::{self as render, CaseReport, Records};
use crate::secrets::SecretLocation;
use crate::store::WipeStage;
use crate::wipe::media::{self, Medium};

#[derive(Debug, clap::Args)]
pub(crate) struct CaseArgs {
    /// The case to wipe
    id: CaseId,
    /// Go ahead without asking (needed when there is no terminal)
    #[arg(short = 'y', long)]
    yes: bool,
}

pub(super) fn run(args: CaseArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let by = ctx.staff()?;
    let settings = ctx.settings()?;
    let passes = ctx.wipe_passes()?;
    let printer = ctx.printer();
    let home = ctx.home()?;
    let store = home.open_store(&|| Ok(passes), &indicatif::ProgressBar::hidden())?;
    let summary = store.case_summary(&args.id)?;
    let finishing = summary.status == CaseStatus::Wiped
        && store.pending_wipes()?.iter().any(|w| w.case == args.id);
    let store = if finishing {
        // Finished by another command after a wipe was cut short: only the report is missing,
        // and the journal holds what it needs.
        store
    } else {
        states::permit(CaseOp::Wipe, &args.id, summary.status)?;
        let question = render::case_question(&args.id, summary.links);
        if !args.yes && !crate::cmd::confirm(&question)? {
            anyhow::bail!("nothing was wiped");
        }
        let started = Instant::now();
        let vault = crate::vault::Vault::new(&settings.home);
        let catalog = ctx.catalog()?;
        let deadline = |link: &LinkClock| deadline::of_link(catalog, link).map(|d| d.at);
        store
            .begin_wipe(
                &args.id,
                |dir| vault.case_dir(dir),
                &deadline,
                by,
                ctx.now(),
            )
            .with_context(|| format!("cannot wipe case `{}`", args.id))?;
        let bar = printer.byte_progress(crate::wipe::case::bytes_left(&store)? * u64::from(passes));
        let finished = crate::wipe::case::finish(
            store,
            home.store_path(),
            home.backend(),
            passes,
            &bar,
            started,
        )?;
        bar.finish_and_clear();
        finished
    };
    let wipes = store.pending_wipes()?;
    let wipe = wipes
        .iter()
        .find(|w| w.case == args.id && w.stage == WipeStage::ShowCode)
        .context("the wipe journal lost this case's entry")?;
    let key = home.current_key()?;
    let code = recovery::encode(key.expose());
    let (medium, vault_medium, key_medium) = media_of(&settings.home, home)?;
    let crypto_erase = media::crypto_erase(key_medium.as_ref(), &[&medium, &vault_medium]);
    let counts = wipe.counts;
    let files = wipe.files.unwrap_or_default();
    let others: Vec<&CaseId> = wipes
        .iter()
        .map(|w| &w.case)
        .filter(|c| *c != &args.id)
        .collect();
    render::case_report(
        printer,
        &CaseReport {
            case: &args.id,
            records: Records {
                links: counts.links,
                notes: counts.notes,
                observations: counts.observations,
                events: counts.events,
                evidence: counts.evidence,
            },
            files: files.files,
            bytes: files.bytes,
            passes,
            seconds: wipe.seconds,
            medium,
            vault_medium,
            key_medium,
            crypto_erase,
            recovery_code: code.as_str(),
        },
        &others,
    )?;
    // Only once the code is out: a run that dies before shows it again next time.
    store.wipe_codes_shown()?;
    Ok(ExitStatus::Success)
}

/// Where the store, the vault and the key file (`None`: the OS keyring) of the home in `dir` are.
fn media_of(dir: &Path, home: &Home) -> anyhow::Result<(Medium, Medium, Option<Medium>)> {
    let store = media::of(home.store_path())?;
    // A store whose cases never had evidence has no vault yet: its files would go beside the store.
    let vault = crate::vault::Vault::new(dir);
    let vault = media::of(vault.root()).or_else(|_| media::of(dir))?;
    let key = match home.secret() {
        SecretLocation::KeyFile { path } => Some(media::of(path)?),
        SecretLocation::Keyring { .. } => None,
    };
    Ok((store, vault, key))
}
