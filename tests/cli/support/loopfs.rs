//! A small filesystem (ext4, ext4 with `data=journal`, XFS or btrfs) in an image file,
//! loop-mounted, so a test can look for remnants in the raw bytes the way forensic tools do.
//! Needs the filesystem's `mkfs`, a free loop device and root, or passwordless `sudo` for
//! mounting; where that is missing the test fails and says what to do, since a skipped test would
//! look like a passing one (`scripts/test` installs and runs as root).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The filesystems the wipe tests measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// ext4 with its default `data=ordered`: file data is written in place.
    Ext4,
    /// ext4 with `data=journal`: file data goes through the journal first.
    Ext4Journal,
    /// XFS: in place.
    Xfs,
    /// btrfs: copy-on-write.
    Btrfs,
}

impl Kind {
    /// What statfs calls it, as the reports name it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Kind::Ext4 | Kind::Ext4Journal => "ext4",
            Kind::Xfs => "xfs",
            Kind::Btrfs => "btrfs",
        }
    }

    fn mkfs(self) -> (&'static str, &'static [&'static str], &'static str) {
        match self {
            Kind::Ext4 | Kind::Ext4Journal => (
                "mkfs.ext4",
                &["-q", "-F", "-E", "lazy_itable_init=0,lazy_journal_init=0"],
                "e2fsprogs",
            ),
            Kind::Xfs => ("mkfs.xfs", &["-q", "-f"], "xfsprogs"),
            Kind::Btrfs => ("mkfs.btrfs", &["-q", "-f"], "btrfs-progs"),
        }
    }

    fn options(self) -> &'static str {
        match self {
            Kind::Ext4Journal => "loop,data=journal",
            _ => "loop",
        }
    }

    /// The smallest image its mkfs accepts, rounded up (XFS wants more than 300 MB, btrfs
    /// 109 MiB).
    pub(crate) fn min_mib(self) -> u64 {
        match self {
            Kind::Ext4 | Kind::Ext4Journal => 64,
            Kind::Xfs => 320,
            Kind::Btrfs => 128,
        }
    }
}

pub(crate) struct LoopFs {
    _dir: tempfile::TempDir,
    kind: Kind,
    image: PathBuf,
    mount: PathBuf,
    mounted: bool,
    /// `sudo -n` before mkfs, mount, umount and chmod, unless the tests run as root.
    sudo: bool,
}

impl LoopFs {
    /// A fresh ext4 (default `data=ordered`) of `mib` MiB, mounted.
    pub(crate) fn new(mib: u64) -> LoopFs {
        LoopFs::of(Kind::Ext4, mib)
    }

    /// A fresh filesystem of `kind` and `mib` MiB, mounted.
    pub(crate) fn of(kind: Kind, mib: u64) -> LoopFs {
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
            kind,
            image,
            mount,
            mounted: false,
            sudo,
        };
        // As root too: a user's PATH may leave out /usr/sbin, where mkfs lives.
        let (mkfs, args, package) = kind.mkfs();
        let out = fs
            .as_root(mkfs)
            .args(args)
            .arg(&fs.image)
            .output()
            .unwrap_or_else(|e| {
                panic!("`{mkfs}`: {e}: apt-get install {package} (scripts/test installs it)")
            });
        assert!(
            out.status.success(),
            "{mkfs} failed; it needs {package} (apt-get install {package}) and root or passwordless sudo, as scripts/test checks: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if let Err(why) = fs.try_mount() {
            panic!(
                "cannot loop-mount a {kind:?} image here; run the tests as root or with passwordless sudo, on a machine with loop devices (scripts/test does): {}",
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
            .args(["-t", self.kind.name(), "-o", self.kind.options()])
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
        self.counts(&[needle])[0]
    }

    /// How many times each needle occurs in the raw image (the filesystem must be unmounted),
    /// counted by Python's `bytes.count` (`scripts/test` puts python3 on the PATH): hundreds of
    /// megabytes scan in a moment there, where this test binary, built without optimisation,
    /// would take seconds for each needle.
    pub(crate) fn counts(&self, needles: &[&[u8]]) -> Vec<usize> {
        assert!(!self.mounted, "unmount before scanning the image");
        let hex: Vec<String> = needles
            .iter()
            .map(|n| n.iter().map(|b| format!("{b:02x}")).collect())
            .collect();
        let out = Command::new("python3")
            .args([
                "-c",
                "import sys; d = open(sys.argv[1], 'rb').read(); print(*(d.count(bytes.fromhex(h)) for h in sys.argv[2:]))",
            ])
            .arg(&self.image)
            .args(&hex)
            .output()
            .expect("python3 counts the needles (scripts/test puts it on the PATH)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .split_whitespace()
            .map(|n| n.parse().unwrap())
            .collect()
    }
}

impl Drop for LoopFs {
    fn drop(&mut self) {
        if self.mounted {
            let _ = self.as_root("umount").arg(&self.mount).status();
        }
    }
}
