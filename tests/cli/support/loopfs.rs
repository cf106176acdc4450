//! A small ext4 filesystem in an image file, loop-mounted, so a test can look for remnants in the
//! raw bytes the way forensic tools do. Needs `mkfs.ext4`, a free loop device and root, or
//! passwordless `sudo` for mounting; where that is missing the test fails and says what to do,
//! since a skipped test would look like a passing one (`scripts/test` installs and runs as root).

use std::path::{Path, PathBuf};
use std::process::Command;

pub(crate) struct LoopFs {
    _dir: tempfile::TempDir,
    image: PathBuf,
    mount: PathBuf,
    mounted: bool,
    /// `sudo -n` before mount, umount and chmod, unless the tests run as root.
    sudo: bool,
}

impl LoopFs {
    /// A fresh ext4 (default `data=ordered`) of `mib` MiB, mounted.
    pub(crate) fn new(mib: u64) -> LoopFs {
        let dir = tempfile::tempdir().unwrap();
        let sudo = std::os::unix::fs::MetadataExt::uid(&dir.path().metadata().unwrap()) != 0;
        let image = dir.path().join("fs.img");
        let mount = dir.path().join("mnt");
        std::fs::create_dir(&mount).unwrap();
        std::fs::File::create(&image)
            .unwrap()
            .set_len(mib << 20)
            .unwrap();
        let mut fs = LoopFs {
            _dir: dir,
            image,
            mount,
            mounted: false,
            sudo,
        };
        // As root too: a user's PATH may leave out /usr/sbin, where mkfs lives.
        let mkfs = fs
            .as_root("mkfs.ext4")
            .args(["-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0"])
            .arg(&fs.image)
            .output()
            .expect("`mkfs.ext4` is missing: apt-get install e2fsprogs (scripts/test installs it)");
        assert!(
            mkfs.status.success(),
            "mkfs.ext4 failed; it needs e2fsprogs (apt-get install e2fsprogs) and root or passwordless sudo, as scripts/test checks: {}",
            String::from_utf8_lossy(&mkfs.stderr)
        );
        if let Err(why) = fs.try_mount() {
            panic!(
                "cannot loop-mount an ext4 image here; run the tests as root or with passwordless sudo, on a machine with loop devices (scripts/test does): {}",
                why.trim()
            );
        }
        // The filesystem's root belongs to root, its files to whoever runs the tests: anyone writes.
        fs.run("chmod", &["0777".as_ref(), fs.mount.as_os_str()]);
        fs
    }

    /// `program` as root: directly, or through `sudo -n`.
    fn as_root(&self, program: &str) -> Command {
        if self.sudo {
            let mut cmd = Command::new("sudo");
            cmd.args(["-n", program]);
            cmd
        } else {
            Command::new(program)
        }
    }

    fn run(&self, program: &str, args: &[&std::ffi::OsStr]) {
        let out = self.as_root(program).args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{program} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub(crate) fn path(&self) -> &Path {
        &self.mount
    }

    fn try_mount(&mut self) -> Result<(), String> {
        let out = self
            .as_root("mount")
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
        self.run("umount", &[self.mount.as_os_str()]);
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
            let _ = self.as_root("umount").arg(&self.mount).status();
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
