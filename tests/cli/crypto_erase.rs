//! Honest crypto-erase (issue 18 part 6): on loop-mounted ext4, ext4 `data=journal`, XFS and
//! btrfs images, a case is given markers (URLs, a note, evidence), wiped, and the raw image is
//! scanned for the markers, the old store key (as the key file's hex and as raw bytes), and
//! stretches of the old store file and of the wiped case's vault file. Every claim the wipe
//! report makes about the filesystem is then checked against what the scan found, and the
//! figures are printed.

use std::path::Path;

use serde_json::Value;

use crate::support::TestEnv;
use crate::support::loopfs::{Kind, LoopFs};
use crate::wipe_case::{add_evidence, assert_wiped, case_with_links, key_hex};

/// 64 bytes of `file` from `at` (or from its middle, if shorter).
fn sample(file: &Path, at: usize) -> Vec<u8> {
    let bytes = std::fs::read(file).unwrap();
    let at = at.min(bytes.len() / 2);
    bytes[at..at + 64].to_vec()
}

fn hex_bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// What the scan of the raw image found after the wipe.
#[derive(Debug)]
struct Found {
    markers: usize,
    key_hex: usize,
    key_raw: usize,
    old_store: usize,
    /// Copies of that stretch of the old store before the wipe: the file and its write-ahead log.
    old_store_before: usize,
    vault: usize,
    kept_key: usize,
}

/// Fresh filesystems for the data directory and the key file: one image when they are of the same
/// kind, else two, the data's first.
struct Images(Vec<LoopFs>);

impl Images {
    fn new(data: Kind, key: Kind) -> Images {
        let kinds = if data == key {
            vec![data]
        } else {
            vec![data, key]
        };
        Images(
            kinds
                .into_iter()
                .map(|k| LoopFs::of(k, k.min_mib()))
                .collect(),
        )
    }

    fn data(&self) -> &Path {
        self.0[0].path()
    }

    fn key(&self) -> &Path {
        self.0[self.0.len() - 1].path()
    }

    fn mount(&mut self) {
        self.0.iter_mut().for_each(LoopFs::mount);
    }

    fn unmount(&mut self) {
        self.0.iter_mut().for_each(LoopFs::unmount);
    }

    /// Each needle's occurrences in all the raw images together.
    fn counts(&self, needles: &[&[u8]]) -> Vec<usize> {
        let per_image: Vec<Vec<usize>> = self.0.iter().map(|fs| fs.counts(needles)).collect();
        (0..needles.len())
            .map(|i| per_image.iter().map(|c| c[i]).sum())
            .collect()
    }
}

