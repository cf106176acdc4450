use std::os::unix::fs::PermissionsExt as _;

use insta::assert_snapshot;

use crate::support::{TestEnv, files_below};

#[test]
fn init_creates_a_private_encrypted_store_and_prints_a_recovery_code_once() {
    let env = TestEnv::new();
    let key = env.key_file();
    assert_snapshot!(env.run(&["init", "--yes", "--key-file", key.to_str().unwrap()]), @r"
    exit: 0
    ----- stdout -----
    [RECOVERY-CODE]
    ----- stderr -----
    Created the case store in `[ROOT]/data`, its key in the key file `[ROOT]/keys/key`.
    Recovery code (shown only this once; write it down, keep it offline: it opens the store):
    ");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.data_dir()), 0o700);
    assert_eq!(mode(&key), 0o600);
    for file in files_below(&env.data_dir()) {
        assert_eq!(mode(&file), 0o600, "{}", file.display());
    }
    // SQLCipher: not even the SQLite header is readable without the key.
    let db = std::fs::read(env.data_dir().join("takedown.db")).unwrap();
    assert!(!db.starts_with(b"SQLite format 3"));
}

#[test]
fn a_second_init_refuses_to_overwrite() {
    init_refuses_to_overwrite(&TestEnv::initialised());
}

/// `init` where a store was made: refused, and the new key file is never written. Shared by
/// tests that run in one process, so insta is told the one inline snapshot is meant to repeat.
pub(crate) fn init_refuses_to_overwrite(env: &TestEnv) {
    let key = env.root().join("other-key");
    insta::allow_duplicates! {
        assert_snapshot!(env.run(&["init", "--yes", "--key-file", key.to_str().unwrap()]), @r"
        exit: 2
        ----- stderr -----
        error: a case store already exists at `[ROOT]/data`; refusing to overwrite it
        ");
    }
    assert!(!key.exists());
}

#[test]
fn init_never_waits_for_a_prompt_without_a_terminal() {
    let env = TestEnv::new();
    let key = env.key_file();
    assert_snapshot!(env.run(&["init", "--key-file", key.to_str().unwrap()]), @r"
    exit: 2
    ----- stderr -----
    error: no terminal to confirm on; pass `--yes` to go ahead without asking
    ");
    assert!(!env.data_dir().exists());
}

#[test]
fn init_without_a_keyring_asks_for_a_key_file() {
    // The test environment has no D-Bus session, as on a server or under cron.
    let env = TestEnv::new();
    let out = env.run(&["init", "--yes"]);
    assert!(out.starts_with("exit: 2\n----- stderr -----\nerror: cannot keep the key in the OS keyring\ncaused by: the OS keyring is not available"), "{out}");
    assert!(out.ends_with("hint: no OS keyring answers here (usual on servers and under cron): use `--key-file PATH`\n"), "{out}");
    assert!(!env.data_dir().exists());
}

#[test]
fn commands_before_init_fail_clearly_and_create_nothing() {
    let env = TestEnv::new();
    assert_snapshot!(env.run(&["case", "list"]), @r"
    exit: 2
    ----- stderr -----
    error: no case store at `[ROOT]/data`
    hint: run `takedown init` to create one, or point `--home`/`TAKEDOWN_HOME` at an existing one
    ");
    assert!(!env.data_dir().exists());
}

#[test]
fn a_missing_key_file_is_an_error_never_a_new_store() {
    let env = TestEnv::initialised();
    env.ok(&["case", "new", "--category", "ncii"]);
    std::fs::rename(env.key_file(), env.root().join("moved")).unwrap();
    assert_snapshot!(env.run(&["case", "list"]), @r"
    exit: 2
    ----- stderr -----
    error: cannot unlock the case store
    caused by: the key file `[ROOT]/keys/key` does not exist
    hint: restore the key with `takedown key restore` and the recovery code shown by `takedown init`
    ");
    assert!(!env.key_file().exists());
    std::fs::rename(env.root().join("moved"), env.key_file()).unwrap();
    assert_eq!(env.ok(&["case", "list", "--json"]).lines().count(), 1);
}

#[test]
fn a_key_file_others_can_read_is_refused() {
    let env = TestEnv::initialised();
    std::fs::set_permissions(env.key_file(), std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_snapshot!(env.run(&["case", "list"]), @r"
    exit: 2
    ----- stderr -----
    error: cannot unlock the case store
    caused by: the key file `[ROOT]/keys/key` can be read by other users (mode 644)
    hint: make it private with `chmod 600` on the key file
    ");
}

#[test]
fn the_wrong_key_is_reported_as_such() {
    let env = TestEnv::initialised();
    let other = TestEnv::initialised();
    std::fs::copy(other.key_file(), env.key_file()).unwrap();
    assert_snapshot!(env.run(&["case", "list"]), @r"
    exit: 2
    ----- stderr -----
    error: the key does not open this case store
    hint: the key does not match this store: restore it with `takedown key restore` and the recovery code shown by `takedown init`, or restore the store file if it was replaced
    ");
}

#[test]
fn the_recovery_code_restores_a_lost_key() {
    let env = TestEnv::new();
    let code = env.ok(&[
        "init",
        "--yes",
        "--key-file",
        env.key_file().to_str().unwrap(),
    ]);
    let case = env.ok(&["case", "new", "--category", "harassment"]);
    std::fs::remove_file(env.key_file()).unwrap();

    let mut typo = code.clone().into_bytes();
    typo[0] = if typo[0] == b'A' { b'B' } else { b'A' };
    let out = env.run_stdin(&["key", "restore"], std::str::from_utf8(&typo).unwrap());
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(!env.key_file().exists());

    let new_key = env.root().join("keys/restored");
    env.ok_stdin(
        &["key", "restore", "--key-file", new_key.to_str().unwrap()],
        &code,
    );
    assert_eq!(
        std::fs::metadata(&new_key).unwrap().permissions().mode() & 0o777,
        0o600
    );
    assert_eq!(
        env.ok(&["case", "list"])
            .lines()
            .nth(1)
            .unwrap()
            .split_whitespace()
            .next(),
        Some(case.as_str())
    );
}

#[test]
fn json_init_reports_the_backend_and_code() {
    let env = TestEnv::new();
    let out = env.ok(&[
        "init",
        "--yes",
        "--json",
        "--key-file",
        env.key_file().to_str().unwrap(),
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["backend"], "key-file");
    assert_eq!(v["recovery_code"].as_str().unwrap().len(), 69);
}
