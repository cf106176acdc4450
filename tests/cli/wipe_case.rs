//! `takedown wipe case`: nothing of the case is left in the decrypted store, the old key opens
//! nothing, other cases are untouched, a wipe killed at any moment is finished by the next
//! command, and the old key is gone from the raw bytes of a real (loop-mounted ext4) filesystem.

use std::path::Path;
use std::time::{Duration, Instant};

use insta::assert_snapshot;

use crate::support::TestEnv;
use crate::support::loopfs::LoopFs;

pub(crate) struct Case {
    pub(crate) id: String,
    links: Vec<String>,
    urls: Vec<String>,
    note: String,
}

/// A case with `n` links and a note, every one of them carrying `label` so a scan can find it.
pub(crate) fn case_with_links(env: &TestEnv, home: &[&str], label: &str, n: usize) -> Case {
    let id = env.ok(&[home, &["case", "new", "-c", "ncii"]].concat());
    let urls: Vec<String> = (0..n)
        .map(|i| format!("https://www.facebook.com/{label}/posts/{i}"))
        .collect();
    let out = env.ok_stdin(
        &[home, &["--json", "link", "add", "--case", &id, "-"]].concat(),
        &urls.join("\n"),
    );
    let links = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    let note = format!("{label} note: the victim lives near the old mill");
    env.ok_stdin(&[home, &["case", "note", &id, "-"]].concat(), &note);
    Case {
        id,
        links,
        urls,
        note,
    }
}

/// Adds a file of `size` bytes of `marker` lines to the case's evidence; the file itself lives
/// outside any image a test scans.
pub(crate) fn add_evidence(env: &TestEnv, home: &[&str], case: &Case, marker: &str, size: usize) {
    let file = env.root().join(format!("{marker}.txt"));
    let text: Vec<u8> = format!("{marker}\n")
        .into_bytes()
        .into_iter()
        .cycle()
        .take(size)
        .collect();
    std::fs::write(&file, text).unwrap();
    env.ok(&[
        home,
        &[
            "evidence",
            "add",
            "--case",
            &case.id,
            file.to_str().unwrap(),
        ],
    ]
    .concat());
}

/// The case directories in the vault.
fn vault_dirs(data: &Path) -> usize {
    std::fs::read_dir(data.join("vault")).map_or(0, Iterator::count)
}

pub(crate) fn key_hex(key_file: &Path) -> String {
    std::fs::read_to_string(key_file).unwrap().trim().to_owned()
}

/// Every row of every table of the store, decrypted with `key`, as text.
pub(crate) fn decrypted_rows(db: &Path, key: &str) -> Vec<(String, String)> {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch(&format!("PRAGMA key = \"x'{key}'\";"))
        .unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut rows = Vec::new();
    for table in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let columns = stmt.column_count();
        let mut q = stmt.query([]).unwrap();
        while let Some(row) = q.next().unwrap() {
            let text: Vec<String> = (0..columns)
                .map(|i| match row.get_ref(i).unwrap() {
                    rusqlite::types::ValueRef::Null => "NULL".to_owned(),
                    rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                    rusqlite::types::ValueRef::Real(f) => f.to_string(),
                    rusqlite::types::ValueRef::Text(t) | rusqlite::types::ValueRef::Blob(t) => {
                        String::from_utf8_lossy(t).into_owned()
                    }
                })
                .collect();
            rows.push((table.clone(), text.join("|")));
        }
    }
    rows
}

fn opens(db: &Path, key: &str) -> bool {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch(&format!("PRAGMA key = \"x'{key}'\";"))
        .unwrap();
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .is_ok()
}

