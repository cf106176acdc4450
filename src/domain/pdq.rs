//! PDQ, Meta's 256-bit perceptual image hash, bit-exact with the reference.
//!
//! Implements the full-resolution flavour (shared/reference/pdq.md §1): the decoded image is
//! hashed at its own size, as Meta's Java `PDQHasher`, python-threatexchange / HMA (through the
//! Python `pdqhash` binding of Meta's C++) and the `pdqhash` Rust crate do. The C++ CLI's
//! 512×512 pre-squash is deliberately not applied.
//!
//! Each stage mirrors a function of `facebook/ThreatExchange` `pdq/cpp/` (cited at the stage);
//! every float operation keeps the reference's type and order, because near-median DCT
//! coefficients flip on a single rounding difference.
//!
//! This module must stay pure: no file or network I/O, no clock, no logging. Callers read the
//! bytes and pass them to [`decode`], then [`hash_image`].

use std::fmt;
use std::io::{Cursor, ErrorKind};
use std::str::FromStr;
use std::sync::LazyLock;

use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat, ImageReader, Limits};

/// Meta's suggested match threshold: distance ≤ 31 (`pdq/README.md`,
/// python-threatexchange `PDQ_CONFIDENT_MATCH_THRESHOLD`).
pub(crate) const MATCH_THRESHOLD: u32 = 31;

/// Hashes of lower quality are noise and must not be offered for matching
/// (python-threatexchange `PdqSignal.QUALITY_THRESHOLD`).
pub(crate) const QUALITY_THRESHOLD: u8 = 50;

/// Largest image decoded by default, in pixels: a guard against decompression bombs that no
/// photo comes near (a 100-megapixel camera).
pub(crate) const DEFAULT_MAX_PIXELS: u64 = 100_000_000;

/// `MIN_HASHABLE_DIM` in `pdqhashing.cpp`: smaller images get the all-zero hash, quality 0.
const MIN_HASHABLE_DIM: usize = 5;

/// `PDQ_NUM_JAROSZ_XY_PASSES`: two box passes per axis approximate a tent filter.
const JAROSZ_PASSES: usize = 2;

/// Side of the decimated image the DCT runs on.
const SIDE: usize = 64;

/// Decoder working memory allowed on top of the output buffer (coefficient buffers of
/// progressive JPEGs, PNG row filters). Generous: the pixel limit is the real guard.
const DECODER_SLACK_BYTES: u64 = 256 << 20;

/// Largest output sample size among the enabled decoders (16-bit RGBA), to turn the pixel limit
/// into an allocation limit.
const MAX_BYTES_PER_PIXEL: u64 = 8;

type Block64 = [[f32; SIDE]; SIDE];
type Block16 = [[f32; 16]; 16];

// ================================================================ hash value

/// A 256-bit PDQ hash.
///
/// Stored as four big-endian words so that distance is four XOR-popcounts; bit `k` of the
/// reference's `Hash256` (`w[k >> 4] & (1 << (k & 15))`) is bit `k % 64` of `words[3 - k / 64]`.
/// Displayed as the reference's 64 lower-case hex characters (`Hash256::format`, `"%04hx"` of
/// `w[15]` down to `w[0]`), i.e. the 256-bit number printed big-endian.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub(crate) struct PdqHash([u64; 4]);

impl PdqHash {
    /// The hash of an image too small or too flat to hash; also the reference's `clear()`.
    pub(crate) const ZERO: PdqHash = PdqHash([0; 4]);

    #[cfg(test)]
    /// From 32 bytes in display order (`bytes[0]` holds bits 255..248).
    pub(crate) fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(std::array::from_fn(|w| {
            let mut word = [0u8; 8];
            word.copy_from_slice(&bytes[w * 8..w * 8 + 8]);
            u64::from_be_bytes(word)
        }))
    }

    #[cfg(test)]
    /// 32 bytes in display order (`bytes[31 - k / 8]` holds bit `k`).
    pub(crate) fn to_bytes(self) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (chunk, word) in out.chunks_exact_mut(8).zip(self.0) {
            chunk.copy_from_slice(&word.to_be_bytes());
        }
        out
    }

    #[cfg(test)]
    /// Bit `k` (0..256) in the reference's numbering: bit `16·i + j` is DCT coefficient (i, j).
    pub(crate) fn bit(&self, k: usize) -> bool {
        self.0[3 - k / 64] >> (k % 64) & 1 == 1
    }

    fn set_bit(&mut self, k: usize) {
        self.0[3 - k / 64] |= 1 << (k % 64);
    }

    /// Hamming distance (0..=256); `hammingDistance` in `pdqhashtypes.cpp`.
    pub(crate) fn distance(&self, other: &PdqHash) -> u32 {
        (self.0[0] ^ other.0[0]).count_ones()
            + (self.0[1] ^ other.0[1]).count_ones()
            + (self.0[2] ^ other.0[2]).count_ones()
            + (self.0[3] ^ other.0[3]).count_ones()
    }

    #[cfg(test)]
    /// Number of one-bits; a hash of a hashable image has exactly 128 (§2.7).
    pub(crate) fn count_ones(&self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }
}

impl fmt::Display for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for word in self.0 {
            write!(f, "{word:016x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PdqHash({self})")
    }
}

/// Why a string is not a PDQ hash.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ParseHashError {
    #[error("a PDQ hash has 64 hex digits, not {0}")]
    WrongLength(usize),
    #[error("character {0} of the PDQ hash is not a hex digit")]
    NotHex(usize),
}

impl FromStr for PdqHash {
    type Err = ParseHashError;

    /// Accepts upper case as well, as the reference's `sscanf("%04hx")` does; prints lower case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 64 {
            return Err(ParseHashError::WrongLength(s.chars().count()));
        }
        let mut words = [0u64; 4];
        for (pos, byte) in s.bytes().enumerate() {
            let nibble = char::from(byte)
                .to_digit(16)
                .ok_or(ParseHashError::NotHex(pos + 1))?;
            words[pos / 16] = words[pos / 16] << 4 | u64::from(nibble);
        }
        Ok(Self(words))
    }
}

// ================================================================ dihedral slots

/// The 8 dihedral variants, in the reference's output order
/// (`pdqDihedralHash256esFromFloatLuma`, `pdqhash.compute_dihedral`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Dihedral {
    Original,
    /// Rotated 90° counter-clockwise.
    Rotate90,
    Rotate180,
    /// Rotated 90° clockwise.
    Rotate270,
    /// Upside down.
    FlipX,
    /// Left-right mirror.
    FlipY,
    /// Transposed (main diagonal).
    FlipPlus1,
    /// Anti-transposed.
    FlipMinus1,
}

