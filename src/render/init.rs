//! What `init` prints once the store exists: where it and its key are, and the recovery code,
//! shown this once.

use std::path::Path;

use crate::render::Printer;
use crate::secrets::SecretLocation;
use crate::wipe::media::{CRYPTO_ERASE_NEEDS, Medium};

/// `backend` is the kind of secret store the key went into; `code` the recovery code.
pub(crate) fn created(
    printer: &Printer,
    home: &Path,
    backend: &str,
    location: &SecretLocation,
    code: &str,
) -> std::io::Result<()> {
    if printer.json() {
        let key_file = match location {
            SecretLocation::KeyFile { path } => Some(path),
            SecretLocation::Keyring { .. } => None,
        };
        return printer.json_line(&serde_json::json!({
            "home": home,
            "backend": backend,
            "key_file": key_file,
            "recovery_code": code,
        }));
    }
    printer.note(&format_args!(
        "Created the case store in `{}`, its key in {location}.",
        home.display(),
    ));
    printer.note(&"Recovery code (shown only this once; write it down, keep it offline: it opens the store):");
    printer.line(&code)
}

/// The key file `path` lies on `medium`, whose filesystem keeps old copies of overwritten blocks
/// for the reason `why`: a wipe's new key leaves the old one recoverable there.
pub(crate) fn key_file_keeps_copies(printer: &Printer, path: &Path, medium: &Medium, why: &str) {
    printer.warn(&format_args!(
        "the key file `{}` is on {}, where {why}: when `wipe case` replaces the key, the old key's blocks may survive, so crypto-erase is not assured there; {CRYPTO_ERASE_NEEDS}",
        path.display(),
        medium.filesystem,
    ));
}
