//! Diagnostics on stderr through `tracing`. `-v` shows debug events of this crate only, `-vv`
//! trace. Every event names ids, never URLs, notes or file names of evidence (DESIGN §5).

use tracing_subscriber::EnvFilter;

use crate::cli::GlobalArgs;
use crate::render::Printer;

pub(crate) fn init(global: &GlobalArgs, printer: &Printer) {
    let level = match (global.quiet, global.verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "takedown=debug",
        (false, _) => "takedown=trace",
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
