//! The README's examples run for real, as lychee's `tests/usage.rs` checks its README against
//! `--help`: every `takedown` line of its shell blocks runs in order against a real store, with
//! its YAML blocks as the settings, a real SMTP server and a real keyring; and every command the
//! README names in backticks exists. The few changes the test makes to a line are the rules
//! below, each applied exactly where the README has it, so an example that drifts fails here.

use std::io::{Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::evidence::tagged_picture;
use crate::keyring::in_keyring_session;
use crate::recheck::fake_crontab;
use crate::support::TestEnv;
use crate::support::smtp::{self, Certs, SmtpServer};

const README: &str = include_str!("../../README.md");

/// What the test changes in a shell line before running it, and why: (from, to, why). `{link}`
/// and `{recipient}` are filled in by the test.
const LINE_RULES: &[(&str, &str, &str)] = &[
    (
        "cargo install --locked --path . && ",
        "",
        "the test runs the binary cargo built for it",
    ),
    ("L-7KQ2X", "{link}", "the id the store gave the first link"),
    (
        "takedown recheck --all",
        "takedown recheck --all; [ $? -eq 2 ]",
        "the test's proxy refuses every connection, so every fetch fails, and a re-check whose fetches all fail exits 2 (the README's comment is about real links)",
    ),
    (
        "age1…",
        "{recipient}",
        "a recipient whose identity the test holds, to open the export",
    ),
];

/// What the test changes in the README's `config.yaml` block, and why: (from, to, why). `{…}`
/// are filled in by the test.
const CONFIG_RULES: &[(&str, &str, &str)] = &[
    (
        "socks5h://127.0.0.1:9050",
        "socks5h://127.0.0.1:{proxy}",
        "a SOCKS5 proxy the test runs, which refuses every connection: the examples' links are real platforms' URLs, which a test must never fetch",
    ),
    (
        "host: smtp.helpline.example",
        "host: 127.0.0.1",
        "the test's SMTP server",
    ),
    ("port: 587", "port: {smtp}", "the test's SMTP server"),
    (
        "username: desk@helpline.example",
        "username: {user}",
        "the login the test's SMTP server takes",
    ),
    (
        "/etc/takedown/relay-ca.pem",
        "{ca}",
        "the CA the test made for its SMTP server",
    ),
];

/// How a line runs, when not plainly with `sh -c` and nothing on stdin: (the line's code, how).
const HOW: &[(&str, How)] = &[
    // `init` asks first; without `--key-file` it keeps the key in the OS keyring.
    ("takedown init", How::KeyringTerminal("y")),
    (
        "takedown init --key-file ~/.config/takedown/key",
        How::Terminal("y"),
    ),
    ("takedown mail password", How::Stdin(smtp::PASSWORD)),
    // `escalate` shows the message and asks before it queues anything.
    ("takedown escalate --case \"$c\"", How::Terminal("y")),
];

#[derive(Clone, Copy)]
enum How {
    Plain,
    Stdin(&'static str),
    /// On a pseudo-terminal (util-linux `script`), answering its question.
    Terminal(&'static str),
    /// The same, inside a D-Bus session with gnome-keyring, in a store of its own.
    KeyringTerminal(&'static str),
}

/// The README's fenced blocks in `lang`, as lines.
fn blocks(lang: &str) -> Vec<Vec<&'static str>> {
    let mut found = Vec::new();
    let mut lines = README.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("```{lang}") {
            found.push(lines.by_ref().take_while(|l| l.trim() != "```").collect());
        }
    }
    found
}

/// A shell line without its comment.
fn code(line: &str) -> &str {
    let cut = line
        .match_indices('#')
        .find(|(i, _)| *i == 0 || line[..*i].ends_with(' '))
        .map_or(line.len(), |(i, _)| i);
    line[..cut].trim()
}

/// Applies each rule whose `from` occurs in `text`, once; the rules that matched.
fn apply(text: &mut String, rules: &[(&str, &str, &str)], fill: &[(&str, String)]) -> usize {
    let mut applied = 0;
    for (from, to, _why) in rules {
        if text.contains(from) {
            let mut to = (*to).to_owned();
            for (key, value) in fill {
                to = to.replace(&format!("{{{key}}}"), value);
            }
            *text = text.replacen(from, &to, 1);
            applied += 1;
        }
    }
    applied
}

/// A SOCKS5 proxy on 127.0.0.1 that answers every request "connection refused" and records the
/// host and port it named.
fn refusing_proxy() -> (u16, Arc<Mutex<Vec<String>>>) {
    fn refuse(mut s: TcpStream, seen: &Mutex<Vec<String>>) -> std::io::Result<()> {
        s.set_read_timeout(Some(Duration::from_secs(30)))?;
        let mut head = [0u8; 2]; // version, number of methods
        s.read_exact(&mut head)?;
        s.read_exact(&mut vec![0; usize::from(head[1])])?;
        s.write_all(&[5, 0])?; // no authentication
        let mut request = [0u8; 4]; // version, command, reserved, address type
        s.read_exact(&mut request)?;
        let host = match request[3] {
            3 => {
                let mut len = [0u8; 1];
                s.read_exact(&mut len)?;
                let mut name = vec![0; usize::from(len[0])];
                s.read_exact(&mut name)?;
                String::from_utf8_lossy(&name).into_owned()
            }
            1 => {
                let mut ip = [0u8; 4];
                s.read_exact(&mut ip)?;
                std::net::Ipv4Addr::from(ip).to_string()
            }
            _ => {
                let mut ip = [0u8; 16];
                s.read_exact(&mut ip)?;
                std::net::Ipv6Addr::from(ip).to_string()
            }
        };
        let mut port = [0u8; 2];
        s.read_exact(&mut port)?;
        seen.lock()
            .unwrap()
            .push(format!("{host}:{}", u16::from_be_bytes(port)));
        s.write_all(&[5, 5, 0, 1, 0, 0, 0, 0, 0, 0]) // connection refused
    }
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let kept = Arc::clone(&seen);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let seen = Arc::clone(&kept);
            std::thread::spawn(move || refuse(stream, &seen));
        }
    });
    (port, seen)
}

