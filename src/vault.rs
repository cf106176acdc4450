//! The evidence vault: encrypted files under `<home>/vault/`, one directory per case, every name
//! random. It knows keys, bytes and files; not cases, platforms or the store.
//!
//! Layout: `<home>/vault/<vault_dir>/<vault_file>`, both names 32 random hex characters, both
//! recorded only in the encrypted store (`evidence_keys.vault_dir`, `evidence.vault_file`).
//! Directories are 0700, files 0600. A file is written to a temporary file in the same
//! directory, synced and renamed, so a crash leaves either the whole file or a temporary one, never
//! half a vault file under a real name.
//!
//! Format: each file is an `age` file (v1) encrypted to the case's own X25519 key. `age` streams
//! its payload as ChaCha20-Poly1305 chunks of 64 KiB with a counter nonce and a last-chunk flag
//! (the STREAM construction), so a video is encrypted and decrypted in constant memory, and
//! truncation, reordering or any flipped bit fails authentication. We use the `age` crate rather
//! than hand-assembling an AEAD stream: it is maintained, its format has a written specification
//! and independent implementations, the same crate writes `evidence export --encrypt-to`, and a
//! vault file can be read with the `age` command-line tool given the case key from the store.
//!
//! For `wipe case`: the key is the row of `evidence_keys` for the case (deleting it is the
//! crypto-erase); `Vault::case_files` lists every file of the case's directory (finished files,
//! and temporary ones a crash left behind), and `Vault::case_dir` is the directory to remove after.

use std::io::{self, BufWriter, Read, Write};
use std::os::unix::fs::DirBuilderExt as _;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use md5::Md5;
use sha2::{Digest as _, Sha256};

use crate::domain::media;
use crate::secrets;

/// Bytes read from an input at a time: large enough that hashing and encryption, not system
/// calls, set the pace.
const CHUNK: usize = 1 << 20;

