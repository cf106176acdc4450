//! `escalate`, `outbox` and `mail password` against a real SMTP server process on 127.0.0.1
//! with STARTTLS and AUTH (`tests/servers/smtp.py`).

use std::process::Stdio;

use serde_json::Value;

use crate::recheck::PLATFORMS;
use crate::support::http::{HttpServer, Reply};
use crate::support::smtp::{self, Certs, SmtpServer};
use crate::support::{TestEnv, recheck_all};

pub(crate) const PARTNERS: &str = "partners:
  - name: Instagram desk
    platforms: [instagram]
    addresses: [trust@partner.test]
    categories: [ncii]
    language: ur
    response_hours: 48
  - name: Refusing desk
    platforms: [facebook]
    addresses: [refuse@partner.test]
    response_hours: 48
  - name: Test desk
    platforms: [x]
    addresses: [desk@partner.test, copy@partner.test]
    language: en
    response_hours: 48
";

pub(crate) struct Fixture {
    pub(crate) env: TestEnv,
    pub(crate) certs: Certs,
}

impl Fixture {
    /// An initialised store, the SMTP password stored, partners.yaml, and config.yaml pointing
    /// at `port` on 127.0.0.1.
    pub(crate) fn new(port: u16) -> Fixture {
        let env = TestEnv::initialised();
        let certs = Certs::make(&env.root().join("tls"));
        let fixture = Fixture { env, certs };
        std::fs::create_dir_all(fixture.config_dir()).unwrap();
        std::fs::write(fixture.config_dir().join("partners.yaml"), PARTNERS).unwrap();
        fixture.configure(port);
        fixture
            .env
            .ok_stdin(&["mail", "password"], &format!("{}\n", smtp::PASSWORD));
        fixture
    }

    pub(crate) fn config_dir(&self) -> std::path::PathBuf {
        self.env.root().join("home/.config/takedown")
    }

    pub(crate) fn configure(&self, port: u16) {
        self.configure_security(port, "starttls");
    }

    pub(crate) fn configure_security(&self, port: u16, security: &str) {
        let config = format!(
            "mail:
  host: 127.0.0.1
  port: {port}
  security: {security}
  username: {user}
  from: Helpline desk <desk@helpline.test>
  reply_to: cases@helpline.test
  message_id_domain: mail.helpline.test
  staff: Staff <staff@helpline.test>
  ca_file: {ca}
",
            user = smtp::USER,
            ca = self.certs.ca.display()
        );
        std::fs::write(self.config_dir().join("config.yaml"), config).unwrap();
    }

    /// A running SMTP server, and a local HTTP site that a platforms file maps to `testsite`,
    /// so re-checks never leave 127.0.0.1; the test desk takes `testsite` too, so commands that
    /// read the partners file need that platforms file (`--platforms`).
    pub(crate) fn with_local_site() -> (Fixture, SmtpServer, HttpServer, String) {
        let (fixture, smtp) = Fixture::running();
        std::fs::write(
            fixture.config_dir().join("partners.yaml"),
            PARTNERS.replace("platforms: [x]", "platforms: [testsite, x]"),
        )
        .unwrap();
        let platforms = fixture.env.root().join("platforms.yaml");
        std::fs::write(&platforms, PLATFORMS).unwrap();
        let platforms = platforms.to_str().unwrap().to_owned();
        (fixture, smtp, HttpServer::start(), platforms)
    }

    /// A fixture with an SMTP server running and configured.
    pub(crate) fn running() -> (Fixture, SmtpServer) {
        let fixture = Fixture::new(0);
        let server = fixture.server(0);
        fixture.configure(server.port);
        (fixture, server)
    }

    pub(crate) fn server(&self, port: u16) -> SmtpServer {
        SmtpServer::start(self.env.root(), &self.certs, port)
    }

    /// A case with partner consent and two Instagram links; returns the case id.
    pub(crate) fn case(&self, extra: &[&str]) -> String {
        let mut args = vec!["case", "new", "--category", "ncii"];
        args.extend_from_slice(extra);
        let case = self.env.ok(&args);
        self.env.ok_stdin(
            &["link", "add", "--case", &case, "-"],
            "https://www.instagram.com/p/AAAA/\nhttps://www.instagram.com/p/BBBB/?igshid=x\n",
        );
        case
    }