/// Inits a home with its data directory on a fresh `data_kind` filesystem and its key file on a
/// `key_kind` one, fills a case with markers, wipes it and scans: the init's stderr, the wipe's
/// JSON report and what the scan found. Then wipes the other case too, for people, and checks
/// that report says the same about crypto-erase.
#[expect(
    clippy::print_stdout,
    reason = "the figures per filesystem are the measurement the issue asks for"
)]
fn wipe_and_scan(data_kind: Kind, key_kind: Kind) -> (String, Value, Found) {
    let mut fs = Images::new(data_kind, key_kind);
    let kind = (data_kind, key_kind);
    let env = TestEnv::new();
    let data = fs.data().join("data");
    let key_file = fs.key().join("keys/key");
    let home = ["--home", data.to_str().unwrap()];
    let init = env.output(
        &[
            &home[..],
            &["init", "--yes", "--key-file", key_file.to_str().unwrap()],
        ]
        .concat(),
        "",
    );
    assert!(init.status.success(), "{init:?}");
    let label = format!("GONE-{data_kind:?}-{key_kind:?}-7f3a");
    let wiped = case_with_links(&env, &home, &label, 50);
    let kept = case_with_links(&env, &home, "KEPT-91c2", 5);
    add_evidence(&env, &home, &wiped, &format!("{label}-EVIDENCE"), 1 << 20);
    add_evidence(&env, &home, &kept, "KEPT-EVIDENCE-24b8", 10_000);
    let vault_file = crate::support::files_below(&data.join("vault"))
        .into_iter()
        .max_by_key(|f| std::fs::metadata(f).unwrap().len())
        .unwrap();
    let vault = sample(&vault_file, 500_000);
    let old_store = sample(&data.join("takedown.db"), 3 * 4096 + 100);
    let old_key = key_hex(&key_file);
    fs.unmount();
    // Before: each on disk at least once (twice where a journal or a write-ahead log holds a
    // copy too), and the markers never.
    let before = fs.counts(&[old_key.as_bytes(), &vault, &old_store, label.as_bytes()]);
    println!("{kind:?}: found before the wipe (key, vault, store, markers): {before:?}");
    assert!(before[..3].iter().all(|n| *n >= 1), "{before:?}");
    assert_eq!(before[3], 0, "nothing of the case in plaintext");

    fs.mount();
    let out = env.ok(&[&home[..], &["--json", "wipe", "case", "--yes", &wiped.id]].concat());
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_wiped(
        &env,
        &home,
        &data.join("takedown.db"),
        &key_file,
        &wiped,
        &kept,
    );
    let new_key = key_hex(&key_file);
    fs.unmount();
    let raw_key = hex_bytes(&old_key);
    let after = fs.counts(&[
        label.as_bytes(),
        old_key.as_bytes(),
        &raw_key,
        &old_store,
        &vault,
        new_key.as_bytes(),
    ]);
    let found = Found {
        markers: after[0],
        key_hex: after[1],
        key_raw: after[2],
        old_store: after[3],
        old_store_before: before[2],
        vault: after[4],
        kept_key: after[5],
    };
    println!("{kind:?}: found after the wipe: {found:?}");
    println!("{kind:?}: crypto-erase: {}", report["crypto_erase"]);

    fs.mount();
    let human = env.ok(&[&home[..], &["wipe", "case", "--yes", &kept.id]].concat());
    let said = human
        .lines()
        .find_map(|l| l.strip_prefix("crypto-erase "))
        .unwrap_or_else(|| panic!("no crypto-erase line: {human}"));
    assert_eq!(said, report["crypto_erase"]["assessment"], "{human}");
    assert!(!human.contains("old key destroyed"), "{human}");
    (String::from_utf8(init.stderr).unwrap(), report, found)
}

/// Every claim of the report about the storage, against the scan.
fn check(kind: (Kind, Kind), init: &str, report: &Value, found: &Found) {
    for medium in ["medium", "vault_medium"] {
        assert_eq!(
            report[medium]["filesystem"],
            kind.0.name(),
            "{medium}: {report}"
        );
    }
    assert_eq!(
        report["key_medium"]["filesystem"],
        kind.1.name(),
        "{report}"
    );
    // Nothing of the case was ever written in plaintext, on any filesystem.
    assert_eq!(found.markers, 0, "{kind:?}");
    assert!(found.kept_key >= 1, "the new key is in its file");
    // "overwritten in place": the filesystem keeps no old copy of what was overwritten.
    let in_place = |medium: &str| report[medium]["in_place"] == true;
    // The old store file itself is overwritten; a copy its write-ahead log left in freed blocks
    // may stay, which the crypto-erase sentence names: encrypted under the old key.
    if in_place("medium") {
        assert!(
            found.old_store < found.old_store_before,
            "{kind:?}: the old store file survived: {found:?}"
        );
    }
    let crypto = &report["crypto_erase"];
    let says = crypto["assessment"].as_str().unwrap();
    if found.old_store > 0 && in_place("medium") {
        assert!(
            says.contains("write-ahead log"),
            "{kind:?}: not said: {says}"
        );
    }
    if in_place("vault_medium") {
        assert_eq!(found.vault, 0, "{kind:?}: the vault file survived");
    }
    let key_left = found.key_hex + found.key_raw;
    if in_place("key_medium") {
        assert_eq!(
            key_left, 0,
            "{kind:?}: the report says the key was overwritten in place"
        );
        assert!(says.contains("keeps no copy of it"), "{says}");
        assert!(!init.contains("crypto-erase"), "init warned: {init}");
    } else {
        // The key's filesystem keeps old blocks: the report must not claim the key is gone.
        assert_eq!(crypto["assured"], false, "{says}");
        assert!(says.starts_with("not assured"), "{says}");
        assert!(says.contains("may survive"), "{says}");
        assert!(says.contains("OS keyring"), "{says}");
        assert!(
            init.contains("crypto-erase is not assured"),
            "init said: {init}"
        );
    }
    if key_left > 0 {
        assert_eq!(
            crypto["assured"], false,
            "{kind:?}: the old key is on disk: {says}"
        );
    }
    assert!(
        !report.to_string().contains("old key destroyed"),
        "{report}"
    );
}

