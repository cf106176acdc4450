use std::path::PathBuf;

use anyhow::Context as _;

use crate::config::platforms;
use crate::ctx::Ctx;
use crate::error::ExitStatus;
use crate::render::Table;

mod whois;

/// Read and check what takedown knows about platforms (`platforms.yaml`)
#[derive(Debug, clap::Subcommand)]
pub(crate) enum PlatformsCommand {
    /// List the platforms, built-in and from --platforms
    List,
    /// Show everything known about one platform: hosts, report channels, sources
    #[command(
        after_long_help = "Examples:\n  takedown platforms show facebook\n  takedown platforms show youtube --json"
    )]
    Show {
        /// Platform id, e.g. `facebook`
        id: String,
    },
    /// Check a platforms file; each problem is reported with its line and column (exit 1)
    ///
    /// Victim-facing texts without their Urdu translation (`ur:`) are listed too, marked
    /// `untranslated`; guides show the English for them. They alone do not fail the check.
    #[command(after_long_help = "Example:\n  takedown platforms check my-platforms.yaml")]
    Check {
        /// The file to check
        file: PathBuf,
    },
    /// Find the hosting provider's abuse contact for a link's host (RDAP)
    Whois(whois::WhoisArgs),
}

pub(crate) fn run(command: PlatformsCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let printer = ctx.printer();
    match command {
        PlatformsCommand::Whois(args) => return whois::run(args, ctx),
        PlatformsCommand::List => {
            let catalog = ctx.catalog()?;
            let list = catalog.platforms();
            printer.rows(list, || {
                let mut table = Table::new(&["ID", "NAME", "OPERATOR", "HOSTS"]);
                for p in list {
                    table.push(vec![
                        p.id.to_string(),
                        p.name.clone(),
                        p.operator.clone().unwrap_or_default(),
                        p.hosts.patterns.join(" "),
                    ]);
                }
                table
            })?;
        }
        PlatformsCommand::Show { id } => {
            let catalog = ctx.catalog()?;
            let platform = catalog.get(&id).with_context(|| {
                format!("no platform `{id}`; `takedown platforms list` shows them")
            })?;
            if printer.json() {
                printer.json_line(platform)?;
            } else {
                printer.line(&crate::config::yaml_text(platform).trim_end())?;
            }
        }
        PlatformsCommand::Check { file } => {
            let text = platforms::read_user_file(&file)?;
            let problems = platforms::check(&text);
            let untranslated = platforms::untranslated(&text);
            let lines = problems
                .iter()
                .map(|p| ("problem", p))
                .chain(untranslated.iter().map(|p| ("untranslated", p)));
            for (kind, p) in lines {
                if printer.json() {
                    printer.json_line(&serde_json::json!({ "file": file, "kind": kind, "line": p.line, "column": p.column, "message": p.message }))?;
                } else if kind == "problem" {
                    printer.line(&format_args!("{}:{p}", file.display()))?;
                } else {
                    printer.line(&format_args!(
                        "{}:{}:{}: untranslated: {}",
                        file.display(),
                        p.line,
                        p.column,
                        p.message
                    ))?;
                }
            }
            if !untranslated.is_empty() {
                printer.note(&format_args!(
                    "{} record(s) in `{}` have victim-facing text without Urdu; guides show the English there.",
                    untranslated.len(),
                    file.display()
                ));
            }
            if !problems.is_empty() {
                printer.note(&format_args!(
                    "{} problem(s) in `{}`.",
                    problems.len(),
                    file.display()
                ));
                return Ok(ExitStatus::Attention);
            }
            printer.note(&format_args!(
                "`{}` is a valid platforms file.",
                file.display()
            ));
        }
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_builtin_catalogue_loads() {
        assert!(
            crate::domain::catalog::Catalog::builtin()
                .expect("built-in platforms.yaml loads")
                .platforms()
                .len()
                >= 25
        );
    }
}
