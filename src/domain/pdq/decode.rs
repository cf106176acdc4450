//! Decoding image bytes into pixels, refusing decompression bombs before any pixel buffer is
//! allocated, and files cut short that a decoder would quietly fill in.

use std::io::{Cursor, ErrorKind};

use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits};

/// Largest image decoded by default, in pixels: a guard against decompression bombs that no
/// photo comes near (a 100-megapixel camera).
pub(crate) const DEFAULT_MAX_PIXELS: u64 = 100_000_000;

/// Decoder working memory allowed on top of the output buffer (coefficient buffers of
/// progressive JPEGs, PNG row filters). Generous: the pixel limit is the real guard.
const DECODER_SLACK_BYTES: u64 = 256 << 20;

/// Largest output sample size among the enabled decoders (16-bit RGBA), to turn the pixel limit
/// into an allocation limit.
const MAX_BYTES_PER_PIXEL: u64 = 8;

/// Why image bytes could not be decoded. Carries no file name: callers add the evidence id.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub(crate) enum DecodeError {
    #[error("not an image in a supported format (JPEG, PNG, WebP, GIF, BMP, TIFF)")]
    UnknownFormat,
    #[error("the {format} image is {width}×{height} pixels, more than the limit of {max_pixels}")]
    TooManyPixels {
        format: &'static str,
        width: u32,
        height: u32,
        max_pixels: u64,
    },
    #[error("the {format} image is truncated")]
    Truncated { format: &'static str },
    #[error("the {format} image is corrupt")]
    Corrupt {
        format: &'static str,
        #[source]
        source: ImageError,
    },
    #[error("the {format} image uses a feature the decoder does not support")]
    Unsupported {
        format: &'static str,
        #[source]
        source: ImageError,
    },
    #[error("decoding the {format} image would need more memory than allowed")]
    MemoryLimit { format: &'static str },
}

/// Decodes JPEG, PNG, WebP, GIF (first frame), BMP or TIFF bytes, refusing images with more
/// than `max_pixels` pixels before any pixel buffer is allocated (decompression bombs).
///
/// Pixels are returned as stored: EXIF orientation is not applied and ICC profiles are
/// ignored, as in every reference hasher (§2.1 item 2).
pub(crate) fn decode(bytes: &[u8], max_pixels: u64) -> Result<DynamicImage, DecodeError> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| DecodeError::UnknownFormat)?;
    let Some(format) = reader.format() else {
        return Err(DecodeError::UnknownFormat);
    };
    let name = format_name(format);
    if is_cut_short(format, bytes) {
        return Err(DecodeError::Truncated { format: name });
    }

    let mut limits = Limits::default();
    let side = u32::try_from(max_pixels).unwrap_or(u32::MAX);
    limits.max_image_width = Some(side);
    limits.max_image_height = Some(side);
    limits.max_alloc = Some(
        max_pixels
            .saturating_mul(MAX_BYTES_PER_PIXEL)
            .saturating_add(DECODER_SLACK_BYTES),
    );
    reader.limits(limits);

    let decoder = reader.into_decoder().map_err(|e| classify(name, e))?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > max_pixels {
        return Err(DecodeError::TooManyPixels {
            format: name,
            width,
            height,
            max_pixels,
        });
    }
    DynamicImage::from_decoder(decoder).map_err(|e| classify(name, e))
}

/// Catches truncation that a decoder would paper over. zune-jpeg (the `image` JPEG decoder)
/// fills whatever is missing with grey and reports success, which would give a partial
/// download a plausible but wrong hash; Pillow, which feeds the reference, refuses such files.
fn is_cut_short(format: ImageFormat, bytes: &[u8]) -> bool {
    match format {
        ImageFormat::Jpeg => jpeg_lacks_end(bytes),
        // The RIFF header states the file length; image-webp calls a short file corrupt.
        ImageFormat::WebP => match bytes.get(4..8) {
            Some(&[a, b, c, d]) => {
                (bytes.len() as u64) < 8 + u64::from(u32::from_le_bytes([a, b, c, d]))
            }
            _ => true,
        },
        _ => false,
    }
}

/// Whether a JPEG has no end-of-image marker (FF D9) after its first scan. Marker segments are
/// skipped by their lengths up to the first start-of-scan, so an EXIF thumbnail's own FF D9
/// (inside APP1) does not count; in entropy-coded data FF is always followed by 00 or a
/// restart marker, so a later FF D9 is the real end. Bytes after it are allowed (trailers).
/// Anything malformed is left to the decoder to report.
fn jpeg_lacks_end(bytes: &[u8]) -> bool {
    let mut pos = 2; // after SOI
    loop {
        // Markers may be preceded by any number of FF fill bytes.
        while bytes.get(pos) == Some(&0xFF) && bytes.get(pos + 1) == Some(&0xFF) {
            pos += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(pos), bytes.get(pos + 1)) else {
            // Ran out of bytes inside the headers, or not a marker: truncated if the former.
            return pos + 1 >= bytes.len();
        };
        match marker {
            0xDA => {
                let scan = &bytes[pos + 2..];
                // From the end: the marker is normally the last two bytes.
                return !scan.windows(2).rev().any(|w| w == [0xFF, 0xD9]);
            }
            0x01 | 0xD0..=0xD7 => pos += 2,
            _ => match bytes.get(pos + 2..pos + 4) {
                Some(&[hi, lo]) => pos += 2 + usize::from(u16::from_be_bytes([hi, lo])),
                _ => return true,
            },
        }
    }
}

