//! Metadata stripping for pictures a victim shares: EXIF (GPS position, camera, times), XMP,
//! IPTC, comments and embedded thumbnails come out; the compressed picture data is copied byte for
//! byte, never re-encoded, so the picture stays exactly the same.
//!
//! It works on the container: JPEG segments, PNG chunks, WebP (RIFF) chunks. What a decoder needs
//! to draw the picture the same way (tables, frames, colour profile, transparency, animation) is
//! kept; everything else goes, unknown parts included, since an unknown part cannot be shown to be
//! harmless. Formats it cannot clean are refused, never passed through. Pure: bytes in, bytes out.

use std::collections::BTreeMap;

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Error {
    #[error("{0} cannot be stripped: only JPEG, PNG and WebP pictures are; nothing was written")]
    Unsupported(&'static str),
    #[error("the {format} file is damaged ({why}); nothing was written")]
    Malformed {
        format: &'static str,
        why: &'static str,
    },
}

/// The cleaned bytes and what was taken out, by kind, with how many of each.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Stripped {
    pub(crate) bytes: Vec<u8>,
    pub(crate) removed: BTreeMap<&'static str, usize>,
    /// The EXIF orientation kept (in an EXIF block holding nothing else), so that a photo taken
    /// sideways is still shown upright.
    pub(crate) orientation: Option<u16>,
}

/// What the format walkers found on the way.
#[derive(Default)]
struct Found {
    removed: BTreeMap<&'static str, usize>,
    orientation: Option<u16>,
}

impl Found {
    fn removed(&mut self, kind: &'static str) {
        *self.removed.entry(kind).or_default() += 1;
    }

    /// The EXIF block to keep in place of `tiff` (a TIFF structure): one holding only the
    /// orientation, when the photo is not upright and none was kept yet.
    fn keep_orientation(&mut self, tiff: &[u8]) -> Option<Vec<u8>> {
        let o = orientation(tiff).filter(|o| (2..=8).contains(o))?;
        if self.orientation.is_some() {
            return None;
        }
        self.orientation = Some(o);
        Some(orientation_only(o))
    }
}

/// Strips a JPEG, PNG or WebP file; `media_type` is what `media::sniff` made of it.
pub(crate) fn strip(bytes: &[u8], media_type: &'static str) -> Result<Stripped, Error> {
    let mut found = Found::default();
    let bytes = match media_type {
        "image/jpeg" => jpeg(bytes, &mut found),
        "image/png" => png(bytes, &mut found),
        "image/webp" => webp(bytes, &mut found),
        other => return Err(Error::Unsupported(describe(other))),
    }?;
    Ok(Stripped {
        bytes,
        removed: found.removed,
        orientation: found.orientation,
    })
}

fn describe(media_type: &'static str) -> &'static str {
    match media_type {
        "application/octet-stream" => "a file of unknown type",
        "text/plain" => "a text file",
        _ => media_type,
    }
}

fn malformed(format: &'static str, why: &'static str) -> Error {
    Error::Malformed { format, why }
}

fn be16(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..at + 2)
        .map(|s| usize::from(u16::from_be_bytes([s[0], s[1]])))
}

fn be32(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..at + 4)
        .map(|s| u32::from_be_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

fn le32(b: &[u8], at: usize) -> Option<usize> {
    b.get(at..at + 4)
        .map(|s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]) as usize)
}

