//! The evidence vault: files stored encrypted under random names, read back byte for byte,
//! verified, and every action in a hash-chained custody log.

use std::path::PathBuf;

use insta::assert_snapshot;

use crate::support::{TestEnv, files_below};

pub(crate) fn new_case(env: &TestEnv) -> String {
    env.ok(&["case", "new", "--category", "ncii"])
}

/// A file whose bytes and name are easy to search for on disk.
fn marked_file(env: &TestEnv, name: &str, marker: &str, repeat: usize) -> PathBuf {
    let path = env.root().join(name);
    std::fs::write(&path, marker.repeat(repeat)).unwrap();
    path
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Runs SQL on the test's store with its key, as an attacker with the key could.
pub(crate) fn tamper(env: &TestEnv, sql: &str) {
    let key = std::fs::read_to_string(env.key_file()).unwrap();
    let conn = rusqlite::Connection::open(env.data_dir().join("takedown.db")).unwrap();
    conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.trim()))
        .unwrap();
    conn.execute_batch(sql).unwrap();
}

pub(crate) fn vault_files(env: &TestEnv) -> Vec<PathBuf> {
    files_below(&env.data_dir().join("vault"))
}

#[test]
fn evidence_is_stored_encrypted_under_random_names_and_opens_byte_for_byte() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let marker = "EVIDENCE-MARKER-5f1c2e";
    let file = marked_file(&env, "victim-holiday-photo.txt", marker, 20_000);
    let id = env.ok(&["evidence", "add", "--case", &case, file.to_str().unwrap()]);
    assert!(
        regex::Regex::new(r"^E-[0-9A-Z]{5}$").unwrap().is_match(&id),
        "{id}"
    );

    // Nothing of the bytes or the name is anywhere under the data directory.
    for path in files_below(&env.data_dir()) {
        let bytes = std::fs::read(&path).unwrap();
        assert!(!contains(&bytes, marker.as_bytes()), "{}", path.display());
        assert!(
            !contains(&bytes, b"victim-holiday-photo"),
            "{}",
            path.display()
        );
        assert!(!path.to_str().unwrap().contains("holiday"));
    }
    let stored = vault_files(&env);
    assert_eq!(stored.len(), 1);
    assert!(contains(
        &std::fs::read(&stored[0]).unwrap(),
        b"age-encryption.org/v1"
    ));

    let out = env.root().join("back.txt");
    env.ok(&["evidence", "open", &id, "--out", out.to_str().unwrap()]);
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&file).unwrap());
    assert_eq!(
        env.ok_raw(&["evidence", "open", &id, "--out", "-"]),
        std::fs::read(&file).unwrap()
    );
    assert_snapshot!(env.run(&["evidence", "open", &id, "--out", out.to_str().unwrap()]), @r"
    exit: 2
    ----- stderr -----
    error: `[ROOT]/back.txt` exists; evidence is never written over a file
    ");
}

#[test]
fn show_list_and_log_describe_an_item_and_every_action_on_it() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let file = marked_file(&env, "chat.txt", "threat\n", 3);
    let id = env.ok_stdin(
        &[
            "evidence",
            "add",
            "--case",
            &case,
            "--source-url",
            "-",
            "--captured-at",
            "2026-11-20T14:30:00Z",
            file.to_str().unwrap(),
        ],
        "https://example.com/p/123\n",
    );
    assert_snapshot!(env.run(&["evidence", "show", &id]), @r"
    exit: 0
    ----- stdout -----
    evidence      [EVIDENCE]
    case          [CASE]
    name          chat.txt
    type          text/plain
    size          21
    sha256        d9ad5de7f7f79e9a4f49c77a7afda0c75fb690d5ee5b65eeccc943d2e52c1cab
    timestamp     none (no `timestamp.tsa` configured)
    source        https://example.com/p/123
    captured      [TIME]
    added         [TIME]
    ");
    let list = env.ok(&["evidence", "list", "--case", &case, "--json"]);
    let row: serde_json::Value = serde_json::from_str(&list).unwrap();
    assert_eq!(row["id"], id.as_str());
    assert_eq!(row["captured_at"], "2026-11-20T14:30:00Z");
    assert_eq!(row["pdq"], serde_json::Value::Null);
    assert!(row.get("vault_file").is_none());

    let log = env.ok(&["evidence", "log", "--case", &case, "--json"]);
    let entries: Vec<serde_json::Value> = log
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["added", "viewed"]);
    assert_eq!(entries[1]["prev_hash"], entries[0]["hash"]);
    assert_eq!(entries[0]["evidence"], id.as_str());
}

