use std::fmt::Display;
use std::io::{self, IsTerminal as _, Write as _};

use serde::Serialize;

use crate::render::Table;

/// How output should look, resolved once from the global flags before any command runs.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OutputSettings {
    /// Data as JSON (JSON Lines for lists).
    pub(crate) json: bool,
    pub(crate) verbosity: Verbosity,
    /// Colour on stderr: `None` colours when stderr is a terminal and `NO_COLOR` is unset.
    pub(crate) color: Option<bool>,
}

/// How much goes to stderr besides data and errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verbosity {
    /// Only data and errors: no notes, no progress.
    Quiet,
    Normal,
    /// Debug events of this crate (`-v`).
    Debug,
    /// Trace events of this crate (`-vv`).
    Trace,
}

/// The one place that writes to the terminal. `writeln!` returns broken-pipe errors where
/// `println!` would panic; `--color` and `NO_COLOR` are resolved once, here.
#[derive(Debug)]
pub(crate) struct Printer {
    json: bool,
    quiet: bool,
    color: bool,
    /// Progress bars only for a person watching: not under -q or -v, not without a terminal.
    progress: bool,
}

impl Printer {
    pub(crate) fn new(output: &OutputSettings) -> Printer {
        let color = output.color.unwrap_or_else(|| {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stderr().is_terminal()
        });
        Printer {
            json: output.json,
            quiet: output.verbosity == Verbosity::Quiet,
            color,
            progress: output.verbosity == Verbosity::Normal && io::stderr().is_terminal(),
        }
    }

    /// Under `-q`: only what is new and needs attention is told (cron mails whatever it sees).
    pub(crate) fn quiet(&self) -> bool {
        self.quiet
    }

    pub(crate) fn json(&self) -> bool {
        self.json
    }

    pub(crate) fn color(&self) -> bool {
        self.color
    }

    /// Every command that creates something calls this once per thing created (ARCHITECTURE §2): a bare
    /// id, so `c=$(takedown case new …)` works, or `{"id": …}` under `--json`.
    pub(crate) fn created(&self, id: &dyn Display) -> io::Result<()> {
        if self.json {
            self.json_line(&serde_json::json!({ "id": id.to_string() }))
        } else {
            self.line(id)
        }
    }

    /// One line of data on stdout.
    pub(crate) fn line(&self, text: &dyn Display) -> io::Result<()> {
        writeln!(io::stdout().lock(), "{text}")
    }

    /// One JSON object on its own line (JSON Lines).
    pub(crate) fn json_line<T: Serialize + ?Sized>(&self, value: &T) -> io::Result<()> {
        let mut out = io::stdout().lock();
        serde_json::to_writer(&mut out, value)?;
        writeln!(out)
    }

    /// A list of items: a table on stdout, or one JSON object per item under `--json`. The list
    /// is written through one buffer under one lock: stdout alone flushes at every line, one
    /// system call per row (10,000 for `link list` over a helpline's links).
    pub(crate) fn rows<'t, T: Serialize>(
        &self,
        items: &[T],
        table: impl FnOnce() -> Table<'t>,
    ) -> io::Result<()> {
        let mut out = io::BufWriter::new(io::stdout().lock());
        if self.json {
            for item in items {
                serde_json::to_writer(&mut out, item)?;
                writeln!(out)?;
            }
        } else {
            table().write(&mut out)?;
        }
        out.flush()
    }

    /// A progress bar on stderr, hidden where nobody watches (cron, pipes, -q, -v).
    pub(crate) fn progress(&self, len: usize) -> indicatif::ProgressBar {
        if !self.progress {
            return indicatif::ProgressBar::hidden();
        }
        indicatif::ProgressBar::with_draw_target(
            Some(len as u64),
            indicatif::ProgressDrawTarget::stderr(),
        )
    }

    /// A progress bar counting bytes, for work whose length is the size of files.
    pub(crate) fn byte_progress(&self, total: u64) -> indicatif::ProgressBar {
        let bar = self.progress(usize::try_from(total).unwrap_or(usize::MAX));
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} {eta}",
            )
            .expect("the template is valid"),
        );
        bar
    }

    /// A remark for the person at the terminal; silent under `-q`.
    pub(crate) fn note(&self, text: &dyn Display) {
        if !self.quiet {
            self.stderr_line(&text.to_string());
        }
    }

    /// Something the user should know even under `-q`.
    pub(crate) fn warn(&self, text: &dyn Display) {
        let prefix = self.paint("warning:", "33");
        self.stderr_line(&format!("{prefix} {text}"));
    }

    /// A failure report: the first line after `error:`, the rest as given, then an optional hint.
    pub(crate) fn error(&self, lines: &[String], hint: Option<&str>) {
        let mut text = String::new();
        for (n, line) in lines.iter().enumerate() {
            if n == 0 {
                text.push_str(&format!("{} {line}\n", self.paint("error:", "31")));
            } else {
                text.push_str(&format!("{line}\n"));
            }
        }
        if let Some(hint) = hint {
            text.push_str(&format!("{} {hint}\n", self.paint("hint:", "36")));
        }
        // Nothing sensible is left to do if stderr itself is gone.
        let _ = io::stderr().lock().write_all(text.as_bytes());
    }

    fn stderr_line(&self, text: &str) {
        let _ = writeln!(io::stderr().lock(), "{text}");
    }

    fn paint(&self, text: &str, ansi: &str) -> String {
        if self.color {
            format!("\x1b[1;{ansi}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}
