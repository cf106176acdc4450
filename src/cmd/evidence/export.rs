//! `evidence export`: a case's evidence as a BagIt 1.0 bag for law enforcement, as a directory
//! or as an `age`-encrypted tar archive that never exists in plaintext on disk. Each item is
//! decrypted once, streamed into the bag while SHA-256 and SHA-512 are computed, and checked
//! against the SHA-256 recorded when it was added.

use std::path::PathBuf;
use std::str::FromStr as _;

use anyhow::Context as _;
use sha2::{Digest as _, Sha256};

use crate::ctx::Ctx;
use crate::domain::bagit;
use crate::domain::custody::CustodyAction;
use crate::domain::ids::CaseId;
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::render::bag::{self as write, Hashing, Sink};

/// Export a case's evidence as a BagIt 1.0 bag (RFC 8493) for law enforcement
///
/// The bag holds every item of the case under its evidence id (`data/E-7KQ2X.jpg`; original
/// names stay in the store), SHA-256 and SHA-512 manifests, `bag-info.txt` (case id, export
/// time, tool version: no personal data), the custody log and an index of the items (hashes,
/// times, source URLs) as tag files, and tag manifests over all of them. The case needs the
/// victim's consent to share with law enforcement. The export is logged in the custody log
/// with the bag's tag-manifest hash.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown evidence export --case C-7KQ2 --bagit C-7KQ2-bag
  takedown evidence export --case C-7KQ2 --bagit C-7KQ2.tar.age --encrypt-to age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")]
pub(crate) struct ExportArgs {
    /// The case to export
    #[arg(long, value_name = "CASE")]
    case: CaseId,
    /// Where to write the bag: a new directory, or with --encrypt-to a new encrypted archive
    #[arg(long, value_name = "PATH")]
    bagit: PathBuf,
    /// Write the bag only as a tar archive encrypted to this age X25519 recipient (`age1…`),
    /// so no plaintext copy is written
    #[arg(long, value_name = "RECIPIENT", value_parser = parse_recipient)]
    encrypt_to: Option<age::x25519::Recipient>,
}

fn parse_recipient(text: &str) -> Result<age::x25519::Recipient, String> {
    age::x25519::Recipient::from_str(text.trim())
        .map_err(|_| format!("`{text}` is not an age X25519 recipient (`age1…`)"))
}

