use insta::assert_snapshot;

use crate::support::TestEnv;

fn case(env: &TestEnv) -> String {
    env.ok(&["case", "new", "-c", "ncii"])
}

fn json_lines(text: &str) -> Vec<serde_json::Value> {
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn links_from_stdin_are_normalised_hashed_and_matched_to_platforms_in_input_order() {
    let env = TestEnv::initialised();
    let c = case(&env);
    let input = "\
https://M.Facebook.com/story.php?story_fbid=1&id=2&fbclid=XYZ
youtu.be/dQw4w9WgXcQ?si=abc
https://t.me/somechannel/12
https://vm.tiktok.com/ZMabc/
https://unknown-host.example/page
";
    let out = env.output(&["link", "add", "--case", &c, "--json", "-"], input);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = json_lines(std::str::from_utf8(&out.stdout).unwrap());
    let got: Vec<(&str, &str, bool)> = rows
        .iter()
        .map(|r| {
            (
                r["url"].as_str().unwrap(),
                r["platform"].as_str().unwrap(),
                r["already_tracked"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "https://www.facebook.com/story.php?id=2&story_fbid=1",
                "facebook",
                false
            ),
            ("https://youtu.be/dQw4w9WgXcQ", "youtube", false),
            ("https://t.me/somechannel/12", "telegram", false),
            ("https://vm.tiktok.com/ZMabc", "tiktok", false),
            ("https://unknown-host.example/page", "other", false),
        ]
    );
    for row in &rows {
        let hash = row["url_hash"].as_str().unwrap();
        assert_eq!(hash.len(), 64);
        assert!(row["id"].as_str().unwrap().starts_with("L-"));
        assert_eq!(
            row["input"].as_str().unwrap().split(' ').next(),
            Some("line")
        );
    }
}

#[test]
fn the_same_link_twice_in_a_case_is_one_link_and_another_case_is_flagged() {
    let env = TestEnv::initialised();
    let a = case(&env);
    let b = case(&env);
    let first = env.ok(&[
        "link",
        "add",
        "--case",
        &a,
        "https://www.instagram.com/p/abc/",
    ]);
    let again = env.ok_stdin(
        &["link", "add", "--case", &a, "-"],
        "https://instagram.com/p/abc?utm_source=x\n",
    );
    assert_eq!(first, again);
    assert_snapshot!(env.run(&["link", "add", "--case", &b, "https://www.instagram.com/p/abc"]), @r"
    exit: 0
    ----- stdout -----
    [LINK]
    ----- stderr -----
    note: a link given on the command line shows in the process list and shell history; `-` reads links from stdin
    warning: argument 1: [LINK] is also tracked in case [CASE]
    [CASE]: 1 added, 0 already tracked, 0 could not be read.
    ");
    assert_eq!(env.ok(&["link", "list", "--json"]).lines().count(), 2);
}

#[test]
fn bad_lines_are_reported_by_number_and_good_ones_still_added() {
    let env = TestEnv::initialised();
    let c = case(&env);
    let huge = format!("https://x.com/{}", "a".repeat(10 * 1024 * 1024));
    let file = env.root().join("links.txt");
    std::fs::write(
        &file,
        format!("# links from the victim\nhttps://x.com/someone/status/1\n\njavascript:alert(1)\nhello\n{huge}\nhttps://twitter.com/someone/status/2\n"),
    )
    .unwrap();
    assert_snapshot!(env.run(&["link", "import", "--case", &c, file.to_str().unwrap()]), @r"
    exit: 2
    ----- stdout -----
    [LINK]
    [LINK]
    ----- stderr -----
    error: line 4: scheme `javascript` is not allowed (only http and https)
    error: line 5: not a web address
    error: line 6: longer than 8192 bytes
    [CASE]: 2 added, 0 already tracked, 3 could not be read.
    ");
    let links = json_lines(&env.ok(&["link", "list", "--case", &c, "--json"]));
    let urls: Vec<&str> = links.iter().map(|l| l["url"].as_str().unwrap()).collect();
    assert_eq!(
        urls,
        [
            "https://x.com/someone/status/1",
            "https://x.com/someone/status/2"
        ]
    );
}

#[test]
fn json_reports_bad_input_in_its_place() {
    let env = TestEnv::initialised();
    let c = case(&env);
    let out = env.output(
        &["link", "add", "--case", &c, "--json", "-"],
        "https://reddit.com/r/x/comments/1\nnot a url\n",
    );
    assert_eq!(out.status.code(), Some(2));
    let rows = json_lines(std::str::from_utf8(&out.stdout).unwrap());
    assert_eq!(rows[0]["platform"], "reddit");
    assert_eq!(
        rows[1],
        serde_json::json!({"input": "line 2", "error": rows[1]["error"]})
    );
    assert!(rows[1]["error"].is_string());
}

#[test]
fn status_route_and_reference_are_recorded_with_history() {
    let env = TestEnv::initialised();
    let c = case(&env);
    let l = env.ok(&[
        "link",
        "add",
        "--case",
        &c,
        "https://www.tiktok.com/@someone/video/1",
    ]);
    env.ok(&[
        "link", "set", &l, "--status", "reported", "--route", "web-form", "--ref", "TT-123",
    ]);
    assert_snapshot!(env.run(&["link", "set", &l, "--status", "new"]), @r"
    exit: 2
    ----- stderr -----
    error: link `[LINK]` is reported; it cannot go back to new
    ");
    env.ok(&["link", "set", &l, "--status", "removed"]);
    assert_snapshot!(env.run(&["link", "show", &l]), @r"
    exit: 0
    ----- stdout -----
    link        [LINK]
    case        [CASE]
    url         https://www.tiktok.com/@someone/video/1
    url_hash    42f7cac43854e42eace3e64cf258a835feedc9dad8ba3c1584a5064a06d1a003
    platform    tiktok
    category    (the case's)
    status      removed
    route       web_form
    ref         TT-123
    first seen  [TIME]
    history
      [TIME]  ts        new
      [TIME]  ts        reported  route web_form  ref TT-123
      [TIME]  ts        removed
    ");
    assert_snapshot!(env.run(&["link", "list", "--status", "removed", "--platform", "tiktok"]), @r"
    exit: 0
    ----- stdout -----
    ID       CASE    PLATFORM  STATUS   ROUTE     REF     FIRST SEEN        URL
    [LINK]  [CASE]  tiktok    removed  web_form  TT-123  [TIME]  https://www.tiktok.com/@someone/video/1
    ");
    assert_eq!(
        env.ok(&["link", "list", "--status", "new"]),
        "ID  CASE  PLATFORM  STATUS  ROUTE  REF  FIRST SEEN  URL"
    );
}

#[test]
fn a_removed_link_is_gone_with_its_history() {
    let env = TestEnv::initialised();
    let c = case(&env);
    let l = env.ok(&[
        "link",
        "add",
        "--case",
        &c,
        "https://www.reddit.com/r/x/comments/abc",
    ]);
    env.ok(&["link", "rm", &l]);
    assert_snapshot!(env.run(&["link", "show", &l]), @r"
    exit: 2
    ----- stderr -----
    error: link `[LINK]` does not exist
    hint: `takedown link list` shows the known links
    ");
}

#[test]
fn links_for_an_unknown_case_are_refused() {
    let env = TestEnv::initialised();
    assert_snapshot!(env.run_stdin(&["link", "add", "--case", "C-0000", "-"], "https://x.com/a\n"), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` does not exist
    hint: `takedown case list` shows the known cases
    ");
}

/// A platform whose share button adds `shareid`; `listed` says whether the catalogue knows it.
fn forum_platforms(env: &TestEnv, listed: bool) -> String {
    let tracking = if listed {
        "    tracking_params:\n      - names: [shareid]\n        unverified: true\n        checked: 2026-12-07\n"
    } else {
        ""
    };
    let file = env.root().join(format!("forum-{listed}.yaml"));
    std::fs::write(
        &file,
        format!(
            "schema_version: 1
platforms:
  - id: forum
    name: Forum
    hosts: {{patterns: [forum.example.pk], canonical_host: forum.example.pk, unverified: true, checked: 2026-12-07}}
{tracking}"
        ),
    )
    .unwrap();
    file.to_str().unwrap().to_owned()
}

fn add(env: &TestEnv, platforms: &str, case: &str, url: &str) -> serde_json::Value {
    let out = env.ok_stdin(
        &[
            "--platforms",
            platforms,
            "link",
            "add",
            "--case",
            case,
            "--json",
            "-",
        ],
        url,
    );
    serde_json::from_str(&out).unwrap()
}

/// Issue 21: when the catalogue learns a share button's parameter, links stored before keep
/// their row and hash, and the same post pasted again (with or without the parameter) is found
/// as that link, in its case and across cases; a parameter that names the content still tells
/// posts apart.
#[test]
fn a_link_stored_before_a_tracking_parameter_was_listed_is_still_the_same_link() {
    let env = TestEnv::initialised();
    let (old, new) = (forum_platforms(&env, false), forum_platforms(&env, true));
    let c = case(&env);
    let stored = add(
        &env,
        &old,
        &c,
        "https://forum.example.pk/t/42?shareid=abc\n",
    );
    assert_eq!(
        stored["url"], "https://forum.example.pk/t/42?shareid=abc",
        "unknown then, so kept"
    );
    let id = stored["id"].as_str().unwrap();

    for paste in [
        "https://forum.example.pk/t/42\n",
        "https://forum.example.pk/t/42?shareid=other\n",
        "https://forum.example.pk/t/42?shareid%3Dx\n",
    ] {
        let again = add(&env, &new, &c, paste);
        if paste.contains("%3D") {
            // a name that only looks like `shareid` once decoded the other way is not it
            assert_eq!(again["already_tracked"], false, "{paste}");
            continue;
        }
        assert_eq!(again["already_tracked"], true, "{paste}");
        assert_eq!(again["id"], id, "{paste}");
    }
    let shown: serde_json::Value =
        serde_json::from_str(&env.ok(&["link", "show", id, "--json"])).unwrap();
    assert_eq!(
        shown["link"]["url"], stored["url"],
        "the stored row is not rewritten"
    );
    assert_eq!(shown["link"]["url_hash"], stored["url_hash"]);

    let other = case(&env);
    let out = env.output(
        &["--platforms", &new, "link", "add", "--case", &other, "-"],
        "https://forum.example.pk/t/42?shareid=zzz\n",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("is also tracked in case {c}")),
        "{stderr}"
    );

    let different = add(&env, &new, &c, "https://forum.example.pk/t/42?p=7\n");
    assert_eq!(different["already_tracked"], false, "`p` names the content");
}
