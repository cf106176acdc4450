//! `config.yaml`: the helpline's own settings, one section per concern. Every section has
//! defaults, so the file is optional and may name only what differs. It never holds a secret:
//! passwords and keys live in the secret store.

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Deserializer};

use super::yaml::{self, Diagnostic, NodePath, Problems};
use crate::domain::schedule::Policy;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error(transparent)]
    Read(#[from] yaml::Error),
    #[error("`{}` is not a valid settings file:\n{}", .path.display(), .problems.iter().map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        path: PathBuf,
        problems: Vec<Diagnostic>,
    },
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ConfigFile {
    /// The staff handle of whoever uses this config (initials such as `AK`); `--as` and
    /// `TAKEDOWN_STAFF` win.
    #[serde(default)]
    pub(crate) handle: Option<String>,
    #[serde(default)]
    pub(crate) recheck: RecheckConfig,
    #[serde(default)]
    pub(crate) wipe: crate::wipe::shred::WipeConfig,
    #[serde(default)]
    pub(crate) matching: crate::domain::matching::MatchConfig,
    #[serde(default)]
    pub(crate) mail: crate::mail::config::MailConfig,
    #[serde(default)]
    pub(crate) timestamp: TimestampConfig,
}

impl ConfigFile {
    /// Reads `path`; a missing file is the defaults unless the user named it, since a named file
    /// that is not there is a mistake worth hearing about.
    pub(crate) fn load(path: &Path, named: bool) -> Result<ConfigFile, Error> {
        let src = match yaml::read(path) {
            Ok(src) => src,
            Err(yaml::Error::Read(e)) if !named && e.kind() == io::ErrorKind::NotFound => {
                return Ok(ConfigFile::default());
            }
            Err(e) => return Err(e.into()),
        };
        Self::parse(&src).map_err(|problems| Error::Invalid {
            path: path.to_owned(),
            problems,
        })
    }

    /// Parses and checks the whole file, every section, whatever the command needs: a setting
    /// that cannot work is an error where it is written, not a surprise in the night's cron run.
    pub(crate) fn parse(src: &str) -> Result<ConfigFile, Vec<Diagnostic>> {
        if src.trim().is_empty() {
            return Ok(ConfigFile::default());
        }
        let parsed = yaml::from_str_past_unknown_keys::<ConfigFile>(src);
        match parsed.value {
            Some(config) if parsed.diagnostics.is_empty() => {
                let problems = config.problems();
                if problems.0.is_empty() {
                    Ok(config)
                } else {
                    Err(yaml::locate(&parsed.text, problems))
                }
            }
            _ => Err(parsed.diagnostics),
        }
    }

    fn problems(&self) -> Problems {
        let mut problems = Problems::default();
        let root = NodePath::default();
        self.recheck.check(&root.key("recheck"), &mut problems);
        let sections = [
            ("wipe", self.wipe.problems()),
            ("mail", self.mail.problems()),
        ];
        for (section, found) in sections {
            for (field, message) in found {
                problems.at(root.key(section).key(field), message);
            }
        }
        problems
    }
}

/// The least time one request may take: under a second, every link of a slow platform would
/// be an error.
pub(crate) const MIN_TIMEOUT: Duration = Duration::from_secs(1);
/// The least time between two checks of one link. `0s` (or a fraction of a second) reads as a
/// typo, not a schedule, and is refused. The floor is not a minute: a run checks each due link
/// once, so an interval shorter than the time between runs means "every run", which works (and
/// the unattended tests, issue 19, rely on links due again a second later).
pub(crate) const MIN_CHECK_INTERVAL: Duration = Duration::from_secs(1);
/// Bytes of a page, at least: removal texts and a content hash need some of the page.
pub(crate) const MIN_BODY: usize = 1024;
/// Bytes of a picture, at least: less than this holds no picture worth hashing.
pub(crate) const MIN_IMAGE: usize = 64 * 1024;
/// Bytes of a page or picture, at most: `concurrency` of them can be in memory at once.
pub(crate) const MAX_BODY: usize = 256 * 1024 * 1024;
/// Further tries, at most: each waits up to a minute, so more would keep a run going for hours.
pub(crate) const MAX_RETRIES: u32 = 10;