/// JPEG: keeps the tables, frame and scans, JFIF (APP0), the ICC profile (APP2) and Adobe's
/// colour transform (APP14); drops every other APPn (EXIF, XMP, MPF, IPTC…), comments and
/// anything after the end of the image.
fn jpeg(b: &[u8], found: &mut Found) -> Result<Vec<u8>, Error> {
    const F: &str = "JPEG";
    if !b.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Err(malformed(F, "no start of image"));
    }
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&b[..2]);
    let mut at = 2;
    loop {
        if b.get(at) != Some(&0xFF) {
            return Err(malformed(F, "a segment does not start with a marker"));
        }
        // Fill bytes (0xFF runs) may stand before a marker.
        while b.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let marker = *b.get(at + 1).ok_or(malformed(F, "cut short"))?;
        match marker {
            0xD9 => {
                out.extend_from_slice(&b[at..at + 2]);
                if at + 2 < b.len() {
                    found.removed("data after the end of the image");
                }
                return Ok(out);
            }
            0x01 | 0xD0..=0xD7 => {
                out.extend_from_slice(&b[at..at + 2]);
                at += 2;
                continue;
            }
            _ => {}
        }
        let len = be16(b, at + 2).ok_or(malformed(F, "cut short"))?;
        let end = at + 2 + len;
        if len < 2 || end > b.len() {
            return Err(malformed(F, "a segment runs past the end"));
        }
        let payload = &b[at + 4..end];
        match jpeg_segment_kind(marker, payload) {
            None => out.extend_from_slice(&b[at..end]),
            Some(kind) => {
                found.removed(kind);
                let tiff = payload.strip_prefix(b"Exif\0\0".as_slice());
                if let Some(exif) = tiff.and_then(|t| found.keep_orientation(t)) {
                    let exif = [b"Exif\0\0".as_slice(), &exif].concat();
                    let len = u16::try_from(exif.len() + 2).expect("a few bytes");
                    out.extend_from_slice(&[0xFF, 0xE1]);
                    out.extend_from_slice(&len.to_be_bytes());
                    out.extend_from_slice(&exif);
                }
            }
        }
        at = end;
        if marker == 0xDA {
            // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a
            // restart marker; it is copied as it is.
            let start = at;
            let marker_at =
                |i: usize| b[i] == 0xFF && !matches!(b[i + 1], 0x00 | 0xD0..=0xD7 | 0xFF);
            while at + 1 < b.len() && !marker_at(at) {
                at += 1;
            }
            if at + 1 >= b.len() {
                return Err(malformed(F, "no end of image"));
            }
            out.extend_from_slice(&b[start..at]);
        }
    }
}

/// Why a JPEG segment goes, or `None` when it stays.
fn jpeg_segment_kind(marker: u8, payload: &[u8]) -> Option<&'static str> {
    match marker {
        0xE0 if payload.starts_with(b"JFIF\0") => None,
        0xE0 if payload.starts_with(b"JFXX\0") => Some("thumbnail (JFXX)"),
        0xE1 if payload.starts_with(b"Exif\0") => Some("EXIF"),
        0xE1 if payload.starts_with(b"http://ns.adobe.com/") => Some("XMP"),
        0xE2 if payload.starts_with(b"ICC_PROFILE\0") => None,
        0xE2 if payload.starts_with(b"MPF\0") => Some("multi-picture data (MPF)"),
        0xED => Some("IPTC / Photoshop data"),
        0xEE if payload.starts_with(b"Adobe") => None,
        0xE0..=0xEF => Some("other application data"),
        0xFE => Some("comment"),
        _ => None,
    }
}

/// PNG: keeps the chunks that say how to draw the picture (and animate it, for APNG); drops text,
/// EXIF, times and anything unknown.
fn png(b: &[u8], found: &mut Found) -> Result<Vec<u8>, Error> {
    const F: &str = "PNG";
    const KEEP: [&[u8; 4]; 18] = [
        b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"cHRM", b"gAMA", b"iCCP", b"sBIT", b"sRGB",
        b"cICP", b"mDCV", b"cLLI", b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT",
    ];
    if b.len() < 8 {
        return Err(malformed(F, "cut short"));
    }
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&b[..8]);
    let mut at = 8;
    loop {
        let len = be32(b, at).ok_or(malformed(F, "no end chunk"))?;
        let end = at
            .checked_add(12)
            .and_then(|e| e.checked_add(len))
            .filter(|e| *e <= b.len())
            .ok_or(malformed(F, "a chunk runs past the end"))?;
        let kind = &b[at + 4..at + 8];
        let data = &b[at + 8..at + 8 + len];
        if KEEP.iter().any(|k| k.as_slice() == kind) {
            out.extend_from_slice(&b[at..end]);
        } else {
            let what = match kind {
                b"eXIf" => "EXIF",
                b"tIME" => "modification time",
                b"iTXt" | b"zTXt" | b"tEXt" if data.starts_with(b"XML:com.adobe.xmp\0") => "XMP",
                b"iTXt" | b"zTXt" | b"tEXt" => "text",
                _ => "other chunk",
            };
            found.removed(what);
            if let Some(exif) = (kind == b"eXIf")
                .then(|| found.keep_orientation(data))
                .flatten()
            {
                let len = u32::try_from(exif.len()).expect("a few bytes");
                let crc = crc32(&[b"eXIf".as_slice(), &exif].concat());
                out.extend_from_slice(&len.to_be_bytes());
                out.extend_from_slice(b"eXIf");
                out.extend_from_slice(&exif);
                out.extend_from_slice(&crc.to_be_bytes());
            }
        }
        at = end;
        if kind == b"IEND" {
            if at < b.len() {
                found.removed("data after the end of the image");
            }
            return Ok(out);
        }
    }
}

