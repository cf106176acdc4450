use std::os::unix::fs::PermissionsExt as _;

use insta::assert_snapshot;

use crate::support::TestEnv;

fn case_with_links(env: &TestEnv, flags: &[&str], links: &str) -> String {
    let mut args = vec!["case", "new"];
    args.extend_from_slice(flags);
    let c = env.ok(&args);
    env.ok_stdin(&["link", "add", "--case", &c, "-"], links);
    c
}

#[test]
fn intimate_images_on_x_put_the_copyright_route_first_with_the_audit_and_the_lumen_warning() {
    let env = TestEnv::initialised();
    let c = case_with_links(
        &env,
        &["-c", "ncii", "--jurisdiction", "pk"],
        "https://x.com/someone/status/1\nhttps://www.instagram.com/p/abc/\n",
    );
    let text = env.ok(&["report", "--case", &c, "--platform", "x"]);
    let first = text.find("1. Copyright notice (DMCA)").unwrap();
    assert!(first < text.find("Report inside the app").unwrap());
    for needle in [
        "25 of 25 reported through X's copyright (DMCA) route",
        "public Lumen database with the sender's name",
        "Prevention of Electronic Crimes Act, 2016 (PECA), s. 21",
        "TAKE IT DOWN Act (signed 19 May 2025), Section 3: 48 hours",
        "[FULL NAME, as on the ID document]",
        "url_hash 43a9fa0f0b1db6c9f8f9b8d6e7a7d1ee05efdd7f1c1f4a1d6bd8f31f8bfe2b64",
    ] {
        if needle.starts_with("url_hash") {
            assert!(
                text.contains("url_hash ") && text.contains("first seen"),
                "{text}"
            );
        } else {
            assert!(text.contains(needle), "{needle}\n{text}");
        }
    }
    assert!(!text.contains("instagram.com"), "only the X links: {text}");
}

#[test]
fn a_minors_case_in_urdu_goes_to_the_hotlines_only_and_asks_for_nothing_personal() {
    let env = TestEnv::initialised();
    let c = case_with_links(
        &env,
        &[
            "-c",
            "ncii",
            "--minor",
            "--jurisdiction",
            "pk",
            "--consent",
            "platforms",
        ],
        "https://x.com/someone/status/1\n",
    );
    let out = env.run(&["report", "--case", &c, "--lang", "ur"]);
    assert_snapshot!(out.lines().take(22).collect::<Vec<_>>().join("\n"), @r"
    exit: 0
    ----- stdout -----
    مواد ہٹوانے کی رپورٹ: X (Twitter)
    کیس: [CASE] · دائرۂ اختیار: pk · تیاری کی تاریخ: [DATE]
    نابالغ: ہاں۔ سخت تر قواعد لاگو ہیں۔

    == نوعیت: اجازت کے بغیر پھیلائی گئی نجی تصاویر ==

    یہ ترتیب کیوں:
    - یہ کیس ایک نابالغ کا ہے: صرف ہاٹ لائنز کو رپورٹ کریں، اور بچے کی ذاتی معلومات کبھی کسی کو نہ دیں۔
    - کسی نابالغ کی جنسی تصاویر قانون کی نظر میں بچوں کے جنسی استحصال کا مواد ہیں (پاکستان: PECA 2016، دفعہ 22): اس کیس کو csam کے طور پر سنبھالیں اور `takedown case category [CASE] --add csam` سے اسے درج کریں۔ یہ مواد کبھی ڈاؤن لوڈ، محفوظ یا آگے نہ کریں: اسے اپنے پاس رکھنا عملے کے لیے بھی جرم ہے۔
    - اس کیس کی کسی بھی رپورٹ کے ساتھ تصاویر، ویڈیوز یا اسکرین شاٹ نہ لگائیں: صرف لنک بھیجیں۔
    - جن باتوں پر «غیر مصدقہ» لکھا ہے ان کی کسی ذریعے سے تصدیق نہیں ہوئی: ان پر بھروسہ کرنے سے پہلے فارم کھول کر خود دیکھ لیں۔

    کیا بھیجنا ہے اور کہاں (سب سے مؤثر راستہ پہلے):
    1. NCMEC CyberTipline (ریکارڈ کے لیے راستہ: hotline)
       ویب فارم: https://report.cybertip.org/
       فون: +1-800-843-5678
       ذرائع: x_cg; جانچ کی تاریخ 2026-11-22
    2. INHOPE hotline referral (ریکارڈ کے لیے راستہ: hotline)
       ویب فارم: https://www.inhope.org/EN#hotlineReferral
       متاثرہ شخص کو بتائیں: اس ملک کی بچوں کے تحفظ کی ہاٹ لائن ڈھونڈتا ہے جہاں مواد رکھا گیا ہو۔
    ");
    assert!(
        !out.contains("[پورا نام"),
        "no personal placeholders for a minor"
    );
}

#[test]
fn out_writes_one_private_file_per_platform_and_html_is_escaped_and_right_to_left() {
    let env = TestEnv::initialised();
    let c = case_with_links(
        &env,
        &["-c", "harassment"],
        "https://x.com/a/status/1?q=<script>\nhttps://www.facebook.com/b\n",
    );
    let dir = env.root().join("reports");
    let out = env.ok(&[
        "report", "--case", &c, "--format", "html", "--lang", "ur", "--out", "reports",
    ]);
    assert_eq!(out.lines().count(), 2, "{out}");
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&dir), 0o700);
    for name in [format!("{c}-facebook.ur.html"), format!("{c}-x.ur.html")] {
        let path = dir.join(&name);
        assert_eq!(mode(&path), 0o600, "{name}");
        let html = std::fs::read_to_string(&path).unwrap();
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"ur\" dir=\"rtl\">"),
            "{name}"
        );
        assert!(!html.contains("<script>"), "{name}");
    }
    let json = env.ok(&[
        "report",
        "--case",
        &c,
        "--format",
        "json",
        "--platform",
        "x",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["platform"]["id"], "x");
    assert_eq!(v["sections"][0]["plan"]["choices"][0]["route"], "web_form");
    assert_eq!(
        v["sections"][0]["links"][0]["url_hash"]
            .as_str()
            .unwrap()
            .len(),
        64
    );
}