#[test]
fn the_same_bytes_twice_in_a_case_are_one_item() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let a = marked_file(&env, "a.txt", "same", 10);
    let b = marked_file(&env, "b.txt", "same", 10);
    let first = env.ok(&["evidence", "add", "--case", &case, a.to_str().unwrap()]);
    let out = env.output(
        &["evidence", "add", "--case", &case, b.to_str().unwrap()],
        "",
    );
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().trim(), first);
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("already in the case")
    );
    assert_eq!(vault_files(&env).len(), 1);
}

#[test]
fn verify_passes_a_clean_vault_and_names_a_tampered_item() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let good = marked_file(&env, "good.txt", "fine", 100);
    let bad = marked_file(&env, "bad.txt", "soon broken", 100_000);
    env.ok(&["evidence", "add", "--case", &case, good.to_str().unwrap()]);
    let before = vault_files(&env);
    env.ok(&["evidence", "add", "--case", &case, bad.to_str().unwrap()]);
    assert_eq!(
        env.output(&["evidence", "verify"], "").status.code(),
        Some(0)
    );

    let target = vault_files(&env)
        .into_iter()
        .find(|p| !before.contains(p))
        .unwrap();
    let mut bytes = std::fs::read(&target).unwrap();
    let n = bytes.len() - 50;
    bytes[n] ^= 0x01;
    std::fs::write(&target, bytes).unwrap();
    // Items are listed in the order they were added: the good one, then the bad one.
    let text = env.run(&["evidence", "verify", "--case", &case]);
    let text = regex::Regex::new("[0-9a-f]{32}")
        .unwrap()
        .replace_all(&text, "[VAULT-FILE]");
    assert_snapshot!(text, @r"
    exit: 1
    ----- stdout -----
    CASE    ITEM         TIMESTAMP    RESULT
    [CASE]  custody log               ok
    [CASE]  [EVIDENCE]      not stamped  ok
    [CASE]  [EVIDENCE]      not stamped  cannot read vault file `[VAULT-FILE]`: decryption error
    ----- stderr -----
    warning: verification failed: [EVIDENCE]
    ");
}

#[test]
fn verify_finds_an_edited_custody_entry() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let file = marked_file(&env, "x.txt", "x", 10);
    env.ok(&["evidence", "add", "--case", &case, file.to_str().unwrap()]);
    assert_eq!(
        env.output(&["evidence", "verify"], "").status.code(),
        Some(0)
    );
    tamper(&env, "UPDATE custody SET at = at - 86400 WHERE seq = 1;");
    assert_snapshot!(env.run(&["evidence", "verify", "--case", &case, "--json"]).lines().nth(2).unwrap(), @r#"{"case":"[CASE]","evidence":null,"ok":false,"problem":"custody entry 1 was altered"}"#);
}