/// How many leading bytes of the plaintext `seal` keeps for sniffing the media type.
const HEAD_LEN: usize = 64;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("cannot create the vault directory `{}`", .path.display())]
    CreateDir {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot write to the evidence vault")]
    Write(#[source] io::Error),
    #[error("cannot read the evidence to store")]
    ReadInput(#[source] io::Error),
    #[error("vault file `{0}` is missing")]
    Missing(String),
    #[error("cannot read vault file `{file}`")]
    Read {
        file: String,
        #[source]
        source: io::Error,
    },
    #[error("vault file `{file}` does not decrypt with its case key")]
    Decrypt {
        file: String,
        #[source]
        source: age::DecryptError,
    },
    #[error("the case key in the store is damaged")]
    BadKey,
    #[error("cannot draw random bytes")]
    Random(#[source] secrets::Error),
}

/// A case's own key: an age X25519 identity (256 random bits), kept only in the store.
pub(crate) struct CaseKey(age::x25519::Identity);

impl CaseKey {
    pub(crate) fn generate() -> CaseKey {
        CaseKey(age::x25519::Identity::generate())
    }

    /// The key as the store keeps it (`AGE-SECRET-KEY-1…`).
    pub(crate) fn from_stored(text: &str) -> Result<CaseKey, Error> {
        text.parse().map(CaseKey).map_err(|_| Error::BadKey)
    }

    pub(crate) fn to_stored(&self) -> SecretString {
        self.0.to_string()
    }
}

/// What `seal` wrote: the new file's name, and the SHA-256, size and first bytes of the plaintext.
#[derive(Debug)]
pub(crate) struct Sealed {
    pub(crate) file: String,
    pub(crate) sha256: String,
    /// For videos only: the MD5 that video hash lists still use, until video hashing comes.
    pub(crate) md5: Option<String>,
    pub(crate) size: u64,
    pub(crate) head: Vec<u8>,
}

/// SHA-256 and size of a vault file's plaintext.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Digest {
    pub(crate) sha256: String,
    pub(crate) size: u64,
}

/// MD5 of a plaintext that turns out to be a video, decided on its first bytes: the cost of a
/// second digest is paid only where a video hash list will want it.
enum VideoMd5 {
    Undecided,
    Video(Md5),
    NotVideo,
}

impl VideoMd5 {
    /// `chunk` follows the `seen` bytes already read, all of which are in `head` while it is
    /// still undecided (it decides once `head` is full).
    fn update(&mut self, head: &[u8], seen: usize, chunk: &[u8]) {
        match self {
            VideoMd5::Video(md5) => md5.update(chunk),
            VideoMd5::Undecided if head.len() == HEAD_LEN => {
                *self = if media::sniff(head).starts_with("video/") {
                    let mut md5 = Md5::new();
                    md5.update(&head[..seen]);
                    md5.update(chunk);
                    VideoMd5::Video(md5)
                } else {
                    VideoMd5::NotVideo
                };
            }
            VideoMd5::Undecided | VideoMd5::NotVideo => {}
        }
    }

    /// A plaintext shorter than `head` was never decided on: all of it is `head`.
    fn finish(self, head: &[u8]) -> Option<String> {
        match self {
            VideoMd5::Video(md5) => Some(format!("{:x}", md5.finalize())),
            VideoMd5::Undecided if media::sniff(head).starts_with("video/") => {
                Some(format!("{:x}", Md5::digest(head)))
            }
            VideoMd5::Undecided | VideoMd5::NotVideo => None,
        }
    }
}

pub(crate) struct Vault {
    root: PathBuf,
}

impl Vault {
    pub(crate) fn new(home: &Path) -> Vault {
        Vault {
            root: home.join("vault"),
        }
    }

    /// The folder holding every case's folder.
    pub(crate) fn root(&self) -> &Path {
        &self.root
    }

    /// A fresh random name for a case's directory.
    pub(crate) fn new_dir_name() -> Result<String, Error> {
        random_name()
    }

    pub(crate) fn case_dir(&self, dir: &str) -> PathBuf {
        self.root.join(dir)
    }

    /// Every file in a case's vault directory, temporary leftovers of a crash included; empty when
    /// the directory does not exist (a case that never had evidence).
    pub(crate) fn case_files(&self, dir: &str) -> Result<Vec<PathBuf>, Error> {
        let dir = self.case_dir(dir);
        let entries = match fs_err::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(Error::Write(e)),
        };
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(Error::Write)?;
            if entry.file_type().map_err(Error::Write)?.is_file() {
                files.push(entry.path());
            }
        }
        files.sort();
        Ok(files)
    }

    /// Encrypts everything `input` yields to a new file in the case's directory, hashing the
    /// plaintext on the way. `progress` hears the number of bytes read after each chunk.
    pub(crate) fn seal(
        &self,
        key: &CaseKey,
        dir: &str,
        input: &mut dyn Read,
        progress: &dyn Fn(u64),
    ) -> Result<Sealed, Error> {
        let dir = self.private_case_dir(dir)?;
        let tmp = tempfile::NamedTempFile::new_in(&dir).map_err(Error::Write)?;
        let recipient = key.0.to_public();
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
                .expect("one X25519 recipient is always a valid recipient set");
        let mut writer = encryptor
            .wrap_output(BufWriter::with_capacity(CHUNK, tmp.as_file()))
            .map_err(Error::Write)?;
        let mut sha = Sha256::new();
        let mut md5 = VideoMd5::Undecided;
        let mut head = Vec::with_capacity(HEAD_LEN);
        let mut size = 0u64;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = read_some(input, &mut buf).map_err(Error::ReadInput)?;
            if n == 0 {
                break;
            }
            let chunk = &buf[..n];
            sha.update(chunk);
            let seen = head.len();
            if seen < HEAD_LEN {
                let take = (HEAD_LEN - seen).min(n);
                head.extend_from_slice(&chunk[..take]);
            }
            md5.update(&head, seen, chunk);
            writer.write_all(chunk).map_err(Error::Write)?;
            size += n as u64;
            progress(n as u64);
        }
        writer
            .finish()
            .and_then(|mut w| w.flush())
            .map_err(Error::Write)?;
        tmp.as_file().sync_all().map_err(Error::Write)?;
        let file = random_name()?;
        tmp.persist_noclobber(dir.join(&file))
            .map_err(|e| Error::Write(e.error))?;
        sync_dir(&dir)?;
        Ok(Sealed {
            file,
            sha256: format!("{:x}", sha.finalize()),
            md5: md5.finish(&head),
            size,
            head,
        })
    }

    /// A reader of a vault file's plaintext. Authentication is checked chunk by chunk as it is
    /// read: a tampered chunk is a read error, never wrong bytes.
    pub(crate) fn open(
        &self,
        key: &CaseKey,
        dir: &str,
        file: &str,
    ) -> Result<impl Read + use<>, Error> {
        let path = self.case_dir(dir).join(file);
        let f = match std::fs::File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::Missing(file.to_owned()));
            }
            Err(source) => {
                return Err(Error::Read {
                    file: file.to_owned(),
                    source,
                });
            }
        };
        let decrypt_err = |source| Error::Decrypt {
            file: file.to_owned(),
            source,
        };
        let decryptor = age::Decryptor::new_buffered(io::BufReader::with_capacity(CHUNK, f))
            .map_err(decrypt_err)?;
        decryptor
            .decrypt(std::iter::once(&key.0 as &dyn age::Identity))
            .map_err(decrypt_err)
    }

    /// Decrypts a vault file into `out`, returning the SHA-256 and size of what it wrote. A failed
    /// check of any chunk is an error naming the vault file.
    pub(crate) fn copy_out(
        &self,
        key: &CaseKey,
        dir: &str,
        file: &str,
        out: &mut dyn Write,
    ) -> Result<Digest, Error> {
        let mut reader = self.open(key, dir, file)?;
        let mut sha = Sha256::new();
        let mut size = 0u64;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = read_some(&mut reader, &mut buf).map_err(|source| Error::Read {
                file: file.to_owned(),
                source,
            })?;
            if n == 0 {
                break;
            }
            sha.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(Error::Write)?;
            size += n as u64;
        }
        Ok(Digest {
            sha256: format!("{:x}", sha.finalize()),
            size,
        })
    }

    fn private_case_dir(&self, dir: &str) -> Result<PathBuf, Error> {
        let path = self.case_dir(dir);
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&path)
            .map_err(|source| Error::CreateDir {
                path: path.clone(),
                source,
            })?;
        Ok(path)
    }
}

