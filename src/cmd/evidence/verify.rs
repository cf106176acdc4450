//! `evidence verify`: every item is decrypted and re-hashed, every custody log re-chained.

use std::io;

use serde::Serialize;

use crate::ctx::Ctx;
use crate::domain::custody::{self, CustodyAction};
use crate::domain::ids::{CaseId, EvidenceId};
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::render::Table;
use crate::store::StampRecord;
use crate::tsp;

/// Decrypt and re-hash evidence, check timestamps and the custody logs; exit 1 naming what failed
///
/// Each item is decrypted with its case key and its SHA-256 and size compared with what was
/// recorded when it was added; its RFC 3161 token, when it has one, must carry a signature that
/// verifies, by a time-stamping certificate that chains to `timestamp.trust`, over that SHA-256
/// (an item not yet stamped is reported, not a failure); each case's custody log is checked
/// entry by entry; a file in a case's vault that belongs to no item fails too. A successful run
/// is itself logged as `verified`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown evidence verify                  every case with evidence
  takedown evidence verify --case C-7KQ2 --json")]
pub(crate) struct VerifyArgs {
    /// Only this case
    #[arg(long, value_name = "CASE")]
    case: Option<CaseId>,
}

/// One line of the result: an item, a vault file that belongs to no item (`vault_file`), or a
/// case's custody log (`evidence` null, no `vault_file`).
#[derive(Debug, Serialize)]
struct Checked {
    case: CaseId,
    evidence: Option<EvidenceId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    vault_file: Option<String>,
    ok: bool,
    problem: Option<String>,
    /// An item's timestamp: `stamped …`, `queued`, `not stamped`; never a failure by itself.
    #[serde(skip_serializing_if = "Option::is_none")]
    timestamp: Option<String>,
}

pub(crate) fn run(args: VerifyArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    // Each verification is logged in the case's custody log, with who ran it.
    let by = ctx.staff()?;
    let store = ctx.store()?;
    let cases = match args.case {
        Some(case) => {
            crate::cmd::gate(ctx, &case, CaseOp::EvidenceVerify)?;
            vec![case]
        }
        None => store.cases_with_evidence()?,
    };
    let mut results = Vec::new();
    // Read once, on the first token: a store without tokens needs no trust file.
    let mut trust = None;
    for case in &cases {
        let items = store.evidence_list(Some(case))?;
        let log = store.custody(case)?;
        let before = results.len();
        results.push(Checked {
            case: case.clone(),
            evidence: None,
            vault_file: None,
            ok: true,
            problem: custody::check(&log).err().map(|b| b.to_string()),
            timestamp: None,
        });
        if store.case_vault(case)?.is_some() {
            let super::CaseKeys { vault, key, dir } = super::existing_key(ctx, case)?;
            let bar = ctx
                .printer()
                .byte_progress(items.iter().map(|i| i.size).sum());
            let stamps = store.stamps(Some(case))?;
            for item in &items {
                let (timestamp, stamp_problem) =
                    stamp(ctx, &mut trust, stamps.get(&item.id), &item.sha256);
                let problem = match vault.copy_out(&key, &dir, &item.vault_file, &mut io::sink()) {
                    Ok(d) if d.sha256 == item.sha256 && d.size == item.size => stamp_problem,
                    Ok(_) => Some("its bytes do not match the recorded SHA-256".to_owned()),
                    Err(err) => Some(
                        anyhow::Error::new(err)
                            .chain()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(": "),
                    ),
                };
                bar.inc(item.size);
                results.push(Checked {
                    case: case.clone(),
                    evidence: Some(item.id.clone()),
                    vault_file: None,
                    ok: true,
                    problem,
                    timestamp: Some(timestamp),
                });
            }
            bar.finish_and_clear();
            // Random names, never what the files held: safe to show.
            for path in vault.case_files(&dir)? {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                let name = name.unwrap_or_default();
                if !items.iter().any(|i| i.vault_file == name) {
                    results.push(Checked {
                        case: case.clone(),
                        evidence: None,
                        vault_file: Some(name),
                        ok: true,
                        problem: Some("belongs to no evidence item (left by an add that was cut short); `wipe case` destroys it".to_owned()),
                        timestamp: None,
                    });
                }
            }
        }
        let failed = results[before..]
            .iter_mut()
            .map(|r| {
                r.ok = r.problem.is_none();
                !r.ok
            })
            .filter(|f| *f)
            .count();
        let detail = format!("{} items, {failed} problems", items.len());
        store.log_custody(case, CustodyAction::Verified, None, &detail, by, ctx.now())?;
    }
    ctx.printer().rows(&results, || table(&results))?;
    let failed: Vec<String> = results
        .iter()
        .filter(|r| !r.ok)
        .map(|r| match (&r.evidence, &r.vault_file) {
            (Some(id), _) => id.to_string(),
            (None, Some(file)) => format!("vault file {file} of {}", r.case),
            (None, None) => format!("custody log of {}", r.case),
        })
        .collect();
    if failed.is_empty() {
        Ok(ExitStatus::Success)
    } else {
        ctx.printer()
            .warn(&format!("verification failed: {}", failed.join(", ")));
        Ok(ExitStatus::Attention)
    }
}

/// An item's token checked: what the TIMESTAMP column says, and the problem when it fails.
fn stamp(
    ctx: &Ctx<'_>,
    trust: &mut Option<Result<tsp::Trust, String>>,
    record: Option<&StampRecord>,
    sha256: &str,
) -> (String, Option<String>) {
    let Some(token) = record.and_then(|r| r.token.as_deref()) else {
        let state = if record.is_some() {
            "queued"
        } else {
            "not stamped"
        };
        return (state.to_owned(), None);
    };
    let trust =
        trust.get_or_insert_with(|| super::timestamp::trust(ctx).map_err(|e| format!("{e:#}")));
    let checked = match (trust, super::timestamp::sha256_bytes(sha256)) {
        (Err(why), _) => Err(format!("its timestamp cannot be checked: {why}")),
        (_, Err(why)) => Err(format!("its timestamp cannot be checked: {why:#}")),
        (Ok(trust), Ok(digest)) => tsp::verify(token, &digest, trust)
            .map_err(|e| format!("its timestamp does not verify: {e}")),
    };
    match checked {
        Ok(stamp) => (format!("stamped {}", stamp.time), None),
        Err(problem) => ("stamped, failed".to_owned(), Some(problem)),
    }
}

fn table(results: &[Checked]) -> Table<'static> {
    let mut table = Table::new(&["CASE", "ITEM", "TIMESTAMP", "RESULT"]);
    for r in results {
        table.push(vec![
            r.case.to_string(),
            match (&r.evidence, &r.vault_file) {
                (Some(id), _) => id.to_string(),
                (None, Some(file)) => format!("vault file {file}"),
                (None, None) => "custody log".to_owned(),
            },
            r.timestamp.clone().unwrap_or_default(),
            r.problem.clone().unwrap_or_else(|| "ok".to_owned()),
        ]);
    }
    table
}