/// The main session: a home with the README's settings, the files its examples read, and the
/// servers they reach.
struct Session {
    env: TestEnv,
    path: String,
    vars: Vec<(String, String)>,
}

impl Session {
    /// Runs one line with `sh` (so quotes, `~`, `<` and `|` mean what they mean to a reader) in
    /// the test's hermetic environment, the test binary first on PATH.
    fn run(&self, code: &str, how: How) -> Output {
        let hermetic = self.env.std_command(&[]);
        let mut cmd = match how {
            How::Terminal(_) => {
                let mut cmd = Command::new("script");
                cmd.args(["-qec", code, "/dev/null"]);
                cmd
            }
            _ => {
                let mut cmd = Command::new("sh");
                cmd.args(["-c", code]);
                cmd
            }
        };
        cmd.env_clear()
            .envs(hermetic.get_envs().filter_map(|(k, v)| Some((k, v?))))
            .env("PATH", &self.path)
            .envs(self.vars.iter().map(|(k, v)| (k, v)))
            .current_dir(self.env.root())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        if let How::Stdin(text) | How::Terminal(text) = how {
            writeln!(child.stdin.take().unwrap(), "{text}").unwrap();
        }
        child.wait_with_output().unwrap()
    }
}

fn bin_dir() -> String {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_takedown"));
    bin.parent().unwrap().to_str().unwrap().to_owned()
}

