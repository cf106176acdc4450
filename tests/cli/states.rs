//! The case state table, every command in every state, generated from the table itself
//! (`takedown case states --json`, the same table `doc/case-states.md` is generated from). A
//! command the table names and this file has no recipe for fails the test, so a new row cannot
//! go untested.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Output;

use serde_json::Value;

use crate::recheck::PLATFORMS;
use crate::support::TestEnv;
use crate::support::http::{HttpServer, Reply};

/// A store with a local site, a partner for it and a sender, so every command can succeed.
struct World {
    env: TestEnv,
    server: HttpServer,
    platforms: String,
}

/// A case brought into one state, with what its commands need: two links (one to remove),
/// an evidence item, and files to add.
struct Fixture {
    case: String,
    links: [String; 2],
    evidence: String,
}

impl World {
    fn new() -> World {
        let env = TestEnv::initialised();
        let platforms = env.root().join("platforms.yaml");
        std::fs::write(&platforms, PLATFORMS).unwrap();
        std::fs::create_dir_all(env.config_dir()).unwrap();
        std::fs::write(
            env.config_dir().join("config.yaml"),
            "mail:\n  from: Helpline desk <desk@helpline.test>\n",
        )
        .unwrap();
        std::fs::write(
            env.config_dir().join("partners.yaml"),
            "partners:\n  - name: Test desk\n    platforms: [testsite]\n    addresses: [desk@partner.test]\n    response_hours: 48\n",
        )
        .unwrap();
        std::fs::write(env.root().join("note.txt"), "chat log, 12 May\n").unwrap();
        std::fs::write(
            env.root().join("hashes.csv"),
            format!("sha256,pdq,quality\n{},,\n", "ab".repeat(32)),
        )
        .unwrap();
        std::fs::write(env.root().join("probe.txt"), "nothing like the evidence\n").unwrap();
        let server = HttpServer::start();
        World {
            platforms: platforms.to_str().unwrap().to_owned(),
            env,
            server,
        }
    }

