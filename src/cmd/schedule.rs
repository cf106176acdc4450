//! `takedown schedule`: when links are re-checked, and the cron line or systemd timer that runs
//! `takedown cron` with every setting in force where it was installed.

use std::io::{self, Write as _};
use std::process::{Command, Stdio};

use anyhow::Context as _;

use crate::config::Settings;
use crate::ctx::Ctx;
use crate::domain::cron_job::{self, Job};
use crate::domain::schedule;
use crate::domain::states::{self, CaseOp};
use crate::error::ExitStatus;
use crate::render::schedule::{Upcoming, table};
use crate::store::CheckFilter;

/// Show when links are re-checked; print, install or remove the job that runs `takedown cron`
///
/// The job runs `takedown cron --quiet --as cron` every hour with every setting in force where
/// it is printed or installed: the data directory (whose `home.json` names the key file), the
/// platforms file, `config.yaml` and the templates directory, named even where they were found
/// through `$HOME`, so cron sees what staff see whatever environment it runs with. It never holds a secret: a
/// proxy with a password belongs in `config.yaml`, not in the line.
#[derive(Debug, clap::Subcommand)]
pub(crate) enum ScheduleCommand {
    /// List the upcoming checks, soonest first; warn when the installed cron line is not the
    /// one `schedule print` writes now
    Show,
    /// Print a crontab line, and a systemd service and timer, that run `takedown cron`
    #[command(after_long_help = "Examples:
  takedown --platforms ours.yaml schedule print     the line carries --platforms ours.yaml")]
    Print,
    /// Add the cron line to the current user's crontab, replacing an older one of this data
    /// directory (never a second one)
    Install,
    /// Take the cron line out of the current user's crontab
    Remove,
}

pub(crate) fn run(command: ScheduleCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let printer = ctx.printer();
    match command {
        ScheduleCommand::Show => {
            let policy = ctx.config()?.recheck.schedule.policy();
            // Links of cases a re-check may not touch have no next check.
            let active = CheckFilter {
                case_in: Some(states::permitting(CaseOp::Recheck)),
                ..CheckFilter::default()
            };
            let targets = ctx.store()?.check_targets(&active, |_| true)?;
            let mut rows: Vec<Upcoming<'_>> = targets
                .iter()
                .filter_map(|t| {
                    Some(Upcoming {
                        next_check: schedule::next_check(&policy, &t.clock)?,
                        link: &t.link,
                        case: &t.case,
                        platform: &t.platform,
                        status: t.standing.last,
                    })
                })
                .collect();
            rows.sort_by(|a, b| (a.next_check, a.link).cmp(&(b.next_check, b.link)));
            warn_if_stale(ctx)?;
            printer.rows(&rows, || table(&rows))?;
        }
        ScheduleCommand::Print => {
            let job = job(ctx.settings()?)?;
            printer.line(&format!(
                "# crontab (crontab -e), or `takedown schedule install`:\n{}\n",
                job.cron_line()?
            ))?;
            printer.line(&job.systemd_units()?)?;
        }
        ScheduleCommand::Install => {
            let home = &ctx.settings()?.home;
            let line = job(ctx.settings()?)?.cron_line()?;
            let current = crontab_read()?;
            if current.lines().any(|l| l == line) {
                printer.note(&"the cron line is already installed");
            } else {
                let mut kept = cron_job::without_ours(&current, home)?;
                kept.push_str(&line);
                kept.push('\n');
                crontab_write(&kept)?;
                printer.note(&"installed the cron line: `takedown cron` runs every hour");
            }
        }
        ScheduleCommand::Remove => {
            let current = crontab_read()?;
            let kept = cron_job::without_ours(&current, &ctx.settings()?.home)?;
            if kept == current {
                printer.note(&"no takedown cron line to remove");
            } else {
                crontab_write(&kept)?;
                printer.note(&"removed the cron line");
            }
        }
    }
    Ok(ExitStatus::Success)
}

/// Warns when the crontab holds a line for this data directory that is not the one `print`
/// would write now (another program path, another platforms file or `config.yaml`). A machine
/// without `crontab`, or whose crontab cannot be read, has nothing to compare.
fn warn_if_stale(ctx: &Ctx<'_>) -> anyhow::Result<()> {
    let settings = ctx.settings()?;
    let Ok(current) = crontab_read() else {
        return Ok(());
    };
    let line = job(settings)?.cron_line()?;
    let ours = cron_job::ours(&current, &settings.home)?;
    if ours.iter().any(|l| *l != line) {
        ctx.printer().warn(
            &"the installed cron line is not the one `takedown schedule print` writes now (another \
              program, platforms file, config.yaml or templates directory); `takedown schedule \
              install` replaces it",
        );
    }
    Ok(())
}

/// The job with every setting in force here: `config.yaml` and the templates directory are
/// named even where they were found through `$HOME` or `$XDG_CONFIG_HOME`, which cron may set
/// otherwise or not at all; a default that does not exist is left out, as the job would not
/// find it either.
fn job(settings: &Settings) -> anyhow::Result<Job> {
    let program = std::env::current_exe().context("cannot find the path of this program")?;
    let config = settings
        .config_file
        .clone()
        .filter(|c| settings.config_named || c.exists());
    let templates = settings
        .templates_dir
        .clone()
        .filter(|d| settings.templates_named || d.is_dir());
    Ok(Job {
        program,
        home: settings.home.clone(),
        platforms: settings.platforms_file.clone(),
        config,
        templates,
    })
}

/// `crontab` itself, no shell between: nothing the user typed reaches its arguments.
fn crontab(args: &[&str]) -> Command {
    let mut cmd = Command::new("crontab");
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

fn no_crontab(err: io::Error) -> anyhow::Error {
    if err.kind() == io::ErrorKind::NotFound {
        anyhow::anyhow!(
            "`crontab` is not installed here; use the systemd timer from `takedown schedule print`"
        )
    } else {
        anyhow::Error::new(err).context("cannot run `crontab`")
    }
}

fn crontab_read() -> anyhow::Result<String> {
    let out = crontab(&["-l"]).output().map_err(no_crontab)?;
    if out.status.success() {
        return String::from_utf8(out.stdout).context("the crontab is not UTF-8 text");
    }
    // `crontab -l` fails with "no crontab for USER" when there is none yet: that is empty.
    if String::from_utf8_lossy(&out.stderr).contains("no crontab") {
        return Ok(String::new());
    }
    anyhow::bail!(
        "`crontab -l` failed: {}",
        String::from_utf8_lossy(&out.stderr).trim()
    )
}

fn crontab_write(text: &str) -> anyhow::Result<()> {
    let mut child = crontab(&["-"])
        .stdin(Stdio::piped())
        .spawn()
        .map_err(no_crontab)?;
    child
        .stdin
        .take()
        .expect("stdin was piped just above")
        .write_all(text.as_bytes())
        .context("cannot write to `crontab -`")?;
    let out = child.wait_with_output().context("cannot run `crontab -`")?;
    if !out.status.success() {
        anyhow::bail!(
            "`crontab -` failed: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}
