//! A store is never created by accident (issue 18 part 3): when `home.json` says a store was
//! made and the store file is missing, empty or not a store, every command that uses the store
//! exits 2 with a message and a hint, and nothing in the tree is created or changed.

use std::collections::BTreeMap;
use std::path::Path;

use insta::assert_snapshot;
use sha2::{Digest as _, Sha256};

use crate::support::TestEnv;

/// Every file and folder under `root` with the SHA-256 of its bytes (folders: `dir`).
fn tree(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut todo = vec![root.to_owned()];
    while let Some(dir) = todo.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.strip_prefix(root).unwrap().display().to_string();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                out.insert(name, "dir".to_owned());
                todo.push(path);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                out.insert(name, format!("{:x}", Sha256::digest(&bytes)));
            }
        }
    }
    out
}

/// Every command that opens the store, with arguments good enough to get that far.
fn store_commands(env: &TestEnv) -> Vec<(Vec<String>, &'static str)> {
    let picture = env.root().join("input.txt");
    std::fs::write(&picture, "some evidence").unwrap();
    let picture = picture.to_str().unwrap().to_owned();
    let url = "https://www.facebook.com/someone/posts/1\n";
    [
        (vec!["case", "list"], ""),
        (vec!["case", "new", "-c", "ncii"], ""),
        (vec!["case", "show", "C-AAAA"], ""),
        (vec!["case", "note", "C-AAAA", "-"], "a note"),
        (vec!["link", "add", "--case", "C-AAAA", "-"], url),
        (vec!["link", "list"], ""),
        (vec!["report", "--case", "C-AAAA"], ""),
        (vec!["escalate", "--case", "C-AAAA", "--yes"], ""),
        (vec!["outbox", "list"], ""),
        (vec!["outbox", "send"], ""),
        (vec!["mail", "password"], "secret\n"),
        (vec!["recheck", "--all"], ""),
        (vec!["schedule", "show"], ""),
        (vec!["stats"], ""),
        (vec!["hash", "--match", &picture], ""),
        (vec!["evidence", "add", "--case", "C-AAAA", &picture], ""),
        (vec!["evidence", "verify"], ""),
        (vec!["wipe", "case", "--yes", "C-AAAA"], ""),
        (vec!["key", "restore"], "AAAA"),
    ]
    .into_iter()
    .map(|(args, stdin)| (args.into_iter().map(str::to_owned).collect(), stdin))
    .collect()
}

/// Runs every store command against the store file as `damage` left it: each must exit 2 with
/// `message` and the hint, and leave every byte under the test's root as it was.
fn every_command_refuses(env: &TestEnv, message: &str) {
    let commands = store_commands(env);
    let before = tree(env.root());
    for (args, stdin) in commands {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.output(&args, stdin);
        let stderr = env.redact(&String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "`{}`: {stderr}", args.join(" "));
        assert!(stderr.contains(message), "`{}`: {stderr}", args.join(" "));
        assert!(
            stderr.contains("hint: restore the store file"),
            "`{}`: {stderr}",
            args.join(" ")
        );
        assert_eq!(
            tree(env.root()),
            before,
            "`{}` changed files",
            args.join(" ")
        );
    }
}

fn store(env: &TestEnv) -> std::path::PathBuf {
    env.data_dir().join("takedown.db")
}

#[test]
fn a_missing_store_is_never_replaced() {
    let env = TestEnv::initialised();
    env.ok(&["case", "new", "-c", "ncii"]);
    std::fs::rename(store(&env), env.root().join("elsewhere.db")).unwrap();
    assert_snapshot!(env.run(&["case", "list"]), @r"
    exit: 2
    ----- stderr -----
    error: the case store `[ROOT]/data/takedown.db` is missing
    hint: restore the store file from where it was kept, or run `takedown init` with another `--home` to start a new store; nothing was changed
    ");
    every_command_refuses(&env, "is missing");
    assert!(!store(&env).exists());
    std::fs::rename(env.root().join("elsewhere.db"), store(&env)).unwrap();
    assert_eq!(env.ok(&["case", "list", "--json"]).lines().count(), 1);
}

#[test]
fn an_empty_store_file_is_never_taken_for_a_new_store() {
    let env = TestEnv::initialised();
    env.ok(&["case", "new", "-c", "ncii"]);
    std::fs::write(store(&env), b"").unwrap();
    assert_snapshot!(env.run(&["case", "new", "-c", "ncii"]), @r"
    exit: 2
    ----- stderr -----
    error: the case store `[ROOT]/data/takedown.db` is empty (0 bytes)
    hint: restore the store file from where it was kept, or run `takedown init` with another `--home` to start a new store; nothing was changed
    ");
    every_command_refuses(&env, "is empty (0 bytes)");
    assert_eq!(std::fs::metadata(store(&env)).unwrap().len(), 0);
}

#[test]
fn a_file_that_is_not_a_store_is_refused_and_left_alone() {
    let env = TestEnv::initialised();
    let real = std::fs::read(store(&env)).unwrap();
    // Text, a plaintext SQLite database, and a store cut off mid-page.
    let plain = env.root().join("plain.db");
    rusqlite::Connection::open(&plain)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let foreign = [
        b"not a database\n".to_vec(),
        std::fs::read(&plain).unwrap(),
        real[..real.len() - 100].to_vec(),
    ];
    for bytes in foreign {
        std::fs::write(store(&env), &bytes).unwrap();
        insta::allow_duplicates! {
            assert_snapshot!(env.run(&["case", "list"]), @r"
            exit: 2
            ----- stderr -----
            error: `[ROOT]/data/takedown.db` is not a takedown case store
            hint: restore the store file from where it was kept, or run `takedown init` with another `--home` to start a new store; nothing was changed
            ");
        }
        every_command_refuses(&env, "is not a takedown case store");
        assert_eq!(std::fs::read(store(&env)).unwrap(), bytes);
    }
}

#[test]
fn init_still_refuses_a_home_whose_store_is_damaged() {
    let env = TestEnv::initialised();
    std::fs::write(store(&env), b"").unwrap();
    crate::init::init_refuses_to_overwrite(&env);
}

/// Random bytes in whole pages look like a store under another key: nothing here can tell the
/// two apart, so it is the wrong key, and still nothing is written.
#[test]
fn random_bytes_in_place_of_the_store_are_the_wrong_key_and_left_alone() {
    let env = TestEnv::initialised();
    let mut noise = vec![0u8; 8192];
    std::io::Read::read_exact(
        &mut std::fs::File::open("/dev/urandom").unwrap(),
        &mut noise,
    )
    .unwrap();
    std::fs::write(store(&env), &noise).unwrap();
    let before = tree(env.root());
    assert_snapshot!(env.run(&["case", "new", "-c", "ncii"]), @r"
    exit: 2
    ----- stderr -----
    error: the key does not open this case store
    hint: the key does not match this store: restore it with `takedown key restore` and the recovery code shown by `takedown init`, or restore the store file if it was replaced
    ");
    assert_eq!(tree(env.root()), before);
}
