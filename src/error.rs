//! How the process ends, and how a failure is told to the user: one `error:` line, one
//! `caused by:` line per layer, and a hint found by walking the chain.

use std::io;

use crate::render::Printer;
use crate::{config, home, secrets, store};

/// Exit codes that scripts and cron rely on (DESIGN §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

fn hint(err: &anyhow::Error) -> Option<&'static str> {
    err.chain().find_map(|cause| {
        if let Some(e) = cause.downcast_ref::<store::Error>() {
            return match e {
                store::Error::WrongKey => Some(
                    "the key does not match this store: restore it with `takedown key restore` and the recovery code shown by `takedown init`",
                ),
                store::Error::CaseNotFound(_) => Some("`takedown case list` shows the known cases"),
                store::Error::LinkNotFound(_) => Some("`takedown link list` shows the known links"),
                store::Error::EvidenceNotFound(_) => {
                    Some("`takedown evidence list` shows the known evidence")
                }
                store::Error::MailNotFound(_) => {
                    Some("`takedown outbox list` shows the queued and sent messages")
                }
                store::Error::SchemaTooNew { .. } => {
                    Some("this store was written by a newer takedown: upgrade it")
                }
                _ => None,
            };
        }
        if let Some(e) = cause.downcast_ref::<home::Error>() {
            return match e {
                home::Error::NoStore { .. } => Some(
                    "run `takedown init` to create one, or point `--home`/`TAKEDOWN_HOME` at an existing one",
                ),
                _ => None,
            };
        }
        if let Some(e) = cause.downcast_ref::<crate::domain::escalation::Refusal>() {
            return Some(match e {
                crate::domain::escalation::Refusal::NoConsent(_) => {
                    "record it with `takedown case consent CASE --give partners`, then escalate again"
                }
                crate::domain::escalation::Refusal::ChildAbuse(_) => {
                    "`takedown report --case CASE` prepares the hotline report, with URLs only"
                }
            });
        }
        if let Some(e) = cause.downcast_ref::<config::partners::Error>() {
            return match e {
                config::partners::Error::Missing { .. } => {
                    Some("write the helpline's partner contacts there: README shows an example")
                }
                config::partners::Error::NoPartner { .. }
                | config::partners::Error::UnknownPartner(_) => {
                    Some("add the partner to partners.yaml, or name one with `--partner`")
                }
                _ => None,
            };
        }
        if cause.downcast_ref::<crate::mail::config::Error>().is_some() {
            return Some("set it under `mail:` in config.yaml: README shows an example");
        }
        match cause.downcast_ref::<secrets::Error>()? {
            secrets::Error::KeyFileTooOpen { .. } => {
                Some("make it private with `chmod 600` on the key file")
            }
            secrets::Error::KeyFileMissing { .. } | secrets::Error::KeyringEntryMissing => Some(
                "restore the key with `takedown key restore` and the recovery code shown by `takedown init`",
            ),
            secrets::Error::MailPasswordMissing => {
                Some("store it with `takedown mail password`, which reads it from standard input")
            }
            secrets::Error::KeyringUnavailable(_) => Some(
                "no OS keyring answers here (usual on servers and under cron): use `--key-file PATH`",
            ),
            _ => None,
        }
    })
}
