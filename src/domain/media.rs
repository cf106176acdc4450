//! The media type of evidence, sniffed from its first bytes: a file's name says what its sender
//! wanted it to look like, its bytes say what it is.

/// The media type of a file that starts with `head`; `application/octet-stream` when unknown.
pub(crate) fn sniff(head: &[u8]) -> &'static str {
    let at = |offset: usize, magic: &[u8]| head.get(offset..offset + magic.len()) == Some(magic);
    if at(0, b"\xFF\xD8\xFF") {
        "image/jpeg"
    } else if at(0, b"\x89PNG\r\n\x1a\n") {
        "image/png"
    } else if at(0, b"RIFF") && at(8, b"WEBP") {
        "image/webp"
    } else if at(0, b"GIF87a") || at(0, b"GIF89a") {
        "image/gif"
    } else if at(0, b"BM") {
        "image/bmp"
    } else if at(0, b"II*\0") || at(0, b"MM\0*") {
        "image/tiff"
    } else if at(4, b"ftypheic") || at(4, b"ftypheix") || at(4, b"ftypmif1") {
        "image/heic"
    } else if at(4, b"ftypavif") || at(4, b"ftypavis") {
        "image/avif"
    } else if at(4, b"ftypqt") {
        "video/quicktime"
    } else if at(4, b"ftyp") {
        "video/mp4"
    } else if at(0, b"\x1A\x45\xDF\xA3") {
        // Matroska and WebM share the EBML header; WebM names itself in the doctype.
        if head.windows(4).any(|w| w == b"webm") {
            "video/webm"
        } else {
            "video/x-matroska"
        }
    } else if at(0, b"RIFF") && at(8, b"AVI ") {
        "video/x-msvideo"
    } else if at(0, b"OggS") {
        "application/ogg"
    } else if at(0, b"ID3") || at(0, b"\xFF\xFB") {
        "audio/mpeg"
    } else if at(0, b"%PDF-") {
        "application/pdf"
    } else if at(0, b"PK\x03\x04") {
        "application/zip"
    } else if let Some(text) = text(head) {
        // SVG is text that draws a picture, and can carry photos inside it (`data:` URIs).
        if text.to_ascii_lowercase().contains("<svg") {
            "image/svg+xml"
        } else {
            "text/plain"
        }
    } else {
        "application/octet-stream"
    }
}

/// `head` as text: UTF-8 without NUL bytes. A head cut in the middle of a character is still
/// text.
fn text(head: &[u8]) -> Option<&str> {
    if head.is_empty() {
        return None;
    }
    let valid = match std::str::from_utf8(head) {
        Ok(t) => t,
        // Only a character cut off at the very end is forgiven.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).expect("valid up to here")
        }
        Err(_) => return None,
    };
    (!valid.contains('\0')).then_some(valid)
}

/// Whether PDQ applies: the still-image formats the `image` decoders read.
pub(crate) fn is_hashable_image(media_type: &str) -> bool {
    matches!(
        media_type,
        "image/jpeg" | "image/png" | "image/webp" | "image/gif" | "image/bmp" | "image/tiff"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_evidence_formats_are_recognised_by_their_bytes() {
        assert_eq!(sniff(b"\xFF\xD8\xFF\xE0\0\x10JFIF"), "image/jpeg");
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"), "image/png");
        assert_eq!(sniff(b"RIFF\x10\0\0\0WEBPVP8 "), "image/webp");
        assert_eq!(sniff(b"\0\0\0\x20ftypisom\0\0\x02\0"), "video/mp4");
        assert_eq!(sniff(b"\0\0\0\x14ftypqt  "), "video/quicktime");
        assert_eq!(
            sniff(b"\x1A\x45\xDF\xA3\x9fB\x86\x81\x01B\x82\x84webm"),
            "video/webm"
        );
        assert_eq!(sniff(b"%PDF-1.7\n"), "application/pdf");
        assert_eq!(sniff(b"chat log, 12 May\n"), "text/plain");
        assert_eq!(sniff(b"\0\0\0\x1cftypavif\0\0\0\0"), "image/avif");
        assert_eq!(
            sniff(b"<?xml version=\"1.0\"?>\n<SVG xmlns=\"http://www.w3.org/2000/svg\">"),
            "image/svg+xml"
        );
        assert_eq!(sniff("\u{62f}\u{627}\u{631}".as_bytes()), "text/plain");
        // A head of 64 bytes can end inside a character.
        assert_eq!(sniff(&"\u{62f}\u{627}".as_bytes()[..3]), "text/plain");
        assert_eq!(sniff(b"\0\x01\x02\x03"), "application/octet-stream");
        assert_eq!(sniff(b""), "application/octet-stream");
    }

    #[test]
    fn a_name_cannot_make_a_file_an_image() {
        assert!(!is_hashable_image(sniff(b"not really a photo.jpg")));
        assert!(is_hashable_image(sniff(b"GIF89a\x01\0\x01\0")));
    }
}
