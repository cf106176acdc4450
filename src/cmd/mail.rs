//! `takedown mail password`: the SMTP password into the secret store.

use std::io::IsTerminal as _;

use zeroize::Zeroizing;

use crate::ctx::Ctx;
use crate::error::ExitStatus;
use crate::secrets;

/// The mail relay's login, kept in the secret store
#[derive(Debug, clap::Subcommand)]
pub(crate) enum MailCommand {
    /// Store (or replace) the SMTP password, read from standard input
    ///
    /// On a terminal it asks without echo; otherwise it reads the first line of standard input.
    /// It never comes from an argument or the settings file. It is kept where the store key is:
    /// the OS keyring, or a file beside the key file (`KEY.smtp`, 0600).
    #[command(after_long_help = "Examples:
  takedown mail password                           asks on a terminal
  pass show helpline/smtp | takedown mail password")]
    Password,
}

/// More than any password; the cap keeps a runaway pipe out of memory.
const MAX_PASSWORD_BYTES: u64 = 4096;

pub(crate) fn run(command: MailCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        MailCommand::Password => {
            let location = ctx.home()?.secret();
            let password = Zeroizing::new(if std::io::stdin().is_terminal() {
                rpassword::prompt_password("SMTP password: ")?
            } else {
                let text = Zeroizing::new(super::read_stdin(MAX_PASSWORD_BYTES)?);
                text.lines().next().unwrap_or_default().to_owned()
            });
            if password.is_empty() {
                anyhow::bail!("the password is empty; nothing was stored");
            }
            secrets::save_mail_password(location, &password)?;
            ctx.printer()
                .note(&format!("stored the SMTP password beside {location}"));
            Ok(ExitStatus::Success)
        }
    }
}