impl Dihedral {
    /// The name in `hash --match --json`.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Dihedral::Original => "original",
            Dihedral::Rotate90 => "rotate90",
            Dihedral::Rotate180 => "rotate180",
            Dihedral::Rotate270 => "rotate270",
            Dihedral::FlipX => "flip_x",
            Dihedral::FlipY => "flip_y",
            Dihedral::FlipPlus1 => "flip_plus1",
            Dihedral::FlipMinus1 => "flip_minus1",
        }
    }

    pub(crate) const ALL: [Dihedral; 8] = [
        Dihedral::Original,
        Dihedral::Rotate90,
        Dihedral::Rotate180,
        Dihedral::Rotate270,
        Dihedral::FlipX,
        Dihedral::FlipY,
        Dihedral::FlipPlus1,
        Dihedral::FlipMinus1,
    ];
}

// ================================================================ output

/// What hashing one image produces.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PdqOutput {
    /// The hash HMA / python-threatexchange stores (`pdqhash.compute`, i.e. C++
    /// `pdqHash256FromFloatLuma`).
    pub(crate) hash: PdqHash,
    /// 0..=100; below [`QUALITY_THRESHOLD`] the hash must not be used for matching.
    pub(crate) quality: u8,
    /// The 8 variants in [`Dihedral::ALL`] order (`pdqhash.compute_dihedral`). `dihedral[0]`
    /// equals `hash` except for an exactly 64×64 input, where the reference's plain path skips
    /// the blur and its dihedral path does not (§2.4); both are reproduced as they are.
    pub(crate) dihedral: [PdqHash; 8],
}

impl PdqOutput {
    const UNHASHABLE: PdqOutput = PdqOutput {
        hash: PdqHash::ZERO,
        quality: 0,
        dihedral: [PdqHash::ZERO; 8],
    };

    /// Whether Meta's guidance allows matching on this hash at all.
    pub(crate) fn is_matchable(&self) -> bool {
        self.quality >= QUALITY_THRESHOLD
    }
}

// ================================================================ matching

/// A stored hash within the threshold of one of the query's dihedral variants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Match {
    /// Index into the stored slice.
    pub(crate) index: usize,
    pub(crate) distance: u32,
    /// The query variant that came closest (first in reference order on ties).
    pub(crate) variant: Dihedral,
}

/// The smallest distance between `stored` and any of the query's dihedral variants, with the
/// variant; matching against all 8 covers EXIF orientation and mirrored re-uploads (§2.10).
pub(crate) fn dihedral_distance(query: &[PdqHash; 8], stored: &PdqHash) -> (u32, Dihedral) {
    let mut best = (u32::MAX, Dihedral::Original);
    for (variant, hash) in Dihedral::ALL.into_iter().zip(query) {
        let d = hash.distance(stored);
        if d < best.0 {
            best = (d, variant);
        }
    }
    best
}

/// Every stored hash within `max_distance` of any dihedral variant of the query, in stored
/// order. A match is a lead for a person to confirm, not a verdict (§2.10).
pub(crate) fn find_matches<'a>(
    query: &'a [PdqHash; 8],
    stored: &'a [PdqHash],
    max_distance: u32,
) -> impl Iterator<Item = Match> + 'a {
    stored.iter().enumerate().filter_map(move |(index, hash)| {
        // Half the bits first: a hash more than `max_distance` bits from every variant on its
        // first 128 bits is at least as far on all 256, and unrelated hashes differ in about 64
        // of those 128, so almost every stored hash is ruled out at half the cost. The minimum
        // is branch-free: without per-variant comparisons the XOR-popcounts vectorise even on
        // baseline x86-64 (no POPCNT).
        if min_half_distance(query, hash) > max_distance || min_distance(query, hash) > max_distance
        {
            return None;
        }
        let (distance, variant) = dihedral_distance(query, hash);
        Some(Match {
            index,
            distance,
            variant,
        })
    })
}

fn min_half_distance(query: &[PdqHash; 8], stored: &PdqHash) -> u32 {
    query
        .iter()
        .map(|q| (q.0[0] ^ stored.0[0]).count_ones() + (q.0[1] ^ stored.0[1]).count_ones())
        .fold(u32::MAX, u32::min)
}

fn min_distance(query: &[PdqHash; 8], stored: &PdqHash) -> u32 {
    query
        .iter()
        .map(|q| q.distance(stored))
        .fold(u32::MAX, u32::min)
}

// ================================================================ decoding

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

// ================================================================ luma

/// How RGB becomes luma. The two references differ only in float precision, which changes
/// bits only on near-flat, low-quality images (§2.2, §3 item 9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum LumaPrecision {
    /// The Python `pdqhash` binding, hence python-threatexchange and HMA: products and sum in
    /// f64 (NumPy `uint8 * 0.299`), rounded to f32 once (`.astype('float32')`).
    #[default]
    F64,
    #[cfg(test)]
    /// Meta's C++ `fillFloatLumaFromRGB` and Java `PDQHasher`: f32 coefficients, products and
    /// sum.
    F32,
}

/// Full-resolution luma, row-major; the reference's `fullBuffer1`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Luma {
    width: usize,
    height: usize,
    data: Vec<f32>,
}

impl Luma {
    #[cfg(test)]
    /// Wraps an existing luma plane; `None` if `data.len() != width * height`.
    pub(crate) fn new(width: usize, height: usize, data: Vec<f32>) -> Option<Self> {
        (width.checked_mul(height) == Some(data.len())).then_some(Self {
            width,
            height,
            data,
        })
    }

    #[cfg(test)]
    pub(crate) fn data(&self) -> &[f32] {
        &self.data
    }
}

/// `0.299·R + 0.587·G + 0.114·B` as the binding evaluates it: f64, left to right.
fn luma_f64(r: u8, g: u8, b: u8) -> f32 {
    (f64::from(r) * 0.299 + f64::from(g) * 0.587 + f64::from(b) * 0.114) as f32
}

#[cfg(test)]
/// The same in f32 (`pdqhashing.cpp` `fillFloatLumaFromRGB`). The C++ constants are
/// `const float x = 0.299;`, a double literal narrowed to float, so narrow the same way.
fn luma_f32(r: u8, g: u8, b: u8) -> f32 {
    const R: f32 = 0.299_f64 as f32;
    const G: f32 = 0.587_f64 as f32;
    const B: f32 = 0.114_f64 as f32;
    R * f32::from(r) + G * f32::from(g) + B * f32::from(b)
}

