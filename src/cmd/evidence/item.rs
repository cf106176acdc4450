//! Recording one newly sealed item: its PDQ hash for images, and with `--strip` a working copy
//! without metadata beside the untouched original.

use crate::ctx::Ctx;
use crate::domain::ids::EvidenceId;
use crate::domain::staff::StaffHandle;
use crate::domain::{media, pdq, strip};
use crate::store::NewEvidence;
use sha2::{Digest as _, Sha256};

/// Images larger than this get no PDQ hash: decoding needs the whole file in memory.
const MAX_IMAGE_BYTES: u64 = 256 * 1024 * 1024;

/// Records a newly sealed item, with its PDQ hash for images and, with `--strip`, a stripped
/// working copy beside it. Returns the original's id.
pub(super) fn add(
    ctx: &Ctx<'_>,
    case: &super::CaseKeys,
    mut item: NewEvidence,
    strip: bool,
    by: &StaffHandle,
    bar: &indicatif::ProgressBar,
) -> anyhow::Result<EvidenceId> {
    let (printer, store) = (ctx.printer(), ctx.store()?);
    let bytes = if media::is_hashable_image(item.media_type) && item.size <= MAX_IMAGE_BYTES {
        Some(read_back(case, &item.vault_file, &item.sha256)?)
    } else {
        None
    };
    item.pdq = bytes.as_deref().and_then(pdq::hash_bytes);
    let id = store
        .add_evidence(&item, by, ctx.now())
        .inspect_err(|_| discard(case, &item.vault_file))?;
    if bytes.is_some() && item.pdq.is_none() {
        bar.suspend(|| printer.warn(&format!("{id}: the image does not decode; no PDQ hash")));
    }
    bar.suspend(|| printer.created(&id))?;
    if !strip {
        return Ok(id);
    }
    let cleaned = match bytes.as_deref().map(|b| strip::strip(b, item.media_type)) {
        Some(Ok(cleaned)) => cleaned,
        Some(Err(err)) => {
            bar.suspend(|| printer.note(&format!("{id}: no working copy: {err}")));
            return Ok(id);
        }
        None => {
            let err = strip::Error::Unsupported(item.media_type);
            bar.suspend(|| printer.note(&format!("{id}: no working copy: {err}")));
            return Ok(id);
        }
    };
    if cleaned.removed.is_empty() {
        bar.suspend(|| printer.note(&format!("{id}: no metadata found; no working copy needed")));
        return Ok(id);
    }
    // Checked before anything of the add was written (`input::check_copies`); here only a file
    // changed in between can get this far, and it is told, not stored twice.
    let copy_sha256 = format!("{:x}", Sha256::digest(&cleaned.bytes));
    if let Some(existing) = store.evidence_by_sha256(&item.case, &copy_sha256)? {
        bar.suspend(|| {
            printer.note(&format!(
                "{id}: its working copy without metadata is already in the case as {existing}"
            ));
        });
        return Ok(id);
    }
    let sealed = case
        .vault
        .seal(&case.key, &case.dir, &mut cleaned.bytes.as_slice(), &|_| {})?;
    let file = sealed.file.clone();
    let copy = store
        .add_evidence(
            &NewEvidence {
                sha256: sealed.sha256,
                md5: sealed.md5,
                size: sealed.size,
                vault_file: sealed.file,
                derived_from: Some(id.clone()),
                ..item
            },
            by,
            ctx.now(),
        )
        .inspect_err(|_| discard(case, &file))?;
    bar.suspend(|| {
        printer.note(&format!(
            "{copy}: a working copy of {id} without {}",
            super::strip::describe(&cleaned.removed)
        ));
    });
    bar.suspend(|| printer.created(&copy))?;
    Ok(id)
}

/// Removes a vault file whose record could not be written, so no file belongs to no item. It is
/// ciphertext under the case key: removing it is enough.
fn discard(case: &super::CaseKeys, file: &str) {
    let _ = fs_err::remove_file(case.vault.case_dir(&case.dir).join(file));
}

/// The plaintext of a vault file, checked against the SHA-256 it was sealed with.
fn read_back(case: &super::CaseKeys, file: &str, sha256: &str) -> anyhow::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let digest = case
        .vault
        .copy_out(&case.key, &case.dir, file, &mut bytes)?;
    if digest.sha256 != sha256 {
        anyhow::bail!("the vault copy does not match the original");
    }
    Ok(bytes)
}
