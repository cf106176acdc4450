//! One clock (issue 15, part 5): `recheck`, `escalate followup` and `stats` ask the same rule
//! which links have a removal deadline, when it passes, and whether removal came in time.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use crate::mail::{Fixture as MailFixture, age_escalations};
use crate::recheck::Fixture;
use crate::support::http::Reply;

pub(crate) fn ago(hours: i64) -> String {
    (jiff::Timestamp::now() - jiff::SignedDuration::from_hours(hours)).to_string()
}

/// The `total` row of `stats --internal --json`.
fn totals(env: &crate::support::TestEnv, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--json", "stats", "--internal"]);
    env.ok(&all)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|row| row["table"] == "total")
        .expect("a total row")
}

/// Issue 15, finding 5: `stats --internal` showed 0 links with a deadline while `recheck`
/// flagged two past the 48-hour TAKE IT DOWN clock in the same store. The case was filed as
/// `ncii` and `harassment`: recheck took the case's first category in the tool's order
/// (`ncii`), stats the first by name (`harassment`, which has no clock).
#[test]
fn stats_counts_the_deadlines_recheck_flags() {
    let f = Fixture::new();
    let case = f.env.ok(&f.args(&[
        "case",
        "new",
        "--category",
        "ncii,harassment",
        "--jurisdiction",
        "pk",
    ]));
    let paths = f.links(
        &case,
        &[
            ("/one", Reply::Page(200, "still here".into())),
            ("/two", Reply::Page(200, "still here".into())),
        ],
    );
    for link in paths.keys() {
        f.env.ok(&f.args(&[
            "link",
            "set",
            link,
            "--status",
            "reported",
            "--route",
            "web-form",
            "--at",
            &ago(50),
        ]));
    }
    let (code, rows) = f.recheck(&["--all", "--host-interval", "0s"], &paths);
    assert_eq!(code, 1);
    let flagged = rows
        .values()
        .filter(|r| r["deadline_passed"] == true)
        .count();
    assert_eq!(flagged, 2);
    let total = totals(&f.env, &f.args(&[]));
    assert_eq!(total["links_with_deadline"], 2, "{total}");
    assert_eq!(total["live_past_deadline"], 2, "{total}");
}

/// Links past and within their deadlines, reported and escalated: the links recheck flags are
/// exactly those stats counts live past their deadline, and the escalation past its legal
/// deadline is the one `escalate followup` reminds.
/// `args` after `--platforms FILE`.
fn on<'a>(platforms: &'a str, args: &[&'a str]) -> Vec<&'a str> {
    [&["--platforms", platforms][..], args].concat()
}

#[test]
fn recheck_followup_and_stats_agree_on_every_deadline() {
    let (fixture, _smtp, http, platforms) = MailFixture::with_local_site();
    let env = &fixture.env;
    let p = platforms.as_str();
    let ok = |args: &[&str]| env.ok(&on(p, args));
    // A partner slower than any legal clock, so only the 48 hours bring a follow-up.
    std::fs::write(
        fixture.config_dir().join("partners.yaml"),
        "partners:\n  - name: Slow desk\n    platforms: [testsite]\n    addresses: [slow@partner.test]\n    response_hours: 1000\n",
    )
    .unwrap();
    // Filed as harassment and ncii: the ncii clocks run.
    let new_case = |consent: &[&str]| {
        ok(&[
            &["case", "new", "-c", "harassment,ncii", "-j", "pk"][..],
            consent,
        ]
        .concat())
    };
    let path_of: RefCell<HashMap<String, String>> = RefCell::default();
    let add = |case: &str, path: &str, reply: Reply| -> String {
        http.set(path, reply);
        let link = ok(&["link", "add", "--case", case, &http.url(path)]);
        path_of.borrow_mut().insert(link.clone(), path.to_owned());
        link
    };
    let live = || Reply::Page(200, "still here".into());
    let gone = || Reply::Page(404, "gone".into());
    // Reported through a platform's form: the 48 hours run from the report.
    let reported = new_case(&[]);
    let set = |link: &str, status: &str, at: &str| {
        ok(&[
            "link", "set", link, "--status", status, "--route", "web-form", "--at", at,
        ]);
    };
    let overdue = add(&reported, "/overdue", live());
    set(&overdue, "reported", &ago(50));
    let running = add(&reported, "/running", live());
    set(&running, "reported", &ago(10));
    let met = add(&reported, "/met", gone());
    set(&met, "reported", &ago(60));
    set(&met, "removed", &ago(20));
    let late = add(&reported, "/late", gone());
    set(&late, "reported", &ago(80));
    set(&late, "removed", &ago(25));
    // Escalated to a partner: the 48 hours run from the escalation.
    let escalated = |path: &str, hours: i64| -> String {
        let case = new_case(&["--consent", "partners"]);
        add(&case, path, live());
        ok(&["escalate", "--case", &case, "--yes"]);
        age_escalations(env, Some(&case), hours);
        case
    };
    let due_case = escalated("/escalated-49h", 49);
    let waiting_case = escalated("/escalated-47h", 47);

    let out = env.output(
        &on(p, &["recheck", "--all", "--json", "--host-interval", "0s"]),
        "",
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let flagged: BTreeSet<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| r["deadline_passed"] == true)
        .map(|r| path_of.borrow()[r["link"].as_str().unwrap()].clone())
        .collect();
    assert_eq!(
        flagged,
        BTreeSet::from(["/escalated-49h".to_owned(), "/overdue".to_owned()])
    );

    let total = totals(env, &["--platforms", p]);
    assert_eq!(total["links"], 6, "{total}");
    // Met, late and the two overdue; the two still running have no outcome yet.
    assert_eq!(total["links_with_deadline"], 4, "{total}");
    assert_eq!(total["live_past_deadline"], flagged.len(), "{total}");
    assert_eq!(total["removed_within_deadline"], 1, "{total}");

    let due = ok(&["escalate", "followup", "--dry-run"]);
    let cases: Vec<&str> = due.lines().map(|l| l.split('\t').nth(1).unwrap()).collect();
    assert_eq!(cases, [due_case.as_str()], "{due}");
    assert!(!due.contains(&waiting_case));
}
