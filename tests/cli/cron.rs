//! `takedown cron` and the line `schedule print` writes, run the way cron runs it: through
//! `sh -c`, with an empty environment and no terminal, against the real SMTP server
//! (`tests/servers/smtp.py`) and the local HTTP server that behaves like platforms (issue 19).

use std::process::{Output, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::mail::Fixture;
use crate::recheck::fake_crontab;
use crate::support::http::{HttpServer, Reply};
use crate::support::smtp::{self, Switch};

/// Re-checks due every second, no politeness wait, no retries: what time is not the point of.
const FAST: &str = "recheck:
  host_interval: 0s
  retries: 0
  timeout: 30s
  schedule:
    pending_every: 1s
    pending_then: 1s
    removed_every: 1s
    removed_then: 1s
";

/// The mail fixture's config.yaml with `extra` sections after it.
fn configure(fixture: &Fixture, port: u16, extra: &str) {
    fixture.configure(port);
    let path = fixture.config_dir().join("config.yaml");
    let mail = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{mail}{FAST}{extra}")).unwrap();
}

/// The command of the cron line `schedule print` writes, given `--platforms`.
fn printed_command(fixture: &Fixture, platforms: &str) -> String {
    let printed = fixture
        .env
        .ok(&["--platforms", platforms, "schedule", "print"]);
    let line = printed
        .lines()
        .find(|l| l.ends_with(" # takedown cron"))
        .unwrap_or_else(|| panic!("no cron line in {printed}"));
    let command = line
        .strip_prefix("17 * * * * ")
        .unwrap()
        .strip_suffix(" # takedown cron")
        .unwrap();
    command.to_owned()
}

/// Runs `command` as cron would: `sh -c`, an empty environment, nothing on stdin.
fn run_as_cron(command: &str) -> Output {
    std::process::Command::new("sh")
        .args(["-c", command])
        .env_clear()
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

fn text(out: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn is_silent(out: &Output) -> bool {
    out.stdout.is_empty() && out.stderr.is_empty()
}

/// A case with one link at `/p/1` of the local site, answering 404; returns case and link.
fn removed_link(fixture: &Fixture, http: &HttpServer, platforms: &str) -> (String, String) {
    let env = &fixture.env;
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    http.set("/p/1", Reply::Page(404, "gone".into()));
    let url = http.url("/p/1");
    let out = env.link_on(platforms, &case, &url);
    (case, out.lines().next().unwrap().to_owned())
}

fn outbox(fixture: &Fixture) -> Vec<Value> {
    fixture
        .env
        .ok(&["outbox", "list", "--json"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The line runs literally with an empty environment (so the platforms file, config.yaml and
/// the key file all come from the line and the data directory): quiet while nothing is new; a
/// resurfaced link is told by id and exit 1; the alert the SMTP server defers (451) waits in
/// the outbox with its try and error, goes out with the next run, exactly once, and is never
/// told again.
#[test]
fn the_printed_cron_line_runs_with_an_empty_environment_and_retries_a_deferred_alert() {
    let (fixture, server, http, platforms) = Fixture::with_local_site();
    configure(&fixture, server.port, "");
    let env = &fixture.env;
    let (case, link) = removed_link(&fixture, &http, &platforms);
    env.ok(&["link", "set", &link, "--status", "reported"]);
    let command = printed_command(&fixture, &platforms);
    assert!(
        command.contains(&format!("--platforms '{platforms}'"))
            && command.contains("--config '")
            && command.ends_with(" cron --quiet --as cron"),
        "{command}"
    );

    // A removal is news for `link list`, not for cron's mail.
    let out = run_as_cron(&command);
    assert!(is_silent(&out) && out.status.success(), "{}", text(&out));
    let shown: Value = serde_json::from_str(&env.ok(&["--json", "link", "show", &link])).unwrap();
    assert_eq!(shown["link"]["status"], "removed", "{shown}");

    // Back online while the server defers every recipient: told by id, never by URL.
    std::thread::sleep(Duration::from_millis(1100));
    http.set("/p/1", Reply::Page(200, "back".into()));
    server.set(Switch::RcptReply, Some("451 4.3.0 try again later"));
    let out = run_as_cron(&command);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(out.stdout.is_empty(), "{said}");
    assert!(
        said.contains(&format!("resurfaced: link `{link}` of case `{case}`")),
        "{said}"
    );
    assert!(
        !said.contains("127.0.0.1") && !said.contains("/p/1"),
        "{said}"
    );
    assert!(server.received().is_empty());
    let alert = outbox(&fixture)
        .into_iter()
        .find(|m| m["kind"] == "alert")
        .unwrap();
    assert_eq!(alert["state"], "queued", "{alert}");
    assert_eq!(alert["attempts"], 1, "{alert}");
    assert!(
        alert["last_error"].as_str().unwrap().contains("451"),
        "{alert}"
    );
    let listed = env.ok(&["outbox", "list"]);
    assert!(listed.contains("451"), "{listed}");

    // The next run sends it, once, and says nothing: the news was told already.
    std::thread::sleep(Duration::from_millis(1100));
    server.set(Switch::RcptReply, None);
    let out = run_as_cron(&command);
    assert!(is_silent(&out) && out.status.success(), "{}", text(&out));
    std::thread::sleep(Duration::from_millis(1100));
    let out = run_as_cron(&command);
    assert!(is_silent(&out) && out.status.success(), "{}", text(&out));
    let copies: Vec<usize> = server.copies().into_values().collect();
    assert_eq!(copies, [1], "the alert went out exactly once");
    let sent = &server.received()[0];
    assert_eq!(
        sent["message_id"].as_str(),
        alert["message_id"].as_str(),
        "{sent}"
    );
    let alert = outbox(&fixture)
        .into_iter()
        .find(|m| m["kind"] == "alert")
        .unwrap();
    assert_eq!(
        (&alert["state"], &alert["attempts"]),
        (&"sent".into(), &2.into())
    );
}

/// Quiet runs name a message that needs a decision once per state, not every hour, and a
/// deferral that lasts is told once too.
#[test]
fn a_message_that_keeps_failing_is_told_once() {
    let (fixture, server, http, platforms) = Fixture::with_local_site();
    configure(&fixture, server.port, "");
    let env = &fixture.env;
    removed_link(&fixture, &http, &platforms);
    let command = printed_command(&fixture, &platforms);
    assert!(run_as_cron(&command).status.success());
    std::thread::sleep(Duration::from_millis(1100));
    http.set("/p/1", Reply::Page(200, "back".into()));
    server.set(Switch::RcptReply, Some("451 4.3.0 try again later"));
    assert_eq!(run_as_cron(&command).status.code(), Some(1));
    // Still deferred: retried, not told again.
    std::thread::sleep(Duration::from_millis(1100));
    let out = run_as_cron(&command);
    assert!(is_silent(&out) && out.status.success(), "{}", text(&out));
    // Refused for good: that is new, and told once.
    server.set(Switch::RcptReply, Some("550 5.1.1 no such mailbox"));
    std::thread::sleep(Duration::from_millis(1100));
    let out = run_as_cron(&command);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.contains("failed"), "{said}");
    std::thread::sleep(Duration::from_millis(1100));
    let out = run_as_cron(&command);
    assert!(is_silent(&out) && out.status.success(), "{}", text(&out));
    // Staff at a terminal see it every time.
    let said = env.run(&["--platforms", &platforms, "recheck"]);
    assert!(said.contains("failed: the server refused"), "{said}");
}

/// All fetches failing (a dead port: as when the network is down) is exit 2 with what the
/// errors say, never a quiet 0; the alert after `alert_after_failed_runs` such runs goes once
/// per streak; a run that fetches ends the streak. The other jobs still run.
#[test]
fn runs_whose_fetches_fail_exit_2_and_staff_are_alerted_once() {
    let (fixture, server, http, platforms) = Fixture::with_local_site();
    configure(&fixture, server.port, "  alert_after_failed_runs: 2\n");
    let env = &fixture.env;
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    let dead = format!("http://127.0.0.1:{}/p/", smtp::free_port());
    let urls: String = (0..3).map(|n| format!("{dead}{n}\n")).collect();
    env.ok_stdin(
        &[
            "--platforms",
            &platforms,
            "link",
            "add",
            "--case",
            &case,
            "-",
        ],
        &urls,
    );
    let command = printed_command(&fixture, &platforms);
    let out = run_as_cron(&command);
    let said = text(&out);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(
        said.contains(
            "3 of 3 links could not be fetched: the network is down, or connections are refused"
        ),
        "{said}"
    );
    assert!(!said.contains(&dead), "{said}");
    assert!(server.received().is_empty(), "one failed run is no alert");
    std::thread::sleep(Duration::from_millis(1100));
    let out = run_as_cron(&command);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("(2 runs in a row)"), "{}", text(&out));
    let received = server.received();
    assert_eq!(received.len(), 1, "the alert after two failed runs");
    let raw = server.raw(0);
    assert!(raw.contains("re-checks failing: 2 runs in a row"), "{raw}");
    assert!(!raw.contains("127.0.0.1:"), "{raw}");
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(run_as_cron(&command).status.code(), Some(2));
    assert_eq!(server.received().len(), 1, "once per streak");

    // Half of the fetches working is not more than the default share failing: the streak ends.
    for n in 0..3 {
        let path = format!("/ok/{n}");
        http.set(&path, Reply::Page(200, "up".into()));
        env.link_on(&platforms, &case, &http.url(&path));
    }
    std::thread::sleep(Duration::from_millis(1100));
    let out = run_as_cron(&command);
    assert!(is_silent(&out) && out.status.success(), "{}", text(&out));
}

/// A share outside 0 to 1 is refused when config.yaml is read, with its line and column.
#[test]
fn the_failure_share_is_checked_when_settings_load() {
    let (fixture, _server) = Fixture::running();
    let path = fixture.config_dir().join("config.yaml");
    std::fs::write(&path, "recheck:\n  fail_share: 1.5\n").unwrap();
    let out = fixture.env.run(&["cron", "--quiet"]);
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(
        out.contains("  2:3: recheck: `1.5` is not a share between 0 and 1, such as `0.5`"),
        "{out}"
    );
}

/// `schedule show` warns when the installed line is not what `schedule print` writes now (here:
/// staff started using their own platforms file), and `install` replaces it, never adding a
/// second line.
#[test]
fn schedule_show_warns_about_a_stale_cron_line_and_install_replaces_it() {
    let (fixture, _server, _http, platforms) = Fixture::with_local_site();
    let env = &fixture.env;
    let (path_var, tab) = fake_crontab(env);
    let run = |args: &[&str]| {
        let out = env.command(args).env("PATH", &path_var).output().unwrap();
        assert!(out.status.success(), "{}", text(&out));
        String::from_utf8(out.stderr).unwrap()
    };
    run(&["schedule", "install"]);
    assert_eq!(run(&["schedule", "show"]), "");
    let said = run(&["--platforms", &platforms, "schedule", "show"]);
    assert!(
        said.contains(
            "the installed cron line is not the one `takedown schedule print` writes now"
        ),
        "{said}"
    );
    run(&["--platforms", &platforms, "schedule", "install"]);
    let table = std::fs::read_to_string(&tab).unwrap();
    let ours: Vec<&str> = table.lines().filter(|l| l.contains("takedown")).collect();
    assert_eq!(ours.len(), 1, "{table}");
    assert!(
        ours[0].contains(&format!("--platforms '{platforms}'")),
        "{table}"
    );
    assert_eq!(run(&["--platforms", &platforms, "schedule", "show"]), "");
}

/// Template overrides found through `$HOME` (the config directory) go with the line: cron with
/// no `$HOME`, or another one holding templates of its own, still renders staff's alert with
/// the overrides in force where the line was printed.
#[test]
fn the_cron_line_carries_the_template_overrides_found_through_home() {
    let (fixture, server, http, platforms) = Fixture::with_local_site();
    configure(&fixture, server.port, "");
    let override_subject = |dir: &std::path::Path, subject: &str| {
        let mail = dir.join("templates/mail");
        std::fs::create_dir_all(&mail).unwrap();
        std::fs::write(mail.join("alert-subject.txt.j2"), subject).unwrap();
    };
    override_subject(&fixture.config_dir(), "Night shift: {{ count }} to look at");
    let elsewhere = fixture.env.root().join("cron-home");
    override_subject(&elsewhere.join(".config/takedown"), "the wrong templates");
    removed_link(&fixture, &http, &platforms);
    let command = printed_command(&fixture, &platforms);
    let templates = fixture.config_dir().join("templates");
    assert!(
        command.contains(&format!("--templates '{}'", templates.display())),
        "{command}"
    );
    let as_cron = |home: Option<&std::path::Path>| {
        let mut cron = std::process::Command::new("sh");
        cron.args(["-c", &command]).env_clear().stdin(Stdio::null());
        if let Some(home) = home {
            cron.env("HOME", home);
        }
        cron.output().unwrap()
    };
    assert!(as_cron(None).status.success());
    for (n, home) in [None, Some(elsewhere.as_path())].into_iter().enumerate() {
        std::thread::sleep(Duration::from_millis(1100));
        http.set("/p/1", Reply::Page(200, "back".into()));
        let out = as_cron(home);
        assert_eq!(out.status.code(), Some(1), "{}", text(&out));
        let raw = server.raw(n);
        assert!(raw.contains("Subject: Night shift: 1 to look at"), "{raw}");
        // Removed again, for the next round to resurface.
        http.set("/p/1", Reply::Page(404, "gone".into()));
        std::thread::sleep(Duration::from_millis(1100));
        assert!(as_cron(home).status.success());
    }
}
