//! An e-mail goes out once (issue 16): concurrent senders, kills and SIGTERM at each step of the
//! SMTP dialogue, a server that answers 451 or 5xx, and consent withdrawn while a message waits
//! (issue 15). Every test runs the real binary against the real SMTP server process
//! (`tests/servers/smtp.py`) and counts what the server accepted by Message-ID.

use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::mail::{Fixture, age_sent_mail};
use crate::support::recheck_all;
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
pub(crate) fn signal(child: &Child, signal: &str) {
    let sent = std::process::Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(sent.success());
}

/// Waits up to two minutes for each of `children`, which must end with 0 or 1 (never 2, and
/// never killed).
fn all_end_without_failure(children: &mut [Child]) {
    for child in children {
        let (_, status) = ended_within(child, Duration::from_secs(120));
        let mut stderr = String::new();
        std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut stderr).unwrap();
        assert!(status.code().is_some_and(|c| c <= 1), "{status}: {stderr}");
    }
}

/// Waits for `child` to end, at most `limit`; returns how long it took, or panics.
pub(crate) fn ended_within(
    child: &mut Child,
    limit: Duration,
) -> (Duration, std::process::ExitStatus) {
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
pub(crate) fn duplicates(server: &SmtpServer) -> Vec<(String, usize)> {
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
            all_end_without_failure(&mut children);
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
        let (fixture, server) = Fixture::running();
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
    let (fixture, server) = Fixture::running();
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
    let case = env.escalated_and_rechecked(p, &http.url("/post/1"));
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

/// The signal a process ended by, if it did.
fn ended_by(status: std::process::ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(&status)
}

#[test]
fn sigterm_and_sigint_while_the_server_answers_the_body_wait_for_the_answer_and_record_it() {
    for (name, number) in [("TERM", 15), ("INT", 2)] {
        let (fixture, server) = Fixture::running();
        let case = fixture.case(&["--consent", "partners"]);
        server.set(Switch::DelayData, Some(""));
        let mut child = spawn(&fixture, &["escalate", "--case", &case, "--yes"]);
        server.wait_held(Switch::DelayData);
        signal(&child, name);
        std::thread::sleep(Duration::from_millis(500));
        assert!(
            child.try_wait().unwrap().is_none(),
            "SIG{name} must wait for the server's answer"
        );
        server.set(Switch::DelayData, None);
        let (_, status) = ended_within(&mut child, Duration::from_secs(20));
        assert_eq!(
            ended_by(status),
            Some(number),
            "ends by SIG{name} once recorded"
        );
        assert_eq!(fixture.outbox()[0]["state"], "sent", "SIG{name}");
        let links = fixture.env.ok(&["link", "list", "--case", &case, "--json"]);
        assert_eq!(links.matches("\"escalated\"").count(), 2, "{links}");
        fixture.env.ok(&["outbox", "send"]);
        assert_eq!(server.received().len(), 1, "SIG{name}");
    }
}

#[test]
fn a_sender_killed_after_the_body_leaves_it_uncertain_until_staff_resend_it() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    server.set(Switch::DelayData, Some(""));
    let mut child = spawn(&fixture, &["escalate", "--case", &case, "--yes"]);
    server.wait_held(Switch::DelayData);
    signal(&child, "KILL");
    child.wait().unwrap();
    server.set(Switch::DelayData, None);
    // The server took it after all, and nobody heard: the window SMTP cannot close.
    let waited = Instant::now();
    while server.received().is_empty() {
        assert!(
            waited.elapsed() < Duration::from_secs(30),
            "the server kept nothing"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let id = fixture.outbox()[0]["id"].as_str().unwrap().to_owned();
    let shown = entry(&fixture, &id);
    assert_eq!(shown["state"], "uncertain");
    assert_eq!(
        shown["last_error"],
        "interrupted after the message body began: the server may have accepted it"
    );
    assert!(shown["body_started_at"].is_string());
    insta::assert_snapshot!(env.run(&["outbox", "send"]), @r"
    exit: 0
    ----- stderr -----
    nothing is queued
    ");
    let again = env.run(&["escalate", "--case", &case, "--yes"]);
    assert!(again.starts_with("exit: 0\n"), "{again}");
    assert!(
        again.contains("already covered by `[MAIL]` (uncertain)"),
        "{again}"
    );
    assert_eq!(server.received().len(), 1, "not resent on its own");

    // The unattended job names it, and calls for a look. No link is fetched: they are real
    // platforms' URLs, which a test never fetches (and whose failing would exit 2).
    let recheck = env.run(&["recheck", "--due", "--platform", "none"]);
    assert!(recheck.starts_with("exit: 1\n"), "{recheck}");
    assert!(
        recheck.contains(
            "warning: `[MAIL]` is uncertain: interrupted after the message body began: the server may have accepted it; it is not sent again unless you say so: `takedown outbox send --resend-uncertain [MAIL]`"
        ),
        "{recheck}"
    );

    env.ok(&["outbox", "send", "--resend-uncertain", &id]);
    assert_eq!(
        server.copies().values().copied().collect::<Vec<_>>(),
        [2],
        "sent again, deliberately"
    );
    assert_eq!(entry(&fixture, &id)["state"], "sent");
    let out = env.run(&["outbox", "send", "--resend-uncertain", &id]);
    assert!(out.contains("is sent, not uncertain"), "{out}");
}

#[test]
fn sigterm_before_the_body_ends_at_once_and_the_message_is_sent_once_later() {
    let (fixture, server) = Fixture::running();
    let case = fixture.case(&["--consent", "partners"]);
    server.stall(true);
    let mut child = spawn(&fixture, &["escalate", "--case", &case, "--yes"]);
    server.wait_stalled();
    signal(&child, "TERM");
    let (took, status) = ended_within(&mut child, Duration::from_secs(5));
    assert_eq!(ended_by(status), Some(15), "{took:?}");
    server.stall(false);
    let outbox = fixture.outbox();
    assert_eq!(outbox[0]["state"], "queued");
    assert_eq!(
        outbox[0]["last_error"],
        "interrupted before the message body began"
    );
    fixture.env.ok(&["outbox", "send"]);
    fixture.env.ok(&["outbox", "send"]);
    assert_eq!(server.received().len(), 1);
    assert_eq!(duplicates(&server), []);
}

#[test]
fn a_message_held_by_a_running_sender_is_skipped_by_the_others() {
    let port = smtp::free_port();
    let fixture = Fixture::new(port);
    let id = queue_while_down(&fixture, 1).remove(0);
    let server = fixture.server(port);
    server.stall(true);
    let mut first = spawn(&fixture, &["outbox", "send"]);
    server.wait_stalled();
    let second = fixture.env.run(&["outbox", "send"]);
    let shown = entry(&fixture, &id);
    assert_eq!(shown["state"], "sending");
    assert_eq!(shown["sender_pid"], first.id());
    assert!(
        second.starts_with("exit: 0\n")
            && second.contains(&format!("`[MAIL]` is being sent by process {}", first.id())),
        "{second}"
    );
    server.stall(false);
    let (_, status) = ended_within(&mut first, Duration::from_secs(30));
    assert!(status.success(), "{status}");
    assert_eq!(server.received().len(), 1);
    assert_eq!(entry(&fixture, &id)["state"], "sent");
}

#[test]
fn a_5xx_after_the_body_fails_the_message_for_good() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    server.set(Switch::DataReply, Some("554 5.7.1 Message rejected"));
    let out = env.run(&["escalate", "--case", &case, "--yes", "-q"]);
    assert!(out.starts_with("exit: 1\n"), "{out}");
    assert!(
        out.contains("failed: the server refused the message (554); it is not sent again"),
        "{out}"
    );
    let shown = &fixture.outbox()[0];
    assert_eq!(shown["state"], "failed");
    server.set(Switch::DataReply, None);
    env.ok(&["outbox", "send"]);
    assert!(server.received().is_empty());
    assert_eq!(server.refused().len(), 1);
    let links = env.ok(&["link", "list", "--case", &case, "--json"]);
    assert!(!links.contains("escalated"), "{links}");
    // A failed message covers nothing: staff may escalate again (after fixing partners.yaml).
    let again = env.output(&["escalate", "--case", &case, "--yes", "-q"], "");
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(server.received().len(), 1);
}

#[test]
fn concurrent_escalations_of_one_case_queue_and_send_one_message() {
    let (fixture, server) = Fixture::running();
    for runs in [2, 3, 5] {
        for _ in 0..2 {
            let case = fixture.case(&["--consent", "partners"]);
            let mut children: Vec<Child> = (0..runs)
                .map(|_| spawn(&fixture, &["escalate", "--case", &case, "--yes"]))
                .collect();
            all_end_without_failure(&mut children);
            let mine: Vec<Value> = fixture
                .outbox()
                .into_iter()
                .filter(|m| m["case"] == case.as_str())
                .collect();
            assert_eq!(mine.len(), 1, "{runs} runs of escalate: {mine:?}");
            assert_eq!(mine[0]["state"], "sent");
            assert_eq!(duplicates(&server), [], "{runs} runs of escalate");
        }
    }
    assert_eq!(server.received().len(), 6);
}

#[test]
fn an_escalate_killed_at_any_step_adds_no_message_when_run_again() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    for (switch, expect) in [
        (Switch::StallRcpt, "queued"),
        (Switch::DelayData, "uncertain"),
        (Switch::StallQuit, "sent"),
    ] {
        let case = fixture.case(&["--consent", "partners"]);
        server.set(switch, Some(""));
        let mut child = spawn(&fixture, &["escalate", "--case", &case, "--yes"]);
        server.wait_held(switch);
        signal(&child, "KILL");
        child.wait().unwrap();
        server.set(switch, None);
        let again = env.output(&["escalate", "--case", &case, "--yes"], "");
        let mine: Vec<Value> = fixture
            .outbox()
            .into_iter()
            .filter(|m| m["case"] == case.as_str())
            .collect();
        assert_eq!(mine.len(), 1, "killed at {switch:?}: {mine:?}");
        assert_eq!(mine[0]["state"], expect, "killed at {switch:?}");
        assert!(
            again.stdout.is_empty(),
            "no new id after a kill at {switch:?}"
        );
        env.ok(&["outbox", "send"]);
    }
    assert_eq!(duplicates(&server), []);
    assert_eq!(server.copies().len(), 3);
}

#[test]
fn a_staff_alert_queued_while_the_server_was_down_goes_once_with_three_senders() {
    let (fixture, _smtp, http, platforms) = Fixture::with_local_site();
    let env = &fixture.env;
    let p = platforms.as_str();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    env.link_on(p, &case, &http.url("/p/1"));
    let recheck = recheck_all(p);
    http.set(
        "/p/1",
        crate::support::http::Reply::Page(404, "gone".into()),
    );
    env.ok(&recheck);
    let port = smtp::free_port();
    fixture.configure(port);
    http.set(
        "/p/1",
        crate::support::http::Reply::Page(200, "back".into()),
    );
    let out = env.run(&recheck);
    assert!(out.contains("alert e-mail `[MAIL]` queued"), "{out}");
    let server = fixture.server(port);
    let mut senders: Vec<Child> = (0..3)
        .map(|_| spawn(&fixture, &["outbox", "send"]))
        .collect();
    for child in &mut senders {
        ended_within(child, Duration::from_secs(60));
    }
    assert_eq!(server.received().len(), 1);
    assert_eq!(fixture.outbox()[0]["kind"], "alert");
    assert_eq!(fixture.outbox()[0]["state"], "sent");
}

/// Found by the kill matrix (tests/cli/kills.rs): `escalate` run again after its message was
/// sent (by a run killed at QUIT, or one that finished) failed with exit 2, "no link to
/// escalate", instead of naming the message that covers the links and exiting 0 as a re-run
/// after a crash must (issue 16, part 2).
#[test]
fn escalate_run_again_after_its_message_was_sent_names_it_and_exits_0() {
    let (fixture, server) = Fixture::running();
    let case = fixture.case(&["--consent", "partners"]);
    let id = fixture
        .env
        .ok(&["escalate", "--case", &case, "--yes", "-q"]);
    assert_eq!(entry(&fixture, &id)["state"], "sent");
    let again = fixture.env.run(&["escalate", "--case", &case, "--yes"]);
    assert_eq!(
        again,
        "exit: 0\n----- stderr -----\n`[LINK]`, `[LINK]` already covered by `[MAIL]` (sent): no second message\n"
    );
    assert_eq!(fixture.outbox().len(), 1);
    assert_eq!(server.received().len(), 1);
}
