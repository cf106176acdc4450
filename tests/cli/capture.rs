//! `evidence capture` (issue 24) against real servers on 127.0.0.1: each WARC is read back by the
//! Python `warcio` package, the tool web archivists use, which checks every record's digests.

use image::ImageFormat;
use serde_json::Value;
use sha2::{Digest as _, Sha256};

use crate::matching::{encode, og_page, photo};
use crate::recheck::Fixture;
use crate::support::files_below;
use crate::support::http::Reply;
use crate::support::tls::{HttpsServer, TestCertificate};

/// The WARC of a capture item, as `evidence open` writes it.
fn warc_of(f: &Fixture, evidence: &str) -> std::path::PathBuf {
    let out = f.env.root().join(format!("{evidence}.warc.gz"));
    f.env
        .ok(&["evidence", "open", evidence, "--out", out.to_str().unwrap()]);
    out
}

/// Every record of a WARC file, as warcio reads it; panics when warcio cannot read one or finds
/// a digest wrong.
fn warcio_records(path: &std::path::Path) -> Vec<Value> {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/cli/support/warc_records.py"
    );
    let out = std::process::Command::new("python3")
        .arg(script)
        .arg(path)
        .output()
        .expect("python3 runs (scripts/test sets it up)");
    assert!(
        out.status.success(),
        "warcio refused the WARC (the Python `warcio` package is needed: scripts/test installs it): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn sha256(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

fn of_type<'a>(records: &'a [Value], kind: &str) -> Vec<&'a Value> {
    records.iter().filter(|r| r["type"] == kind).collect()
}

fn write_config(f: &Fixture, text: impl AsRef<[u8]>) {
    std::fs::create_dir_all(f.env.config_dir()).unwrap();
    std::fs::write(f.env.config_dir().join("config.yaml"), text).unwrap();
}

/// The files a case's vault holds (ciphertext under random names).
fn vault_files(f: &Fixture) -> usize {
    let vault = f.env.data_dir().join("vault");
    if vault.exists() {
        files_below(&vault).len()
    } else {
        0
    }
}

#[test]
fn a_capture_is_a_warc_that_warcio_reads_with_every_digest_right() {
    let f = Fixture::new();
    let case = f.case();
    let picture = encode(&photo(2, 160, 120), ImageFormat::Png);
    f.server
        .set("/pic.png", Reply::Bytes("image/png", picture.clone()));
    f.server.set("/page", og_page("/pic.png"));
    let links = f.links(&case, &[("/moved", Reply::Redirect("/page".into()))]);
    let link = links.keys().next().unwrap().clone();

    let evidence = f.env.ok(&f.args(&["evidence", "capture", &link]));
    let records = warcio_records(&warc_of(&f, &evidence));

    let kinds: Vec<&str> = records
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "warcinfo", "response", "request", "response", "request", "response", "request",
            "metadata"
        ],
        "{records:#?}"
    );
    for record in &records {
        assert_eq!(record["digests_checked"], true, "{record}");
    }
    let responses = of_type(&records, "response");
    assert_eq!(responses[0]["status"], "302");
    assert_eq!(responses[0]["target"], f.server.url("/moved"));
    assert_eq!(responses[1]["status"], "200");
    let page = r#"<html><head><meta property="og:image" content="/pic.png"></head></html>"#;
    assert_eq!(responses[1]["payload_sha256"], sha256(page.as_bytes()));
    // The picture is hashed, but its bytes stay out without --with-media.
    assert_eq!(responses[2]["target"], f.server.url("/pic.png"));
    assert_eq!(responses[2]["truncated"], "unspecified");
    assert_eq!(responses[2]["has_payload_digest"], false);
    assert_eq!(responses[2]["payload_sha256"], sha256(b""));
    let meta = of_type(&records, "metadata")[0]["text"]
        .as_str()
        .unwrap()
        .to_owned();
    for line in [
        format!("link-id: {link}\r\n"),
        "hops: 2\r\n".to_owned(),
        format!("software: takedown/{}\r\n", env!("CARGO_PKG_VERSION")),
        format!("main-picture-sha256: {}\r\n", sha256(&picture)),
        "main-picture-bytes: withheld\r\n".to_owned(),
    ] {
        assert!(meta.contains(&line), "{line:?} not in {meta:?}");
    }
    assert!(meta.contains("capture-time: 20"), "{meta}");
    assert!(meta.contains("main-picture-pdq: "), "{meta}");

    let shown = f.env.ok(&["evidence", "show", &evidence]);
    assert!(
        shown.contains(&format!("capture of    {link} (WARC/1.1, gzipped)")),
        "{shown}"
    );
    assert!(
        shown.contains("2 hop(s) (1 redirect(s), final status 200)"),
        "{shown}"
    );
    assert!(shown.contains("bytes withheld"), "{shown}");
    let json: Value =
        serde_json::from_str(&f.env.ok(&["evidence", "show", &evidence, "--json"])).unwrap();
    assert_eq!(json["media_type"], "application/warc");
    assert_eq!(json["capture"]["picture_sha256"], sha256(&picture));
    let log = f.env.ok(&["evidence", "log", "--case", &case, "--json"]);
    let captured: Vec<Value> = log
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|e| e["action"] == "captured")
        .collect();
    assert_eq!(captured.len(), 1, "{log}");
    assert_eq!(captured[0]["evidence"], evidence.as_str());
    assert!(captured[0]["staff"].is_string(), "{log}");
}