/// What must hold once `case` is wiped: only its id is left (the `cases` row, marked wiped, and
/// the history entry saying so), none of its links, URLs or notes; `other` is whole.
pub(crate) fn assert_wiped(
    env: &TestEnv,
    home: &[&str],
    db: &Path,
    key_file: &Path,
    case: &Case,
    other: &Case,
) {
    let rows = decrypted_rows(db, &key_hex(key_file));
    for (table, row) in &rows {
        for secret in case.links.iter().chain(&case.urls).chain([&case.note]) {
            assert!(
                !row.contains(secret.as_str()),
                "`{secret}` is still in {table}: {row}"
            );
        }
    }
    let mut left: Vec<&str> = rows
        .iter()
        .filter(|(_, row)| row.contains(&case.id))
        .map(|(table, _)| table.as_str())
        .collect();
    left.sort_unstable();
    assert_eq!(left, ["case_events", "cases"], "{rows:?}");
    assert!(
        rows.iter()
            .any(|(t, r)| t == "cases" && r.starts_with(&format!("{}|wiped|", case.id)))
    );
    for secret in other.links.iter().chain(&other.urls).chain([&other.note]) {
        assert!(
            rows.iter().any(|(_, r)| r.contains(secret.as_str())),
            "`{secret}` of the other case is lost"
        );
    }
    let shown: serde_json::Value =
        serde_json::from_str(&env.ok(&[home, &["--json", "case", "show", &other.id]].concat()))
            .unwrap();
    assert_eq!(shown["links"], other.links.len());
}

/// The transcript without the lines that differ between runs and machines (the time, and what
/// the filesystems and disks allow: tests/cli/crypto_erase.rs checks those), and the size of the
/// vault files (age headers vary by a few random bytes).
fn stable(transcript: &str) -> String {
    let size = regex::Regex::new(r"\(\d+(\.\d+)? (B|KiB|MiB)\)").unwrap();
    transcript
        .lines()
        .filter(|l| {
            !["time ", "erasure ", "crypto-erase "]
                .iter()
                .any(|p| l.starts_with(p))
        })
        .map(|l| format!("{}\n", size.replace_all(l, "([SIZE])")))
        .collect()
}

#[test]
fn wipe_case_leaves_only_the_id_and_a_new_key() {
    let env = TestEnv::initialised();
    let wiped = case_with_links(&env, &[], "GONE", 3);
    let kept = case_with_links(&env, &[], "KEPT", 2);
    env.ok(&["link", "set", &wiped.links[0], "--status", "reported"]);
    add_evidence(&env, &[], &wiped, "GONE-EVIDENCE", 100_000);
    add_evidence(&env, &[], &kept, "KEPT-EVIDENCE", 1_000);
    assert_eq!(vault_dirs(&env.data_dir()), 2);
    let old_key = key_hex(&env.key_file());
    let db = env.data_dir().join("takedown.db");

    assert_snapshot!(stable(&env.run(&["wipe", "case", "--yes", &wiped.id])), @r"
    exit: 0
    ----- stdout -----
    wiped        [CASE]
    destroyed    3 link(s) with 0 observation(s), 1 note(s), 6 history entries, 1 evidence item(s) and hash record(s); 1 vault file(s) ([SIZE]) and the case's evidence key
    method       rows deleted (secure_delete); files overwritten (1 random pass(es)), renamed, unlinked; store copied afresh (vacuumed) under a new key; old store file overwritten; old key file overwritten
    [RECOVERY-CODE]
    ----- stderr -----
    New recovery code (write it down, keep it offline; the old one no longer opens the store):
    ");
    assert_wiped(&env, &[], &db, &env.key_file(), &wiped, &kept);
    assert!(!opens(&db, &old_key), "the old key must not open the store");
    let mut left: Vec<String> = std::fs::read_dir(env.data_dir())
        .unwrap()
        .chain(std::fs::read_dir(env.key_file().parent().unwrap()).unwrap())
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["home.json", "key", "takedown.db", "takedown.lock", "vault"]
    );
    assert_eq!(
        vault_dirs(&env.data_dir()),
        1,
        "the case's vault folder is gone"
    );
    // The other case's evidence still decrypts and matches its hashes.
    let verified = env.ok(&["evidence", "verify", "--json"]);
    assert_eq!(verified.lines().count(), 2, "{verified}");
    assert!(verified.lines().all(|l| l.contains(&kept.id)), "{verified}");
}

