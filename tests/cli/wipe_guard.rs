//! `wipe path` guards every secret (issue 18 part 5): without `--allow-store` it refuses the SMTP
//! password file, key files, and any folder that holds a takedown store (`home.json`), this
//! home's or another's, and anything inside one; and it still does when this home's store file
//! is damaged.

use insta::assert_snapshot;

use crate::support::TestEnv;

/// A second home inside the test's tree: `other/data` with its key in `other/keys/key` and an
/// SMTP password beside it.
fn other_home(env: &TestEnv) {
    let home = ["--home", "other/data"];
    env.ok(&[
        &home[..],
        &["init", "--yes", "--key-file", "other/keys/key"],
    ]
    .concat());
    env.ok_stdin(&[&home[..], &["mail", "password"]].concat(), "secret\n");
}

fn refused(env: &TestEnv, path: &str) -> String {
    let out = env.run(&["wipe", "path", "--yes", path]);
    assert!(
        env.root().join(path).exists(),
        "`{path}` was destroyed: {out}"
    );
    out
}

#[test]
fn the_smtp_password_file_and_key_files_are_refused() {
    let env = TestEnv::initialised();
    env.ok_stdin(&["mail", "password"], "secret\n");
    assert_snapshot!(refused(&env, "keys/key.smtp"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/keys/key.smtp`: it is or holds part of the case store (the data directory, the key file or the SMTP password); use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    // A key file found by its contents, wherever it is and whatever its name.
    std::fs::copy(env.key_file(), env.root().join("spare")).unwrap();
    assert_snapshot!(refused(&env, "spare"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/spare`: it is or holds a store key; use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    std::fs::create_dir(env.root().join("backup")).unwrap();
    std::fs::copy(env.key_file(), env.root().join("backup/old-key")).unwrap();
    assert_snapshot!(refused(&env, "backup"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/backup`: it is or holds a store key (`[ROOT]/backup/old-key`); use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    // Not every short file is a key (64 hexadecimal digits are: nothing tells them apart).
    std::fs::write(env.root().join("notes.txt"), "z".repeat(64) + "\n").unwrap();
    env.ok(&["wipe", "path", "--yes", "notes.txt"]);
    env.ok(&[
        "wipe",
        "path",
        "--yes",
        "--allow-store",
        "keys/key.smtp",
        "spare",
    ]);
    assert!(!env.root().join("spare").exists());
}

#[test]
fn another_homes_store_is_refused_whole_in_part_and_from_above() {
    let env = TestEnv::new();
    other_home(&env);
    assert_snapshot!(refused(&env, "other/data"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/other/data`: it is or holds a takedown home; use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    assert_snapshot!(refused(&env, "other"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/other`: it is or holds a store key (`[ROOT]/other/keys/key`); use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    assert_snapshot!(refused(&env, "other/data/takedown.db"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/other/data/takedown.db`: it is or holds part of the takedown home `[ROOT]/other/data`; use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    assert_snapshot!(refused(&env, "other/keys/key"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/other/keys/key`: it is or holds a store key; use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    assert_snapshot!(refused(&env, "other/keys/key.smtp"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/other/keys/key.smtp`: it is or holds the SMTP password of a store; use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    env.ok(&["--home", "other/data", "case", "list"]);
    env.ok(&["wipe", "path", "--yes", "--allow-store", "other"]);
    assert!(!env.root().join("other").exists());
}

#[test]
fn the_key_file_stays_guarded_when_the_store_file_is_damaged() {
    let env = TestEnv::initialised();
    std::fs::write(env.data_dir().join("takedown.db"), b"").unwrap();
    std::fs::rename(env.key_file(), env.root().join("keys/renamed")).unwrap();
    std::fs::write(env.key_file(), "not a key\n").unwrap();
    // The key file named in home.json, though it no longer holds a key.
    assert_snapshot!(refused(&env, "keys/key"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/keys/key`: it is or holds part of the case store (the data directory, the key file or the SMTP password); use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    assert_snapshot!(refused(&env, "keys/renamed"), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/keys/renamed`: it is or holds a store key; use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
}
