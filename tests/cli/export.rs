//! `evidence export`: BagIt 1.0 bags that the Library of Congress's own validator (the Python
//! `bagit` package) accepts in full, and `age`-encrypted archives of them.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use insta::assert_snapshot;

use crate::support::{TestEnv, files_below};

/// Full validation (every checksum, not `--fast`) with bagit-python; the reason when invalid.
pub(crate) fn validate(bag: &Path) -> Result<(), String> {
    let script = "import bagit, sys\n\
        bag = bagit.Bag(sys.argv[1])\n\
        try:\n    bag.validate()\nexcept bagit.BagValidationError as e:\n    print(e); sys.exit(1)\n";
    let out = std::process::Command::new("python3")
        .args(["-c", script, bag.to_str().unwrap()])
        .output()
        .expect("python3 runs (scripts/test sets it up)");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'bagit'"),
        "the Python `bagit` package is needed: `python3 -m pip install bagit==1.9.0` (scripts/test installs it)"
    );
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{stderr}", String::from_utf8_lossy(&out.stdout)))
    }
}

/// A case with consent to share with law enforcement and two items, one with a source URL.
fn case_with_evidence(env: &TestEnv) -> (String, Vec<PathBuf>) {
    let case = env.ok(&[
        "case",
        "new",
        "--category",
        "ncii",
        "--consent",
        "law-enforcement",
    ]);
    let a = env.root().join("victim-name-chat.txt");
    std::fs::write(&a, "EXPORT-MARKER threat\n".repeat(1000)).unwrap();
    let b = env.root().join("screenshot.png");
    image::RgbImage::from_fn(40, 30, |x, y| image::Rgb([x as u8, y as u8, 9]))
        .save(&b)
        .unwrap();
    env.ok_stdin(
        &[
            "evidence",
            "add",
            "--case",
            &case,
            "--source-url",
            "-",
            a.to_str().unwrap(),
        ],
        "https://example.com/post/1",
    );
    env.ok(&["evidence", "add", "--case", &case, b.to_str().unwrap()]);
    (case, vec![a, b])
}

/// The bag's payload is the original files, byte for byte (in any order: names are ids).
fn assert_same_payload(bag: &Path, originals: &[PathBuf]) {
    let read = |files: &[PathBuf]| {
        let mut all: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
        all.sort();
        all
    };
    assert_eq!(read(&files_below(&bag.join("data"))), read(originals));
}