/// The wait before a confirming look, at most: a run sleeps that long holding the lock that
/// keeps the next (cron) run out, so a typo such as `5d` would stop re-checks for days.
pub(crate) const MAX_CONFIRM_AFTER: Duration = Duration::from_secs(10 * 60);

/// `--confirm-after` and `recheck.confirm_after`.
pub(crate) fn check_confirm_after(wait: Duration) -> Result<Duration, String> {
    if wait > MAX_CONFIRM_AFTER {
        return Err("the wait before a confirming look is at most 10m".to_owned());
    }
    Ok(wait)
}

/// `--timeout` and `recheck.timeout`.
pub(crate) fn check_timeout(timeout: Duration) -> Result<Duration, String> {
    if timeout < MIN_TIMEOUT {
        return Err(format!(
            "a timeout under {}s would make every link an error",
            MIN_TIMEOUT.as_secs()
        ));
    }
    Ok(timeout)
}

/// `--max-body` and `recheck.max_body`; `--max-image` and `recheck.max_image`.
pub(crate) fn check_bytes(bytes: usize, least: usize) -> Result<usize, String> {
    if !(least..=MAX_BODY).contains(&bytes) {
        return Err(format!("give {least} to {MAX_BODY} bytes"));
    }
    Ok(bytes)
}

/// `--retries` and `recheck.retries`.
pub(crate) fn check_retries(retries: u32) -> Result<u32, String> {
    if retries > MAX_RETRIES {
        return Err(format!("give 0 to {MAX_RETRIES} retries"));
    }
    Ok(retries)
}

/// `--proxy` and `recheck.proxy`: an http, https, socks5 or socks5h URL with a host. The value
/// is never shown: it may hold a password.
pub(crate) fn check_proxy(proxy: &str) -> Result<(), String> {
    let ok = url::Url::parse(proxy).is_ok_and(|u| {
        matches!(u.scheme(), "http" | "https" | "socks5" | "socks5h")
            && u.host_str().is_some_and(|h| !h.is_empty())
    });
    if ok {
        Ok(())
    } else {
        Err(
            "the proxy must be an http://, https://, socks5:// or socks5h:// URL with a host"
                .to_owned(),
        )
    }
}

/// `--user-agent` and `recheck.user_agent`: it goes into a header, so no line break may end it.
pub(crate) fn check_user_agent(agent: &str) -> Result<(), String> {
    if agent.trim().is_empty() || agent.len() > 512 || agent.chars().any(char::is_control) {
        return Err(
            "a user agent is one line of at most 512 bytes without control characters".to_owned(),
        );
    }
    Ok(())
}

impl RecheckConfig {
    fn check(&self, at: &NodePath, problems: &mut Problems) {
        let mut at_least_one = |field: &str, n: u16| {
            if n == 0 {
                problems.at(at.key(field), "must be at least 1".to_owned());
            }
        };
        at_least_one("concurrency", self.concurrency);
        at_least_one("per_host", self.per_host);
        let results = [
            ("timeout", check_timeout(self.timeout).err()),
            ("retries", check_retries(self.retries).err()),
            (
                "confirm_after",
                check_confirm_after(self.confirm_after).err(),
            ),
            ("max_body", check_bytes(self.max_body, MIN_BODY).err()),
            ("max_image", check_bytes(self.max_image, MIN_IMAGE).err()),
            ("user_agent", check_user_agent(&self.user_agent).err()),
            (
                "proxy",
                self.proxy.as_deref().and_then(|p| check_proxy(p).err()),
            ),
        ];
        for (field, problem) in results {
            if let Some(message) = problem {
                problems.at(at.key(field), message);
            }
        }
        let schedule = at.key("schedule");
        let s = &self.schedule;
        for (field, every) in [
            ("pending_every", s.pending_every),
            ("pending_then", s.pending_then),
            ("removed_every", s.removed_every),
            ("removed_then", s.removed_then),
        ] {
            if every < MIN_CHECK_INTERVAL {
                problems.at(
                    schedule.key(field),
                    "links are checked at most once a second; give `1s` or more".to_owned(),
                );
            }
        }
    }
}

