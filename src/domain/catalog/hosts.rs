//! Host patterns: which platform a link's host belongs to. The catalogue indexes its
//! platforms' patterns here; the loader checks patterns and hosts written in a platforms file
//! with the same rules.

use std::fmt;
use std::str::FromStr;

/// One entry of a platform's host patterns: an exact host (`facebook.com`) or a wildcard
/// (`*.facebook.com`) that matches every subdomain but not the apex itself, so that a
/// platform states its apex on purpose and `*.` never swallows a look-alike such as
/// `notfacebook.com`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum HostPattern {
    Exact(String),
    /// The suffix after `*.`.
    Subdomains(String),
}

/// Why a host or host pattern was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid host `{host}`: {reason}")]
pub(crate) struct InvalidHost {
    pub(crate) host: String,
    pub(crate) reason: &'static str,
}

/// Checks that `host` is a lower-case ASCII host name (internationalised names in punycode).
///
/// Links are normalised to lower-case punycode before detection, so a pattern in any other
/// form could never match and is better refused where it is written.
pub(crate) fn validate_host(host: &str) -> Result<(), InvalidHost> {
    let refuse = |reason| {
        Err(InvalidHost {
            host: host.to_owned(),
            reason,
        })
    };
    if host.is_empty() {
        return refuse("it is empty");
    }
    if host.len() > 253 {
        return refuse("it is longer than 253 characters");
    }
    if host.bytes().any(|b| b.is_ascii_uppercase()) {
        return refuse("write hosts in lower case");
    }
    if host.contains('*') {
        return refuse("`*` may only start a pattern, as `*.`");
    }
    for label in host.split('.') {
        if label.is_empty() {
            return refuse("a label between dots is empty");
        }
        if label.len() > 63 {
            return refuse("a label is longer than 63 characters");
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return refuse(
                "only a-z, 0-9, `-` and `.` are allowed (write internationalised names in punycode)",
            );
        }
        if label.starts_with('-') || label.ends_with('-') {
            return refuse("a label starts or ends with `-`");
        }
    }
    Ok(())
}

impl FromStr for HostPattern {
    type Err = InvalidHost;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let Some(suffix) = s.strip_prefix("*.") else {
            validate_host(s)?;
            return Ok(HostPattern::Exact(s.to_owned()));
        };
        validate_host(suffix).map_err(|err| InvalidHost {
            host: s.to_owned(),
            reason: err.reason,
        })?;
        // `*.com` would claim a whole top-level domain for one platform.
        if !suffix.contains('.') {
            return Err(InvalidHost {
                host: s.to_owned(),
                reason: "a wildcard needs at least two labels after `*.`",
            });
        }
        Ok(HostPattern::Subdomains(suffix.to_owned()))
    }
}

impl fmt::Display for HostPattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostPattern::Exact(host) => f.write_str(host),
            HostPattern::Subdomains(suffix) => write!(f, "*.{suffix}"),
        }
    }
}

/// How closely a matching pattern fits; when several patterns match a host, the greatest
/// wins: an exact host beats any wildcard, a longer wildcard beats a shorter one. This lets
/// `*.google.com`-style catch-alls coexist with a more specific owner of one subdomain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Specificity {
    Subdomains(usize),
    Exact,
}

impl HostPattern {
    pub(crate) fn specificity(&self) -> Specificity {
        match self {
            HostPattern::Exact(_) => Specificity::Exact,
            HostPattern::Subdomains(suffix) => Specificity::Subdomains(suffix.len()),
        }
    }
}

/// Whether `pattern` covers `host` (already lower-case punycode).
pub(crate) fn host_matches(pattern: &HostPattern, host: &str) -> bool {
    match pattern {
        HostPattern::Exact(exact) => host == exact,
        HostPattern::Subdomains(suffix) => host
            .strip_suffix(suffix.as_str())
            .and_then(|rest| rest.strip_suffix('.'))
            .is_some_and(|sub| !sub.is_empty()),
    }
}

/// Patterns of many owners, answering "whose host is this?" with the most specific match.
#[derive(Debug, Clone)]
pub(crate) struct HostIndex<T> {
    entries: Vec<(HostPattern, T)>,
}

impl<T> Default for HostIndex<T> {
    fn default() -> Self {
        HostIndex {
            entries: Vec::new(),
        }
    }
}

impl<T> HostIndex<T> {
    /// Adds a pattern; when the very same pattern already has an owner, nothing is added and
    /// that owner is returned, because two owners of one pattern would make detection depend
    /// on file order.
    pub(crate) fn insert(&mut self, pattern: HostPattern, owner: T) -> Result<(), &T> {
        if let Some(index) = self.entries.iter().position(|(p, _)| *p == pattern) {
            return Err(&self.entries[index].1);
        }
        self.entries.push((pattern, owner));
        Ok(())
    }

