//! `recheck` and `schedule` against a real HTTP server on 127.0.0.1 that behaves like platforms.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::TestEnv;
use crate::support::http::{HttpServer, Reply};
use crate::support::tls::{self, HttpsServer, TestCertificate};

/// Maps the test server's host to a platform with the marker kinds `platforms.yaml` uses.
pub(crate) const PLATFORMS: &str = crate::testsite_platforms!(
    r#"      - text: "Sorry, this content isn't available"
        means: removed
        unverified: true
        checked: 2026-01-01
      - redirect_to: /unavailable
        means: unavailable
        unverified: true
        checked: 2026-01-01
"#
);

/// Generous where time is not the point: a loaded 2-core machine must not fail these.
const CALM: &[&str] = &[
    "--timeout",
    "30s",
    "--host-interval",
    "0s",
    "--per-host",
    "16",
];

pub(crate) struct Fixture {
    pub(crate) env: TestEnv,
    pub(crate) server: HttpServer,
    platforms: String,
}

impl Fixture {
    pub(crate) fn new() -> Fixture {
        let env = TestEnv::initialised();
        let platforms = env.root().join("platforms.yaml");
        std::fs::write(&platforms, PLATFORMS).unwrap();
        Fixture {
            platforms: platforms.to_str().unwrap().to_owned(),
            env,
            server: HttpServer::start(),
        }
    }

    pub(crate) fn args<'a>(&'a self, args: &[&'a str]) -> Vec<&'a str> {
        let mut all = vec!["--platforms", self.platforms.as_str()];
        all.extend_from_slice(args);
        all
    }

    pub(crate) fn case(&self) -> String {
        self.env
            .ok(&self.args(&["case", "new", "--category", "ncii"]))
    }

    /// Adds one link per path (each answering `reply`) to `case`; returns path → link id.
    pub(crate) fn links(&self, case: &str, replies: &[(&str, Reply)]) -> HashMap<String, String> {
        let mut ids = HashMap::new();
        for (path, reply) in replies {
            self.server.set(path, reply.clone());
            let url = self.server.url(path);
            let id = self
                .env
                .ok(&self.args(&["link", "add", "--case", case, &url]));
            ids.insert(id.lines().next().unwrap().to_owned(), (*path).to_owned());
        }
        ids
    }

    /// Runs `recheck --json`; returns the exit code and each line by the path of its link.
    pub(crate) fn recheck(
        &self,
        extra: &[&str],
        paths: &HashMap<String, String>,
    ) -> (i32, HashMap<String, Value>) {
        let mut args = vec!["recheck", "--json"];
        args.extend_from_slice(extra);
        let out = self.env.output(&self.args(&args), "");
        let stdout = String::from_utf8(out.stdout).unwrap();
        let mut rows = HashMap::new();
        for line in stdout.lines() {
            let row: Value = serde_json::from_str(line).unwrap();
            let path = paths[row["link"].as_str().unwrap()].clone();
            rows.insert(path, row);
        }
        let code = out.status.code().unwrap();
        // Exit 2 with observations stored: a run whose fetches failed (issue 19).
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            code != 2 || stderr.contains(" could not be fetched: "),
            "recheck failed: {stderr}"
        );
        (code, rows)
    }
}

fn status(rows: &HashMap<String, Value>, path: &str) -> String {
    rows[path]["status"].as_str().unwrap().to_owned()
}

