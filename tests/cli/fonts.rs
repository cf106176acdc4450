//! Printable pages (guides, reports, the stats page) carry their own fonts: on a machine with
//! no Urdu font, every letter still has a glyph. Checked in headless Chromium with the
//! machine's fonts hidden: fontconfig sees one Latin font only, Liberation Sans, which has no
//! Urdu, so anything the page's fonts lack comes out as a missing-glyph box, which the probe
//! (`support/glyph_probe.js`) finds pixel by pixel.

use std::path::{Path, PathBuf};

use crate::support::{TestEnv, chromium};

const PROBE: &str = include_str!("support/glyph_probe.js");
/// Where Debian's fonts-liberation puts the one font the browser may see.
const LIBERATION: &str = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf";

/// A fontconfig file that shows Chromium Liberation Sans and nothing else. (With no font at all,
/// Chromium's renderer aborts.)
fn hidden_fonts(dir: &Path) -> PathBuf {
    let fonts = dir.join("fonts");
    std::fs::create_dir_all(&fonts).unwrap();
    std::fs::copy(LIBERATION, fonts.join("LiberationSans-Regular.ttf"))
        .expect("Liberation Sans (apt-get install fonts-liberation; scripts/test installs it)");
    let file = dir.join("fonts.conf");
    std::fs::write(
        &file,
        format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n\
             <fontconfig><dir>{}</dir><cachedir>{}</cachedir></fontconfig>\n",
            fonts.display(),
            dir.join("cache").display()
        ),
    )
    .unwrap();
    file
}

#[derive(Debug, serde::Deserialize)]
struct Probe {
    chars: usize,
    missing: String,
    fallback: String,
}

/// Runs the probe on a copy of `page` with the system's fonts hidden.
fn probe(env: &TestEnv, page: &Path, html: &str) -> Probe {
    let copy = page.with_extension("probe.html");
    let with_probe = html.replace("</body>", &format!("<script>{PROBE}</script></body>"));
    std::fs::write(&copy, with_probe).unwrap();
    let dir = env.root().join("browser");
    let fontconfig = hidden_fonts(&dir);
    let dom = chromium(
        &dir.join("profile"),
        &["--virtual-time-budget=10000", "--dump-dom"],
        &copy,
        Some(&fontconfig),
    );
    // The last one: the probe's own source names the element too.
    let start = dom
        .rfind("<pre id=\"glyph-probe\">")
        .expect("the probe ran")
        + 22;
    let end = start + dom[start..].find("</pre>").unwrap();
    let json = dom[start..end]
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

/// A screenshot `width` pixels wide (412: a phone), with the system's fonts hidden, copied to
/// `doc/screenshots/` when `TAKEDOWN_BLESS` is set.
fn screenshot(env: &TestEnv, page: &Path, name: &str, width: u32) {
    let dir = env.root().join("browser");
    let fontconfig = hidden_fonts(&dir);
    let shot = env.root().join(name);
    chromium(
        &dir.join("profile"),
        &[
            "--virtual-time-budget=10000",
            &format!("--window-size={width},2400"),
            &format!("--screenshot={}", shot.display()),
        ],
        page,
        Some(&fontconfig),
    );
    assert!(std::fs::read(&shot).unwrap().starts_with(b"\x89PNG"));
    if std::env::var_os("TAKEDOWN_BLESS").is_some() {
        let doc = Path::new(env!("CARGO_MANIFEST_DIR")).join("doc/screenshots");
        std::fs::create_dir_all(&doc).unwrap();
        std::fs::copy(&shot, doc.join(name)).unwrap();
    }
}

fn assert_every_glyph_drawn_by_the_page(what: &str, p: &Probe) {
    assert!(p.chars > 40, "{what}: only {} characters seen", p.chars);
    assert_eq!(p.missing, "", "{what}: drawn as empty boxes");
    assert_eq!(
        p.fallback, "",
        "{what}: drawn by a system font, not the page's"
    );
}

#[test]
fn an_urdu_guide_shows_every_letter_on_a_machine_without_urdu_fonts() {
    let env = TestEnv::new();
    env.ok(&[
        "guide",
        "--platform",
        "facebook",
        "--platform",
        "whatsapp",
        "--platform",
        "instagram",
        "--category",
        "sextortion",
        "--lang",
        "ur",
        "--format",
        "html",
        "--out",
        "guide.html",
    ]);
    let page = env.root().join("guide.html");
    let html = std::fs::read_to_string(&page).unwrap();
    for letter in ["ہ", "ے", "۔"] {
        assert!(html.contains(letter), "the page has no `{letter}` to check");
    }
    assert_every_glyph_drawn_by_the_page("guide", &probe(&env, &page, &html));
    screenshot(&env, &page, "guide-sextortion-ur.png", 412);
    // The ⋯ of the platforms' "more" menus, which neither Urdu nor Latin fonts have.
    env.ok(&[
        "guide",
        "--platform",
        "instagram",
        "--category",
        "impersonation",
        "--lang",
        "ur",
        "--format",
        "html",
        "--out",
        "menu.html",
    ]);
    let menu = env.root().join("menu.html");
    let menu_html = std::fs::read_to_string(&menu).unwrap();
    assert!(menu_html.contains('⋯'));
    assert_every_glyph_drawn_by_the_page("guide with ⋯", &probe(&env, &menu, &menu_html));

    // The check can fail: the same page without its fonts shows boxes for Urdu letters.
    let bare = regex::Regex::new(r"@font-face \{[^}]*\}\n")
        .unwrap()
        .replace_all(&html, "")
        .into_owned();
    let seen = probe(&env, &env.root().join("bare.html"), &bare);
    for letter in ["ہ", "ے", "۔"] {
        assert!(
            seen.missing.contains(letter),
            "`{letter}` not missed: {seen:?}"
        );
    }
    assert!(
        seen.fallback.contains('W'),
        "Latin from the system font: {seen:?}"
    );
}

#[test]
fn an_urdu_report_and_the_stats_page_show_every_letter_too() {
    let env = TestEnv::initialised();
    let case = env.ok(&[
        "case",
        "new",
        "--category",
        "sextortion",
        "--jurisdiction",
        "pk",
    ]);
    env.ok_stdin(
        &["link", "add", "--case", &case, "-"],
        "https://www.instagram.com/p/abc/\n",
    );
    env.ok(&[
        "report", "--case", &case, "--lang", "ur", "--format", "html", "--out", "reports",
    ]);
    let report = crate::support::files_below(&env.root().join("reports"))
        .pop()
        .expect("one report");
    let html = std::fs::read_to_string(&report).unwrap();
    assert_every_glyph_drawn_by_the_page("report", &probe(&env, &report, &html));
    screenshot(&env, &report, "report-instagram-sextortion-ur.png", 412);

    env.ok(&[
        "stats",
        "--lang",
        "ur",
        "--html",
        "stats.html",
        "--internal",
        "-q",
    ]);
    let page = env.root().join("stats.html");
    let html = std::fs::read_to_string(&page).unwrap();
    assert_every_glyph_drawn_by_the_page("stats", &probe(&env, &page, &html));
    screenshot(&env, &page, "stats-ur.png", 1100);
}