    pub(crate) fn outbox(&self) -> Vec<Value> {
        self.env
            .ok(&["outbox", "list", "--json"])
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

#[test]
fn an_escalation_arrives_over_starttls_with_login_in_urdu_and_is_sent_once() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners", "--jurisdiction", "pk"]);

    let out = env.output(&["escalate", "--case", &case, "--yes"], "");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("instagram.com"),
        "no URL on stderr under --yes: {stderr}"
    );
    let mail_id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(mail_id.starts_with("M-"), "{mail_id}");

    let received = server.received();
    assert_eq!(received.len(), 1);
    let m = &received[0];
    assert_eq!(m["tls"], true);
    assert_eq!(m["login"], smtp::USER);
    assert_eq!(m["mail_from"], "desk@helpline.test");
    assert_eq!(m["rcpt_tos"], serde_json::json!(["trust@partner.test"]));
    assert_eq!(m["from"], "Helpline desk <desk@helpline.test>");
    assert_eq!(m["reply_to"], "cases@helpline.test");
    assert_eq!(
        m["attachments"],
        serde_json::json!([]),
        "nothing unless asked for"
    );
    // Python's own parser decodes the RFC 2047 words back to the Urdu subject.
    assert_eq!(
        m["subject"],
        format!("[takedown {case}] ایسکلیشن: Instagram, 2 لنکس")
    );
    let raw = server.raw(0);
    assert!(raw.is_ascii(), "headers and body travel encoded");
    assert!(
        raw.contains(&format!("Subject: [takedown {case}] =?utf-8?b?")),
        "the Urdu words are RFC 2047 encoded words: {raw}"
    );
    let message_id = m["message_id"].as_str().unwrap();
    assert!(message_id.ends_with("@mail.helpline.test>"), "{message_id}");
    assert_eq!(m["in_reply_to"], Value::Null);
    let body = m["body"].as_str().unwrap();
    assert!(body.starts_with("محترم Instagram desk،"), "{body}");
    assert!(body.contains("https://www.instagram.com/p/AAAA"), "{body}");
    assert!(!body.contains("igshid"), "links go out normalised: {body}");

    // Recorded on the outbox, the links and the case.
    let outbox = fixture.outbox();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0]["id"], mail_id.as_str());
    assert_eq!(outbox[0]["state"], "sent");
    assert_eq!(outbox[0]["attempts"], 1);
    assert_eq!(outbox[0]["message_id"], message_id);
    assert_eq!(outbox[0]["last_error"], Value::Null);
    let links: Vec<Value> = env
        .ok(&["link", "list", "--case", &case, "--json"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        links
            .iter()
            .all(|l| l["status"] == "escalated" && l["route"] == "partner")
    );
    let link = links[0]["id"].as_str().unwrap();
    let history = env.ok(&["link", "show", link]);
    assert!(
        history.contains("escalated  route partner  to Instagram desk"),
        "{history}"
    );
    let shown = env.ok(&["case", "show", &case]);
    assert!(
        shown.contains(&format!("escalation {mail_id} sent to Instagram desk")),
        "{shown}"
    );

    // Nothing is sent twice: not by `outbox send`, not by escalating the case again.
    insta::assert_snapshot!(env.run(&["outbox", "send"]), @r"
    exit: 0
    ----- stderr -----
    nothing is queued
    ");
    // Within the partner's response time the escalation covers its links: the command names it
    // and succeeds, as a second run racing the first one would.
    let again = env.run(&["escalate", "--case", &case, "--yes"]);
    assert!(again.starts_with("exit: 0\n"), "{again}");
    assert!(
        again.contains("already covered by `[MAIL]` (sent): no second message"),
        "{again}"
    );
    // Past it, reminding the partner is `escalate followup`'s job, not a second escalation.
    age_sent_mail(env, 49);
    let later = env.run(&["escalate", "--case", &case, "--yes"]);
    assert!(later.starts_with("exit: 2\n"), "{later}");
    assert!(later.contains("escalate followup"), "{later}");
    assert_eq!(server.received().len(), 1);
}

#[test]
fn bad_credentials_keep_the_message_queued_until_the_password_is_fixed() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    env.ok_stdin(&["mail", "password"], "wrong\n");
    let case = fixture.case(&["--consent", "partners"]);

    let out = env.run(&["escalate", "--case", &case, "--yes", "-q"]);
    assert!(out.starts_with("exit: 1\n"), "{out}");
    assert!(
        out.contains("stays queued: the server refused the login (535)"),
        "{out}"
    );
    let outbox = fixture.outbox();
    assert_eq!(
        (&outbox[0]["state"], &outbox[0]["attempts"]),
        (&Value::from("queued"), &Value::from(1))
    );
    assert_eq!(
        outbox[0]["last_error"],
        "the server refused the login (535)"
    );
    assert!(server.received().is_empty());

    env.ok_stdin(&["mail", "password"], &format!("{}\n", smtp::PASSWORD));
    env.ok(&["outbox", "send"]);
    assert_eq!(server.received().len(), 1);
    assert_eq!(fixture.outbox()[0]["state"], "sent");
}