#[test]
fn pages_are_classified_the_way_platforms_mean_them() {
    let f = Fixture::new();
    let case = f.case();
    let live = "<html><video src=x></video></html>".to_owned();
    let paths = f.links(
        &case,
        &[
            ("/live", Reply::Page(200, live.clone())),
            ("/gone", Reply::Page(404, "no".into())),
            ("/deleted", Reply::Page(410, "gone".into())),
            ("/withheld", Reply::Page(451, "legal".into())),
            (
                "/soft",
                Reply::Page(200, "<h1>Sorry, this content isn't available</h1>".into()),
            ),
            ("/private", Reply::Redirect("/unavailable/1".into())),
            ("/unavailable/1", Reply::Page(200, "unavailable".into())),
            (
                "/protected",
                Reply::Redirect("/accounts/login/?next=x".into()),
            ),
            ("/accounts/login/?next=x", Reply::Page(200, "log in".into())),
            (
                "/slow",
                Reply::Slow(Duration::from_millis(500), live.clone()),
            ),
            ("/busy", Reply::BusyOnce(live.clone())),
            ("/reset", Reply::ResetOnce(live.clone())),
            ("/huge", Reply::Endless),
            ("/broken", Reply::Page(500, "oops".into())),
        ],
    );
    let (code, rows) = f.recheck(&[&["--all"], CALM].concat(), &paths);
    assert_eq!(code, 0);
    let expect = [
        ("/live", "live", 200),
        ("/gone", "removed", 404),
        ("/deleted", "removed", 410),
        ("/withheld", "blocked", 451),
        ("/soft", "removed", 200),
        // The catalogue's `means: unavailable`: never `removed` (issue 19).
        ("/private", "unavailable", 200),
        ("/unavailable/1", "live", 200),
        ("/protected", "login_wall", 200),
        ("/slow", "live", 200),
        ("/busy", "live", 200),
        ("/reset", "live", 200),
        ("/huge", "live", 200),
        ("/broken", "error", 500),
    ];
    for (path, want, http) in expect {
        assert_eq!(status(&rows, path), want, "{path}");
        assert_eq!(rows[path]["http_status"], http, "{path}");
    }
    assert_eq!(
        f.server.hits("/busy"),
        2,
        "429 is retried after Retry-After"
    );
    assert_eq!(f.server.hits("/reset"), 2, "a reset connection is retried");
    assert!(
        f.server.endless_bytes() < 64 * 1024 * 1024,
        "the body cap holds: {} bytes were sent",
        f.server.endless_bytes()
    );
    let keys: Vec<&str> = rows["/live"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "case",
            "changed",
            "deadline_passed",
            "http_status",
            "link",
            "pdq_match",
            "platform",
            "previous",
            "resurfaced",
            "status"
        ]
    );
    assert_eq!(rows["/live"]["platform"], "testsite");
    assert_eq!(rows["/live"]["case"], case.as_str());
    assert_eq!(rows["/live"]["previous"], Value::Null);
}