#[test]
fn with_media_keeps_the_pictures_bytes_and_an_https_capture_keeps_the_certificate() {
    let f = Fixture::new();
    let case = f.case();
    let picture = encode(&photo(4, 120, 90), ImageFormat::Jpeg);
    let links = f.links(
        &case,
        &[("/photo.jpg", Reply::Bytes("image/jpeg", picture.clone()))],
    );
    let link = links.keys().next().unwrap();
    let evidence = f
        .env
        .ok(&f.args(&["evidence", "capture", "--with-media", link]));
    let records = warcio_records(&warc_of(&f, &evidence));
    let response = of_type(&records, "response")[0];
    assert_eq!(response["payload_sha256"], sha256(&picture));
    assert_eq!(response["truncated"], Value::Null);
    assert!(
        f.env
            .ok(&["evidence", "show", &evidence])
            .contains("bytes included")
    );

    // HTTPS, trusted through `recheck.ca_file`: the server's certificate is in the WARC as PEM.
    let cert = TestCertificate::new();
    let ca = f.env.root().join("ca.pem");
    std::fs::write(&ca, cert.pem()).unwrap();
    write_config(&f, format!("recheck:\n  ca_file: {}\n", ca.display()));
    let https = HttpsServer::start(&cert, "<html>over tls</html>");
    let secure = f
        .env
        .ok(&f.args(&["link", "add", "--case", &case, &https.url("/post")]));
    let evidence = f
        .env
        .ok(&f.args(&["evidence", "capture", secure.lines().next().unwrap()]));
    let records = warcio_records(&warc_of(&f, &evidence));
    let pem: Vec<&Value> = records
        .iter()
        .filter(|r| r["content_type"] == "application/x-pem-file")
        .collect();
    assert_eq!(pem.len(), 1, "{records:#?}");
    let normalise = |s: &str| s.replace("\r\n", "\n").trim().to_owned();
    assert_eq!(
        normalise(pem[0]["text"].as_str().unwrap()),
        normalise(cert.pem())
    );
    assert!(
        f.env
            .ok(&["evidence", "show", &evidence])
            .contains("leaf sha256")
    );
}

#[test]
fn with_media_is_refused_in_a_child_abuse_case_before_anything_is_fetched() {
    let f = Fixture::new();
    let case = f.env.ok(&f.args(&["case", "new", "--category", "csam"]));
    let links = f.links(
        &case,
        &[("/p.jpg", Reply::Bytes("image/jpeg", vec![0xFF, 0xD8, 0xFF]))],
    );
    let link = links.keys().next().unwrap();
    let out = f
        .env
        .output(&f.args(&["evidence", "capture", "--with-media", link]), "");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nothing was fetched"), "{stderr}");
    assert!(stderr.contains("child sexual abuse material"), "{stderr}");
    assert_eq!(f.server.hits("/p.jpg"), 0);
    assert_eq!(vault_files(&f), 0);
    // Without --with-media the picture's bytes stay out of a capture of the same link.
    let evidence = f.env.ok(&f.args(&["evidence", "capture", link]));
    let records = warcio_records(&warc_of(&f, &evidence));
    assert_eq!(of_type(&records, "response")[0]["truncated"], "unspecified");
}

