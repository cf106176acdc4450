//! Public addresses only (issue 17 part 1): `link add` refuses local and private hosts in every
//! spelling, and `recheck` refuses them on every redirect hop and `og:image`, against a real
//! HTTP server on 127.0.0.1 that the test platforms file names (and so allows) as `127.0.0.1`
//! only. Every refusal is shown to happen before a request: the target path, which would
//! answer, is never hit.

use std::collections::HashMap;

use insta::assert_snapshot;

use crate::matching::{encode, og_page, photo};
use crate::recheck::Fixture;
use crate::support::TestEnv;
use crate::support::http::Reply;

#[test]
fn link_add_refuses_local_and_private_hosts_in_every_spelling() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    let lines = [
        "http://localhost/",
        "http://127.0.0.1/a",
        "http://127.1/a",
        "http://2130706433/a",
        "http://0x7f000001/a",
        "http://017700000001/a",
        "http://127.0.0.1./a",
        "http://[::1]/a",
        "http://[::ffff:127.0.0.1]/a",
        "http://[::ffff:7f00:1]/a",
        "http://10.0.0.1/a",
        "http://167772161/a",
        "http://192.168.1.1/a",
        "http://172.16.0.1/a",
        "http://169.254.169.254/latest/meta-data",
        "http://[fe80::1]/a",
        "http://100.64.0.1/a",
        "http://224.0.0.1/a",
        "http://0.0.0.0/a",
        "http://[::]/a",
        "http://255.255.255.255/a",
        "http://192.0.2.1/a",
        "http://[fd00::1]/a",
        "https://printer.local/a",
        "https://app.localhost/a",
        "https://db.internal/a",
        "https://example.com/public",
    ];
    let out = env.run_stdin(&["link", "add", "--case", &case, "-"], &lines.join("\n"));
    assert_snapshot!(out, @r"
    exit: 2
    ----- stdout -----
    [LINK]
    ----- stderr -----
    error: line 1: host has no dot (a single-label name such as `localhost` is not a public web address)
    error: line 2: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 3: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 4: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 5: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 6: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 7: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 8: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 9: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 10: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 11: the host is a private network address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 12: the host is a private network address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 13: the host is a private network address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 14: the host is a private network address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 15: the host is a link-local address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 16: the host is a link-local address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 17: the host is a carrier-grade NAT address (100.64.0.0/10); only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 18: the host is a multicast address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 19: the host is the unspecified address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 20: the host is the unspecified address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 21: the host is the broadcast address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 22: the host is a documentation or benchmarking address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 23: the host is a private network address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 24: the host is a local name (`localhost`, a name without a dot, `.local`, `.internal`, `.home.arpa`); only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 25: the host is a local name (`localhost`, a name without a dot, `.local`, `.internal`, `.home.arpa`); only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 26: the host is a local name (`localhost`, a name without a dot, `.local`, `.internal`, `.home.arpa`); only public addresses are tracked (a user platforms file can name a local mirror)
    [CASE]: 1 added, 0 already tracked, 26 could not be read.
    ");
}

