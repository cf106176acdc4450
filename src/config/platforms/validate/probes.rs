//! Checks of a platform's probe: the template fills in with the link and gives an http(s) URL
//! on one of the platform's own hosts (a probe sends the link, so it goes to the platform that
//! already has it and to nobody else), and the answers are well formed and can tell live from
//! gone.

use std::collections::HashSet;

use super::{Validator, url_problem};
use crate::config::yaml::NodePath;
use crate::domain::catalog::{HostPattern, Probe, fill_probe, host_matches};
use crate::domain::recheck::ProbeMeaning;
use crate::domain::url::normalize;

impl Validator<'_> {
    pub(super) fn probe(&mut self, path: &NodePath, probe: &Probe, hosts: &[String]) {
        self.fact(path, &probe.sources, &probe.checked, probe.unverified);
        self.text(path.key("name"), "a probe's `name`", &probe.name);
        let sample = normalize("https://example.com/a/b?c=d", &|_: &str| None::<String>)
            .expect("the sample link is valid");
        match fill_probe(&probe.url, &sample) {
            Err(err) => self.problem(path.key("url"), format!("probe url: {err}")),
            Ok(filled) => {
                if let Some(problem) = url_problem(&filled, false) {
                    self.problem(path.key("url"), format!("probe {problem}"));
                } else if let Some(host) = url::Url::parse(&filled)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_ascii_lowercase))
                    .filter(|host| !own_host(hosts, host))
                {
                    self.problem(
                        path.key("url"),
                        format!(
                            "probe url: host `{host}` is not one of this platform's `hosts`; a probe sends the link, so it may only ask the platform itself"
                        ),
                    );
                }
            }
        }
        for (n, pattern) in probe.paths.iter().enumerate() {
            let stars = pattern.split('/').filter(|s| *s == "**").count();
            if !pattern.starts_with('/') || stars > 1 || (stars == 1 && !pattern.ends_with("/**")) {
                self.problem(
                    path.key("paths").index(n),
                    format!(
                        "`{pattern}` is not a path pattern: start with `/`; `**` may only end it"
                    ),
                );
            }
        }
        if probe.answers.is_empty() {
            self.problem(path.key("answers"), "a probe needs answers".to_owned());
        }
        let mut statuses = HashSet::new();
        for (n, answer) in probe.answers.iter().enumerate() {
            let at = path.key("answers").index(n);
            match (answer.status, &answer.text) {
                (Some(status), None) => {
                    if !(100..=599).contains(&status) {
                        self.problem(
                            at.key("status"),
                            format!("`{status}` is not an HTTP status code"),
                        );
                    } else if !statuses.insert(status) {
                        self.problem(
                            at.key("status"),
                            format!("status `{status}` has two answers"),
                        );
                    }
                }
                (None, Some(text)) => self.text(at.key("text"), "an answer's `text`", text),
                _ => self.problem(
                    at,
                    "an answer needs exactly one of `status` and `text`".to_owned(),
                ),
            }
        }
        let live = probe.answers.iter().any(|a| a.means == ProbeMeaning::Live);
        let gone = probe.answers.iter().any(|a| a.means != ProbeMeaning::Live);
        if !(probe.answers.is_empty() || live && gone) {
            self.problem(
                path.key("answers"),
                "a probe needs an answer that means `live` and one that means `removed` or `unavailable`".to_owned(),
            );
        }
    }
}

/// Whether `host` is one of the platform's host `patterns` (a pattern that does not parse is
/// reported where the hosts are checked, and fits nothing here).
fn own_host(patterns: &[String], host: &str) -> bool {
    patterns
        .iter()
        .filter_map(|p| p.parse::<HostPattern>().ok())
        .any(|p| host_matches(&p, host))
}
