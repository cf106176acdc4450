//! What a re-check believes and shows (issue 19): `unavailable` is no removal, a change needs
//! two observations that agree, a bot wall is no answer, and `link show` says what was seen.
//! Against the real local HTTP server that behaves like platforms.

use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::TestEnv;
use crate::support::http::{CAPTCHA_PAGE, CHALLENGE_PAGE, HttpServer, Reply};

/// The test server as a platform with Facebook's own marker for "not available" (which the
/// built-in catalogue marks `means: unavailable`, source `markers_3p`), and a platform marker
/// that calls a 403 removed, which a challenge page must not fool.
const PLATFORMS: &str = crate::testsite_platforms!(
    r#"      - text: "This content isn't available right now"
        means: unavailable
        sources: [markers_3p]
        checked: 2026-01-01
      - status: 403
        means: removed
        unverified: true
        checked: 2026-01-01
"#
);

const FACEBOOK_UNAVAILABLE: &str = "<html><h2>This content isn't available right now</h2>\
    <p>When this happens, it's usually because the owner only shared it with a small group of \
    people, changed who can see it or it's been deleted.</p></html>";

struct Site {
    env: TestEnv,
    server: HttpServer,
    platforms: String,
    case: String,
}

impl Site {
    fn new() -> Site {
        let env = TestEnv::initialised();
        let platforms = env.root().join("platforms.yaml");
        std::fs::write(&platforms, PLATFORMS).unwrap();
        let platforms = platforms.to_str().unwrap().to_owned();
        let case = env.ok(&["case", "new", "--category", "ncii"]);
        Site {
            env,
            server: HttpServer::start(),
            platforms,
            case,
        }
    }

