//! Nothing sensitive in plaintext on disk or in logs (ARCHITECTURE §5): distinctive markers go in as
//! URLs and notes, then every byte under the data directory and every log line is searched.

use std::os::unix::fs::PermissionsExt as _;

use crate::support::{TestEnv, files_below};

const NOTE_MARKER: &str = "zqxmarkernote";
const URL_MARKERS: [&str; 3] = ["zqxmarkerurla", "zqxmarkerurlb", "zqxmarkerurlc"];

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn markers_never_reach_the_disk_or_the_logs_in_plaintext() {
    let env = TestEnv::initialised();
    let mut logs = Vec::new();
    let mut run = |args: &[&str], stdin: &str| {
        let mut with_log = vec!["-vv"];
        with_log.extend_from_slice(args);
        let out = env.output(&with_log, stdin);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        logs.extend_from_slice(&out.stderr);
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    };
    let case = run(&["case", "new", "-c", "ncii", "--consent", "platforms"], "");
    run(
        &["case", "note", &case],
        &format!("{NOTE_MARKER} the victim's details\n"),
    );
    let urls: Vec<String> = URL_MARKERS
        .iter()
        .map(|m| format!("https://www.facebook.com/{m}/posts/1"))
        .collect();
    run(
        &["link", "add", "--case", &case, "-"],
        &format!("{}\n{}\n", urls[0], urls[1]),
    );
    let file = env.root().join("import.txt");
    std::fs::write(&file, format!("{}\n", urls[2])).unwrap();
    run(
        &["link", "import", "--case", &case, file.to_str().unwrap()],
        "",
    );
    std::fs::remove_file(&file).unwrap();
    let link = run(&["link", "list", "--json"], "");
    let id = serde_json::from_str::<serde_json::Value>(link.lines().next().unwrap()).unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(
        &["link", "set", &id, "--status", "reported", "--ref", "REF-1"],
        "",
    );
    run(&["case", "show", &case], "");
    run(&["link", "show", &id], "");

    // The markers are really in the store (through the CLI)...
    let shown = env.ok(&["case", "show", &case]);
    assert!(shown.contains(NOTE_MARKER));
    // ...and nowhere on disk in plaintext: database, WAL, shared memory, journals, temporary files.
    let files = files_below(&env.data_dir());
    assert!(files.iter().any(|f| f.ends_with("takedown.db")));
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        for marker in URL_MARKERS.iter().chain([&NOTE_MARKER]) {
            assert!(
                !contains(&bytes, marker),
                "`{marker}` is readable in {}",
                path.display()
            );
        }
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600,
            "{}",
            path.display()
        );
    }
    // The most verbose logs name ids, never URLs or notes.
    let logs = String::from_utf8(logs).unwrap();
    assert!(logs.contains(&case), "the logs name the case id:\n{logs}");
    assert!(logs.contains(&id), "the logs name the link id:\n{logs}");
    for marker in URL_MARKERS
        .iter()
        .chain([&NOTE_MARKER])
        .chain([&"facebook.com/"])
    {
        assert!(!logs.contains(marker), "`{marker}` is in the logs:\n{logs}");
    }
}

#[test]
fn errors_about_links_never_echo_the_link() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "-c", "ncii"]);
    let out = env.output(
        &["-vv", "link", "add", "--case", &case, "-"],
        "javascript:zqxmarkerjs\nzqxmarkerbare\n",
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("line 1:") && stderr.contains("line 2:"),
        "{stderr}"
    );
    assert!(!stderr.contains("zqxmarker"), "{stderr}");
}
