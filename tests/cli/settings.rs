//! Settings that cannot work are refused when they are loaded (issue 17 part 3): the whole of
//! config.yaml whatever command runs, partners.yaml, and the times given to `--at` and
//! `--captured-at`, each with the file, line and column of the problem.

use insta::assert_snapshot;

use crate::support::TestEnv;

fn with_config(text: &str) -> TestEnv {
    let env = TestEnv::initialised();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.yaml"), text).unwrap();
    env
}

/// Before: `timeout: 0s` made every link an error and `recheck` exit 0; `per_host: 0`,
/// `pending_every: 0s` and the rest were taken as they were.
#[test]
fn every_setting_that_cannot_work_is_placed_whatever_the_command() {
    let env = with_config(
        "\
recheck:
  concurrency: 0
  per_host: 0
  timeout: 0s
  max_body: 0
  proxy: file:///etc/passwd
  schedule:
    pending_every: 0s
mail:
  host: \"smtp.helpline.example\\nRCPT TO:<x@y.example>\"
  port: 0
  message_id_domain: not a domain
  ca_file: /etc/passwd
",
    );
    // Commands that use only one section, or none of these, refuse the file all the same.
    std::fs::write(env.root().join("x.txt"), "a file to match").unwrap();
    let schedule = env.run(&["schedule", "show"]);
    for command in [&["recheck", "--all"][..], &["hash", "--match", "x.txt"]] {
        assert_eq!(env.run(command), schedule, "{command:?}");
    }
    assert_snapshot!(schedule, @r"
    exit: 2
    ----- stderr -----
    error: `[ROOT]/home/.config/takedown/config.yaml` is not a valid settings file:
      2:16: recheck.concurrency: must be at least 1
      3:13: recheck.per_host: must be at least 1
      4:12: recheck.timeout: a timeout under 1s would make every link an error
      5:13: recheck.max_body: give 1024 to 268435456 bytes
      6:10: recheck.proxy: the proxy must be an http://, https://, socks5:// or socks5h:// URL with a host
      8:20: recheck.schedule.pending_every: links are checked at most once a second; give `1s` or more
      10:9: mail.host: not a host name or an IP address
      11:9: mail.port: port 0 is not a port; give 1 to 65535
      12:22: mail.message_id_domain: not a domain name such as `helpline.example`
      13:12: mail.ca_file: the CA file `/etc/passwd` holds no readable PEM certificate
    ");
    // Commands that never read settings keep working with a broken file.
    assert!(env.run(&["platforms", "list"]).starts_with("exit: 0"));
}

#[test]
fn recheck_flags_get_the_same_checks() {
    let env = TestEnv::initialised();
    for (flag, value, says) in [
        (
            "--timeout",
            "0s",
            "a timeout under 1s would make every link an error",
        ),
        ("--max-body", "0", "give 1024 to 268435456 bytes"),
        ("--max-image", "100", "give 65536 to 268435456 bytes"),
        ("--retries", "100000", "give 0 to 10 retries"),
        (
            "--confirm-after",
            "5d",
            "the wait before a confirming look is at most 10m",
        ),
        ("--user-agent", "a\nb", "one line of at most 512 bytes"),
    ] {
        let out = env.run(&["recheck", "--all", flag, value]);
        assert!(
            out.starts_with("exit: 2") && out.contains(says),
            "{flag}: {out}"
        );
    }
    // The proxy is checked without repeating it: it may carry a password.
    assert_snapshot!(env.run(&["recheck", "--all", "--proxy", "file://user:secret@x/"]), @r"
    exit: 2
    ----- stderr -----
    error: the proxy must be an http://, https://, socks5:// or socks5h:// URL with a host
    ");
}

#[test]
fn partners_that_cannot_work_are_placed() {
    let env = TestEnv::initialised();
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(
        env.config_dir().join("partners.yaml"),
        "\
partners:
  - name: Meta desk
    platforms: [instagram]
    addresses: [desk@partner.example]
    response_hours: 0
  - name: \"\"
    platforms: [instagram]
    addresses: [not an address]
    response_hours: 24
  - name: META DESK
    platforms: [instagram]
    addresses: [other@partner.example]
    response_hours: 24
",
    )
    .unwrap();
    let (case, _) = env.case_with_link(Some("partners"));
    let out = env.run(&["escalate", "--case", &case, "--yes"]);
    assert_snapshot!(out.replace(&case, "[CASE]"), @r"
    exit: 2
    ----- stderr -----
    error: `[ROOT]/home/.config/takedown/partners.yaml` is not a valid partners file:
      5:21: partners[0].response_hours: give 1 to 8760 hours
      6:11: partners[1].name: a name is one line of text, not empty
      8:17: partners[1].addresses[0]: not an e-mail address
      10:11: partners[2].name: another partner has this name
    ");
}

#[test]
fn times_before_2000_in_the_future_or_beyond_14_hours_are_refused() {
    let env = TestEnv::initialised();
    let (case, link) = env.case_with_link(None);
    let set = |at: &str| env.run(&["link", "set", &link, "--status", "reported", "--at", at]);
    for (at, says) in [
        ("0000-01-01", "`0000-01-01` is before the year 2000"),
        ("1999-12-31T23:00:00Z", "is before the year 2000"),
        (
            "2026-01-01T00:00:00+25:00",
            "has an offset beyond ±14:00, further from UTC than any time zone",
        ),
        ("2999-01-01", "is in the future"),
    ] {
        let out = set(at);
        assert!(
            out.starts_with("exit: 2") && out.contains(says),
            "{at}: {out}"
        );
    }
    // Work done before the case was opened (a victim's own report) is recorded as it was.
    assert!(set("2020-03-01T10:00:00+05:00").starts_with("exit: 0"));

    let file = env.root().join("shot.txt");
    std::fs::write(&file, "screenshot").unwrap();
    let add = |at: &str| {
        env.run(&[
            "evidence",
            "add",
            "--case",
            &case,
            "--captured-at",
            at,
            file.to_str().unwrap(),
        ])
    };
    for (at, says) in [
        ("1970-01-01", "is before the year 2000"),
        ("2026-01-01T00:00:00-15:00", "beyond ±14:00"),
        ("2999-01-01", "is in the future"),
    ] {
        let out = add(at);
        assert!(
            out.starts_with("exit: 2") && out.contains(says),
            "{at}: {out}"
        );
    }
    assert!(add("2015-06-01 12:00").starts_with("exit: 0"));
}
