//! WARC/1.1 files (ISO 28500:2017), as `evidence capture` writes them: a `warcinfo` record, a
//! `request` and a `response` record per exchange, and `metadata` records. Each record is its
//! own gzip member, which is what WARC readers (warcio, pywb, ReplayWeb.page) expect of a
//! `.warc.gz`. Every record carries a SHA-256 block digest, and a response its payload digest
//! (hex, which RFC 3548 allows and readers accept), so a reader can check what it holds.

use std::io::Write as _;

use flate2::Compression;
use flate2::write::GzEncoder;
use jiff::Timestamp;
use sha2::{Digest as _, Sha256};

pub(crate) mod capture;

/// A WARC file under construction, in memory: a capture is bounded by the byte caps.
pub(crate) struct Writer {
    out: Vec<u8>,
    date: String,
}

/// One record's content: its type, what it is about, and its block.
struct Record<'a> {
    kind: &'static str,
    target: Option<&'a str>,
    content_type: &'a str,
    block: &'a [u8],
    /// Where the payload starts in the block (after an HTTP head), for the payload digest.
    payload_from: Option<usize>,
    concurrent_to: Option<&'a str>,
    /// The body was left out of the block on purpose (`WARC-Truncated: unspecified`).
    truncated: bool,
}

impl Writer {
    /// A file whose records are all dated `date` (the capture time) and whose `warcinfo`
    /// record names the software and this description.
    pub(crate) fn new(date: Timestamp, software: &str, description: &str) -> Writer {
        let mut writer = Writer {
            out: Vec::new(),
            date: date.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
        };
        let info = format!(
            "software: {software}\r\nformat: WARC File Format 1.1\r\nconformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\ndescription: {description}\r\n"
        );
        writer.record(&Record {
            kind: "warcinfo",
            target: None,
            content_type: "application/warc-fields",
            block: info.as_bytes(),
            payload_from: None,
            concurrent_to: None,
            truncated: false,
        });
        writer
    }

    /// A `response` record and the `request` record that asked for it. `body` is `None` when it
    /// is left out (a picture without `--with-media`): the record then holds the head only and
    /// says it is truncated.
    pub(crate) fn exchange(
        &mut self,
        url: &str,
        request_head: &[u8],
        response_head: &[u8],
        body: Option<&[u8]>,
    ) -> String {
        let mut block = response_head.to_vec();
        block.extend_from_slice(body.unwrap_or_default());
        let response = self.record(&Record {
            kind: "response",
            target: Some(url),
            content_type: "application/http;msgtype=response",
            block: &block,
            payload_from: body.map(|_| response_head.len()),
            concurrent_to: None,
            truncated: body.is_none(),
        });
        self.record(&Record {
            kind: "request",
            target: Some(url),
            content_type: "application/http;msgtype=request",
            block: request_head,
            payload_from: None,
            concurrent_to: Some(&response),
            truncated: false,
        });
        response
    }

    /// A `metadata` record about `url`, concurrent to the record `about`.
    pub(crate) fn metadata(
        &mut self,
        url: &str,
        about: &str,
        content_type: &str,
        block: &[u8],
    ) -> String {
        self.record(&Record {
            kind: "metadata",
            target: Some(url),
            content_type,
            block,
            payload_from: None,
            concurrent_to: Some(about),
            truncated: false,
        })
    }

    pub(crate) fn finish(self) -> Vec<u8> {
        self.out
    }

    /// Appends one record as a gzip member; returns its id.
    fn record(&mut self, record: &Record<'_>) -> String {
        let id = record_id();
        let mut head = format!(
            "WARC/1.1\r\nWARC-Type: {}\r\nWARC-Record-ID: {id}\r\nWARC-Date: {}\r\n",
            record.kind, self.date
        );
        if let Some(target) = record.target {
            head.push_str(&format!("WARC-Target-URI: {target}\r\n"));
        }
        if let Some(other) = record.concurrent_to {
            head.push_str(&format!("WARC-Concurrent-To: {other}\r\n"));
        }
        head.push_str(&format!(
            "WARC-Block-Digest: sha256:{}\r\n",
            sha256_hex(record.block)
        ));
        if let Some(from) = record.payload_from {
            head.push_str(&format!(
                "WARC-Payload-Digest: sha256:{}\r\n",
                sha256_hex(&record.block[from..])
            ));
        }
        if record.truncated {
            head.push_str("WARC-Truncated: unspecified\r\n");
        }
        head.push_str(&format!(
            "Content-Type: {}\r\nContent-Length: {}\r\n\r\n",
            record.content_type,
            record.block.len()
        ));
        let mut gz = GzEncoder::new(&mut self.out, Compression::default());
        // Writing into a `Vec` cannot fail.
        let written = gz
            .write_all(head.as_bytes())
            .and_then(|()| gz.write_all(record.block))
            .and_then(|()| gz.write_all(b"\r\n\r\n"))
            .and_then(|()| gz.try_finish());
        written.expect("writing into memory does not fail");
        id
    }
}