    fn args<'a>(&'a self, args: &[&'a str]) -> Vec<&'a str> {
        let mut all = vec!["--platforms", self.platforms.as_str()];
        all.extend_from_slice(args);
        all
    }

    /// A reported link at `path`, answering `reply`; returns its id.
    fn link(&self, path: &str, reply: Reply) -> String {
        self.server.set(path, reply);
        let url = self.server.url(path);
        let out = self
            .env
            .ok(&self.args(&["link", "add", "--case", &self.case, &url]));
        let id = out.lines().next().unwrap().to_owned();
        self.env.ok(&["link", "set", &id, "--status", "reported"]);
        id
    }

    /// `recheck --all --json`, with no wait before second looks unless `extra` names one; exit
    /// code, rows and stderr.
    fn recheck(&self, extra: &[&str]) -> (i32, Vec<Value>, String) {
        let mut args = vec![
            "recheck",
            "--all",
            "--json",
            "--host-interval",
            "0s",
            "--per-host",
            "16",
            "--retries",
            "0",
        ];
        if !extra.contains(&"--confirm-after") {
            args.extend(["--confirm-after", "0s"]);
        }
        args.extend_from_slice(extra);
        let out = self.env.output(&self.args(&args), "");
        let rows = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let stderr = String::from_utf8(out.stderr).unwrap();
        (out.status.code().unwrap(), rows, stderr)
    }

    fn row(rows: &[Value], link: &str) -> Value {
        rows.iter()
            .find(|r| r["link"] == link)
            .unwrap_or_else(|| panic!("no row for {link}: {rows:?}"))
            .clone()
    }

    fn show(&self, link: &str) -> Value {
        serde_json::from_str(&self.env.ok(&["--json", "link", "show", link])).unwrap()
    }

    fn status(&self, link: &str) -> String {
        self.show(link)["link"]["status"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}

/// Issue 19's finding: Facebook's "This content isn't available right now" (a post restricted
/// to friends looks the same) made a link `removed`, counted as removed, with follow-ups
/// stopped. It is `unavailable` now: listed and filtered as such, no removal in `stats`, and
/// staff confirm a removal with `link set --status removed`.
#[test]
fn a_not_available_page_is_unavailable_never_removed() {
    let site = Site::new();
    let link = site.link("/posts/1", Reply::Page(200, FACEBOOK_UNAVAILABLE.into()));
    let (code, rows, stderr) = site.recheck(&[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(Site::row(&rows, &link)["status"], "unavailable");
    assert_eq!(site.status(&link), "unavailable");
    let listed = site.env.ok(&["link", "list", "--status", "unavailable"]);
    assert!(
        listed.contains(&link) && listed.contains("unavailable"),
        "{listed}"
    );
    let removed_links = site
        .env
        .ok(&["--json", "link", "list", "--status", "removed"]);
    assert!(removed_links.is_empty(), "{removed_links}");
    let removed = |env: &TestEnv| -> Value {
        let out = env.ok(&["stats", "--json", "--min-count", "1"]);
        let total = out
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .find(|r| r["table"] == "total")
            .unwrap();
        total["removed"].clone()
    };
    assert_eq!(removed(&site.env), 0, "unavailable is no removal");
    // Follow-ups go on: the standing a follow-up asks for is still "seen, not removed".
    let (_, rows, _) = site.recheck(&[]);
    assert_eq!(Site::row(&rows, &link)["status"], "unavailable");
    assert_eq!(site.status(&link), "unavailable");

    site.env.ok(&["link", "set", &link, "--status", "removed"]);
    assert_eq!(site.status(&link), "removed");
    assert_eq!(removed(&site.env), 1, "staff confirmed the removal");
    // A confirmed removal is not undone by the next unavailable page.
    site.recheck(&[]);
    assert_eq!(site.status(&link), "removed");
}

/// A single flap neither changes a status nor alerts: the second look disagrees. Two that
/// agree change it in the same run, so one run still tells staff what changed; the wait
/// between the two looks is the configured one.
#[test]
fn a_change_needs_two_observations_that_agree() {
    let site = Site::new();
    let live = "<html><video src=v></video></html>".to_owned();
    let link = site.link("/v/1", Reply::Page(200, live.clone()));
    assert_eq!(site.recheck(&[]).0, 0);

    site.server
        .set("/v/1", Reply::flap(&[(404, "gone"), (200, &live)]));
    let (code, rows, stderr) = site.recheck(&[]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(Site::row(&rows, &link)["status"], "live");
    assert_eq!(site.status(&link), "reported", "a flap moves nothing");
    let seen = site.show(&link)["observations"].clone();
    assert_eq!(
        (&seen[0]["status"], &seen[0]["unconfirmed"]),
        (&"live".into(), &false.into())
    );
    assert_eq!(
        (&seen[1]["status"], &seen[1]["unconfirmed"]),
        (&"removed".into(), &true.into()),
        "the first look is kept, marked"
    );
    let stats = site.env.ok(&["stats", "--json", "--min-count", "1"]);
    assert!(stats.contains(r#""removed":0"#), "{stats}");

    site.server.set("/v/1", Reply::Page(404, "gone".into()));
    let before = site.server.hits("/v/1");
    let started = Instant::now();
    let (code, rows, stderr) = site.recheck(&["--confirm-after", "1s"]);
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "the wait holds"
    );
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(site.server.hits("/v/1") - before, 2, "two looks");
    let row = Site::row(&rows, &link);
    assert_eq!(
        (&row["status"], &row["previous"]),
        (&"removed".into(), &"live".into()),
        "`previous` is where the link stood before the run"
    );
    assert_eq!(site.status(&link), "removed", "two agreeing looks, one run");

    // Back for one look only: not resurfaced, nobody told.
    site.server
        .set("/v/1", Reply::flap(&[(200, &live), (404, "gone")]));
    let (code, rows, stderr) = site.recheck(&[]);
    assert_eq!(code, 0, "{stderr}");
    assert!(!stderr.contains("resurfaced"), "{stderr}");
    assert_eq!(Site::row(&rows, &link)["resurfaced"], false);
    assert_eq!(site.status(&link), "removed");
    // Back for good: resurfaced, in this run.
    site.server.set("/v/1", Reply::Page(200, live));
    let (code, _, stderr) = site.recheck(&[]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("resurfaced: link `{link}`")),
        "{stderr}"
    );
}

/// Challenge pages (403 and 503 with a challenge body, a firewall's 202, a CAPTCHA page) are
/// `blocked`, even where a platform marker calls a 403 removed, and they move nothing: a
/// removed link behind one stays removed and is not resurfaced when it shows again.
#[test]
fn bot_walls_are_blocked_and_move_nothing() {
    let site = Site::new();
    let walls = [
        ("/w/403", Reply::Page(403, CHALLENGE_PAGE.into())),
        ("/w/503", Reply::Page(503, CHALLENGE_PAGE.into())),
        ("/w/202", Reply::Page(202, String::new())),
        ("/w/captcha", Reply::Page(200, CAPTCHA_PAGE.into())),
    ];
    let ids: Vec<String> = walls
        .iter()
        .map(|(path, reply)| site.link(path, reply.clone()))
        .collect();
    let plain = site.link("/w/forbidden", Reply::Page(403, "forbidden".into()));
    let login = site.link("/w/private", Reply::Redirect("/login?next=x".into()));
    site.server
        .set("/login?next=x", Reply::Page(200, "log in".into()));
    let (code, rows, stderr) = site.recheck(&[]);
    assert_eq!(code, 0, "{stderr}");
    for id in &ids {
        assert_eq!(Site::row(&rows, id)["status"], "blocked", "{id}");
        assert_eq!(site.status(id), "reported", "{id}");
    }
    assert_eq!(
        Site::row(&rows, &plain)["status"],
        "removed",
        "the marker, on a plain 403"
    );
    assert_eq!(Site::row(&rows, &login)["status"], "login_wall");
    let shown = site.show(&ids[0])["observations"][0].clone();
    assert_eq!(shown["reason"], "challenge", "{shown}");

    // Removed, then a wall, then live: the wall said nothing, so this is resurfacing.
    let gone = site.link("/w/gone", Reply::Page(404, "gone".into()));
    site.recheck(&[]);
    assert_eq!(site.status(&gone), "removed");
    site.server
        .set("/w/gone", Reply::Page(403, CHALLENGE_PAGE.into()));
    let (_, rows, _) = site.recheck(&[]);
    assert_eq!(Site::row(&rows, &gone)["status"], "blocked");
    assert_eq!(site.status(&gone), "removed", "a wall is no answer");
    site.server
        .set("/w/gone", Reply::Page(200, "<video src=v>".into()));
    let (code, rows, _) = site.recheck(&[]);
    assert_eq!(code, 1);
    assert_eq!(Site::row(&rows, &gone)["resurfaced"], true);
}

/// `link show` (and `--json`) lists what each observation saw and why, and `recheck -v` tells
/// the reason per link by id; neither shows a URL or a path.
#[test]
fn link_show_says_what_was_seen_and_recheck_v_says_why() {
    let site = Site::new();
    let link = site.link("/r/start", Reply::Redirect("/r/hidden-path".into()));
    site.server.set(
        "/r/hidden-path",
        Reply::Page(200, FACEBOOK_UNAVAILABLE.into()),
    );
    site.recheck(&[]);
    let shown = site.show(&link);
    let newest = &shown["observations"][0];
    assert_eq!(newest["status"], "unavailable", "{shown}");
    assert_eq!(newest["http_status"], 200);
    assert_eq!(newest["final_host"], "127.0.0.1");
    assert_eq!(newest["redirects"], 1);
    assert_eq!(newest["reason"], "marker");
    assert_eq!(
        newest["marker"],
        r#"testsite: text "This content isn't available right now""#
    );
    assert_eq!(newest["marker_source"], "markers_3p");
    assert_eq!(newest["bytes"], FACEBOOK_UNAVAILABLE.len());
    let sha = newest["sha256"].as_str().unwrap();
    assert_eq!(sha.len(), 64);
    assert_eq!(
        shown["observations"].as_array().unwrap().len(),
        2,
        "both looks"
    );

    let page = site.env.ok(&["link", "show", &link]);
    let observed = page.split("last observations").nth(1).unwrap();
    for part in [
        "unavailable  http 200  host 127.0.0.1  redirects 1  by marker",
        r#"marker testsite: text "This content isn't available right now"  source markers_3p"#,
        sha,
    ] {
        assert!(observed.contains(part), "{part}: {page}");
    }
    assert!(
        !observed.contains("hidden-path") && !observed.contains("/r/"),
        "{page}"
    );

    let verbose = site.env.output(
        &site.args(&[
            "-v",
            "recheck",
            "--all",
            "--confirm-after",
            "0s",
            "--host-interval",
            "0s",
        ]),
        "",
    );
    let verbose = String::from_utf8(verbose.stderr).unwrap();
    assert!(verbose.contains(&format!("link={link}")), "{verbose}");
    assert!(verbose.contains("reason=\"marker\""), "{verbose}");
    assert!(
        !verbose.contains("hidden-path") && !verbose.contains("127.0.0.1:"),
        "{verbose}"
    );
}