    fn args<'a>(&'a self, args: &[&'a str]) -> Vec<&'a str> {
        let mut all = vec!["--platforms", self.platforms.as_str()];
        all.extend_from_slice(args);
        all
    }

    fn ok(&self, args: &[&str], stdin: &str) -> String {
        self.env.ok_stdin(&self.args(args), stdin)
    }

    /// A fresh case, moved into `state`.
    fn fixture(&self, state: &str, n: usize) -> Fixture {
        let case = self.ok(
            &[
                "case",
                "new",
                "--category",
                "impersonation",
                "--jurisdiction",
                "pk",
                "--consent",
                "platforms,partners,law-enforcement",
            ],
            "",
        );
        let mut links = Vec::new();
        for k in 0..2 {
            let path = format!("/{case}/{n}/{k}");
            self.server.set(&path, Reply::Page(200, "a post".into()));
            links.push(self.ok(
                &["link", "add", "--case", &case, &self.server.url(&path)],
                "",
            ));
        }
        let note = self.env.root().join("note.txt");
        let evidence = self.ok(
            &["evidence", "add", "--case", &case, note.to_str().unwrap()],
            "",
        );
        match state {
            "open" => {}
            "resolved" => drop(self.ok(&["case", "close", &case], "")),
            "held" => drop(self.ok(&["case", "hold", &case], "")),
            "wiped" => drop(self.ok(&["wipe", "case", "--yes", &case], "")),
            other => panic!("a state the test does not know: {other}"),
        }
        Fixture {
            case,
            links: links.try_into().unwrap(),
            evidence,
        }
    }

    fn out(&self, name: &str) -> String {
        let path: PathBuf = self.env.root().join("out").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        path.to_str().unwrap().to_owned()
    }

    /// The command line (and stdin) that runs `command` on the fixture's case.
    fn recipe(&self, command: &str, f: &Fixture, tag: &str) -> (Vec<String>, String) {
        let file = |name: &str| self.env.root().join(name).to_str().unwrap().to_owned();
        let (c, l, e) = (f.case.clone(), f.links[0].clone(), f.evidence.clone());
        let args: Vec<String> = match command {
            "case show" => vec!["case".into(), "show".into(), c],
            "case list" => vec!["case".into(), "list".into()],
            "case note" => vec!["case".into(), "note".into(), c, "-".into()],
            "case consent --give" => {
                vec![
                    "case".into(),
                    "consent".into(),
                    c,
                    "--give".into(),
                    "platforms".into(),
                ]
            }
            "case consent --withdraw" => {
                vec![
                    "case".into(),
                    "consent".into(),
                    c,
                    "--withdraw".into(),
                    "platforms".into(),
                ]
            }
            "case category" => {
                vec![
                    "case".into(),
                    "category".into(),
                    c,
                    "--add".into(),
                    "harassment".into(),
                ]
            }
            "case close" | "case hold" | "case reopen" => {
                let verb = command.trim_start_matches("case ");
                vec!["case".into(), verb.into(), c]
            }
            "link add" => {
                let path = format!("/{c}/{tag}/added");
                self.server.set(&path, Reply::Page(200, "a post".into()));
                vec![
                    "link".into(),
                    "add".into(),
                    "--case".into(),
                    c,
                    self.server.url(&path),
                ]
            }
            "link import" => {
                let list = self.out(&format!("{tag}.txt"));
                std::fs::write(&list, format!("{}\n", self.server.url(&format!("/{tag}"))))
                    .unwrap();
                vec!["link".into(), "import".into(), "--case".into(), c, list]
            }
            "link list --case" => vec!["link".into(), "list".into(), "--case".into(), c],
            "link show" => vec!["link".into(), "show".into(), l],
            "link set" => vec![
                "link".into(),
                "set".into(),
                l,
                "--status".into(),
                "reported".into(),
                "--route".into(),
                "web-form".into(),
            ],
            "link rm" => vec!["link".into(), "rm".into(), f.links[1].clone()],
            "report" => vec!["report".into(), "--case".into(), c],
            "escalate" => vec![
                "escalate".into(),
                "--case".into(),
                c,
                "--yes".into(),
                "--dry-run".into(),
                "--out".into(),
                self.out(tag),
            ],
            "recheck --case" => vec![
                "recheck".into(),
                "--all".into(),
                "--case".into(),
                c,
                "--host-interval".into(),
                "0s".into(),
            ],
            "evidence add" => {
                let fresh = self.out(&format!("{tag}.txt"));
                std::fs::write(&fresh, format!("statement {tag}\n")).unwrap();
                vec!["evidence".into(), "add".into(), "--case".into(), c, fresh]
            }
            "evidence add-hash" => {
                vec![
                    "evidence".into(),
                    "add-hash".into(),
                    "--case".into(),
                    c,
                    file("hashes.csv"),
                ]
            }
            "evidence list --case" => vec!["evidence".into(), "list".into(), "--case".into(), c],
            "evidence log" => vec!["evidence".into(), "log".into(), "--case".into(), c],
            "evidence show" => vec!["evidence".into(), "show".into(), e],
            "evidence open" => vec![
                "evidence".into(),
                "open".into(),
                e,
                "--out".into(),
                self.out(&format!("{tag}.open")),
            ],
            "evidence verify --case" => {
                vec!["evidence".into(), "verify".into(), "--case".into(), c]
            }
            "evidence export" => vec![
                "evidence".into(),
                "export".into(),
                "--case".into(),
                c,
                "--bagit".into(),
                self.out(&format!("{tag}.bag")),
            ],
            "outbox list --case" => vec!["outbox".into(), "list".into(), "--case".into(), c],
            "hash --against" => {
                vec!["hash".into(), "--against".into(), c, file("probe.txt")]
            }
            "wipe case" => vec!["wipe".into(), "case".into(), "--yes".into(), c],
            other => panic!("the state table names `{other}`, which this test has no recipe for"),
        };
        let stdin = if command == "case note" {
            "called back\n"
        } else {
            ""
        };
        (args, stdin.to_owned())
    }

    fn run(&self, args: &[String], stdin: &str, handle: bool) -> Output {
        let argv: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut cmd = self.env.std_command(&self.args(&argv));
        if !handle {
            cmd.env_remove("TAKEDOWN_STAFF");
        }
        let mut cmd = assert_cmd::Command::from_std(cmd);
        cmd.write_stdin(stdin).output().unwrap()
    }

    fn status(&self, case: &str) -> String {
        let shown: Value =
            serde_json::from_str(&self.ok(&["--json", "case", "show", case], "")).unwrap();
        shown["status"].as_str().unwrap().to_owned()
    }
}

fn table(env: &TestEnv) -> Vec<Value> {
    env.ok(&["--json", "case", "states"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Checks one command in one state against its row; returns what went wrong, if anything.
fn check(world: &World, row: &Value, fixture: &Fixture, tag: &str) -> Option<String> {
    let command = row["command"].as_str().unwrap();
    let (args, stdin) = world.recipe(command, fixture, tag);
    let out = world.run(&args, &stdin, true);
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    let code = out.status.code();
    let what = format!("`{command}` in `{}`", row["state"].as_str().unwrap());
    match row["cell"].as_str().unwrap() {
        "allowed" | "moves" | "tombstone" if code != Some(0) => {
            Some(format!("{what}: exit {code:?}, expected 0\n{stderr}"))
        }
        "moves" => {
            let to = row["to"].as_str().unwrap();
            let now = world.status(&fixture.case);
            (now != to).then(|| format!("{what}: the case is {now}, expected {to}"))
        }
        "tombstone" => {
            // `case list` shows every case: only the wiped one's row is the tombstone.
            let shown = match command {
                "case list" => stdout
                    .lines()
                    .filter(|l| l.contains(&fixture.case))
                    .collect::<Vec<_>>()
                    .join("\n"),
                _ => stdout.clone(),
            };
            let wiped = shown.contains(&fixture.case) && shown.contains("wiped");
            let leaks = ["impersonation", "pk", "consent", "opened", "links"]
                .iter()
                .find(|w| shown.contains(**w));
            match (wiped, leaks) {
                (true, None) => None,
                _ => Some(format!("{what}: not a tombstone:\n{shown}")),
            }
        }
        "allowed" => None,
        "refused" => {
            let expected = match row["message"].as_str() {
                Some(message) => format!("error: {}\n", message.replace("CASE", &fixture.case)),
                None => "does not exist\n".to_owned(),
            };
            let first = stderr.lines().next().unwrap_or_default().to_owned() + "\n";
            let matches = match row["message"].as_str() {
                Some(_) => first == expected,
                None => first.ends_with(&expected),
            };
            if code != Some(2) || !matches {
                Some(format!(
                    "{what}: exit {code:?}, expected 2 and `{expected}`\n{stderr}"
                ))
            } else {
                None
            }
        }
        other => Some(format!("{what}: unknown cell `{other}`")),
    }
}

#[test]
fn every_command_in_every_state_does_what_the_table_says() {
    let world = World::new();
    let rows = table(&world.env);
    let mut by_state: BTreeMap<String, Vec<&Value>> = BTreeMap::new();
    for row in &rows {
        by_state
            .entry(row["state"].as_str().unwrap().to_owned())
            .or_default()
            .push(row);
    }
    assert_eq!(
        by_state.keys().collect::<Vec<_>>(),
        ["held", "open", "resolved", "wiped"]
    );
    let mut failures = Vec::new();
    let mut n = 0;
    for (state, rows) in &by_state {
        // One case serves every command that leaves its state as it is; a move gets its own.
        let shared = world.fixture(state, n);
        for row in rows {
            n += 1;
            let fixture = if row["cell"] == "moves" {
                world.fixture(state, n)
            } else {
                Fixture {
                    case: shared.case.clone(),
                    links: shared.links.clone(),
                    evidence: shared.evidence.clone(),
                }
            };
            failures.extend(check(&world, row, &fixture, &format!("t{n}")));
        }
        if state != "wiped" {
            assert_eq!(world.status(&shared.case), *state, "the shared case moved");
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(n, rows.len());
}

/// Commands the table marks as recording an action refuse without a staff handle, before they
/// change anything; the others run without one.
#[test]
fn every_command_that_records_needs_a_handle_and_the_others_do_not() {
    let world = World::new();
    let fixture = world.fixture("open", 0);
    let mut failures = Vec::new();
    for row in table(&world.env).iter().filter(|r| r["state"] == "open") {
        let command = row["command"].as_str().unwrap();
        let (args, stdin) = world.recipe(command, &fixture, command);
        let out = world.run(&args, &stdin, false);
        let stderr = text(&out.stderr);
        let refused = out.status.code() == Some(2)
            && stderr.starts_with(
                "error: no staff handle: every action on a case is recorded with who did it\n",
            )
            && stderr.contains("hint: give your initials with `--as AK`");
        if row["records"] == true && !refused {
            failures.push(format!("`{command}` ran without a handle:\n{stderr}"));
        }
        if row["records"] == false && out.status.code() != Some(0) {
            failures.push(format!("`{command}` needs no handle but failed:\n{stderr}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    assert_eq!(world.status(&fixture.case), "open");
}