/// Pillow, which feeds the reference in HMA, opens 16-bit RGB, RGBA and grey+alpha PNGs by
/// keeping the high byte of each sample; do the same for every 16-bit layout. HMA's own path
/// for 16-bit grey (`I;16`, Pillow `convert("RGB")`) clips every value above 255 to white
/// instead; its hash of such an image is noise (quality 36 on python-threatexchange's
/// `I16.png`), so it is deliberately not emulated.
fn high_byte(v: u16) -> u8 {
    (v >> 8) as u8
}

/// Converts a decoded image to luma the way the reference path does (§2.1): alpha dropped,
/// not composited; single-channel images used as they are (`fillFloatLumaFromGrey`, and what
/// f64 luma of R = G = B = v gives anyway); 16-bit reduced to the high byte; palettes were
/// already expanded by the decoders.
pub(crate) fn luma_plane(img: &DynamicImage, precision: LumaPrecision) -> Luma {
    let (width, height) = (img.width() as usize, img.height() as usize);
    let mut data = match img {
        DynamicImage::ImageLuma8(buf) => grey_luma(buf.as_raw(), 1, |v| v),
        DynamicImage::ImageLumaA8(buf) => grey_luma(buf.as_raw(), 2, |v| v),
        DynamicImage::ImageLuma16(buf) => grey_luma(buf.as_raw(), 1, high_byte),
        DynamicImage::ImageLumaA16(buf) => grey_luma(buf.as_raw(), 2, high_byte),
        DynamicImage::ImageRgb8(buf) => rgb_luma(buf.as_raw(), 3, |v| v, precision),
        DynamicImage::ImageRgba8(buf) => rgb_luma(buf.as_raw(), 4, |v| v, precision),
        DynamicImage::ImageRgb16(buf) => rgb_luma(buf.as_raw(), 3, high_byte, precision),
        DynamicImage::ImageRgba16(buf) => rgb_luma(buf.as_raw(), 4, high_byte, precision),
        // Float images (none of the enabled decoders yields them for 8-bit sources): use the
        // `image` crate's own rounding to 8 bits; there is no reference behaviour to follow.
        other => rgb_luma(other.to_rgb8().as_raw(), 3, |v| v, precision),
    };
    // A caller-built buffer may be longer than its dimensions need; decoders' never are.
    data.truncate(width * height);
    Luma {
        width,
        height,
        data,
    }
}

fn grey_luma<T: Copy>(samples: &[T], channels: usize, to8: impl Fn(T) -> u8) -> Vec<f32> {
    samples
        .chunks_exact(channels)
        .map(|px| f32::from(to8(px[0])))
        .collect()
}

fn rgb_luma<T: Copy>(
    samples: &[T],
    channels: usize,
    to8: impl Fn(T) -> u8,
    precision: LumaPrecision,
) -> Vec<f32> {
    // Chosen outside the loop so each precision gets its own inlined, vectorisable loop.
    match precision {
        LumaPrecision::F64 => map_rgb(samples, channels, to8, luma_f64),
        #[cfg(test)]
        LumaPrecision::F32 => map_rgb(samples, channels, to8, luma_f32),
    }
}

fn map_rgb<T: Copy>(
    samples: &[T],
    channels: usize,
    to8: impl Fn(T) -> u8,
    luma: impl Fn(u8, u8, u8) -> f32,
) -> Vec<f32> {
    samples
        .chunks_exact(channels)
        .map(|px| luma(to8(px[0]), to8(px[1]), to8(px[2])))
        .collect()
}

// ================================================================ pipeline

/// Hashes a decoded image with the default ([`LumaPrecision::F64`], HMA's) luma.
pub(crate) fn hash_image(img: &DynamicImage) -> PdqOutput {
    hash_luma(luma_plane(img, LumaPrecision::default()))
}

/// Hashes a luma plane (consumed: the blur runs in place, as in the reference).
pub(crate) fn hash_luma(luma: Luma) -> PdqOutput {
    let Luma {
        width,
        height,
        mut data,
    } = luma;
    if width < MIN_HASHABLE_DIM || height < MIN_HASHABLE_DIM {
        return PdqOutput::UNHASHABLE;
    }

    // `pdqFloat256FromFloatLuma` takes an exactly 64×64 input as already downsampled (video
    // frames); the dihedral entry point blurs it anyway. HMA uses the former.
    let plain = (width == SIDE && height == SIDE).then(|| {
        let block = decimate(&data, height, width);
        (bits(&dct_64_to_16(&block)), quality(&block))
    });

    let mut scratch = vec![0.0_f32; data.len()];
    jarosz_filter(
        &mut data,
        &mut scratch,
        height,
        width,
        jarosz_window(width),
        jarosz_window(height),
    );
    let block = decimate(&data, height, width);
    let dct = dct_64_to_16(&block);
    let dihedral = Dihedral::ALL.map(|d| bits(&dihedral_dct(&dct, d)));
    let (hash, quality) = plain.unwrap_or((dihedral[0], quality(&block)));
    PdqOutput {
        hash,
        quality,
        dihedral,
    }
}

// ================================================================ Jarosz filter

/// Box window for one pass along a dimension of `len` samples
/// (`computeJaroszFilterWindowSize(len, 64)`): two passes of half a 64th each make a tent
/// spanning one output cell. The reference's `(len + 2·64 − 1) / (2·64)` is a ceiling division.
fn jarosz_window(len: usize) -> usize {
    len.div_ceil(2 * SIDE)
}

/// `jaroszFilterFloat`: rows from `buf1` into `buf2`, columns from `buf2` back into `buf1`,
/// twice. The result is in `buf1`.
fn jarosz_filter(
    buf1: &mut [f32],
    buf2: &mut [f32],
    rows: usize,
    cols: usize,
    window_along_rows: usize,
    window_along_cols: usize,
) {
    for _ in 0..JAROSZ_PASSES {
        box_along_rows(buf1, buf2, cols, window_along_rows);
        box_along_cols(buf2, buf1, rows, cols, window_along_cols);
    }
}

/// `box1DFloat`: a running-sum box filter that averages only the samples that exist at the
/// edges (no padding), centred for odd windows and one sample right for even ones. The
/// running sum is kept rather than recomputed because its rounding is part of the reference
/// output (even a window of 1 drifts by `+in[r] − in[l]`).
fn box_1d(input: &[f32], output: &mut [f32], len: usize, stride: usize, window: usize) {
    debug_assert!((1..=len).contains(&window));
    let half = (window + 2) / 2;
    let mut sum = 0.0_f32;
    let mut count = 0_u16;
    let (mut left, mut right, mut out) = (0, 0, 0);
    for _ in 0..half - 1 {
        sum += input[right];
        count += 1;
        right += stride;
    }
    for _ in 0..window - half + 1 {
        sum += input[right];
        count += 1;
        output[out] = sum / f32::from(count);
        right += stride;
        out += stride;
    }
    for _ in 0..len - window {
        sum += input[right];
        sum -= input[left];
        output[out] = sum / f32::from(count);
        left += stride;
        right += stride;
        out += stride;
    }
    for _ in 0..half - 1 {
        sum -= input[left];
        count -= 1;
        output[out] = sum / f32::from(count);
        left += stride;
        out += stride;
    }
}

