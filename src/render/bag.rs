//! Writing a BagIt export: to a directory built aside and renamed into place, or as a tar
//! archive streamed through `age` encryption so no plaintext copy touches the disk. Also the
//! export's own tag files (the item index and the custody log as text).

use std::io::{self, Read};
use std::os::unix::fs::DirBuilderExt as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use fs_err::os::unix::fs::OpenOptionsExt as _;
use sha2::{Digest as _, Sha256, Sha512};

use crate::domain::bagit::PayloadFile;
use crate::domain::custody::Entry;
use crate::domain::ids::CaseId;
use crate::render::evidence::EvidenceView;

/// Where the bag's files go: a directory, or entries of a tar archive.
pub(crate) trait Sink {
    fn file(&mut self, path: &str, size: u64, content: &mut dyn Read) -> anyhow::Result<()>;
}

/// A bag as a directory: built in a private temporary directory beside `out` and renamed into
/// place when whole, so a failed export leaves nothing.
pub(crate) fn write_dir<T>(
    out: &Path,
    build: impl FnOnce(&mut dyn Sink) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    struct Dir(PathBuf);
    impl Sink for Dir {
        fn file(&mut self, path: &str, _size: u64, content: &mut dyn Read) -> anyhow::Result<()> {
            let path = self.0.join(path);
            if let Some(parent) = path.parent() {
                std::fs::DirBuilder::new()
                    .recursive(true)
                    .mode(0o700)
                    .create(parent)?;
            }
            let mut file = fs_err::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path)?;
            io::copy(content, &mut file)?;
            file.sync_all()?;
            Ok(())
        }
    }
    let parent = out
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = tempfile::Builder::new()
        .prefix(".takedown-export-")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
        .tempdir_in(parent)
        .with_context(|| format!("cannot write in `{}`", parent.display()))?;
    let value = build(&mut Dir(tmp.path().to_owned()))?;
    fs_err::rename(tmp.keep(), out)?;
    Ok(value)
}

/// A bag as a tar archive inside an `age` file: streamed through the encryption, so the
/// plaintext exists only in memory, a chunk at a time.
pub(crate) fn write_encrypted<T>(
    out: &Path,
    recipient: &age::x25519::Recipient,
    case: &CaseId,
    now: jiff::Timestamp,
    build: impl FnOnce(&mut dyn Sink) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    struct Tar<'w> {
        builder: tar::Builder<&'w mut dyn io::Write>,
        root: String,
        mtime: u64,
    }
    impl Sink for Tar<'_> {
        fn file(&mut self, path: &str, size: u64, content: &mut dyn Read) -> anyhow::Result<()> {
            let mut header = tar::Header::new_ustar();
            header.set_size(size);
            header.set_mode(0o600);
            header.set_mtime(self.mtime);
            header.set_entry_type(tar::EntryType::Regular);
            self.builder
                .append_data(&mut header, format!("{}/{path}", self.root), content)?;
            Ok(())
        }
    }
    crate::render::files::write_new(out, |w| {
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(recipient as &dyn age::Recipient))
                .expect("one X25519 recipient is always a valid recipient set");
        let mut encrypted = encryptor.wrap_output(w)?;
        let value = {
            let mut tar = Tar {
                builder: tar::Builder::new(&mut encrypted as &mut dyn io::Write),
                root: format!("{case}-bag"),
                mtime: u64::try_from(now.as_second()).unwrap_or(0),
            };
            let value = build(&mut tar)?;
            tar.builder.finish()?;
            value
        };
        encrypted.finish()?.flush()?;
        Ok(value)
    })
}

/// A reader that hashes what passes through it.
pub(crate) struct Hashing<R> {
    inner: R,
    sha256: Sha256,
    sha512: Sha512,
    size: u64,
}

impl<R: Read> Hashing<R> {
    pub(crate) fn new(inner: R) -> Self {
        Hashing {
            inner,
            sha256: Sha256::new(),
            sha512: Sha512::new(),
            size: 0,
        }
    }

    pub(crate) fn finish(self, path: String) -> PayloadFile {
        PayloadFile {
            path,
            size: self.size,
            sha256: format!("{:x}", self.sha256.finalize()),
            sha512: format!("{:x}", self.sha512.finalize()),
        }
    }
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.sha256.update(&buf[..n]);
        self.sha512.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }
}

/// A file extension for the payload name, from the sniffed media type.
pub(crate) fn extension(media_type: &str) -> &'static str {
    match media_type {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "image/webp" => "webp",
        "image/gif" => "gif",
        "image/bmp" => "bmp",
        "image/tiff" => "tif",
        "image/heic" => "heic",
        "video/mp4" => "mp4",
        "video/quicktime" => "mov",
        "video/webm" => "webm",
        // `evidence capture` keeps its WARC files gzipped record by record.
        "application/warc" => "warc.gz",
        "video/x-matroska" => "mkv",
        "video/x-msvideo" => "avi",
        "application/ogg" => "ogg",
        "audio/mpeg" => "mp3",
        "application/pdf" => "pdf",
        "application/zip" => "zip",
        "text/plain" => "txt",
        _ => "bin",
    }
}

