//! Re-check rules: what a fetched page says about a link (`live`, `removed`, `unavailable`,
//! `blocked`, `login_wall`, `error`), and what one observation means next to the ones before it (`changed`,
//! `resurfaced`). Pure: the page arrives as plain data, markers as plain data, time as an argument.

use std::collections::HashSet;

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use super::string_enum;

string_enum! {
    /// What one re-check saw (ARCHITECTURE §2: the `status` of `recheck --json`).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum Seen {
        Live = "live",
        Removed = "removed",
        /// The platform says the content cannot be seen, not that it was removed: private,
        /// restricted to friends, age-gated or region-blocked. Never counted as a removal.
        Unavailable = "unavailable",
        /// Withheld for legal reasons or by a national block, or a bot wall (a challenge or
        /// CAPTCHA page) stood in the way: says nothing of the content.
        Blocked = "blocked",
        /// A login page stands in the way: the state of the content is unknown, never "removed".
        LoginWall = "login_wall",
        /// No answer worth judging (network failure, timeout, server error).
        Error = "error",
    }
    from_str(exact) |s| -> String { format!("unknown observation status `{s}`") }
}

impl Seen {
    /// Whether the observation says something about the content itself. A block, a login wall
    /// or an error says nothing, so it neither ends a removal nor starts one (issue 19: a bot
    /// wall is no answer).
    fn settles(self) -> bool {
        matches!(self, Seen::Live | Seen::Removed | Seen::Unavailable)
    }
}

/// The sign a marker looks for (exactly one per marker, as in `platforms.yaml`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sign {
    Status(u16),
    /// Text present in a successful page (compared without regard to ASCII case).
    Text(String),
    /// Text missing from a successful page that was read to its end.
    Absent(String),
    /// A path prefix that a redirect ended on.
    RedirectTo(String),
}

/// What a marker means when its sign is present.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Meaning {
    Removed,
    /// The page platforms show for removed *and* for private content: `unavailable`, never
    /// `removed` (issue 19: a Facebook "This content isn't available right now" page may be a
    /// post restricted to friends).
    Unavailable,
    Blocked,
    LoginWall,
}

impl std::fmt::Display for Sign {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Sign::Status(status) => write!(f, "status {status}"),
            Sign::Text(text) => write!(f, "text {text:?}"),
            Sign::Absent(text) => write!(f, "absent {text:?}"),
            Sign::RedirectTo(path) => write!(f, "redirect_to {path:?}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    pub(crate) sign: Sign,
    pub(crate) means: Meaning,
    /// Whose marker it is in the catalogue: a platform id, or `default`.
    pub(crate) origin: String,
    /// The catalogue's sources for it (keys of its `sources:`).
    pub(crate) sources: Vec<String>,
}

/// Why a page was judged as it was: what `link show` and `recheck -v` tell staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reason<'m> {
    /// A bot wall or CAPTCHA page.
    Challenge,
    Marker(&'m Marker),
    /// A redirect to a login page.
    LoginRedirect,
    /// The plain meaning of the HTTP status.
    Status,
}

impl Reason<'_> {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Reason::Challenge => "challenge",
            Reason::Marker(_) => "marker",
            Reason::LoginRedirect => "login_redirect",
            Reason::Status => "status",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Verdict<'m> {
    pub(crate) seen: Seen,
    pub(crate) reason: Reason<'m>,
}

/// A fetched page as the classifier needs it: the body is capped, so `complete` says whether
/// the whole of it was read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Page<'a> {
    pub(crate) http_status: u16,
    /// The path the last redirect led to; `None` when there was no redirect.
    pub(crate) redirected_to: Option<&'a str>,
    pub(crate) body: &'a [u8],
    pub(crate) complete: bool,
}

