//! Headless Chromium (Debian's `chromium`) on local pages, with everything that reaches the
//! network switched off.

use std::path::Path;
use std::process::Command;

/// Runs chromium on the local file `page` and returns its stdout. `fontconfig`, when given, is
/// the fontconfig file it sees instead of the system's (to hide the machine's fonts). A missing
/// chromium fails with the install command.
pub(crate) fn chromium(
    profile: &Path,
    args: &[&str],
    page: &Path,
    fontconfig: Option<&Path>,
) -> String {
    let mut cmd = Command::new("chromium");
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1100,1800",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(args)
    .arg(format!("file://{}", page.display()));
    if let Some(file) = fontconfig {
        cmd.env("FONTCONFIG_FILE", file);
    }
    let out = cmd
        .output()
        .expect("chromium runs (apt-get install chromium; scripts/test installs it)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}
