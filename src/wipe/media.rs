//! How much an overwrite is worth where a file lives: the filesystem (from `statfs` and the mount
//! options) and the disk under it (from sysfs). Overwriting erases only where the filesystem
//! writes in place and the disk keeps no old copies; everything else must be said, not hidden.
//! The same holds for crypto-erase (ARCHITECTURE §5): re-keying erases what the old key opened
//! only where no copy of the old key survives.

use std::path::Path;

use serde::Serialize;

/// What the storage under a path does with overwritten blocks.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Medium {
    /// `ext4`, `btrfs`, …, or `unknown (0x…)`.
    pub(crate) filesystem: String,
    /// `rotational`, `solid-state`, `image-file`, `memory` or `unknown`.
    pub(crate) storage: &'static str,
    /// Whether the filesystem overwrites a file's blocks where they lie and keeps no old copy of
    /// them (what the disk below does aside).
    pub(crate) in_place: bool,
    /// Whether one overwrite pass erases the old contents here (NIST SP 800-88 "Clear").
    pub(crate) overwrite_effective: bool,
    /// Why, in plain words, for the report.
    pub(crate) assessment: String,
    /// Why the filesystem, and why the disk, may keep old copies.
    #[serde(skip)]
    fs_says: Option<&'static str>,
    #[serde(skip)]
    disk_says: Option<&'static str>,
}

impl Medium {
    /// Memory only (tmpfs, ramfs): nothing written here reaches a disk, unless the system swaps.
    pub(crate) fn in_memory(&self) -> bool {
        self.storage == "memory"
    }

    /// Why the filesystem may keep old copies of overwritten blocks; `None` where it writes in
    /// place.
    pub(crate) fn keeps_old_copies(&self) -> Option<&'static str> {
        self.fs_says
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fs {
    /// Overwrites in place (ext4 ordered or writeback, XFS, ext2/3).
    InPlace,
    /// ext3/ext4 with `data=journal`: the journal keeps a copy of the data.
    DataJournal,
    /// btrfs, ZFS, bcachefs: every write goes to a new block; the old one stays until reused.
    CopyOnWrite,
    /// F2FS, NILFS: log-structured, same effect as copy-on-write.
    LogStructured,
    /// tmpfs, ramfs: memory only.
    Memory,
    /// NFS, FUSE, overlays and anything unknown: nobody here can tell.
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Disk {
    Rotational,
    SolidState,
    /// A loop device: the filesystem lives in an image file on another filesystem.
    ImageFile,
    Unknown,
}

/// Looks at the filesystem holding `path` (which must exist).
pub(crate) fn of(path: &Path) -> std::io::Result<Medium> {
    let statfs = rustix::fs::statfs(path)?;
    let stat = rustix::fs::stat(path)?;
    // `f_type` is a signed or unsigned integer depending on the platform; the magic fits 32 bits.
    #[allow(
        clippy::unnecessary_cast,
        reason = "f_type's type differs between targets"
    )]
    let magic = (statfs.f_type as i64 as u64) & 0xffff_ffff;
    let (major, minor) = (
        rustix::fs::major(stat.st_dev),
        rustix::fs::minor(stat.st_dev),
    );
    let (name, mut fs) = filesystem(magic);
    if fs == Fs::InPlace && data_journalled(major, minor) {
        fs = Fs::DataJournal;
    }
    let disk = if fs == Fs::Memory {
        Disk::Unknown
    } else {
        disk(major, minor)
    };
    Ok(judge(name, fs, disk))
}

fn filesystem(magic: u64) -> (String, Fs) {
    let (name, fs) = match magic {
        0xEF53 => ("ext4", Fs::InPlace), // ext2, ext3 and ext4 share the magic
        0x5846_5342 => ("xfs", Fs::InPlace),
        0x9123_683E => ("btrfs", Fs::CopyOnWrite),
        0x2FC1_2FC1 => ("zfs", Fs::CopyOnWrite),
        0xCA45_1A4E => ("bcachefs", Fs::CopyOnWrite),
        0xF2F5_2010 => ("f2fs", Fs::LogStructured),
        0x3434 => ("nilfs", Fs::LogStructured),
        0x0102_1994 => ("tmpfs", Fs::Memory),
        0x8584_58F6 => ("ramfs", Fs::Memory),
        0x6969 => ("nfs", Fs::Unknown),
        0x6573_5546 => ("fuse", Fs::Unknown),
        0x794C_7630 => ("overlayfs", Fs::Unknown),
        other => return (format!("unknown (0x{other:x})"), Fs::Unknown),
    };
    (name.to_owned(), fs)
}

