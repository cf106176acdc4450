use insta::assert_snapshot;

use crate::support::TestEnv;

#[test]
fn a_new_case_prints_its_id_and_shows_what_was_recorded() {
    let env = TestEnv::initialised();
    let id = env.ok(&[
        "case",
        "new",
        "--category",
        "ncii,harassment",
        "--jurisdiction",
        "PK",
        "--consent",
        "platforms",
        "--minor",
    ]);
    assert!(
        regex::Regex::new(r"^C-[0-9A-Z]{4}$").unwrap().is_match(&id),
        "{id}"
    );
    assert_snapshot!(env.run(&["case", "show", &id]), @r"
    exit: 0
    ----- stdout -----
    case          [CASE]
    status        open
    categories    ncii,harassment
    minor         yes
    jurisdiction  pk
    opened        [TIME]
    links         0
    consent
      platforms       given [TIME]
      partners        not given
      law_enforcement not given
    history
      [TIME]  ts        opened
      [TIME]  ts        consent given: platforms
    notes (0)
    ");
}

#[test]
fn json_output_has_an_id_and_lists_are_json_lines() {
    let env = TestEnv::initialised();
    let created: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "new", "-c", "ncii", "--json"])).unwrap();
    let id = created["id"].as_str().unwrap().to_owned();
    env.ok(&["case", "new", "-c", "copyright"]);
    let list = env.ok(&["case", "list", "--json"]);
    let rows: Vec<serde_json::Value> = list
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], id.as_str());
    assert_eq!(rows[0]["categories"], serde_json::json!(["ncii"]));
    assert_eq!(rows[0]["consent"]["partners"], serde_json::Value::Null);
    assert_eq!(rows[0]["status"], "open");
}

#[test]
fn the_lifecycle_is_enforced_and_recorded() {
    let env = TestEnv::initialised();
    let id = env.ok(&["case", "new", "-c", "impersonation"]);
    env.ok(&["case", "hold", &id]);
    assert_snapshot!(env.run(&["case", "close", &id]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` is held: it cannot be closed
    hint: `takedown case show CASE` shows its status and history
    ");
    env.ok(&["case", "reopen", &id]);
    assert_snapshot!(env.run(&["case", "close", &id]), @r"
    exit: 0
    ----- stderr -----
    [CASE] is resolved.
    ");
    assert_snapshot!(env.run(&["case", "list", "--status", "resolved"]), @r"
    exit: 0
    ----- stdout -----
    ID      STATUS    CATEGORIES     MINOR  JURISDICTION  LINKS  OPENED
    [CASE]  resolved  impersonation                       0      [TIME]
    ");
    let show = env.ok(&["case", "show", &id, "--json"]);
    let events: Vec<String> = serde_json::from_str::<serde_json::Value>(&show).unwrap()["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["event"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(events, ["opened", "held", "reopened", "resolved"]);
}

#[test]
fn notes_come_from_stdin_and_empty_notes_are_refused() {
    let env = TestEnv::initialised();
    let id = env.ok(&["case", "new", "-c", "harassment"]);
    env.ok_stdin(
        &["case", "note", &id],
        "Victim called back.\nSecond line.\n",
    );
    assert_snapshot!(env.run_stdin(&["case", "note", &id, "-"], "  \n"), @r"
    exit: 2
    ----- stderr -----
    error: the note is empty; nothing was saved
    ");
    let show = env.run(&["case", "show", &id]);
    assert!(
        show.ends_with("notes (1)\n  [TIME]  ts\n    Victim called back.\n    Second line.\n"),
        "{show}"
    );
}

#[test]
fn consent_is_given_and_withdrawn_with_times() {
    let env = TestEnv::initialised();
    let id = env.ok(&["case", "new", "-c", "ncii"]);
    env.ok(&["case", "consent", &id, "--give", "partners,law-enforcement"]);
    env.ok(&["case", "consent", &id, "--withdraw", "law-enforcement"]);
    let case: serde_json::Value =
        serde_json::from_str(&env.ok(&["case", "show", &id, "--json"])).unwrap();
    assert!(case["consent"]["partners"].is_string());
    assert!(case["consent"]["law_enforcement"].is_null());
    assert_snapshot!(env.run(&["case", "consent", &id]), @r"
    exit: 2
    ----- stderr -----
    error: the following required arguments were not provided:
      --give <SCOPE>

    Usage: takedown case consent --home <DIR> --as <HANDLE> --give <SCOPE> <ID>

    For more information, try '--help'.
    ");
}

#[test]
fn bad_ids_and_unknown_cases_are_clear_errors() {
    let env = TestEnv::initialised();
    assert_snapshot!(env.run(&["case", "show", "C-12"]), @r"
    exit: 2
    ----- stderr -----
    error: invalid value 'C-12' for '<ID>': `C-12` is not a case id (expected `C-` and 4 letters or digits, e.g. `[CASE]`)

    For more information, try '--help'.
    ");
    assert_snapshot!(env.run(&["case", "show", "C-0000"]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` does not exist
    hint: `takedown case list` shows the known cases
    ");
    assert_snapshot!(env.run(&["case", "new", "-c", "revenge"]), @r"
    exit: 2
    ----- stderr -----
    error: invalid value 'revenge' for '--category <CATEGORY>'
      [possible values: ncii, sextortion, impersonation, harassment, hacked_account, csam, privacy_doxxing, copyright, other]

    For more information, try '--help'.
    ");
}

#[test]
fn on_a_terminal_the_note_is_written_in_the_editor_and_no_draft_is_left() {
    let env = TestEnv::initialised();
    let id = env.ok(&["case", "new", "-c", "harassment"]);
    let editor = env.root().join("editor.sh");
    std::fs::write(
        &editor,
        "#!/bin/sh\nprintf 'zqxeditornote from the editor\\n' >> \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&editor, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    // `script` gives the command a pseudo-terminal, as a person at a terminal has.
    let hermetic = env.std_command(&[]);
    let line = format!("{} case note {id}", env!("CARGO_BIN_EXE_takedown"));
    let out = std::process::Command::new("script")
        .env_clear()
        .envs(hermetic.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("EDITOR", &editor)
        .current_dir(env.root())
        .args(["-qec", &line, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let shown = env.ok(&["case", "show", &id]);
    assert!(shown.contains("zqxeditornote from the editor"), "{shown}");
    for entry in std::fs::read_dir("/dev/shm").unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = std::fs::read(&path).unwrap_or_default();
            assert!(
                !String::from_utf8_lossy(&bytes).contains("zqxeditornote"),
                "a draft is left at {}",
                path.display()
            );
        }
    }
}
