//! Platform probes in `recheck`, against probe endpoints on the local HTTP server: the probe's
//! answer wins over the page, an answer the catalogue does not describe falls back to the page,
//! links outside the probe's paths never reach it, `link show` says which was used, and
//! `platforms check` refuses probes that cannot work or would send links to another host.

use std::collections::HashMap;

use serde_json::Value;

use crate::support::TestEnv;
use crate::support::http::{HttpServer, Reply};

/// A platform on the test server with a probe at `/oembed?url=…` for links under `/v/`.
fn platforms(server_port: u16) -> String {
    format!(
        r#"schema_version: 1
platforms:
  - id: testsite
    name: Test site
    hosts:
      patterns: ["127.0.0.1"]
      canonical_host: "127.0.0.1"
      unverified: true
      checked: 2026-12-07
    probe:
      name: Test oEmbed
      url: "http://127.0.0.1:{server_port}/oembed?url={{url}}"
      paths: ["/v/*"]
      answers:
        - status: 200
          means: live
        - status: 404
          means: removed
        - status: 401
          means: unavailable
      unverified: true
      checked: 2026-12-07
"#
    )
}

fn encoded(url: &str) -> String {
    url::form_urlencoded::byte_serialize(url.as_bytes()).collect()
}

/// `recheck --all --json` under the test's platforms file, without the politeness waits.
fn recheck_all(env: &TestEnv, file: &str) -> std::process::Output {
    env.output(
        &[
            "--platforms",
            file,
            "recheck",
            "--all",
            "--json",
            "--host-interval",
            "0s",
            "--per-host",
            "8",
        ],
        "",
    )
}

#[test]
fn recheck_asks_the_probe_first_falls_back_to_the_page_and_link_show_says_which() {
    let env = TestEnv::initialised();
    let server = HttpServer::start();
    let port: u16 = server.url("").rsplit(':').next().unwrap().parse().unwrap();
    let file = env.root().join("platforms.yaml");
    std::fs::write(&file, platforms(port)).unwrap();
    let file = file.to_str().unwrap();
    let case = env.ok(&["--platforms", file, "case", "new", "-c", "ncii"]);
    // path, the page's answer, the probe's answer (None: no probe endpoint asked)
    let links: [(&str, Reply, Option<Reply>, &str, &str); 5] = [
        // A page that looks live, but the probe knows it is gone.
        (
            "/v/gone",
            Reply::Page(200, "<html>script shell</html>".into()),
            Some(Reply::Page(404, "{}".into())),
            "removed",
            "probe",
        ),
        // A page behind a login wall, while the probe says live.
        (
            "/v/live",
            Reply::Redirect("/login".into()),
            Some(Reply::Page(200, r#"{"title":"x"}"#.into())),
            "live",
            "probe",
        ),
        (
            "/v/private",
            Reply::Page(200, "<html></html>".into()),
            Some(Reply::Page(401, "".into())),
            // The catalogue's `means: unavailable`: never `removed` (issue 19).
            "unavailable",
            "probe",
        ),
        // The probe breaks: its answer fits nothing, so the page decides.
        (
            "/v/broken",
            Reply::Page(404, "no".into()),
            Some(Reply::Page(500, "oops".into())),
            "removed",
            "page",
        ),
        // A profile, not content: outside the probe's paths, so only the page is asked.
        (
            "/profile",
            Reply::Page(200, "<html>profile</html>".into()),
            None,
            "live",
            "page",
        ),
    ];
    server.set("/login", Reply::Page(200, "log in".into()));
    let mut ids = HashMap::new();
    for (path, page, probe, _, _) in &links {
        server.set(path, page.clone());
        let url = server.url(path);
        if let Some(probe) = probe {
            server.set(&format!("/oembed?url={}", encoded(&url)), probe.clone());
        }
        let id = env.ok_stdin(
            &["--platforms", file, "link", "add", "--case", &case, "-"],
            &url,
        );
        ids.insert(id, *path);
    }
    let out = recheck_all(&env, file);
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: HashMap<&str, Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let row: Value = serde_json::from_str(l).unwrap();
            (ids[row["link"].as_str().unwrap()], row)
        })
        .collect();
    for (path, _, probe, status, via) in &links {
        assert_eq!(rows[path]["status"], *status, "{path}: {}", rows[path]);
        let id = ids.iter().find(|(_, p)| *p == path).unwrap().0;
        let shown: Value =
            serde_json::from_str(&env.ok(&["--platforms", file, "link", "show", id, "--json"]))
                .unwrap();
        assert_eq!(shown["last_check"]["via"], *via, "{path}");
        assert_eq!(shown["last_check"]["status"], *status, "{path}");
        let page_hits = server.hits(path);
        match (probe.is_some(), *via) {
            (true, "probe") => assert_eq!(page_hits, 0, "{path}: the page was fetched too"),
            // A change (not live) is looked at twice before it is believed (issue 19).
            _ => assert_eq!(page_hits, if *status == "live" { 1 } else { 2 }, "{path}"),
        }
    }
    let gone = ids.iter().find(|(_, p)| **p == "/v/gone").unwrap().0;
    let text = env.ok(&["--platforms", file, "link", "show", gone]);
    assert!(
        text.contains("removed, HTTP 404, via the platform's probe (Test oEmbed)"),
        "{text}"
    );
    let profile = ids.iter().find(|(_, p)| **p == "/profile").unwrap().0;
    let text = env.ok(&["--platforms", file, "link", "show", profile]);
    assert!(
        text.contains("live, HTTP 200, via the link's page"),
        "{text}"
    );
    let heads = server.heads();
    assert!(
        !heads
            .iter()
            .any(|h| h.contains("oembed") && h.contains("profile")),
        "a link outside the probe's paths reached it: {heads:?}"
    );
}

