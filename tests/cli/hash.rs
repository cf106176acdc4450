//! `takedown hash`: SHA-256 and PDQ, checked bit for bit against Meta's reference (the Python
//! `pdqhash` binding of Meta's C++, installed by `scripts/test`).

use std::collections::HashMap;
use std::process::Command;

use crate::support::TestEnv;

pub(crate) fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(bytes)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

pub(crate) fn distance(a: &str, b: &str) -> u32 {
    let bits = |s: &str| -> Vec<u8> {
        (0..32)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
            .collect()
    };
    bits(a)
        .iter()
        .zip(bits(b))
        .map(|(x, y)| (x ^ y).count_ones())
        .sum()
}

#[test]
fn pdq_is_bit_exact_with_metas_reference_on_lossless_images() {
    let env = TestEnv::new();
    let out_dir = env.root().join("pdq");
    let script =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pdq/gen_reference.py");
    let made = Command::new("python3")
        .arg(&script)
        .arg(&out_dir)
        .output()
        .expect("python3 runs (scripts/test sets it up)");
    assert!(
        made.status.success(),
        "the reference could not run (install it with `pip install pdqhash pillow numpy`):\n{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out_dir.join("manifest.json")).unwrap())
            .unwrap();
    let out = env.output(&["hash", "--json", out_dir.to_str().unwrap()], "");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ours: HashMap<String, serde_json::Value> = json_lines(&out.stdout)
        .into_iter()
        .map(|v| (v["path"].as_str().unwrap().to_owned(), v))
        .collect();

    let (mut lossless, mut identical, mut worst_lossy) = (0, 0, 0);
    let mut differences = Vec::new();
    for entry in manifest["entries"].as_array().unwrap() {
        let file = entry["file"].as_str().unwrap();
        let got = &ours[out_dir.join(file).to_str().unwrap()];
        let want = &entry["reference"];
        let hash_d = distance(got["pdq"].as_str().unwrap(), want["hash"].as_str().unwrap());
        let dihedral_d = (0..8)
            .map(|i| {
                distance(
                    got["pdq_dihedral"][i].as_str().unwrap(),
                    want["dihedral"][i].as_str().unwrap(),
                )
            })
            .max()
            .unwrap();
        if entry["kind"] == "lossless" {
            lossless += 1;
            if hash_d == 0 && dihedral_d == 0 && got["quality"] == want["quality"] {
                identical += 1;
            } else {
                differences.push(format!(
                    "{file}: hash {hash_d} bits, dihedral up to {dihedral_d}, quality {} vs {}",
                    got["quality"], want["quality"]
                ));
            }
        } else {
            // JPEG: only the decoders differ (zune-jpeg here, libjpeg-turbo in Pillow).
            worst_lossy = worst_lossy.max(hash_d.max(dihedral_d));
        }
    }
    eprintln!(
        "lossless bit-identical: {identical} of {lossless}; worst JPEG distance: {worst_lossy} bits"
    );
    assert!(
        lossless >= 50,
        "the reference made only {lossless} lossless images"
    );
    assert!(
        differences.is_empty(),
        "differences from the reference:\n{}",
        differences.join("\n")
    );
    // Meta's conformance rule allows up to 10 bits between implementations on lossy files.
    assert!(
        worst_lossy <= 10,
        "a JPEG is {worst_lossy} bits from the reference"
    );
}

#[test]
fn json_has_exactly_the_documented_fields_and_non_images_have_no_pdq() {
    let env = TestEnv::new();
    let text = env.root().join("note.txt");
    std::fs::write(&text, "not an image\n").unwrap();
    let out = env.output(&["hash", "--json", text.to_str().unwrap()], "");
    assert!(out.status.success());
    let row = &json_lines(&out.stdout)[0];
    let mut keys: Vec<&str> = row
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["path", "pdq", "pdq_dihedral", "quality", "sha256", "size"]
    );
    assert_eq!(
        row["sha256"],
        "c04bee9d659201c6647cbc29f7c2e1556b8370c54f4a50a32d84ceab2fddf6cd"
    );
    assert_eq!(row["size"], 13);
    assert!(row["pdq"].is_null() && row["quality"].is_null() && row["pdq_dihedral"].is_null());
}