/// `boxAlongRowsFloat`. A row's running sum is one long dependency chain, so rows are filtered
/// [`ROW_LANES`] at a time: the block is interleaved column-major (`[col][lane]`), filtered with
/// one independent sum per lane, and written back. Each row still sees exactly the operations
/// of `box1DFloat` in the same order; only the chains run side by side, and vectorise.
fn box_along_rows(input: &[f32], output: &mut [f32], cols: usize, window: usize) {
    let block = ROW_LANES * cols;
    let mut lanes_in = vec![[0.0_f32; ROW_LANES]; cols];
    let mut lanes_out = vec![[0.0_f32; ROW_LANES]; cols];
    let mut in_blocks = input.chunks_exact(block);
    let mut out_blocks = output.chunks_exact_mut(block);
    for (bi, bo) in (&mut in_blocks).zip(&mut out_blocks) {
        for (lane, row) in bi.chunks_exact(cols).enumerate() {
            for (slot, &v) in lanes_in.iter_mut().zip(row) {
                slot[lane] = v;
            }
        }
        box_lanes(&lanes_in, &mut lanes_out, window);
        for (lane, row) in bo.chunks_exact_mut(cols).enumerate() {
            for (v, slot) in row.iter_mut().zip(&lanes_out) {
                *v = slot[lane];
            }
        }
    }
    let rest = in_blocks.remainder().chunks_exact(cols);
    for (row_in, row_out) in rest.zip(out_blocks.into_remainder().chunks_exact_mut(cols)) {
        box_1d(row_in, row_out, cols, 1, window);
    }
}

/// Rows filtered together by [`box_along_rows`].
const ROW_LANES: usize = 8;

/// [`box_1d`] on `ROW_LANES` interleaved vectors at once.
fn box_lanes(input: &[[f32; ROW_LANES]], output: &mut [[f32; ROW_LANES]], window: usize) {
    let len = input.len();
    debug_assert!((1..=len).contains(&window));
    let half = (window + 2) / 2;
    let mut sums = [0.0_f32; ROW_LANES];
    let mut count = 0_u16;
    let (mut left, mut right, mut out) = (0, 0, 0);
    let emit = |out: &mut [f32; ROW_LANES], sums: &[f32; ROW_LANES], count: u16| {
        let c = f32::from(count);
        for (o, s) in out.iter_mut().zip(sums) {
            *o = s / c;
        }
    };
    for _ in 0..half - 1 {
        sums.iter_mut()
            .zip(&input[right])
            .for_each(|(s, v)| *s += v);
        count += 1;
        right += 1;
    }
    for _ in 0..window - half + 1 {
        sums.iter_mut()
            .zip(&input[right])
            .for_each(|(s, v)| *s += v);
        count += 1;
        emit(&mut output[out], &sums, count);
        right += 1;
        out += 1;
    }
    for _ in 0..len - window {
        for ((s, add), sub) in sums.iter_mut().zip(&input[right]).zip(&input[left]) {
            *s += add;
            *s -= sub;
        }
        emit(&mut output[out], &sums, count);
        left += 1;
        right += 1;
        out += 1;
    }
    for _ in 0..half - 1 {
        sums.iter_mut().zip(&input[left]).for_each(|(s, v)| *s -= v);
        count -= 1;
        emit(&mut output[out], &sums, count);
        left += 1;
        out += 1;
    }
}

/// `boxAlongColsFloat`, walking rows instead of columns: every column sees exactly the
/// additions, subtractions and divisions of `box1DFloat` with stride `cols`, in the same
/// order, but memory is read sequentially and the per-column work vectorises.
fn box_along_cols(input: &[f32], output: &mut [f32], rows: usize, cols: usize, window: usize) {
    debug_assert!((1..=rows).contains(&window));
    let half = (window + 2) / 2;
    let row = |i: usize| &input[i * cols..(i + 1) * cols];
    let mut sums = vec![0.0_f32; cols];
    let mut count = 0_u16;
    let (mut left, mut right, mut out) = (0, 0, 0);
    let mut emit = |out: usize, sums: &[f32], count: u16| {
        let c = f32::from(count);
        for (o, s) in output[out * cols..(out + 1) * cols].iter_mut().zip(sums) {
            *o = s / c;
        }
    };
    for _ in 0..half - 1 {
        sums.iter_mut().zip(row(right)).for_each(|(s, v)| *s += v);
        count += 1;
        right += 1;
    }
    for _ in 0..window - half + 1 {
        sums.iter_mut().zip(row(right)).for_each(|(s, v)| *s += v);
        count += 1;
        emit(out, &sums, count);
        right += 1;
        out += 1;
    }
    for _ in 0..rows - window {
        // Two separate roundings, add then subtract, as the reference does.
        for ((s, add), sub) in sums.iter_mut().zip(row(right)).zip(row(left)) {
            *s += add;
            *s -= sub;
        }
        emit(out, &sums, count);
        left += 1;
        right += 1;
        out += 1;
    }
    for _ in 0..half - 1 {
        sums.iter_mut().zip(row(left)).for_each(|(s, v)| *s -= v);
        count -= 1;
        emit(out, &sums, count);
        left += 1;
        out += 1;
    }
}

// ================================================================ decimation

/// `decimateFloat` to 64×64: sample the blurred image at the centre of each output cell,
/// index computed in f64 and truncated. Images under 64 px repeat samples.
fn decimate(buf: &[f32], rows: usize, cols: usize) -> Block64 {
    let centre = |out: usize, len: usize| ((out as f64 + 0.5) * len as f64 / SIDE as f64) as usize;
    let mut block = [[0.0_f32; SIDE]; SIDE];
    for (i, out_row) in block.iter_mut().enumerate() {
        let in_row = &buf[centre(i, rows) * cols..];
        for (j, v) in out_row.iter_mut().enumerate() {
            *v = in_row[centre(j, cols)];
        }
    }
    block
}

// ================================================================ quality

