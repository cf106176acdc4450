//! A hermetic environment for running the real binary: nothing leaks in from the developer's
//! shell (no real keyring, no real home), and output is redacted so transcripts are stable.

mod browser;
pub(crate) mod http;
pub(crate) mod loopfs;
pub(crate) mod smtp;
pub(crate) mod tls;
pub(crate) mod tsa;

pub(crate) use browser::chromium;

/// A platforms file (as a `&'static str`) with one platform, `testsite`, on the test servers'
/// host 127.0.0.1, and the removal markers given: YAML list items indented six spaces.
#[macro_export]
macro_rules! testsite_platforms {
    ($markers:literal) => {
        concat!(
            r#"schema_version: 1
platforms:
  - id: testsite
    name: Test site
    operator: null
    hosts:
      patterns: ["127.0.0.1"]
      canonical_host: "127.0.0.1"
      unverified: true
      checked: 2026-01-01
    removal_markers:
"#,
            $markers
        )
    };
}

use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::LazyLock;

use regex::Regex;

pub(crate) struct TestEnv {
    root: tempfile::TempDir,
}

impl TestEnv {
    pub(crate) fn new() -> TestEnv {
        TestEnv {
            root: tempfile::tempdir().expect("a temporary directory"),
        }
    }

    /// A store made with `init --yes --key-file` inside the temporary tree.
    pub(crate) fn initialised() -> TestEnv {
        let env = TestEnv::new();
        env.ok(&[
            "init",
            "--yes",
            "--key-file",
            env.key_file().to_str().unwrap(),
        ]);
        env
    }

    pub(crate) fn root(&self) -> &Path {
        self.root.path()
    }

    pub(crate) fn data_dir(&self) -> PathBuf {
        self.root().join("data")
    }

    /// Where `config.yaml`, `partners.yaml` and template overrides are looked for.
    pub(crate) fn config_dir(&self) -> PathBuf {
        self.root().join("home/.config/takedown")
    }

    pub(crate) fn key_file(&self) -> PathBuf {
        self.root().join("keys/key")
    }

    pub(crate) fn command(&self, args: &[&str]) -> assert_cmd::Command {
        assert_cmd::Command::from_std(self.std_command(args))
    }

