use insta::assert_snapshot;

use crate::support::TestEnv;

#[test]
fn the_built_in_catalogue_lists_at_least_25_platforms_without_a_store() {
    let env = TestEnv::new();
    let out = env.ok(&["platforms", "list", "--json"]);
    let ids: Vec<String> = out
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(ids.len() >= 25, "{ids:?}");
    for id in [
        "facebook",
        "instagram",
        "whatsapp",
        "x",
        "youtube",
        "tiktok",
        "telegram",
        "imo",
        "likee",
        "bigo",
    ] {
        assert!(
            ids.iter().any(|i| i == id),
            "`{id}` is missing from {ids:?}"
        );
    }
    assert!(!env.data_dir().exists(), "listing platforms needs no store");
}

#[test]
fn show_prints_one_platform_and_an_unknown_id_is_an_error() {
    let env = TestEnv::new();
    let shown: serde_json::Value =
        serde_json::from_str(&env.ok(&["platforms", "show", "youtube", "--json"])).unwrap();
    assert_eq!(shown["id"], "youtube");
    let text = env.ok(&["platforms", "show", "youtube"]);
    assert!(text.contains("youtu.be"), "{text}");
    let out = env.run(&["platforms", "show", "myspace"]);
    assert!(
        out.starts_with("exit: 2\n----- stderr -----\nerror: no platform `myspace`"),
        "{out}"
    );
}

#[test]
fn check_reports_each_problem_with_line_and_column() {
    let env = TestEnv::new();
    let file = env.root().join("mine.yaml");
    std::fs::write(
        &file,
        "schema_version: 1
platforms:
  - id: a
    name: A
    hosts: {patterns: [a.example], canonical_host: a.example, unverified: true, checked: 2026-11-22}
  - id: a
    name: B
    hosts: {patterns: [b.example], canonical_host: b.example, unverified: true, checked: 2026-11-22}
",
    )
    .unwrap();
    let out = env.output(&["platforms", "check", file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        regex::Regex::new(r"mine\.yaml:6:\d+: .*duplicate.*`a`")
            .unwrap()
            .is_match(&stdout),
        "{stdout}"
    );
    std::fs::write(&file, "platforms: [\n").unwrap();
    let out = env.output(&["platforms", "check", file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        regex::Regex::new(r"mine\.yaml:\d+:\d+: ")
            .unwrap()
            .is_match(std::str::from_utf8(&out.stdout).unwrap())
    );
}

#[test]
fn a_user_platforms_file_is_merged_by_id_and_used_for_detection() {
    let env = TestEnv::initialised();
    let file = env.root().join("mine.yaml");
    std::fs::write(
        &file,
        "schema_version: 1
platforms:
  - id: localforum
    name: Local Forum
    hosts: {patterns: [forum.example.pk, \"*.forum.example.pk\"], canonical_host: forum.example.pk, unverified: true, checked: 2026-11-22}
",
    )
    .unwrap();
    let check = env.run(&["platforms", "check", file.to_str().unwrap()]);
    assert!(check.starts_with("exit: 0\n"), "{check}");
    let c = env.ok(&["case", "new", "-c", "harassment"]);
    let out = env.ok(&[
        "--platforms",
        file.to_str().unwrap(),
        "link",
        "add",
        "--case",
        &c,
        "--json",
        "https://m.forum.example.pk/t/1",
    ]);
    let row: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(row["platform"], "localforum");
    let listed = env
        .command(&["platforms", "list", "--json"])
        .env("TAKEDOWN_PLATFORMS", &file)
        .output()
        .unwrap();
    let text = String::from_utf8(listed.stdout).unwrap();
    assert!(
        text.contains("\"localforum\"") && text.contains("\"facebook\""),
        "{text}"
    );
}

#[test]
fn check_lists_what_has_no_urdu_and_refuses_a_translation_that_does_not_match() {
    let env = TestEnv::new();
    let file = env.root().join("mine.yaml");
    let path = file.to_str().unwrap();
    std::fs::write(
        &file,
        "schema_version: 1
platforms:
  - id: forum
    name: Forum
    hosts: {patterns: [forum.example], canonical_host: forum.example, unverified: true, checked: 2026-11-22}
    channels:
      harassment:
        - kind: in_app
          steps: [Tap \"Report\".]
          victim_note: Anyone can report.
          note: Staff only, never translated.
          unverified: true
          checked: 2026-11-22
",
    )
    .unwrap();
    assert_snapshot!(env.run(&["platforms", "check", path]), @r"
    exit: 0
    ----- stdout -----
    [ROOT]/mine.yaml:8:11: untranslated: platforms[0].channels.harassment[0]: no Urdu translation (`ur:`) of `victim_note`, `steps[0]`
    ----- stderr -----
    1 record(s) in `[ROOT]/mine.yaml` have victim-facing text without Urdu; guides show the English there.
    `[ROOT]/mine.yaml` is a valid platforms file.
    ");
    let json = env.ok(&["platforms", "check", path, "--json"]);
    assert!(json.contains("\"kind\":\"untranslated\""), "{json}");
    // A translation says what its record says: one step for one step, no note the record lacks.
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "          unverified: true\n          checked: 2026-11-22\n",
        "          ur: {steps: [a, b], hours: ہر وقت}\n          unverified: true\n          checked: 2026-11-22\n",
    );
    std::fs::write(&file, text).unwrap();
    let out = env.run(&["platforms", "check", path]);
    assert!(out.starts_with("exit: 1\n"), "{out}");
    assert!(
        out.contains("ur.steps: `ur.steps` must translate the record's own `steps`, item for item; the record has 1")
            && out.contains("`ur.hours` must translate the record's own `hours`, item for item; the record has none"),
        "{out}"
    );
}

#[test]
fn staff_see_whether_a_translation_was_reviewed() {
    let env = TestEnv::new();
    let shown = env.ok(&["platforms", "show", "whatsapp"]);
    assert!(shown.contains("reviewed: false"), "{shown}");
    assert!(
        shown.contains("victim_note:") && shown.contains("note:"),
        "{shown}"
    );
}
