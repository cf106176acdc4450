//! Diagnostics on stderr through `tracing`. `-v` shows debug events of this crate only, `-vv`
//! trace. Every event names ids, never URLs, notes or file names of evidence (ARCHITECTURE §5).

use tracing_subscriber::EnvFilter;

use crate::render::{Printer, Verbosity};

pub(crate) fn init(verbosity: Verbosity, printer: &Printer) {
    let level = match verbosity {
        Verbosity::Quiet => "error",
        Verbosity::Normal => "warn",
        Verbosity::Debug => "takedown=debug",
        Verbosity::Trace => "takedown=trace",
    };
    // A second init (tests run `run` more than once in one process) keeps the first subscriber.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::new(level))
        .with_writer(std::io::stderr)
        .with_ansi(printer.color())
        .with_target(false)
        .without_time()
        .try_init();
}