/// The test platforms file names `127.0.0.1`: that host, in any spelling, becomes reachable, and
/// nothing else does, wildcards included.
#[test]
fn a_user_platforms_file_opens_exactly_the_hosts_it_names() {
    let env = TestEnv::initialised();
    let file = env.root().join("platforms.yaml");
    let platforms = crate::recheck::PLATFORMS.replace(
        r#"patterns: ["127.0.0.1"]"#,
        r#"patterns: ["127.0.0.1", "*.0.0.2", "*.lan.example"]"#,
    );
    std::fs::write(&file, platforms).unwrap();
    let file = file.to_str().unwrap();
    let case = env.ok(&["--platforms", file, "case", "new", "--category", "ncii"]);
    let lines = [
        "http://127.0.0.1:8080/a",
        "http://0x7f000001:8080/b",
        "http://127.0.0.2/a",
        "http://[::1]/a",
        "http://localhost/a",
        "http://10.0.0.1/a",
    ];
    let out = env.run_stdin(
        &["--platforms", file, "link", "add", "--case", &case, "-"],
        &lines.join("\n"),
    );
    assert_snapshot!(out, @r"
    exit: 2
    ----- stdout -----
    [LINK]
    [LINK]
    ----- stderr -----
    error: line 3: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 4: the host is a loopback address; only public addresses are tracked (a user platforms file can name a local mirror)
    error: line 5: host has no dot (a single-label name such as `localhost` is not a public web address)
    error: line 6: the host is a private network address; only public addresses are tracked (a user platforms file can name a local mirror)
    [CASE]: 2 added, 0 already tracked, 4 could not be read.
    ");
    // Without the user file, the same host is refused.
    let out = env.run_stdin(
        &["link", "add", "--case", &case, "-"],
        "http://127.0.0.1:8080/c",
    );
    assert!(out.contains("the host is a loopback address"), "{out}");
}

/// Runs `-vv recheck --all` (with `extra`) and returns each link's logged line (`checked` events
/// carry the link id, the status and the error kind; never the URL). A run whose links are
/// mostly refused fails (issue 19: more than `recheck.fail_share` of them without an answer), and
/// then it must say why: the refusal, not a broken network.
fn recheck_log(f: &Fixture, extra: &[&str]) -> String {
    let mut args = vec![
        "-vv",
        "recheck",
        "--all",
        "--retries",
        "0",
        "--host-interval",
        "0s",
        "--timeout",
        "30s",
    ];
    args.extend_from_slice(extra);
    let out = f.env.output(&f.args(&args), "");
    let log = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.code() == Some(2) {
        assert!(
            log.contains("could not be fetched: the links or their redirects lead to local or private addresses, which are refused"),
            "{log}"
        );
    }
    assert!(!log.contains("panicked"), "{log}");
    log
}

fn logged<'a>(log: &'a str, link: &str) -> &'a str {
    log.lines()
        .find(|l| l.contains(link) && l.contains("checked"))
        .unwrap_or_else(|| panic!("no line for {link} in:\n{log}"))
}

#[test]
fn recheck_refuses_redirects_to_local_hosts_before_connecting() {
    let f = Fixture::new();
    let case = f.case();
    let port = f.server.port();
    f.server.set("/target", Reply::Page(200, "here".into()));
    let to = |host: &str| Reply::Redirect(format!("http://{host}:{port}/target"));
    let paths: HashMap<String, String> = f.links(
        &case,
        &[
            ("/to-localhost", to("localhost")),
            ("/to-localhost-dot", to("LocalHost.")),
            ("/to-ipv6-loopback", to("[::1]")),
            ("/to-other-loopback", to("127.0.0.2")),
            (
                "/to-metadata",
                Reply::Redirect("http://169.254.169.254/latest".into()),
            ),
        ],
    );
    let log = recheck_log(&f, &[]);
    assert_eq!(f.server.hits("/target"), 0, "a refused hop was followed");
    for (link, path) in &paths {
        assert_eq!(f.server.hits(path), 1, "{path} was fetched once");
        let line = logged(&log, link);
        assert!(
            line.contains("status=error") && line.contains("error=\"not_public\""),
            "{path}: {line}"
        );
    }
    assert!(
        !log.contains("/target") && !log.contains("localhost"),
        "{log}"
    );

    // The host the platforms file names is followed, whatever its spelling: the rule refuses
    // hosts, not redirects.
    let allowed = f.links(
        &case,
        &[
            ("/to-decimal", to("2130706433")),
            ("/to-mapped", to("[::ffff:127.0.0.1]")),
        ],
    );
    let log = recheck_log(&f, &[]);
    for link in allowed.keys() {
        assert!(logged(&log, link).contains("status=live"), "{log}");
    }
    assert_eq!(f.server.hits("/target"), 2);
}

/// The look that confirms a change (issue 19) is a second fetch in the same run: it goes through
/// the same guarded client as the first. Each link answers 404 (removed) first, so it is held
/// for a second look, and then redirects to a local host: that hop is refused before any
/// connection, while a redirect to the host the platforms file names is still followed.
#[test]
fn the_confirming_second_fetch_refuses_redirects_to_local_hosts() {
    let f = Fixture::new();
    let case = f.case();
    let port = f.server.port();
    f.server.set("/target", Reply::Page(200, "here".into()));
    f.server.set("/named", Reply::Page(404, "gone".into()));
    let gone_then = |to: String| {
        Reply::FirstThen(
            Box::new(Reply::Page(404, "gone".into())),
            Box::new(Reply::Redirect(to)),
        )
    };
    let to = |host: &str| gone_then(format!("http://{host}:{port}/target"));
    let refused = f.links(
        &case,
        &[
            ("/then-other-loopback", to("127.0.0.2")),
            ("/then-localhost", to("localhost")),
            ("/then-local-name", to("db.internal")),
            ("/then-ipv6-loopback", to("[::1]")),
            (
                "/then-metadata",
                gone_then("http://169.254.169.254/latest".into()),
            ),
        ],
    );
    let followed = f.links(
        &case,
        &[(
            "/then-named",
            gone_then(format!("http://127.0.0.1:{port}/named")),
        )],
    );
    let log = recheck_log(&f, &["--confirm-after", "0s"]);
    assert_eq!(f.server.hits("/target"), 0, "a refused hop was followed");
    for (link, path) in &refused {
        assert_eq!(
            f.server.hits(path),
            2,
            "{path}: a first and a confirming look"
        );
        assert!(
            log.lines()
                .any(|l| l.contains(link.as_str()) && l.contains("a second look confirms it")),
            "{path} was not held for a second look:\n{log}"
        );
        let line = logged(&log, link);
        assert!(
            line.contains("status=error") && line.contains("error=\"not_public\""),
            "{path}: {line}"
        );
    }
    assert_eq!(f.server.hits("/named"), 1, "the named host is followed");
    for link in followed.keys() {
        assert!(logged(&log, link).contains("status=removed"), "{log}");
    }
    assert!(
        !log.contains("/target") && !log.contains("localhost") && !log.contains("internal"),
        "{log}"
    );
}