/// What the bot walls of the big web application firewalls and CAPTCHA services put in their
/// pages (Cloudflare, Akamai, DataDome, PerimeterX/HUMAN, Imperva, AWS WAF, reCAPTCHA, hCaptcha,
/// Turnstile), lower-case. Unverified against every vendor's current page: the test server
/// serves these.
const CHALLENGE_TEXTS: &[&str] = &[
    "cf-chl-",
    "challenge-platform",
    "cf-turnstile",
    "just a moment...",
    "attention required! | cloudflare",
    "captcha-delivery.com",
    "px-captcha",
    "_incapsula_resource",
    "awswaf",
    "g-recaptcha",
    "h-captcha",
    "verify you are human",
    "are you a robot",
    "unusual traffic from your computer",
];

/// A challenge page on a 200 is small; a live page that merely embeds a CAPTCHA in a form
/// somewhere is not one.
const CHALLENGE_MAX_BYTES: usize = 64 * 1024;

/// A bot wall: a 403 or 503 with a challenge body, a 202 (what web application firewalls answer
/// while their script runs: never the content of a link), or a small 200 page that is a CAPTCHA.
fn is_challenge(page: &Page<'_>, text: &str) -> bool {
    let challenge_text = || CHALLENGE_TEXTS.iter().any(|t| text.contains(t));
    match page.http_status {
        202 => true,
        403 | 429 | 503 => challenge_text(),
        200 => page.body.len() <= CHALLENGE_MAX_BYTES && challenge_text(),
        _ => false,
    }
}

/// Paths that sites send logged-out visitors to. A redirect there hides the content's state.
const LOGIN_PATHS: &[&str] = &[
    "/login",
    "/signin",
    "/sign-in",
    "/accounts/login",
    "/i/flow/login",
    "/checkpoint",
    "/auth",
];

/// Judges a page: a bot wall first (it is never the content, whatever a marker says), then the
/// platform's markers, then the default markers, then the plain HTTP meaning of the status.
/// Markers come before the status because platforms answer 200 for removed content.
pub(crate) fn classify<'m>(
    page: &Page<'_>,
    markers: impl IntoIterator<Item = &'m Marker>,
) -> Verdict<'m> {
    let text = String::from_utf8_lossy(page.body).to_lowercase();
    let verdict = |seen, reason| Verdict { seen, reason };
    if is_challenge(page, &text) {
        return verdict(Seen::Blocked, Reason::Challenge);
    }
    let success = (200..300).contains(&page.http_status);
    let fits = |marker: &Marker| match &marker.sign {
        Sign::Status(status) => *status == page.http_status,
        Sign::Text(needle) => success && text.contains(&needle.to_lowercase()),
        // Past the byte cap the text may still be there: absence proves nothing.
        Sign::Absent(needle) => success && page.complete && !text.contains(&needle.to_lowercase()),
        Sign::RedirectTo(prefix) => page.redirected_to.is_some_and(|p| p.starts_with(prefix)),
    };
    if let Some(marker) = markers.into_iter().find(|m| fits(m)) {
        let seen = match marker.means {
            Meaning::Removed => Seen::Removed,
            Meaning::Unavailable => Seen::Unavailable,
            Meaning::Blocked => Seen::Blocked,
            Meaning::LoginWall => Seen::LoginWall,
        };
        return verdict(seen, Reason::Marker(marker));
    }
    let at_login = page.redirected_to.is_some_and(|path| {
        LOGIN_PATHS.iter().any(|login| {
            path.strip_prefix(login)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '.', '?']))
        })
    });
    match page.http_status {
        404 | 410 => verdict(Seen::Removed, Reason::Status),
        451 => verdict(Seen::Blocked, Reason::Status),
        _ if at_login => verdict(Seen::LoginWall, Reason::LoginRedirect),
        200..=299 => verdict(Seen::Live, Reason::Status),
        _ => verdict(Seen::Error, Reason::Status),
    }
}

/// Whether a run's fetches failed so widely that the run failed (issue 19: failure is never
/// silence): it fetched something, and all of it, or more than `share` of it, got no answer.
pub(crate) fn run_failed(checked: usize, failed: usize, share: f64) -> bool {
    checked > 0 && (failed == checked || failed as f64 > share * checked as f64)
}