#[test]
fn a_bag_validates_in_full_and_holds_the_evidence_byte_for_byte() {
    let env = TestEnv::initialised();
    let (case, originals) = case_with_evidence(&env);
    let bag = env.root().join("bag");
    assert_snapshot!(env.run(&["evidence", "export", "--case", &case, "--bagit", "bag"]), @r"
    exit: 0
    ----- stdout -----
    exported 2 items of [CASE] to bag
    ");
    validate(&bag).unwrap();

    let id = regex::Regex::new(r"E-[0-9A-Z]{5}").unwrap();
    let mut names: Vec<String> = files_below(&bag)
        .iter()
        .map(|p| p.strip_prefix(&bag).unwrap().to_str().unwrap())
        .map(|p| id.replace_all(p, "[EVIDENCE]").into_owned())
        .collect();
    names.sort();
    let names = names.join("\n");
    assert_snapshot!(names, @r"
    bag-info.txt
    bagit.txt
    custody-log.txt
    data/[EVIDENCE].png
    data/[EVIDENCE].txt
    evidence-index.txt
    manifest-sha256.txt
    manifest-sha512.txt
    tagmanifest-sha256.txt
    tagmanifest-sha512.txt
    ");
    assert_same_payload(&bag, &originals);

    let info = std::fs::read_to_string(bag.join("bag-info.txt")).unwrap();
    let info = env.redact(&info);
    let info = regex::Regex::new(r"Bagging-Date: \d{4}-\d\d-\d\d")
        .unwrap()
        .replace(&info, "Bagging-Date: [DATE]");
    let info = info.replace(env!("CARGO_PKG_VERSION"), "[VERSION]");
    assert_snapshot!(info, @r"
    External-Identifier: [CASE]
    Bagging-Date: [DATE]
    Export-Time: [TIMESTAMP]
    Bag-Software-Agent: takedown [VERSION]
    External-Description: Evidence of one case. Each item's SHA-256 was recorded when it entered the vault (evidence-index.txt); custody-log.txt is its hash-chained chain of custody up to this export
    Payload-Oxum: 21265.2
    ");
    assert_eq!(
        std::fs::read_to_string(bag.join("bagit.txt")).unwrap(),
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
    );
    assert!(!bag.join("fetch.txt").exists());
    // The original file names stay in the store.
    for file in files_below(&bag) {
        assert!(
            !std::fs::read_to_string(&file)
                .unwrap_or_default()
                .contains("victim-name")
        );
    }
    let index = std::fs::read_to_string(bag.join("evidence-index.txt")).unwrap();
    assert!(index.contains("https://example.com/post/1"), "{index}");
    let log = env.ok(&["evidence", "log", "--case", &case]);
    assert!(log.contains("exported"), "{log}");
    assert_eq!(
        env.output(&["evidence", "verify"], "").status.code(),
        Some(0)
    );
}

#[test]
fn the_validator_catches_a_changed_byte_so_the_bag_check_is_real() {
    let env = TestEnv::initialised();
    let (case, _) = case_with_evidence(&env);
    let bag = env.root().join("bag");
    env.ok(&["evidence", "export", "--case", &case, "--bagit", "bag"]);
    let data = files_below(&bag.join("data"));
    let target = data
        .iter()
        .find(|p| p.extension().is_some_and(|e| e == "txt"))
        .unwrap();
    let mut bytes = std::fs::read(target).unwrap();
    bytes[10] ^= 1;
    std::fs::write(target, bytes).unwrap();
    let err = validate(&bag).unwrap_err();
    assert!(err.contains("sha256") || err.contains("checksum"), "{err}");
}

#[test]
fn an_encrypted_export_opens_with_the_recipients_key_and_validates() {
    let env = TestEnv::initialised();
    let (case, originals) = case_with_evidence(&env);
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    let archive = env.root().join("bag.tar.age");
    env.ok(&[
        "evidence",
        "export",
        "--case",
        &case,
        "--bagit",
        "bag.tar.age",
        "--encrypt-to",
        &recipient,
    ]);
    let sealed = std::fs::read(&archive).unwrap();
    assert!(sealed.starts_with(b"age-encryption.org/v1"));
    assert!(!sealed.windows(13).any(|w| w == b"EXPORT-MARKER"));
    // Nothing but the archive was written: no plaintext bag beside it.
    let mut left: Vec<String> = std::fs::read_dir(env.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains("bag") || n.starts_with('.'))
        .collect();
    left.sort();
    assert_eq!(left, ["bag.tar.age"]);

    let decryptor = age::Decryptor::new(sealed.as_slice()).unwrap();
    let mut tar_bytes = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut tar_bytes)
        .unwrap();
    let out = env.root().join("opened");
    tar::Archive::new(tar_bytes.as_slice())
        .unpack(&out)
        .unwrap();
    let bag = out.join(format!("{case}-bag"));
    validate(&bag).unwrap();
    assert_same_payload(&bag, &originals);
}

#[test]
fn an_export_needs_consent_a_free_path_and_a_real_recipient() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    assert_snapshot!(env.run(&["evidence", "export", "--case", &case, "--bagit", "bag"]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` has no consent to share with law enforcement; record it with `takedown case consent [CASE] --give law-enforcement` first
    ");
    let (case, _) = case_with_evidence(&env);
    std::fs::create_dir(env.root().join("taken")).unwrap();
    assert_snapshot!(env.run(&["evidence", "export", "--case", &case, "--bagit", "taken"]), @r"
    exit: 2
    ----- stderr -----
    error: `taken` exists; the export is never written over it
    ");
    assert_snapshot!(env.run(&["evidence", "export", "--case", &case, "--bagit", "x", "--encrypt-to", "age1nope"]), @r"
    exit: 2
    ----- stderr -----
    error: invalid value 'age1nope' for '--encrypt-to <RECIPIENT>': `age1nope` is not an age X25519 recipient (`age1…`)

    For more information, try '--help'.
    ");
    // The consent in force when the export runs counts: withdrawn since, nothing is written.
    env.ok(&["case", "consent", &case, "--withdraw", "law-enforcement"]);
    let out = env.run(&["evidence", "export", "--case", &case, "--bagit", "later"]);
    assert!(
        out.starts_with("exit: 2\n")
            && out.contains("has no consent to share with law enforcement"),
        "{out}"
    );
    assert!(!env.root().join("later").exists());
}
