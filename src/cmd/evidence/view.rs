//! Reading the vault: `evidence list`, `show`, `log` and `open`.

use std::io::{self, Write as _};
use std::path::Path;

use anyhow::Context as _;

use crate::ctx::Ctx;
use crate::domain::custody::CustodyAction;
use crate::domain::ids::{CaseId, EvidenceId};
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::render;
use crate::render::evidence::{CaptureView, EvidenceView, StampView};
use crate::store::{EvidenceRecord, StampRecord};

/// Every item's timestamp request, by item.
pub(super) type Stamps = std::collections::HashMap<EvidenceId, StampRecord>;

/// An item of `evidence list --json`: its record and its timestamp's state.
#[derive(serde::Serialize)]
struct Listed<'a> {
    #[serde(flatten)]
    item: &'a EvidenceRecord,
    timestamp: StampView<'a>,
}

pub(super) fn list(case: Option<&CaseId>, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if let Some(case) = case {
        crate::cmd::gate(ctx, case, CaseOp::EvidenceList)?;
    }
    let store = ctx.store()?;
    let items = store.evidence_list(case)?;
    let stamps = store.stamps(case)?;
    let listed: Vec<Listed<'_>> = items
        .iter()
        .map(|item| Listed {
            item,
            timestamp: stamp_view(stamps.get(&item.id)),
        })
        .collect();
    let printer = ctx.printer();
    printer.rows(&listed, || {
        render::evidence::table(&items.iter().map(|i| view(i, &stamps)).collect::<Vec<_>>())
    })?;
    if !items.is_empty() && ctx.config()?.timestamp.tsa.is_empty() {
        printer.note(
            &"no time-stamping authority is configured (`timestamp.tsa` in config.yaml): items are not stamped",
        );
    }
    Ok(ExitStatus::Success)
}

pub(super) fn show(id: &EvidenceId, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store()?;
    let item = store.evidence(id)?;
    crate::cmd::gate(ctx, &item.case, CaseOp::EvidenceShow)?;
    let by = ctx.staff()?;
    store.log_custody(
        &item.case,
        CustodyAction::Viewed,
        Some(id),
        "",
        by,
        ctx.now(),
    )?;
    let capture = store.capture(id)?;
    let stamps = store.stamps(Some(&item.case))?;
    let printer = ctx.printer();
    if printer.json() {
        let mut shown = serde_json::to_value(&item)?;
        if let Some(fields) = shown.as_object_mut() {
            if let Some(capture) = &capture {
                fields.insert("capture".to_owned(), serde_json::to_value(capture)?);
            }
            let stamp = stamp_view(stamps.get(id));
            fields.insert("timestamp".to_owned(), serde_json::to_value(stamp)?);
        }
        printer.json_line(&shown)?;
    } else {
        let mut shown = view(&item, &stamps);
        shown.capture = capture.as_ref().map(|c| CaptureView {
            link: &c.link,
            hops: c.hops,
            status: c.status,
            certificate_sha256: c.certificate_sha256.as_deref(),
            picture_sha256: c.picture_sha256.as_deref(),
            picture_pdq: c.picture_pdq.as_ref().map(|p| p.0.as_str()),
            with_media: c.with_media,
        });
        printer.line(&render::evidence::describe(&shown))?;
    }
    Ok(ExitStatus::Success)
}

/// What `render` shows of a stored evidence item.
pub(super) fn view<'a>(item: &'a EvidenceRecord, stamps: &'a Stamps) -> EvidenceView<'a> {
    EvidenceView {
        id: &item.id,
        case: &item.case,
        sha256: &item.sha256,
        md5: item.md5.as_deref(),
        size: item.size,
        media_type: &item.media_type,
        original_name: item.original_name.as_deref(),
        source_url: item.source_url.as_ref(),
        captured_at: item.captured_at,
        added_at: item.added_at,
        pdq: item.pdq.as_deref(),
        quality: item.quality,
        derived_from: item.derived_from.as_ref(),
        capture: None,
        stamp: stamp_view(stamps.get(&item.id)),
    }
}

fn stamp_view(record: Option<&StampRecord>) -> StampView<'_> {
    match record {
        None => StampView::NotStamped,
        Some(StampRecord {
            stamped_at: Some(at),
            authority,
            ..
        }) => StampView::Stamped {
            at: *at,
            authority: authority.as_deref().unwrap_or_default(),
        },
        Some(r) => StampView::Queued {
            tries: r.tries,
            last_error: r.last_error.as_deref(),
        },
    }
}

pub(super) fn log(case: &CaseId, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    crate::cmd::gate(ctx, case, CaseOp::EvidenceLog)?;
    let entries = ctx.store()?.custody(case)?;
    ctx.printer()
        .rows(&render::evidence::log_lines(&entries), || {
            render::evidence::log_table(&entries)
        })?;
    Ok(ExitStatus::Success)
}

/// Writes an item's bytes to `out` (or stdout), checking them against the recorded SHA-256. A
/// file is written under a temporary name and renamed only once the check passed.
pub(super) fn open(id: &EvidenceId, out: &Path, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let store = ctx.store()?;
    let item = store.evidence(id)?;
    crate::cmd::gate(ctx, &item.case, CaseOp::EvidenceOpen)?;
    let by = ctx.staff()?;
    let super::CaseKeys { vault, key, dir } = super::existing_key(ctx, &item.case)?;
    let fail = || format!("cannot open evidence `{id}`");
    let mismatch = || {
        format!(
            "evidence `{id}` does not match its recorded SHA-256; run `takedown evidence verify`"
        )
    };
    let matches = |d: &crate::vault::Digest| d.sha256 == item.sha256 && d.size == item.size;
    if out == Path::new("-") {
        let mut stdout = io::stdout().lock();
        let digest = vault
            .copy_out(&key, &dir, &item.vault_file, &mut stdout)
            .with_context(fail)?;
        stdout.flush()?;
        if !matches(&digest) {
            anyhow::bail!(mismatch());
        }
    } else {
        crate::render::files::write_new(out, |w| {
            let digest = vault
                .copy_out(&key, &dir, &item.vault_file, w)
                .with_context(fail)?;
            if !matches(&digest) {
                anyhow::bail!(mismatch());
            }
            Ok(())
        })?;
    }
    store.log_custody(
        &item.case,
        CustodyAction::Opened,
        Some(id),
        "",
        by,
        ctx.now(),
    )?;
    Ok(ExitStatus::Success)
}
