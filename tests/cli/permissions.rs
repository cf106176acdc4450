//! Every file and folder takedown creates is the user's alone (0600 and 0700), whatever the
//! umask: a session of the commands that write something runs under umask 000, then the data
//! directory, the config directory and every export are walked and each mode is checked.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::evidence::tagged_picture;
use crate::recheck::PLATFORMS;
use crate::support::TestEnv;
use crate::support::http::{HttpServer, Reply};

/// Runs `takedown` in `env` under umask 000, so any mode the tool does not set itself shows as
/// world-writable; `terminal` runs it on a pseudo-terminal (util-linux `script`).
fn takedown(env: &TestEnv, args: &[&str], stdin: &str, terminal: bool) -> Output {
    let hermetic = env.std_command(args);
    // No argument here holds a quote: the test's own paths and ids.
    let words: Vec<String> = std::iter::once(hermetic.get_program())
        .chain(hermetic.get_args())
        .map(|a| format!("'{}'", a.to_str().unwrap()))
        .collect();
    let line = format!("umask 000; exec {}", words.join(" "));
    let mut cmd = if terminal {
        let mut cmd = Command::new("script");
        cmd.args(["-qec", &line, "/dev/null"]);
        cmd
    } else {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", &line]);
        cmd
    };
    cmd.env_clear()
        .envs(hermetic.get_envs().filter_map(|(k, v)| Some((k, v?))))
        .env("TAKEDOWN_PLATFORMS", env.root().join("platforms.yaml"))
        .env("EDITOR", env.root().join("editor.sh"))
        .current_dir(env.root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    std::io::Write::write_all(child.stdin.as_mut().unwrap(), stdin.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "`takedown {}` failed:\n{}{}",
        args.join(" "),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn ok(env: &TestEnv, args: &[&str]) -> String {
    let out = takedown(env, args, "", false);
    String::from_utf8(out.stdout).unwrap().trim().to_owned()
}

/// `path` and everything below it, with each mode that is not 0700 (folders) or 0600 (files).
fn wrong_modes(path: &Path, wrong: &mut Vec<String>) {
    let meta = path.symlink_metadata().unwrap();
    let mode = meta.permissions().mode() & 0o7777;
    let want = if meta.is_dir() { 0o700 } else { 0o600 };
    if mode != want {
        wrong.push(format!("{:o} {}", mode, path.display()));
    }
    if meta.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            wrong_modes(&entry.unwrap().path(), wrong);
        }
    }
}

#[test]
fn every_file_and_folder_a_session_creates_is_0600_or_0700_under_umask_000() {
    let env = TestEnv::new();
    let root = env.root();
    let server = HttpServer::start();
    server.set("/a", Reply::Page(200, "<p>still here</p>".into()));
    server.set("/b", Reply::Page(200, "<p>also here</p>".into()));
    // Made by the test, not by takedown, and so not walked: the platforms file, the editor, the
    // pictures and the settings.
    std::fs::write(root.join("platforms.yaml"), PLATFORMS).unwrap();
    std::fs::write(
        root.join("editor.sh"),
        "#!/bin/sh\nstat -c %a \"$1\" > \"$(dirname \"$0\")/draft-mode\"\necho 'from the editor' >> \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(
        root.join("editor.sh"),
        std::fs::Permissions::from_mode(0o700),
    )
    .unwrap();
    let picture = tagged_picture(&env, "shot.jpg", image::ImageFormat::Jpeg);
    let config_dir = env.config_dir();
    let key = config_dir.join("key");

    let init = ok(
        &env,
        &["init", "--yes", "--key-file", key.to_str().unwrap()],
    );
    let code = init.lines().last().unwrap().to_owned();
    std::fs::remove_file(&key).unwrap(); // lost: the recovery code puts it back
    takedown(&env, &["key", "restore"], &format!("{code}\n"), false);
    takedown(&env, &["mail", "password"], "secret\n", false);
    std::fs::write(
        config_dir.join("config.yaml"),
        "mail:\n  host: 127.0.0.1\n  port: 9\n  from: desk@helpline.test\n",
    )
    .unwrap();
    std::fs::write(
        config_dir.join("partners.yaml"),
        "partners:\n  - name: Test desk\n    platforms: [testsite]\n    addresses: [desk@partner.test]\n    response_hours: 48\n",
    )
    .unwrap();
    let made_by_test = [
        config_dir.join("config.yaml"),
        config_dir.join("partners.yaml"),
    ];

    let case = ok(
        &env,
        &[
            "case",
            "new",
            "-c",
            "ncii",
            "--consent",
            "platforms,partners,law-enforcement",
        ],
    );
    let links = takedown(
        &env,
        &["link", "add", "--case", &case, "-"],
        &format!("{}\n{}\n", server.url("/a"), server.url("/b")),
        false,
    );
    let link = String::from_utf8(links.stdout).unwrap();
    let link = link.lines().next().unwrap();
    ok(&env, &["link", "set", link, "--status", "reported"]);
    takedown(&env, &["case", "note", &case], "", true);
    assert_eq!(
        std::fs::read_to_string(root.join("draft-mode"))
            .unwrap()
            .trim(),
        "600",
        "the editor's draft"
    );
    ok(&env, &["recheck", "--all"]);
    ok(
        &env,
        &[
            "report", "--case", &case, "--format", "html", "--out", "reports",
        ],
    );
    ok(
        &env,
        &[
            "report", "--case", &case, "--format", "md", "--out", "reports",
        ],
    );
    ok(
        &env,
        &[
            "guide",
            "--platform",
            "instagram",
            "--category",
            "ncii",
            "--format",
            "html",
            "--out",
            "guide.html",
        ],
    );
    ok(
        &env,
        &["escalate", "--case", &case, "--dry-run", "--out", "drafts"],
    );
    let item = ok(
        &env,
        &["evidence", "add", "--case", &case, "--strip", "shot.jpg"],
    );
    let item = item.lines().next().unwrap();
    ok(
        &env,
        &["evidence", "strip", "shot.jpg", "--out", "stripped.jpg"],
    );
    ok(&env, &["evidence", "open", item, "--out", "opened.jpg"]);
    ok(
        &env,
        &["evidence", "export", "--case", &case, "--bagit", "bag"],
    );
    let recipient = age::x25519::Identity::generate().to_public().to_string();
    ok(
        &env,
        &[
            "evidence",
            "export",
            "--case",
            &case,
            "--bagit",
            "bag.tar.age",
            "--encrypt-to",
            &recipient,
        ],
    );
    ok(
        &env,
        &["hash", "--export", "hashes.csv", picture.to_str().unwrap()],
    );
    ok(
        &env,
        &[
            "stats",
            "--internal",
            "--chart",
            "chart.svg",
            "--html",
            "stats.html",
        ],
    );
    ok(&env, &["stats", "--internal", "--chart", "chart.png"]);
    let other = ok(&env, &["case", "new", "-c", "harassment"]);
    ok(&env, &["wipe", "case", "--yes", &other]);

    let exports: Vec<PathBuf> = [
        "reports",
        "guide.html",
        "drafts",
        "stripped.jpg",
        "opened.jpg",
        "bag",
        "bag.tar.age",
        "hashes.csv",
        "chart.svg",
        "chart.png",
        "stats.html",
    ]
    .iter()
    .map(|name| root.join(name))
    .collect();
    let data = env.data_dir();
    for must in [
        data.join("recheck.lock"),
        data.join("takedown.lock"),
        key.clone(),
    ] {
        assert!(must.exists(), "{} was not made", must.display());
    }
    let mut wrong = Vec::new();
    for path in [data, config_dir.clone()].iter().chain(&exports) {
        wrong_modes(path, &mut wrong);
    }
    wrong.retain(|line| {
        !made_by_test
            .iter()
            .any(|p| line.ends_with(p.to_str().unwrap()))
    });
    assert!(
        wrong.is_empty(),
        "not 0600 (files) or 0700 (folders), under [ROOT] = {}:\n{}",
        root.display(),
        wrong.join("\n")
    );
}