/// What a failed run's errors say, for staff: the most common kind of network failure (`dns`,
/// `connect`, `timeout`, `tls`…, as `net` names them; `None` for an answer that was an error).
pub(crate) fn why_failed(kinds: &[Option<&str>], proxy: bool) -> &'static str {
    let mut counts: Vec<(Option<&str>, usize)> = Vec::new();
    for kind in kinds {
        match counts.iter_mut().find(|(k, _)| k == kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((*kind, 1)),
        }
    }
    // The first of the most common: ties go to the kind seen first.
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    match counts
        .iter()
        .find(|(_, n)| *n == most)
        .and_then(|(k, _)| *k)
    {
        Some("dns") => "host names do not resolve (DNS)",
        Some("connect") if proxy => "the proxy refuses connections",
        Some("connect") => "the network is down, or connections are refused",
        Some("timeout") => "requests time out (the network or the proxy)",
        Some("tls") => "TLS handshakes fail (an intercepting proxy?)",
        // Refused by the address rule (issue 17), not a network failure: say so, or staff would
        // look for a broken connection.
        Some("not_public") => {
            "the links or their redirects lead to local or private addresses, which are refused"
        }
        Some(_) => "connections break off",
        None => "the sites answer with server errors",
    }
}

/// What a probe's answer means (`platforms.yaml`: a probe's `answers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ProbeMeaning {
    Live,
    Removed,
    /// Gone or restricted (private, age-gated, embedding refused): recorded like an
    /// `unavailable` marker, never as proof of removal.
    Unavailable,
}

/// One answer of a probe, as the classifier takes it: a status or a text (in a successful
/// answer), and what it means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Answer {
    pub(crate) sign: Sign,
    pub(crate) means: ProbeMeaning,
}

/// Where an observation's verdict came from: the platform's probe or the link's own page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Via {
    #[default]
    Page,
    Probe,
}

impl Via {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Via::Page => "page",
            Via::Probe => "probe",
        }
    }
}

/// Judges a probe's answer; `None` when no answer fits (a server error, a rate limit, an answer
/// the catalogue does not describe), so that the page is asked instead.
pub(crate) fn classify_probe<'a>(
    answer: &Page<'_>,
    answers: impl IntoIterator<Item = &'a Answer>,
) -> Option<Seen> {
    let success = (200..300).contains(&answer.http_status);
    let text = String::from_utf8_lossy(answer.body).to_lowercase();
    let fits = |a: &&Answer| match &a.sign {
        Sign::Status(status) => *status == answer.http_status,
        Sign::Text(needle) => success && text.contains(&needle.to_lowercase()),
        Sign::Absent(_) | Sign::RedirectTo(_) => false,
    };
    let found = answers.into_iter().find(fits)?;
    Some(match found.means {
        ProbeMeaning::Live => Seen::Live,
        ProbeMeaning::Removed => Seen::Removed,
        ProbeMeaning::Unavailable => Seen::Unavailable,
    })
}