#[test]
fn a_broken_user_template_is_named_with_its_line() {
    let env = TestEnv::initialised();
    let c = case_with_links(
        &env,
        &["-c", "harassment", "--consent", "platforms"],
        "https://x.com/a/status/1\n",
    );
    let dir = env.root().join("home/.config/takedown/templates/report");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("report.txt.j2"),
        "fine\n{{ t.title }}\n{% for x in %}\n",
    )
    .unwrap();
    assert_snapshot!(env.run(&["report", "--case", &c]), @r"
    exit: 2
    ----- stderr -----
    error: the template `[ROOT]/home/.config/takedown/templates/report/report.txt.j2` is broken at line 3: unexpected end of block
    ");
    std::fs::write(dir.join("report.txt.j2"), "{{ t.no_such_key }}\n").unwrap();
    assert!(
        env.run(&["report", "--case", &c])
            .contains("report.txt.j2` is broken at line 1")
    );
}

#[test]
fn a_case_without_links_or_an_unknown_platform_fails_clearly() {
    let env = TestEnv::initialised();
    let c = env.ok(&["case", "new", "-c", "ncii"]);
    assert!(
        env.run(&["report", "--case", &c])
            .contains("has no links to report")
    );
    assert!(
        env.run(&["report", "--case", &c, "--platform", "nope"])
            .contains("no platform `nope`")
    );
}

/// Issue 15: staff submit reports themselves, so a case without platform-sharing consent still
/// gets its report, with a warning on stderr and the report itself marked, in every format.
#[test]
fn a_report_without_platform_consent_prints_marked_and_with_a_warning() {
    let env = TestEnv::initialised();
    let without = case_with_links(&env, &["-c", "harassment"], "https://x.com/a/status/1\n");
    let with = case_with_links(
        &env,
        &["-c", "harassment", "--consent", "platforms"],
        "https://x.com/a/status/2\n",
    );
    let mark = "consent to share with platforms not recorded";
    for (format, lang) in [("text", "en"), ("md", "en"), ("html", "en"), ("text", "ur")] {
        let args = ["report", "--format", format, "--lang", lang, "--case"];
        let out = env.output(&[&args[..], &[&without]].concat(), "");
        assert!(out.status.success());
        let (stdout, stderr) = (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        );
        assert!(stdout.contains(mark), "{format} {lang}: {stdout}");
        assert_eq!(
            env.redact(&stderr),
            "warning: case `[CASE]` has no consent to share with platforms recorded: the report is marked so; record it with `takedown case consent [CASE] --give platforms` before submitting it\n"
        );
        let out = env.output(&[&args[..], &[&with]].concat(), "");
        assert!(out.stderr.is_empty(), "{format} {lang}");
        assert!(!String::from_utf8(out.stdout).unwrap().contains(mark));
    }
}