    /// The owner of the most specific pattern that matches `host`; `None` for a host no
    /// pattern covers. The host is not validated: links carry hosts that patterns may not
    /// (an `_` in a subdomain), and matching never needs more than a suffix comparison.
    pub(crate) fn lookup(&self, host: &str) -> Option<&T> {
        // A linear scan: a catalogue holds a few hundred patterns, and identical patterns
        // are refused by `insert`, so two matches never tie.
        self.entries
            .iter()
            .filter(|(pattern, _)| host_matches(pattern, host))
            .max_by_key(|(pattern, _)| pattern.specificity())
            .map(|(_, owner)| owner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(s: &str) -> HostPattern {
        s.parse().expect("test patterns are valid")
    }

    #[test]
    fn exact_patterns_match_only_the_same_host() {
        let p = pattern("facebook.com");
        assert!(host_matches(&p, "facebook.com"));
        for host in [
            "www.facebook.com",
            "notfacebook.com",
            "facebook.com.evil.example",
            "facebook.co",
        ] {
            assert!(!host_matches(&p, host), "{host}");
        }
    }

    #[test]
    fn wildcards_match_subdomains_but_not_the_apex_or_look_alikes() {
        let p = pattern("*.facebook.com");
        for host in ["www.facebook.com", "m.facebook.com", "a.b.facebook.com"] {
            assert!(host_matches(&p, host), "{host}");
        }
        for host in [
            "facebook.com",
            "notfacebook.com",
            "facebook.com.evil.example",
            "www.facebook.com.evil.example",
            ".facebook.com",
        ] {
            assert!(!host_matches(&p, host), "{host}");
        }
    }

    #[test]
    fn bad_patterns_are_refused_with_a_reason() {
        for (bad, reason) in [
            ("", "it is empty"),
            ("Facebook.com", "write hosts in lower case"),
            ("face book.com", "only a-z"),
            ("facebook..com", "a label between dots is empty"),
            ("facebook.com.", "a label between dots is empty"),
            ("-facebook.com", "starts or ends with `-`"),
            ("*", "`*` may only start a pattern"),
            ("*.com", "at least two labels"),
            ("www.*.com", "`*` may only start a pattern"),
            ("**.facebook.com", "`*` may only start a pattern"),
            ("фейсбук.com", "punycode"),
            ("https://facebook.com", "only a-z"),
        ] {
            let err = bad.parse::<HostPattern>().expect_err(bad);
            assert!(err.reason.contains(reason), "{bad}: {}", err.reason);
            assert_eq!(err.host, bad);
        }
        let long_label = format!("{}.com", "a".repeat(64));
        assert!(long_label.parse::<HostPattern>().is_err());
    }

    #[test]
    fn good_patterns_round_trip_through_display() {
        for good in [
            "x.com",
            "*.x.com",
            "xn--80ak6aa92e.com",
            "127.0.0.1",
            "localhost",
            "1drv.ms",
        ] {
            assert_eq!(pattern(good).to_string(), good);
        }
    }

    #[test]
    fn the_most_specific_pattern_wins() {
        let mut index = HostIndex::default();
        index
            .insert(pattern("*.example.com"), "broad")
            .expect("new pattern");
        index
            .insert(pattern("*.media.example.com"), "media")
            .expect("new pattern");
        index
            .insert(pattern("cdn.media.example.com"), "cdn")
            .expect("new pattern");
        index
            .insert(pattern("example.com"), "apex")
            .expect("new pattern");
        assert_eq!(index.lookup("example.com"), Some(&"apex"));
        assert_eq!(index.lookup("www.example.com"), Some(&"broad"));
        assert_eq!(index.lookup("img.media.example.com"), Some(&"media"));
        assert_eq!(index.lookup("media.example.com"), Some(&"broad"));
        assert_eq!(index.lookup("cdn.media.example.com"), Some(&"cdn"));
        assert_eq!(index.lookup("my_blog.example.com"), Some(&"broad"));
        assert_eq!(index.lookup("example.org"), None);
        assert_eq!(index.lookup("Example.com"), None, "not normalised");
        assert_eq!(index.lookup(""), None);
    }

    #[test]
    fn the_same_pattern_cannot_have_two_owners() {
        let mut index = HostIndex::default();
        index
            .insert(pattern("fb.watch"), "facebook")
            .expect("new pattern");
        assert_eq!(index.insert(pattern("fb.watch"), "other"), Err(&"facebook"));
        assert_eq!(index.lookup("fb.watch"), Some(&"facebook"));
    }

    #[test]
    fn specificity_orders_exact_above_every_wildcard() {
        assert!(Specificity::Exact > Specificity::Subdomains(usize::MAX));
        assert!(Specificity::Subdomains(12) > Specificity::Subdomains(5));
    }
}