#[test]
fn the_new_recovery_code_opens_the_store() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "-c", "ncii"]);
    let out = env.ok(&["--json", "wipe", "case", "--yes", &case]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let code = report["recovery_code"].as_str().unwrap();
    assert_eq!(report["case"], case.as_str());
    assert!(report["medium"]["overwrite_effective"].is_boolean());
    std::fs::remove_file(env.key_file()).unwrap();
    env.ok_stdin(&["key", "restore"], code);
    assert_eq!(
        env.ok(&["case", "list", "--status", "wiped", "--json"])
            .lines()
            .count(),
        1
    );
}

#[test]
fn wipe_case_refuses_a_held_case_and_a_wiped_one() {
    let env = TestEnv::initialised();
    let held = env.ok(&["case", "new", "-c", "ncii"]);
    env.ok(&["case", "hold", &held]);
    assert_snapshot!(env.run(&["wipe", "case", "--yes", &held]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` is on legal hold: it is kept as it is, and nothing of it is deleted, wiped or shared
    hint: `takedown case reopen CASE` ends the legal hold
    ");
    let case = env.ok(&["case", "new", "-c", "ncii"]);
    assert_snapshot!(env.run(&["wipe", "case", &case]), @r"
    exit: 2
    ----- stderr -----
    error: no terminal to confirm on; pass `--yes` to go ahead without asking
    ");
    env.ok(&["wipe", "case", "--yes", &case]);
    assert_snapshot!(env.run(&["wipe", "case", "--yes", &case]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` is wiped: only its id is left, and it takes nothing
    hint: a wiped case is a tombstone; `takedown case new` opens a new case
    ");
    assert_eq!(
        env.ok(&["case", "list", "--status", "held"])
            .lines()
            .count(),
        2
    );
}

/// A copy of `template`'s store, key and settings (its home, where there is one) in a new
/// environment.
pub(crate) fn copy_env(template: &TestEnv) -> TestEnv {
    let env = TestEnv::new();
    let dirs = ["data", "keys", "home"].map(|dir| template.root().join(dir));
    let copied = std::process::Command::new("cp")
        .arg("-a")
        .args(dirs.iter().filter(|dir| dir.exists()))
        .arg(env.root())
        .status()
        .unwrap();
    assert!(copied.success());
    let home = env.data_dir().join("home.json");
    let text = std::fs::read_to_string(&home).unwrap();
    std::fs::write(
        &home,
        text.replace(
            template.root().to_str().unwrap(),
            env.root().to_str().unwrap(),
        ),
    )
    .unwrap();
    env
}

/// Kills `wipe case` (SIGKILL) after `delay`, or as soon as `watch` appears.
fn kill_wipe(env: &TestEnv, case: &str, delay: Duration, watch: Option<&Path>) {
    let mut child = env
        .std_command(&["wipe", "case", "--yes", case])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while started.elapsed() < delay && watch.is_none_or(|w| !w.exists()) {
        if child.try_wait().unwrap().is_some() {
            return;
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn a_wipe_killed_at_any_moment_is_finished_by_the_next_command() {
    let template = TestEnv::initialised();
    let wiped = case_with_links(&template, &[], "GONE", 2000);
    let kept = case_with_links(&template, &[], "KEPT", 5);
    add_evidence(&template, &[], &wiped, "GONE-EVIDENCE", 4 << 20);
    add_evidence(&template, &[], &kept, "KEPT-EVIDENCE", 1_000);
    let old_key = key_hex(&template.key_file());

    let full = {
        let env = copy_env(&template);
        let started = Instant::now();
        env.ok(&["wipe", "case", "--yes", &wiped.id]);
        started.elapsed()
    };
    let mut kills: Vec<(Duration, Option<&str>)> = (0..10).map(|k| (full * k / 10, None)).collect();
    kills.push((full * 2, Some("keys/key.next")));
    kills.push((full * 2, Some("data/takedown.db.rekey")));
    let mut states = std::collections::BTreeMap::new();
    for (delay, watch) in kills {
        let env = copy_env(&template);
        let db = env.data_dir().join("takedown.db");
        kill_wipe(
            &env,
            &wiped.id,
            delay,
            watch.map(|w| env.root().join(w)).as_deref(),
        );
        // Any command opens the store with the key the secret store holds, and finishes the wipe.
        let out = env.output(&["--json", "case", "show", &wiped.id], "");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let status = shown["status"].as_str().unwrap().to_owned();
        match status.as_str() {
            // Killed before the transaction committed: the case is whole.
            "open" => assert_eq!(shown["links"], wiped.links.len()),
            // Only the tombstone is shown: its id, `wiped` and when.
            "wiped" => assert!(shown.get("links").is_none(), "{shown}"),
            other => panic!("case is {other}"),
        }
        let reported = env.output(&["wipe", "case", "--yes", &wiped.id], "");
        let stdout = String::from_utf8_lossy(&reported.stdout);
        let ended = if reported.status.success() {
            assert!(
                stdout.lines().last().unwrap().split('-').count() == 14,
                "{stdout}"
            );
            "the report and new code shown next"
        } else {
            assert_eq!(status, "wiped");
            assert!(
                String::from_utf8_lossy(&reported.stderr)
                    .contains("is wiped: only its id is left, and it takes nothing")
            );
            "had already finished"
        };
        // A wipe finished by another command leaves the new recovery code to `wipe case`, and
        // that command says so.
        let warned = String::from_utf8_lossy(&out.stderr).contains("to see the new recovery code");
        assert_eq!(
            warned,
            status == "wiped" && reported.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        *states.entry((status, ended)).or_insert(0) += 1;
        assert_wiped(&env, &[], &db, &env.key_file(), &wiped, &kept);
        assert!(!opens(&db, &old_key));
        assert!(!env.root().join("keys/key.next").exists());
        assert!(!env.root().join("data/takedown.db.rekey").exists());
        assert_eq!(vault_dirs(&env.data_dir()), 1);
        let verified = env.output(&["evidence", "verify"], "");
        assert!(verified.status.success(), "{verified:?}");
    }
    println!("where the kills landed: {states:?}");
    // The kills must have landed on both sides of the transaction, or this proved little.
    assert!(states.keys().any(|(s, _)| s == "open"), "{states:?}");
    assert!(states.keys().any(|(s, _)| s == "wiped"), "{states:?}");
}

#[test]
fn wipe_case_leaves_no_old_key_in_the_raw_ext4_image() {
    let mut fs = LoopFs::new(64);
    let env = TestEnv::new();
    let data = fs.path().join("data");
    let key_file = fs.path().join("keys/key");
    let home = ["--home", data.to_str().unwrap()];
    env.ok(&[
        &home[..],
        &["init", "--yes", "--key-file", key_file.to_str().unwrap()],
    ]
    .concat());
    let wiped = case_with_links(&env, &home, "GONE-MARKER-7f3a", 50);
    let kept = case_with_links(&env, &home, "KEPT-MARKER-91c2", 5);
    add_evidence(&env, &home, &wiped, "GONE-EVIDENCE-5d0e", 1 << 20);
    add_evidence(&env, &home, &kept, "KEPT-EVIDENCE-24b8", 10_000);
    // A stretch of the wiped case's encrypted vault file: on disk before, gone after.
    let vault_file = crate::support::files_below(&data.join("vault"))
        .into_iter()
        .max_by_key(|f| std::fs::metadata(f).unwrap().len())
        .unwrap();
    let ciphertext = std::fs::read(&vault_file).unwrap()[500_000..500_064].to_vec();
    let old_key = key_hex(&key_file);
    fs.unmount();
    assert_eq!(fs.count(old_key.as_bytes()), 1, "the key file is on disk");
    assert_eq!(fs.count(&ciphertext), 1, "the vault file is on disk");
    assert_eq!(
        fs.count(b"GONE-EVIDENCE-5d0e"),
        0,
        "evidence is stored encrypted"
    );
    // SQLCipher: no plaintext of the case ever reaches the disk, before or after.
    assert_eq!(fs.count(b"GONE-MARKER-7f3a"), 0);

    fs.mount();
    let out = env.ok(&[&home[..], &["--json", "wipe", "case", "--yes", &wiped.id]].concat());
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["medium"]["filesystem"], "ext4");
    assert_eq!(report["medium"]["storage"], "image-file");
    let new_key = key_hex(&key_file);
    assert_wiped(
        &env,
        &home,
        &data.join("takedown.db"),
        &key_file,
        &wiped,
        &kept,
    );
    fs.unmount();
    assert_eq!(
        fs.count(old_key.as_bytes()),
        0,
        "the old key survived in the image"
    );
    assert_eq!(fs.count(new_key.as_bytes()), 1);
    assert_eq!(fs.count(b"GONE-MARKER-7f3a"), 0);
    assert_eq!(fs.count(b"KEPT-MARKER-91c2"), 0);
}

#[test]
fn a_store_re_keyed_before_its_key_was_replaced_opens_with_the_next_key() {
    let env = TestEnv::initialised();
    let case = case_with_links(&env, &[], "GONE", 2);
    let old_key = std::fs::read(env.key_file()).unwrap();
    env.ok(&["wipe", "case", "--yes", &case.id]);
    // The moment between the rename of the re-keyed copy and the key swap: the old key is still
    // the key, the new one still the next key.
    let next = env.root().join("keys/key.next");
    std::fs::rename(env.key_file(), &next).unwrap();
    write_private(&env.key_file(), &old_key);
    let new_key = std::fs::read(&next).unwrap();
    assert_eq!(
        env.ok(&["case", "list", "--status", "wiped", "--json"])
            .lines()
            .count(),
        1
    );
    assert_eq!(std::fs::read(env.key_file()).unwrap(), new_key);
    assert!(!next.exists());
}

#[test]
fn a_re_key_that_never_reached_the_store_is_thrown_away() {
    let env = TestEnv::initialised();
    let key = std::fs::read(env.key_file()).unwrap();
    let next = env.root().join("keys/key.next");
    let copy = env.data_dir().join("takedown.db.rekey");
    write_private(&next, "ab".repeat(32).as_bytes());
    std::fs::write(&copy, "half a copy").unwrap();
    env.ok(&["case", "list"]);
    assert_eq!(std::fs::read(env.key_file()).unwrap(), key);
    assert!(!next.exists() && !copy.exists());
}

/// A key file as takedown writes one: readable by its owner only.
fn write_private(path: &Path, bytes: &[u8]) {
    use std::io::Write as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .unwrap()
        .write_all(bytes)
        .unwrap();
}

#[test]
fn the_anonymous_figures_are_the_same_before_and_after_a_wipe() {
    let env = TestEnv::initialised();
    let case = case_with_links(&env, &[], "GONE", 3);
    for (n, link) in case.links.iter().enumerate() {
        let reported = [
            "link", "set", link, "--status", "reported", "--route", "web-form",
        ];
        env.ok(&[&reported[..], &["--at", "2026-03-02T10:00:00Z"]].concat());
        if n < 2 {
            let removed = format!("2026-03-0{}T10:00:00Z", 3 + n);
            env.ok(&["link", "set", link, "--status", "removed", "--at", &removed]);
        }
    }
    // First responses: a ticket before the first removal, the second removal itself, and a
    // rejection of the link that stays up.
    let ticket = ["--ref", "T-1", "--at", "2026-03-02T15:00:00Z"];
    env.ok(&[&["link", "set", &case.links[0]][..], &ticket].concat());
    let rejected = ["--status", "rejected", "--at", "2026-03-05T10:00:00Z"];
    env.ok(&[&["link", "set", &case.links[2]][..], &rejected].concat());
    let stats = [
        "--json",
        "stats",
        "--since",
        "2026-01",
        "--until",
        "2026-06",
        "--min-count",
        "1",
    ];
    let before = env.ok(&stats);
    assert!(before.contains("\"removed\":2"), "{before}");
    assert!(before.contains("\"responded\":3"), "{before}");
    assert!(
        before.contains("\"median_hours_to_response\":48.0"),
        "{before}"
    );
    env.ok(&["wipe", "case", "--yes", &case.id]);
    assert_eq!(env.ok(&stats), before);
}

/// Whether a wipe has come to a point a test kills it at.
type Reached = fn(&TestEnv) -> bool;

/// Issue 16: a wipe killed while it destroys the case's files, or later, and finished by the next
/// command, still reports what the case held: every vault file and byte, and the time spent.
#[test]
fn a_killed_wipe_still_reports_every_file_and_byte_it_destroyed() {
    let template = TestEnv::initialised();
    let wiped = case_with_links(&template, &[], "GONE", 3);
    for n in 0..3 {
        add_evidence(&template, &[], &wiped, &format!("GONE-{n}"), 20 << 20);
    }
    let vault = crate::support::files_below(&template.data_dir().join("vault"));
    let (files, bytes) = (
        vault.len(),
        vault
            .iter()
            .map(|f| std::fs::metadata(f).unwrap().len())
            .sum::<u64>(),
    );
    assert_eq!(files, 3);
    let watches: [(&str, Reached); 3] = [
        ("a vault file destroyed", |env| {
            crate::support::files_below(&env.data_dir().join("vault")).len() < 3
        }),
        ("the next key saved", |env| {
            env.root().join("keys/key.next").exists()
        }),
        ("the re-keyed copy begun", |env| {
            env.data_dir().join("takedown.db.rekey").exists()
        }),
    ];
    let mut killed = Vec::new();
    for (point, reached) in watches {
        let env = copy_env(&template);
        let mut child = env
            .std_command(&["wipe", "case", "--yes", &wiped.id])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while !reached(&env) && child.try_wait().unwrap().is_none() {
            assert!(started.elapsed() < Duration::from_secs(120), "{point}");
            std::thread::sleep(Duration::from_micros(200));
        }
        child.kill().unwrap();
        let status = child.wait().unwrap();
        killed.push((point, status.code().is_none()));
        env.ok(&["case", "list"]);
        let report: serde_json::Value =
            serde_json::from_str(&env.ok(&["--json", "wipe", "case", "--yes", &wiped.id])).unwrap();
        assert_eq!(
            (report["files"].as_u64(), report["bytes"].as_u64()),
            (Some(files as u64), Some(bytes)),
            "killed at {point}: {report}"
        );
        assert!(
            report["seconds"].as_f64().unwrap() > 0.0,
            "killed at {point}: {report}"
        );
        assert_eq!(report["links"], 3, "killed at {point}");
        assert_eq!(vault_dirs(&env.data_dir()), 0, "killed at {point}");
    }
    println!("killed mid-wipe: {killed:?}");
    // 60 MiB take long enough to destroy that the first kill always lands mid-way; a fast disk
    // may run through the other points before the watch sees them.
    assert_eq!(killed[0], ("a vault file destroyed", true), "{killed:?}");
}

/// The case's vault folder goes in one step, under the name the journal holds. The shredder
/// renames what it removes to a random name first, and a run killed between that rename and the
/// removal left an empty folder that no journal named and no later run found. Watched with
/// inotify, since that window is too narrow for a kill to land on reliably.
#[test]
fn a_wiped_case_folder_is_removed_under_its_journalled_name() {
    use rustix::fs::inotify;
    let env = TestEnv::initialised();
    let case = case_with_links(&env, &[], "GONE", 3);
    add_evidence(&env, &[], &case, "GONE-EVIDENCE", 100_000);
    let vault = env.data_dir().join("vault");
    let folders: Vec<String> = std::fs::read_dir(&vault)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(folders.len(), 1, "{folders:?}");
    let watch =
        inotify::init(inotify::CreateFlags::NONBLOCK | inotify::CreateFlags::CLOEXEC).unwrap();
    let what = inotify::WatchFlags::MOVED_FROM | inotify::WatchFlags::DELETE;
    inotify::add_watch(&watch, &vault, what).unwrap();
    env.ok(&["wipe", "case", "--yes", &case.id]);
    let mut buf = [std::mem::MaybeUninit::uninit(); 4096];
    let mut reader = inotify::Reader::new(&watch, &mut buf);
    let mut events = Vec::new();
    while let Ok(event) = reader.next() {
        let name = event.file_name().map(|n| n.to_string_lossy().into_owned());
        events.push((event.events(), name));
    }
    let removed = inotify::ReadFlags::DELETE | inotify::ReadFlags::ISDIR;
    assert_eq!(events, [(removed, Some(folders[0].clone()))]);
    assert_eq!(std::fs::read_dir(&vault).unwrap().count(), 0);
}