/// `recheck:` — how politely and how often links are fetched. Command-line flags win.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct RecheckConfig {
    pub(crate) concurrency: u16,
    pub(crate) per_host: u16,
    #[serde(deserialize_with = "duration")]
    pub(crate) host_interval: Duration,
    #[serde(deserialize_with = "duration")]
    pub(crate) timeout: Duration,
    pub(crate) retries: u32,
    pub(crate) user_agent: String,
    pub(crate) max_body: usize,
    pub(crate) max_image: usize,
    pub(crate) proxy: Option<String>,
    /// PEM certificates trusted beside the OS roots, as `mail.ca_file` is for mail.
    pub(crate) ca_file: Option<PathBuf>,
    pub(crate) schedule: ScheduleConfig,
    /// A run fails (exit 2) when more than this share of its fetches get no answer (0 to 1;
    /// all of them failing always fails it).
    #[serde(deserialize_with = "share")]
    pub(crate) fail_share: f64,
    /// A change (removed, unavailable, resurfaced) is believed only when a second fetch this
    /// long after the first, in the same run, agrees.
    #[serde(deserialize_with = "duration")]
    pub(crate) confirm_after: Duration,
    /// After this many failed runs in a row, staff get an alert e-mail (at least 1).
    #[serde(deserialize_with = "at_least_one")]
    pub(crate) alert_after_failed_runs: u32,
}

impl Default for RecheckConfig {
    fn default() -> RecheckConfig {
        RecheckConfig {
            concurrency: 16,
            per_host: 2,
            host_interval: Duration::from_secs(1),
            timeout: Duration::from_secs(30),
            retries: 2,
            user_agent: concat!("takedown/", env!("CARGO_PKG_VERSION")).to_owned(),
            max_body: 1024 * 1024,
            max_image: 16 * 1024 * 1024,
            proxy: None,
            ca_file: None,
            schedule: ScheduleConfig::default(),
            fail_share: 0.5,
            confirm_after: Duration::from_secs(5),
            alert_after_failed_runs: 3,
        }
    }
}

/// `timestamp:` — RFC 3161 time-stamping authorities for evidence. There is no default: without
/// `tsa` nothing is sent. `trust` is required with it, since a token is kept only once its
/// signature chains to a certificate the helpline chose.
#[derive(Debug, Default, Deserialize)]
#[serde(try_from = "RawTimestamp")]
pub(crate) struct TimestampConfig {
    /// Asked in order; the first that answers with a good token stamps the item.
    pub(crate) tsa: Vec<url::Url>,
    /// PEM certificates: the authorities' own or their CAs'.
    pub(crate) trust: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct RawTimestamp {
    tsa: Vec<String>,
    trust: Option<PathBuf>,
}

impl TryFrom<RawTimestamp> for TimestampConfig {
    type Error = String;

