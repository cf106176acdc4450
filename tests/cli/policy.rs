//! Issue 15: the helpline's policy holds where commands meet. A wiped case takes nothing; a
//! child's sexual images never enter the vault and go to the hotlines only; every recorded
//! action says which staff member did it.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::Stdio;
use std::time::{Duration, Instant};

use image::ImageFormat;
use insta::assert_snapshot;
use serde_json::Value;

use crate::matching::{encode, photo};
use crate::support::{TestEnv, files_below};

/// Runs SQL on the test's store with its key, as another process with the key could.
fn sql(env: &TestEnv, sql: &str) -> Result<(), rusqlite::Error> {
    env.store_connection().execute_batch(sql)
}

fn count(env: &TestEnv, sql: &str) -> i64 {
    env.store_connection()
        .query_row(sql, [], |r| r.get(0))
        .unwrap()
}

fn write(env: &TestEnv, name: &str, bytes: &[u8]) -> PathBuf {
    let path = env.root().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn vault_files(env: &TestEnv) -> usize {
    let dir = env.data_dir().join("vault");
    if dir.exists() {
        files_below(&dir).len()
    } else {
        0
    }
}

fn jpeg() -> Vec<u8> {
    encode(&photo(3, 120, 90), ImageFormat::Jpeg)
}

/// Issue 15, finding 2: `link add`, `case note` and `case consent` succeeded on a wiped case
/// (exit 0), and `wipe case` then said "already wiped": data no wipe would ever destroy.
#[test]
fn a_wiped_case_takes_no_link_note_or_consent() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    env.ok(&["wipe", "case", "--yes", &case]);
    let refused = "exit: 2\n----- stderr -----\nerror: case `[CASE]` is wiped: only its id is left, and it takes nothing\nhint: a wiped case is a tombstone; `takedown case new` opens a new case\n";
    assert_eq!(
        env.run(&["link", "add", "--case", &case, "https://x.com/a/status/1"]),
        refused
    );
    assert_eq!(
        env.run_stdin(&["case", "note", &case, "-"], "victim called\n"),
        refused
    );
    assert_eq!(
        env.run(&["case", "consent", &case, "--give", "partners"]),
        refused
    );
    assert_eq!(env.run(&["wipe", "case", "--yes", &case]), refused);
    for table in ["links", "notes", "case_categories"] {
        assert_eq!(
            count(
                &env,
                &format!("SELECT count(*) FROM {table} WHERE case_id = '{case}'")
            ),
            0,
            "{table}"
        );
    }
    assert_snapshot!(env.run(&["case", "show", &case]), @r"
    exit: 0
    ----- stdout -----
    case          [CASE]
    status        wiped
    wiped         [TIME]
    ");
    let shown: Value = serde_json::from_str(&env.ok(&["--json", "case", "show", &case])).unwrap();
    let keys: Vec<&str> = shown
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["id", "status", "wiped_at"]);
    assert_snapshot!(env.run(&["case", "list"]), @r"
    exit: 0
    ----- stdout -----
    ID      STATUS                  CATEGORIES  MINOR  JURISDICTION  LINKS  OPENED
    [CASE]  wiped [TIME]
    ");
}

/// What the commands refuse, the store refuses too: another process with the key, writing to a
/// tombstone (as a command that raced the wipe would), is stopped by the store's triggers.
#[test]
fn the_store_itself_refuses_any_row_for_a_wiped_case() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    env.ok(&["wipe", "case", "--yes", &case]);
    for write in [
        format!("INSERT INTO notes (case_id, created_at, body) VALUES ('{case}', 1, 'x')"),
        format!("INSERT INTO case_events (case_id, at, event) VALUES ('{case}', 1, 'opened')"),
        format!("INSERT INTO case_categories (case_id, category) VALUES ('{case}', 'ncii')"),
        format!(
            "INSERT INTO links (id, case_id, url, url_hash, platform, status, first_seen, updated_at)
             VALUES ('L-AAAAA', '{case}', 'https://x.com/1', 'h', 'x', 'new', 1, 1)"
        ),
        format!(
            "INSERT INTO evidence_keys (case_id, identity, vault_dir, created_at)
             VALUES ('{case}', 'k', 'd', 1)"
        ),
        format!(
            "INSERT INTO evidence (id, case_id, sha256, size, media_type, added_at, vault_file)
             VALUES ('E-AAAAA', '{case}', 's', 1, 'text/plain', 1, 'f')"
        ),
        format!(
            "INSERT INTO custody (case_id, seq, at, action, prev_hash, hash)
             VALUES ('{case}', 1, 1, 'added', 'p', 'h')"
        ),
        format!(
            "INSERT INTO hash_records (case_id, sha256, added_at) VALUES ('{case}', 's', 1)"
        ),
        format!(
            "INSERT INTO outbox (id, kind, case_id, message_id, subject, envelope_from,
                 envelope_to, state, queued_at)
             VALUES ('M-AAAAA', 'escalation', '{case}', '<m@x>', 's', 'a@x', 'b@x', 'queued', 1)"
        ),
        format!("UPDATE cases SET consent_partners_at = 1 WHERE id = '{case}'"),
        format!("UPDATE cases SET status = 'open' WHERE id = '{case}'"),
    ] {
        let err = sql(&env, &write).expect_err(&write);
        assert!(
            err.to_string().contains("takedown: the case is wiped"),
            "{write}: {err}"
        );
    }
    // An open case takes the same rows.
    let open = env.ok(&["case", "new", "--category", "ncii"]);
    sql(
        &env,
        &format!("INSERT INTO notes (case_id, created_at, body) VALUES ('{open}', 1, 'x')"),
    )
    .unwrap();
}