/// `<urn:uuid:…>` of 122 random bits (a version 4 UUID).
fn record_id() -> String {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).expect("the OS random source is available (the store key needs it)");
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "<urn:uuid:{}-{}-{}-{}-{}>",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// A DER certificate as PEM.
pub(crate) fn pem_certificate(der: &[u8]) -> String {
    use base64::Engine as _;
    let text = base64::engine::general_purpose::STANDARD.encode(der);
    let mut pem = String::from("-----BEGIN CERTIFICATE-----\n");
    for line in text.as_bytes().chunks(64) {
        pem.push_str(std::str::from_utf8(line).expect("base64 is ASCII"));
        pem.push('\n');
    }
    pem.push_str("-----END CERTIFICATE-----\n");
    pem
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    fn records(file: &[u8]) -> Vec<String> {
        let mut text = String::new();
        flate2::read::MultiGzDecoder::new(file)
            .read_to_string(&mut text)
            .unwrap();
        text.split("WARC/1.1\r\n")
            .skip(1)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn each_record_is_its_own_gzip_member_with_its_length_and_digests() {
        let at: Timestamp = "2026-12-07T17:00:00Z".parse().unwrap();
        let mut w = Writer::new(at, "takedown/0.1.0", "a test");
        let response = w.exchange(
            "http://a.example/x",
            b"GET /x HTTP/1.1\r\n\r\n",
            b"HTTP/1.1 200 OK\r\n\r\n",
            Some(b"hello"),
        );
        let file = w.finish();
        // Three gzip members: warcinfo, response, request.
        assert_eq!(file.windows(3).filter(|w| *w == [0x1f, 0x8b, 8]).count(), 3);
        let recs = records(&file);
        assert_eq!(recs.len(), 3);
        assert!(recs[1].contains("WARC-Type: response\r\n"));
        assert!(recs[1].contains("WARC-Date: 2026-12-07T17:00:00Z\r\n"));
        assert!(recs[1].contains("Content-Length: 24\r\n"));
        assert!(recs[1].contains(&format!(
            "WARC-Payload-Digest: sha256:{}",
            sha256_hex(b"hello")
        )));
        assert!(recs[2].contains(&format!("WARC-Concurrent-To: {response}\r\n")));
        assert!(recs[1].ends_with("hello\r\n\r\n"));
    }

    #[test]
    fn a_withheld_body_is_marked_truncated_and_has_no_payload_digest() {
        let mut w = Writer::new(Timestamp::UNIX_EPOCH, "t", "d");
        w.exchange(
            "http://a.example/p.jpg",
            b"GET",
            b"HTTP/1.1 200 OK\r\n\r\n",
            None,
        );
        let recs = records(&w.finish());
        assert!(recs[1].contains("WARC-Truncated: unspecified\r\n"));
        assert!(!recs[1].contains("WARC-Payload-Digest"));
    }

    #[test]
    fn record_ids_are_version_4_uuids_and_differ() {
        let (a, b) = (record_id(), record_id());
        assert_ne!(a, b);
        assert_eq!(a.len(), "<urn:uuid:>".len() + 36);
        assert_eq!(&a[24..25], "4", "{a}");
    }

    #[test]
    fn pem_lines_are_64_characters() {
        let pem = pem_certificate(&[7u8; 100]);
        let lines: Vec<&str> = pem.lines().collect();
        assert_eq!(lines[0], "-----BEGIN CERTIFICATE-----");
        assert_eq!(lines[1].len(), 64);
        assert_eq!(lines.last(), Some(&"-----END CERTIFICATE-----"));
    }
}