    fn try_from(raw: RawTimestamp) -> Result<TimestampConfig, String> {
        let tsa = raw
            .tsa
            .iter()
            .map(|text| match url::Url::parse(text) {
                Ok(url) if matches!(url.scheme(), "http" | "https") && url.has_host() => Ok(url),
                _ => Err(format!(
                    "tsa: `{text}` is not an http or https URL such as `https://freetsa.org/tsr`"
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        match &raw.trust {
            None if !tsa.is_empty() => {
                return Err(
                    "tsa is set but trust is not: name the PEM file of the authorities' \
                            certificates, so tokens can be checked"
                        .to_owned(),
                );
            }
            Some(path) if !path.is_absolute() => {
                return Err(format!(
                    "trust: `{}` is not an absolute path (cron runs elsewhere)",
                    path.display()
                ));
            }
            _ => {}
        }
        Ok(TimestampConfig {
            tsa,
            trust: raw.trust,
        })
    }
}

/// `recheck.schedule:` — ARCHITECTURE §3's policy, in words such as `6h` or `14d`.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct ScheduleConfig {
    #[serde(deserialize_with = "duration")]
    pub(crate) pending_every: Duration,
    #[serde(deserialize_with = "duration")]
    pub(crate) pending_for: Duration,
    #[serde(deserialize_with = "duration")]
    pub(crate) pending_then: Duration,
    #[serde(deserialize_with = "duration")]
    pub(crate) removed_every: Duration,
    #[serde(deserialize_with = "duration")]
    pub(crate) removed_for: Duration,
    #[serde(deserialize_with = "duration")]
    pub(crate) removed_then: Duration,
}

impl Default for ScheduleConfig {
    fn default() -> ScheduleConfig {
        let p = Policy::default();
        let unsigned = |d: jiff::SignedDuration| d.unsigned_abs();
        ScheduleConfig {
            pending_every: unsigned(p.pending_every),
            pending_for: unsigned(p.pending_for),
            pending_then: unsigned(p.pending_then),
            removed_every: unsigned(p.removed_every),
            removed_for: unsigned(p.removed_for),
            removed_then: unsigned(p.removed_then),
        }
    }
}

impl ScheduleConfig {
    pub(crate) fn policy(&self) -> Policy {
        let signed =
            |d: Duration| jiff::SignedDuration::try_from(d).unwrap_or(jiff::SignedDuration::MAX);
        Policy {
            pending_every: signed(self.pending_every),
            pending_for: signed(self.pending_for),
            pending_then: signed(self.pending_then),
            removed_every: signed(self.removed_every),
            removed_for: signed(self.removed_for),
            removed_then: signed(self.removed_then),
        }
    }
}

fn duration<'de, D: Deserializer<'de>>(de: D) -> Result<Duration, D::Error> {
    let text = String::deserialize(de)?;
    parse_duration(&text).map_err(serde::de::Error::custom)
}

fn share<'de, D: Deserializer<'de>>(de: D) -> Result<f64, D::Error> {
    let share = f64::deserialize(de)?;
    if !(0.0..=1.0).contains(&share) {
        return Err(serde::de::Error::custom(format!(
            "`{share}` is not a share between 0 and 1, such as `0.5`"
        )));
    }
    Ok(share)
}

fn at_least_one<'de, D: Deserializer<'de>>(de: D) -> Result<u32, D::Error> {
    match u32::deserialize(de)? {
        0 => Err(serde::de::Error::custom("`0`: give 1 or more")),
        n => Ok(n),
    }
}

/// `500ms`, `2s`, `6h`, `3d`, `2w`, `1d 12h`: a day is 24 hours here, since these are intervals
/// between checks, not calendar dates. Never negative.
pub(crate) fn parse_duration(text: &str) -> Result<Duration, String> {
    let bad = || format!("`{text}` is not a duration such as `500ms`, `2s`, `6h` or `3d`");
    let span: jiff::Span = text.trim().parse().map_err(|_| bad())?;
    if span.get_years() != 0 || span.get_months() != 0 {
        return Err(format!(
            "`{text}`: months and years have no fixed length; give days or weeks"
        ));
    }
    let signed = span
        .to_duration(jiff::SpanRelativeTo::days_are_24_hours())
        .map_err(|_| bad())?;
    Duration::try_from(signed).map_err(|_| format!("`{text}` is negative"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_like_people_write_them() {
        let secs = Duration::from_secs;
        assert_eq!(parse_duration("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_duration("2s"), Ok(secs(2)));
        assert_eq!(parse_duration("1m 30s"), Ok(secs(90)));
        assert_eq!(parse_duration("6h"), Ok(secs(6 * 3600)));
        assert_eq!(parse_duration("3d"), Ok(secs(3 * 86_400)));
        assert_eq!(parse_duration("2w"), Ok(secs(14 * 86_400)));
        assert_eq!(parse_duration("1d 12h"), Ok(secs(36 * 3600)));
        assert!(parse_duration("-1s").is_err());
        assert!(parse_duration("soon").is_err());
        assert!(
            parse_duration("1 month")
                .unwrap_err()
                .contains("no fixed length")
        );
    }

    #[test]
    fn timestamp_authorities_are_urls_with_a_trust_file() {
        let config = ConfigFile::parse(
            "timestamp:\n  tsa: [http://127.0.0.1:1/tsr, https://tsa.example/]\n  trust: /etc/tsa.pem\n",
        )
        .unwrap();
        assert_eq!(config.timestamp.tsa.len(), 2);
        assert!(ConfigFile::parse("").unwrap().timestamp.tsa.is_empty());
        let problems = |src: &str| {
            ConfigFile::parse(src)
                .unwrap_err()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        };
        assert!(problems("timestamp:\n  tsa: [http://a.example/]\n").contains("trust is not"));
        assert!(
            problems("timestamp:\n  tsa: [ftp://a.example/]\n  trust: /t.pem\n")
                .contains("`ftp://a.example/` is not an http or https URL")
        );
        assert!(
            problems("timestamp:\n  tsa: [http://a.example/]\n  trust: t.pem\n")
                .contains("not an absolute path")
        );
        assert!(problems("timestamp:\n  tsas: []\n").contains("unknown field `tsas`"));
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let config = ConfigFile::parse("").unwrap();
        assert_eq!(config.recheck.concurrency, 16);
        assert_eq!(config.recheck.schedule.policy(), Policy::default());
    }

    #[test]
    fn a_section_may_name_only_what_differs() {
        let config = ConfigFile::parse(
            "recheck:\n  per_host: 1\n  host_interval: 5s\n  schedule:\n    pending_every: 2h\n",
        )
        .unwrap();
        assert_eq!(config.recheck.per_host, 1);
        assert_eq!(config.recheck.host_interval, Duration::from_secs(5));
        assert_eq!(config.recheck.concurrency, 16);
        let policy = config.recheck.schedule.policy();
        assert_eq!(policy.pending_every, jiff::SignedDuration::from_hours(2));
        assert_eq!(policy.removed_then, Policy::default().removed_then);
    }

    #[test]
    fn settings_that_cannot_work_are_refused_where_they_are_written() {
        let src = "\
recheck:
  concurrency: 0
  per_host: 0
  timeout: 0s
  retries: 1000
  confirm_after: 1d
  max_body: 0
  max_image: 10
  user_agent: \"a\\nb\"
  proxy: file:///etc/passwd
  schedule:
    pending_every: 0s
    removed_then: 500ms
wipe:
  passes: 0
mail:
  host: \"smtp.example.org\\r\\nRCPT TO:<x@y.example>\"
  port: 0
  security: plain
  username: desk
  from: not an address
  message_id_domain: 10.0.0.1
  ca_file: /etc/passwd
";
        let found: Vec<String> = ConfigFile::parse(src)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                "2:16: recheck.concurrency: must be at least 1",
                "3:13: recheck.per_host: must be at least 1",
                "4:12: recheck.timeout: a timeout under 1s would make every link an error",
                "5:12: recheck.retries: give 0 to 10 retries",
                "6:18: recheck.confirm_after: the wait before a confirming look is at most 10m",
                "7:13: recheck.max_body: give 1024 to 268435456 bytes",
                "8:14: recheck.max_image: give 65536 to 268435456 bytes",
                "9:15: recheck.user_agent: a user agent is one line of at most 512 bytes without control characters",
                "10:10: recheck.proxy: the proxy must be an http://, https://, socks5:// or socks5h:// URL with a host",
                "12:20: recheck.schedule.pending_every: links are checked at most once a second; give `1s` or more",
                "13:19: recheck.schedule.removed_then: links are checked at most once a second; give `1s` or more",
                "15:11: wipe.passes: give 1 to 35 passes",
                "17:9: mail.host: not a host name or an IP address",
                "18:9: mail.port: port 0 is not a port; give 1 to 65535",
                "19:13: mail.security: `plain` sends the password in clear text; it is for a local relay without `mail.username`",
                "21:9: mail.from: not an e-mail address",
                "22:22: mail.message_id_domain: not a domain name such as `helpline.example`",
                "23:12: mail.ca_file: the CA file `/etc/passwd` holds no readable PEM certificate",
            ]
        );
    }

    #[test]
    fn every_problem_is_placed_and_reported_at_once() {
        let problems =
            ConfigFile::parse("recheck:\n  per_hots: 1\n  schedule:\n    pending_every: soon\n")
                .unwrap_err();
        assert!(!problems.is_empty());
        assert_eq!(
            (problems[0].line, problems[0].column),
            (2, 3),
            "{problems:?}"
        );
        assert!(problems[0].message.contains("per_hots"), "{problems:?}");
    }
}