/// A note whose command passed the state check just before `wipe case` committed: the store
/// refuses it, the wipe finishes, and nothing of the note is left.
#[test]
fn a_note_racing_a_wipe_is_refused_and_the_wipe_finishes() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    // The note command checks the case, then waits for its text on stdin.
    let mut note = env
        .std_command(&["case", "note", &case, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    // The wipe deletes the case's rows at once, then waits for the note's shared lock to swap
    // the store file.
    let wipe = env
        .std_command(&["wipe", "case", "--yes", &case])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Watched from outside: any takedown command would try to finish the wipe itself.
    let started = Instant::now();
    while count(&env, "SELECT count(*) FROM cases WHERE status = 'wiped'") == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the wipe never began"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    note.stdin
        .take()
        .unwrap()
        .write_all(b"NOTE-AFTER-WIPE-7c1e\n")
        .unwrap();
    let noted = note.wait_with_output().unwrap();
    assert_eq!(noted.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&noted.stderr),
        "error: the case is wiped: only its id is left, and it takes nothing\nhint: a wiped case is a tombstone; `takedown case new` opens a new case\n"
    );
    let wiped = wipe.wait_with_output().unwrap();
    assert!(
        wiped.status.success(),
        "{}",
        String::from_utf8_lossy(&wiped.stderr)
    );
    assert_eq!(count(&env, "SELECT count(*) FROM notes"), 0);
}

