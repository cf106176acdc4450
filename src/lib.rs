//! `takedown`: a command-line toolkit for online-harassment helplines.
//!
//! Architecture (parse, then resolve, then act):
//! - [`cli`] holds the global flags and shared value parsers: what the user typed, no I/O.
//! - [`config`] resolves settings (named paths, environment, defaults) and reads
//!   `platforms.yaml` into the catalogue.
//! - [`cmd`] holds the top-level parser and dispatch, then one file per command: glue that
//!   loads, asks [`domain`] to decide, acts, saves and hands values to [`render`].
//! - [`domain`] holds the pure rules (URL normalisation, ids, case and link lifecycles) and the
//!   platform catalogue's types and lookups; it never touches the disk, the network or the clock.
//! - [`store`] is the SQLCipher-encrypted case store, the only place with SQL.
//! - [`mail`] builds e-mails and sends them over SMTP (lettre, blocking, rustls) from the outbox.
//! - [`net`] is the only async code: one runtime per run, polite and bounded fetches.
//! - [`home`] is the data directory `init` made: `home.json`, the key's backend, and the one way
//!   into the store (finishing a wipe cut short first).
//! - [`input`] opens the files a user names: regular files only, never blocking, size-bounded.
//! - [`process`] tells whether the process holding a message still runs, and holds off SIGTERM
//!   and SIGINT while a message's fate is being recorded.
//! - [`secrets`] holds the store key: the OS keyring or a key file, never an argument or env var.
//! - [`vault`] holds evidence files, each encrypted with its case's own key kept in the store.
//! - [`warc`] writes the WARC files of `evidence capture`: gzipped records with their digests.
//! - [`tsp`] makes RFC 3161 timestamp queries and checks the tokens authorities answer with.
//! - [`wipe`] destroys a case (rows, files, then a re-key) or named paths, and holds the
//!   overwrite primitives and the judgement of the storage under them.
//! - [`render`] does all output: stdout carries data only; notes, progress and errors go to stderr.
//! - [`hardening`] runs first: no core dumps, so a crash never writes memory (keys, passwords,
//!   URLs, evidence) to disk.
//! - [`drafts`] keeps note drafts private and in memory, and every run destroys those a killed
//!   run left behind.
//!
//! Nothing sensitive (URLs, notes, evidence) is written anywhere but the encrypted store, and logs
//! carry ids only.

mod cli;
mod cmd;
mod config;
mod ctx;
mod domain;
mod drafts;
mod error;
#[cfg(test)]
mod fuzz;
mod hardening;
mod home;
mod input;
mod mail;
mod net;
mod process;
mod render;
mod secrets;
mod store;
mod tsp;
mod vault;
mod warc;
mod wipe;

pub use cmd::Cli;
pub use error::ExitStatus;

use render::Printer;

/// Runs one parsed command line and says how the process should end. It never exits the process
/// itself, so every destructor (the store, temporary files) runs.
pub fn run(cli: Cli) -> ExitStatus {
    let output = cli.output();
    let printer = Printer::new(&output);
    if let Err(err) = hardening::no_core_dumps() {
        let err = anyhow::Error::new(err).context("cannot turn core dumps off");
        error::report(&err, &printer);
        return ExitStatus::Failure;
    }
    render::logging::init(output.verbosity, &printer);
    if let Err(err) = drafts::sweep() {
        render::case::draft_not_swept(&printer, &err);
    }
    let ctx = ctx::Ctx::new(cli.locations(), cli.staff(), &printer);
    match cmd::dispatch(cli.command, &ctx) {
        Ok(status) => status,
        Err(err) if error::is_broken_pipe(&err) => ExitStatus::Success,
        Err(err) => {
            error::report(&err, &printer);
            ExitStatus::Failure
        }
    }
}
