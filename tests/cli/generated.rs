//! Files generated from the CLI definition are committed; these tests fail when they drift.
//! `TAKEDOWN_BLESS=1 cargo test generated` rewrites them.

use std::path::Path;

use crate::support::TestEnv;

fn check(args: &[&str], committed: &str) {
    let env = TestEnv::new();
    let fresh = env.ok_raw(args);
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(committed);
    if std::env::var_os("TAKEDOWN_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let old = std::fs::read(&path).unwrap_or_default();
    assert!(
        old == fresh,
        "`{committed}` is out of date with the CLI: run `TAKEDOWN_BLESS=1 cargo test generated` and commit the result"
    );
}

#[test]
fn completions_are_up_to_date() {
    for (shell, file) in [
        ("bash", "completions/takedown.bash"),
        ("zsh", "completions/_takedown"),
        ("fish", "completions/takedown.fish"),
        ("powershell", "completions/_takedown.ps1"),
        ("elvish", "completions/takedown.elv"),
    ] {
        check(&["completions", shell], file);
    }
}

#[test]
fn the_man_page_is_up_to_date() {
    check(&["man"], "doc/takedown.1");
}

#[test]
fn the_case_state_table_is_up_to_date() {
    check(&["case", "states"], "doc/case-states.md");
}