/// One read, retried when a signal interrupted it; 0 at the end of the input.
fn read_some(input: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match input.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            result => return result,
        }
    }
}

/// 128 random bits as hex: a name that says nothing about what the file holds.
fn random_name() -> Result<String, Error> {
    let bytes: [u8; 16] = secrets::random_bytes().map_err(Error::Random)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Makes a rename durable: the directory entry is on disk once this returns.
fn sync_dir(dir: &Path) -> Result<(), Error> {
    std::fs::File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(Error::Write)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt as _;

    use age::secrecy::ExposeSecret as _;

    use super::*;

    fn vault() -> (tempfile::TempDir, Vault, CaseKey, String) {
        let home = tempfile::tempdir().unwrap();
        let vault = Vault::new(home.path());
        (
            home,
            vault,
            CaseKey::generate(),
            Vault::new_dir_name().unwrap(),
        )
    }

    /// A reader that hands over a few bytes at a time, as a pipe may.
    struct Trickle<'a>(&'a [u8]);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = buf.len().min(self.0.len()).min(7);
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn videos_get_an_md5_of_every_byte_however_they_arrive_and_nothing_else_does() {
        let (_home, vault, key, dir) = vault();
        let mut mp4 = b"\0\0\0\x18ftypisom".to_vec();
        mp4.extend((0..2 * CHUNK + 5).map(|i| (i % 253) as u8));
        let expected = format!("{:x}", Md5::digest(&mp4));
        let whole = vault
            .seal(&key, &dir, &mut mp4.as_slice(), &|_| {})
            .unwrap();
        assert_eq!(whole.md5.as_deref(), Some(expected.as_str()));
        let trickled = vault.seal(&key, &dir, &mut Trickle(&mp4), &|_| {}).unwrap();
        assert_eq!(trickled.md5.as_deref(), Some(expected.as_str()));
        let tiny = b"\0\0\0\x18ftypisom";
        let short = vault.seal(&key, &dir, &mut &tiny[..], &|_| {}).unwrap();
        assert_eq!(short.md5, Some(format!("{:x}", Md5::digest(tiny))));

        let jpeg = [b"\xFF\xD8\xFF\xE0".as_slice(), &[7u8; 500]].concat();
        let picture = vault
            .seal(&key, &dir, &mut jpeg.as_slice(), &|_| {})
            .unwrap();
        assert_eq!(picture.md5, None);
    }

    #[test]
    fn a_sealed_file_reads_back_byte_for_byte_and_holds_no_plaintext() {
        let (_home, vault, key, dir) = vault();
        let plain: Vec<u8> = (0..3 * CHUNK + 17).map(|i| (i % 251) as u8).collect();
        let sealed = vault
            .seal(&key, &dir, &mut plain.as_slice(), &|_| {})
            .unwrap();
        assert_eq!(sealed.size, plain.len() as u64);
        assert_eq!(sealed.sha256, format!("{:x}", Sha256::digest(&plain)));
        assert_eq!(sealed.head, plain[..HEAD_LEN]);
        let on_disk = fs_err::read(vault.case_dir(&dir).join(&sealed.file)).unwrap();
        assert!(!on_disk.windows(64).any(|w| w == &plain[1000..1064]));
        let mut back = Vec::new();
        let digest = vault.copy_out(&key, &dir, &sealed.file, &mut back).unwrap();
        assert_eq!(back, plain);
        assert_eq!(digest.sha256, sealed.sha256);
    }

    #[test]
    fn files_and_directories_are_private_and_randomly_named() {
        let (_home, vault, key, dir) = vault();
        let sealed = vault.seal(&key, &dir, &mut &b"x"[..], &|_| {}).unwrap();
        let mode = |p: &Path| fs_err::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&vault.case_dir(&dir)), 0o700);
        assert_eq!(mode(&vault.case_dir(&dir).join(&sealed.file)), 0o600);
        assert_eq!(sealed.file.len(), 32);
        assert!(sealed.file.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(
            vault.case_files(&dir).unwrap(),
            vec![vault.case_dir(&dir).join(&sealed.file)]
        );
    }

    #[test]
    fn another_case_key_cannot_read_a_file() {
        let (_home, vault, key, dir) = vault();
        let sealed = vault.seal(&key, &dir, &mut &b"x"[..], &|_| {}).unwrap();
        let other = CaseKey::generate();
        let err = vault
            .copy_out(&other, &dir, &sealed.file, &mut io::sink())
            .unwrap_err();
        assert!(matches!(err, Error::Decrypt { .. }), "{err:?}");
    }

    #[test]
    fn a_flipped_bit_is_a_read_error_not_wrong_bytes() {
        let (_home, vault, key, dir) = vault();
        let plain = vec![7u8; 200_000];
        let sealed = vault
            .seal(&key, &dir, &mut plain.as_slice(), &|_| {})
            .unwrap();
        let path = vault.case_dir(&dir).join(&sealed.file);
        let mut bytes = fs_err::read(&path).unwrap();
        let last = bytes.len() - 100;
        bytes[last] ^= 1;
        fs_err::write(&path, bytes).unwrap();
        let err = vault
            .copy_out(&key, &dir, &sealed.file, &mut io::sink())
            .unwrap_err();
        assert!(matches!(err, Error::Read { .. }), "{err:?}");
    }

    #[test]
    fn a_case_key_survives_the_round_trip_through_the_store() {
        let key = CaseKey::generate();
        let stored = key.to_stored();
        assert!(stored.expose_secret().starts_with("AGE-SECRET-KEY-1"));
        let back = CaseKey::from_stored(stored.expose_secret()).unwrap();
        assert_eq!(
            back.0.to_public().to_string(),
            key.0.to_public().to_string()
        );
        assert!(matches!(CaseKey::from_stored("nope"), Err(Error::BadKey)));
    }

    #[test]
    fn a_case_without_a_directory_has_no_files() {
        let (_home, vault, _key, dir) = vault();
        assert!(vault.case_files(&dir).unwrap().is_empty());
    }
}
