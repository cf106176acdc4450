//! The one CLI test binary: each module runs the real `takedown` binary in a throwaway home.
#![allow(
    clippy::unwrap_used,
    clippy::disallowed_methods,
    reason = "a test panics to fail, and its file errors need no path context"
)]

mod support;

mod addresses;
mod argv;
mod bad_input;
mod capture;
mod case;
mod clock;
mod core_dump;
mod cron;
mod crypto_erase;
mod drafts;
mod evidence;
mod evidence_move;
mod export;
mod fonts;
mod generated;
mod guide;
mod hangs;
mod hash;
mod init;
mod keyring;
mod kills;
mod layering;
mod link;
mod mail;
mod matching;
mod model;
mod observe;
mod outbox;
mod permissions;
mod platforms;
mod policy;
mod probes;
mod readme;
mod recheck;
mod report;
mod robustness;
mod security;
mod settings;
mod sextortion;
mod states;
mod stats;
mod store_file;
mod timestamp;
mod whois;
mod wipe;
mod wipe_case;
mod wipe_guard;

/// Every `.rs` file in this folder is a module above; a file left out would silently never run.
#[test]
fn no_forgotten_test_files() {
    let main = include_str!("main.rs");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(module) = name.strip_suffix(".rs").filter(|m| *m != "main") {
            assert!(
                main.contains(&format!("mod {module};")),
                "tests/cli/{name} is not listed in main.rs"
            );
        }
    }
}
