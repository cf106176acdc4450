use std::path::PathBuf;

use crate::domain::ids::{CaseId, EvidenceId, LinkId, MailId};
use crate::domain::outbox::MailState;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("cannot open the case store at `{}`", .path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("the case store `{}` is missing", .path.display())]
    Missing { path: PathBuf },
    #[error("the case store `{}` is empty (0 bytes)", .path.display())]
    Empty { path: PathBuf },
    #[error("`{}` is not a takedown case store", .path.display())]
    NotAStore { path: PathBuf },
    #[error("cannot read the case store `{}`", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot create the case store at `{}`", .path.display())]
    Create {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the key does not open this case store")]
    WrongKey,
    #[error("store schema {found} is newer than this build ({supported})")]
    SchemaTooNew { found: u32, supported: u32 },
    #[error(
        "upgrading the store schema would break {rows} reference(s) between records; nothing was changed"
    )]
    BrokenMigration { rows: i64 },
    #[error("case `{0}` does not exist")]
    CaseNotFound(CaseId),
    #[error("link `{0}` does not exist")]
    LinkNotFound(LinkId),
    #[error("evidence `{0}` does not exist")]
    EvidenceNotFound(EvidenceId),
    #[error("message `{0}` is not in the outbox")]
    MailNotFound(MailId),
    #[error("case `{0}` would be left without a category")]
    NoCategory(CaseId),
    #[error("message `{id}` is {}, not {wanted}", .state.as_str())]
    MailNot {
        id: MailId,
        state: MailState,
        wanted: &'static str,
    },
    #[error("the case store holds an unexpected {what} `{value}`")]
    Corrupt { what: &'static str, value: String },
    #[error("no free id after many tries")]
    IdsExhausted,
    #[error("cannot draw a random id")]
    Random(#[source] crate::secrets::Error),
    #[error("cannot lock the case store (`{}`)", .path.display())]
    Lock {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("another takedown command is using the case store")]
    Busy,
    /// The state table refused, in the transaction that was about to write.
    #[error(transparent)]
    Refused(#[from] crate::domain::states::Refusal),
    /// A write raced a wipe and the store's own triggers refused it: a wiped case takes nothing.
    #[error("the case is wiped: only its id is left, and it takes nothing")]
    Tombstone,
    #[error("the case store failed")]
    Sqlite(#[source] rusqlite::Error),
}

/// The message the tombstone triggers of migration 0010 abort with.
const TOMBSTONE: &str = "takedown: the case is wiped";

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Error {
        match &err {
            rusqlite::Error::SqliteFailure(e, Some(message))
                if e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_TRIGGER
                    && message == TOMBSTONE =>
            {
                Error::Tombstone
            }
            _ => Error::Sqlite(err),
        }
    }
}

impl crate::error::Hint for Error {
    fn hint(&self) -> Option<&'static str> {
        match self {
            Error::WrongKey => Some(
                "the key does not match this store: restore it with `takedown key restore` and the recovery code shown by `takedown init`, or restore the store file if it was replaced",
            ),
            Error::Missing { .. } | Error::Empty { .. } | Error::NotAStore { .. } => Some(
                "restore the store file from where it was kept, or run `takedown init` with another `--home` to start a new store; nothing was changed",
            ),
            Error::CaseNotFound(_) => Some("`takedown case list` shows the known cases"),
            Error::LinkNotFound(_) => Some("`takedown link list` shows the known links"),
            Error::EvidenceNotFound(_) => Some("`takedown evidence list` shows the known evidence"),
            Error::MailNotFound(_) => {
                Some("`takedown outbox list` shows the queued and sent messages")
            }
            Error::MailNot { state, .. } => match state {
                MailState::Withheld => Some(
                    "consent to share was withdrawn: staff re-run the action (`takedown escalate`) once it is given again",
                ),
                MailState::Uncertain => Some(
                    "the server may have it already: `takedown outbox send --resend-uncertain ID` sends it again, `takedown outbox drop ID` drops it",
                ),
                MailState::Failed => {
                    Some("the server refused it for good: `takedown outbox list` shows why")
                }
                MailState::Sending => Some("another takedown process is sending it"),
                MailState::Sent => Some("the server accepted it; it is never sent again"),
                MailState::Queued | MailState::Dropped => None,
            },
            Error::SchemaTooNew { .. } => {
                Some("this store was written by a newer takedown: upgrade it")
            }
            Error::Refused(refusal) => refusal.why.hint(),
            Error::Tombstone => crate::domain::states::Why::Wiped.hint(),
            _ => None,
        }
    }
}
