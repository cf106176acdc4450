//! An e-mail goes out once (issue 16): concurrent senders, kills and SIGTERM at each step of the
//! SMTP dialogue, a server that answers 451 or 5xx, and consent withdrawn while a message waits
//! (issue 15). Every test runs the real binary against the real SMTP server process
//! (`tests/servers/smtp.py`) and counts what the server accepted by Message-ID.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::mail::{Fixture, age_sent_mail};
use crate::support::smtp::{self, SmtpServer, Switch};

/// Starts `takedown args` in the background, its output discarded.
fn spawn(fixture: &Fixture, args: &[&str]) -> Child {
    fixture
        .env
        .std_command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Sends `signal` (`TERM`, `INT`, `KILL`) to `child`.
fn signal(child: &Child, signal: &str) {
    let sent = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
}

/// Waits for `child` to end, at most `limit`; returns how long it took, or panics.
fn ended_within(child: &mut Child, limit: Duration) -> (Duration, std::process::ExitStatus) {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (start.elapsed(), status);
        }
        assert!(
            start.elapsed() < limit,
            "still running after {limit:?}: the process did not end"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The outbox entry `id`.
fn entry(fixture: &Fixture, id: &str) -> Value {
    fixture
        .outbox()
        .into_iter()
        .find(|m| m["id"] == id)
        .unwrap_or_else(|| panic!("`{id}` is not in the outbox"))
}

/// Every message the server accepted more than once.
fn duplicates(server: &SmtpServer) -> Vec<(String, usize)> {
    server
        .copies()
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .collect()
}

/// `messages` escalations queued while the server is down (each its own case), so a test can
/// start senders on all of them at once.
fn queue_while_down(fixture: &Fixture, messages: usize) -> Vec<String> {
    (0..messages)
        .map(|_| {
            let case = fixture.case(&["--consent", "partners"]);
            let out = fixture
                .env
                .output(&["escalate", "--case", &case, "--yes", "-q"], "");
            assert_eq!(
                out.status.code(),
                Some(1),
                "the server is down: stays queued"
            );
            String::from_utf8(out.stdout).unwrap().trim().to_owned()
        })
        .collect()
}

#[test]
fn concurrent_senders_send_each_message_exactly_once() {
    let port = smtp::free_port();
    let fixture = Fixture::new(port);
    let server = fixture.server(port);
    let mut rounds = Vec::new();
    for senders in [2, 3, 5] {
        for _ in 0..3 {
            fixture.configure(smtp::free_port());
            let ids = queue_while_down(&fixture, 3);
            fixture.configure(server.port);
            let mut children: Vec<Child> = (0..senders)
                .map(|_| spawn(&fixture, &["outbox", "send"]))
                .collect();
            for child in &mut children {
                let (_, status) = ended_within(child, Duration::from_secs(120));
                assert!(status.code().is_some_and(|c| c <= 1), "{status}");
            }
            for id in &ids {
                assert_eq!(entry(&fixture, id)["state"], "sent", "{id}");
            }
            rounds.push((senders, server.received().len()));
            assert_eq!(duplicates(&server), [], "with {senders} senders");
        }
    }
    assert_eq!(server.copies().len(), 27, "{rounds:?}");
}

#[test]
fn an_accepted_message_is_recorded_before_quit_and_never_sent_again() {
    for signal_name in ["KILL", "TERM"] {
        let fixture = Fixture::new(0);
        let server = fixture.server(0);
        fixture.configure(server.port);
        let case = fixture.case(&["--consent", "partners"]);
        server.set(Switch::StallQuit, Some(""));
        let mut child = spawn(&fixture, &["escalate", "--case", &case, "--yes"]);
        server.wait_held(Switch::StallQuit);
        signal(&child, signal_name);
        ended_within(&mut child, Duration::from_secs(10));
        server.set(Switch::StallQuit, None);

        assert_eq!(server.received().len(), 1);
        let outbox = fixture.outbox();
        assert_eq!(outbox[0]["state"], "sent", "SIG{signal_name} at QUIT");
        fixture.env.ok(&["outbox", "send"]);
        assert_eq!(duplicates(&server), [], "SIG{signal_name} at QUIT");
        assert_eq!(server.received().len(), 1);
    }
}

#[test]
fn a_second_escalate_while_the_server_defers_queues_nothing_more() {
    let fixture = Fixture::new(0);
    let server = fixture.server(0);
    fixture.configure(server.port);
    let case = fixture.case(&["--consent", "partners"]);
    server.set(Switch::DataReply, Some("451 4.3.0 Try again later"));
    let first = fixture
        .env
        .output(&["escalate", "--case", &case, "--yes"], "");
    assert_eq!(first.status.code(), Some(1));
    let id = String::from_utf8(first.stdout).unwrap().trim().to_owned();
    assert_eq!(entry(&fixture, &id)["state"], "queued");
    assert_eq!(
        entry(&fixture, &id)["last_error"],
        "the server deferred the message (451)"
    );

    let again = fixture
        .env
        .output(&["escalate", "--case", &case, "--yes"], "");
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert_eq!(again.status.code(), Some(0), "{stderr}");
    assert!(again.stdout.is_empty(), "no new id");
    assert!(
        stderr.contains(&format!("already covered by `{id}` (queued)")),
        "{stderr}"
    );
    assert_eq!(fixture.outbox().len(), 1);

    server.set(Switch::DataReply, None);
    fixture.env.ok(&["outbox", "send"]);
    fixture.env.ok(&["outbox", "send"]);
    assert_eq!(server.copies().len(), 1);
    assert_eq!(duplicates(&server), []);
    assert_eq!(server.refused().len(), 1, "the first try was deferred");
}

#[test]
fn a_follow_up_is_not_sent_once_partner_consent_is_withdrawn() {
    let (fixture, smtp, http, platforms) = Fixture::with_local_site();
    let env = &fixture.env;
    let p = platforms.as_str();
    http.set(
        "/post/1",
        crate::support::http::Reply::Page(200, "a post".into()),
    );
    let case = env.ok(&["case", "new", "--category", "ncii", "--consent", "partners"]);
    env.ok(&[
        "--platforms",
        p,
        "link",
        "add",
        "--case",
        &case,
        &http.url("/post/1"),
    ]);
    env.ok(&["--platforms", p, "escalate", "--case", &case, "--yes"]);
    env.ok(&[
        "--platforms",
        p,
        "recheck",
        "--all",
        "--host-interval",
        "0s",
    ]);
    env.ok(&["case", "consent", &case, "--withdraw", "partners"]);
    age_sent_mail(env, 49);

    let out = env.output(&["--platforms", p, "escalate", "followup"], "");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(smtp.received().len(), 1, "only the escalation: {stderr}");
    assert!(
        stderr.contains(&format!(
            "case `{case}` no longer has consent to share with partners"
        )),
        "{stderr}"
    );
}

#[test]
fn a_withdrawal_withholds_what_is_queued_and_consent_again_does_not_release_it() {
    let port = smtp::free_port();
    let fixture = Fixture::new(port);
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    let out = env.output(&["escalate", "--case", &case, "--yes", "-q"], "");
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert_eq!(entry(&fixture, &id)["state"], "queued");

    env.ok(&["case", "consent", &case, "--withdraw", "partners"]);
    let withheld = entry(&fixture, &id);
    assert_eq!(withheld["state"], "withheld");
    assert_eq!(
        withheld["withheld_reason"],
        "consent to share with partners was withdrawn"
    );
    let server = fixture.server(port);
    env.ok(&["case", "consent", &case, "--give", "partners"]);
    let send = env.run(&["outbox", "send"]);
    assert_eq!(server.received().len(), 0, "{send}");
    assert_eq!(entry(&fixture, &id)["state"], "withheld");
    insta::assert_snapshot!(env.run(&["outbox", "send", &id]), @r"
    exit: 2
    ----- stderr -----
    error: message `[MAIL]` is withheld, not queued
    hint: consent to share was withdrawn: staff re-run the action (`takedown escalate`) once it is given again
    ");

    env.ok(&["outbox", "drop", &id, "--yes"]);
    assert_eq!(entry(&fixture, &id)["state"], "dropped");
    // Staff re-run the action: a new message, sent.
    let again = env.ok(&["escalate", "--case", &case, "--yes", "-q"]);
    assert_ne!(again, id);
    assert_eq!(server.received().len(), 1);
}