/// A probe endpoint is on a platform's host, but its answer is still the server's to choose: a
/// redirect from it to a local address must be refused like any other, before connecting.
/// `localhost` and `0.0.0.0` both reach the test server on 127.0.0.1 if they are not refused,
/// so its hit counter shows whether the rule held; only the page then decides.
#[test]
fn a_probe_answer_redirecting_to_a_local_address_is_refused() {
    let env = TestEnv::initialised();
    let server = HttpServer::start();
    let port = server.port();
    let file = env.root().join("platforms.yaml");
    std::fs::write(&file, platforms(port)).unwrap();
    let file = file.to_str().unwrap();
    let case = env.ok(&["--platforms", file, "case", "new", "-c", "ncii"]);
    server.set("/secret", Reply::Page(404, "internal".into()));
    let targets = [
        format!("http://localhost:{port}/secret"),
        format!("http://0.0.0.0:{port}/secret"),
        format!("http://[::ffff:0.0.0.0]:{port}/secret"),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
    ];
    let mut ids = Vec::new();
    for (n, target) in targets.iter().enumerate() {
        let path = format!("/v/r{n}");
        server.set(&path, Reply::Page(200, "<html>up</html>".into()));
        let url = server.url(&path);
        server.set(
            &format!("/oembed?url={}", encoded(&url)),
            Reply::Redirect(target.clone()),
        );
        let id = env.ok_stdin(
            &["--platforms", file, "link", "add", "--case", &case, "-"],
            &url,
        );
        ids.push((id, path, target));
    }
    let out = recheck_all(&env, file);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(2), "{stderr}");
    assert_eq!(
        server.hits("/secret"),
        0,
        "a probe's redirect reached a local address"
    );
    for (id, path, target) in &ids {
        assert_eq!(
            server.hits(&format!("/oembed?url={}", encoded(&server.url(path)))),
            1,
            "{target}"
        );
        assert_eq!(server.hits(path), 1, "{target}: the page did not decide");
        let shown: Value =
            serde_json::from_str(&env.ok(&["--platforms", file, "link", "show", id, "--json"]))
                .unwrap();
        assert_eq!(shown["last_check"]["via"], "page", "{target}");
        assert_eq!(shown["last_check"]["status"], "live", "{target}");
    }
    assert!(
        !stderr.contains("secret") && !stderr.contains("169.254"),
        "{stderr}"
    );
}

#[test]
fn platforms_check_refuses_probes_that_cannot_work() {
    let env = TestEnv::new();
    let good = platforms(8080);
    let file = env.root().join("p.yaml");
    std::fs::write(&file, &good).unwrap();
    let out = env.run(&["platforms", "check", file.to_str().unwrap()]);
    assert!(out.starts_with("exit: 0\n"), "{out}");
    for (from, to, message) in [
        (
            "oembed?url={url}",
            "oembed?url={link}",
            "unknown variable `{link}`",
        ),
        ("oembed?url={url}", "oembed", "asks nothing about the link"),
        ("oembed?url={url}", "oembed?url={url", "is not closed"),
        (
            "\"http://127.0.0.1:8080/",
            "\"ftp://127.0.0.1:8080/",
            "is not http or https",
        ),
        (
            "        - status: 200\n          means: live\n",
            "",
            "an answer that means `live`",
        ),
        (
            "        - status: 401\n",
            "        - status: 404\n",
            "status `404` has two answers",
        ),
        (
            "        - status: 401\n",
            "        - status: 401\n          text: x\n",
            "exactly one of `status` and `text`",
        ),
        (
            "\"http://127.0.0.1:8080/",
            "\"https://oembed.example/",
            "host `oembed.example` is not one of this platform's `hosts`",
        ),
        ("[\"/v/*\"]", "[\"v/*\"]", "is not a path pattern"),
        ("[\"/v/*\"]", "[\"/**/v\"]", "is not a path pattern"),
    ] {
        assert!(good.contains(from), "{from}");
        std::fs::write(&file, good.replacen(from, to, 1)).unwrap();
        let out = env.run(&["platforms", "check", file.to_str().unwrap()]);
        assert!(out.starts_with("exit: 1\n"), "{to}: {out}");
        assert!(out.contains(message), "{to}: {out}");
        assert!(out.contains("platforms[0].probe"), "{to}: {out}");
    }
}
