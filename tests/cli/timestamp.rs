//! RFC 3161 trusted timestamps of evidence (issue 24 part 2) against a real authority on
//! 127.0.0.1 (`openssl ts -reply` behind `tests/servers/tsa.py`); the tokens a bag exports are
//! checked with `openssl ts -verify`, the tool a third party has.

use serde_json::Value;
use sha2::{Digest as _, Sha256};

use crate::evidence::tamper;
use crate::support::TestEnv;
use crate::support::http::Reply;
use crate::support::tsa::{Mode, Tsa};

fn write_config(env: &TestEnv, text: &str) {
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.yaml"), text).unwrap();
}

fn case(env: &TestEnv) -> String {
    env.ok(&[
        "case",
        "new",
        "--category",
        "ncii",
        "--consent",
        "law-enforcement",
    ])
}

/// Adds a file of `text` to `case`; returns the command's output and its SHA-256.
fn add(env: &TestEnv, case: &str, name: &str, text: &str) -> (std::process::Output, String) {
    let path = env.root().join(name);
    std::fs::write(&path, text).unwrap();
    let out = env.output(
        &["evidence", "add", "--case", case, path.to_str().unwrap()],
        "",
    );
    (out, format!("{:x}", Sha256::digest(text.as_bytes())))
}

fn id_of(out: &std::process::Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Each item's `timestamp` object from `evidence list --json`, by id.
fn stamps(env: &TestEnv) -> Vec<(String, Value)> {
    env.ok(&["evidence", "list", "--json"])
        .lines()
        .map(|l| {
            let row: Value = serde_json::from_str(l).unwrap();
            (
                row["id"].as_str().unwrap().to_owned(),
                row["timestamp"].clone(),
            )
        })
        .collect()
}

fn state(env: &TestEnv, id: &str) -> String {
    let all = stamps(env);
    let (_, stamp) = all.iter().find(|(i, _)| i == id).unwrap();
    stamp["state"].as_str().unwrap().to_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn verify(env: &TestEnv) -> std::process::Output {
    env.output(&["evidence", "verify"], "")
}

#[test]
fn an_added_file_is_stamped_and_the_exported_token_passes_openssl_ts_verify() {
    let env = TestEnv::initialised();
    let tsa = Tsa::start(env.root(), 0);
    write_config(&env, &tsa.config(&tsa.ca));
    let case = case(&env);
    let marker = "TSA-MARKER-only-the-hash-leaves ";
    let (out, sha) = add(&env, &case, "chat.txt", &marker.repeat(200));
    let id = id_of(&out);
    assert!(
        stderr(&out).contains(&format!("{id}: timestamped by `127.0.0.1:{}`", tsa.port)),
        "{}",
        stderr(&out)
    );

    // One query, as RFC 3161 says to post it, holding the SHA-256 and nothing of the file.
    let queries = tsa.queries();
    assert_eq!(queries.len(), 1, "{queries:?}");
    assert_eq!(queries[0].0, "application/timestamp-query");
    assert!(queries[0].1.contains(&sha), "{queries:?}");
    let marker_hex: String = marker.bytes().map(|b| format!("{b:02x}")).collect();
    assert!(!queries[0].1.contains(&marker_hex));

    let all = stamps(&env);
    assert_eq!(all[0].1["state"], "stamped", "{all:?}");
    assert_eq!(all[0].1["authority"], format!("127.0.0.1:{}", tsa.port));
    let table = env.ok(&["evidence", "list"]);
    assert!(
        table.contains("STAMP") && table.contains("stamped"),
        "{table}"
    );
    let log = env.ok(&["evidence", "log", "--case", &case]);
    assert!(log.contains("timestamped"), "{log}");

    let checked = verify(&env);
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(String::from_utf8_lossy(&checked.stdout).contains("stamped 20"));

    // The bag carries the token beside the item, in the manifests, and says how to check it.
    env.ok(&["evidence", "export", "--case", &case, "--bagit", "bag"]);
    let bag = env.root().join("bag");
    let tsr = bag.join(format!("data/{id}.txt.tsr"));
    assert!(tsr.exists());
    let manifest = std::fs::read_to_string(bag.join("manifest-sha256.txt")).unwrap();
    assert!(
        manifest.contains(&format!("data/{id}.txt.tsr")),
        "{manifest}"
    );
    let readme = std::fs::read_to_string(bag.join("README.txt")).unwrap();
    assert!(readme.contains("openssl ts -verify -in data/"), "{readme}");
    crate::export::validate(&bag).unwrap();
    let (ok, said) = tsa.openssl_verify(&tsr, &sha, &tsa.ca);
    assert!(ok, "{said}");
    // The trust file the bag carries is enough for a third party.
    let (ok, said) = tsa.openssl_verify(&tsr, &sha, &bag.join("tsa-trust.pem"));
    assert!(ok, "{said}");
    // And openssl is no rubber stamp: another SHA-256 or another CA fails.
    let other = format!("{:x}", Sha256::digest(b"another file"));
    assert!(!tsa.openssl_verify(&tsr, &other, &tsa.ca).0);
    assert!(!tsa.openssl_verify(&tsr, &sha, &tsa.other_ca).0);
}

#[test]
fn without_an_authority_nothing_is_sent_and_items_say_not_stamped() {
    let env = TestEnv::initialised();
    let case = case(&env);
    let (out, _) = add(&env, &case, "a.txt", "no authority here");
    let id = id_of(&out);
    assert!(!stderr(&out).contains("timestamp"), "{}", stderr(&out));
    assert_eq!(state(&env, &id), "not_stamped");
    let listed = env.run(&["evidence", "list"]);
    assert!(listed.contains("not stamped"), "{listed}");
    assert!(
        listed.contains("no time-stamping authority is configured"),
        "{listed}"
    );
    // Not stamped is reported, never a failure.
    let checked = verify(&env);
    assert!(checked.status.success(), "{}", stderr(&checked));
    assert!(String::from_utf8_lossy(&checked.stdout).contains("not stamped"));
    let asked = env.run(&["evidence", "timestamp"]);
    assert!(
        asked.starts_with("exit: 2") && asked.contains("set `timestamp.tsa`"),
        "{asked}"
    );
}

#[test]
fn an_authority_that_is_down_queues_the_stamp_until_it_comes_back() {
    let env = TestEnv::initialised();
    let mut tsa = Tsa::start(env.root(), 0);
    write_config(&env, &tsa.config(&tsa.ca));
    tsa.stop();
    let case = case(&env);
    let (out, sha) = add(&env, &case, "a.txt", "while the authority is down");
    let id = id_of(&out);
    assert!(
        stderr(&out).contains("timestamp queued") && stderr(&out).contains("cannot connect"),
        "{}",
        stderr(&out)
    );
    assert_eq!(state(&env, &id), "queued");
    let shown = env.ok(&["evidence", "show", &id]);
    assert!(
        shown.contains("timestamp     queued (1 tries so far"),
        "{shown}"
    );
    let checked = verify(&env);
    assert!(checked.status.success(), "{}", stderr(&checked));

    // Asked again while still down: still queued, and it says so (exit 1).
    let again = env.run(&["evidence", "timestamp"]);
    assert!(
        again.starts_with("exit: 1") && again.contains("timestamp queued"),
        "{again}"
    );

    // A second item, then the authority comes back: the unattended job stamps both.
    let (out, _) = add(&env, &case, "b.txt", "also while down");
    let second = id_of(&out);
    tsa.resume();
    let cron = env.output(&["cron", "--as", "cron"], "");
    assert!(cron.status.success(), "{}", stderr(&cron));
    assert_eq!(state(&env, &id), "stamped");
    assert_eq!(state(&env, &second), "stamped");
    let quiet = env.run(&["evidence", "timestamp"]);
    assert!(
        quiet.contains("no evidence waits for a timestamp"),
        "{quiet}"
    );

    env.ok(&["evidence", "export", "--case", &case, "--bagit", "bag"]);
    let tsr = env.root().join(format!("bag/data/{id}.txt.tsr"));
    let (ok, said) = tsa.openssl_verify(&tsr, &sha, &tsa.ca);
    assert!(ok, "{said}");
}

#[test]
fn garbage_or_a_token_for_another_imprint_is_refused_and_the_request_stays_queued() {
    let env = TestEnv::initialised();
    let tsa = Tsa::start(env.root(), 0);
    write_config(&env, &tsa.config(&tsa.ca));
    let case = case(&env);

    tsa.set_mode(Mode::Garbage);
    let (out, _) = add(&env, &case, "a.txt", "answered with garbage");
    let id = id_of(&out);
    assert!(
        stderr(&out).contains("the answer is not an RFC 3161 TimeStampResp"),
        "{}",
        stderr(&out)
    );
    assert_eq!(state(&env, &id), "queued");

    tsa.set_mode(Mode::WrongImprint);
    let asked = env.run(&["evidence", "timestamp"]);
    assert!(
        asked.starts_with("exit: 1")
            && asked.contains("the token stamps another SHA-256 than the item's"),
        "{asked}"
    );
    assert_eq!(state(&env, &id), "queued");
    let log = env.ok(&["evidence", "log", "--case", &case]);
    assert!(!log.contains("timestamped"), "{log}");

    tsa.set_mode(Mode::Ok);
    env.ok(&["evidence", "timestamp"]);
    assert_eq!(state(&env, &id), "stamped");
    assert_eq!(tsa.queries().len(), 3);
}

#[test]
fn verify_fails_on_a_wrong_trust_file_a_swapped_token_and_a_tampered_item() {
    let env = TestEnv::initialised();
    let tsa = Tsa::start(env.root(), 0);
    write_config(&env, &tsa.config(&tsa.ca));
    let case = case(&env);
    let a = id_of(&add(&env, &case, "a.txt", "first item").0);
    let b = id_of(&add(&env, &case, "b.txt", "second item").0);
    assert!(verify(&env).status.success());

    write_config(&env, &tsa.config(&tsa.other_ca));
    let out = verify(&env);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("does not chain to a certificate in `timestamp.trust`"),
        "{said}"
    );
    assert!(stderr(&out).contains(&a) && stderr(&out).contains(&b));

    // An authority's token moved to another item does not fit it.
    write_config(&env, &tsa.config(&tsa.ca));
    tamper(
        &env,
        &format!(
            "UPDATE timestamps SET token = (SELECT token FROM timestamps WHERE evidence_id = '{b}') WHERE evidence_id = '{a}';"
        ),
    );
    let out = verify(&env);
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("its timestamp does not verify: the token stamps another SHA-256"),
        "{said}"
    );
    assert!(stderr(&out).contains(&a) && !stderr(&out).contains(&b));

    // A token whose signature lost a bit: its last byte is the signature's.
    let conn = env.store_connection();
    let mut token: Vec<u8> = conn
        .query_row(
            "SELECT token FROM timestamps WHERE evidence_id = ?1",
            [&b],
            |r| r.get(0),
        )
        .unwrap();
    *token.last_mut().unwrap() ^= 1;
    conn.execute(
        "UPDATE timestamps SET token = ?1 WHERE evidence_id = ?2",
        rusqlite::params![token, b],
    )
    .unwrap();
    drop(conn);
    let said = String::from_utf8_lossy(&verify(&env).stdout).into_owned();
    assert!(
        said.contains("the token's signature does not verify with the signing certificate's key"),
        "{said}"
    );
}

