//! `evidence add --move` and `--strip` are all-or-nothing (issue 18 part 4): through a symlink
//! `--move` refuses unless told to follow it, and then destroys the file itself; a stripped copy
//! that equals existing evidence is refused before anything is written; `evidence verify`
//! reports vault files that belong to no item.

use std::os::unix::fs::symlink;
use std::path::Path;

use insta::assert_snapshot;

use crate::evidence::{exiftool, new_case, tagged_picture, tamper, vault_files};
use crate::support::TestEnv;

/// What `evidence add` may have changed: the case's items, its custody log, the vault's files.
fn state(env: &TestEnv, case: &str) -> (String, String, usize) {
    (
        env.ok(&["evidence", "list", "--case", case, "--json"]),
        env.ok(&["evidence", "log", "--case", case, "--json"]),
        match env.data_dir().join("vault").exists() {
            true => vault_files(env).len(),
            false => 0,
        },
    )
}

/// `evidence add`: its transcript (redacted), and its stdout and stderr as they were.
fn add(env: &TestEnv, case: &str, flags: &[&str], files: &[&Path]) -> (String, String) {
    // The names come on stdin (`--files -`), as the help recommends: never in the process list.
    let names: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    let out = env.output(
        &[
            &["evidence", "add", "--case", case][..],
            flags,
            &["--files", "-"],
        ]
        .concat(),
        &names.join("\n"),
    );
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    let transcript = format!(
        "exit: {}\n----- stdout -----\n{stdout}----- stderr -----\n{stderr}",
        out.status.code().unwrap()
    );
    (env.redact(&transcript), format!("{stdout}{stderr}"))
}

#[test]
fn move_through_a_symlink_refuses_and_adds_nothing() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let photo = tagged_picture(&env, "photo.jpg", image::ImageFormat::Jpeg);
    let bytes = std::fs::read(&photo).unwrap();
    let other = env.root().join("other.txt");
    std::fs::write(&other, "another file").unwrap();
    let link = env.root().join("download.jpg");
    symlink(&photo, &link).unwrap();
    let before = state(&env, &case);

    assert_snapshot!(add(&env, &case, &["--move"], &[&other, &link]).0, @r"
    exit: 2
    ----- stdout -----
    ----- stderr -----
    error: file #2 is a symbolic link: `--move` would remove the link and keep the file it names; name that file, or pass `--follow-symlinks` to destroy it too; nothing was added
    ");
    assert_eq!(state(&env, &case), before, "nothing added");
    assert_eq!(
        std::fs::read(&photo).unwrap(),
        bytes,
        "the original is untouched"
    );
    assert!(
        link.symlink_metadata().unwrap().is_symlink(),
        "the link is kept"
    );
    assert!(other.exists(), "the other file is kept");
}

#[test]
fn move_told_to_follow_a_symlink_destroys_the_file_and_the_link() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let photo = tagged_picture(&env, "photo.jpg", image::ImageFormat::Jpeg);
    let bytes = std::fs::read(&photo).unwrap();
    let link = env.root().join("download.jpg");
    symlink(&photo, &link).unwrap();
    let (out, raw) = add(&env, &case, &["--move", "--follow-symlinks"], &[&link]);
    assert!(out.starts_with("exit: 0\n"), "{out}");
    let id = raw.lines().next().unwrap().to_owned();
    assert!(!photo.exists(), "the file the link named is destroyed");
    assert!(link.symlink_metadata().is_err(), "and the link with it");
    assert_eq!(env.ok_raw(&["evidence", "open", &id, "--out", "-"]), bytes);
}

#[test]
fn a_stripped_copy_equal_to_existing_evidence_is_refused_before_anything_is_written() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let photo = tagged_picture(&env, "photo.jpg", image::ImageFormat::Jpeg);
    let bytes = std::fs::read(&photo).unwrap();
    // The clean copy is already in the case, added on its own.
    let clean = env.root().join("clean.jpg");
    env.ok(&["evidence", "strip", "photo.jpg", "--out", "clean.jpg"]);
    let existing = env.ok(&["evidence", "add", "--case", &case, clean.to_str().unwrap()]);
    let before = state(&env, &case);

    for flags in [&["--strip"][..], &["--strip", "--move"]] {
        let (out, raw) = add(&env, &case, flags, &[&photo]);
        assert!(
            raw.contains(&format!("already in the case as {existing};")),
            "{raw}"
        );
        insta::allow_duplicates! {
            assert_snapshot!(out, @r"
            exit: 2
            ----- stdout -----
            ----- stderr -----
            error: the working copy of file #1 without its metadata is already in the case as [EVIDENCE]; add the file without `--strip`; nothing was added
            ");
        }
        assert_eq!(state(&env, &case), before, "nothing written with {flags:?}");
        assert_eq!(
            std::fs::read(&photo).unwrap(),
            bytes,
            "the original is kept"
        );
    }
    assert_eq!(
        env.output(&["evidence", "verify"], "").status.code(),
        Some(0),
        "no orphan vault file"
    );
}

#[test]
fn two_pictures_whose_stripped_copies_are_equal_are_refused_together() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let first = tagged_picture(&env, "first.jpg", image::ImageFormat::Jpeg);
    let second = env.root().join("second.jpg");
    std::fs::copy(&first, &second).unwrap();
    // Other metadata, the same picture: different files, the same clean copy.
    let out = exiftool(&[
        "-q",
        "-overwrite_original",
        "-Artist=Someone Else",
        second.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert_ne!(
        std::fs::read(&first).unwrap(),
        std::fs::read(&second).unwrap()
    );
    let before = state(&env, &case);
    assert_snapshot!(add(&env, &case, &["--strip"], &[&first, &second]).0, @r"
    exit: 2
    ----- stdout -----
    ----- stderr -----
    error: file #1 and file #2 are the same picture once their metadata is stripped: one working copy serves both; add one of them without `--strip`; nothing was added
    ");
    assert_eq!(state(&env, &case), before);
}

#[test]
fn verify_reports_vault_files_that_belong_to_no_item() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let file = env.root().join("a.txt");
    std::fs::write(&file, "some evidence").unwrap();
    env.ok(&["evidence", "add", "--case", &case, file.to_str().unwrap()]);
    let vault = vault_files(&env);
    let stray = vault[0].with_file_name("0123456789abcdef0123456789abcdef");
    std::fs::copy(&vault[0], &stray).unwrap();
    assert_snapshot!(env.run(&["evidence", "verify"]), @r"
    exit: 1
    ----- stdout -----
    CASE    ITEM                                         TIMESTAMP    RESULT
    [CASE]  custody log                                               ok
    [CASE]  [EVIDENCE]                                      not stamped  ok
    [CASE]  vault file 0123456789abcdef0123456789abcdef               belongs to no evidence item (left by an add that was cut short); `wipe case` destroys it
    ----- stderr -----
    warning: verification failed: vault file 0123456789abcdef0123456789abcdef of [CASE]
    ");
    // A case whose only item's record is gone: its file is an orphan too.
    std::fs::remove_file(&stray).unwrap();
    tamper(&env, "DELETE FROM evidence;");
    let out = env.run(&["evidence", "verify", "--case", &case]);
    assert!(out.starts_with("exit: 1\n"), "{out}");
    let name = vault[0].file_name().unwrap().to_str().unwrap();
    assert!(out.contains(name), "{out}");
}
