//! PDQ matching: `recheck` recognising a removed picture re-uploaded elsewhere (mirrored and
//! re-encoded, behind an HTML page's `og:image`), against a real HTTP server on 127.0.0.1.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat, RgbImage};

use crate::recheck::Fixture;
use crate::support::http::Reply;

/// A photo-like picture: smooth shapes and texture that differ with `seed`.
pub(crate) fn photo(seed: u32, width: u32, height: u32) -> DynamicImage {
    let s = seed as f32;
    DynamicImage::ImageRgb8(RgbImage::from_fn(width, height, |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        let wave = (fx / (9.0 + s)).sin() * (fy / (7.0 + s / 3.0)).cos();
        let blob = ((fx - 90.0 - 7.0 * s).hypot(fy - 70.0) / (20.0 + s)).cos();
        let grain = ((x * 7919 + y * 104_729 + seed * 31) % 23) as f32 - 11.0;
        let v = |k: f32| (128.0 + 70.0 * wave * k + 40.0 * blob + grain).clamp(0.0, 255.0) as u8;
        image::Rgb([v(1.0), v(0.6), v(-0.8)])
    }))
}

pub(crate) fn encode(img: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), format).unwrap();
    out
}

pub(crate) fn og_page(image_path: &str) -> Reply {
    Reply::Page(
        200,
        format!(r#"<html><head><meta property="og:image" content="{image_path}"></head></html>"#),
    )
}

#[test]
fn a_removed_picture_reuploaded_mirrored_elsewhere_is_resurfaced_content_once() {
    let f = Fixture::new();
    let picture = photo(1, 320, 240);
    let (victim, other) = (f.case(), f.case());
    f.server.set(
        "/mirror.jpg",
        Reply::Bytes("image/jpeg", encode(&picture.fliph(), ImageFormat::Jpeg)),
    );
    f.server.set(
        "/unrelated.png",
        Reply::Bytes("image/png", encode(&photo(7, 320, 240), ImageFormat::Png)),
    );
    let mut paths = f.links(
        &victim,
        &[(
            "/post.png",
            Reply::Bytes("image/png", encode(&picture, ImageFormat::Png)),
        )],
    );
    f.server.set(
        "/broken.png",
        Reply::Bytes("image/png", b"\x89PNG\r\n\x1a\nnot a picture".to_vec()),
    );
    paths.extend(f.links(
        &other,
        &[
            ("/elsewhere", og_page("/unrelated.png")),
            ("/broken", og_page("/broken.png")),
        ],
    ));
    let calm = [
        "--all",
        "--host-interval",
        "0s",
        "--per-host",
        "16",
        "--timeout",
        "30s",
    ];

    let (code, rows) = f.recheck(&calm, &paths);
    assert_eq!(code, 0, "{rows:?}");
    f.server.set("/post.png", Reply::Page(404, "gone".into()));
    let (code, rows) = f.recheck(&calm, &paths);
    assert_eq!(code, 0);
    assert_eq!(rows["/post.png"]["status"], "removed");

    // The same picture, mirrored and re-encoded, behind a page on another case's new link.
    paths.extend(f.links(&other, &[("/reupload", og_page("/mirror.jpg"))]));
    let out = f.env.output(
        &f.args(&[
            "recheck",
            "--json",
            "--all",
            "--host-interval",
            "0s",
            "--per-host",
            "16",
        ]),
        "",
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = f.env.redact(&String::from_utf8(out.stderr).unwrap());
    let warning = regex::Regex::new(
        r"^warning: a picture like one removed before is live \(PDQ distance (\d+), mirrored or rotated from link `\[LINK\]` of case `\[CASE\]`; confirm by looking\): link `\[LINK\]` of case `\[CASE\]` on `testsite`\n$",
    )
    .unwrap();
    let distance: u32 = warning
        .captures(&stderr)
        .unwrap_or_else(|| panic!("{stderr}"))[1]
        .parse()
        .unwrap();
    assert!(distance <= 31, "{distance}");
    let post = paths.iter().find(|(_, p)| *p == "/post.png").unwrap().0;
    let reupload = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|row| paths[row["link"].as_str().unwrap()] == "/reupload")
        .unwrap();
    assert_eq!(reupload["resurfaced"], true);
    assert_eq!(
        reupload["pdq_match"],
        serde_json::json!({"case": victim, "source": "link", "id": post, "distance": distance})
    );
    assert!(f.server.hits("/mirror.jpg") >= 1 && f.server.hits("/unrelated.png") >= 1);

    let (code, rows) = f.recheck(&calm, &paths);
    assert_eq!(code, 0, "told once: the picture is the same as last time");
    assert_eq!(rows["/reupload"]["status"], "live");
    assert_eq!(rows["/reupload"]["resurfaced"], false);
    assert_eq!(
        rows["/broken"]["status"], "live",
        "a broken picture is no picture"
    );
    assert!(rows["/broken"]["pdq_match"].is_null());
}

fn save(
    env: &crate::support::TestEnv,
    name: &str,
    img: &DynamicImage,
    format: ImageFormat,
) -> String {
    let path = env.root().join(name);
    std::fs::write(&path, encode(img, format)).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn hash_match_finds_a_victims_hash_record_from_a_mirrored_copy_and_evidence_items() {
    let env = crate::support::TestEnv::initialised();
    let (case, empty) = (
        env.ok(&["case", "new", "--category", "ncii"]),
        env.ok(&["case", "new", "--category", "ncii"]),
    );
    let picture = photo(3, 400, 300);
    let original = save(&env, "original.png", &picture, ImageFormat::Png);
    // The victim's own computer: a hash list, then the helpline records it with no picture.
    let video = env.root().join("video.mp4");
    std::fs::write(&video, b"not really a video, but not a picture either").unwrap();
    let video = video.to_str().unwrap();
    env.ok(&["hash", "--export", "list.csv", &original, video]);
    env.ok(&["evidence", "add-hash", "--case", &case, "list.csv"]);
    let hashed: serde_json::Value =
        serde_json::from_str(&env.ok(&["hash", "--json", &original])).unwrap();
    let sha = hashed["sha256"].as_str().unwrap();
    let evidence = save(
        &env,
        "screenshot.png",
        &photo(11, 300, 300),
        ImageFormat::Png,
    );
    let evidence_id = env.ok(&["evidence", "add", "--case", &case, &evidence]);

    let mirrored = save(&env, "reupload.jpg", &picture.fliph(), ImageFormat::Jpeg);
    let out = env.output(&["hash", "--match", "--json", &mirrored], "");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = &line["matches"][0];
    assert_eq!(line["matches"].as_array().unwrap().len(), 1, "{line}");
    assert_eq!(
        (found["case"].as_str(), found["source"].as_str()),
        (Some(case.as_str()), Some("hash_record"))
    );
    assert_eq!(found["id"], sha);
    assert_eq!(found["variant"], "flip_y", "a left-right mirror");
    assert!(found["distance"].as_u64().unwrap() <= 31, "{found}");
    assert_eq!(line["matchable"], true);

    let table = env.run(&["hash", "--match", &mirrored]);
    assert!(
        table.contains(" flip_y ") && table.contains("hash record "),
        "{table}"
    );
    assert!(table.ends_with("1 possible match for 1 of 1 files within 31 bits of 2 stored pictures: each is a lead, confirm it by looking\n"), "{table}");

    let exact = env.output(&["hash", "--match", "--json", &evidence], "");
    assert_eq!(exact.status.code(), Some(1));
    let line: serde_json::Value = serde_json::from_slice(&exact.stdout).unwrap();
    assert_eq!(line["matches"][0]["source"], "evidence");
    assert_eq!(line["matches"][0]["id"], evidence_id.as_str());
    assert_eq!(line["matches"][0]["distance"], 0);
    assert_eq!(line["matches"][0]["variant"], "identical");

    let by_bytes = env.output(&["hash", "--match", "--json", video], "");
    assert_eq!(by_bytes.status.code(), Some(1));
    let line: serde_json::Value = serde_json::from_slice(&by_bytes.stdout).unwrap();
    assert_eq!(line["matchable"], false);
    assert_eq!(
        line["matches"],
        serde_json::json!([{"case": case, "source": "hash_record", "id": line["sha256"], "distance": 0, "variant": "identical"}])
    );

    assert_eq!(
        env.run(&["hash", "--against", &empty, &mirrored]),
        format!("exit: 0\n----- stderr -----\nno match within 31 bits of 0 stored pictures\n")
    );
    let unrelated = save(
        &env,
        "unrelated.png",
        &photo(20, 400, 300),
        ImageFormat::Png,
    );
    let flat = save(
        &env,
        "flat.png",
        &DynamicImage::ImageRgb8(RgbImage::from_pixel(80, 80, image::Rgb([90, 90, 90]))),
        ImageFormat::Png,
    );
    insta::assert_snapshot!(env.run(&["hash", "--match", "--threshold", "40", &unrelated, &flat]), @r"
    exit: 0
    ----- stderr -----
    `[ROOT]/flat.png`: PDQ quality 0 is below 50, too weak to match on
    no match within 40 bits of 2 stored pictures
    ");
    let missing = env.run(&["hash", "--against", "C-ZZZZ", &unrelated]);
    assert!(
        missing.starts_with("exit: 2\n----- stderr -----\nerror: case `[CASE]` does not exist"),
        "{missing}"
    );
    assert_eq!(
        env.output(&["hash", "--threshold", "20", &unrelated], "")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        env.output(&["hash", "--match", "--threshold", "129", &unrelated], "")
            .status
            .code(),
        Some(2)
    );
}
