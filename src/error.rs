//! How the process ends, and how a failure is told to the user: one `error:` line, one
//! `caused by:` line per layer, and a hint found by walking the chain.

use std::io;

use crate::config::{self, partners};
use crate::domain::escalation::Refusal;
use crate::domain::{protection, states};
use crate::render::Printer;
use crate::{drafts, home, mail, secrets, store};

/// Exit codes that scripts and cron rely on (ARCHITECTURE §2), ordered from best to worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
#[repr(u8)]
pub enum ExitStatus {
    /// The command worked and nothing needs attention.
    Success = 0,
    /// The command worked and found something that needs attention (resurfaced, deadline, verify).
    Attention = 1,
    /// The command failed: bad input, I/O, a missing key. Usage errors from clap also exit 2.
    Failure = 2,
}

impl From<ExitStatus> for std::process::ExitCode {
    fn from(status: ExitStatus) -> Self {
        std::process::ExitCode::from(status as u8)
    }
}

/// A closed pipe (`takedown link list | head`) is the reader saying it has enough: success.
pub(crate) fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

pub(crate) fn report(err: &anyhow::Error, printer: &Printer) {
    let mut lines = vec![format!("{err}")];
    lines.extend(
        err.chain()
            .skip(1)
            .map(|cause| format!("caused by: {cause}")),
    );
    printer.error(&lines, hint(err));
}

/// What the user can do about an error, said by the error's own type beside its variants.
pub(crate) trait Hint {
    fn hint(&self) -> Option<&'static str>;
}

/// The first hint any cause in the chain gives, outermost first.
fn hint(err: &anyhow::Error) -> Option<&'static str> {
    err.chain().find_map(|cause| {
        ask::<store::Error>(cause)
            .or_else(|| ask::<home::Error>(cause))
            .or_else(|| ask::<partners::Error>(cause))
            .or_else(|| ask::<mail::config::Error>(cause))
            .or_else(|| ask::<secrets::Error>(cause))
            .or_else(|| ask::<config::staff::Error>(cause))
            .or_else(|| ask::<Refusal>(cause))
            .or_else(|| ask::<states::Refusal>(cause))
            .or_else(|| ask::<protection::VaultRefusal>(cause))
            .or_else(|| ask::<drafts::Error>(cause))
            .flatten()
    })
}

/// `None` when `cause` is not an `E`; otherwise what `E` hints, if anything.
fn ask<E: Hint + std::error::Error + 'static>(
    cause: &(dyn std::error::Error + 'static),
) -> Option<Option<&'static str>> {
    cause.downcast_ref::<E>().map(E::hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hint_comes_from_the_first_cause_that_gives_one() {
        let bare = anyhow::Error::new(store::Error::Busy).context("cannot wipe case `C-7KQ2`");
        assert_eq!(hint(&bare), None);
        // The store's own variant has no hint; the secret store's cause under it has.
        let nested = anyhow::Error::new(store::Error::Random(secrets::Error::KeyringEntryMissing))
            .context("cannot open case");
        assert_eq!(
            hint(&nested),
            Some(
                "restore the key with `takedown key restore` and the recovery code shown by `takedown init`"
            )
        );
        let outer = anyhow::Error::new(store::Error::WrongKey).context("cannot unlock");
        assert!(hint(&outer).is_some_and(|h| h.starts_with("the key does not match this store")));
    }
}
