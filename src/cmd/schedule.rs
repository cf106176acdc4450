//! `takedown schedule`: when links are re-checked, and the cron line or systemd timer that runs
//! `takedown cron` with every setting in force where it was installed.

use std::io::{self, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::Context as _;
use serde::Serialize;

use crate::config::Settings;
use crate::ctx::Ctx;
use crate::domain::catalog::PlatformId;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::recheck::Seen;
use crate::domain::schedule;
use crate::error::ExitStatus;
use crate::render::Table;
use crate::store::CheckFilter;

/// Show when links are re-checked; print, install or remove the job that runs `takedown cron`
///
/// The job runs `takedown cron --quiet --as cron` every hour with every setting in force where
/// it is printed or installed: the data directory (whose `home.json` names the key file), the
/// platforms file and `config.yaml`, so cron sees what staff see. It never holds a secret: a
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

/// Ends our line in the crontab, so `install` and `remove` find it and nothing else.
const CRON_TAG: &str = "# takedown cron";
/// What lines of versions before `takedown cron` ended with: replaced by `install`.
const OLD_CRON_TAG: &str = "# takedown recheck";

#[derive(Debug, Serialize)]
struct Upcoming {
    link: LinkId,
    case: CaseId,
    platform: PlatformId,
    status: Option<Seen>,
    next_check: jiff::Timestamp,
}

pub(crate) fn run(command: ScheduleCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let printer = ctx.printer();
    match command {
        ScheduleCommand::Show => {
            let policy = ctx.config()?.recheck.schedule.policy();
            let mut rows: Vec<Upcoming> = ctx
                .store()?
                .check_targets(&CheckFilter::default(), |_| true)?
                .into_iter()
                .filter_map(|t| {
                    Some(Upcoming {
                        next_check: schedule::next_check(&policy, &t.clock)?,
                        link: t.link,
                        case: t.case,
                        platform: t.platform,
                        status: t.standing.last,
                    })
                })
                .collect();
            rows.sort_by(|a, b| (a.next_check, &a.link).cmp(&(b.next_check, &b.link)));
            warn_if_stale(ctx)?;
            printer.rows(&rows, || {
                let mut table =
                    Table::new(&["NEXT CHECK", "LINK", "CASE", "PLATFORM", "LAST SEEN"]);
                for r in &rows {
                    table.push(vec![
                        crate::render::show_time(r.next_check),
                        r.link.to_string(),
                        r.case.to_string(),
                        r.platform.to_string(),
                        r.status
                            .map_or("never checked".to_owned(), |s| s.to_string()),
                    ]);
                }
                table
            })?;
        }
        ScheduleCommand::Print => {
            let line = cron_line(ctx.settings()?)?;
            printer.line(&format!(
                "# crontab (crontab -e), or `takedown schedule install`:\n{line}\n"
            ))?;
            printer.line(&systemd_units(ctx.settings()?)?)?;
        }
        ScheduleCommand::Install => {
            let home = &ctx.settings()?.home;
            let line = cron_line(ctx.settings()?)?;
            let current = crontab_read()?;
            if current.lines().any(|l| l == line) {
                printer.note(&"the cron line is already installed");
            } else {
                let mut kept = without_our_line(&current, home)?;
                kept.push_str(&line);
                kept.push('\n');
                crontab_write(&kept)?;
                printer.note(&"installed the cron line: `takedown cron` runs every hour");
            }
        }
        ScheduleCommand::Remove => {
            let current = crontab_read()?;
            let kept = without_our_line(&current, &ctx.settings()?.home)?;
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

/// Our lines in the crontab for this data directory, whichever program path they name (an
/// upgrade may have moved the program), and whether they come from before `takedown cron`.
fn our_lines<'t>(crontab: &'t str, home: &Path) -> anyhow::Result<Vec<&'t str>> {
    let home_arg = format!(" --home {} ", quote(home)?);
    Ok(crontab
        .lines()
        .filter(|l| (l.ends_with(CRON_TAG) || l.ends_with(OLD_CRON_TAG)) && l.contains(&home_arg))
        .collect())
}

/// The crontab without our lines for this data directory.
fn without_our_line(crontab: &str, home: &Path) -> anyhow::Result<String> {
    let ours = our_lines(crontab, home)?;
    Ok(crontab
        .lines()
        .filter(|l| !ours.contains(l))
        .map(|l| format!("{l}\n"))
        .collect())
}

/// Warns when the crontab holds a line for this data directory that is not the one `print`
/// would write now (another program path, another platforms file or `config.yaml`). A machine
/// without `crontab`, or whose crontab cannot be read, has nothing to compare.
fn warn_if_stale(ctx: &Ctx<'_>) -> anyhow::Result<()> {
    let settings = ctx.settings()?;
    let Ok(current) = crontab_read() else {
        return Ok(());
    };
    let line = cron_line(settings)?;
    let ours = our_lines(&current, &settings.home)?;
    if ours.iter().any(|l| *l != line) {
        ctx.printer().warn(
            &"the installed cron line is not the one `takedown schedule print` writes now (another \
              program, platforms file or config.yaml); `takedown schedule install` replaces it",
        );
    }
    Ok(())
}

/// What cron runs: every unattended job, as `cron`, with every setting in force here named, so
/// that a shell with an empty environment sees what staff see. What it records (links seen
/// removed, alerts queued) is marked as done by `cron`, not by any person.
fn invocation(settings: &Settings) -> anyhow::Result<String> {
    let exe = std::env::current_exe().context("cannot find the path of this program")?;
    let mut line = format!("{} --home {}", quote(&exe)?, quote(&settings.home)?);
    if let Some(platforms) = &settings.platforms_file {
        line += &format!(" --platforms {}", quote(platforms)?);
    }
    // The default `config.yaml` is found through `$HOME`, which cron may not set as here.
    if let Some(config) = settings
        .config_file
        .as_ref()
        .filter(|c| settings.config_named || c.exists())
    {
        line += &format!(" --config {}", quote(config)?);
    }
    Ok(line + " cron --quiet --as cron")
}

/// Every hour at :17 (not :00, when every other job runs); the schedule decides what is due.
fn cron_line(settings: &Settings) -> anyhow::Result<String> {
    Ok(format!("17 * * * * {} {CRON_TAG}", invocation(settings)?))
}

fn systemd_units(settings: &Settings) -> anyhow::Result<String> {
    Ok(format!(
        "# ~/.config/systemd/user/takedown-cron.service\n[Unit]\nDescription=takedown: re-checks, follow-ups and queued e-mail\n\n\
         [Service]\nType=oneshot\nExecStart={}\n\n\
         # ~/.config/systemd/user/takedown-cron.timer (then: systemctl --user enable --now takedown-cron.timer)\n\
         [Unit]\nDescription=takedown: unattended jobs every hour\n\n\
         [Timer]\nOnCalendar=*-*-* *:17:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target",
        invocation(settings)?
    ))
}

/// Single quotes for the shell cron runs lines with. A path with a newline or `%` (cron's own
/// line syntax) is refused rather than half-escaped.
fn quote(path: &Path) -> anyhow::Result<String> {
    let text = path
        .to_str()
        .context("the path is not UTF-8 text, which cron cannot run")?;
    if text.contains(['\n', '\r', '%']) {
        anyhow::bail!(
            "`{}` contains a newline or `%`, which a crontab line cannot hold",
            path.display()
        );
    }
    Ok(format!("'{}'", text.replace('\'', r"'\''")))
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