/// SHA-256 of what was read of a body, in lower-case hex.
pub(crate) fn content_hash(body: &[u8]) -> String {
    Sha256::digest(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Where a link stood after its last observation: what the next one is compared with.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Standing {
    pub(crate) checked_at: Option<jiff::Timestamp>,
    /// The last observation's status.
    pub(crate) last: Option<Seen>,
    /// The last observation that said something about the content (live, removed, blocked).
    pub(crate) settled: Option<Seen>,
    /// When the current removal was first seen; `None` unless `settled` is removed.
    pub(crate) removed_since: Option<jiff::Timestamp>,
    /// The content hash of the last live observation.
    pub(crate) live_sha256: Option<String>,
}

/// One observation, judged against the link's standing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outcome {
    pub(crate) seen: Seen,
    pub(crate) previous: Option<Seen>,
    /// Live, and the content hash differs from the last live one.
    pub(crate) changed: bool,
    /// Live after it was seen removed.
    pub(crate) resurfaced: bool,
    /// Live with content that was removed as another link (in any case).
    pub(crate) resurfaced_content: bool,
    /// Seen removed for the first time, or again after it resurfaced: the link is removed as of now.
    pub(crate) newly_removed: bool,
    /// Seen unavailable after it was seen live (or never settled): the link is unavailable as of
    /// now. Not after a removal: an unavailable page says less than the removal before it.
    pub(crate) newly_unavailable: bool,
    /// Live after it was seen unavailable: visible again, which is not resurfacing (it may only
    /// have been private for a while).
    pub(crate) visible_again: bool,
    /// A change that waits for a second observation to agree ([`unconfirmed`]): it moves no
    /// status, alerts nobody and counts as no removal.
    pub(crate) unconfirmed: bool,
    pub(crate) standing: Standing,
}

impl Outcome {
    /// The loudest event the tool has (ARCHITECTURE §3): staff must hear of it.
    pub(crate) fn needs_attention(&self) -> bool {
        self.resurfaced || self.resurfaced_content
    }
}

impl Outcome {
    /// Whether believing this observation would change what the link is (removed, unavailable,
    /// resurfaced, visible again): one answer is not enough for that (issue 19).
    pub(crate) fn needs_confirming(&self) -> bool {
        self.newly_removed || self.newly_unavailable || self.resurfaced || self.visible_again
    }
}

/// An observation kept but not believed yet: it records what was seen and when, and leaves
/// where the link stands as it was.
pub(crate) fn unconfirmed(before: &Standing, seen: Seen, now: jiff::Timestamp) -> Outcome {
    Outcome {
        seen,
        previous: before.last,
        changed: false,
        resurfaced: false,
        resurfaced_content: false,
        newly_removed: false,
        newly_unavailable: false,
        visible_again: false,
        unconfirmed: true,
        standing: Standing {
            checked_at: Some(now),
            last: Some(seen),
            ..before.clone()
        },
    }
}

/// The second look at a link whose first look (`first`, unconfirmed) would change it: believed
/// when it agrees with the first; otherwise a flap, which changes nothing (and a second look
/// that would itself change the link waits for the next run).
pub(crate) fn confirm(
    first: &Outcome,
    seen: Seen,
    sha256: Option<&str>,
    removed_content: &HashSet<String>,
    now: jiff::Timestamp,
) -> Outcome {
    let outcome = observe(&first.standing, seen, sha256, removed_content, now);
    if seen == first.seen || !outcome.needs_confirming() {
        outcome
    } else {
        unconfirmed(&first.standing, seen, now)
    }
}

/// Judges a new observation. `removed_content` holds the live-content hashes of links now
/// removed; `sha256` is `None` when no body came back.
pub(crate) fn observe(
    before: &Standing,
    seen: Seen,
    sha256: Option<&str>,
    removed_content: &HashSet<String>,
    now: jiff::Timestamp,
) -> Outcome {
    let live_hash = if seen == Seen::Live { sha256 } else { None };
    let new_content = live_hash.filter(|h| before.live_sha256.as_deref() != Some(*h));
    let changed = before.live_sha256.is_some() && new_content.is_some();
    let resurfaced = seen == Seen::Live && before.settled == Some(Seen::Removed);
    let resurfaced_content =
        !resurfaced && new_content.is_some_and(|h| removed_content.contains(h));
    let settled = if seen.settles() {
        Some(seen)
    } else {
        before.settled
    };
    let removed_since = match settled {
        Some(Seen::Removed) => before.removed_since.or(Some(now)),
        _ => None,
    };
    Outcome {
        seen,
        previous: before.last,
        changed,
        resurfaced,
        resurfaced_content,
        newly_removed: seen == Seen::Removed && before.settled != Some(Seen::Removed),
        newly_unavailable: seen == Seen::Unavailable
            && !matches!(before.settled, Some(Seen::Removed | Seen::Unavailable)),
        visible_again: seen == Seen::Live && before.settled == Some(Seen::Unavailable),
        unconfirmed: false,
        standing: Standing {
            checked_at: Some(now),
            last: Some(seen),
            settled,
            removed_since,
            live_sha256: live_hash
                .map(str::to_owned)
                .or_else(|| before.live_sha256.clone()),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(http_status: u16, body: &str) -> Page<'_> {
        Page {
            http_status,
            redirected_to: None,
            body: body.as_bytes(),
            complete: true,
        }
    }

    fn marker(sign: Sign, means: Meaning) -> Marker {
        Marker {
            sign,
            means,
            origin: "testsite".into(),
            sources: vec!["help-page".into()],
        }
    }

    fn seen(page: &Page<'_>, markers: &[Marker]) -> Seen {
        classify(page, markers).seen
    }

    #[test]
    fn probe_answers_decide_only_when_one_fits() {
        let answers = [
            Answer {
                sign: Sign::Status(404),
                means: ProbeMeaning::Removed,
            },
            Answer {
                sign: Sign::Status(401),
                means: ProbeMeaning::Unavailable,
            },
            Answer {
                sign: Sign::Text("\"removed\": true".into()),
                means: ProbeMeaning::Removed,
            },
            Answer {
                sign: Sign::Status(200),
                means: ProbeMeaning::Live,
            },
        ];
        let verdict = |p: &Page<'_>| classify_probe(p, &answers);
        assert_eq!(verdict(&page(200, "{\"title\":\"x\"}")), Some(Seen::Live));
        assert_eq!(verdict(&page(404, "")), Some(Seen::Removed));
        assert_eq!(verdict(&page(401, "")), Some(Seen::Unavailable));
        assert_eq!(
            verdict(&page(200, "{\"Removed\": TRUE}")),
            Some(Seen::Removed)
        );
        assert_eq!(verdict(&page(500, "")), None, "the page decides");
        assert_eq!(verdict(&page(429, "\"removed\": true")), None);
    }

    #[test]
    fn plain_status_codes_speak_for_themselves() {
        assert_eq!(seen(&page(200, "hi"), &[]), Seen::Live);
        assert_eq!(seen(&page(404, ""), &[]), Seen::Removed);
        assert_eq!(seen(&page(410, ""), &[]), Seen::Removed);
        assert_eq!(seen(&page(451, ""), &[]), Seen::Blocked);
        assert_eq!(seen(&page(500, ""), &[]), Seen::Error);
        assert_eq!(seen(&page(429, ""), &[]), Seen::Error);
    }

    #[test]
    fn removal_texts_count_only_on_a_successful_page() {
        let m = [marker(
            Sign::Text("This content isn't available".into()),
            Meaning::Removed,
        )];
        assert_eq!(
            seen(&page(200, "<h1>this CONTENT isn't available</h1>"), &m),
            Seen::Removed
        );
        assert_eq!(seen(&page(200, "a video"), &m), Seen::Live);
        assert_eq!(
            seen(&page(500, "This content isn't available"), &m),
            Seen::Error
        );
    }

    #[test]
    fn bot_walls_are_blocked_whatever_the_markers_say() {
        let removed_on_403 = [marker(Sign::Status(403), Meaning::Removed)];
        let cloudflare =
            "<title>Just a moment...</title><script src=/cdn-cgi/challenge-platform/x>";
        assert_eq!(seen(&page(403, cloudflare), &removed_on_403), Seen::Blocked);
        assert_eq!(seen(&page(503, cloudflare), &[]), Seen::Blocked);
        assert_eq!(seen(&page(202, ""), &[]), Seen::Blocked, "a WAF's 202");
        let captcha = "<div class=\"g-recaptcha\"></div> Are you a robot?";
        assert_eq!(seen(&page(200, captcha), &[]), Seen::Blocked);
        // A plain 403 or 503 is what it was; a big live page with a form CAPTCHA is live.
        assert_eq!(
            seen(&page(403, "forbidden"), &removed_on_403),
            Seen::Removed
        );
        assert_eq!(seen(&page(503, "down"), &[]), Seen::Error);
        let big = format!(
            "{}<div class=\"g-recaptcha\">",
            "x".repeat(CHALLENGE_MAX_BYTES)
        );
        assert_eq!(seen(&page(200, &big), &[]), Seen::Live);
    }

    #[test]
    fn a_block_moves_nothing() {
        let none = HashSet::new();
        let out = run(
            &[
                (Seen::Removed, None),
                (Seen::Blocked, None),
                (Seen::Live, Some("a")),
            ],
            &none,
        );
        assert_eq!(out[1].standing.removed_since, Some(t(0)), "still removed");
        assert!(out[2].resurfaced, "removed, blocked, live: back");
        let out = run(&[(Seen::Live, Some("a")), (Seen::Blocked, None)], &none);
        assert!(!out[1].newly_removed && out[1].standing.settled == Some(Seen::Live));
    }

    #[test]
    fn the_first_fitting_marker_wins_so_platform_markers_go_before_defaults() {
        let platform = marker(Sign::Status(404), Meaning::LoginWall);
        let default = marker(Sign::Status(404), Meaning::Removed);
        assert_eq!(
            seen(&page(404, ""), &[platform, default.clone()]),
            Seen::LoginWall
        );
        assert_eq!(seen(&page(404, ""), &[default]), Seen::Removed);
    }

    #[test]
    fn absence_counts_only_when_the_whole_page_was_read() {
        let m = [marker(Sign::Absent("og:video".into()), Meaning::Removed)];
        assert_eq!(seen(&page(200, "<html>"), &m), Seen::Removed);
        let truncated = Page {
            complete: false,
            ..page(200, "<html>")
        };
        assert_eq!(seen(&truncated, &m), Seen::Live);
        assert_eq!(seen(&page(200, "<meta og:video>"), &m), Seen::Live);
    }

    #[test]
    fn redirects_to_login_or_unavailable_pages() {
        let at = |path| Page {
            redirected_to: Some(path),
            ..page(200, "welcome")
        };
        assert_eq!(seen(&at("/accounts/login/"), &[]), Seen::LoginWall);
        assert_eq!(seen(&at("/login?next=x"), &[]), Seen::LoginWall);
        assert_eq!(seen(&at("/loginhelp"), &[]), Seen::Live);
        assert_eq!(seen(&at("/home"), &[]), Seen::Live);
        let m = [marker(
            Sign::RedirectTo("/unavailable".into()),
            Meaning::Unavailable,
        )];
        assert_eq!(
            classify(&at("/unavailable/x"), &m),
            Verdict {
                seen: Seen::Unavailable,
                reason: Reason::Marker(&m[0])
            }
        );
        assert_eq!(classify(&at("/login"), &m).reason, Reason::LoginRedirect);
        assert_eq!(m[0].sign.to_string(), r#"redirect_to "/unavailable""#);
        assert_eq!(seen(&page(200, "x"), &m), Seen::Live);
    }

    fn t(hours: i64) -> jiff::Timestamp {
        jiff::Timestamp::from_second(1_700_000_000 + hours * 3600).unwrap()
    }

    fn run(steps: &[(Seen, Option<&str>)], removed: &HashSet<String>) -> Vec<Outcome> {
        let mut standing = Standing::default();
        let mut out = Vec::new();
        for (n, (seen, hash)) in steps.iter().enumerate() {
            let outcome = observe(&standing, *seen, *hash, removed, t(n as i64));
            standing = outcome.standing.clone();
            out.push(outcome);
        }
        out
    }

    #[test]
    fn removed_then_live_is_resurfaced_even_with_errors_between() {
        let none = HashSet::new();
        let out = run(
            &[
                (Seen::Live, Some("a")),
                (Seen::Removed, Some("r")),
                (Seen::Error, None),
                (Seen::LoginWall, Some("l")),
                (Seen::Live, Some("a")),
                (Seen::Live, Some("a")),
            ],
            &none,
        );
        let resurfaced: Vec<bool> = out.iter().map(|o| o.resurfaced).collect();
        assert_eq!(resurfaced, [false, false, false, false, true, false]);
        assert_eq!(out[1].standing.removed_since, Some(t(1)));
        assert_eq!(out[3].standing.removed_since, Some(t(1)), "still removed");
        assert_eq!(out[4].standing.removed_since, None);
        assert_eq!(out[4].previous, Some(Seen::LoginWall));
        assert!(out.iter().all(|o| !o.changed), "same content throughout");
        let newly_removed: Vec<bool> = out.iter().map(|o| o.newly_removed).collect();
        assert_eq!(newly_removed, [false, true, false, false, false, false]);
    }

    #[test]
    fn a_link_removed_again_after_it_resurfaced_is_newly_removed_again() {
        let none = HashSet::new();
        let out = run(
            &[
                (Seen::Removed, None),
                (Seen::Removed, None),
                (Seen::Live, Some("a")),
                (Seen::Removed, None),
            ],
            &none,
        );
        let newly_removed: Vec<bool> = out.iter().map(|o| o.newly_removed).collect();
        assert_eq!(newly_removed, [true, false, false, true]);
    }

    #[test]
    fn unavailable_is_neither_removal_nor_resurfacing() {
        let none = HashSet::new();
        let out = run(
            &[
                (Seen::Live, Some("a")),
                (Seen::Unavailable, Some("u")),
                (Seen::Unavailable, Some("u")),
                (Seen::Live, Some("a")),
                (Seen::Removed, None),
                (Seen::Unavailable, Some("u")),
            ],
            &none,
        );
        let flags = |f: fn(&Outcome) -> bool| out.iter().map(f).collect::<Vec<bool>>();
        assert_eq!(
            flags(|o| o.newly_unavailable),
            [false, true, false, false, false, false],
            "after a removal an unavailable page says less, so it moves nothing"
        );
        assert_eq!(
            flags(|o| o.visible_again),
            [false, false, false, true, false, false]
        );
        assert_eq!(
            flags(|o| o.newly_removed),
            [false, false, false, false, true, false]
        );
        assert!(
            out.iter().all(|o| !o.resurfaced),
            "private then public is not back"
        );
        assert_eq!(out[2].standing.removed_since, None, "no removal clock runs");
    }

    #[test]
    fn a_change_is_believed_only_when_a_second_look_agrees() {
        let none = HashSet::new();
        let live = observe(&Standing::default(), Seen::Live, Some("a"), &none, t(0));
        // Removed, then removed again: the second look moves the link.
        let first = observe(&live.standing, Seen::Removed, None, &none, t(1));
        assert!(first.needs_confirming());
        let held = unconfirmed(&live.standing, Seen::Removed, t(1));
        assert!(held.unconfirmed && !held.needs_confirming());
        assert_eq!(held.standing.settled, Some(Seen::Live), "nothing moved");
        assert_eq!(held.standing.checked_at, Some(t(1)));
        let second = confirm(&held, Seen::Removed, None, &none, t(2));
        assert!(second.newly_removed && !second.unconfirmed);
        assert_eq!(second.previous, Some(Seen::Removed));
        // A flap back to live: nothing changed, nobody told.
        let flap = confirm(&held, Seen::Live, Some("a"), &none, t(2));
        assert!(!flap.needs_confirming() && !flap.unconfirmed && !flap.changed);
        assert_eq!(flap.standing.settled, Some(Seen::Live));
        // Removed, then unavailable: neither is believed this run.
        let other = confirm(&held, Seen::Unavailable, None, &none, t(2));
        assert!(other.unconfirmed && !other.newly_unavailable);
        assert_eq!(other.standing.settled, Some(Seen::Live));
        // Resurfacing needs two live looks too.
        let removed = observe(&Standing::default(), Seen::Removed, None, &none, t(0));
        let back = observe(&removed.standing, Seen::Live, Some("a"), &none, t(1));
        assert!(back.resurfaced && back.needs_confirming());
        let held = unconfirmed(&removed.standing, Seen::Live, t(1));
        assert!(!held.resurfaced && held.standing.removed_since == Some(t(0)));
        assert!(confirm(&held, Seen::Live, Some("a"), &none, t(2)).resurfaced);
        assert!(!confirm(&held, Seen::Removed, None, &none, t(2)).needs_confirming());
    }

    #[test]
    fn a_new_hash_on_a_live_link_is_a_change() {
        let none = HashSet::new();
        let out = run(
            &[
                (Seen::Live, Some("a")),
                (Seen::Removed, Some("r")),
                (Seen::Live, Some("b")),
                (Seen::Blocked, Some("x")),
                (Seen::Live, Some("b")),
            ],
            &none,
        );
        let changed: Vec<bool> = out.iter().map(|o| o.changed).collect();
        assert_eq!(changed, [false, false, true, false, false]);
        assert!(!out[4].resurfaced, "blocked is not removed");
    }

    #[test]
    fn content_removed_elsewhere_is_resurfaced_content_once() {
        let removed = HashSet::from(["gone".to_owned()]);
        let out = run(
            &[
                (Seen::Live, Some("gone")),
                (Seen::Live, Some("gone")),
                (Seen::Removed, Some("gone")),
            ],
            &removed,
        );
        let flagged: Vec<bool> = out.iter().map(Outcome::needs_attention).collect();
        assert_eq!(flagged, [true, false, false]);
        assert!(out[0].resurfaced_content && !out[0].resurfaced);
    }

    #[test]
    fn a_run_fails_when_all_or_more_than_the_share_of_its_fetches_fail() {
        assert!(!run_failed(0, 0, 0.5), "nothing fetched is no failure");
        assert!(
            run_failed(14, 14, 1.0),
            "all failed, even with a share of 1"
        );
        assert!(!run_failed(14, 13, 1.0));
        assert!(run_failed(10, 6, 0.5));
        assert!(
            !run_failed(10, 5, 0.5),
            "exactly the share is not more than it"
        );
        assert!(run_failed(1, 1, 0.9));
    }

    #[test]
    fn the_reason_is_the_most_common_failure() {
        let dns = Some("dns");
        let connect = Some("connect");
        assert_eq!(
            why_failed(&[dns, connect, dns], false),
            "host names do not resolve (DNS)"
        );
        assert_eq!(
            why_failed(&[connect], true),
            "the proxy refuses connections"
        );
        assert_eq!(
            why_failed(&[connect, None], false),
            "the network is down, or connections are refused"
        );
        assert_eq!(
            why_failed(&[None, None, Some("timeout")], false),
            "the sites answer with server errors"
        );
        assert_eq!(
            why_failed(&[Some("not_public"), None], false),
            "the links or their redirects lead to local or private addresses, which are refused"
        );
    }

    #[test]
    fn hashes_are_lower_case_hex() {
        assert_eq!(
            content_hash(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn names_round_trip() {
        for s in Seen::ALL {
            assert_eq!(s.as_str().parse(), Ok(s));
        }
    }

    #[test]
    fn stored_names_are_read_exactly_and_json_says_the_same_names() {
        for s in Seen::ALL {
            assert_eq!(
                serde_json::to_string(&s).expect("serialises"),
                format!("\"{s}\"")
            );
        }
        assert_eq!(
            "Live".parse::<Seen>(),
            Err("unknown observation status `Live`".to_owned())
        );
        assert_eq!(
            "login-wall".parse::<Seen>(),
            Err("unknown observation status `login-wall`".to_owned())
        );
    }
}