/// WebP: keeps the image, alpha, animation and ICC chunks; drops EXIF, XMP and unknown chunks,
/// and clears their flags in the extended header.
fn webp(b: &[u8], found: &mut Found) -> Result<Vec<u8>, Error> {
    const F: &str = "WebP";
    if b.len() < 12 {
        return Err(malformed(F, "cut short"));
    }
    let riff_end = le32(b, 4)
        .and_then(|n| n.checked_add(8))
        .filter(|e| *e <= b.len() && *e >= 12)
        .ok_or(malformed(F, "the RIFF size is wrong"))?;
    let mut out = Vec::with_capacity(b.len());
    out.extend_from_slice(&b[..12]);
    let mut at = 12;
    let mut vp8x_flags = None;
    while at < riff_end {
        let len = le32(b, at + 4).ok_or(malformed(F, "cut short"))?;
        // Chunks are padded to an even size.
        let end = (at + 8)
            .checked_add(len + (len & 1))
            .filter(|e| *e <= riff_end)
            .ok_or(malformed(F, "a chunk runs past the end"))?;
        let kind = &b[at..at + 4];
        match kind {
            b"VP8 " | b"VP8L" | b"VP8X" | b"ALPH" | b"ANIM" | b"ANMF" | b"ICCP" => {
                if kind == b"VP8X" {
                    vp8x_flags = Some(out.len() + 8);
                }
                out.extend_from_slice(&b[at..end]);
            }
            b"EXIF" => {
                found.removed("EXIF");
                let data = &b[at + 8..at + 8 + len];
                // Some writers put JPEG's `Exif\0\0` before the TIFF data here too.
                let tiff = data.strip_prefix(b"Exif\0\0".as_slice()).unwrap_or(data);
                if let Some(exif) = found.keep_orientation(tiff) {
                    let len = u32::try_from(exif.len()).expect("a few bytes");
                    out.extend_from_slice(b"EXIF");
                    out.extend_from_slice(&len.to_le_bytes());
                    out.extend_from_slice(&exif);
                    if exif.len() % 2 == 1 {
                        out.push(0);
                    }
                }
            }
            b"XMP " => found.removed("XMP"),
            _ => found.removed("other chunk"),
        }
        at = end;
    }
    if riff_end < b.len() {
        found.removed("data after the end of the image");
    }
    if let Some(flags) = vp8x_flags {
        // VP8X flags: 0x08 EXIF present (still, when the orientation was kept), 0x04 XMP present.
        out[flags] &= if found.orientation.is_some() {
            !0x04
        } else {
            !0x0C
        };
    }
    let size = u32::try_from(out.len() - 8).map_err(|_| malformed(F, "too large"))?;
    out[4..8].copy_from_slice(&size.to_le_bytes());
    Ok(out)
}