#[test]
fn every_example_in_the_readme_runs_against_a_real_store() {
    let env = TestEnv::new();
    let root = env.root().to_owned();
    let certs = Certs::make(&root.join("tls"));
    let smtp = SmtpServer::start(&root, &certs, 0);
    let (proxy, proxied) = refusing_proxy();
    let identity = age::x25519::Identity::generate();

    // The settings: the README's own YAML blocks, changed only by CONFIG_RULES.
    let yaml = blocks("yaml");
    assert_eq!(yaml.len(), 2, "config.yaml and partners.yaml");
    let mut config = yaml[0].join("\n") + "\n";
    let fill = [
        ("proxy", proxy.to_string()),
        ("smtp", smtp.port.to_string()),
        ("user", smtp::USER.to_owned()),
        ("ca", certs.ca.to_str().unwrap().to_owned()),
    ];
    assert_eq!(
        apply(&mut config, CONFIG_RULES, &fill),
        CONFIG_RULES.len(),
        "every rule matches the README's config.yaml:\n{config}"
    );
    assert!(config.starts_with("recheck:"), "{config}");
    let partners = yaml[1].join("\n") + "\n";
    assert!(partners.starts_with("partners:"), "{partners}");
    std::fs::create_dir_all(env.config_dir()).unwrap();
    std::fs::write(env.config_dir().join("config.yaml"), config).unwrap();
    std::fs::write(env.config_dir().join("partners.yaml"), partners).unwrap();
    // The files the examples read.
    std::fs::write(
        root.join("links.txt"),
        "https://www.instagram.com/p/README1/\nhttps://www.instagram.com/p/README2/?igshid=x\n",
    )
    .unwrap();
    tagged_picture(&env, "shot.jpg", image::ImageFormat::Jpeg);
    std::fs::write(root.join("names.txt"), "shot.jpg\n").unwrap();
    // `schedule install` edits a crontab: the machine's own must stay as it is.
    let (path, crontab) = fake_crontab(&env);
    let path = format!("{}:{path}", bin_dir());
    let mut session = Session {
        env,
        path,
        vars: Vec::new(),
    };

    let mut ran = Vec::new();
    let mut rules_applied = 0;
    for line in blocks("sh").concat() {
        let mut code = code(line).to_owned();
        if !code.split_whitespace().any(|w| w.contains("takedown")) {
            continue;
        }
        let how = HOW
            .iter()
            .find(|(c, _)| *c == code)
            .map_or(How::Plain, |(_, how)| *how);
        if let How::KeyringTerminal(answer) = how {
            let out = in_keyring_session(
                &TestEnv::new(),
                &format!("printf '{answer}\\n' | script -qec '{code}' /dev/null"),
            );
            assert!(
                out.contains("its key in the OS keyring"),
                "`{code}`:\n{out}"
            );
            ran.push(code);
            continue;
        }
        let link = if code.contains("L-7KQ2X") {
            let first = session.env.ok(&["link", "list", "--json"]);
            let first: serde_json::Value =
                serde_json::from_str(first.lines().next().unwrap()).unwrap();
            first["id"].as_str().unwrap().to_owned()
        } else {
            String::new()
        };
        let fill = [
            ("link", link),
            ("recipient", identity.to_public().to_string()),
        ];
        rules_applied += apply(&mut code, LINE_RULES, &fill);
        let assignment = code
            .split_once("=$(")
            .filter(|(var, rest)| {
                var.chars().all(|c| c.is_ascii_alphanumeric()) && rest.ends_with(')')
            })
            .map(|(var, rest)| (var.to_owned(), rest[..rest.len() - 1].to_owned()));
        let run = assignment.as_ref().map_or(code.as_str(), |(_, cmd)| cmd);
        let out = session.run(run, how);
        assert!(
            out.status.success(),
            "`{code}` failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        if let Some((var, _)) = assignment {
            let value = String::from_utf8(out.stdout).unwrap().trim().to_owned();
            session.vars.push((var, value));
        }
        ran.push(code);
    }
    assert!(ran.len() > 15, "too few examples found: {ran:#?}");
    assert_eq!(rules_applied, LINE_RULES.len(), "each rule is used once");
    for (line, _) in HOW {
        assert!(ran.iter().any(|r| r == line), "no README line `{line}`");
    }

    // What the examples' comments promise happened.
    let env = &session.env;
    let case = &session.vars[0].1;
    let shown = env.ok(&["case", "show", case]);
    for part in [
        "resolved",
        "Victim prefers contact on Tuesdays.",
        "law_enforcement given",
    ] {
        assert!(shown.contains(part), "`{part}` in:\n{shown}");
    }
    let received = smtp.received();
    assert_eq!(received.len(), 1, "{received:?}");
    assert_eq!(received[0]["rcpt_tos"][0], "escalations@partner.example");
    let outbox = env.ok(&["outbox", "list", "--json"]);
    assert!(outbox.contains("\"sent\""), "{outbox}");
    let items = env.ok(&["evidence", "list", "--case", case, "--json"]);
    assert_eq!(
        items.lines().count(),
        2,
        "the picture and its stripped copy:\n{items}"
    );
    let report = std::fs::read_dir(root.join("reports")).unwrap().count();
    assert!(report > 0, "a report in reports/");
    let guide = std::fs::read_to_string(root.join("guide.html")).unwrap();
    assert!(guide.contains("dir=\"rtl\""), "an Urdu page");
    let mut tar = Vec::new();
    age::Decryptor::new(std::fs::File::open(root.join("bag.tar.age")).unwrap())
        .unwrap()
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut tar)
        .unwrap();
    assert_eq!(&tar[257..262], b"ustar", "a tar archive inside");
    let asked: Vec<String> = proxied.lock().unwrap().clone();
    assert!(
        !asked.is_empty() && asked.iter().all(|h| h == "www.instagram.com:443"),
        "recheck went through the README's proxy, naming hosts only: {asked:?}"
    );
    let tab = std::fs::read_to_string(crontab).unwrap();
    assert!(
        tab.contains(" cron --quiet --as cron # takedown cron"),
        "{tab}"
    );
}

/// The subcommand path of a backticked `takedown …` span: its leading lower-case words, each
/// alternative of `a|b` once.
fn commands_in(span: &str) -> Vec<Vec<String>> {
    let mut paths: Vec<Vec<String>> = vec![Vec::new()];
    for word in span.split_whitespace().skip(1) {
        let alternatives: Vec<&str> = word.split("\\|").collect();
        if !alternatives.iter().all(|a| {
            a.starts_with(|c: char| c.is_ascii_lowercase())
                && a.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        }) {
            break;
        }
        paths = paths
            .iter()
            .flat_map(|p| {
                alternatives.iter().map(move |a| {
                    let mut p = p.clone();
                    p.push((*a).to_owned());
                    p
                })
            })
            .collect();
    }
    paths
}

#[test]
fn every_command_the_readme_names_exists() {
    let env = TestEnv::new();
    let mut prose = String::new();
    let mut fenced = false;
    for line in README.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    let mut checked = 0;
    for span in prose.split('`').skip(1).step_by(2) {
        if !span.starts_with("takedown ") {
            continue;
        }
        for path in commands_in(span) {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push("--help");
            let out = env.output(&args, "");
            assert!(
                out.status.success(),
                "`takedown {}` (README: `{span}`): {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr)
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} commands found in the README");
}
