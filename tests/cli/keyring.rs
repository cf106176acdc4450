//! The OS keyring backend against a real Secret Service: gnome-keyring on a private D-Bus session
//! (`dbus-run-session`), never the developer's own keyring. `scripts/test` installs both.

use std::process::Command;

use crate::support::TestEnv;

/// Runs `script` with `sh` inside a fresh D-Bus session with an unlocked gnome-keyring, in the
/// test's hermetic environment; returns the combined output and whether the script succeeded.
pub(crate) fn in_keyring_session(env: &TestEnv, script: &str) -> String {
    for tool in [
        "dbus-run-session",
        "dbus-send",
        "gnome-keyring-daemon",
        "secret-tool",
    ] {
        let found = Command::new("sh")
            .args(["-c", &format!("command -v {tool}")])
            .output()
            .unwrap();
        assert!(
            found.status.success(),
            "`{tool}` is missing: apt-get install -y dbus gnome-keyring libsecret-tools"
        );
    }
    let path = env.root().join("session.sh");
    // `--daemonize` returns before the daemon owns its bus name; a command that ran then would
    // have D-Bus start a second keyring, so the script waits for the name (at most 20 s).
    let prelude = "exec 2>&1\n\
        printf pw | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null\n\
        for _ in $(seq 200); do\n\
          dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true && break\n\
          sleep 0.1\n\
        done\n";
    std::fs::write(&path, format!("{prelude}{script}")).unwrap();
    let home = env.root().join("home");
    std::fs::create_dir_all(&home).unwrap();
    let out = Command::new("dbus-run-session")
        .args(["--", "sh"])
        .arg(&path)
        .env_clear()
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin_dir(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .env("HOME", &home)
        .env("TAKEDOWN_HOME", env.data_dir())
        .env("TAKEDOWN_STAFF", "ts")
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    // dbus-daemon cannot raise its file limit in a sandbox and says so; that is not ours.
    let text: String = text
        .lines()
        .filter(|l| !l.contains("fd limit"))
        .map(|l| format!("{l}\n"))
        .collect();
    env.redact(&text)
}

fn bin_dir() -> String {
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_takedown"));
    bin.parent().unwrap().to_str().unwrap().to_owned()
}

#[test]
fn the_key_lives_in_the_os_keyring_when_one_answers() {
    let env = TestEnv::new();
    let out = in_keyring_session(
        &env,
        "takedown init --yes && c=$(takedown case new -c ncii) && takedown case list --json | grep -c \"$c\"\n\
         secret-tool search service takedown 2>&1 | grep -c '^secret = '\n\
         secret-tool clear service takedown\n\
         takedown case list; echo \"exit $?\"\n",
    );
    insta::assert_snapshot!(out, @r"
    Created the case store in `[ROOT]/data`, its key in the OS keyring.
    Recovery code (shown only this once; write it down, keep it offline: it opens the store):
    [RECOVERY-CODE]
    1
    1
    error: cannot unlock the case store
    caused by: the OS keyring holds no key for this store
    hint: restore the key with `takedown key restore` and the recovery code shown by `takedown init`
    exit 2
    ");
    let home: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.data_dir().join("home.json")).unwrap())
            .unwrap();
    assert_eq!(home["secret"]["backend"], "keyring");
    assert_eq!(home["secret"]["service"], "takedown");
}

#[test]
fn wipe_case_replaces_the_key_in_the_os_keyring() {
    let env = TestEnv::new();
    let out = in_keyring_session(
        &env,
        "takedown init --yes >/dev/null && c=$(takedown case new -c ncii)\n\
         before=$(secret-tool search --all service takedown 2>&1 | grep '^secret = ')\n\
         takedown wipe case --yes \"$c\" >/dev/null 2>&1; echo \"wipe exit $?\"\n\
         after=$(secret-tool search --all service takedown 2>&1 | grep '^secret = ')\n\
         echo \"$after\" | grep -c '^secret = '\n\
         [ \"$before\" != \"$after\" ] && echo 'key replaced'\n\
         takedown case list --json | grep -c '\"wiped\"'\n",
    );
    insta::assert_snapshot!(out, @r"
    Created the case store in `[ROOT]/data`, its key in the OS keyring.
    Recovery code (shown only this once; write it down, keep it offline: it opens the store):
    wipe exit 0
    1
    key replaced
    1
    ");
}
