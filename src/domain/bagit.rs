//! BagIt 1.0 (RFC 8493) tag files for an evidence export: the declaration, payload manifests in
//! SHA-256 and SHA-512 (RFC 8493 §2.4: tools must support both; SHA-512 is the default), bag-info
//! and the tag manifests that cover every other tag file. Never `fetch.txt`: an evidence bag holds
//! its payload. Pure: hashes and text in, file names and bytes out.

use sha2::{Digest as _, Sha256, Sha512};

/// One payload file as it was written into `data/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PayloadFile {
    /// Relative to the bag, starting with `data/`.
    pub(crate) path: String,
    pub(crate) size: u64,
    pub(crate) sha256: String,
    pub(crate) sha512: String,
}

/// `bagit.txt`, exactly as RFC 8493 §2.1.1 gives it (no byte-order mark).
const DECLARATION: &str = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

/// Every tag file of the bag, in the order to write them; the tag manifests come last because
/// they hash the others. `info` are `bag-info.txt` lines (label, value) before `Payload-Oxum`;
/// `extra` are further tag files (name, contents), covered by the tag manifests.
pub(crate) fn tag_files(
    payload: &[PayloadFile],
    info: &[(&str, String)],
    extra: Vec<(String, Vec<u8>)>,
) -> Vec<(String, Vec<u8>)> {
    let mut files = vec![("bagit.txt".to_owned(), DECLARATION.as_bytes().to_vec())];
    let manifest = |hash: fn(&PayloadFile) -> &str| {
        payload
            .iter()
            .map(|p| format!("{}  {}\n", hash(p), encode_path(&p.path)))
            .collect::<String>()
            .into_bytes()
    };
    files.push(("manifest-sha256.txt".to_owned(), manifest(|p| &p.sha256)));
    files.push(("manifest-sha512.txt".to_owned(), manifest(|p| &p.sha512)));
    let octets: u64 = payload.iter().map(|p| p.size).sum();
    let mut bag_info: String = info
        .iter()
        .map(|(label, value)| format!("{label}: {}\n", one_line(value)))
        .collect();
    bag_info.push_str(&format!("Payload-Oxum: {octets}.{}\n", payload.len()));
    files.push(("bag-info.txt".to_owned(), bag_info.into_bytes()));
    files.extend(extra);
    let tag_manifest = |sha512: bool| {
        files
            .iter()
            .map(|(name, bytes)| {
                let hash = if sha512 {
                    format!("{:x}", Sha512::digest(bytes))
                } else {
                    format!("{:x}", Sha256::digest(bytes))
                };
                format!("{hash}  {}\n", encode_path(name))
            })
            .collect::<String>()
            .into_bytes()
    };
    let (t256, t512) = (tag_manifest(false), tag_manifest(true));
    files.push(("tagmanifest-sha256.txt".to_owned(), t256));
    files.push(("tagmanifest-sha512.txt".to_owned(), t512));
    files
}

/// Manifest paths percent-encode CR, LF and `%` (RFC 8493 §2.1.3).
fn encode_path(path: &str) -> String {
    path.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A bag-info value on one line: line breaks would start a new (bogus) label.
fn one_line(value: &str) -> String {
    value.replace(['\r', '\n'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, bytes: &[u8]) -> PayloadFile {
        PayloadFile {
            path: path.into(),
            size: bytes.len() as u64,
            sha256: format!("{:x}", Sha256::digest(bytes)),
            sha512: format!("{:x}", Sha512::digest(bytes)),
        }
    }

    #[test]
    fn a_bag_has_the_required_files_and_every_tag_file_is_in_the_tag_manifests() {
        let payload = [file("data/E-1.jpg", b"abc"), file("data/E-2.txt", b"de")];
        let files = tag_files(
            &payload,
            &[("External-Identifier", "C-7KQ2".into())],
            vec![("custody-log.txt".into(), b"log\n".to_vec())],
        );
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "bagit.txt",
                "manifest-sha256.txt",
                "manifest-sha512.txt",
                "bag-info.txt",
                "custody-log.txt",
                "tagmanifest-sha256.txt",
                "tagmanifest-sha512.txt"
            ]
        );
        assert_eq!(
            String::from_utf8(files[1].1.clone()).unwrap(),
            format!(
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  data/E-1.jpg\n{}  data/E-2.txt\n",
                payload[1].sha256
            )
        );
        assert_eq!(
            String::from_utf8(files[3].1.clone()).unwrap(),
            "External-Identifier: C-7KQ2\nPayload-Oxum: 5.2\n"
        );
        let tag256 = String::from_utf8(files[5].1.clone()).unwrap();
        assert_eq!(tag256.lines().count(), 5);
        assert!(tag256.contains(&format!("{:x}  custody-log.txt", Sha256::digest(b"log\n"))));
        assert!(!names.contains(&"fetch.txt"));
    }

    #[test]
    fn awkward_names_and_values_cannot_break_the_format() {
        assert_eq!(encode_path("data/a%b\r\nc"), "data/a%25b%0D%0Ac");
        let files = tag_files(&[], &[("Label", "two\nlines".into())], vec![]);
        assert_eq!(files[3].1, b"Label: two lines\nPayload-Oxum: 0.0\n");
    }
}