    /// The same, as a plain process to start in the background (and kill).
    pub(crate) fn std_command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_takedown"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.root().join("home"))
            .env("TAKEDOWN_HOME", self.data_dir())
            // Every recorded action names who did it; tests act as staff member `ts`.
            .env("TAKEDOWN_STAFF", "ts")
            .env("TZ", "UTC")
            .env("NO_COLOR", "1")
            .env("COLUMNS", "100")
            .current_dir(self.root())
            .args(args);
        cmd
    }

    pub(crate) fn output(&self, args: &[&str], stdin: &str) -> Output {
        self.command(args)
            .write_stdin(stdin)
            .output()
            .expect("the binary runs")
    }

    /// A transcript: exit code, stdout and stderr, redacted.
    pub(crate) fn run(&self, args: &[&str]) -> String {
        self.run_stdin(args, "")
    }

    pub(crate) fn run_stdin(&self, args: &[&str], stdin: &str) -> String {
        let out = self.output(args, stdin);
        let mut text = format!(
            "exit: {}\n",
            out.status.code().map_or("signal".into(), |c| c.to_string())
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if !stdout.is_empty() {
            text.push_str(&format!("----- stdout -----\n{stdout}"));
        }
        if !stderr.is_empty() {
            text.push_str(&format!("----- stderr -----\n{stderr}"));
        }
        self.redact(&text)
    }

    /// Runs a command that must succeed; returns its trimmed stdout.
    pub(crate) fn ok(&self, args: &[&str]) -> String {
        self.ok_stdin(args, "")
    }

    pub(crate) fn ok_stdin(&self, args: &[&str], stdin: &str) -> String {
        let out = self.output(args, stdin);
        assert!(
            out.status.success(),
            "`takedown {}` failed: {}\n{}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    /// A new `ncii` case, with `consent` if given, holding one Instagram link: (case, link).
    pub(crate) fn case_with_link(&self, consent: Option<&str>) -> (String, String) {
        let mut args = vec!["case", "new", "--category", "ncii"];
        args.extend(consent.iter().flat_map(|c| ["--consent", c]));
        let case = self.ok(&args);
        let link = self.ok_stdin(
            &["link", "add", "--case", &case, "-"],
            "https://www.instagram.com/p/abc\n",
        );
        (case, link)
    }

    pub(crate) fn redact(&self, text: &str) -> String {
        static RULES: LazyLock<Vec<(Regex, &str)>> = LazyLock::new(|| {
            [
                (r"\bC-[0-9A-Z]{4}\b", "[CASE]"),
                (r"\bL-[0-9A-Z]{5}\b", "[LINK]"),
                (r"\bE-[0-9A-Z]{5}\b", "[EVIDENCE]"),
                (r"\bM-[0-9A-Z]{5}\b", "[MAIL]"),
                (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "[TIMESTAMP]"),
                (r"\d{4}-\d\d-\d\d \d\d:\d\d", "[TIME]"),
                (
                    r"(تیاری کی تاریخ|Prepared on): \d{4}-\d\d-\d\d",
                    "$1: [DATE]",
                ),
                (r"([0-9A-Z]{4}-){13}[0-9A-Z]{4}", "[RECOVERY-CODE]"),
            ]
            .into_iter()
            .map(|(re, to)| (Regex::new(re).unwrap(), to))
            .collect()
        });
        // Direction isolates are invisible, and Rust refuses them in source: transcripts show
        // them as marks, so a snapshot says where each left-to-right island begins and ends.
        let mut text = text
            .replace(self.root().to_str().unwrap(), "[ROOT]")
            .replace('\u{2066}', "⟦")
            .replace('\u{2069}', "⟧");
        for (re, to) in RULES.iter() {
            text = re.replace_all(&text, *to).into_owned();
        }
        text
    }
}

/// Every file below `dir`, recursively.
pub(crate) fn files_below(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_owned()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out
}

impl TestEnv {
    /// The store opened directly with its key file's key, as another process holding the key
    /// could: to look at rows, or to write what no command would.
    pub(crate) fn store_connection(&self) -> rusqlite::Connection {
        let key = std::fs::read_to_string(self.key_file()).unwrap();
        let conn = rusqlite::Connection::open(self.data_dir().join("takedown.db")).unwrap();
        conn.execute_batch(&format!("PRAGMA key = \"x'{}'\";", key.trim()))
            .unwrap();
        conn
    }

    /// Runs a command that must succeed; returns its stdout byte for byte.
    pub(crate) fn ok_raw(&self, args: &[&str]) -> Vec<u8> {
        let out = self.output(args, "");
        assert!(
            out.status.success(),
            "`takedown {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    /// A partner-consented NCII case holding the one link `url`, escalated with `--yes` and
    /// re-checked once (so the link is seen live), all under the platforms file `platforms`:
    /// where the follow-up tests start. Returns the case id.
    pub(crate) fn escalated_and_rechecked(&self, platforms: &str, url: &str) -> String {
        let case = self.ok(&["case", "new", "--category", "ncii", "--consent", "partners"]);
        self.link_on(platforms, &case, url);
        self.ok(&[
            "--platforms",
            platforms,
            "escalate",
            "--case",
            &case,
            "--yes",
        ]);
        self.ok(&recheck_all(platforms));
        case
    }

    /// Adds `url` to `case` under the platforms file `platforms`; returns the link id.
    pub(crate) fn link_on(&self, platforms: &str, case: &str, url: &str) -> String {
        self.ok(&["--platforms", platforms, "link", "add", "--case", case, url])
    }
}

/// `recheck --all` under the platforms file `platforms`, with no wait between fetches of one
/// host (the tests' sites are all 127.0.0.1).
pub(crate) fn recheck_all(platforms: &str) -> [&str; 6] {
    [
        "--platforms",
        platforms,
        "recheck",
        "--all",
        "--host-interval",
        "0s",
    ]
}

/// A proptest runner whose random choices replay: from the seed in the environment variable
/// `var` when it is set, else from the clock. Tests that share a seed pass different `part`s.
/// Returns the seed, for the test to print.
pub(crate) fn replayable(
    var: &str,
    part: u64,
    config: proptest::test_runner::Config,
) -> (u64, proptest::test_runner::TestRunner) {
    use proptest::test_runner::{RngAlgorithm, TestRng, TestRunner};
    let seed = std::env::var(var).ok().map_or_else(
        || {
            let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
            u64::from(now.unwrap().subsec_nanos())
        },
        |s| s.parse().unwrap_or_else(|_| panic!("{var} is a number")),
    );
    let mut bytes = [0u8; 32];
    bytes[..8].copy_from_slice(&seed.wrapping_add(part).to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &bytes);
    (seed, TestRunner::new_with_rng(config, rng))
}