/// `evidence-index.txt`: one tab-separated line per item, with what was recorded about it.
pub(crate) fn index(items: &[EvidenceView<'_>], payload: &[PayloadFile]) -> Vec<u8> {
    let mut text = String::from(
        "id\tfile\tsha256\tsize\tmedia_type\tcaptured_at\tadded_at\tderived_from\tsource_url\n",
    );
    for (item, file) in items.iter().zip(payload) {
        let or_empty = |v: Option<String>| v.unwrap_or_default();
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            item.id,
            file.path,
            item.sha256,
            item.size,
            item.media_type,
            or_empty(item.captured_at.map(|t| t.to_string())),
            item.added_at,
            or_empty(item.derived_from.map(ToString::to_string)),
            or_empty(item.source_url.map(|u| u.as_str().to_owned())),
        ));
    }
    text.into_bytes()
}

/// `custody-log.txt`: the chain of custody, with what is needed to re-check every hash.
/// How a third party checks the bag's captured pages and trusted timestamps (`README.txt`, only
/// in bags with either).
pub(crate) fn readme(captures: bool, tokens: bool) -> Vec<u8> {
    let mut text = String::new();
    if captures {
        text.push_str(CAPTURES_README);
    }
    if tokens {
        if captures {
            text.push('\n');
        }
        text.push_str(TOKENS_README);
    }
    text.into_bytes()
}

const CAPTURES_README: &str = "Captured web pages in this bag\n\
\n\
Each data/E-XXXXX.warc.gz is a page captured by takedown (`evidence capture`): a WARC/1.1\n\
file (ISO 28500), each record gzipped on its own. It holds every hop's HTTP request and\n\
response as received (redirects, then the page), the server's TLS certificate as PEM, and a\n\
metadata record with the capture time, the tool version and the link id. Pictures are kept as\n\
SHA-256 and PDQ hashes; their bytes are in only when the capture was made with --with-media.\n\
\n\
To check one:\n\
1. Validate the bag (e.g. `bagit.py --validate .`): each file's SHA-256 and SHA-512 are in the\n\
   manifests, and evidence-index.txt and custody-log.txt (entry `captured`) give the SHA-256\n\
   recorded when the capture was stored.\n\
2. Check each record's digests: `warcio check data/E-XXXXX.warc.gz` (pip install warcio).\n\
3. Read it: `warcio index` lists the records; a WARC viewer such as ReplayWeb.page\n\
   (https://replayweb.page) shows the page. The certificate opens with\n\
   `openssl x509 -text` once its record is extracted.\n\
\n\
A capture records what the helpline's machine received, at the time its clock gave; no browser\n\
rendered the page, and it is not a signed statement of who saw what.\n";

const TOKENS_README: &str = "Trusted timestamps in this bag\n\
\n\
Each data/E-XXXXX.<ext>.tsr is an RFC 3161 time-stamp token over the SHA-256 of the file it\n\
is named after (data/E-XXXXX.<ext>): the time-stamping authority's whole answer\n\
(TimeStampResp, DER). Only that hash was sent to the authority. The token shows the file\n\
existed, exactly as it is, no later than the time the authority signed; custody-log.txt\n\
records it as `timestamped`.\n\
\n\
To check one (OpenSSL 1.1 or later):\n\
  openssl ts -verify -in data/E-XXXXX.jpg.tsr -data data/E-XXXXX.jpg -CAfile tsa-trust.pem\n\
which prints `Verification: OK`. tsa-trust.pem holds the certificates the helpline trusts for\n\
its authorities; compare them with the ones the authority publishes. `-digest` with the\n\
SHA-256 from manifest-sha256.txt works in place of `-data`. To read the time and the serial\n\
number: openssl ts -reply -in data/E-XXXXX.jpg.tsr -text\n";

pub(crate) fn custody_text(log: &[Entry]) -> Vec<u8> {
    let mut text = String::from(
        "# Each hash is the SHA-256 of these fields, each as an 8-byte big-endian length and its\n\
         # UTF-8 bytes: prev_hash, case, seq, at_unix, action, evidence, detail, and staff (the\n\
         # handle of who did it) when the entry has one; `-` marks entries from before handles\n\
         # were recorded.\n\
         seq\tat_unix\tat\tstaff\taction\tevidence\tdetail\tprev_hash\thash\n",
    );
    for e in log {
        let at =
            jiff::Timestamp::from_second(e.at).map_or_else(|_| String::new(), |t| t.to_string());
        text.push_str(&format!(
            "{}\t{}\t{at}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            e.seq,
            e.at,
            e.staff.as_deref().unwrap_or("-"),
            e.action,
            e.evidence.clone().unwrap_or_default(),
            e.detail,
            e.prev_hash,
            e.hash
        ));
    }
    text.into_bytes()
}
