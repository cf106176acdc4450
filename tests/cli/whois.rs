//! `platforms whois` against an RDAP server on 127.0.0.1 started by the test: what it finds,
//! what it sends (only the address), and a registry that does not answer or answers nonsense.

use serde_json::Value;

use crate::support::TestEnv;
use crate::support::http::{HttpServer, Reply};

/// An RDAP IP network answer shaped like a regional registry's (RFC 9083), with the abuse
/// contact nested under the registrant as the registries nest it.
fn network(addr: &str, self_host: &str, abuse: bool) -> String {
    let abuse = if abuse {
        r#","entities":[{"objectClassName":"entity","handle":"AB-1","roles":["abuse"],
            "vcardArray":["vcard",[["version",{},"text","4.0"],["fn",{},"text","Example Hosting Abuse"],
            ["email",{},"text","abuse@hosting.example"]]]}]"#
    } else {
        ""
    };
    format!(
        r#"{{"objectClassName":"ip network","handle":"NET-{addr}","name":"EXAMPLE-HOSTING-NET",
        "startAddress":"{addr}","endAddress":"{addr}","country":"NL","port43":"whois.example",
        "links":[{{"rel":"self","href":"https://{self_host}/ip/{addr}"}}],
        "entities":[{{"objectClassName":"entity","handle":"ORG-1","roles":["registrant"],
          "vcardArray":["vcard",[["version",{{}},"text","4.0"],["fn",{{}},"text","Example Hosting B.V."]]]
          {abuse}}}]}}"#
    )
}