/// `pdqImageDomainQualityMetric`: counts significant gradients between neighbours of the
/// 64×64 block. Each difference is scaled in float and truncated toward zero only after the
/// division by 255; casting earlier changes the value.
fn quality(block: &Block64) -> u8 {
    let step = |u: f32, v: f32| (((u - v) * 100.0) / 255.0) as i32;
    let mut sum: i32 = 0;
    for (upper, lower) in block.iter().zip(&block[1..]) {
        for (&u, &v) in upper.iter().zip(lower) {
            sum += step(u, v).abs();
        }
    }
    for row in block {
        for j in 0..SIDE - 1 {
            sum += step(row[j], row[j + 1]).abs();
        }
    }
    // At most 100 by the min; the conversion cannot fail.
    u8::try_from((sum / 90).min(100)).unwrap_or(100)
}

// ================================================================ DCT

/// `dct_matrix_64`: rows 1..=16 of the 64-point DCT-II basis. The scale is an f32
/// (`const float matrix_scale_factor = std::sqrt(2.0 / 64)`) widened back to f64 for the
/// product with the f64 cosine; the product is narrowed to f32 when stored.
static DCT_MATRIX: LazyLock<[[f32; SIDE]; 16]> = LazyLock::new(|| {
    let scale = f64::from((2.0_f64 / SIDE as f64).sqrt() as f32);
    let mut d = [[0.0_f32; SIDE]; 16];
    for (i, row) in d.iter_mut().enumerate() {
        for (j, v) in row.iter_mut().enumerate() {
            let angle =
                (std::f64::consts::PI / 2.0 / SIDE as f64) * (i + 1) as f64 * (2 * j + 1) as f64;
            *v = (scale * angle.cos()) as f32;
        }
    }
    d
});

/// `dct64To16`: `B = (D·A)·Dᵀ`, each entry an f32 sum from 0 over k = 0..63 in order.
/// Row-by-row accumulation keeps that order per entry while letting the compiler vectorise
/// across j.
fn dct_64_to_16(a: &Block64) -> Block16 {
    let d = &*DCT_MATRIX;
    let mut t = [[0.0_f32; SIDE]; 16];
    for (t_row, d_row) in t.iter_mut().zip(d) {
        for (&dk, a_row) in d_row.iter().zip(a) {
            for (acc, &x) in t_row.iter_mut().zip(a_row) {
                *acc += dk * x;
            }
        }
    }
    let mut b = [[0.0_f32; 16]; 16];
    for (b_row, t_row) in b.iter_mut().zip(&t) {
        for (out, d_row) in b_row.iter_mut().zip(d) {
            let mut sum = 0.0_f32;
            for (&x, &dk) in t_row.iter().zip(d_row) {
                sum += x * dk;
            }
            *out = sum;
        }
    }
    b
}

// ================================================================ bits

/// The value Torben's algorithm (`torben.cpp`) returns for 256 values: the 128th smallest, the
/// lower median. No NaN can reach here (luma is finite and bounded).
fn median(b: &Block16) -> f32 {
    let mut values: [f32; 256] = std::array::from_fn(|k| b[k / 16][k % 16]);
    let (_, m, _) = values.select_nth_unstable_by(127, f32::total_cmp);
    *m
}

/// `pdqBuffer16x16ToBits`: bit `16·i + j` is set iff coefficient (i, j) is strictly above the
/// median, so ties with the median stay 0.
fn bits(b: &Block16) -> PdqHash {
    let m = median(b);
    let mut hash = PdqHash::ZERO;
    for (i, row) in b.iter().enumerate() {
        for (j, &v) in row.iter().enumerate() {
            if v > m {
                hash.set_bit(16 * i + j);
            }
        }
    }
    hash
}

/// `dct16OriginalTo*`: a dihedral transform of the image is a transpose and sign pattern of
/// its DCT (exactly so on the 64×64 grid), so the 8 hashes need no re-hashing.
fn dihedral_dct(a: &Block16, which: Dihedral) -> Block16 {
    let mut b = [[0.0_f32; 16]; 16];
    for i in 0..16 {
        for j in 0..16 {
            let v = a[i][j];
            let (odd_i, odd_j, odd_sum) = (i % 2 == 1, j % 2 == 1, (i + j) % 2 == 1);
            match which {
                Dihedral::Original => b[i][j] = v,
                Dihedral::Rotate90 => b[j][i] = if odd_j { v } else { -v },
                Dihedral::Rotate180 => b[i][j] = if odd_sum { -v } else { v },
                Dihedral::Rotate270 => b[j][i] = if odd_i { v } else { -v },
                Dihedral::FlipX => b[i][j] = if odd_i { v } else { -v },
                Dihedral::FlipY => b[i][j] = if odd_j { v } else { -v },
                Dihedral::FlipPlus1 => b[j][i] = v,
                Dihedral::FlipMinus1 => b[j][i] = if odd_sum { -v } else { v },
            }
        }
    }
    b
}

