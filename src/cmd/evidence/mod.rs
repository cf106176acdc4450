//! `takedown evidence …`: the encrypted evidence vault of a case, its custody log, exports for
//! law enforcement and metadata stripping. Glue only: encryption in `vault`, rules in `domain`,
//! SQL in `store`.

use std::path::PathBuf;

use anyhow::Context as _;

use crate::ctx::Ctx;
use crate::domain::ids::{CaseId, EvidenceId};
use crate::error::ExitStatus;
use crate::store::{CaseVault, Store};
use crate::vault::{CaseKey, Vault};

mod add;
mod add_hash;
mod capture;
mod export;
mod input;
mod item;
mod names;
pub(crate) mod share;
mod strip;
pub(crate) mod timestamp;
mod verify;
mod view;

/// Keep evidence safe: an encrypted vault per case, with a chain-of-custody log
///
/// Files are encrypted with the case's own key, which exists only inside the encrypted store,
/// and kept under random names; original names and source URLs are only in the store. Every
/// action on evidence is appended to the case's hash-chained custody log.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum EvidenceCommand {
    Add(add::AddArgs),
    /// List evidence items
    #[command(after_long_help = "\
Examples:
  takedown evidence list --case C-7KQ2
  takedown evidence list --json")]
    List {
        /// Only evidence of this case
        #[arg(long, value_name = "CASE")]
        case: Option<CaseId>,
    },
    /// Show an evidence item's record (logged as `viewed` in the custody log)
    Show {
        id: EvidenceId,
    },
    /// Print a case's custody log, oldest entry first
    Log {
        /// The case whose log to print
        #[arg(long, value_name = "CASE")]
        case: CaseId,
    },
    /// Write an evidence item's original bytes to a file (logged as `opened`)
    ///
    /// The bytes are checked against the SHA-256 recorded when the item was added; on a mismatch
    /// nothing is left at the destination.
    #[command(after_long_help = "\
Examples:
  takedown evidence open E-7KQ2X --out photo.jpg
  takedown evidence open E-7KQ2X --out - | sha256sum")]
    Open {
        id: EvidenceId,
        /// Where to write it (`-` for stdout); an existing file is never overwritten
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    Verify(verify::VerifyArgs),
    AddHash(add_hash::AddHashArgs),
    Capture(capture::CaptureArgs),
    Timestamp(timestamp::TimestampArgs),
    Strip(strip::StripArgs),
    Export(export::ExportArgs),
}

pub(crate) fn run(command: EvidenceCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        EvidenceCommand::Add(args) => add::run(args, ctx),
        EvidenceCommand::List { case } => view::list(case.as_ref(), ctx),
        EvidenceCommand::Show { id } => view::show(&id, ctx),
        EvidenceCommand::Log { case } => view::log(&case, ctx),
        EvidenceCommand::Open { id, out } => view::open(&id, &out, ctx),
        EvidenceCommand::Verify(args) => verify::run(args, ctx),
        EvidenceCommand::AddHash(args) => add_hash::run(args, ctx),
        EvidenceCommand::Capture(args) => capture::run(args, ctx),
        EvidenceCommand::Timestamp(args) => timestamp::run(args, ctx),
        EvidenceCommand::Strip(args) => strip::run(args, ctx),
        EvidenceCommand::Export(args) => export::run(args, ctx),
    }
}

/// A case's vault, key and directory: what reading or writing its evidence needs.
struct CaseKeys {
    vault: Vault,
    key: CaseKey,
    dir: String,
}

/// The vault and the key of a case that already has evidence.
fn existing_key(ctx: &Ctx<'_>, case: &CaseId) -> anyhow::Result<CaseKeys> {
    let vault = Vault::new(&ctx.settings()?.home);
    let found = ctx
        .store()?
        .case_vault(case)?
        .with_context(|| format!("case `{case}` has no evidence vault"))?;
    let key = CaseKey::from_stored(age::secrecy::ExposeSecret::expose_secret(&found.identity))?;
    Ok(CaseKeys {
        vault,
        key,
        dir: found.dir,
    })
}

/// The vault and the key of a case that takes new evidence, made on first use. The caller has
/// asked the state table whether the case takes evidence.
fn key_for_new_evidence(ctx: &Ctx<'_>, store: &Store, case: &CaseId) -> anyhow::Result<CaseKeys> {
    if store.case_vault(case)?.is_none() {
        let key = CaseKey::generate();
        // Two `evidence add` racing on a new case: the first key recorded is the case's key,
        // and both read it back below.
        store.create_case_vault(
            case,
            &CaseVault {
                identity: key.to_stored(),
                dir: Vault::new_dir_name()?,
            },
            ctx.now(),
        )?;
    }
    existing_key(ctx, case)
}