#[test]
fn a_hanging_server_or_a_dead_proxy_is_an_error_observation_not_a_crash() {
    let f = Fixture::new();
    let case = f.case();
    let paths = f.links(&case, &[("/hang", Reply::Hang)]);
    let started = Instant::now();
    let (code, rows) = f.recheck(&["--all", "--timeout", "1s", "--retries", "0"], &paths);
    // Every fetch failed: the run says so with exit 2, after storing what it saw.
    assert_eq!((code, status(&rows, "/hang")), (2, "error".to_owned()));
    assert_eq!(rows["/hang"]["http_status"], Value::Null);
    assert!(
        started.elapsed() < Duration::from_secs(25),
        "the timeout holds"
    );

    // A port just freed: nothing listens, so the proxy refuses and the link is an error.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let proxy = format!("socks5h://{closed}");
    let (code, rows) = f.recheck(&["--all", "--retries", "0", "--proxy", &proxy], &paths);
    assert_eq!((code, status(&rows, "/hang")), (2, "error".to_owned()));
    let said = f
        .env
        .run(&f.args(&["recheck", "--all", "--retries", "0", "--proxy", &proxy]));
    assert!(
        said.contains("1 of 1 link could not be fetched: the proxy refuses connections"),
        "{said}"
    );
    insta::assert_snapshot!(f.env.run(&f.args(&["recheck", "--all", "--proxy", "ftp://x y"])), @r#"
exit: 2
----- stderr -----
error: the proxy must be an http://, https://, socks5:// or socks5h:// URL with a host
"#);
}

#[test]
fn an_untrusted_certificate_or_an_unknown_host_is_an_error_never_an_answer() {
    let f = Fixture::new();
    let cert = TestCertificate::new();
    let https = HttpsServer::start(&cert, "Sorry, this content isn't available");
    let answer = tls::get_trusting(&cert, &https, "/post");
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "the server answers a client that trusts it: {answer}"
    );

    let case = f.case();
    let url = https.url("/post");
    let link = f.env.ok(&f.args(&["link", "add", "--case", &case, &url]));
    // `.invalid` never resolves (RFC 6761).
    let unknown = f.env.ok(&f.args(&[
        "link",
        "add",
        "--case",
        &case,
        "https://no-such-host.invalid/p",
    ]));
    let paths = HashMap::from([
        (link.trim().to_owned(), "/tls".to_owned()),
        (unknown.trim().to_owned(), "/dns".to_owned()),
    ]);
    let (code, rows) = f.recheck(&["--all", "--retries", "0"], &paths);
    assert_eq!(code, 2, "no fetch got an answer");
    assert_eq!(
        status(&rows, "/tls"),
        "error",
        "a self-signed page is never read as removed"
    );
    assert_eq!(status(&rows, "/dns"), "error");
    let log = f
        .env
        .run(&f.args(&["-vv", "recheck", "--all", "--retries", "0"]));
    assert!(log.contains("error=\"tls\""), "{log}");
    assert!(log.contains("error=\"dns\""), "{log}");
    assert!(
        !log.contains("127.0.0.1:") && !log.contains("no-such-host"),
        "no URL in logs: {log}"
    );
}