#[test]
fn a_broken_image_is_an_error_for_that_file_only() {
    let env = TestEnv::new();
    let dir = env.root().join("in");
    std::fs::create_dir(&dir).unwrap();
    // A PNG signature followed by garbage, a valid tiny PNG, and a symlink out of the tree.
    std::fs::write(
        dir.join("a-broken.png"),
        b"\x89PNG\r\n\x1a\nthis is not a png",
    )
    .unwrap();
    let img = image::RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([(x * 4) as u8, (y * 5) as u8, ((x * y) % 256) as u8])
    });
    img.save(dir.join("b-good.png")).unwrap();
    std::os::unix::fs::symlink("/etc/hostname", dir.join("c-link")).unwrap();
    let out = env.output(&["hash", "--json", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    let rows = json_lines(&out.stdout);
    assert_eq!(
        rows.len(),
        1,
        "only the good file prints; the symlink is not followed"
    );
    assert!(rows[0]["path"].as_str().unwrap().ends_with("b-good.png"));
    assert_eq!(rows[0]["pdq"].as_str().unwrap().len(), 64);
    let stderr = env.redact(&String::from_utf8(out.stderr).unwrap());
    assert!(
        stderr.starts_with("error: `[ROOT]/in/a-broken.png`: "),
        "{stderr}"
    );
}

#[test]
fn stdin_and_a_file_give_the_same_hashes() {
    let env = TestEnv::new();
    let path = env.root().join("p.png");
    image::RgbImage::from_fn(80, 60, |x, y| image::Rgb([(x * 3) as u8, (y * 4) as u8, 7]))
        .save(&path)
        .unwrap();
    let from_file = json_lines(
        &env.output(&["hash", "--json", path.to_str().unwrap()], "")
            .stdout,
    );
    let mut cmd = env.command(&["hash", "--json", "-"]);
    let from_stdin = json_lines(&cmd.pipe_stdin(&path).unwrap().output().unwrap().stdout);
    assert_eq!(from_file[0]["pdq"], from_stdin[0]["pdq"]);
    assert_eq!(from_file[0]["sha256"], from_stdin[0]["sha256"]);
    assert_eq!(from_stdin[0]["path"], "-");
}

#[test]
fn export_writes_a_hash_list_without_names_unless_asked() {
    let env = TestEnv::new();
    let dir = env.root().join("photos");
    std::fs::create_dir(&dir).unwrap();
    image::RgbImage::from_fn(90, 70, |x, y| {
        image::Rgb([(x * 3) as u8, (y * 2) as u8, 40])
    })
    .save(dir.join("victim-name.png"))
    .unwrap();
    std::fs::write(dir.join("video.mp4"), b"not really a video").unwrap();
    let dir_arg = dir.to_str().unwrap();
    let hashes = json_lines(&env.ok_raw(&["hash", "--json", dir_arg]));

    let out = env.output(&["hash", "--export", "list.csv", dir_arg], "");
    assert!(out.status.success());
    assert!(out.stdout.is_empty(), "the list replaces the table");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "wrote 2 hashes (1 with PDQ) to `list.csv`, without file names\n"
    );
    let list = std::fs::read_to_string(env.root().join("list.csv")).unwrap();
    let want = format!(
        "sha256,pdq,quality\n{},{},{}\n{},,\n",
        hashes[0]["sha256"].as_str().unwrap(),
        hashes[0]["pdq"].as_str().unwrap(),
        hashes[0]["quality"],
        hashes[1]["sha256"].as_str().unwrap(),
    );
    assert_eq!(list, want);
    assert!(!list.contains("victim-name"));

    let with_names = env.ok_raw(&["hash", "--export", "-", "--with-paths", dir_arg]);
    let with_names = String::from_utf8(with_names).unwrap();
    let mut lines = with_names.lines();
    assert_eq!(lines.next(), Some("sha256,pdq,quality,path"));
    assert!(lines.next().unwrap().ends_with("/photos/victim-name.png"));
    assert_eq!(
        lines.next(),
        Some(
            format!(
                "{},,,{dir_arg}/video.mp4",
                hashes[1]["sha256"].as_str().unwrap()
            )
            .as_str()
        )
    );
}

#[test]
fn with_paths_needs_export_and_a_failed_file_leaves_the_rest_listed() {
    let env = TestEnv::new();
    let out = env.output(&["hash", "--with-paths", "x"], "");
    assert_eq!(out.status.code(), Some(2));
    std::fs::write(env.root().join("bad.png"), b"\x89PNG\r\n\x1a\ngarbage").unwrap();
    std::fs::write(env.root().join("ok.txt"), b"fine").unwrap();
    let out = env.output(&["hash", "--export", "l.csv", "bad.png", "ok.txt"], "");
    assert_eq!(out.status.code(), Some(2));
    let list = std::fs::read_to_string(env.root().join("l.csv")).unwrap();
    assert_eq!(list.lines().count(), 2, "header and the good file: {list}");
}
