//! What `evidence capture` keeps of one fetched link, record by record: every hop's request and
//! response (a body only where `domain::protection` lets it in), the server's certificate, the
//! page's main picture's hashes and a metadata record saying what was captured when. Pure: the
//! command fetches, hands the exchanges and the time in, and seals and records what comes out.

use jiff::Timestamp;

use crate::domain::ids::LinkId;
use crate::domain::pdq;
use crate::domain::protection::{self, CaseFacts};
use crate::net::Exchange;

use super::{Writer, pem_certificate, sha256_hex};

/// What one capture is, besides its exchanges.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Capturing<'a> {
    pub(crate) link: &'a LinkId,
    /// The capture time: every record's date and the metadata's `capture-time`.
    pub(crate) now: Timestamp,
    pub(crate) facts: CaseFacts<'a>,
    /// `--with-media`: pictures' and videos' bytes go in too.
    pub(crate) with_media: bool,
}

/// A capture as a WARC file, with what the store records of it.
#[derive(Debug)]
pub(crate) struct Captured {
    /// The gzipped WARC file.
    pub(crate) warc: Vec<u8>,
    /// SHA-256 (hex) of the last certificate a hop presented: the page's over TLS.
    pub(crate) certificate_sha256: Option<String>,
    pub(crate) picture_sha256: Option<String>,
    /// PDQ hash and quality of the main picture, when it decodes.
    pub(crate) picture_pdq: Option<(String, u8)>,
}

/// The WARC of `hops` (redirects, then the page; at least one) and `picture_hops` (the way to
/// the page's `og:image`, empty when it has none or it was not captured).
pub(crate) fn write(
    about: &Capturing<'_>,
    hops: &[Exchange],
    picture_hops: &[Exchange],
) -> Captured {
    let software = concat!("takedown/", env!("CARGO_PKG_VERSION"));
    let description = format!("takedown evidence capture of link {}", about.link);
    let mut file = Writer::new(about.now, software, &description);
    let mut first = None;
    let mut certificate_sha256 = None;
    for hop in hops.iter().chain(picture_hops) {
        let keeps = protection::capture_keeps_body(
            &about.facts,
            about.with_media,
            hop.content_type.as_deref(),
            &hop.body,
        );
        let id = file.exchange(
            &hop.url,
            &hop.request_head,
            &hop.response_head,
            keeps.then_some(hop.body.as_slice()),
        );
        if let Some(der) = &hop.certificate {
            let pem = pem_certificate(der);
            file.metadata(&hop.url, &id, "application/x-pem-file", pem.as_bytes());
            certificate_sha256 = Some(sha256_hex(der));
        }
        first.get_or_insert(id);
    }
    let page = hops.last().expect("a capture has its page");
    let picture = main_picture(page, picture_hops);
    let picture_sha256 = picture.map(sha256_hex);
    let picture_pdq = picture.and_then(pdq::hash_bytes);
    let mut fields = format!(
        "capture-time: {}\r\nsoftware: {software}\r\nlink-id: {}\r\nhops: {}\r\nstatus: {}\r\n",
        about.now,
        about.link,
        hops.len(),
        page.status
    );
    if let Some(sha) = &certificate_sha256 {
        fields.push_str(&format!("tls-certificate-sha256: {sha}\r\n"));
    }
    if let Some(sha) = &picture_sha256 {
        fields.push_str(&format!("main-picture-sha256: {sha}\r\n"));
        let kept = if about.with_media {
            "included"
        } else {
            "withheld"
        };
        fields.push_str(&format!("main-picture-bytes: {kept}\r\n"));
    }
    if let Some((pdq, quality)) = &picture_pdq {
        fields.push_str(&format!(
            "main-picture-pdq: {pdq}\r\nmain-picture-pdq-quality: {quality}\r\n"
        ));
    }
    let first = first.expect("a capture has at least one hop");
    file.metadata(
        &page.url,
        &first,
        "application/warc-fields",
        fields.as_bytes(),
    );
    Captured {
        warc: file.finish(),
        certificate_sha256,
        picture_sha256,
        picture_pdq,
    }
}