pub(crate) fn run(args: ExportArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let (case, _) = crate::cmd::gate(ctx, &args.case, CaseOp::EvidenceExport)?;
    let store = ctx.store()?;
    if case.consent.law_enforcement.is_none() {
        anyhow::bail!(
            "case `{}` has no consent to share with law enforcement; record it with `takedown case consent {} --give law-enforcement` first",
            args.case,
            args.case
        );
    }
    let items = store.evidence_list(Some(&args.case))?;
    let stamps = store.stamps(Some(&args.case))?;
    if items.is_empty() {
        anyhow::bail!("case `{}` has no evidence to export", args.case);
    }
    if args.bagit.symlink_metadata().is_ok() {
        anyhow::bail!(
            "`{}` exists; the export is never written over it",
            args.bagit.display()
        );
    }
    let now = ctx.now();
    let log = store.custody(&args.case)?;
    let bar = ctx
        .printer()
        .byte_progress(items.iter().map(|i| i.size).sum());
    let write_bag = |sink: &mut dyn Sink| -> anyhow::Result<String> {
        let keys = super::existing_key(ctx, &args.case)?;
        let mut payload = Vec::with_capacity(items.len());
        for item in &items {
            let path = format!("data/{}.{}", item.id, write::extension(&item.media_type));
            let reader = keys.vault.open(&keys.key, &keys.dir, &item.vault_file)?;
            let mut hashing = Hashing::new(reader);
            sink.file(&path, item.size, &mut hashing)
                .with_context(|| format!("cannot export evidence `{}`", item.id))?;
            let file = hashing.finish(path);
            if file.sha256 != item.sha256 || file.size != item.size {
                anyhow::bail!(
                    "evidence `{}` does not match its recorded SHA-256; nothing was exported (run `takedown evidence verify`)",
                    item.id
                );
            }
            bar.inc(item.size);
            payload.push(file);
        }
        // Each token beside its item, under the item's file name: what `openssl ts -verify
        // -in … -data …` pairs.
        let mut tokens = Vec::new();
        for (item, file) in items.iter().zip(&payload) {
            if let Some(token) = stamps.get(&item.id).and_then(|s| s.token.as_deref()) {
                let path = format!("{}.tsr", file.path);
                let mut hashing = Hashing::new(token);
                sink.file(&path, token.len() as u64, &mut hashing)?;
                tokens.push(hashing.finish(path));
            }
        }
        let info = [
            ("External-Identifier", args.case.to_string()),
            ("Bagging-Date", now.strftime("%Y-%m-%d").to_string()),
            ("Export-Time", now.to_string()),
            (
                "Bag-Software-Agent",
                format!("takedown {}", env!("CARGO_PKG_VERSION")),
            ),
            (
                "External-Description",
                "Evidence of one case. Each item's SHA-256 was recorded when it entered the vault (evidence-index.txt); custody-log.txt is its hash-chained chain of custody up to this export".to_owned(),
            ),
        ];
        let mut extra = vec![
            (
                "evidence-index.txt".to_owned(),
                write::index(
                    &items
                        .iter()
                        .map(|i| super::view::view(i, &stamps))
                        .collect::<Vec<_>>(),
                    &payload,
                ),
            ),
            ("custody-log.txt".to_owned(), write::custody_text(&log)),
        ];
        let captures = items
            .iter()
            .any(|i| i.media_type == super::capture::WARC_TYPE);
        if !tokens.is_empty() {
            extra.push(("tsa-trust.pem".to_owned(), trust_pem(ctx)?));
        }
        if captures || !tokens.is_empty() {
            let readme = write::readme(captures, !tokens.is_empty());
            extra.push(("README.txt".to_owned(), readme));
        }
        payload.extend(tokens);
        let mut tag_manifest = String::new();
        for (name, bytes) in bagit::tag_files(&payload, &info, extra) {
            if name == "tagmanifest-sha256.txt" {
                tag_manifest = format!("{:x}", Sha256::digest(&bytes));
            }
            sink.file(&name, bytes.len() as u64, &mut bytes.as_slice())?;
        }
        Ok(tag_manifest)
    };
    let (tag_manifest, how) = match &args.encrypt_to {
        None => (
            write::write_dir(&args.bagit, write_bag)?,
            "directory".to_owned(),
        ),
        Some(recipient) => (
            write::write_encrypted(&args.bagit, recipient, &args.case, now, write_bag)?,
            format!("tar encrypted to {recipient}"),
        ),
    };
    bar.finish_and_clear();
    let detail = format!(
        "bagit {how}, {} items, tagmanifest-sha256 {tag_manifest}",
        items.len()
    );
    store.log_custody(
        &args.case,
        CustodyAction::Exported,
        None,
        &detail,
        ctx.staff()?,
        now,
    )?;
    let printer = ctx.printer();
    if printer.json() {
        printer.json_line(&serde_json::json!({
            "case": args.case,
            "path": args.bagit,
            "items": items.len(),
            "encrypted": args.encrypt_to.is_some(),
            "tagmanifest_sha256": tag_manifest,
        }))?;
    } else {
        printer.line(&format!(
            "exported {} items of {} to {}",
            items.len(),
            args.case,
            args.bagit.display()
        ))?;
    }
    Ok(ExitStatus::Success)
}

/// `timestamp.trust` as it is now, so a third party can run the README's `openssl ts -verify`.
fn trust_pem(ctx: &Ctx<'_>) -> anyhow::Result<Vec<u8>> {
    super::timestamp::trust(ctx)?;
    let path = ctx.config()?.timestamp.trust.clone().unwrap_or_default();
    Ok(crate::config::read_ca_file(&path)?)
}