/// The orientation (TIFF tag 0x0112) in the first IFD of an EXIF TIFF structure.
fn orientation(tiff: &[u8]) -> Option<u16> {
    let big = match tiff.get(..4)? {
        b"MM\0*" => true,
        b"II*\0" => false,
        _ => return None,
    };
    let u16_at = |at: usize| {
        let b: [u8; 2] = tiff.get(at..at + 2)?.try_into().ok()?;
        Some(if big {
            u16::from_be_bytes(b)
        } else {
            u16::from_le_bytes(b)
        })
    };
    let u32_at = |at: usize| {
        let b: [u8; 4] = tiff.get(at..at + 4)?.try_into().ok()?;
        Some(if big {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        } as usize)
    };
    let ifd = u32_at(4)?;
    let count = usize::from(u16_at(ifd)?);
    (0..count).find_map(|n| {
        let entry = ifd + 2 + n * 12;
        // Tag 0x0112, type SHORT (3), one value, held in the entry itself.
        (u16_at(entry)? == 0x0112 && u16_at(entry + 2)? == 3 && u32_at(entry + 4)? == 1)
            .then(|| u16_at(entry + 8))
            .flatten()
    })
}

/// A TIFF structure holding only an orientation: no position, device, time or name.
fn orientation_only(o: u16) -> Vec<u8> {
    let mut tiff = b"MM\0*\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    tiff.extend_from_slice(&o.to_be_bytes());
    tiff.extend_from_slice(&[0; 6]);
    tiff
}

