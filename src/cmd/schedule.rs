//! `takedown schedule`: when links are re-checked, and the cron line or systemd timer that runs
//! `recheck --due`. Also the run lock that keeps two re-checks from overlapping.

use std::io::{self, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::Context as _;
use serde::Serialize;

use crate::ctx::Ctx;
use crate::domain::catalog::PlatformId;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::recheck::Seen;
use crate::domain::schedule;
use crate::error::ExitStatus;
use crate::render::Table;
use crate::store::CheckFilter;

/// Show when links are re-checked; print, install or remove the job that runs `recheck --due`
#[derive(Debug, clap::Subcommand)]
pub(crate) enum ScheduleCommand {
    /// List the upcoming checks, soonest first
    Show,
    /// Print a crontab line, and a systemd service and timer, that run `recheck --due`
    Print,
    /// Add the cron line to the current user's crontab (never a second one)
    Install,
    /// Take the cron line out of the current user's crontab
    Remove,
}

/// Ends our line in the crontab, so `install` and `remove` find it and nothing else.
const CRON_TAG: &str = "# takedown recheck";

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
                .check_targets(&CheckFilter::default())?
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
            let line = cron_line(&ctx.settings()?.home)?;
            printer.line(&format!(
                "# crontab (crontab -e), or `takedown schedule install`:\n{line}\n"
            ))?;
            printer.line(&systemd_units(&ctx.settings()?.home)?)?;
        }
        ScheduleCommand::Install => {
            let home = &ctx.settings()?.home;
            let line = cron_line(home)?;
            let current = crontab_read()?;
            if current.lines().any(|l| l == line) {
                printer.note(&"the cron line is already installed");
            } else {
                let mut kept = without_our_line(&current, home)?;
                kept.push_str(&line);
                kept.push('\n');
                crontab_write(&kept)?;
                printer.note(&"installed the cron line: `takedown recheck --due` runs every hour");
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

/// The crontab without our line for this data directory, whichever program path it names (an
/// upgrade may have moved the program).
fn without_our_line(crontab: &str, home: &Path) -> anyhow::Result<String> {
    let home_arg = format!(" --home {} ", quote(home)?);
    Ok(crontab
        .lines()
        .filter(|l| !(l.ends_with(CRON_TAG) && l.contains(&home_arg)))
        .map(|l| format!("{l}\n"))
        .collect())
}

/// The re-check cron runs; what it records (links seen removed, alerts queued) is marked as done
/// by `cron`, not by any person.
fn invocation(home: &Path) -> anyhow::Result<String> {
    let exe = std::env::current_exe().context("cannot find the path of this program")?;
    Ok(format!(
        "{} --home {} --as cron recheck --due --quiet",
        quote(&exe)?,
        quote(home)?
    ))
}

/// Every hour at :17 (not :00, when every other job runs); the schedule decides what is due.
fn cron_line(home: &Path) -> anyhow::Result<String> {
    Ok(format!("17 * * * * {} {CRON_TAG}", invocation(home)?))
}

fn systemd_units(home: &Path) -> anyhow::Result<String> {
    Ok(format!(
        "# ~/.config/systemd/user/takedown-recheck.service\n[Unit]\nDescription=takedown: re-check due links\n\n\
         [Service]\nType=oneshot\nExecStart={}\n\n\
         # ~/.config/systemd/user/takedown-recheck.timer (then: systemctl --user enable --now takedown-recheck.timer)\n\
         [Unit]\nDescription=takedown: re-check due links every hour\n\n\
         [Timer]\nOnCalendar=*-*-* *:17:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target",
        invocation(home)?
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
