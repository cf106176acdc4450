//! `evidence add-hash`: hashes a victim made at home, recorded on the case with no image.

use std::path::{Path, PathBuf};

use crate::ctx::Ctx;
use crate::domain::hash_list;
use crate::domain::ids::CaseId;
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;

/// A hash list is text: 64 MiB holds about half a million rows and keeps memory bounded.
const MAX_INPUT: u64 = 64 * 1024 * 1024;

/// Record a victim's hash list (from `takedown hash --export`) on a case, with no images
///
/// The list is CSV with a header: `sha256,pdq,quality`, and `path` when the victim asked for it
/// (file names are never stored). The hashes are kept in the encrypted store, matched against
/// re-uploads, and destroyed with the case. Bad lines are reported by number; the good ones are
/// kept.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown evidence add-hash --case C-7KQ2 hashes.csv
  takedown evidence add-hash --case C-7KQ2 - < hashes.csv")]
pub(crate) struct AddHashArgs {
    /// The case the hashes belong to
    #[arg(long, value_name = "CASE")]
    case: CaseId,
    /// The hash list (`-` for stdin)
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

pub(crate) fn run(args: AddHashArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    crate::cmd::gate(ctx, &args.case, CaseOp::EvidenceAddHash)?;
    let text = if args.file == Path::new("-") {
        super::super::read_stdin(MAX_INPUT)?
    } else {
        crate::input::read_text(&args.file, MAX_INPUT)
            .map_err(|e| crate::input::named(&args.file, e))?
    };
    let (rows, bad) = hash_list::parse(&text)?;
    let printer = ctx.printer();
    for b in &bad {
        printer.error(&[format!("line {}: {}", b.line, b.why)], None);
    }
    let added = ctx
        .store()?
        .add_hash_records(&args.case, &rows, ctx.staff()?, ctx.now())?;
    if printer.json() {
        printer.json_line(&serde_json::json!({
            "case": args.case,
            "added": added,
            "already_recorded": rows.len() - added,
            "bad_lines": bad.len(),
        }))?;
    } else {
        printer.line(&format!(
            "{added} hashes recorded on {} ({} already there, {} bad lines)",
            args.case,
            rows.len() - added,
            bad.len()
        ))?;
    }
    Ok(if bad.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::Failure
    })
}