// ================================================================ tests

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random floats in 0..255 (xorshift), so tests need no crate.
    fn noise(n: usize, seed: u64) -> Vec<f32> {
        let mut x = seed | 1;
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % 25_500) as f32 / 100.0
            })
            .collect()
    }

    /// A smooth-plus-noise "photo" luma so the hash has quality 100.
    fn photo_luma(w: usize, h: usize, seed: u64) -> Vec<f32> {
        let n = noise(w * h, seed);
        (0..w * h)
            .map(|k| {
                let (x, y) = ((k % w) as f32, (k / w) as f32);
                let (fx, fy) = (
                    0.05 + 0.01 * (seed % 7) as f32,
                    0.03 + 0.013 * (seed % 5) as f32,
                );
                let wave = 100.0 * ((x * fx).sin() * (y * fy + seed as f32).cos());
                (128.0 + wave + (n[k] - 127.5) * 0.2).clamp(0.0, 255.0)
            })
            .collect()
    }

    // ---- luma

    #[test]
    fn luma_coefficients_match_reference() {
        assert_eq!(luma_f32(1, 0, 0), 0.299_f32);
        assert_eq!(luma_f32(0, 1, 0), 0.587_f32);
        assert_eq!(luma_f32(0, 0, 1), 0.114_f32);
        assert_eq!(luma_f64(1, 0, 0), 0.299_f32);
        // f32 arithmetic, left to right: (R·r + G·g) + B·b rounded at each step.
        let (r, g, b) = (0.299_f32, 0.587_f32, 0.114_f32);
        assert_eq!(luma_f32(200, 100, 50), r * 200.0 + g * 100.0 + b * 50.0);
        assert_eq!(
            luma_f64(200, 100, 50),
            (200.0 * 0.299_f64 + 100.0 * 0.587 + 50.0 * 0.114) as f32
        );
    }

    #[test]
    fn luma_precisions_differ_by_rounding_only() {
        let mut differ = 0;
        for v in 0..=255u8 {
            // f64 luma of a grey pixel is the grey value exactly, as `fillFloatLumaFromGrey`.
            assert_eq!(luma_f64(v, v, v), f32::from(v));
            let (a, b) = (luma_f64(v, 255 - v, v / 2), luma_f32(v, 255 - v, v / 2));
            assert!((a - b).abs() <= 2.0 * f32::EPSILON * 255.0);
            differ += usize::from(a != b);
        }
        assert!(differ > 0, "the two precisions should not be identical");
    }

    #[test]
    fn luma_plane_drops_alpha_and_takes_high_byte_of_16_bit() {
        let rgba = image::RgbaImage::from_raw(1, 1, vec![10, 20, 30, 0]).expect("1×1");
        let l = luma_plane(&DynamicImage::ImageRgba8(rgba), LumaPrecision::F64);
        assert_eq!(l.data(), &[luma_f64(10, 20, 30)]);

        let g16 = image::ImageBuffer::from_raw(2, 1, vec![0x80ff_u16, 0x00ff]).expect("2×1");
        let l = luma_plane(&DynamicImage::ImageLuma16(g16), LumaPrecision::F32);
        assert_eq!(l.data(), &[128.0, 0.0]);

        let la = image::GrayAlphaImage::from_raw(1, 1, vec![77, 3]).expect("1×1");
        let l = luma_plane(&DynamicImage::ImageLumaA8(la), LumaPrecision::F32);
        assert_eq!(l.data(), &[77.0]);
    }

    // ---- Jarosz filter

    #[test]
    fn jarosz_window_sizes() {
        for (len, w) in [
            (800, 7),
            (600, 5),
            (1600, 13),
            (1004, 8),
            (4032, 32),
            (3024, 24),
            (128, 1),
            (129, 2),
            (1, 1),
        ] {
            assert_eq!(jarosz_window(len), w, "len {len}");
        }
    }

    #[test]
    fn box_1d_matches_reference_tables() {
        // The worked examples in the comments of `downscaling.cpp` (window 7 and 8, input 0..15).
        let input: Vec<f32> = (0..16).map(|v| v as f32).collect();
        let mut out = vec![0.0; 16];
        box_1d(&input, &mut out, 16, 1, 7);
        let sums7 = [
            6, 10, 15, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 75, 65, 54,
        ];
        let counts7 = [4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 5, 4];
        for k in 0..16 {
            assert_eq!(out[k], sums7[k] as f32 / counts7[k] as f32, "w7 out[{k}]");
        }
        box_1d(&input, &mut out, 16, 1, 8);
        let sums8 = [
            10, 15, 21, 28, 36, 44, 52, 60, 68, 76, 84, 92, 84, 75, 65, 54,
        ];
        let counts8 = [5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5, 4];
        for k in 0..16 {
            assert_eq!(out[k], sums8[k] as f32 / counts8[k] as f32, "w8 out[{k}]");
        }
    }

    #[test]
    fn box_1d_window_1_keeps_running_sum_rounding() {
        let input = [100.1_f32, 7.3, 0.7];
        let mut out = [0.0_f32; 3];
        box_1d(&input, &mut out, 3, 1, 1);
        let mut sum = 100.1_f32;
        assert_eq!(out[0], sum);
        sum += 7.3;
        sum -= 100.1;
        assert_eq!(out[1], sum);
        assert_ne!(out[1], 7.3, "a copy would lose the reference's drift");
    }

    #[test]
    fn box_along_cols_is_bitwise_the_strided_reference() {
        for (rows, cols, window) in [
            (37, 11, 1),
            (37, 11, 4),
            (200, 3, 2),
            (129, 64, 7),
            (9, 9, 9),
        ] {
            let input = noise(rows * cols, (rows * 31 + window) as u64);
            let mut fast = vec![0.0; rows * cols];
            box_along_cols(&input, &mut fast, rows, cols, window);
            let mut slow = vec![0.0; rows * cols];
            for c in 0..cols {
                box_1d(&input[c..], &mut slow[c..], rows, cols, window);
            }
            assert_eq!(
                fast.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                slow.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                "{rows}×{cols} window {window}"
            );
        }
    }

    #[test]
    fn box_along_rows_is_bitwise_the_reference_per_row() {
        for (rows, cols, window) in [
            (37, 11, 1),
            (8, 300, 3),
            (17, 200, 2),
            (64, 129, 8),
            (3, 9, 9),
        ] {
            let input = noise(rows * cols, (cols * 17 + window) as u64);
            let mut fast = vec![0.0; rows * cols];
            box_along_rows(&input, &mut fast, cols, window);
            let mut slow = vec![0.0; rows * cols];
            for r in 0..rows {
                let span = r * cols..(r + 1) * cols;
                box_1d(&input[span.clone()], &mut slow[span], cols, 1, window);
            }
            assert_eq!(
                fast.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                slow.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                "{rows}×{cols} window {window}"
            );
        }
    }

    #[test]
    fn jarosz_filter_keeps_a_constant_image_and_spreads_an_impulse() {
        let (rows, cols) = (300, 500);
        let mut a = vec![42.0; rows * cols];
        let mut b = vec![0.0; rows * cols];
        jarosz_filter(
            &mut a,
            &mut b,
            rows,
            cols,
            jarosz_window(cols),
            jarosz_window(rows),
        );
        assert!(a.iter().all(|&v| v == 42.0));

        let mut a = vec![0.0; rows * cols];
        a[150 * cols + 250] = 1000.0;
        jarosz_filter(&mut a, &mut b, rows, cols, 4, 3);
        // Output o of a 4-wide box averages inputs o − 1 ..= o + 2, so an impulse at column
        // 250 reaches outputs 248..=251 after one pass and 246..=252 after two; a 3-wide box
        // is centred: rows 148..=152.
        let nonzero: Vec<(usize, usize)> = (0..rows * cols)
            .filter(|&k| a[k].abs() > 1e-3)
            .map(|k| (k / cols, k % cols))
            .collect();
        let (rmin, rmax) = (
            nonzero.iter().map(|p| p.0).min(),
            nonzero.iter().map(|p| p.0).max(),
        );
        let (cmin, cmax) = (
            nonzero.iter().map(|p| p.1).min(),
            nonzero.iter().map(|p| p.1).max(),
        );
        assert_eq!((rmin, rmax), (Some(148), Some(152)));
        assert_eq!((cmin, cmax), (Some(246), Some(252)));
    }

    // ---- decimation

    #[test]
    fn decimate_samples_cell_centres() {
        let (rows, cols) = (128, 5);
        let buf: Vec<f32> = (0..rows * cols).map(|k| k as f32).collect();
        let block = decimate(&buf, rows, cols);
        for (i, row) in block.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                // (i + 0.5)·128/64 = 2i + 1; (j + 0.5)·5/64 truncated.
                let (r, c) = (2 * i + 1, ((j as f64 + 0.5) * 5.0 / 64.0) as usize);
                assert_eq!(v, (r * cols + c) as f32);
            }
        }
        let ident: Vec<f32> = (0..SIDE * SIDE).map(|k| k as f32).collect();
        let block = decimate(&ident, SIDE, SIDE);
        assert_eq!(block[63][63], (SIDE * SIDE - 1) as f32);
        assert_eq!(block[1][0], SIDE as f32);
    }

    // ---- quality

    #[test]
    fn quality_truncates_after_scaling() {
        assert_eq!(quality(&[[7.0; SIDE]; SIDE]), 0);
        // Horizontal ramp of step 3: each |d| = trunc(300 / 255) = 1; 64·63 of them / 90 = 44.
        let mut ramp = [[0.0_f32; SIDE]; SIDE];
        for row in &mut ramp {
            for (j, v) in row.iter_mut().enumerate() {
                *v = 3.0 * j as f32;
            }
        }
        assert_eq!(quality(&ramp), 44);
        // Step 2.5: 250 / 255 truncates to 0 in every neighbour pair.
        for row in &mut ramp {
            for (j, v) in row.iter_mut().enumerate() {
                *v = 2.5 * j as f32;
            }
        }
        assert_eq!(quality(&ramp), 0);
        // Large gradients saturate at 100.
        let mut checker = [[0.0_f32; SIDE]; SIDE];
        for (i, row) in checker.iter_mut().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                *v = if (i + j) % 2 == 0 { 255.0 } else { 0.0 };
            }
        }
        assert_eq!(quality(&checker), 100);
    }

    // ---- DCT

    #[test]
    fn dct_matrix_values_and_orthonormal_rows() {
        let d = &*DCT_MATRIX;
        let scale = (2.0_f64 / 64.0).sqrt() as f32;
        assert_eq!(scale, 0.176_776_69_f32);
        assert_eq!(
            d[0][0],
            (f64::from(scale) * (std::f64::consts::PI / 128.0).cos()) as f32
        );
        for (i, row) in d.iter().enumerate() {
            let norm: f64 = row.iter().map(|&v| f64::from(v) * f64::from(v)).sum();
            assert!((norm - 1.0).abs() < 1e-5, "row {i}: {norm}");
        }
    }

    #[test]
    fn dct_matrix_is_bit_identical_to_the_x86_64_glibc_build() {
        // The table depends on the platform's f64 `cos`; a libm that differs by one ulp in the
        // wrong place would move a coefficient by one f32 ulp. This FNV-1a digest of the 1024
        // f32 bit patterns was taken on x86-64 Linux (glibc), where the conformance suite passes.
        let digest = DCT_MATRIX
            .iter()
            .flatten()
            .flat_map(|v| v.to_bits().to_le_bytes())
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
            });
        assert_eq!(
            digest, 0x4d9a_13ea_83b0_b0c5,
            "DCT table digest {digest:#018x}"
        );
    }

    #[test]
    fn dct_picks_out_one_basis_function_and_ignores_dc() {
        assert!(
            dct_64_to_16(&[[99.0; SIDE]; SIDE])
                .iter()
                .flatten()
                .all(|v| v.abs() < 1e-3)
        );
        let d = &*DCT_MATRIX;
        let mut a = [[0.0_f32; SIDE]; SIDE];
        for (k, row) in a.iter_mut().enumerate() {
            for (j, v) in row.iter_mut().enumerate() {
                *v = 50.0 * d[2][k] * d[5][j];
            }
        }
        let b = dct_64_to_16(&a);
        for (i, row) in b.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                let want = if (i, j) == (2, 5) { 50.0 } else { 0.0 };
                assert!((v - want).abs() < 1e-3, "({i},{j}) = {v}");
            }
        }
    }

    #[test]
    fn dct_accumulates_in_reference_order() {
        let a_flat = noise(SIDE * SIDE, 5);
        let mut a = [[0.0_f32; SIDE]; SIDE];
        for (k, v) in a_flat.iter().enumerate() {
            a[k / SIDE][k % SIDE] = *v;
        }
        let d = &*DCT_MATRIX;
        let b = dct_64_to_16(&a);
        // Literal transcription of the reference loops for entry (3, 7).
        let mut t3 = [0.0_f32; SIDE];
        for (j, t) in t3.iter_mut().enumerate() {
            let mut s = 0.0_f32;
            for k in 0..SIDE {
                s += d[3][k] * a[k][j];
            }
            *t = s;
        }
        let mut s = 0.0_f32;
        for k in 0..SIDE {
            s += t3[k] * d[7][k];
        }
        assert_eq!(b[3][7].to_bits(), s.to_bits());
    }

    // ---- median and bits

    #[test]
    fn median_is_the_lower_median() {
        let mut b = [[0.0_f32; 16]; 16];
        for k in 0..256 {
            b[k / 16][k % 16] = ((k * 97) % 256) as f32;
        }
        assert_eq!(median(&b), 127.0);
        let mut dup = [[1.0_f32; 16]; 16];
        dup[0][0] = 5.0;
        assert_eq!(median(&dup), 1.0);
    }

    #[test]
    fn bits_are_strictly_above_median_in_reference_order() {
        let mut b = [[0.0_f32; 16]; 16];
        for k in 0..256 {
            b[k / 16][k % 16] = k as f32;
        }
        let h = bits(&b);
        assert_eq!(h.count_ones(), 128);
        assert!(h.bit(255) && h.bit(128) && !h.bit(127) && !h.bit(0));
        assert_eq!(
            h.to_string(),
            format!("{}{}", "f".repeat(32), "0".repeat(32))
        );
        assert_eq!(bits(&[[3.0; 16]; 16]), PdqHash::ZERO, "ties stay 0");
    }

    #[test]
    fn hex_and_byte_layout_follow_hash256() {
        let mut h = PdqHash::ZERO;
        h.set_bit(0);
        assert_eq!(h.to_string(), format!("{}1", "0".repeat(63)));
        h.set_bit(255);
        assert_eq!(h.to_string(), format!("8{}1", "0".repeat(62)));
        let bytes = h.to_bytes();
        assert_eq!((bytes[0], bytes[31]), (0x80, 0x01));
        assert_eq!(PdqHash::from_bytes(bytes), h);
        // Word w[1] of the reference holds bits 16..31: bit 17 is hex digit 59 (from 0) = 2.
        let mut h = PdqHash::ZERO;
        h.set_bit(17);
        assert_eq!(h.to_string().find('2'), Some(59));
    }

    #[test]
    fn parse_round_trips_and_rejects_bad_input() {
        let s = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        let h: PdqHash = s.parse().expect("valid");
        assert_eq!(h.to_string(), s);
        assert_eq!(s.to_uppercase().parse::<PdqHash>(), Ok(h));
        assert_eq!(h.count_ones(), 128);
        assert_eq!(
            "abc".parse::<PdqHash>(),
            Err(ParseHashError::WrongLength(3))
        );
        let bad = format!("{}g", &s[..63]);
        assert_eq!(bad.parse::<PdqHash>(), Err(ParseHashError::NotHex(64)));
        let multibyte = format!("{}é", &s[..62]);
        assert!(multibyte.parse::<PdqHash>().is_err());
    }

    #[test]
    fn distance_counts_differing_bits() {
        let a: PdqHash = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
            .parse()
            .expect("valid");
        let b: PdqHash = "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af"
            .parse()
            .expect("valid");
        // PDQHasherTest.java: bridge-1 vs bridge-2-rotate-90 = 120.
        assert_eq!(a.distance(&b), 120);
        assert_eq!(a.distance(&a), 0);
        assert_eq!(PdqHash::ZERO.distance(&PdqHash([u64::MAX; 4])), 256);
    }

    // ---- dihedral

    /// Physically transforms a square luma plane; the geometric meaning of each slot (§2.9).
    fn transform(src: &[f32], n: usize, which: Dihedral) -> Vec<f32> {
        let mut out = vec![0.0; n * n];
        for y in 0..n {
            for x in 0..n {
                let (sy, sx) = match which {
                    Dihedral::Original => (y, x),
                    Dihedral::Rotate90 => (x, n - 1 - y),
                    Dihedral::Rotate180 => (n - 1 - y, n - 1 - x),
                    Dihedral::Rotate270 => (n - 1 - x, y),
                    Dihedral::FlipX => (n - 1 - y, x),
                    Dihedral::FlipY => (y, n - 1 - x),
                    Dihedral::FlipPlus1 => (x, y),
                    Dihedral::FlipMinus1 => (n - 1 - x, n - 1 - y),
                };
                out[y * n + x] = src[sy * n + sx];
            }
        }
        out
    }

    #[test]
    fn dihedral_slots_are_the_transformed_images_hashes() {
        // On an exactly 64×64 input the plain path neither blurs nor resamples, so hashing the
        // transformed image equals the slot up to DCT rounding near the median.
        let src = photo_luma(SIDE, SIDE, 11);
        let out = hash_luma(Luma::new(SIDE, SIDE, src.clone()).expect("64×64"));
        assert!(out.quality >= QUALITY_THRESHOLD);
        let block = decimate(&src, SIDE, SIDE);
        let dct = dct_64_to_16(&block);
        for which in Dihedral::ALL {
            let moved = transform(&src, SIDE, which);
            let direct = bits(&dct_64_to_16(&decimate(&moved, SIDE, SIDE)));
            let slot = bits(&dihedral_dct(&dct, which));
            assert!(
                direct.distance(&slot) <= 2,
                "{which:?}: {}",
                direct.distance(&slot)
            );
        }
    }

    #[test]
    fn dihedral_rotate90_is_its_own_inverse_composition() {
        let dct = dct_64_to_16(&decimate(&photo_luma(SIDE, SIDE, 3), SIDE, SIDE));
        let r90 = dihedral_dct(&dct, Dihedral::Rotate90);
        let r180 = dihedral_dct(&r90, Dihedral::Rotate90);
        assert_eq!(r180, dihedral_dct(&dct, Dihedral::Rotate180));
        let r360 = dihedral_dct(&dihedral_dct(&r180, Dihedral::Rotate90), Dihedral::Rotate90);
        assert_eq!(r360, dct);
    }

    // ---- whole pipeline

    #[test]
    fn tiny_images_hash_to_zero() {
        for (w, h) in [(4, 4), (4, 100), (100, 4), (1, 1), (0, 0)] {
            let out = hash_luma(Luma::new(w, h, vec![9.0; w * h]).expect("sized"));
            assert_eq!(out, PdqOutput::UNHASHABLE, "{w}×{h}");
            assert!(!out.is_matchable());
        }
        let out = hash_luma(Luma::new(5, 5, photo_luma(5, 5, 1)).expect("5×5"));
        assert_ne!(out.hash, PdqHash::ZERO);
    }

    #[test]
    fn hashes_have_128_ones_and_dihedral_zero_is_the_hash() {
        let out = hash_luma(Luma::new(300, 200, photo_luma(300, 200, 2)).expect("sized"));
        assert_eq!(out.hash, out.dihedral[0]);
        assert_eq!(out.quality, 100);
        for h in out.dihedral {
            assert_eq!(h.count_ones(), 128);
        }
    }

    #[test]
    fn matching_finds_rotated_copies_only() {
        let q = hash_luma(Luma::new(300, 200, photo_luma(300, 200, 2)).expect("sized"));
        let other = hash_luma(Luma::new(300, 200, photo_luma(300, 200, 9)).expect("sized"));
        let stored = [other.hash, q.dihedral[3], other.dihedral[1]];
        let found: Vec<Match> = find_matches(&q.dihedral, &stored, MATCH_THRESHOLD).collect();
        assert_eq!(
            found,
            [Match {
                index: 1,
                distance: 0,
                variant: Dihedral::Rotate270
            }]
        );
    }

    #[test]
    fn matching_counts_every_bit_when_the_first_half_holds_all_differences() {
        let q = hash_luma(Luma::new(300, 200, photo_luma(300, 200, 2)).expect("sized"));
        let low = |n: u32| {
            if n == 0 {
                0
            } else {
                u64::MAX >> (64 - n.min(64))
            }
        };
        let flipped = |bits: u32| {
            let mut h = q.dihedral[0];
            // All differences in the first 128 bits, the half that is checked first.
            h.0[0] ^= low(bits.min(64));
            h.0[1] ^= low(bits.saturating_sub(64));
            h
        };
        for bits in [0, 31, 32, 70] {
            assert_eq!(flipped(bits).distance(&q.dihedral[0]), bits);
        }
        let stored = [flipped(31), flipped(32), flipped(70)];
        let found: Vec<u32> = find_matches(&q.dihedral, &stored, 31)
            .map(|m| m.distance)
            .collect();
        assert_eq!(found, [31]);
        let found: Vec<usize> = find_matches(&q.dihedral, &stored, 70)
            .map(|m| m.index)
            .collect();
        assert_eq!(found, [0, 1, 2]);
    }

    // ---- decoding

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
