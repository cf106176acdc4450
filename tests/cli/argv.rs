//! Nothing sensitive in argv or errors (issue 17 part 4): evidence file names can come from
//! stdin and are then never in the process list, a link in argv gets a note, and a line that
//! cannot be read is named by number and problem, never by any part of it.

use std::io::Write as _;
use std::process::Stdio;
use std::time::{Duration, Instant};

use insta::assert_snapshot;

use crate::support::TestEnv;

/// The command line of a running process, as `ps` shows it to every user of the machine.
fn cmdline(pid: u32) -> String {
    let raw = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap();
    String::from_utf8_lossy(&raw).replace('\0', " ")
}

#[test]
fn evidence_names_from_stdin_never_reach_the_process_list() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "harassment"]);
    let dir = env.root().join("from Ayesha's phone");
    std::fs::create_dir(&dir).unwrap();
    let names = ["ayesha-at-the-beach.jpg", "line\nbreak.txt", "chat.txt"];
    for (n, name) in names.iter().enumerate() {
        std::fs::write(dir.join(name), format!("evidence {n}")).unwrap();
    }
    let mut child = env
        .std_command(&["evidence", "add", "--case", &case, "--files", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The process waits for its list on stdin: this is what `ps` shows meanwhile.
    let started = Instant::now();
    let shown = loop {
        let shown = cmdline(child.id());
        if shown.contains("--files") || started.elapsed() > Duration::from_secs(10) {
            break shown;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(shown.contains("evidence add --case"), "{shown}");
    for secret in ["ayesha", "Ayesha", "chat.txt", "break"] {
        assert!(
            !shown.contains(secret),
            "{secret} in the process list: {shown}"
        );
    }
    // NUL-separated, so the name with a line break in it comes through whole.
    let mut list = Vec::new();
    for name in names {
        list.extend_from_slice(dir.join(name).to_str().unwrap().as_bytes());
        list.push(0);
    }
    child.stdin.take().unwrap().write_all(&list).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    assert!(
        !stderr.contains("process list"),
        "no note without names in argv: {stderr}"
    );

    // One per line works too; a missing file is named by its position only.
    let listed = format!(
        "{}\n{}\n",
        dir.join("chat.txt").display(),
        dir.join("ayesha-gone.jpg").display()
    );
    let out = env.run_stdin(
        &["evidence", "add", "--case", &case, "--files", "-"],
        &listed,
    );
    assert_snapshot!(out, @r"
    exit: 2
    ----- stderr -----
    error: cannot read file #2
    caused by: No such file or directory (os error 2)
    ");
    // Names in argv still work, with a note that says where they show.
    let file = dir.join("chat.txt");
    let out = env.run(&["evidence", "add", "--case", &case, file.to_str().unwrap()]);
    assert_snapshot!(out, @r"
    exit: 0
    ----- stdout -----
    [EVIDENCE]
    ----- stderr -----
    note: file names given on the command line show in the process list; `--files -` reads them from stdin
    file #1 is already in the case as [EVIDENCE]
    ");
    // stdin cannot carry both the names and the source URL.
    let out = env.run(&[
        "evidence",
        "add",
        "--case",
        &case,
        "--files",
        "-",
        "--source-url",
        "-",
    ]);
    assert!(out.contains("cannot both read stdin"), "{out}");
}

#[test]
fn a_link_in_argv_gets_a_note_and_an_unreadable_line_is_never_echoed() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    assert_snapshot!(env.run(&["link", "add", "--case", &case, "https://www.instagram.com/p/abc"]), @r"
    exit: 0
    ----- stdout -----
    [LINK]
    ----- stderr -----
    note: a link given on the command line shows in the process list and shell history; `-` reads links from stdin
    [CASE]: 1 added, 0 already tracked, 0 could not be read.
    ");
    // A line pasted from a chat: the part before `:` has the shape of a URL scheme, and was
    // echoed back as "scheme `ayeshakhan` is not allowed".
    let pasted = "ayeshakhan:03001234567\nAyeshaKhan03:https://x.com/a\njavascript:alert(1)\n";
    let out = env.run_stdin(&["link", "add", "--case", &case, "-"], pasted);
    assert_snapshot!(out, @r"
    exit: 2
    ----- stderr -----
    error: line 1: not a web address
    error: line 2: not a web address
    error: line 3: scheme `javascript` is not allowed (only http and https)
    [CASE]: 0 added, 0 already tracked, 3 could not be read.
    ");
    assert!(!out.to_lowercase().contains("ayesha"), "{out}");
}
