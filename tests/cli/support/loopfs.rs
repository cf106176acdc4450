//! A small ext4 filesystem in an image file, loop-mounted, so a test can look for remnants in the
//! raw bytes the way forensic tools do. Needs root (or CAP_SYS_ADMIN), `mkfs.ext4` and a free
//! loop device; where that is missing the test prints why and skips, never passing silently.

use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) struct LoopFs {
    _dir: tempfile::TempDir,
    image: PathBuf,
    mount: PathBuf,
    mounted: bool,
}

impl LoopFs {
    /// A fresh ext4 (default `data=ordered`) of `mib` MiB, mounted; `None`, with the reason
    /// printed, where this machine cannot loop-mount.
    pub(crate) fn new(mib: u64) -> Option<LoopFs> {
        let dir = tempfile::tempdir().unwrap();
        let image = dir.path().join("fs.img");
        let mount = dir.path().join("mnt");
        std::fs::create_dir(&mount).unwrap();
        std::fs::File::create(&image)
            .unwrap()
            .set_len(mib << 20)
            .unwrap();
        let mkfs = Command::new("mkfs.ext4")
            .args(["-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0"])
            .arg(&image)
            .output();
        match mkfs {
            Ok(out) if out.status.success() => {}
            Ok(out) => return skip(&String::from_utf8_lossy(&out.stderr)),
            Err(e) => return skip(&format!("mkfs.ext4: {e}")),
        }
        let mut fs = LoopFs {
            _dir: dir,
            image,
            mount,
            mounted: false,
        };
        if let Err(why) = fs.try_mount() {
            return skip(&why);
        }
        // The tests run the binary as root but create files as they like: let anyone write.
        run("chmod", &["0777".as_ref(), fs.mount.as_os_str()]);
        Some(fs)
    }

    pub(crate) fn path(&self) -> &Path {
        &self.mount
    }

    fn try_mount(&mut self) -> Result<(), String> {
        let out = Command::new("mount")
            .args(["-t", "ext4", "-o", "loop"])
            .arg(&self.image)
            .arg(&self.mount)
            .output()
            .map_err(|e| format!("mount: {e}"))?;
        if !out.status.success() {
            return Err(String::from_utf8_lossy(&out.stderr).into_owned());
        }
        self.mounted = true;
        Ok(())
    }

    pub(crate) fn mount(&mut self) {
        self.try_mount().unwrap();
    }

    /// Unmounting writes everything back, so the image then holds exactly what the filesystem
    /// holds on disk.
    pub(crate) fn unmount(&mut self) {
        run("umount", &[self.mount.as_os_str()]);
        self.mounted = false;
    }

    /// How many times `needle` occurs in the raw image (the filesystem must be unmounted).
    pub(crate) fn count(&self, needle: &[u8]) -> usize {
        assert!(!self.mounted, "unmount before scanning the image");
        let image = std::fs::read(&self.image).unwrap();
        count(&image, needle)
    }
}

impl Drop for LoopFs {
    fn drop(&mut self) {
        if self.mounted {
            let _ = Command::new("umount").arg(&self.mount).status();
        }
    }
}

/// Occurrences of `needle` in `haystack`.
fn count(haystack: &[u8], needle: &[u8]) -> usize {
    let (first, rest) = needle.split_first().unwrap();
    let mut n = 0;
    let mut at = 0;
    while let Some(i) = haystack[at..].iter().position(|b| b == first) {
        let start = at + i;
        if haystack[start + 1..].starts_with(rest) {
            n += 1;
        }
        at = start + 1;
    }
    n
}

#[expect(
    clippy::print_stderr,
    reason = "a skipped test says why on the test's own output"
)]
fn skip(why: &str) -> Option<LoopFs> {
    eprintln!(
        "SKIPPED: cannot loop-mount an ext4 image here (needs root, mkfs.ext4 and a loop device): {}",
        why.trim()
    );
    None
}

fn run(program: &str, args: &[&std::ffi::OsStr]) {
    let out = Command::new(program).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