#[test]
fn a_dead_server_loses_nothing_and_the_message_goes_once_it_is_up() {
    let port = smtp::free_port();
    let fixture = Fixture::new(port);
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);

    let out = env.run(&["escalate", "--case", &case, "--yes", "-q"]);
    assert!(out.starts_with("exit: 1\n"), "{out}");
    assert!(
        out.contains("stays queued: the server refused the connection"),
        "{out}"
    );
    let send = env.run(&["outbox", "send", "-q"]);
    assert!(send.starts_with("exit: 1\n"), "{send}");
    let outbox = fixture.outbox();
    assert_eq!(outbox[0]["state"], "queued");
    assert_eq!(outbox[0]["attempts"], 2);
    let links = env.ok(&["link", "list", "--case", &case, "--json"]);
    assert!(
        !links.contains("escalated"),
        "not escalated until sent: {links}"
    );

    let server = fixture.server(port);
    env.ok(&["outbox", "send"]);
    assert_eq!(server.received().len(), 1);
    env.ok(&["outbox", "send"]);
    assert_eq!(server.received().len(), 1);
    let links = env.ok(&["link", "list", "--case", &case, "--json"]);
    assert_eq!(links.matches("\"escalated\"").count(), 2, "{links}");
}

#[test]
fn an_escalation_killed_mid_send_stays_queued_and_is_sent_once_later() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);

    // The server holds the client at RCPT: queued, connected, logged in, nothing sent yet.
    server.stall(true);
    let mut child = env
        .std_command(&["escalate", "--case", &case, "--yes"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    server.wait_stalled();
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    server.stall(false);

    let outbox = fixture.outbox();
    assert_eq!(outbox.len(), 1);
    assert_eq!(outbox[0]["state"], "queued");
    assert_eq!(outbox[0]["attempts"], 1);
    assert_eq!(
        outbox[0]["last_error"],
        "interrupted before the message body began"
    );
    assert!(server.received().is_empty());

    env.ok(&["outbox", "send"]);
    env.ok(&["outbox", "send"]);
    assert_eq!(server.received().len(), 1);
    assert_eq!(fixture.outbox()[0]["state"], "sent");
}

#[test]
fn a_case_without_partner_consent_is_refused() {
    let fixture = Fixture::new(smtp::free_port());
    let case = fixture.case(&[]);
    insta::assert_snapshot!(fixture.env.run(&["escalate", "--case", &case, "--yes"]), @r"
    exit: 2
    ----- stderr -----
    error: case `[CASE]` has no consent to share with partners
    hint: record it with `takedown case consent CASE --give partners`, then escalate again
    ");
    assert!(fixture.outbox().is_empty());
}

#[test]
fn child_abuse_material_is_never_mailed_and_the_hotlines_are_named() {
    let fixture = Fixture::new(smtp::free_port());
    let env = &fixture.env;
    let case = env.ok(&[
        "case",
        "new",
        "--category",
        "csam",
        "--minor",
        "--consent",
        "partners",
    ]);
    env.ok_stdin(
        &["link", "add", "--case", &case, "-"],
        "https://www.instagram.com/p/CCCC/\n",
    );
    let out = env.run(&["escalate", "--case", &case, "--yes"]);
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(
        out.contains(
            "concerns child sexual abuse material (PECA 2016 s.22), which is never sent by e-mail\n"
        ),
        "{out}"
    );
    assert!(out.contains("report it to "), "{out}");
    assert!(fixture.outbox().is_empty());
}

#[test]
fn dry_run_writes_a_private_eml_and_queues_nothing() {
    let fixture = Fixture::new(smtp::free_port());
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    let path = env.ok(&[
        "escalate",
        "--case",
        &case,
        "--dry-run",
        "--out",
        "drafts",
        "-q",
    ]);
    assert_eq!(path, format!("drafts/{case}-instagram-instagram-desk.eml"));
    let file = env.root().join(&path);
    let mode =
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&file).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    let eml = std::fs::read_to_string(&file).unwrap();
    assert!(eml.contains("To: trust@partner.test\r\n"), "{eml}");
    assert!(fixture.outbox().is_empty());
}

/// A platform the catalogue does not know (a typo) would leave its partner never picked: the
/// partners file is refused at the platform's line and column. `testsite` is known only with the
/// helpline's own platforms file, and taken with it.
#[test]
fn a_partners_platform_the_catalogue_does_not_know_is_refused_at_its_place() {
    let fixture = Fixture::new(smtp::free_port());
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    let partners = fixture.config_dir().join("partners.yaml");
    let platforms = env.root().join("platforms.yaml");
    std::fs::write(&platforms, PLATFORMS).unwrap();
    let platforms = platforms.to_str().unwrap();
    let escalate = [
        "escalate",
        "--case",
        &case,
        "--dry-run",
        "--out",
        "drafts",
        "-q",
    ];
    let with_platforms = [&["--platforms", platforms][..], &escalate[..]].concat();

    std::fs::write(&partners, PARTNERS.replace("[instagram]", "[instagrm]")).unwrap();
    let out = env.run(&with_platforms);
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(
        out.contains("  3:17: partners[0].platforms[0]: no platform `instagrm` in the catalogue; `takedown platforms list` shows them\n"),
        "{out}"
    );
    assert!(!env.root().join("drafts").exists(), "{out}");

    let local = PARTNERS.replace("platforms: [x]", "platforms: [testsite, x]");
    std::fs::write(&partners, local).unwrap();
    let out = env.run(&escalate);
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(
        out.contains("  13:17: partners[2].platforms[0]: no platform `testsite` in the catalogue"),
        "{out}"
    );
    let path = env.ok(&with_platforms);
    assert_eq!(path, format!("drafts/{case}-instagram-instagram-desk.eml"));
}

/// Moves every sent message back by `hours`, as if that time had passed: the test opens the
/// store with the key from the key file, as takedown does.
pub(crate) fn age_sent_mail(env: &TestEnv, hours: i64) {
    age_escalations(env, None, hours);
}

/// Moves the sent messages (of `case`, or all) `hours` into the past, as if they had been sent
/// then: the outbox's times, and the `escalated` events the sends left on their links.
pub(crate) fn age_escalations(env: &TestEnv, case: Option<&str>, hours: i64) {
    let db = env.store_connection();
    let moved = db
        .execute(
            "UPDATE outbox SET accepted_at = accepted_at - ?1, queued_at = queued_at - ?1
             WHERE state = 'sent' AND (?2 IS NULL OR case_id = ?2)",
            rusqlite::params![hours * 3600, case],
        )
        .unwrap();
    assert!(moved > 0);
    db.execute(
        "UPDATE link_events SET at = at - ?1 WHERE status = 'escalated'
         AND link_id IN (SELECT id FROM links WHERE ?2 IS NULL OR case_id = ?2)",
        rusqlite::params![hours * 3600, case],
    )
    .unwrap();
}

#[test]
fn a_link_still_live_past_the_response_time_gets_one_follow_up_in_the_same_thread() {
    let (fixture, smtp, http, platforms) = Fixture::with_local_site();
    let env = &fixture.env;
    let p = platforms.as_str();
    http.set("/post/1", Reply::Page(200, "a post".into()));
    env.escalated_and_rechecked(p, &http.url("/post/1"));
    let first = &smtp.received()[0];
    assert_eq!(
        first["rcpt_tos"],
        serde_json::json!(["desk@partner.test", "copy@partner.test"])
    );

    insta::assert_snapshot!(env.run(&["--platforms", p, "escalate", "followup"]), @r"
    exit: 0
    ----- stderr -----
    no follow-up is due
    ");

    age_sent_mail(env, 49);
    let out = env.output(&["--platforms", p, "escalate", "followup"], "");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let received = smtp.received();
    assert_eq!(
        received.len(),
        2,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (first, followup) = (&received[0], &received[1]);
    assert_eq!(followup["in_reply_to"], first["message_id"]);
    assert_eq!(followup["references"], first["message_id"]);
    assert_ne!(followup["message_id"], first["message_id"]);
    assert_eq!(
        followup["subject"],
        format!("Re: {}", first["subject"].as_str().unwrap())
    );
    let body = followup["body"].as_str().unwrap();
    assert!(body.contains("More than 49 hours have passed"), "{body}");
    assert!(body.contains(&http.url("/post/1")), "{body}");

    // One reminder per response period, not one per run.
    env.ok(&["--platforms", p, "escalate", "followup"]);
    assert_eq!(smtp.received().len(), 2);
    let kinds: Vec<String> = fixture
        .outbox()
        .iter()
        .map(|m| format!("{} {}", m["kind"], m["state"]))
        .collect();
    assert_eq!(kinds, ["\"escalation\" \"sent\"", "\"followup\" \"sent\""]);
}

#[test]
fn a_resurfaced_link_alerts_staff_by_e_mail_with_ids_and_no_url() {
    let (fixture, smtp, http, platforms) = Fixture::with_local_site();
    let env = &fixture.env;
    let p = platforms.as_str();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    let link = env.link_on(p, &case, &http.url("/p/1"));
    let recheck = recheck_all(p);

    http.set("/p/1", Reply::Page(404, "gone".into()));
    env.ok(&recheck);
    assert!(smtp.received().is_empty(), "a removal is no alert");

    http.set("/p/1", Reply::Page(200, "back".into()));
    let alert = &one_alert(env, &recheck, &smtp);
    assert_eq!(
        alert["rcpt_tos"],
        serde_json::json!(["staff@helpline.test"])
    );
    let subject = alert["subject"].as_str().unwrap();
    assert!(subject.ends_with(": 1 link needs attention"), "{subject}");
    let body = alert["body"].as_str().unwrap();
    assert!(
        body.contains(&format!(
            "- {case}  {link}  testsite: live again after it was removed"
        )),
        "{body}"
    );
    let raw = smtp.raw(0);
    for leak in ["http", "127.0.0.1", "/p/1"] {
        assert!(
            !raw.contains(leak) && !body.contains(leak),
            "`{leak}` in the alert: {raw}"
        );
    }
    let outbox = fixture.outbox();
    assert_eq!(outbox.len(), 1);
    assert_eq!(
        (&outbox[0]["kind"], &outbox[0]["state"]),
        (&Value::from("alert"), &Value::from("sent"))
    );
    assert_eq!(outbox[0]["case"], Value::Null);
}

#[test]
fn named_evidence_is_attached_stripped_under_its_id_and_never_for_a_minor() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    let photo = crate::evidence::tagged_picture(env, "secret-name.jpg", image::ImageFormat::Jpeg);
    let evidence = env.ok(&["evidence", "add", "--case", &case, photo.to_str().unwrap()]);

    let out = env.output(
        &["escalate", "--case", &case, "--attach", &evidence, "--yes"],
        "",
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = &server.received()[0];
    assert_eq!(
        m["attachments"],
        serde_json::json!([{"filename": format!("{evidence}.jpeg"), "content_type": "image/jpeg"}])
    );
    let sent = server.attachment(0, 1);
    assert!(sent.starts_with(&[0xFF, 0xD8]), "a JPEG");
    for secret in [
        "Victim Name",
        "SecretPhoneMaker",
        "taken at home",
        "secret-name",
    ] {
        assert!(
            !sent.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "`{secret}` left in the attachment"
        );
        assert!(!server.raw(0).contains(secret), "`{secret}` in the message");
    }
    let log = env.ok(&["evidence", "log", "--case", &case]);
    assert!(log.contains("attached to M-"), "{log}");

    let minor = env.ok(&[
        "case",
        "new",
        "--category",
        "harassment",
        "--minor",
        "--consent",
        "partners",
    ]);
    env.ok_stdin(
        &["link", "add", "--case", &minor, "-"],
        "https://x.com/a/status/1\n",
    );
    let photo = crate::evidence::tagged_picture(env, "m.jpg", image::ImageFormat::Jpeg);
    let evidence = env.ok(&["evidence", "add", "--case", &minor, photo.to_str().unwrap()]);
    let out = env.run(&["escalate", "--case", &minor, "--attach", &evidence, "--yes"]);
    assert!(out.starts_with("exit: 2\n"), "{out}");
    assert!(
        out.contains("concerns a minor: no picture or file is ever sent"),
        "{out}"
    );
    assert_eq!(server.received().len(), 1);
}

#[test]
fn a_refused_recipient_fails_its_message_for_good_and_the_others_still_go() {
    let (fixture, server) = Fixture::running();
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    // Facebook's partner comes first, and refuses: the batch goes on to Instagram's.
    env.ok_stdin(
        &["link", "add", "--case", &case, "-"],
        "https://www.facebook.com/someone/posts/123\n",
    );

    let out = env.run(&["escalate", "--case", &case, "--yes", "-q"]);
    assert!(out.starts_with("exit: 1\n"), "{out}");
    assert!(
        out.contains("failed: the server refused the message (550); it is not sent again"),
        "{out}"
    );
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(
        received[0]["rcpt_tos"],
        serde_json::json!(["trust@partner.test"])
    );
    let states: Vec<String> = fixture
        .outbox()
        .iter()
        .map(|m| format!("{} {} {}", m["partner"], m["state"], m["last_error"]))
        .collect();
    assert_eq!(
        states,
        [
            "\"Refusing desk\" \"failed\" \"the server refused the message (550)\"",
            "\"Instagram desk\" \"sent\" null",
        ]
    );
    // A refusal for good is not retried: only a deferral is.
    insta::assert_snapshot!(env.run(&["outbox", "send"]), @r"
    exit: 0
    ----- stderr -----
    nothing is queued
    ");
    assert_eq!(server.received().len(), 1);
}

#[test]
fn a_server_certificate_nobody_vouches_for_is_refused() {
    let (fixture, server) = Fixture::running();
    let config = fixture.config_dir().join("config.yaml");
    let without_ca: String = std::fs::read_to_string(&config)
        .unwrap()
        .lines()
        .filter(|l| !l.contains("ca_file"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&config, without_ca).unwrap();
    let case = fixture.case(&["--consent", "partners"]);
    let out = fixture
        .env
        .run(&["escalate", "--case", &case, "--yes", "-q"]);
    assert!(out.starts_with("exit: 1\n"), "{out}");
    assert!(
        out.contains("stays queued: TLS failed: the server's certificate is not trusted"),
        "{out}"
    );
    assert!(server.received().is_empty());
    assert_eq!(fixture.outbox()[0]["state"], "queued");
}

#[test]
fn a_reuploaded_picture_alerts_staff_with_its_pdq_distance_and_no_url() {
    use crate::matching::{encode, og_page, photo};
    use image::ImageFormat;
    let (fixture, smtp, http, platforms) = Fixture::with_local_site();
    let env = &fixture.env;
    let p = platforms.as_str();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    let add = |path: &str| env.link_on(p, &case, &http.url(path));
    let picture = photo(2, 320, 240);
    http.set(
        "/p/1.png",
        Reply::Bytes("image/png", encode(&picture, ImageFormat::Png)),
    );
    let first = add("/p/1.png");
    let recheck = recheck_all(p);
    env.ok(&recheck);
    http.set("/p/1.png", Reply::Page(404, "gone".into()));
    env.ok(&recheck);

    http.set(
        "/copy.jpg",
        Reply::Bytes("image/jpeg", encode(&picture, ImageFormat::Jpeg)),
    );
    http.set("/p/2", og_page("/copy.jpg"));
    let second = add("/p/2");
    let alert = one_alert(env, &recheck, &smtp);
    let body = alert["body"].as_str().unwrap();
    let line = regex::Regex::new(&format!(
        r"- {case}  {second}  testsite: live, with a picture like one removed before or in a victim's hash list; confirm by looking \(PDQ distance (\d+) bits from {first}\)"
    ))
    .unwrap();
    let distance: u32 = line.captures(body).unwrap_or_else(|| panic!("{body}"))[1]
        .parse()
        .unwrap();
    assert!(distance <= 31, "{body}");
    let raw = smtp.raw(0);
    for leak in ["http", "127.0.0.1", "copy.jpg"] {
        assert!(!raw.contains(leak), "`{leak}` in the alert: {raw}");
    }
}

/// Runs a re-check that must find something (exit 1) and send exactly one alert; returns it.
fn one_alert(env: &TestEnv, recheck: &[&str], smtp: &SmtpServer) -> Value {
    let out = env.output(recheck, "");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut received = smtp.received();
    assert_eq!(received.len(), 1);
    received.remove(0)
}

#[test]
fn implicit_tls_works_too() {
    let fixture = Fixture::new(0);
    let server = SmtpServer::start_implicit_tls(fixture.env.root(), &fixture.certs);
    fixture.configure_security(server.port, "tls");
    let case = fixture.case(&["--consent", "partners"]);
    fixture.env.ok(&["escalate", "--case", &case, "--yes"]);
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_eq!(received[0]["login"], smtp::USER);
}

#[test]
fn wiping_a_case_destroys_its_messages_in_the_outbox() {
    let fixture = Fixture::new(smtp::free_port());
    let env = &fixture.env;
    let case = fixture.case(&["--consent", "partners"]);
    env.run(&["escalate", "--case", &case, "--yes", "-q"]);
    assert_eq!(fixture.outbox().len(), 1);
    env.ok(&["case", "close", &case]);
    env.ok(&["wipe", "case", &case, "--yes"]);
    assert!(
        fixture.outbox().is_empty(),
        "the message named the case's URLs"
    );
}

#[test]
fn a_legal_deadline_brings_the_follow_up_before_a_slow_partners_response_time() {
    let (fixture, smtp, http, platforms) = Fixture::with_local_site();
    let env = &fixture.env;
    let p = platforms.as_str();
    std::fs::write(
        fixture.config_dir().join("partners.yaml"),
        "partners:\n  - name: Slow desk\n    platforms: [testsite]\n    addresses: [slow@partner.test]\n    response_hours: 1000\n",
    )
    .unwrap();
    http.set("/post/9", Reply::Page(200, "a post".into()));
    // NCII: the US TAKE IT DOWN Act's 48 hours run from the escalation.
    env.escalated_and_rechecked(p, &http.url("/post/9"));

    age_sent_mail(env, 47);
    env.ok(&["--platforms", p, "escalate", "followup"]);
    assert_eq!(smtp.received().len(), 1, "47 hours: no deadline has passed");
    age_sent_mail(env, 2);
    env.ok(&["--platforms", p, "escalate", "followup"]);
    let received = smtp.received();
    assert_eq!(
        received.len(),
        2,
        "49 hours: past the 48-hour legal deadline"
    );
    assert_eq!(received[1]["in_reply_to"], received[0]["message_id"]);
}
