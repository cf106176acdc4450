//! `takedown wipe`: what it refuses, and what is left of wiped data in the raw bytes of a real
//! (loop-mounted ext4) filesystem.

use std::os::unix::fs::symlink;

use insta::assert_snapshot;

use crate::support::TestEnv;
use crate::support::loopfs::LoopFs;

/// A marker no other bytes on the filesystem can hold by chance.
fn marker(label: &str) -> String {
    let mut random = [0u8; 8];
    std::io::Read::read_exact(
        &mut std::fs::File::open("/dev/urandom").unwrap(),
        &mut random,
    )
    .unwrap();
    let hex: String = random.iter().map(|b| format!("{b:02x}")).collect();
    format!("{label}-MARKER-{hex}")
}

/// The report without its time and storage lines, which differ from run to run and machine to
/// machine.
fn stable(transcript: &str) -> String {
    transcript
        .lines()
        .filter(|l| !l.starts_with("time ") && !l.starts_with("erasure "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// `size` bytes of `marker` lines.
fn marker_bytes(marker: &str, size: usize) -> Vec<u8> {
    format!("{marker}\n")
        .into_bytes()
        .into_iter()
        .cycle()
        .take(size)
        .collect()
}

#[test]
fn wipe_path_leaves_no_marker_in_the_raw_ext4_image() {
    let mut fs = LoopFs::new(64);
    let env = TestEnv::new();
    let (gone, kept) = (marker("EVIDENCE"), marker("CONTROL"));
    let tree = fs.path().join("case-files");
    std::fs::create_dir_all(tree.join("screens")).unwrap();
    let sizes = [1 << 20, 100_000, 4097, 1];
    for (i, size) in sizes.iter().enumerate() {
        std::fs::write(
            tree.join(format!("screens/shot-{i}.png")),
            marker_bytes(&gone, *size),
        )
        .unwrap();
    }
    std::fs::write(tree.join("notes.txt"), marker_bytes(&gone, 300_000)).unwrap();
    std::fs::write(fs.path().join("control.txt"), marker_bytes(&kept, 50_000)).unwrap();
    fs.unmount();
    let before = fs.count(gone.as_bytes());
    let control = fs.count(kept.as_bytes());
    assert!(
        before > 20_000,
        "the markers must be on disk first: {before}"
    );
    assert!(control > 1_000, "{control}");

    fs.mount();
    let out = env.ok(&["--json", "wipe", "path", "--yes", tree.to_str().unwrap()]);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["files"], 5);
    assert_eq!(report["directories"], 2);
    assert_eq!(report["bytes"], sizes.iter().sum::<usize>() + 300_000);
    assert_eq!(report["failed"], 0);
    assert_eq!(report["media"][0]["filesystem"], "ext4");
    assert_eq!(report["media"][0]["storage"], "image-file");
    assert!(!tree.exists());
    fs.unmount();

    assert_eq!(fs.count(gone.as_bytes()), 0, "a wiped marker survived");
    assert_eq!(
        fs.count(kept.as_bytes()),
        control,
        "the control file is untouched"
    );
}

#[test]
fn wipe_path_removes_links_and_never_follows_them() {
    let env = TestEnv::new();
    let outside = env.root().join("outside");
    std::fs::create_dir(&outside).unwrap();
    std::fs::write(outside.join("keep.txt"), "keep me").unwrap();
    let tree = env.root().join("tree");
    std::fs::create_dir(&tree).unwrap();
    std::fs::write(tree.join("a.txt"), "destroy me").unwrap();
    symlink(&outside, tree.join("to-outside")).unwrap();
    symlink(outside.join("keep.txt"), tree.join("to-file")).unwrap();
    assert_snapshot!(stable(&env.run(&["wipe", "path", "--yes", "tree"])), @r"
    exit: 0
    ----- stdout -----
    destroyed   1 file(s) (10 B), 1 folder(s), 2 link(s) or other entries
    method      1 random overwrite pass(es), each synced to disk; then truncated, renamed at random, unlinked
    ");
    assert!(!tree.exists());
    assert_eq!(
        std::fs::read_to_string(outside.join("keep.txt")).unwrap(),
        "keep me"
    );
}

#[test]
fn wipe_path_refuses_the_root_the_home_and_the_store() {
    let env = TestEnv::initialised();
    std::fs::create_dir_all(env.root().join("home/docs")).unwrap();
    assert_snapshot!(env.run(&["wipe", "path", "--yes", "/"]), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `/`, the root of the filesystem
    ");
    assert_snapshot!(env.run(&["wipe", "path", "--yes", "home/docs/..", "home/docs"]), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/home`: it is or holds your home directory
    ");
    assert_snapshot!(env.run(&["wipe", "path", "--yes", "data"]), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/data`: it is or holds part of the case store (the data directory, the key file or the SMTP password); use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    assert_snapshot!(env.run(&["wipe", "path", "--yes", "keys"]), @r"
    exit: 2
    ----- stderr -----
    error: refusing to destroy `[ROOT]/keys`: it is or holds part of the case store (the data directory, the key file or the SMTP password); use `takedown wipe case` for one case, or pass `--allow-store` to destroy every case for good
    ");
    assert!(env.data_dir().join("takedown.db").exists());
    assert!(env.root().join("home/docs").exists());
    env.ok(&["wipe", "path", "--yes", "--allow-store", "data", "keys"]);
    assert!(!env.data_dir().exists() && !env.key_file().exists());
}

#[test]
fn wipe_path_asks_first_and_never_waits_without_a_terminal() {
    let env = TestEnv::new();
    std::fs::write(env.root().join("f"), "x").unwrap();
    assert_snapshot!(env.run(&["wipe", "path", "f"]), @r"
    exit: 2
    ----- stderr -----
    error: no terminal to confirm on; pass `--yes` to go ahead without asking
    ");
    assert!(env.root().join("f").exists());
    assert_snapshot!(env.run(&["wipe", "path", "--yes", "f", "missing"]), @r"
    exit: 2
    ----- stderr -----
    error: cannot read `missing`
    caused by: failed to query raw metadata `[ROOT]/missing`: No such file or directory (os error 2)
    ");
    assert!(
        env.root().join("f").exists(),
        "nothing is destroyed when one path is bad"
    );
}

#[test]
fn wipe_path_takes_its_passes_from_the_settings_file_and_the_flag_wins() {
    let env = TestEnv::new();
    std::fs::write(env.root().join("config.yaml"), "wipe:\n  passes: 3\n").unwrap();
    let passes = |args: &[&str]| {
        std::fs::write(env.root().join("f"), "x").unwrap();
        let out = env.ok(&[
            &["--json", "--config", "config.yaml", "wipe", "path", "--yes"],
            args,
            &["f"],
        ]
        .concat());
        serde_json::from_str::<serde_json::Value>(&out).unwrap()["passes"].clone()
    };
    assert_eq!(passes(&[]), 3);
    assert_eq!(passes(&["--passes", "2"]), 2);
    std::fs::write(env.root().join("config.yaml"), "wipe:\n  passes: 0\n").unwrap();
    std::fs::write(env.root().join("f"), "x").unwrap();
    assert_snapshot!(env.run(&["--config", "config.yaml", "wipe", "path", "--yes", "f"]), @r"
    exit: 2
    ----- stderr -----
    error: `[ROOT]/config.yaml` is not a valid settings file:
      2:11: wipe.passes: give 1 to 35 passes
    ");
    assert!(env.root().join("f").exists());
}