#[test]
fn a_tampered_vault_file_fails_verify_though_its_token_is_good() {
    let env = TestEnv::initialised();
    let tsa = Tsa::start(env.root(), 0);
    write_config(&env, &tsa.config(&tsa.ca));
    let case = case(&env);
    let id = id_of(&add(&env, &case, "a.txt", &"tampered later ".repeat(100)).0);
    let files = crate::evidence::vault_files(&env);
    let mut bytes = std::fs::read(&files[0]).unwrap();
    let last = bytes.len() - 20;
    bytes[last] ^= 1;
    std::fs::write(&files[0], bytes).unwrap();
    let out = verify(&env);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&id), "{}", stderr(&out));
}

#[test]
fn a_capture_is_stamped_and_its_warc_token_is_exported_beside_it() {
    let f = crate::recheck::Fixture::new();
    let tsa = Tsa::start(f.env.root(), 0);
    write_config(&f.env, &tsa.config(&tsa.ca));
    let case = case(&f.env);
    let links = f.links(
        &case,
        &[("/page", Reply::Page(200, "<html>hi</html>".into()))],
    );
    let link = links.keys().next().unwrap();
    let out = f.env.output(&f.args(&["evidence", "capture", link]), "");
    let id = id_of(&out);
    assert_eq!(state(&f.env, &id), "stamped");
    f.env
        .ok(&["evidence", "export", "--case", &case, "--bagit", "bag"]);
    let data = f.env.root().join("bag/data");
    let warc = data.join(format!("{id}.warc.gz"));
    let sha = format!("{:x}", Sha256::digest(std::fs::read(&warc).unwrap()));
    let (ok, said) = tsa.openssl_verify(&data.join(format!("{id}.warc.gz.tsr")), &sha, &tsa.ca);
    assert!(ok, "{said}");
    let readme = std::fs::read_to_string(f.env.root().join("bag/README.txt")).unwrap();
    assert!(
        readme.contains("Captured web pages") && readme.contains("Trusted timestamps"),
        "{readme}"
    );
}