#[test]
fn verify_finds_an_item_whose_recorded_hash_was_changed() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let file = marked_file(&env, "x.txt", "x", 10);
    let id = env.ok(&["evidence", "add", "--case", &case, file.to_str().unwrap()]);
    tamper(
        &env,
        &format!(
            "UPDATE evidence SET sha256 = '{}' WHERE id = '{id}';",
            "0".repeat(64)
        ),
    );
    let out = env.output(&["evidence", "verify", "--json"], "");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains(&format!(r#""evidence":"{id}","ok":false,"problem":"its bytes do not match the recorded SHA-256""#)), "{stdout}");
    let out = env.output(&["evidence", "open", &id, "--out", "copy"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(!env.root().join("copy").exists());
}

#[test]
fn images_get_the_same_pdq_as_takedown_hash() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let path = env.root().join("photo.png");
    let img = image::RgbImage::from_fn(160, 120, |x, y| {
        image::Rgb([
            (x * 3 % 256) as u8,
            (y * 5 % 256) as u8,
            ((x * y) % 256) as u8,
        ])
    });
    img.save(&path).unwrap();
    let id = env.ok(&["evidence", "add", "--case", &case, path.to_str().unwrap()]);
    let shown: serde_json::Value =
        serde_json::from_str(&env.ok(&["evidence", "show", &id, "--json"])).unwrap();
    let hashed: serde_json::Value =
        serde_json::from_str(&env.ok(&["hash", "--json", path.to_str().unwrap()])).unwrap();
    assert_eq!(shown["media_type"], "image/png");
    assert_eq!(shown["pdq"], hashed["pdq"]);
    assert_eq!(shown["quality"], hashed["quality"]);
    assert_eq!(shown["sha256"], hashed["sha256"]);
}

#[test]
fn bad_input_is_refused_clearly_and_nothing_is_stored() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let file = marked_file(&env, "x.txt", "x", 1);
    let f = file.to_str().unwrap();
    assert_snapshot!(env.run(&["evidence", "add", "--case", "C-ZZZZ", f]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` does not exist
    hint: `takedown case list` shows the known cases
    ");
    assert_snapshot!(env.run(&["evidence", "add", "--case", &case, f, "secret-missing-name.jpg"]), @r"
    exit: 2
    ----- stderr -----
    note: file names given on the command line show in the process list; `--files -` reads them from stdin
    error: cannot read file #2
    caused by: No such file or directory (os error 2)
    ");
    assert_snapshot!(env.run_stdin(&["evidence", "add", "--case", &case, "--source-url", "-", f], "not a url\n"), @r"
    exit: 2
    ----- stderr -----
    note: file names given on the command line show in the process list; `--files -` reads them from stdin
    error: the source URL is not a valid absolute URL
    ");
    env.ok(&["case", "close", &case]);
    assert_snapshot!(env.run(&["evidence", "add", "--case", &case, f]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` is resolved: nothing is added to it or done with it until it is reopened
    hint: `takedown case reopen CASE` reopens it
    ");
    assert!(!env.data_dir().join("vault").exists() || vault_files(&env).is_empty());
    assert_eq!(env.ok(&["evidence", "list", "--json"]), "");
}

#[test]
fn a_victims_hash_list_is_recorded_without_images() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let sha = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    let pdq = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    let csv = format!("sha256,pdq,quality,path\n{sha},{pdq},90,\"my photo.jpg\"\nnot-a-hash,,,x\n");
    assert_snapshot!(env.run_stdin(&["evidence", "add-hash", "--case", &case, "-"], &csv), @r"
    exit: 2
    ----- stdout -----
    1 hashes recorded on [CASE] (0 already there, 1 bad lines)
    ----- stderr -----
    error: line 3: sha256 is not 64 hexadecimal characters
    ");
    let again = env.ok_stdin(
        &["evidence", "add-hash", "--case", &case, "--json", "-"],
        &format!("sha256\n{sha}\n"),
    );
    assert_eq!(
        again,
        format!(r#"{{"added":0,"already_recorded":1,"bad_lines":0,"case":"{case}"}}"#)
    );
    let log = env.ok(&["evidence", "log", "--case", &case]);
    assert!(log.contains("hashes_added"), "{log}");
}

/// exiftool reads metadata independently of our parser; a missing exiftool fails with the fix.
pub(crate) fn exiftool(args: &[&str]) -> std::process::Output {
    std::process::Command::new("exiftool")
        .args(args)
        .output()
        .expect("exiftool is needed: `apt-get install libimage-exiftool-perl` (scripts/test installs it)")
}

/// A picture with GPS, camera, author, XMP, IPTC and a comment, written by exiftool.
pub(crate) fn tagged_picture(env: &TestEnv, name: &str, format: image::ImageFormat) -> PathBuf {
    let path = env.root().join(name);
    image::RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([(x * 4) as u8, (y * 5) as u8, (x ^ y) as u8])
    })
    .save_with_format(&path, format)
    .unwrap();
    let mut args = vec![
        "-q",
        "-overwrite_original",
        "-GPSLatitude=33.6844",
        "-GPSLatitudeRef=N",
        "-GPSLongitude=73.0479",
        "-GPSLongitudeRef=E",
        "-Make=SecretPhoneMaker",
        "-Artist=Victim Name",
        "-XMP-dc:Creator=Victim Name",
        "-DateTimeOriginal=2026:11:01 10:00:00",
        "-Orientation#=6",
    ];
    if format == image::ImageFormat::Jpeg {
        args.extend(["-IPTC:By-line=Victim Name", "-Comment=taken at home"]);
    }
    if format == image::ImageFormat::Png {
        args.push("-PNG:Comment=taken at home");
    }
    args.push(path.to_str().unwrap());
    let out = exiftool(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    path
}

/// The metadata exiftool finds, by group:tag, leaving out what describes the file itself.
fn metadata(path: &std::path::Path) -> Vec<String> {
    let out = exiftool(&["-j", "-G1", "-a", path.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json[0]
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| {
            !["System:", "File:", "ExifTool:", "SourceFile", "Composite:"]
                .iter()
                .any(|p| k.starts_with(p))
        })
        .cloned()
        .collect()
}

fn pixels(path: &std::path::Path) -> Vec<u8> {
    image::open(path).unwrap().to_rgba8().into_raw()
}

#[test]
fn strip_removes_every_kind_of_metadata_and_keeps_the_picture() {
    let env = TestEnv::new();
    for (name, format) in [
        ("p.jpg", image::ImageFormat::Jpeg),
        ("p.png", image::ImageFormat::Png),
        ("p.webp", image::ImageFormat::WebP),
    ] {
        let dirty = tagged_picture(&env, name, format);
        let before = metadata(&dirty);
        for tag in ["GPSLatitude", "Make", "Artist", "Creator"] {
            assert!(
                before.iter().any(|k| k.ends_with(tag)),
                "{name}: {before:?}"
            );
        }
        let clean = env.root().join(format!("clean-{name}"));
        let out = env.output(
            &[
                "evidence",
                "strip",
                name,
                "--out",
                clean.to_str().unwrap(),
                "--json",
            ],
            "",
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(report["removed"]["EXIF"].as_u64() >= Some(1), "{report}");
        assert!(report["removed"]["XMP"].as_u64() >= Some(1), "{report}");

        let after = metadata(&clean);
        assert!(
            after.contains(&"IFD0:Orientation".to_owned()),
            "{name}: {after:?}"
        );
        let leaks: Vec<&String> = after
            .iter()
            .filter(|k| *k != "IFD0:Orientation")
            .filter(|k| {
                [
                    "EXIF", "IFD", "GPS", "XMP", "IPTC", "Comment", "Artist", "Make",
                ]
                .iter()
                .any(|bad| k.contains(bad))
            })
            .collect();
        assert!(leaks.is_empty(), "{name}: {after:?}");
        let bytes = std::fs::read(&clean).unwrap();
        assert!(!contains(&bytes, b"Victim Name") && !contains(&bytes, b"SecretPhoneMaker"));
        assert_eq!(
            pixels(&clean),
            pixels(&dirty),
            "{name}: the picture changed"
        );
    }
    // No backup of the originals, nothing but what was written.
    let mut names: Vec<String> = std::fs::read_dir(env.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.contains('.'))
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "clean-p.jpg",
            "clean-p.png",
            "clean-p.webp",
            "p.jpg",
            "p.png",
            "p.webp"
        ]
    );
}

#[test]
fn strip_reports_what_it_removed_and_refuses_what_it_cannot_clean() {
    let env = TestEnv::new();
    tagged_picture(&env, "p.jpg", image::ImageFormat::Jpeg);
    assert_snapshot!(env.run(&["evidence", "strip", "p.jpg", "--out", "c.jpg"]), @r"
    exit: 0
    ----- stdout -----
    removed: EXIF, IPTC / Photoshop data, XMP, comment
    kept: the orientation (so the photo still shows upright), nothing else of EXIF
    ");
    std::fs::write(env.root().join("doc.pdf"), b"%PDF-1.7\n%\xe2\xe3\n").unwrap();
    assert_snapshot!(env.run(&["evidence", "strip", "doc.pdf", "--out", "c.pdf"]), @r"
    exit: 2
    ----- stderr -----
    error: application/pdf cannot be stripped: only JPEG, PNG and WebP pictures are; nothing was written
    ");
    assert!(!env.root().join("c.pdf").exists());
    assert_snapshot!(env.run(&["evidence", "strip", "p.jpg", "--out", "c.jpg"]), @r"
    exit: 2
    ----- stderr -----
    error: `c.jpg` exists; evidence is never written over a file
    ");
}

#[test]
fn add_strip_keeps_the_original_and_a_clean_working_copy() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let photo = tagged_picture(&env, "p.jpg", image::ImageFormat::Jpeg);
    let ids = env.ok(&[
        "evidence",
        "add",
        "--case",
        &case,
        "--strip",
        photo.to_str().unwrap(),
    ]);
    let ids: Vec<&str> = ids.lines().collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    let copy: serde_json::Value =
        serde_json::from_str(&env.ok(&["evidence", "show", ids[1], "--json"])).unwrap();
    let original: serde_json::Value =
        serde_json::from_str(&env.ok(&["evidence", "show", ids[0], "--json"])).unwrap();
    assert_eq!(copy["derived_from"], ids[0]);
    assert_eq!(copy["pdq"], original["pdq"]);
    assert_ne!(copy["sha256"], original["sha256"]);

    let back = env.root().join("original.jpg");
    env.ok(&["evidence", "open", ids[0], "--out", back.to_str().unwrap()]);
    assert_eq!(
        std::fs::read(&back).unwrap(),
        std::fs::read(&photo).unwrap()
    );
    let clean = env.root().join("clean.jpg");
    env.ok(&["evidence", "open", ids[1], "--out", clean.to_str().unwrap()]);
    assert!(!metadata(&clean).iter().any(|k| k.contains("GPS")));
    let log = env.ok(&["evidence", "log", "--case", &case]);
    assert!(log.contains("stripped"), "{log}");
    assert_eq!(
        env.output(&["evidence", "verify"], "").status.code(),
        Some(0)
    );
}

#[test]
fn add_move_removes_the_original_only_after_a_verified_copy() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let file = marked_file(&env, "to-move.txt", "move me ", 50_000);
    let bytes = std::fs::read(&file).unwrap();
    let id = env.ok(&[
        "evidence",
        "add",
        "--case",
        &case,
        "--move",
        file.to_str().unwrap(),
    ]);
    assert!(!file.exists());
    assert_eq!(env.ok_raw(&["evidence", "open", &id, "--out", "-"]), bytes);
}

#[test]
fn videos_are_recorded_with_an_md5_as_md5sum_computes_it_and_nothing_else_is() {
    let env = TestEnv::initialised();
    let case = new_case(&env);
    let video = env.root().join("clip.mp4");
    let mut bytes = b"\0\0\0\x18ftypisom\0\0\x02\0isomiso2avc1mp41".to_vec();
    bytes.extend((0..300_000u32).map(|i| (i % 251) as u8));
    std::fs::write(&video, &bytes).unwrap();
    let text = marked_file(&env, "note.txt", "not a video ", 10);

    let md5sum = std::process::Command::new("md5sum")
        .arg(&video)
        .output()
        .unwrap();
    let expected = String::from_utf8(md5sum.stdout).unwrap();
    let expected = expected.split_whitespace().next().unwrap();
    let show = |path: &PathBuf| -> serde_json::Value {
        let id = env.ok(&["evidence", "add", "--case", &case, path.to_str().unwrap()]);
        serde_json::from_str(&env.ok(&["--json", "evidence", "show", id.trim()])).unwrap()
    };
    let shown = show(&video);
    assert_eq!(shown["media_type"], "video/mp4");
    assert_eq!(shown["md5"], expected);
    assert!(show(&text).get("md5").is_none(), "only videos carry an MD5");
}