/// The page's main picture: the link itself when it is one, else its `og:image`.
fn main_picture<'a>(page: &'a Exchange, og_image: &'a [Exchange]) -> Option<&'a [u8]> {
    let is_picture =
        |hop: &Exchange| protection::Kind::sniffed(&hop.body) == protection::Kind::Picture;
    if is_picture(page) {
        return Some(&page.body);
    }
    og_image
        .last()
        .filter(|h| is_picture(h))
        .map(|h| h.body.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::category::Category::{self, Csam, Harassment};
    use std::io::Read as _;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\nnot really a picture";

    fn hop(url: &str, content_type: &str, body: &[u8]) -> Exchange {
        Exchange {
            url: url.to_owned(),
            request_head: b"GET / HTTP/1.1\r\n\r\n".to_vec(),
            response_head: b"HTTP/1.1 200 OK\r\n\r\n".to_vec(),
            status: 200,
            content_type: Some(content_type.to_owned()),
            body: body.to_vec(),
            certificate: None,
        }
    }

    fn capture(
        categories: &[Category],
        with_media: bool,
        hops: &[Exchange],
        picture: &[Exchange],
    ) -> (Captured, String) {
        let link: LinkId = "L-7KQ2X".parse().unwrap();
        let about = Capturing {
            link: &link,
            now: "2026-12-07T17:00:00Z".parse().unwrap(),
            facts: CaseFacts {
                categories,
                minor: false,
            },
            with_media,
        };
        let captured = write(&about, hops, picture);
        let mut text = Vec::new();
        flate2::read::MultiGzDecoder::new(captured.warc.as_slice())
            .read_to_end(&mut text)
            .unwrap();
        (captured, String::from_utf8_lossy(&text).into_owned())
    }

    #[test]
    fn the_main_picture_is_the_link_itself_else_its_og_image_when_that_is_a_picture() {
        let page = hop("https://a.example/", "text/html", b"<html></html>");
        let picture = || hop("https://a.example/p.png", "image/png", PNG);
        let not_one = || {
            hop(
                "https://a.example/p.png",
                "image/png",
                b"<html>moved</html>",
            )
        };
        assert_eq!(main_picture(&picture(), &[]), Some(PNG));
        assert_eq!(main_picture(&picture(), &[not_one()]), Some(PNG));
        // The picture's own hops end at the picture: a redirect before it does not count.
        assert_eq!(main_picture(&page, &[not_one(), picture()]), Some(PNG));
        assert_eq!(main_picture(&page, &[picture(), not_one()]), None);
        assert_eq!(main_picture(&page, &[]), None);
    }

    #[test]
    fn a_picture_is_hashed_but_its_bytes_are_kept_only_with_media() {
        let page = hop("https://a.example/", "text/html", b"<html>the page</html>");
        let picture = hop("https://a.example/p.png", "image/png", PNG);
        for with_media in [false, true] {
            let (captured, text) = capture(
                &[Harassment],
                with_media,
                std::slice::from_ref(&page),
                std::slice::from_ref(&picture),
            );
            assert_eq!(captured.picture_sha256, Some(sha256_hex(PNG)));
            // The bytes above are a PNG signature only: nothing to decode, so no PDQ.
            assert_eq!(captured.picture_pdq, None);
            assert!(text.contains("<html>the page</html>"));
            assert_eq!(text.contains("not really a picture"), with_media);
            let kept = if with_media { "included" } else { "withheld" };
            assert!(
                text.contains(&format!("main-picture-bytes: {kept}\r\n")),
                "{text}"
            );
        }
    }

    #[test]
    fn the_metadata_names_the_link_the_time_the_hops_and_the_pages_certificate() {
        let mut redirect = hop("http://a.example/", "text/html", b"");
        redirect.status = 301;
        let mut page = hop("https://a.example/", "text/html", b"<html></html>");
        page.certificate = Some(vec![7u8; 40]);
        let (captured, text) = capture(&[Harassment], false, &[redirect, page], &[]);
        let sha = sha256_hex(&[7u8; 40]);
        assert_eq!(captured.certificate_sha256.as_deref(), Some(sha.as_str()));
        assert!(text.contains(&pem_certificate(&[7u8; 40])));
        for field in [
            "capture-time: 2026-12-07T17:00:00Z\r\n".to_owned(),
            "link-id: L-7KQ2X\r\n".to_owned(),
            "hops: 2\r\n".to_owned(),
            "status: 200\r\n".to_owned(),
            format!("tls-certificate-sha256: {sha}\r\n"),
        ] {
            assert!(text.contains(&field), "{field:?} in {text}");
        }
        assert!(!text.contains("main-picture"), "{text}");
        assert_eq!(captured.picture_sha256, None);
    }

    #[test]
    fn a_child_abuse_cases_page_with_an_inline_picture_keeps_its_head_only() {
        let body = b"<img src='data:image/png;base64,iVBOR'>";
        let page = hop("https://a.example/", "text/html", body);
        let (_, text) = capture(&[Csam], false, std::slice::from_ref(&page), &[]);
        assert!(!text.contains("data:image"), "{text}");
        assert!(text.contains("WARC-Truncated: unspecified\r\n"));
        let (_, text) = capture(&[Harassment], false, &[page], &[]);
        assert!(text.contains("data:image"));
    }
}
