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