/// PNG's chunk checksum (CRC-32, ISO 3309), over the chunk type and data.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use super::*;

    fn picture() -> image::RgbImage {
        image::RgbImage::from_fn(37, 23, |x, y| {
            image::Rgb([(x * 7) as u8, (y * 11) as u8, ((x + y) * 3) as u8])
        })
    }

    fn encoded(format: image::ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        image::DynamicImage::ImageRgb8(picture())
            .write_to(&mut out, format)
            .unwrap();
        out.into_inner()
    }

    fn decoded(bytes: &[u8]) -> image::RgbaImage {
        image::load_from_memory(bytes).unwrap().to_rgba8()
    }

    /// Inserts a JPEG segment right after SOI.
    fn with_segment(jpeg: &[u8], marker: u8, payload: &[u8]) -> Vec<u8> {
        let len = u16::try_from(payload.len() + 2).unwrap().to_be_bytes();
        [&jpeg[..2], &[0xFF, marker], &len, payload, &jpeg[2..]].concat()
    }

    fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
        let len = u32::try_from(data.len()).unwrap().to_be_bytes();
        // The CRC is not checked by the stripper; a decoder would, but this chunk is dropped.
        [&len[..], kind, data, &[0, 0, 0, 0]].concat()
    }

    #[test]
    fn jpeg_metadata_goes_and_the_picture_stays() {
        let clean = encoded(image::ImageFormat::Jpeg);
        let mut dirty = with_segment(&clean, 0xFE, b"taken at home");
        dirty = with_segment(&dirty, 0xE1, b"Exif\0\0MM\0*GPS-SECRET");
        dirty = with_segment(&dirty, 0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>");
        dirty = with_segment(&dirty, 0xED, b"Photoshop 3.0\0IPTC-SECRET");
        dirty.extend_from_slice(b"TRAILER-SECRET");
        let out = strip(&dirty, "image/jpeg").unwrap();
        assert_eq!(
            out.removed.into_iter().collect::<Vec<_>>(),
            [
                ("EXIF", 1),
                ("IPTC / Photoshop data", 1),
                ("XMP", 1),
                ("comment", 1),
                ("data after the end of the image", 1)
            ]
        );
        assert_eq!(out.bytes, clean);
        assert_eq!(decoded(&out.bytes), decoded(&dirty));
    }

    #[test]
    fn png_text_and_exif_go_and_the_picture_stays() {
        let clean = encoded(image::ImageFormat::Png);
        let ihdr_end = 8 + 12 + 13;
        let dirty = [
            &clean[..ihdr_end],
            &png_chunk(b"tEXt", b"Author\0SECRET"),
            &png_chunk(b"eXIf", b"MM\0*GPS"),
            &png_chunk(b"iTXt", b"XML:com.adobe.xmp\0\0\0\0\0<x/>"),
            &clean[ihdr_end..],
        ]
        .concat();
        let out = strip(&dirty, "image/png").unwrap();
        assert_eq!(
            out.removed.into_iter().collect::<Vec<_>>(),
            [("EXIF", 1), ("XMP", 1), ("text", 1)]
        );
        assert_eq!(out.bytes, clean);
    }

    #[test]
    fn webp_exif_and_xmp_go_with_their_flags() {
        let simple = encoded(image::ImageFormat::WebP);
        let image_chunk = &simple[12..];
        // An extended WebP: VP8X (flags EXIF and XMP set), the image, EXIF, XMP.
        let mut vp8x = vec![b'V', b'P', b'8', b'X', 10, 0, 0, 0, 0x0C, 0, 0, 0];
        vp8x.extend_from_slice(&[36, 0, 0, 22, 0, 0]);
        let body = [
            &vp8x[..],
            image_chunk,
            b"EXIF\x05\0\0\0GPS!!\0",
            b"XMP \x04\0\0\0<x/>",
        ]
        .concat();
        let size = u32::try_from(body.len() + 4).unwrap().to_le_bytes();
        let dirty = [b"RIFF", &size[..], b"WEBP", &body].concat();
        let out = strip(&dirty, "image/webp").unwrap();
        assert_eq!(
            out.removed.into_iter().collect::<Vec<_>>(),
            [("EXIF", 1), ("XMP", 1)]
        );
        assert_eq!(out.bytes[20], 0, "flags cleared");
        assert_eq!(le32(&out.bytes, 4), Some(out.bytes.len() - 8));
        assert!(!out.bytes.windows(3).any(|w| w == b"GPS"));
        assert_eq!(decoded(&out.bytes), decoded(&simple));
    }

    #[test]
    fn other_formats_and_damaged_files_are_refused() {
        assert_eq!(
            strip(b"%PDF-1.7", "application/pdf"),
            Err(Error::Unsupported("application/pdf"))
        );
        let clean = encoded(image::ImageFormat::Jpeg);
        assert!(matches!(
            strip(&clean[..clean.len() / 2], "image/jpeg"),
            Err(Error::Malformed { .. })
        ));
        let png = encoded(image::ImageFormat::Png);
        assert!(matches!(
            strip(&png[..png.len() - 5], "image/png"),
            Err(Error::Malformed { .. })
        ));
    }

    #[test]
    fn a_sideways_photo_keeps_only_its_orientation() {
        let clean = encoded(image::ImageFormat::Jpeg);
        // Little-endian EXIF: Make (ASCII, elsewhere), then Orientation 6 (rotate 90°).
        let mut tiff = b"II*\0\x08\0\0\0\x02\0".to_vec();
        tiff.extend_from_slice(&[0x0F, 0x01, 2, 0, 8, 0, 0, 0, 38, 0, 0, 0]);
        tiff.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0]);
        tiff.extend_from_slice(&[0, 0, 0, 0]);
        tiff.extend_from_slice(b"SECRETCO");
        assert_eq!(orientation(&tiff), Some(6));
        let dirty = with_segment(&clean, 0xE1, &[b"Exif\0\0".as_slice(), &tiff].concat());
        let out = strip(&dirty, "image/jpeg").unwrap();
        assert_eq!(out.orientation, Some(6));
        assert!(!out.bytes.windows(6).any(|w| w == b"SECRET"));
        let kept = &out.bytes[2..];
        assert_eq!(&kept[..2], [0xFF, 0xE1]);
        assert_eq!(orientation(&kept[10..]), Some(6));
        assert_eq!(decoded(&out.bytes), decoded(&clean));
        // Upright photos need no EXIF at all.
        tiff[30] = 1;
        let upright = with_segment(&clean, 0xE1, &[b"Exif\0\0".as_slice(), &tiff].concat());
        assert_eq!(strip(&upright, "image/jpeg").unwrap().bytes, clean);
    }

    #[test]
    fn the_png_checksum_is_the_standard_crc32() {
        assert_eq!(crc32(b"IEND"), 0xAE42_6082);
    }
}