#[test]
fn a_removed_link_that_comes_back_is_resurfaced_and_exits_1() {
    let f = Fixture::new();
    let case = f.case();
    let paths = f.links(&case, &[("/post", Reply::Page(200, "first".into()))]);
    let link = paths.keys().next().unwrap().clone();
    f.env.ok(&f.args(&[
        "link",
        "set",
        &link,
        "--status",
        "escalated",
        "--route",
        "partner",
        "--ref",
        "T-1",
    ]));
    let (code, rows) = f.recheck(&[&["--all"], CALM].concat(), &paths);
    assert_eq!((code, status(&rows, "/post")), (0, "live".to_owned()));

    f.server.set("/post", Reply::Page(200, "edited".into()));
    let (code, rows) = f.recheck(&[&["--all"], CALM].concat(), &paths);
    assert_eq!(code, 0);
    assert_eq!(rows["/post"]["changed"], true);

    f.server.set("/post", Reply::Page(404, "gone".into()));
    let (code, rows) = f.recheck(&[&["--all"], CALM].concat(), &paths);
    assert_eq!((code, status(&rows, "/post")), (0, "removed".to_owned()));
    assert_eq!(rows["/post"]["previous"], "live");
    let history = |f: &Fixture| -> Vec<(String, Value)> {
        let shown: Value =
            serde_json::from_str(&f.env.ok(&f.args(&["--json", "link", "show", &link]))).unwrap();
        let events = shown["history"].as_array().unwrap().iter();
        events
            .map(|e| (e["status"].as_str().unwrap().to_owned(), e["route"].clone()))
            .collect()
    };
    let seen_removed = history(&f);
    assert_eq!(
        seen_removed
            .iter()
            .map(|e| e.0.as_str())
            .collect::<Vec<_>>(),
        ["new", "escalated", "removed"],
        "the removal seen by recheck is the link's status, kept in its history"
    );
    assert_eq!(
        seen_removed[2].1, "partner",
        "the removal keeps the route it came by"
    );
    f.recheck(&[&["--all"], CALM].concat(), &paths);
    assert_eq!(history(&f).len(), 3, "seen removed twice is one removal");

    f.server.set("/post", Reply::Page(200, "edited".into()));
    let out = f.env.run(&f.args(&[&["recheck", "--all"], CALM].concat()));
    insta::assert_snapshot!(out, @r#"
exit: 1
----- stdout -----
checked 1 link: 1 live, 0 removed, 0 unavailable, 0 blocked, 0 behind a login, 0 errors; 1 resurfaced
----- stderr -----
warning: resurfaced: link `[LINK]` of case `[CASE]` on `testsite`
"#);
    let resurfaced = history(&f);
    assert_eq!(
        resurfaced.last().unwrap().0,
        "escalated",
        "a resurfaced link goes back to where it stood before it was removed"
    );
}

#[test]
fn the_same_content_under_a_new_link_is_resurfaced_content() {
    let f = Fixture::new();
    let first = f.case();
    let mut paths = f.links(&first, &[("/a", Reply::Page(200, "the same photo".into()))]);
    f.recheck(&[&["--all"], CALM].concat(), &paths);
    f.server.set("/a", Reply::Page(410, "removed".into()));
    f.recheck(&[&["--all"], CALM].concat(), &paths);

    let second = f.case();
    paths.extend(f.links(
        &second,
        &[("/b", Reply::Page(200, "the same photo".into()))],
    ));
    let (code, rows) = f.recheck(&[&["--all", "--case", &second], CALM].concat(), &paths);
    assert_eq!(code, 1);
    assert_eq!(rows["/b"]["resurfaced"], true);
    assert_eq!(rows["/b"]["previous"], Value::Null);
}

#[test]
fn due_checks_only_what_the_schedule_says() {
    let f = Fixture::new();
    let case = f.case();
    let mut paths = f.links(&case, &[("/one", Reply::Page(200, "x".into()))]);
    let out = f.env.run(&f.args(&[&["recheck"], CALM].concat()));
    insta::assert_snapshot!(out, @r#"
exit: 0
----- stdout -----
checked 1 link: 1 live, 0 removed, 0 unavailable, 0 blocked, 0 behind a login, 0 errors; 0 resurfaced
"#);
    let out = f.env.run(&f.args(&[&["recheck", "--due"], CALM].concat()));
    insta::assert_snapshot!(out, @r#"
exit: 0
----- stdout -----
nothing to check
"#);
    paths.extend(f.links(&case, &[("/two", Reply::Page(200, "y".into()))]));
    let (_, rows) = f.recheck(&[&["--due"], CALM].concat(), &paths);
    assert_eq!(rows.keys().collect::<Vec<_>>(), ["/two"]);
    insta::assert_snapshot!(f.env.run(&f.args(&["schedule", "show"])), @r#"
exit: 0
----- stdout -----
NEXT CHECK        LINK     CASE    PLATFORM  LAST SEEN
[TIME]  [LINK]  [CASE]  testsite  live
[TIME]  [LINK]  [CASE]  testsite  live
"#);

    f.env.ok(&f.args(&["case", "close", &case]));
    let out = f.env.run(&f.args(&[&["recheck", "--all"], CALM].concat()));
    assert!(out.contains("nothing to check"), "{out}");
}

/// `recheck --dry-run` names exactly what `--due` would check (never checked, in an open case),
/// not a link checked a moment ago nor one of a closed case; `--all` adds the checked one. It
/// fetches nothing, and writes nothing a later run would see.
#[test]
fn a_dry_run_names_what_is_due_and_fetches_nothing() {
    let f = Fixture::new();
    let (open, closed) = (f.case(), f.case());
    let checked = f.links(&open, &[("/checked", Reply::Page(200, "x".into()))]);
    f.recheck(&[&["--due"], CALM].concat(), &checked);
    let mut paths = f.links(&open, &[("/new", Reply::Page(200, "y".into()))]);
    paths.extend(f.links(&closed, &[("/closed", Reply::Page(200, "z".into()))]));
    paths.extend(checked);
    f.env.ok(&f.args(&["case", "close", &closed]));
    let named = |extra: &[&str]| {
        let mut args = vec!["recheck", "--dry-run", "--json"];
        args.extend_from_slice(extra);
        let mut listed: Vec<&str> = f
            .env
            .ok(&f.args(&args))
            .lines()
            .map(|l| {
                let row: Value = serde_json::from_str(l).unwrap();
                paths[row["link"].as_str().unwrap()].as_str()
            })
            .collect();
        listed.sort_unstable();
        listed
    };
    assert_eq!(named(&[]), ["/new"]);
    assert_eq!(named(&["--due"]), ["/new"]);
    assert_eq!(named(&["--all"]), ["/checked", "/new"]);
    assert_eq!(named(&["--case", &closed]), Vec::<&str>::new());
    let hits: Vec<usize> = ["/checked", "/new", "/closed"]
        .iter()
        .map(|p| f.server.hits(p))
        .collect();
    assert_eq!(hits, [1, 0, 0], "a dry run fetches nothing");
    let (_, rows) = f.recheck(&[&["--due"], CALM].concat(), &paths);
    assert_eq!(
        rows.keys().collect::<Vec<_>>(),
        ["/new"],
        "and the run that follows agrees"
    );
}

#[test]
fn the_schedule_and_politeness_come_from_config_yaml_and_flags_win() {
    let f = Fixture::new();
    std::fs::create_dir_all(f.env.config_dir()).unwrap();
    std::fs::write(
        f.env.config_dir().join("config.yaml"),
        "recheck:\n  per_host: 16\n  host_interval: 0s\n  schedule:\n    pending_every: 1m\n",
    )
    .unwrap();
    let case = f.case();
    let paths = f.links(&case, &[("/one", Reply::Page(200, "x".into()))]);
    f.recheck(&["--due"], &paths);
    let (_, rows) = f.recheck(&["--due"], &paths);
    assert!(rows.is_empty(), "checked a moment ago, so not due");
    // The next check is a minute away (config.yaml), not six hours (the default). The least
    // interval a schedule may have is a minute, so the test does not wait for it.
    let shown = f.env.ok(&f.args(&["--json", "schedule", "show"]));
    let next: jiff::Timestamp = serde_json::from_str::<Value>(&shown).unwrap()["next_check"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    let away = next.duration_since(jiff::Timestamp::now());
    assert!(
        away > jiff::SignedDuration::from_secs(30) && away <= jiff::SignedDuration::from_secs(60),
        "{away:?}"
    );
    f.recheck(&["--all"], &paths);
    assert_eq!(f.server.hits("/one"), 2);

    let out = f
        .env
        .run(&f.args(&["recheck", "--due", "--timeout", "soon"]));
    assert!(out.contains("`soon` is not a duration"), "{out}");
    assert_eq!(f.server.hits("/one"), 2);
}

#[test]
fn a_bad_config_yaml_is_refused_with_its_place_and_nothing_is_fetched() {
    let f = Fixture::new();
    let case = f.case();
    f.links(&case, &[("/one", Reply::Page(200, "x".into()))]);
    std::fs::create_dir_all(f.env.config_dir()).unwrap();
    let config = f.env.config_dir().join("config.yaml");
    std::fs::write(&config, "recheck:\n  per_hots: 1\n").unwrap();
    insta::assert_snapshot!(f.env.run(&f.args(&["recheck"])), @r"
exit: 2
----- stderr -----
error: `[ROOT]/home/.config/takedown/config.yaml` is not a valid settings file:
  2:3: recheck: unknown field `per_hots`, expected one of `concurrency`, `per_host`, `host_interval`, `timeout`, `retries`, `user_agent`, `max_body`, `max_image`, `proxy`, `ca_file`, `schedule`, `fail_share`, `confirm_after`, `alert_after_failed_runs`
");
    assert_eq!(f.server.hits("/one"), 0);

    std::fs::remove_file(&config).unwrap();
    let missing = f.env.root().join("missing.yaml");
    let out = f
        .env
        .run(&f.args(&["--config", missing.to_str().unwrap(), "recheck"]));
    assert!(out.starts_with("exit: 2"), "{out}");
    assert_eq!(f.server.hits("/one"), 0);
}

#[test]
fn a_report_past_its_removal_deadline_exits_1_once_and_a_removed_or_fresh_one_never() {
    let f = Fixture::new();
    let case = f
        .env
        .ok(&f.args(&["case", "new", "--category", "ncii", "--jurisdiction", "pk"]));
    let paths = f.links(
        &case,
        &[
            ("/late", Reply::Page(200, "still here".into())),
            ("/fresh", Reply::Page(200, "still here".into())),
            ("/gone", Reply::Page(404, "gone".into())),
        ],
    );
    let link = |path: &str| paths.iter().find(|(_, p)| *p == path).unwrap().0.clone();
    let ago = |hours: i64| {
        let at = jiff::Timestamp::now() - jiff::SignedDuration::from_hours(hours);
        at.to_string()
    };
    for (path, hours) in [("/late", 49), ("/fresh", 1), ("/gone", 49)] {
        f.env.ok(&f.args(&[
            "link",
            "set",
            &link(path),
            "--status",
            "reported",
            "--route",
            "web-form",
            "--at",
            &ago(hours),
        ]));
    }
    let (code, rows) = f.recheck(&[&["--all"], CALM].concat(), &paths);
    assert_eq!(code, 1);
    let passed = |rows: &HashMap<String, Value>, path: &str| rows[path]["deadline_passed"] == true;
    assert!(
        passed(&rows, "/late"),
        "48 h of the TAKE IT DOWN Act ran out: {rows:?}"
    );
    assert!(
        !passed(&rows, "/fresh") && !passed(&rows, "/gone"),
        "{rows:?}"
    );

    let out = f.env.run(&f.args(&[&["recheck", "--all"], CALM].concat()));
    assert!(
        out.starts_with("exit: 0"),
        "a passing is told once, not on every run: {out}"
    );

    let late = f
        .env
        .ok(&f.args(&["link", "add", "--case", &case, &f.server.url("/late2")]));
    f.server
        .set("/late2", Reply::Page(200, "still here".into()));
    f.env.ok(&f.args(&[
        "link",
        "set",
        late.trim(),
        "--status",
        "reported",
        "--route",
        "web-form",
        "--at",
        &ago(72),
    ]));
    let out = f.env.run(&f.args(&[&["recheck", "--all"], CALM].concat()));
    insta::assert_snapshot!(out, @r"
exit: 1
----- stdout -----
checked 4 links: 3 live, 1 removed, 0 unavailable, 0 blocked, 0 behind a login, 0 errors; 0 resurfaced, 1 past the removal deadline
----- stderr -----
warning: past the removal deadline: link `[LINK]` of case `[CASE]` on `testsite` (48 h, TAKE IT DOWN Act (signed 19 May 2025), Section 3) is not seen removed; time for a follow-up
");
}

#[test]
fn a_killed_run_leaves_the_store_consistent_and_a_second_run_never_overlaps() {
    let f = Fixture::new();
    let case = f.case();
    let mut replies = Vec::new();
    let names: Vec<String> = (0..12).map(|n| format!("/p{n}")).collect();
    for (n, name) in names.iter().enumerate() {
        let reply = match n % 3 {
            0 => Reply::Page(200, format!("page {n}")),
            1 => Reply::Slow(Duration::from_secs(3), format!("page {n}")),
            _ => Reply::Hang,
        };
        replies.push((name.as_str(), reply));
    }
    let paths = f.links(&case, &replies);
    let mut first = f
        .env
        .std_command(&f.args(&[&["recheck", "--all"], CALM].concat()))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Wait until the fast and slow links are stored: a batch is written once it is 2 s old.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let shown = f.env.ok(&f.args(&["schedule", "show", "--json"]));
        let checked = shown
            .lines()
            .filter(|l| l.contains("\"status\":\"live\""))
            .count();
        if checked == 8 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the first run stored nothing: {shown}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    let second = f.env.run(&f.args(&[&["recheck", "--all"], CALM].concat()));
    insta::assert_snapshot!(second, @r#"
exit: 0
----- stderr -----
another `takedown recheck` is running; this one stops without checking
"#);

    first.kill().unwrap(); // SIGKILL
    first.wait().unwrap();
    for name in &names {
        f.server.set(name, Reply::Page(200, "back".into()));
    }
    let (code, rows) = f.recheck(&[&["--all"], CALM].concat(), &paths);
    assert_eq!(code, 0);
    assert_eq!(rows.len(), 12);
    let previous: Vec<&str> = names
        .iter()
        .map(|n| rows[n]["previous"].as_str().unwrap_or("none"))
        .collect();
    let stored = previous.iter().filter(|p| **p == "live").count();
    assert_eq!(stored, 8, "{previous:?}");
}

/// A `crontab` that keeps the table in a file under the test's root, never the machine's own;
/// returns a PATH that finds it first, and the file.
pub(crate) fn fake_crontab(env: &TestEnv) -> (String, std::path::PathBuf) {
    let bin = env.root().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let tab = env.root().join("crontab.txt");
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = -l ]; then\n  [ -f '{tab}' ] || {{ echo 'no crontab for tester' >&2; exit 1; }}\n  cat '{tab}'\nelse\n  cat > '{tab}'\nfi\n",
        tab = tab.display()
    );
    let path = bin.join("crontab");
    std::fs::write(&path, script).unwrap();
    let mut perms = std::fs::metadata(&path).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    std::fs::set_permissions(&path, perms).unwrap();
    let path_var = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    (path_var, tab)
}

#[test]
fn schedule_install_adds_one_cron_line_and_remove_takes_it_out() {
    let f = Fixture::new();
    let (path_var, tab) = fake_crontab(&f.env);
    let run = |args: &[&str]| {
        let out = f.env.command(args).env("PATH", &path_var).output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stderr).unwrap()
    };
    assert_eq!(
        run(&["schedule", "install"]).trim(),
        "installed the cron line: `takedown cron` runs every hour"
    );
    std::fs::write(
        &tab,
        format!(
            "MAILTO=staff\n0 1 * * * other-job\n{}",
            std::fs::read_to_string(&tab).unwrap()
        ),
    )
    .unwrap();
    assert_eq!(
        run(&["schedule", "install"]).trim(),
        "the cron line is already installed"
    );
    let text = std::fs::read_to_string(&tab).unwrap();
    let ours: Vec<&str> = text.lines().filter(|l| l.contains("takedown")).collect();
    assert_eq!(ours.len(), 1, "{text}");
    assert!(ours[0].starts_with("17 * * * * '"), "{text}");
    assert!(
        ours[0].ends_with(" cron --quiet --as cron # takedown cron"),
        "{text}"
    );
    assert!(
        ours[0].contains(&format!("--home '{}'", f.env.data_dir().display())),
        "{text}"
    );

    run(&["schedule", "remove"]);
    assert_eq!(
        std::fs::read_to_string(&tab).unwrap(),
        "MAILTO=staff\n0 1 * * * other-job\n"
    );
    assert_eq!(
        run(&["schedule", "remove"]).trim(),
        "no takedown cron line to remove"
    );

    let empty = f.env.root().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = f
        .env
        .command(&["schedule", "install"])
        .env("PATH", &empty)
        .output()
        .unwrap();
    insta::assert_snapshot!(f.env.redact(&String::from_utf8_lossy(&out.stderr)), @r#"
error: `crontab` is not installed here; use the systemd timer from `takedown schedule print`
"#);
    assert_eq!(out.status.code(), Some(2));

    let printed = f.env.ok(&["schedule", "print"]);
    assert!(
        printed.contains(" cron --quiet --as cron # takedown cron"),
        "{printed}"
    );
    assert!(
        printed.contains("[Timer]\nOnCalendar=*-*-* *:17:00"),
        "{printed}"
    );
}

/// What cron runs records its work as done by `cron`: the printed line, run as it stands by a
/// shell with no staff handle in its environment, moves a link seen removed and says who did it.
#[test]
fn the_cron_line_runs_as_cron_and_says_so() {
    let f = Fixture::new();
    let case = f.case();
    let paths = f.links(&case, &[("/gone", Reply::Page(404, "gone".into()))]);
    let link = paths.keys().next().unwrap().clone();
    f.env
        .ok(&f.args(&["link", "set", &link, "--status", "reported"]));
    let printed = f.env.ok(&["schedule", "print"]);
    let line = printed
        .lines()
        .find(|l| l.ends_with(" # takedown cron"))
        .unwrap();
    let command = line
        .trim_start_matches("17 * * * * ")
        .trim_end_matches(" # takedown cron");
    assert!(command.ends_with(" cron --quiet --as cron"), "{command}");
    let hermetic = f.env.std_command(&[]);
    let out = std::process::Command::new("sh")
        .args(["-c", command])
        .env_clear()
        .envs(
            hermetic
                .get_envs()
                .filter(|(k, _)| *k != "TAKEDOWN_STAFF")
                .filter_map(|(k, v)| Some((k, v?))),
        )
        .env("TAKEDOWN_PLATFORMS", &f.platforms)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown: Value = serde_json::from_str(&f.env.ok(&["--json", "link", "show", &link])).unwrap();
    let last = shown["history"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(
        (last["status"].as_str(), last["staff"].as_str()),
        (Some("removed"), Some("cron")),
        "{shown}"
    );
}

/// The largest resident set the process has had (`VmHWM`), in KiB; `None` once it has exited.
fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn ten_thousand_links_with_endless_bodies_never_hold_more_than_the_bodies_in_flight() {
    const LINKS: usize = 10_000;
    const CAP: usize = 32 * 1024;
    let f = Fixture::new();
    let case = f.case();
    let mut urls = String::new();
    for n in 0..LINKS {
        let path = format!("/video/{n}");
        f.server.set(&path, Reply::Endless);
        urls.push_str(&f.server.url(&path));
        urls.push('\n');
    }
    f.env
        .ok_stdin(&f.args(&["link", "add", "--case", &case, "-"]), &urls);
    let max_body = CAP.to_string();
    let mut run = f
        .env
        .std_command(
            &f.args(
                &[
                    &[
                        "recheck",
                        "--all",
                        "--concurrency",
                        "16",
                        "--max-body",
                        &max_body,
                    ],
                    CALM,
                ]
                .concat(),
            ),
        )
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let pid = run.id();
    let mut peak = 0;
    while run.try_wait().unwrap().is_none() {
        // VmHWM only grows, so the last reading before the exit is the peak, give or take the
        // last few milliseconds.
        peak = peak_rss_kib(pid).unwrap_or(peak).max(peak);
        std::thread::sleep(Duration::from_millis(5));
    }
    let out = run.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(
        summary.contains(&format!("checked {LINKS} links: {LINKS} live")),
        "{summary}"
    );
    assert!(
        f.server.endless_bytes() >= LINKS * CAP,
        "every body was read up to the cap"
    );
    // Kept bodies would need LINKS × CAP = 312 MiB; 16 in flight need half a MiB.
    let held = LINKS * CAP / 1024;
    assert!(peak > 0, "no reading of the process's memory");
    assert!(
        peak < 128 * 1024,
        "peak RSS {peak} KiB: bodies are kept ({held} KiB if all were)"
    );
}
