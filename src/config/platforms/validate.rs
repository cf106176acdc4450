//! Validation: every problem of a platforms file is collected with the path of its node, then
//! placed at its line and column.

use std::collections::HashSet;

mod probes;
mod tracking;

use super::PlatformsFile;
use crate::config::yaml::NodePath;
pub(super) use crate::config::yaml::{Problems, locate};
use crate::domain::catalog::{
    Catalog, Channel, ChannelKind, HostPattern, Hosts, Hotline, Jurisdiction, Note, Platform,
    RemovalMarker, Source, host_matches, validate_host,
};

/// Names a file's references may use: its own, and those of the catalogue it is merged over.
pub(super) struct Names<'a> {
    sources: HashSet<&'a str>,
    hotlines: HashSet<&'a str>,
    jurisdictions: HashSet<&'a str>,
}

impl<'a> Names<'a> {
    pub(super) fn new(file: &'a PlatformsFile, base: Option<&'a Catalog>) -> Names<'a> {
        let mut names = Names {
            sources: file.sources.keys().map(String::as_str).collect(),
            hotlines: file.hotlines.iter().map(|h| h.id.as_str()).collect(),
            jurisdictions: file.jurisdictions.iter().map(|j| j.id.as_str()).collect(),
        };
        if let Some(base) = base {
            let base = base.entries();
            names
                .sources
                .extend(base.sources.keys().map(String::as_str));
            names
                .hotlines
                .extend(base.hotlines.iter().map(|h| h.id.as_str()));
            names
                .jurisdictions
                .extend(base.jurisdictions.iter().map(|j| j.id.as_str()));
        }
        names
    }
}

struct Validator<'a> {
    names: &'a Names<'a>,
    problems: &'a mut Problems,
}

pub(super) fn validate(file: &PlatformsFile, names: &Names<'_>, problems: &mut Problems) {
    let mut v = Validator { names, problems };
    let root = NodePath::default();
    for (key, source) in &file.sources {
        v.source(&root.key("sources").key(key), key, source);
    }
    for (n, marker) in file.default_removal_markers.iter().enumerate() {
        v.marker(&root.key("default_removal_markers").index(n), marker);
    }
    for (n, list) in file.tracking_params.iter().enumerate() {
        v.tracking_params(&root.key("tracking_params").index(n), list);
    }
    v.unique_ids(
        &root.key("platforms"),
        "platform",
        file.platforms.iter().map(|p| p.id.as_str()),
    );
    v.unique_ids(
        &root.key("hotlines"),
        "hotline",
        file.hotlines.iter().map(|h| h.id.as_str()),
    );
    v.unique_ids(
        &root.key("jurisdictions"),
        "jurisdiction",
        file.jurisdictions.iter().map(|j| j.id.as_str()),
    );
    for (n, platform) in file.platforms.iter().enumerate() {
        v.platform(&root.key("platforms").index(n), platform);
    }
    for (n, hotline) in file.hotlines.iter().enumerate() {
        v.hotline(&root.key("hotlines").index(n), hotline);
    }
    for (n, jurisdiction) in file.jurisdictions.iter().enumerate() {
        v.jurisdiction(&root.key("jurisdictions").index(n), jurisdiction);
    }
}

