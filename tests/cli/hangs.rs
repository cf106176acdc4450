//! Nothing hangs (issue 17 part 2): every file the tool reads is a regular file or refused at
//! once with exit 2 (a FIFO nobody writes to, `/dev/zero`), standard input has a bound, and a
//! runaway user template runs out of fuel instead of running for ever. Each case runs with a
//! watchdog: a command that hangs is killed and the test fails saying so.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::support::TestEnv;

/// A refusal must come this fast. It takes about 0.1 s; the bound is wall time, with process
/// start-up included, on a 2-core machine that runs other builds (1 s failed there at a load of
/// 10), so it has room. A blocking open never returns at all, which the watchdog catches.
const QUICK: Duration = Duration::from_secs(5);

/// Longer than any refusal may take: past it the command is killed as hung.
const WATCHDOG: Duration = Duration::from_secs(20);

fn fifo(path: &Path) -> PathBuf {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
    path.to_owned()
}

/// Runs the command with stdin from `stdin` (a file) or empty, kills it at the watchdog, and
/// returns its output and how long it took.
fn timed(mut cmd: Command, stdin: Option<&Path>) -> (Output, Duration) {
    cmd.stdin(match stdin {
        Some(path) => Stdio::from(std::fs::File::open(path).unwrap()),
        None => Stdio::null(),
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn().unwrap();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        if started.elapsed() > WATCHDOG {
            child.kill().unwrap();
            let out = child.wait_with_output().unwrap();
            panic!(
                "hung for {WATCHDOG:?} and was killed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let took = started.elapsed();
    (child.wait_with_output().unwrap(), took)
}

/// Asserts exit 2 within [`QUICK`] and a message containing `says`; returns stderr.
fn refused_quickly(env: &TestEnv, args: &[&str], says: &str) -> String {
    let (out, took) = timed(env.std_command(args), None);
    let stderr = env.redact(&String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(says), "{args:?}: {stderr}");
    assert!(took < QUICK, "{args:?} took {took:?}: {stderr}");
    stderr
}

#[test]
fn hash_refuses_a_fifo_and_dev_zero_at_once_and_still_walks_directories() {
    let env = TestEnv::new();
    let pipe = fifo(&env.root().join("pipe"));
    let out = refused_quickly(&env, &["hash", pipe.to_str().unwrap()], "FIFO");
    assert_eq!(
        out,
        "error: `[ROOT]/pipe`: not a regular file but a FIFO (named pipe)\n"
    );
    let out = refused_quickly(&env, &["hash", "/dev/zero"], "character device");
    assert_eq!(
        out,
        "error: `/dev/zero`: not a regular file but a character device\n"
    );
    // A directory is walked as before; the FIFO inside it is not a file to hash.
    let dir = env.root().join("dir");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "hello").unwrap();
    fifo(&dir.join("inner-pipe"));
    let (out, took) = timed(
        env.std_command(&["hash", "--json", dir.to_str().unwrap()]),
        None,
    );
    assert!(out.status.success() && took < QUICK, "{out:?}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stdout.contains("a.txt"), "{stdout}");
}

#[test]
fn evidence_inputs_that_are_not_regular_files_are_refused_by_position() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "harassment"]);
    let pipe = fifo(&env.root().join("secret-name.jpg"));
    let out = refused_quickly(
        &env,
        &["evidence", "add", "--case", &case, pipe.to_str().unwrap()],
        "cannot read file #1",
    );
    assert!(!out.contains("secret-name"), "{out}");
    refused_quickly(
        &env,
        &["evidence", "add", "--case", &case, "/dev/zero"],
        "not a regular file but a character device",
    );
    let url_file = fifo(&env.root().join("url"));
    let picture = env.root().join("a.txt");
    std::fs::write(&picture, "x").unwrap();
    refused_quickly(
        &env,
        &[
            "evidence",
            "add",
            "--case",
            &case,
            "--source-url-file",
            url_file.to_str().unwrap(),
            picture.to_str().unwrap(),
        ],
        "cannot read the source URL file",
    );
    let list = fifo(&env.root().join("list.csv"));
    refused_quickly(
        &env,
        &[
            "evidence",
            "add-hash",
            "--case",
            &case,
            list.to_str().unwrap(),
        ],
        "FIFO",
    );
    let links = fifo(&env.root().join("links.txt"));
    refused_quickly(
        &env,
        &["link", "import", "--case", &case, links.to_str().unwrap()],
        "FIFO",
    );
}

#[test]
fn settings_platforms_partners_and_key_files_that_are_fifos_are_refused() {
    let env = TestEnv::initialised();
    let (case, _) = env.case_with_link(Some("partners"));
    let platforms = fifo(&env.root().join("platforms.yaml"));
    refused_quickly(
        &env,
        &[
            "--platforms",
            platforms.to_str().unwrap(),
            "platforms",
            "list",
        ],
        "not a regular file but a FIFO",
    );
    refused_quickly(
        &env,
        &["platforms", "check", platforms.to_str().unwrap()],
        "not a regular file but a FIFO",
    );
    let config = fifo(&env.root().join("config.yaml"));
    refused_quickly(
        &env,
        &["--config", config.to_str().unwrap(), "schedule", "show"],
        "not a regular file but a FIFO",
    );
    std::fs::create_dir_all(env.config_dir()).unwrap();
    fifo(&env.config_dir().join("partners.yaml"));
    refused_quickly(
        &env,
        &["escalate", "--case", &case, "--yes"],
        "not a regular file but a FIFO",
    );
    std::fs::remove_file(env.config_dir().join("partners.yaml")).unwrap();
    // The key file, with the right mode, replaced by a FIFO.
    std::fs::remove_file(env.key_file()).unwrap();
    fifo(&env.key_file());
    std::fs::set_permissions(
        env.key_file(),
        std::os::unix::fs::PermissionsExt::from_mode(0o600),
    )
    .unwrap();
    refused_quickly(&env, &["case", "list"], "not a regular file but a FIFO");
}

#[test]
fn a_ca_file_or_a_template_that_is_a_fifo_is_refused() {
    let env = TestEnv::initialised();
    let (case, _) = env.case_with_link(Some("platforms"));
    let templates = env.config_dir().join("templates/report");
    std::fs::create_dir_all(&templates).unwrap();
    fifo(&templates.join("report.txt.j2"));
    refused_quickly(
        &env,
        &["report", "--case", &case],
        "not a regular file but a FIFO",
    );
    std::fs::remove_file(templates.join("report.txt.j2")).unwrap();

    let ca = fifo(&env.root().join("ca.pem"));
    std::fs::write(
        env.config_dir().join("config.yaml"),
        format!(
            "mail:\n  host: smtp.helpline.example\n  ca_file: {}\n",
            ca.display()
        ),
    )
    .unwrap();
    refused_quickly(&env, &["schedule", "show"], "not a regular file but a FIFO");
}

#[test]
fn standard_input_has_a_bound() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    // /dev/zero as stdin: an endless stream, cut at the bound.
    let zero = Path::new("/dev/zero");
    let (out, took) = timed(
        env.std_command(&["link", "add", "--case", &case, "-"]),
        Some(zero),
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("standard input is larger than 67108864 bytes"),
        "{stderr}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");
    let (out, took) = timed(env.std_command(&["hash", "-"]), Some(zero));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "standard input is larger than 268435456 bytes; give a larger file by its path"
        ),
        "{stderr}"
    );
    assert!(took < Duration::from_secs(10), "{took:?}");

    // A huge pipe (not a file) that a writer keeps filling: the reader stops at the bound and
    // the writer sees the pipe closed.
    let mut child = env
        .std_command(&["case", "note", &case])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let started = Instant::now();
    let chunk = vec![b'a'; 1 << 20];
    let mut written = 0usize;
    while stdin.write_all(&chunk).is_ok() {
        written += chunk.len();
        assert!(
            written < 1 << 30,
            "1 GiB went in and the reader still reads"
        );
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("standard input is larger than"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn a_runaway_user_template_runs_out_of_fuel_and_names_itself() {
    let env = TestEnv::initialised();
    let (case, _) = env.case_with_link(Some("platforms"));
    let runaway =
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}";
    for (dir, file, args) in [
        (
            "report",
            "report.txt.j2",
            vec!["report", "--case", case.as_str()],
        ),
        (
            "guide",
            "guide.txt.j2",
            vec!["guide", "--platform", "instagram", "--category", "ncii"],
        ),
    ] {
        let at = env.config_dir().join("templates").join(dir);
        std::fs::create_dir_all(&at).unwrap();
        std::fs::write(at.join(file), runaway).unwrap();
        let (out, took) = timed(env.std_command(&args), None);
        let stderr = env.redact(&String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert_eq!(
            stderr,
            format!(
                "error: the template `[ROOT]/home/.config/takedown/templates/{dir}/{file}` is broken at line 1: it did more than the 1000000 steps a render may take (a loop too large, or one without end)\n"
            )
        );
        assert!(took < Duration::from_secs(15), "{dir}: {took:?}");
        eprintln!("{dir}: a runaway template failed after {took:?}");
    }
}

/// The files issue 18 added reads of: `home.json` and the store file (read before the store is
/// opened, by every command and by `wipe path`'s guard), and the drafts folder every command
/// sweeps. A FIFO in any of them is refused or removed at once, never waited on.
#[test]
fn a_fifo_as_the_home_file_the_store_file_or_a_leftover_draft_hangs_nothing() {
    let env = TestEnv::initialised();
    let store = env.data_dir().join("takedown.db");
    std::fs::rename(&store, env.root().join("store.bak")).unwrap();
    fifo(&store);
    refused_quickly(&env, &["case", "list"], "is not a takedown case store");
    std::fs::remove_file(&store).unwrap();
    std::fs::rename(env.root().join("store.bak"), &store).unwrap();

    let home = env.data_dir().join("home.json");
    std::fs::rename(&home, env.root().join("home.bak")).unwrap();
    fifo(&home);
    refused_quickly(&env, &["case", "list"], "not a regular file but a FIFO");
    // `wipe path` reads the home file for the key files it guards; a FIFO there must not stop it.
    let doomed = env.root().join("doomed");
    std::fs::create_dir(&doomed).unwrap();
    fifo(&doomed.join("pipe"));
    std::fs::write(doomed.join("file"), "x").unwrap();
    let (out, took) = timed(
        env.std_command(&["wipe", "path", "--yes", doomed.to_str().unwrap()]),
        None,
    );
    assert!(out.status.success(), "{out:?}");
    assert!(took < QUICK, "took {took:?}");
    assert!(!doomed.exists());
    std::fs::remove_file(&home).unwrap();
    std::fs::rename(env.root().join("home.bak"), &home).unwrap();

    // A FIFO left in the private drafts folder: the next command's sweep removes it at once.
    let runtime = tempfile::tempdir_in("/dev/shm").unwrap();
    let drafts = runtime.path().join("takedown-drafts");
    std::fs::create_dir(&drafts).unwrap();
    std::fs::set_permissions(&drafts, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    let stray = fifo(&drafts.join("stray"));
    let mut cmd = env.std_command(&["case", "list"]);
    cmd.env("XDG_RUNTIME_DIR", runtime.path());
    let (out, took) = timed(cmd, None);
    assert!(out.status.success(), "{out:?}");
    assert!(took < QUICK, "took {took:?}");
    assert!(stray.symlink_metadata().is_err(), "the stray FIFO is swept");
}
