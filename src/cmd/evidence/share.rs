//! A clean copy of a vault picture for an escalation: decrypted in memory, checked against its
//! recorded SHA-256, stripped of its metadata. It is never written to disk; the caller puts it
//! in the message, which lives only in the encrypted outbox.

use anyhow::Context as _;

use crate::ctx::Ctx;
use crate::domain::ids::{CaseId, EvidenceId};
use crate::domain::{media, strip};

/// A picture ready to attach, named by its evidence id: the original file name never travels.
pub(crate) struct Shared {
    pub(crate) name: String,
    pub(crate) media_type: &'static str,
    pub(crate) bytes: Vec<u8>,
}

pub(crate) fn stripped(ctx: &Ctx<'_>, case: &CaseId, id: &EvidenceId) -> anyhow::Result<Shared> {
    let item = ctx.store()?.evidence(id)?;
    if item.case != *case {
        anyhow::bail!(
            "evidence `{id}` belongs to case `{}`, not `{case}`",
            item.case
        );
    }
    let super::CaseKeys { vault, key, dir } = super::existing_key(ctx, case)?;
    let mut bytes = Vec::new();
    let digest = vault
        .copy_out(&key, &dir, &item.vault_file, &mut bytes)
        .with_context(|| format!("cannot open evidence `{id}`"))?;
    if digest.sha256 != item.sha256 || digest.size != item.size {
        anyhow::bail!(
            "evidence `{id}` does not match its recorded SHA-256; run `takedown evidence verify`"
        );
    }
    let media_type = media::sniff(&bytes);
    let cleaned = strip::strip(&bytes, media_type)
        .with_context(|| format!("evidence `{id}` cannot be attached"))?;
    let extension = media_type.rsplit('/').next().unwrap_or("bin");
    Ok(Shared {
        name: format!("{id}.{extension}"),
        media_type,
        bytes: cleaned.bytes,
    })
}