#[test]
fn on_ext4_no_marker_and_no_old_key_is_left() {
    let (init, report, found) = wipe_and_scan(Kind::Ext4, Kind::Ext4);
    check((Kind::Ext4, Kind::Ext4), &init, &report, &found);
    assert_eq!(report["key_medium"]["in_place"], true);
    assert_eq!((found.key_hex, found.key_raw, found.vault), (0, 0, 0));
}

#[test]
fn on_xfs_no_marker_and_no_old_key_is_left() {
    let (init, report, found) = wipe_and_scan(Kind::Xfs, Kind::Xfs);
    check((Kind::Xfs, Kind::Xfs), &init, &report, &found);
    assert_eq!(report["key_medium"]["in_place"], true);
    assert_eq!((found.key_hex, found.key_raw, found.vault), (0, 0, 0));
}

#[test]
fn on_ext4_with_data_journal_the_report_claims_no_more_than_the_journal_allows() {
    let (init, report, found) = wipe_and_scan(Kind::Ext4Journal, Kind::Ext4Journal);
    check(
        (Kind::Ext4Journal, Kind::Ext4Journal),
        &init,
        &report,
        &found,
    );
    assert_eq!(report["key_medium"]["in_place"], false);
}

#[test]
fn on_btrfs_the_report_says_crypto_erase_is_not_assured() {
    let (init, report, found) = wipe_and_scan(Kind::Btrfs, Kind::Btrfs);
    check((Kind::Btrfs, Kind::Btrfs), &init, &report, &found);
    assert_eq!(report["key_medium"]["in_place"], false);
    // The finding: copy-on-write keeps the old key's blocks, which is why the report
    // must say so.
    assert!(found.key_hex + found.key_raw > 0, "{found:?}");
    assert!(
        report["crypto_erase"]["assessment"]
            .as_str()
            .unwrap()
            .contains("copy-on-write"),
        "{report}"
    );
}

/// Old blocks of the store and the vault on btrfs are under the old key, which was overwritten
/// in place on ext4: the report names both, and says the key is gone where the scan finds none.
#[test]
fn with_the_data_on_btrfs_and_the_key_on_ext4_the_report_tells_them_apart() {
    let kind = (Kind::Btrfs, Kind::Ext4);
    let (init, report, found) = wipe_and_scan(kind.0, kind.1);
    check(kind, &init, &report, &found);
    assert_eq!(report["medium"]["in_place"], false);
    assert_eq!(report["key_medium"]["in_place"], true);
    assert_eq!((found.key_hex, found.key_raw), (0, 0));
    let says = report["crypto_erase"]["assessment"].as_str().unwrap();
    assert!(says.contains("that btrfs keeps"), "{says}");
    assert!(says.contains("overwritten in place on ext4"), "{says}");
}