#[test]
fn a_dead_link_a_404_a_page_over_the_cap_or_a_bad_certificate_stores_nothing() {
    let f = Fixture::new();
    let case = f.case();
    write_config(
        &f,
        "recheck:\n  max_body: 1024\n  retries: 0\n  timeout: 20s\n",
    );
    let dead = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!(
            "http://127.0.0.1:{}/gone",
            listener.local_addr().unwrap().port()
        )
    };
    let untrusted = HttpsServer::start(&TestCertificate::new(), "<html>untrusted</html>");
    let links = f.links(
        &case,
        &[
            ("/missing", Reply::Page(404, "no".into())),
            ("/huge", Reply::Page(200, "x".repeat(5000))),
        ],
    );
    let id_of = |path: &str| links.iter().find(|(_, p)| *p == path).unwrap().0.clone();
    let add = |url: &str| {
        let out = f.env.ok(&f.args(&["link", "add", "--case", &case, url]));
        out.lines().next().unwrap().to_owned()
    };
    let cases = [
        (add(&dead), "cannot connect"),
        (id_of("/missing"), "the server answered 404"),
        (id_of("/huge"), "larger than the byte cap (1024 bytes"),
        (add(&untrusted.url("/p")), "TLS handshake failed"),
    ];
    for (link, message) in &cases {
        let out = f.env.output(&f.args(&["evidence", "capture", link]), "");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{link}: {stderr}");
        assert!(
            stderr.contains(&format!("cannot capture link `{link}`; nothing was stored")),
            "{stderr}"
        );
        assert!(stderr.contains(message), "{message:?} not in {stderr}");
        assert!(
            !stderr.contains("127.0.0.1"),
            "an error shows the URL: {stderr}"
        );
    }
    assert_eq!(
        f.env.ok(&["evidence", "list", "--case", &case, "--json"]),
        ""
    );
    assert_eq!(vault_files(&f), 0);

    // Several links: the good one is kept, the bad ones are named, and the run fails.
    let good = f.links(
        &case,
        &[("/fine", Reply::Page(200, "<html>fine</html>".into()))],
    );
    let good = good.keys().next().unwrap();
    let out = f
        .env
        .output(&f.args(&["evidence", "capture", good, &cases[1].0]), "");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "1 of 2 links could not be captured and nothing was stored for them: {}",
            cases[1].0
        )),
        "{stderr}"
    );
    let stored = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stored.lines().count(), 1, "{stored}");
    assert_eq!(vault_files(&f), 1);
}

#[test]
fn an_exported_bag_holds_each_capture_as_a_warc_gz_that_bagit_and_warcio_accept() {
    let f = Fixture::new();
    let case = f.env.ok(&f.args(&[
        "case",
        "new",
        "--category",
        "ncii",
        "--consent",
        "law-enforcement",
    ]));
    let links = f.links(
        &case,
        &[("/post", Reply::Page(200, "<html>post</html>".into()))],
    );
    let evidence = f
        .env
        .ok(&f.args(&["evidence", "capture", links.keys().next().unwrap()]));
    let bag = f.env.root().join("bag");
    f.env.ok(&[
        "evidence",
        "export",
        "--case",
        &case,
        "--bagit",
        bag.to_str().unwrap(),
    ]);
    crate::export::validate(&bag).unwrap();
    let warc = bag.join("data").join(format!("{evidence}.warc.gz"));
    let records = warcio_records(&warc);
    assert_eq!(
        of_type(&records, "response")[0]["payload_sha256"],
        sha256(b"<html>post</html>")
    );
    let manifest = std::fs::read_to_string(bag.join("manifest-sha256.txt")).unwrap();
    assert!(
        manifest.contains(&format!("data/{evidence}.warc.gz")),
        "{manifest}"
    );
    let readme = std::fs::read_to_string(bag.join("README.txt")).unwrap();
    assert!(readme.contains("warcio check"), "{readme}");
    let tags = std::fs::read_to_string(bag.join("tagmanifest-sha256.txt")).unwrap();
    assert!(tags.contains("  README.txt\n"), "{tags}");
}