/// Whether the mount of this device uses `data=journal` (`/proc/self/mountinfo`: field 3 is
/// `major:minor`, the super options come after the ` - ` separator).
fn data_journalled(major: u32, minor: u32) -> bool {
    let Ok(text) = fs_err::read_to_string("/proc/self/mountinfo") else {
        return false;
    };
    let dev = format!("{major}:{minor}");
    text.lines()
        .filter(|line| line.split(' ').nth(2) == Some(dev.as_str()))
        .any(|line| {
            line.split(" - ")
                .nth(1)
                .is_some_and(|rest| rest.split([' ', ',']).any(|o| o == "data=journal"))
        })
}

fn disk(major: u32, minor: u32) -> Disk {
    let dev = Path::new("/sys/dev/block").join(format!("{major}:{minor}"));
    if dev.join("loop").exists() {
        return Disk::ImageFile;
    }
    // A partition has no queue of its own: its disk, one level up, has.
    let read = |p: &Path| fs_err::read_to_string(p).ok();
    match read(&dev.join("queue/rotational")).or_else(|| read(&dev.join("../queue/rotational"))) {
        Some(flag) if flag.trim() == "1" => Disk::Rotational,
        Some(flag) if flag.trim() == "0" => Disk::SolidState,
        _ => Disk::Unknown,
    }
}

fn judge(filesystem: String, fs: Fs, disk: Disk) -> Medium {
    let fs_says = match fs {
        Fs::InPlace => None,
        Fs::DataJournal => Some(
            "the filesystem journals file data (data=journal), so a copy of the old contents can survive in its journal",
        ),
        Fs::CopyOnWrite => Some(
            "the filesystem is copy-on-write: overwriting writes new blocks and the old contents stay on disk until reused (and in any snapshot)",
        ),
        Fs::LogStructured => Some(
            "the filesystem is log-structured: overwriting writes new blocks and the old contents stay on disk until reused",
        ),
        Fs::Memory => {
            return Medium {
                filesystem,
                storage: "memory",
                in_place: true,
                overwrite_effective: true,
                assessment: "the files were in memory (tmpfs): erased, unless the system swapped them to disk".to_owned(),
                fs_says: None,
                disk_says: None,
            };
        }
        Fs::Unknown => Some(
            "this filesystem's way of writing is unknown here, so the overwrite may not have reached the old blocks",
        ),
    };
    let (storage, disk_says) = match disk {
        Disk::Rotational => ("rotational", None),
        Disk::SolidState => (
            "solid-state",
            Some(
                "the disk is solid-state: wear levelling keeps old copies of overwritten blocks out of reach of any file tool",
            ),
        ),
        Disk::ImageFile => (
            "image-file",
            Some(
                "the filesystem lives in an image file (loop device): erased inside the image, while the disk holding the image decides the rest",
            ),
        ),
        Disk::Unknown => (
            "unknown",
            Some("the kind of disk could not be told, so old copies on it cannot be ruled out"),
        ),
    };
    let in_place = fs_says.is_none();
    let overwrite_effective = in_place && disk_says.is_none();
    let assessment = if overwrite_effective {
        format!(
            "overwritten in place on {filesystem} on a rotational disk: the old contents are erased (NIST SP 800-88 Clear); file names can survive in directory metadata"
        )
    } else {
        let reasons: Vec<&str> = fs_says.iter().chain(&disk_says).copied().collect();
        format!(
            "overwrite not assured on {filesystem}: {}; file names can survive in directory metadata",
            reasons.join("; ")
        )
    };
    Medium {
        filesystem,
        storage,
        in_place,
        overwrite_effective,
        assessment,
        fs_says,
        disk_says,
    }
}

/// Whether re-keying the store erased, by encryption, what the old key opened.
#[derive(Debug, Serialize)]
pub(crate) struct CryptoErase {
    /// No copy of the old key is left anywhere this program can tell.
    pub(crate) assured: bool,
    pub(crate) assessment: String,
}

/// What makes crypto-erase real, said wherever it is not.
pub(crate) const CRYPTO_ERASE_NEEDS: &str = "crypto-erase is real with the key file on a tmpfs or on a filesystem that overwrites in place (ext4, XFS) on a spinning disk, or with the key in the OS keyring (`takedown init` without --key-file)";

