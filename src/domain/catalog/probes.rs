//! Probes: a public, unauthenticated endpoint of a platform that answers about a link more
//! truthfully than the page an anonymous visitor gets (an oEmbed endpoint that answers 404 for
//! a removed video, a JSON view with a removal field). The catalogue gives a URL template built
//! from the link and the answers that mean live, removed or unavailable; an answer that fits
//! none leaves the judgement to the page.

use serde::{Deserialize, Serialize};

use super::Catalog;
use crate::domain::recheck::{Answer, ProbeMeaning, Sign};
use crate::domain::url::{NormalizedUrl, ProbeUrl};

/// A platform's probe, as `platforms.yaml` writes it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Probe {
    /// What the endpoint is (`YouTube oEmbed`), shown with observations made through it.
    pub(crate) name: String,
    /// The URL to ask, with `{url}` (the link, percent-encoded), `{path}` (its path) or `{last}`
    /// (the last segment of its path) filled in. In the template's query, `{path}` and `{last}`
    /// have `&`, `=`, `+` and `;` percent-encoded, so a link cannot add parameters to the probe.
    pub(crate) url: String,
    /// The link paths the probe answers for: a path pattern whose segments are literal, `*`
    /// (any one segment), `#` (one all-digit segment) or a final `**` (the rest). A probe that
    /// answers "not found" for a profile page would call a live profile removed, so a platform
    /// whose links are not all content lists its content paths. Empty: every link.
    #[serde(default)]
    pub(crate) paths: Vec<String>,
    pub(crate) answers: Vec<ProbeAnswer>,
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

/// One answer of a probe and what it means; exactly one of `status` and `text` is set.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProbeAnswer {
    /// An HTTP status code.
    pub(crate) status: Option<u16>,
    /// Text in a successful answer's body.
    pub(crate) text: Option<String>,
    pub(crate) means: ProbeMeaning,
    pub(crate) note: Option<String>,
}

/// Why a template cannot be filled in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum BadTemplate {
    #[error("unknown variable `{{{0}}}` (use {{url}}, {{path}} or {{last}})")]
    Unknown(String),
    #[error("a `{{` is not closed, or a `}}` has no `{{`")]
    Unbalanced,
    #[error("it uses no variable, so it asks nothing about the link")]
    NoVariable,
}

/// The path of a normalised link, without its query.
fn path_of(link: &NormalizedUrl) -> &str {
    link.as_str().split_once("://").map_or("/", |(_, rest)| {
        rest.find('/').map_or("/", |at| {
            let path = &rest[at..];
            path.split(['?', '#']).next().unwrap_or("/")
        })
    })
}

/// Whether `path` fits a probe's path `pattern` (see [`Probe::paths`]).
pub(crate) fn path_matches(pattern: &str, path: &str) -> bool {
    let mut want = pattern.split('/').filter(|s| !s.is_empty());
    let mut have = path.split('/').filter(|s| !s.is_empty());
    loop {
        match (want.next(), have.next()) {
            (Some("**"), Some(_)) => return true,
            (None, None) => return true,
            (Some("*"), Some(_)) => {}
            (Some("#"), Some(seg)) if seg.bytes().all(|b| b.is_ascii_digit()) => {}
            (Some(lit), Some(seg)) if lit == seg => {}
            _ => return false,
        }
    }
}

/// Fills `template` in for `link`.
pub(crate) fn fill(template: &str, link: &NormalizedUrl) -> Result<String, BadTemplate> {
    let path = path_of(link);
    let last = path.rsplit('/').find(|s| !s.is_empty()).unwrap_or_default();
    let mut out = String::with_capacity(template.len() + link.as_str().len());
    let mut rest = template;
    let mut used = false;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(BadTemplate::Unbalanced);
        }
        out.push_str(&rest[..open]);
        let in_query = out.contains('?');
        let close = rest[open..].find('}').ok_or(BadTemplate::Unbalanced)? + open;
        let name = &rest[open + 1..close];
        match name {
            "url" => out.extend(url::form_urlencoded::byte_serialize(
                link.as_str().as_bytes(),
            )),
            "path" => push_part(&mut out, path, in_query),
            "last" => push_part(&mut out, last, in_query),
            _ if name.contains('{') => return Err(BadTemplate::Unbalanced),
            _ => return Err(BadTemplate::Unknown(name.to_owned())),
        }
        used = true;
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    if used {
        Ok(out)
    } else {
        Err(BadTemplate::NoVariable)
    }
}

/// Appends a piece of the link's path; in a query, with the characters that separate or
/// encode query parameters percent-encoded (a path may hold them unencoded).
fn push_part(out: &mut String, part: &str, in_query: bool) {
    if !in_query {
        out.push_str(part);
        return;
    }
    for c in part.chars() {
        match c {
            '&' => out.push_str("%26"),
            '=' => out.push_str("%3D"),
            '+' => out.push_str("%2B"),
            ';' => out.push_str("%3B"),
            c => out.push(c),
        }
    }
}

