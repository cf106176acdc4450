//! The one unattended job as cron and systemd run it (issue 19): its command, naming every
//! setting in force where it was printed, so that a run with another `$HOME`, or none, sees the
//! config, templates, platforms and key staff see; the crontab line and systemd units around it;
//! and which lines of a crontab are ours. Pure: the paths are arguments, and reading or writing
//! the crontab is `cmd::schedule`'s.

use std::path::{Path, PathBuf};

/// Ends our line in the crontab, so `install` and `remove` find it and nothing else.
const CRON_TAG: &str = "# takedown cron";
/// What lines of versions before `takedown cron` ended with: replaced by `install`.
const OLD_CRON_TAG: &str = "# takedown recheck";

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Error {
    #[error("the path `{}` is not UTF-8 text, which cron cannot run", .0.display())]
    NotText(PathBuf),
    #[error("`{}` contains a newline or `%`, which a crontab line cannot hold", .0.display())]
    Unquotable(PathBuf),
}

/// What the job runs with, every path absolute; `None` where nothing is in force, so the job
/// finds no such file wherever it runs either.
#[derive(Debug, Clone)]
pub(crate) struct Job {
    pub(crate) program: PathBuf,
    /// The data directory, whose `home.json` names the key file.
    pub(crate) home: PathBuf,
    pub(crate) platforms: Option<PathBuf>,
    pub(crate) config: Option<PathBuf>,
    /// Template overrides (the alert and follow-up e-mails cron sends are rendered with them).
    pub(crate) templates: Option<PathBuf>,
}

impl Job {
    /// Every unattended job, as `cron`: what it records (links seen removed, alerts queued) is
    /// marked as done by `cron`, not by any person. No secret is ever in it.
    pub(crate) fn command(&self) -> Result<String, Error> {
        let mut line = format!("{} --home {}", quote(&self.program)?, quote(&self.home)?);
        let named = [
            ("--platforms", &self.platforms),
            ("--config", &self.config),
            ("--templates", &self.templates),
        ];
        for (flag, path) in named {
            if let Some(path) = path {
                line += &format!(" {flag} {}", quote(path)?);
            }
        }
        Ok(line + " cron --quiet --as cron")
    }

    /// Every hour at :17 (not :00, when every other job runs); the schedule decides what is due.
    pub(crate) fn cron_line(&self) -> Result<String, Error> {
        Ok(format!("17 * * * * {} {CRON_TAG}", self.command()?))
    }

    pub(crate) fn systemd_units(&self) -> Result<String, Error> {
        Ok(format!(
            "# ~/.config/systemd/user/takedown-cron.service\n[Unit]\nDescription=takedown: re-checks, follow-ups and queued e-mail\n\n\
             [Service]\nType=oneshot\nExecStart={}\n\n\
             # ~/.config/systemd/user/takedown-cron.timer (then: systemctl --user enable --now takedown-cron.timer)\n\
             [Unit]\nDescription=takedown: unattended jobs every hour\n\n\
             [Timer]\nOnCalendar=*-*-* *:17:00\nPersistent=true\n\n[Install]\nWantedBy=timers.target",
            self.command()?
        ))
    }
}

/// Our lines in `crontab` for the data directory `home`, whichever program path they name (an
/// upgrade may have moved the program), including those from before `takedown cron`.
pub(crate) fn ours<'t>(crontab: &'t str, home: &Path) -> Result<Vec<&'t str>, Error> {
    let home_arg = format!(" --home {} ", quote(home)?);
    Ok(crontab
        .lines()
        .filter(|l| (l.ends_with(CRON_TAG) || l.ends_with(OLD_CRON_TAG)) && l.contains(&home_arg))
        .collect())
}

/// `crontab` without our lines for `home`.
pub(crate) fn without_ours(crontab: &str, home: &Path) -> Result<String, Error> {
    let ours = ours(crontab, home)?;
    Ok(crontab
        .lines()
        .filter(|l| !ours.contains(l))
        .map(|l| format!("{l}\n"))
        .collect())
}

/// Single quotes for the shell cron runs lines with. A path with a newline or `%` (cron's own
/// line syntax) is refused rather than half-escaped.
fn quote(path: &Path) -> Result<String, Error> {
    let text = path
        .to_str()
        .ok_or_else(|| Error::NotText(path.to_owned()))?;
    if text.contains(['\n', '\r', '%']) {
        return Err(Error::Unquotable(path.to_owned()));
    }
    Ok(format!("'{}'", text.replace('\'', r"'\''")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job() -> Job {
        Job {
            program: "/usr/bin/takedown".into(),
            home: "/srv/help line's data".into(),
            platforms: None,
            config: Some("/etc/takedown/config.yaml".into()),
            templates: Some("/home/ak/.config/takedown/templates".into()),
        }
    }

    #[test]
    fn the_command_names_every_setting_in_force_quoted_for_sh() {
        assert_eq!(
            job().command().unwrap(),
            r"'/usr/bin/takedown' --home '/srv/help line'\''s data' --config '/etc/takedown/config.yaml' --templates '/home/ak/.config/takedown/templates' cron --quiet --as cron"
        );
        let bare = Job {
            config: None,
            templates: None,
            ..job()
        };
        assert!(!bare.command().unwrap().contains("--templates"));
        assert!(
            job()
                .cron_line()
                .unwrap()
                .starts_with("17 * * * * '/usr/bin/takedown' ")
        );
        assert!(
            job()
                .systemd_units()
                .unwrap()
                .contains(&format!("ExecStart={}\n", job().command().unwrap()))
        );
    }

    #[test]
    fn a_path_cron_would_cut_is_refused() {
        for bad in ["/tmp/50%", "/tmp/a\nb"] {
            let job = Job {
                templates: Some(bad.into()),
                ..job()
            };
            assert_eq!(job.command(), Err(Error::Unquotable(bad.into())));
        }
    }

    #[test]
    fn only_this_data_directorys_lines_are_ours_old_or_new() {
        let line = job().cron_line().unwrap();
        let other = Job {
            home: "/srv/other".into(),
            ..job()
        }
        .cron_line()
        .unwrap();
        let old = "0 * * * * '/opt/takedown' --home '/srv/help line'\\''s data' recheck --due -q # takedown recheck";
        let tab = format!(
            "MAILTO=ak\n{old}\n{line}\n{other}\n5 * * * * backup --home '/srv/help line'\\''s data' \n"
        );
        assert_eq!(ours(&tab, &job().home).unwrap(), [old, line.as_str()]);
        assert_eq!(
            without_ours(&tab, &job().home).unwrap(),
            format!("MAILTO=ak\n{other}\n5 * * * * backup --home '/srv/help line'\\''s data' \n")
        );
    }
}