/// Judges crypto-erase from where the old key was (`key`: its key file's medium; `None`: the OS
/// keyring) and where the store and its evidence files are (`data`): leftovers of those stay
/// unreadable exactly as long as no copy of the old key survives.
pub(crate) fn crypto_erase(key: Option<&Medium>, data: &[&Medium]) -> CryptoErase {
    const AFTER: &str =
        "destroy the old recovery code and any backup of the old key, which open them too";
    let mut kept: Vec<&str> = data
        .iter()
        .filter(|m| !m.in_place)
        .map(|m| m.filesystem.as_str())
        .collect();
    kept.dedup();
    let leftovers = if kept.is_empty() {
        "anything of the case left in freed blocks (the old store file's write-ahead log, copies a disk keeps)".to_owned()
    } else {
        format!(
            "anything of the case left in freed blocks, including the old blocks of the store and the evidence files that {} keeps,",
            kept.join(" and ")
        )
    };
    let (assured, assessment) = match key {
        None => (
            true,
            format!(
                "the store was copied afresh under a new random key and the old key replaced in the OS keyring: {leftovers} is encrypted under a key that no longer exists; {AFTER}"
            ),
        ),
        Some(m) if !m.in_place => (
            false,
            format!(
                "not assured: the old key was overwritten, but its key file is on {}, where {}: the old key's blocks may survive there, and with them {leftovers} can be decrypted; {CRYPTO_ERASE_NEEDS}; {AFTER}",
                m.filesystem,
                m.keeps_old_copies().unwrap_or_default()
            ),
        ),
        Some(m) => {
            let done = format!(
                "the old key was overwritten in place on {}, which keeps no copy of it",
                m.filesystem
            );
            match m.disk_says {
                Some(disk) => (
                    false,
                    format!(
                        "not assured below the filesystem: {done}, but {disk}, so a copy of the old key may survive there, and with it {leftovers} can be decrypted; {CRYPTO_ERASE_NEEDS}; {AFTER}"
                    ),
                ),
                None => (
                    true,
                    format!(
                        "{done}: {leftovers} is encrypted under a key that no longer exists; {AFTER}"
                    ),
                ),
            }
        }
    };
    CryptoErase {
        assured,
        assessment,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_in_place_filesystems_on_spinning_disks_are_called_erased() {
        let m = judge("ext4".into(), Fs::InPlace, Disk::Rotational);
        assert!(m.overwrite_effective, "{m:?}");
        for (fs, disk) in [
            (Fs::CopyOnWrite, Disk::Rotational),
            (Fs::DataJournal, Disk::Rotational),
            (Fs::InPlace, Disk::SolidState),
            (Fs::InPlace, Disk::Unknown),
            (Fs::InPlace, Disk::ImageFile),
            (Fs::Unknown, Disk::Rotational),
        ] {
            let m = judge("x".into(), fs, disk);
            assert!(!m.overwrite_effective, "{fs:?} {disk:?}");
            assert!(m.assessment.starts_with("overwrite not assured"), "{m:?}");
        }
    }

    #[test]
    fn btrfs_is_named_and_its_copy_on_write_said() {
        let (name, fs) = filesystem(0x9123_683E);
        let m = judge(name, fs, Disk::SolidState);
        assert_eq!(m.filesystem, "btrfs");
        assert!(m.assessment.contains("copy-on-write"), "{m:?}");
        assert!(m.assessment.contains("solid-state"), "{m:?}");
    }

    #[test]
    fn crypto_erase_is_assured_only_where_no_copy_of_the_old_key_can_survive() {
        let ext4 = judge("ext4".into(), Fs::InPlace, Disk::Rotational);
        let btrfs = judge("btrfs".into(), Fs::CopyOnWrite, Disk::Rotational);
        let journal = judge("ext4".into(), Fs::DataJournal, Disk::Rotational);
        let ssd = judge("xfs".into(), Fs::InPlace, Disk::SolidState);
        let tmpfs = judge("tmpfs".into(), Fs::Memory, Disk::Unknown);
        for key in [&btrfs, &journal, &ssd] {
            let c = crypto_erase(Some(key), &[&ext4, &ext4]);
            assert!(!c.assured, "{key:?}");
            assert!(c.assessment.starts_with("not assured"), "{c:?}");
            assert!(c.assessment.contains("may survive"), "{c:?}");
            assert!(c.assessment.contains("OS keyring"), "{c:?}");
        }
        assert!(
            crypto_erase(Some(&btrfs), &[&ext4])
                .assessment
                .contains("copy-on-write")
        );
        for key in [Some(&ext4), Some(&tmpfs), None] {
            let c = crypto_erase(key, &[&ext4, &ext4]);
            assert!(c.assured, "{key:?}");
            assert!(!c.assessment.contains("not assured"), "{c:?}");
        }
        // The store's old blocks on btrfs are said, but the key that opens them is gone.
        let c = crypto_erase(Some(&ext4), &[&btrfs, &btrfs]);
        assert!(c.assured, "{c:?}");
        assert!(c.assessment.contains("that btrfs keeps"), "{c:?}");
        assert!(c.assessment.contains("no longer exists"), "{c:?}");
    }

    #[test]
    fn bcachefs_is_copy_on_write() {
        let (name, fs) = filesystem(0xCA45_1A4E);
        assert_eq!((name.as_str(), fs), ("bcachefs", Fs::CopyOnWrite));
    }
}