#[test]
fn recheck_never_fetches_an_og_image_on_a_local_host() {
    let f = Fixture::new();
    let case = f.case();
    let port = f.server.port();
    let jpeg = encode(&photo(1, 320, 240), image::ImageFormat::Jpeg);
    f.server
        .set("/local.jpg", Reply::Bytes("image/jpeg", jpeg.clone()));
    f.server.set("/named.jpg", Reply::Bytes("image/jpeg", jpeg));
    f.links(
        &case,
        &[
            (
                "/page-local",
                og_page(&format!("http://localhost:{port}/local.jpg")),
            ),
            (
                "/page-v6",
                og_page(&format!("http://[::1]:{port}/local.jpg")),
            ),
            (
                "/page-named",
                og_page(&format!("http://127.0.0.1:{port}/named.jpg")),
            ),
        ],
    );
    recheck_log(&f, &[]);
    assert_eq!(
        f.server.hits("/local.jpg"),
        0,
        "a local og:image was fetched"
    );
    assert_eq!(
        f.server.hits("/named.jpg"),
        1,
        "the named host's picture is fetched"
    );
}

#[test]
fn a_password_in_a_redirect_is_never_sent_on() {
    let f = Fixture::new();
    let case = f.case();
    let port = f.server.port();
    f.server.set("/landing", Reply::Page(200, "welcome".into()));
    f.links(
        &case,
        &[(
            "/with-credentials",
            Reply::Redirect(format!("http://user:secret@127.0.0.1:{port}/landing")),
        )],
    );
    recheck_log(&f, &[]);
    assert_eq!(f.server.hits("/landing"), 1);
    let headers = f.server.headers("/landing");
    assert!(
        headers
            .iter()
            .any(|h| h.to_ascii_lowercase().starts_with("host:")),
        "{headers:?}"
    );
    assert!(
        !headers
            .iter()
            .any(|h| h.to_ascii_lowercase().starts_with("authorization")),
        "credentials were sent: {headers:?}"
    );
}

/// `evidence capture` goes through the same guarded client: a page or an `og:image` that leads
/// to a local host is refused before any connection, and nothing is stored.
#[test]
fn capture_refuses_redirects_and_pictures_on_local_hosts() {
    let f = Fixture::new();
    let case = f.case();
    let port = f.server.port();
    f.server.set("/target", Reply::Page(200, "here".into()));
    let links = f.links(
        &case,
        &[(
            "/to-other-loopback",
            Reply::Redirect(format!("http://127.0.0.2:{port}/target")),
        )],
    );
    let link = links.keys().next().unwrap();
    let out = f.env.output(&f.args(&["evidence", "capture", link]), "");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("leads to a local or private address")
            && stderr.contains("nothing was stored"),
        "{stderr}"
    );
    assert_eq!(f.server.hits("/target"), 0, "a refused hop was followed");

    // A page naming a local picture is kept; the picture is not fetched.
    let og_page = format!(
        r#"<html><head><meta property="og:image" content="http://127.0.0.2:{port}/target"></head></html>"#
    );
    let page = f.links(&case, &[("/og-local", Reply::Page(200, og_page))]);
    let out = f.env.output(
        &f.args(&["evidence", "capture", page.keys().next().unwrap()]),
        "",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("its main picture was not captured: the link or a redirect leads to a local or private address"),
        "{stderr}"
    );
    assert_eq!(f.server.hits("/target"), 0);
}
