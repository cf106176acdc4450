//! One stored re-check observation as staff see it (`link show`, `--json`): what was seen and
//! what led to it. Plain data; a new fact (the page or probe a check used, say) is one more
//! field here, one more column in `observations`, and one more cell in `render::link`.

use jiff::Timestamp;
use serde::Serialize;

use super::recheck::Seen;

#[derive(Debug, Clone, Serialize)]
pub(crate) struct Observed {
    pub(crate) at: Timestamp,
    pub(crate) status: Seen,
    /// Waiting for a second look to agree (issue 19): it moved nothing.
    pub(crate) unconfirmed: bool,
    pub(crate) http_status: Option<u16>,
    /// The host the last redirect ended on, never the path.
    pub(crate) final_host: Option<String>,
    pub(crate) redirects: Option<u32>,
    /// Why it was judged so: `challenge`, `marker`, `login_redirect` or `status`.
    pub(crate) reason: Option<String>,
    /// The marker that fitted (`facebook: text "…"`) and its catalogue sources.
    pub(crate) marker: Option<String>,
    pub(crate) marker_source: Option<String>,
    /// SHA-256 of the body as far as it was read, and how many bytes that was.
    pub(crate) sha256: Option<String>,
    pub(crate) bytes: Option<u64>,
    /// The kind of network failure of an `error`; never a URL.
    pub(crate) error: Option<String>,
}