fn format_name(format: ImageFormat) -> &'static str {
    match format {
        ImageFormat::Jpeg => "JPEG",
        ImageFormat::Png => "PNG",
        ImageFormat::WebP => "WebP",
        ImageFormat::Gif => "GIF",
        ImageFormat::Bmp => "BMP",
        ImageFormat::Tiff => "TIFF",
        _ => "unsupported",
    }
}

fn classify(format: &'static str, err: ImageError) -> DecodeError {
    // Decoders report running out of input in different ways: as an I/O error, or as a
    // decoding error whose source is one. Both mean the file was cut short.
    if is_eof(&err) {
        return DecodeError::Truncated { format };
    }
    match err {
        ImageError::Limits(_) => DecodeError::MemoryLimit { format },
        ImageError::Unsupported(_) if format == "unsupported" => DecodeError::UnknownFormat,
        ImageError::Unsupported(_) => DecodeError::Unsupported {
            format,
            source: err,
        },
        _ => DecodeError::Corrupt {
            format,
            source: err,
        },
    }
}

fn is_eof(err: &ImageError) -> bool {
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = cause {
        if let Some(io) = e.downcast_ref::<std::io::Error>()
            && io.kind() == ErrorKind::UnexpectedEof
        {
            return true;
        }
        cause = e.source();
    }
    matches!(err, ImageError::IoError(io) if io.kind() == ErrorKind::UnexpectedEof)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_bytes(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| image::Rgb([x as u8, y as u8, 7]));
        let mut out = Vec::new();
        DynamicImage::ImageRgb8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .expect("encode");
        out
    }

    #[test]
    fn decode_refuses_too_many_pixels_before_decoding() {
        let png = png_bytes(100, 50);
        assert!(decode(&png, 5000).is_ok());
        match decode(&png, 4999) {
            Err(DecodeError::TooManyPixels {
                format: "PNG",
                width: 100,
                height: 50,
                max_pixels: 4999,
            }) => {}
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn decode_reports_unknown_truncated_and_corrupt_input() {
        assert!(matches!(
            decode(b"hello, not an image", 1 << 20),
            Err(DecodeError::UnknownFormat)
        ));
        assert!(matches!(
            decode(b"", 1 << 20),
            Err(DecodeError::UnknownFormat)
        ));
        let png = png_bytes(64, 64);
        let cut = &png[..png.len() / 2];
        assert!(
            matches!(
                decode(cut, 1 << 20),
                Err(DecodeError::Truncated { format: "PNG" })
            ),
            "{:?}",
            decode(cut, 1 << 20)
        );
        let mut bad = png.clone();
        bad[40..60].fill(0xAB);
        assert!(decode(&bad, 1 << 20).is_err());
    }

    fn encoded(img: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), format)
            .expect("encode");
        out
    }

    #[test]
    fn decode_refuses_jpegs_cut_short_that_the_decoder_would_accept() {
        let rgb = image::RgbImage::from_fn(200, 150, |x, y| image::Rgb([x as u8, y as u8, 99]));
        let jpeg = encoded(DynamicImage::ImageRgb8(rgb), ImageFormat::Jpeg);
        assert!(decode(&jpeg, 1 << 20).is_ok());
        let mut trailer = jpeg.clone();
        trailer.extend_from_slice(b"trailing bytes after EOI");
        assert!(decode(&trailer, 1 << 20).is_ok());
        for keep in [jpeg.len() - 2, jpeg.len() / 2, 700, 30, 3] {
            assert!(
                matches!(
                    decode(&jpeg[..keep], 1 << 20),
                    Err(DecodeError::Truncated { format: "JPEG" })
                ),
                "kept {keep} bytes: {:?}",
                decode(&jpeg[..keep], 1 << 20).map(|_| ())
            );
        }
    }

    #[test]
    fn decode_refuses_webp_shorter_than_its_header_says() {
        let rgb = image::RgbImage::from_fn(64, 48, |x, y| image::Rgb([x as u8, y as u8, 9]));
        let webp = encoded(DynamicImage::ImageRgb8(rgb), ImageFormat::WebP);
        assert!(decode(&webp, 1 << 20).is_ok());
        assert!(matches!(
            decode(&webp[..webp.len() - 1], 1 << 20),
            Err(DecodeError::Truncated { format: "WebP" })
        ));
    }

    #[test]
    fn decode_refuses_a_gif_bomb_from_its_header() {
        let rgb = image::RgbImage::from_fn(8, 8, |x, y| image::Rgb([x as u8, y as u8, 9]));
        let mut gif = encoded(DynamicImage::ImageRgb8(rgb), ImageFormat::Gif);
        // Logical screen 65535×65535 (~4.3 G pixels) in the header, 8×8 of actual data.
        gif[6..10].copy_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF]);
        assert!(matches!(
            decode(&gif, 50_000_000),
            Err(DecodeError::TooManyPixels {
                format: "GIF",
                width: 65535,
                height: 65535,
                ..
            })
        ));
    }
}