fn whois(env: &TestEnv, server: &HttpServer, target: &str, stdin: &str) -> (i32, String, String) {
    let base = server.url("/");
    let out = env.output(
        &["platforms", "whois", target, "--rdap-server", &base],
        stdin,
    );
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_link_on_an_unknown_host_gets_its_network_and_abuse_contact_and_only_the_address_is_sent() {
    let env = TestEnv::new();
    let server = HttpServer::start();
    server.set(
        "/ip/1.1.1.1",
        Reply::Page(200, network("1.1.1.1", "rdap.registry.example", true)),
    );
    let (code, stdout, stderr) = whois(
        &env,
        &server,
        "-",
        "https://1.1.1.1/victim-folder/secret-video.mp4?token=private\n",
    );
    assert_eq!(code, 0, "{stderr}");
    for expected in [
        "address      1.1.1.1",
        "network      EXAMPLE-HOSTING-NET (NET-1.1.1.1)",
        "held by      Example Hosting B.V.",
        "abuse        abuse@hosting.example (Example Hosting Abuse)",
        "registry     rdap.registry.example, asked at ",
        "routing      the RDAP server named with --rdap-server (127.0.0.1)",
    ] {
        assert!(stdout.contains(expected), "`{expected}` missing:\n{stdout}");
    }
    let heads = server.heads();
    assert_eq!(heads.len(), 1, "{heads:?}");
    assert!(
        heads[0].starts_with("GET /ip/1.1.1.1 HTTP/1.1\r\n"),
        "{}",
        heads[0]
    );
    for secret in [
        "victim", "secret", "token", "private", "mp4", "Referer", "Cookie",
    ] {
        assert!(
            !heads[0].contains(secret),
            "`{secret}` was sent:\n{}",
            heads[0]
        );
    }
    assert!(
        !env.data_dir().exists(),
        "a link on standard input needs no store"
    );
}

#[test]
fn a_stored_link_is_looked_up_by_id_and_json_says_who_answered_when() {
    let env = TestEnv::initialised();
    let server = HttpServer::start();
    // A registry that no longer holds the block refers the client to the one that does.
    server.set(
        "/ip/8.8.4.4",
        Reply::Redirect("/referred/ip/8.8.4.4".into()),
    );
    server.set(
        "/referred/ip/8.8.4.4",
        Reply::Page(200, network("8.8.4.4", "rdap.other-registry.example", true)),
    );
    let case = env.ok(&["case", "new", "-c", "ncii"]);
    let link = env.ok_stdin(
        &["link", "add", "--case", &case, "-"],
        "http://8.8.4.4/v/1\n",
    );
    let base = server.url("/");
    let out = env.ok(&[
        "platforms",
        "whois",
        &link,
        "--rdap-server",
        &base,
        "--json",
    ]);
    let row: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(row["link"], link.as_str());
    assert_eq!(row["host"], "8.8.4.4");
    assert_eq!(row["address"], "8.8.4.4");
    assert_eq!(row["asked"], "127.0.0.1");
    assert_eq!(row["network"]["registry"], "rdap.other-registry.example");
    assert_eq!(
        row["network"]["abuse"][0]["emails"][0],
        "abuse@hosting.example"
    );
    assert!(row["answered_at"].as_str().unwrap().ends_with('Z'), "{row}");
    assert!(row["bootstrap"].is_null());
}

#[test]
fn a_registry_that_does_not_answer_or_answers_nonsense_is_a_clear_error() {
    let env = TestEnv::new();
    let dead = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let out = env.output(
        &[
            "platforms",
            "whois",
            "-",
            "--rdap-server",
            &format!("http://127.0.0.1:{dead}/"),
        ],
        "https://1.1.1.1/x\n",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("the registry `127.0.0.1` did not answer: cannot connect"),
        "{stderr}"
    );

    let server = HttpServer::start();
    server.set(
        "/ip/1.1.1.2",
        Reply::Page(200, "<html>maintenance</html>".into()),
    );
    server.set(
        "/ip/1.1.1.3",
        Reply::Page(200, r#"{"objectClassName":"domain"}"#.into()),
    );
    server.set("/ip/1.1.1.4", Reply::Page(500, "oops".into()));
    for (addr, message) in [
        (
            "1.1.1.2",
            "the answer of the registry `127.0.0.1` cannot be used: it is not JSON",
        ),
        ("1.1.1.3", "cannot be used: it is not an RDAP IP network"),
        ("1.1.1.4", "the registry `127.0.0.1` answered HTTP 500"),
        (
            "1.1.1.5",
            "the registry `127.0.0.1` has no network for the address of the link",
        ),
    ] {
        let (code, stdout, stderr) = whois(&env, &server, "-", &format!("https://{addr}/p\n"));
        assert_eq!((code, stdout.as_str()), (2, ""), "{addr}: {stderr}");
        assert!(stderr.contains(message), "{addr}: {stderr}");
        assert!(
            !stderr.contains("/p"),
            "{addr}: the link is not echoed: {stderr}"
        );
    }
}

#[test]
fn private_addresses_are_never_sent_and_no_abuse_contact_needs_attention() {
    let env = TestEnv::new();
    let server = HttpServer::start();
    for link in [
        "http://10.1.2.3/x",
        "http://127.0.0.1:9/x",
        "http://[::1]/x",
        "http://169.254.169.254/latest",
        "http://localhost.localdomain/x",
        "http://0x7f000001/x",
        "http://intranet.local/x",
    ] {
        let (code, _, stderr) = whois(&env, &server, "-", &format!("{link}\n"));
        assert_eq!(code, 2, "{link}: {stderr}");
        assert!(stderr.contains("not public"), "{link}: {stderr}");
    }
    assert!(server.heads().is_empty(), "{:?}", server.heads());

    server.set(
        "/ip/9.9.9.9",
        Reply::Page(200, network("9.9.9.9", "rdap.registry.example", false)),
    );
    let (code, stdout, stderr) = whois(&env, &server, "-", "https://9.9.9.9/\n");
    assert_eq!(code, 1, "{stderr}");
    assert!(stdout.contains("abuse        none listed"), "{stdout}");
    assert!(stderr.contains("lists no abuse e-mail"), "{stderr}");

    for bad in [
        "http://rdap.example/",
        "https://u:p@rdap.example/",
        "file:///etc/passwd",
    ] {
        let out = env.output(
            &["platforms", "whois", "-", "--rdap-server", bad],
            "https://9.9.9.9/\n",
        );
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("`--rdap-server`"),
            "{bad}"
        );
    }
}

/// Only the server `--rdap-server` names may be local: a redirect from it to another local
/// host (here `localhost`, which reaches the same test server if it is not refused) is refused
/// before connecting, as every fetch's redirects are.
#[test]
fn a_registry_redirect_to_a_local_host_is_refused() {
    let env = TestEnv::new();
    let server = HttpServer::start();
    let port = server.port();
    server.set(
        "/ip/9.9.9.8",
        Reply::Redirect(format!("http://localhost:{port}/moved/9.9.9.8")),
    );
    server.set(
        "/moved/9.9.9.8",
        Reply::Page(200, network("9.9.9.8", "rdap.registry.example", true)),
    );
    let (code, stdout, stderr) = whois(&env, &server, "-", "https://9.9.9.8/\n");
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert!(
        stderr.contains("the registry `127.0.0.1` did not answer: the link or a redirect leads to a local or private address"),
        "{stderr}"
    );
    assert_eq!(
        server.hits("/moved/9.9.9.8"),
        0,
        "the redirect was followed"
    );
}