/// Issue 15, finding 3: `evidence add` stored a JPEG in a `csam` case and in a minor's `ncii`
/// case without a word.
#[test]
fn pictures_and_videos_never_enter_the_vault_of_a_child_abuse_case() {
    let env = TestEnv::initialised();
    let csam = env.ok(&["case", "new", "--category", "csam"]);
    let minor = env.ok(&["case", "new", "--category", "ncii", "--minor"]);
    let picture = write(&env, "photo.jpg", &jpeg());
    let before = std::fs::read(&picture).unwrap();
    assert_snapshot!(env.run(&["evidence", "add", "--case", &minor, picture.to_str().unwrap()]), @r"
    exit: 2
    ----- stderr -----
    note: file names given on the command line show in the process list; `--files -` reads them from stdin
    error: cannot add file #1; nothing was stored
    caused by: a picture (`image/jpeg`) is never kept in a minor's `ncii` case (a child's sexual images are child sexual abuse material in law): possessing child sexual abuse material is itself an offence (PECA 2016 s.22)
    hint: keep hashes instead: the victim runs `takedown hash --export hashes.csv FILE...` on their own device, and you record the list with `takedown evidence add-hash --case CASE hashes.csv`; text and PDF evidence is still taken
    ");
    // By its bytes, whatever its name says; with --move and --strip, the original stays.
    let disguised = write(&env, "chat-log.txt", &jpeg());
    let mp4 = write(
        &env,
        "notes.pdf",
        b"\0\0\0\x20ftypisom\0\0\x02\0isomiso2mp41",
    );
    let svg = write(
        &env,
        "drawing.txt",
        b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/jpeg;base64,AAAA\"/></svg>",
    );
    let unknown = write(&env, "blob.txt", &[0u8, 1, 2, 3, 0xff, 0xfe]);
    for case in [&csam, &minor] {
        for file in [&picture, &disguised, &mp4, &svg, &unknown] {
            for extra in [&[][..], &["--move"], &["--strip"]] {
                let mut args = vec!["evidence", "add", "--case", case.as_str()];
                args.extend_from_slice(extra);
                args.push(file.to_str().unwrap());
                let out = env.output(&args, "");
                assert_eq!(out.status.code(), Some(2), "{args:?}");
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(stderr.contains("PECA 2016 s.22"), "{stderr}");
                assert!(file.exists(), "{args:?} destroyed the original");
            }
        }
    }
    // A mixed batch is refused whole: the text before the picture is not stored either (names
    // from stdin here, which takes the same road).
    let chat = write(&env, "chat.txt", "he said he would post it\n".as_bytes());
    let out = env.output(
        &["evidence", "add", "--case", &minor, "--files", "-"],
        &format!("{}\n{}\n", chat.display(), picture.display()),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: cannot add file #2;"));
    assert_eq!(vault_files(&env), 0);
    assert_eq!(count(&env, "SELECT count(*) FROM evidence"), 0);
    assert_eq!(std::fs::read(&picture).unwrap(), before);

    // Documents still go in, Urdu text too; so does an adult's picture.
    let letter = write(&env, "letter.pdf", b"%PDF-1.7\n1 0 obj\n");
    let urdu = write(
        &env,
        "chat-ur.txt",
        "اس نے کہا کہ وہ تصویر پھیلا دے گا\n".repeat(3).as_bytes(),
    );
    for case in [&csam, &minor] {
        env.ok(&[
            "evidence",
            "add",
            "--case",
            case,
            chat.to_str().unwrap(),
            letter.to_str().unwrap(),
            urdu.to_str().unwrap(),
        ]);
    }
    let adult = env.ok(&["case", "new", "--category", "ncii"]);
    env.ok(&[
        "evidence",
        "add",
        "--case",
        &adult,
        picture.to_str().unwrap(),
    ]);
    // A minor's harassment case is not about sexual images.
    let bullied = env.ok(&["case", "new", "--category", "harassment", "--minor"]);
    env.ok(&[
        "evidence",
        "add",
        "--case",
        &bullied,
        picture.to_str().unwrap(),
    ]);
    // A link of the case recorded as `csam` makes it one.
    env.ok(&[
        "link",
        "add",
        "--case",
        &adult,
        "--category",
        "csam",
        "https://x.com/a/status/9",
    ]);
    let out = env.output(
        &[
            "evidence",
            "add",
            "--case",
            &adult,
            disguised.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    // The hash-only way is open.
    let hashes = write(
        &env,
        "hashes.csv",
        format!("sha256,pdq,quality\n{},,\n", "cd".repeat(32)).as_bytes(),
    );
    env.ok(&[
        "evidence",
        "add-hash",
        "--case",
        &minor,
        hashes.to_str().unwrap(),
    ]);
    let media: Vec<String> = env
        .ok(&["--json", "evidence", "list"])
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["media_type"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        media.iter().filter(|m| m.starts_with("image/")).count(),
        2,
        "the adult's and the bullied minor's picture only: {media:?}"
    );
}

/// A minor's sexual case is handled as `csam` in reports, guides and escalations: hotlines
/// only, PECA s.22, a suggestion to record it as `csam`, and no partner route.
#[test]
fn a_minors_sexual_case_is_handled_as_csam_everywhere() {
    let env = TestEnv::initialised();
    let case = env.ok(&[
        "case",
        "new",
        "--category",
        "sextortion",
        "--minor",
        "--jurisdiction",
        "pk",
        "--consent",
        "platforms,partners",
    ]);
    env.ok(&[
        "link",
        "add",
        "--case",
        &case,
        "https://www.instagram.com/p/AAAA/",
    ]);
    let report = env.ok(&["report", "--case", &case]);
    assert!(report.contains("route to record: hotline"), "{report}");
    assert!(!report.contains("route to record: web"), "{report}");
    assert!(report.contains(&format!(
        "record it so with `takedown case category {case} --add csam`"
    )));
    assert!(report.contains("PECA 2016 s.22"));
    assert!(
        report.contains("(PECA), s. 22: Child pornography"),
        "the legal basis is that of csam: {report}"
    );
    assert!(!report.contains("escalate through a partner"), "{report}");
    assert!(
        !report.contains("Partner and trusted-flagger programmes"),
        "{report}"
    );
    let json: Value =
        serde_json::from_str(&env.ok(&["report", "--case", &case, "--format", "json"])).unwrap();
    let plan = &json["sections"][0]["plan"];
    assert_eq!(
        (
            plan["child_abuse"].clone(),
            plan["partner_escalation"].clone()
        ),
        (Value::Bool(true), Value::Bool(false))
    );

    assert_snapshot!(env.run(&["escalate", "--case", &case, "--yes"]).lines().filter(|l| l.starts_with("error") || l.starts_with("exit")).collect::<Vec<_>>().join("\n"), @"
    exit: 2
    error: case `[CASE]` concerns child sexual abuse material (PECA 2016 s.22), which is never sent by e-mail: a minor's `sextortion` case is that in law; record it as `csam` with `takedown case category [CASE] --add csam`
    ");

    let guide = env.ok(&[
        "guide",
        "--platform",
        "instagram",
        "--category",
        "ncii",
        "--minor",
    ]);
    assert!(guide.contains("(PECA 2016, section 22)"), "{guide}");
    assert!(guide.contains("Never open it again, download it, screenshot it or forward it"));
    let adult = env.ok(&["guide", "--platform", "instagram", "--category", "ncii"]);
    assert!(!adult.contains("PECA 2016, section 22"));

    // Recorded as csam, it says so, and the suggestion goes.
    env.ok(&["case", "category", &case, "--add", "csam"]);
    let shown = env.ok(&["case", "show", &case]);
    assert!(shown.contains("category added: csam"), "{shown}");
    let report = env.ok(&["report", "--case", &case]);
    assert!(report.contains("route to record: hotline"));
}

/// Issue 15, finding 4: the custody log, case history and outbox recorded no staff member.
#[test]
fn every_action_records_its_staff_handle_and_none_runs_without_one() {
    let env = TestEnv::initialised();
    let as_ak = |args: &[&str]| -> String {
        let mut all = vec!["--as", "AK"];
        all.extend_from_slice(args);
        env.ok(&all)
    };
    let case = as_ak(&[
        "case",
        "new",
        "--category",
        "ncii",
        "--consent",
        "law-enforcement",
    ]);
    let chat = write(&env, "chat.txt", b"threat\n");
    let item = env.ok(&["evidence", "add", "--case", &case, chat.to_str().unwrap()]);
    as_ak(&["evidence", "show", &item]);
    env.ok_stdin(&["case", "note", &case, "-"], "called back\n");
    let link = env.ok(&["link", "add", "--case", &case, "https://x.com/a/status/1"]);
    as_ak(&[
        "link", "set", &link, "--status", "reported", "--route", "web-form",
    ]);

    let shown = env.ok(&["case", "show", &case]);
    assert!(
        regex::Regex::new(r"(?m)^  \d{4}-\d\d-\d\d \d\d:\d\d  AK        opened$")
            .unwrap()
            .is_match(&shown),
        "{shown}"
    );
    assert!(shown.contains("  ts\n    called back"), "{shown}");
    let log = env.ok(&["evidence", "log", "--case", &case]);
    let staff: Vec<&str> = log
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().nth(3).unwrap())
        .collect();
    assert_eq!(staff, ["ts", "AK"], "{log}");
    let history: Value = serde_json::from_str(&env.ok(&["--json", "link", "show", &link])).unwrap();
    let by: Vec<&str> = history["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["staff"].as_str().unwrap())
        .collect();
    assert_eq!(by, ["ts", "AK"]);

    // The BagIt export carries it in its custody log.
    let bag = env.root().join("bag");
    env.ok(&[
        "evidence",
        "export",
        "--case",
        &case,
        "--bagit",
        bag.to_str().unwrap(),
    ]);
    let custody = std::fs::read_to_string(bag.join("custody-log.txt")).unwrap();
    let columns: Vec<Vec<&str>> = custody
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(columns[0][3], "staff");
    assert_eq!(
        columns[1..].iter().map(|c| c[3]).collect::<Vec<_>>(),
        ["ts", "AK"],
        "{custody}"
    );

    // The handle is in the chain: changing who did it breaks the log.
    env.ok(&["evidence", "verify", "--case", &case]);
    sql(&env, "UPDATE custody SET staff = 'ZZ' WHERE seq = 1").unwrap();
    let out = env.output(&["evidence", "verify", "--case", &case], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("custody entry 1 was altered"));
}

fn anonymous(env: &TestEnv, args: &[&str], config: Option<&str>) -> std::process::Output {
    let mut cmd = env.std_command(args);
    cmd.env_remove("TAKEDOWN_STAFF");
    if let Some(config) = config {
        cmd.env("TAKEDOWN_CONFIG", config);
    }
    cmd.output().unwrap()
}

#[test]
fn the_handle_comes_from_the_flag_the_environment_or_the_settings_file_and_is_checked() {
    let env = TestEnv::initialised();
    let out = anonymous(&env, &["case", "new", "--category", "ncii"], None);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: no staff handle: every action on a case is recorded with who did it\nhint: give your initials with `--as AK`, `TAKEDOWN_STAFF=AK`, or `handle: AK` in config.yaml\n"
    );
    assert_eq!(count(&env, "SELECT count(*) FROM cases"), 0);

    let config = env.root().join("config.yaml");
    std::fs::write(&config, "handle: FK\n").unwrap();
    let config = config.to_str().unwrap();
    let opened = |args: &[&str], config: Option<&str>, with_env: bool| -> String {
        let out = if with_env {
            env.output(args, "")
        } else {
            anonymous(&env, args, config)
        };
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let case = String::from_utf8_lossy(&out.stdout).trim().to_owned();
        let shown: Value =
            serde_json::from_str(&env.ok(&["--json", "case", "show", &case])).unwrap();
        shown["history"][0]["staff"].as_str().unwrap().to_owned()
    };
    let new = ["case", "new", "--category", "ncii"];
    assert_eq!(opened(&new, Some(config), false), "FK", "the settings file");
    assert_eq!(
        opened(&[&["--config", config][..], &new].concat(), None, true),
        "ts",
        "the environment wins over the file"
    );
    assert_eq!(
        opened(
            &[&["--as", "AK", "--config", config][..], &new].concat(),
            None,
            true
        ),
        "AK",
        "the flag wins over both"
    );

    for (args, config, why) in [
        (
            vec!["--as", "ayesha@helpline.example"],
            None,
            "e-mail address",
        ),
        (vec!["--as", "Ayesha Khan"], None, "spaces or line breaks"),
        (vec!["--as", "Ayesha"], None, "look like a name"),
    ] {
        let out = anonymous(&env, &[&args[..], &new].concat(), config);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(stderr.contains(why), "{stderr}");
        assert!(
            !stderr.contains("Ayesha") && !stderr.contains("ayesha"),
            "{stderr}"
        );
    }
    std::fs::write(env.root().join("bad.yaml"), "handle: \"ak\\nrm\"\n").unwrap();
    let bad = env.root().join("bad.yaml");
    let out = anonymous(&env, &new, Some(bad.to_str().unwrap()));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "error: `handle` in the settings file is not a valid staff handle\ncaused by: a staff handle has no spaces or line breaks: use initials such as `AK`\nhint: give your initials with `--as AK`, `TAKEDOWN_STAFF=AK`, or `handle: AK` in config.yaml\n"
    );
    // A bad handle never stops a command that records nothing.
    let out = anonymous(&env, &["--as", "not valid", "case", "list"], None);
    assert!(out.status.success());
    let file = write(&env, "x.txt", b"x");
    let out = anonymous(
        &env,
        &["--as", "not valid", "hash", file.to_str().unwrap()],
        None,
    );
    assert!(out.status.success());
}

/// The vault and the hash-only way, on the victim's own device: what `hash --export` writes is
/// what `evidence add-hash` takes.
#[test]
fn the_hash_only_way_works_end_to_end_for_a_minors_case() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii", "--minor"]);
    let picture = write(&env, "p.jpg", &jpeg());
    let list = env.root().join("hashes.csv");
    env.ok(&[
        "hash",
        "--export",
        list.to_str().unwrap(),
        picture.to_str().unwrap(),
    ]);
    env.ok(&[
        "evidence",
        "add-hash",
        "--case",
        &case,
        list.to_str().unwrap(),
    ]);
    assert_eq!(count(&env, "SELECT count(*) FROM hash_records"), 1);
    assert_eq!(vault_files(&env), 0);
}