impl Catalog {
    /// The probe URL for `link` and the answers to judge it by, when its platform has a probe
    /// whose template fills in (the loader has checked that it does).
    pub(crate) fn probe_for(
        &self,
        platform: &str,
        link: &NormalizedUrl,
    ) -> Option<(ProbeUrl, Vec<Answer>)> {
        let probe = self.get(platform)?.probe.as_ref()?;
        let path = path_of(link);
        if !probe.paths.is_empty() && !probe.paths.iter().any(|p| path_matches(p, path)) {
            return None;
        }
        let url = fill(&probe.url, link).ok()?;
        let answers = probe.answers.iter().filter_map(answer).collect();
        Some((ProbeUrl::new(url), answers))
    }
}

fn answer(a: &ProbeAnswer) -> Option<Answer> {
    let sign = match (a.status, &a.text) {
        (Some(status), None) => Sign::Status(status),
        (None, Some(text)) => Sign::Text(text.clone()),
        _ => return None,
    };
    Some(Answer {
        sign,
        means: a.means,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::url::normalize;

    fn link(raw: &str) -> NormalizedUrl {
        normalize(raw, &|_: &str| None::<String>).unwrap()
    }

    #[test]
    fn templates_fill_in_the_link_its_path_and_its_last_segment() {
        let l = link("https://www.youtube.com/watch?v=abc&list=x");
        assert_eq!(
            fill("https://www.youtube.com/oembed?url={url}&format=json", &l).unwrap(),
            "https://www.youtube.com/oembed?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Flist%3Dx%26v%3Dabc&format=json"
        );
        let r = link("https://www.reddit.com/r/x/comments/1ab/t/?utm_source=share");
        assert_eq!(
            fill("https://www.reddit.com{path}.json", &r).unwrap(),
            "https://www.reddit.com/r/x/comments/1ab/t.json"
        );
        let d = link("https://www.dailymotion.com/video/x8abcd1");
        assert_eq!(
            fill("https://api.dailymotion.com/video/{last}?fields=id", &d).unwrap(),
            "https://api.dailymotion.com/video/x8abcd1?fields=id"
        );
        assert_eq!(
            fill("https://e.example{path}", &link("https://a.example")).unwrap(),
            "https://e.example/"
        );
    }

    #[test]
    fn a_link_cannot_add_parameters_to_the_probe() {
        // A hostile path trying to ask the endpoint about another post.
        let l = link("https://x.com/a&url=https:%2F%2Ftwitter.com%2Fb%2Fstatus%2F2;x=1+y/status/1");
        let filled = fill(
            "https://publish.twitter.com/oembed?url=https://twitter.com{path}",
            &l,
        )
        .unwrap();
        let probe = url::Url::parse(&filled).unwrap();
        let params: Vec<(String, String)> = probe.query_pairs().into_owned().collect();
        assert_eq!(params.len(), 1, "{filled}");
        assert_eq!(params[0].0, "url");
        assert!(params[0].1.ends_with("/status/1"), "{filled}");
        assert_eq!(
            fill(
                "https://e.example/q?id={last}",
                &link("https://a.example/v/1&x=2")
            )
            .unwrap(),
            "https://e.example/q?id=1%26x%3D2"
        );
        // In a path, the characters are left as the link has them.
        assert_eq!(
            fill(
                "https://e.example{path}.json",
                &link("https://a.example/v/1&x=2")
            )
            .unwrap(),
            "https://e.example/v/1&x=2.json"
        );
    }

    #[test]
    fn path_patterns_pick_content_links() {
        for (pattern, path, fits) in [
            ("/watch", "/watch", true),
            ("/watch", "/watch/x", false),
            ("/shorts/*", "/shorts/AbC", true),
            ("/shorts/*", "/shorts", false),
            ("/*/video/#", "/@someone/video/7300000000000000001", true),
            ("/*/video/#", "/@someone/video/abc", false),
            ("/*/video/#", "/@someone", false),
            ("/#", "/123456789", true),
            ("/#", "/someuser", false),
            ("/r/*/comments/**", "/r/pk/comments/1ab/title", true),
            ("/r/*/comments/**", "/r/pk/comments", false),
            ("/r/*/comments/**", "/r/pk", false),
        ] {
            assert_eq!(path_matches(pattern, path), fits, "{pattern} {path}");
        }
    }

    #[test]
    fn bad_templates_are_refused() {
        let l = link("https://a.example/x");
        for (template, err) in [
            (
                "https://e.example/?u={link}",
                BadTemplate::Unknown("link".into()),
            ),
            ("https://e.example/?u={url", BadTemplate::Unbalanced),
            ("https://e.example/?u=url}", BadTemplate::Unbalanced),
            ("https://e.example/?u={{url}}", BadTemplate::Unbalanced),
            ("https://e.example/oembed", BadTemplate::NoVariable),
        ] {
            assert_eq!(fill(template, &l), Err(err), "{template}");
        }
    }

    #[test]
    fn a_probe_url_never_shows_in_debug() {
        let l = link("https://a.example/victim-name");
        let url = ProbeUrl::new(fill("https://e.example/?u={url}", &l).unwrap());
        assert!(!format!("{url:?}").contains("victim"));
    }
}
