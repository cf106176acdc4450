//! What `init` prints once the store exists: where it and its key are, and the recovery code,
//! shown this once.

use std::path::Path;

use crate::render::Printer;
use crate::secrets::SecretLocation;

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