impl Validator<'_> {
    /// Ids are what links, statistics and user files refer to: a second entry with the same id
    /// would silently shadow the first.
    fn unique_ids<'i>(&mut self, list: &NodePath, what: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = HashSet::new();
        for (n, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.problem(
                    list.index(n).key("id"),
                    format!("duplicate {what} id `{id}`: an earlier entry has it"),
                );
            }
        }
    }

    fn problem(&mut self, path: NodePath, message: String) {
        self.problems.at(path, message);
    }

    /// The provenance every fact carries.
    fn fact(&mut self, path: &NodePath, sources: &[String], checked: &str, unverified: bool) {
        if !is_real_date(checked) {
            self.problem(
                path.key("checked"),
                format!("invalid `checked` date `{checked}`: expected a real date as YYYY-MM-DD"),
            );
        }
        for (n, key) in sources.iter().enumerate() {
            if !self.names.sources.contains(key.as_str()) {
                self.problem(
                    path.key("sources").index(n),
                    format!("unknown source `{key}`: it is not in the `sources` table"),
                );
            }
        }
        if sources.is_empty() && !unverified {
            self.problem(
                path.clone(),
                "a fact without `sources` must be marked `unverified: true`".to_owned(),
            );
        }
    }

    fn text(&mut self, path: NodePath, what: &str, text: &str) {
        if text.trim().is_empty() {
            self.problem(path, format!("{what} must not be empty"));
        }
    }

    fn id(&mut self, path: NodePath, what: &str, id: &str) {
        if !is_id(id) {
            self.problem(
                path,
                format!("invalid {what} id `{id}`: use 1 to 64 of a-z, 0-9 and `_`"),
            );
        }
    }

    fn source(&mut self, path: &NodePath, key: &str, source: &Source) {
        if !is_id(key) {
            self.problems.at_key(
                path.clone(),
                format!("invalid source key `{key}`: use 1 to 64 of a-z, 0-9 and `_`"),
            );
        }
        self.text(path.key("title"), "`title`", &source.title);
        if let Some(url) = &source.url
            && let Some(problem) = url_problem(url, false)
        {
            self.problem(path.key("url"), problem);
        }
    }

    fn platform(&mut self, path: &NodePath, platform: &Platform) {
        self.id(path.key("id"), "platform", platform.id.as_str());
        self.text(path.key("name"), "`name`", &platform.name);
        self.hosts(&path.key("hosts"), &platform.hosts);
        for (category, channels) in &platform.channels {
            for (n, channel) in channels.iter().enumerate() {
                self.channel(
                    &path.key("channels").key(category.as_str()).index(n),
                    channel,
                );
            }
        }
        for (n, note) in platform.partner_programs.iter().enumerate() {
            self.note(&path.key("partner_programs").index(n), note);
        }
        for (n, note) in platform.notes.iter().enumerate() {
            self.note(&path.key("notes").index(n), note);
        }
        for (n, marker) in platform.removal_markers.iter().enumerate() {
            self.marker(&path.key("removal_markers").index(n), marker);
        }
        for (n, list) in platform.tracking_params.iter().enumerate() {
            self.tracking_params(&path.key("tracking_params").index(n), list);
        }
        if let Some(probe) = &platform.probe {
            self.probe(&path.key("probe"), probe, &platform.hosts.patterns);
        }
    }

    fn hosts(&mut self, path: &NodePath, hosts: &Hosts) {
        self.fact(path, &hosts.sources, &hosts.checked, hosts.unverified);
        if hosts.patterns.is_empty() {
            self.problem(
                path.key("patterns"),
                "a platform needs at least one host pattern".to_owned(),
            );
        }
        let mut patterns = Vec::new();
        for (n, text) in hosts.patterns.iter().enumerate() {
            match text.parse::<HostPattern>() {
                Ok(pattern) if patterns.contains(&pattern) => self.problem(
                    path.key("patterns").index(n),
                    format!("host pattern `{text}` is listed twice"),
                ),
                Ok(pattern) => patterns.push(pattern),
                Err(err) => self.problem(
                    path.key("patterns").index(n),
                    format!("invalid host pattern `{text}`: {}", err.reason),
                ),
            }
        }
        let covered = |host: &str| patterns.iter().any(|p| host_matches(p, host));
        let canonical = &hosts.canonical_host;
        if let Err(err) = validate_host(canonical) {
            self.problem(
                path.key("canonical_host"),
                format!("invalid canonical host `{canonical}`: {}", err.reason),
            );
        } else if !covered(canonical) {
            self.problem(
                path.key("canonical_host"),
                format!("canonical host `{canonical}` is not covered by the platform's patterns"),
            );
        }
        let mut seen = HashSet::new();
        for (n, host) in hosts.rewrite_hosts.iter().enumerate() {
            let at = path.key("rewrite_hosts").index(n);
            if let Err(err) = validate_host(host) {
                self.problem(at, format!("invalid host `{host}`: {}", err.reason));
            } else if host == canonical {
                self.problem(
                    at,
                    format!("`{host}` is the canonical host: it needs no rewriting"),
                );
            } else if !covered(host) {
                self.problem(
                    at,
                    format!("rewrite host `{host}` is not covered by the platform's patterns"),
                );
            } else if !seen.insert(host) {
                self.problem(at, format!("rewrite host `{host}` is listed twice"));
            }
        }
    }

    fn channel(&mut self, path: &NodePath, channel: &Channel) {
        self.fact(path, &channel.sources, &channel.checked, channel.unverified);
        let kind = channel.kind.as_str();
        let needs = match channel.kind {
            ChannelKind::WebForm if channel.url.is_none() => Some("a `url`"),
            ChannelKind::Email if channel.email.is_none() => Some("an `email`"),
            ChannelKind::Phone if channel.phone.is_none() => Some("a `phone`"),
            ChannelKind::InApp if channel.steps.is_empty() && channel.url.is_none() => {
                Some("`steps` or a `url` that explains them")
            }
            ChannelKind::InPerson if channel.steps.is_empty() => Some("`steps`"),
            ChannelKind::Hotline if channel.hotline.is_none() => Some("a `hotline` id"),
            ChannelKind::Partner if channel.url.is_none() && channel.email.is_none() => {
                Some("a `url` or an `email`")
            }
            _ => None,
        };
        if let Some(needs) = needs {
            self.problem(
                path.clone(),
                format!("nobody can use this `{kind}` channel: it needs {needs}"),
            );
        }
        if let Some(url) = &channel.url
            && let Some(problem) = url_problem(url, true)
        {
            self.problem(path.key("url"), format!("{kind} {problem}"));
        }
        if let Some(email) = &channel.email
            && let Some(problem) = email_problem(email)
        {
            self.problem(path.key("email"), problem);
        }
        if let Some(phone) = &channel.phone
            && let Some(problem) = phone_problem(phone)
        {
            self.problem(path.key("phone"), problem);
        }
        if let Some(hotline) = &channel.hotline {
            if channel.kind != ChannelKind::Hotline {
                self.problem(
                    path.key("hotline"),
                    format!("`hotline` belongs on a `hotline` channel, not on `{kind}`"),
                );
            } else if !self.names.hotlines.contains(hotline.as_str()) {
                self.problem(
                    path.key("hotline"),
                    format!("unknown hotline `{hotline}`: it is not in the `hotlines` list"),
                );
            }
        }
        for (n, step) in channel.steps.iter().enumerate() {
            self.text(path.key("steps").index(n), "a step", step);
        }
        if let Some(deadline) = &channel.deadline {
            if deadline.hours == 0 {
                self.problem(
                    path.key("deadline").key("hours"),
                    "a deadline needs at least 1 hour".to_owned(),
                );
            }
            self.text(
                path.key("deadline").key("basis"),
                "a deadline's `basis`",
                &deadline.basis,
            );
        }
    }

    fn note(&mut self, path: &NodePath, note: &Note) {
        self.fact(path, &note.sources, &note.checked, note.unverified);
        self.text(path.key("text"), "`text`", &note.text);
    }

    fn marker(&mut self, path: &NodePath, marker: &RemovalMarker) {
        self.fact(path, &marker.sources, &marker.checked, marker.unverified);
        let set = [
            marker.status.is_some(),
            marker.text.is_some(),
            marker.absent.is_some(),
            marker.redirect_to.is_some(),
        ];
        if set.iter().filter(|&&is_set| is_set).count() != 1 {
            self.problem(
                path.clone(),
                "a removal marker needs exactly one of `status`, `text`, `absent` and `redirect_to`"
                    .to_owned(),
            );
        }
        if let Some(status) = marker.status
            && !(100..=599).contains(&status)
        {
            self.problem(
                path.key("status"),
                format!("`{status}` is not an HTTP status code"),
            );
        }
        if let Some(text) = &marker.text {
            self.text(path.key("text"), "a marker's `text`", text);
        }
        if let Some(absent) = &marker.absent {
            self.text(path.key("absent"), "a marker's `absent` text", absent);
        }
        if let Some(redirect) = &marker.redirect_to
            && !redirect.starts_with('/')
        {
            self.problem(
                path.key("redirect_to"),
                format!("`redirect_to` is a path and starts with `/`, not `{redirect}`"),
            );
        }
    }

    fn hotline(&mut self, path: &NodePath, hotline: &Hotline) {
        self.fact(path, &hotline.sources, &hotline.checked, hotline.unverified);
        self.id(path.key("id"), "hotline", &hotline.id);
        self.text(path.key("name"), "`name`", &hotline.name);
        if hotline.url.is_none() && hotline.email.is_none() && hotline.phone.is_none() {
            self.problem(
                path.clone(),
                "nobody can reach this hotline: it needs a `url`, an `email` or a `phone`"
                    .to_owned(),
            );
        }
        if let Some(url) = &hotline.url
            && let Some(problem) = url_problem(url, true)
        {
            self.problem(path.key("url"), problem);
        }
        for (language, url) in &hotline.localized_urls {
            let at = path.key("localized_urls").key(language);
            if !is_language(language) {
                self.problems.at_key(
                    at.clone(),
                    format!("`{language}` is not a language code such as `ur` or `ur-pk`"),
                );
            }
            if let Some(problem) = url_problem(url, true) {
                self.problem(at, problem);
            }
        }
        if let Some(email) = &hotline.email
            && let Some(problem) = email_problem(email)
        {
            self.problem(path.key("email"), problem);
        }
        if let Some(phone) = &hotline.phone
            && let Some(problem) = phone_problem(phone)
        {
            self.problem(path.key("phone"), problem);
        }
        if let Some(jurisdiction) = &hotline.jurisdiction
            && !self.names.jurisdictions.contains(jurisdiction.as_str())
        {
            self.problem(
                path.key("jurisdiction"),
                format!("unknown jurisdiction `{jurisdiction}`"),
            );
        }
        for (n, language) in hotline.languages.iter().enumerate() {
            if !is_language(language) {
                self.problem(
                    path.key("languages").index(n),
                    format!("`{language}` is not a language code such as `ur` or `ur-pk`"),
                );
            }
        }
        for (n, step) in hotline.steps.iter().enumerate() {
            self.text(path.key("steps").index(n), "a step", step);
        }
    }

    fn jurisdiction(&mut self, path: &NodePath, jurisdiction: &Jurisdiction) {
        let id = &jurisdiction.id;
        if !(id.len() == 2 && id.bytes().all(|b| b.is_ascii_lowercase())) {
            self.problem(
                path.key("id"),
                format!("invalid jurisdiction id `{id}`: use the two-letter ISO 3166-1 code in lower case"),
            );
        }
        self.text(path.key("name"), "`name`", &jurisdiction.name);
        let mut seen = HashSet::new();
        for (n, law) in jurisdiction.laws.iter().enumerate() {
            let at = path.key("laws").index(n);
            self.fact(&at, &law.sources, &law.checked, law.unverified);
            self.id(at.key("id"), "law", &law.id);
            if !seen.insert(law.id.as_str()) {
                self.problem(at.key("id"), format!("duplicate law id `{}`", law.id));
            }
            self.text(at.key("title"), "`title`", &law.title);
            self.text(at.key("summary"), "`summary`", &law.summary);
        }
        let mut seen = HashSet::new();
        for (n, authority) in jurisdiction.authorities.iter().enumerate() {
            let at = path.key("authorities").index(n);
            self.fact(
                &at,
                &authority.sources,
                &authority.checked,
                authority.unverified,
            );
            self.id(at.key("id"), "authority", &authority.id);
            if !seen.insert(authority.id.as_str()) {
                self.problem(
                    at.key("id"),
                    format!("duplicate authority id `{}`", authority.id),
                );
            }
            self.text(at.key("name"), "`name`", &authority.name);
            for (m, channel) in authority.channels.iter().enumerate() {
                self.channel(&at.key("channels").index(m), channel);
            }
        }
        for (n, channel) in jurisdiction.emergency.iter().enumerate() {
            self.channel(&path.key("emergency").index(n), channel);
        }
        let mut seen = HashSet::new();
        for (n, deadline) in jurisdiction.deadlines.iter().enumerate() {
            let at = path.key("deadlines").index(n);
            self.fact(
                &at,
                &deadline.sources,
                &deadline.checked,
                deadline.unverified,
            );
            self.id(at.key("id"), "deadline", &deadline.id);
            if !seen.insert(deadline.id.as_str()) {
                self.problem(
                    at.key("id"),
                    format!("duplicate deadline id `{}`", deadline.id),
                );
            }
            if deadline.hours == 0 {
                self.problem(
                    at.key("hours"),
                    "a deadline needs at least 1 hour".to_owned(),
                );
            }
            if let Some(date) = &deadline.in_force
                && !is_real_date(date)
            {
                self.problem(
                    at.key("in_force"),
                    format!("invalid `in_force` date `{date}`: expected a real date as YYYY-MM-DD"),
                );
            }
        }
        for (n, note) in jurisdiction.notes.iter().enumerate() {
            self.note(&path.key("notes").index(n), note);
        }
    }
}

fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// `ur`, `en`, `ps`, `ur-pk`: what guides and templates are keyed by.
fn is_language(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|part| {
            (1..=8).contains(&part.len())
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A real calendar date written YYYY-MM-DD (`2026-02-30` is refused).
fn is_real_date(date: &str) -> bool {
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        bytes[range].iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    year >= 1 && (1..=days).contains(&day)
}

/// Why `text` is not a usable URL; `https_only` for anything a person is sent to.
pub(super) fn url_problem(text: &str, https_only: bool) -> Option<String> {
    if text.chars().any(char::is_whitespace) {
        return Some(format!("url `{text}` contains white space"));
    }
    let url = match url::Url::parse(text) {
        Ok(url) => url,
        Err(err) => return Some(format!("url `{text}` is not a valid URL: {err}")),
    };
    let allowed = if https_only {
        url.scheme() == "https"
    } else {
        matches!(url.scheme(), "https" | "http")
    };
    if !allowed {
        let expected = if https_only { "https" } else { "http or https" };
        return Some(format!("url `{text}` is not {expected}"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Some(format!("url `{text}` has no host"));
    }
    None
}

pub(super) fn email_problem(email: &str) -> Option<String> {
    let refuse = |why: &str| Some(format!("invalid e-mail address `{email}`: {why}"));
    let Some((local, domain)) = email.split_once('@') else {
        return refuse("it has no `@`");
    };
    if local.is_empty()
        || local.len() > 64
        || !local
            .chars()
            .all(|c| c.is_ascii_graphic() && !"@<>()[]\\,;:\"".contains(c))
    {
        return refuse("the part before `@` is not a plain mailbox name");
    }
    if validate_host(domain).is_err() || !domain.contains('.') {
        return refuse("the part after `@` is not a lower-case domain name");
    }
    None
}

fn phone_problem(phone: &str) -> Option<String> {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let plain = phone
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c));
    // Two digits at least: emergency numbers can be that short (police 15 in Pakistan).
    (!plain || digits < 2).then(|| {
        format!("invalid phone number `{phone}`: use digits, spaces, `+`, `-` and brackets")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real() {
        for good in ["2026-11-22", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(is_real_date(good), "{good}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-1-01",
            "2026/11/22",
            "22-11-2026",
            "0000-01-01",
            "2026-11-22T10:00",
            "２０２６-11-22",
            "",
        ] {
            assert!(!is_real_date(bad), "{bad}");
        }
    }

    #[test]
    fn language_codes_and_phone_numbers() {
        for good in ["ur", "en", "ps", "ur-pk", "fil"] {
            assert!(is_language(good), "{good}");
        }
        for bad in ["", "UR", "urdu", "ur_pk", "ur-", "u"] {
            assert!(!is_language(bad), "{bad}");
        }
        for good in [
            "15",
            "1799",
            "+1-800-843-5678",
            "0800-39393",
            "(051) 9106384",
        ] {
            assert_eq!(phone_problem(good), None, "{good}");
        }
        for bad in ["", "1", "1-800-THE-LOST", "call us"] {
            assert!(phone_problem(bad).is_some(), "{bad}");
        }
    }
}
