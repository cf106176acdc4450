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
//!
//! One file per stage, in pipeline order: `decode` (bytes to pixels, with the bomb and
//! truncation guards), `luma` (pixels to the reference's float luma), `downscale` (Jarosz blur,
//! then decimation to 64×64), `quality`, `dct` (64×64 to 16×16), `bits` (the median threshold)
//! and `dihedral` (the 8 orientations from one DCT); `hash` is the 256-bit value and its hex
//! form, `matching` the search by distance. This file chains the stages.

mod bits;
mod dct;
mod decode;
mod dihedral;
mod downscale;
mod hash;
mod luma;
mod matching;
mod quality;
#[cfg(test)]
mod synthetic;

use image::DynamicImage;

use bits::bits;
use dct::dct_64_to_16;
use dihedral::dihedral_dct;
use downscale::{decimate, jarosz_filter, jarosz_window};
use luma::{LumaPrecision, luma_plane};
use quality::quality;

pub(crate) use decode::{DEFAULT_MAX_PIXELS, decode};
pub(crate) use dihedral::Dihedral;
pub(crate) use hash::PdqHash;
pub(crate) use luma::Luma;
pub(crate) use matching::{MATCH_THRESHOLD, find_matches};

/// Hashes of lower quality are noise and must not be offered for matching
/// (python-threatexchange `PdqSignal.QUALITY_THRESHOLD`).
pub(crate) const QUALITY_THRESHOLD: u8 = 50;

/// `MIN_HASHABLE_DIM` in `pdqhashing.cpp`: smaller images get the all-zero hash, quality 0.
const MIN_HASHABLE_DIM: usize = 5;

/// Side of the decimated image the DCT runs on.
const SIDE: usize = 64;

type Block64 = [[f32; SIDE]; SIDE];
type Block16 = [[f32; 16]; 16];

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

/// PDQ and quality of an image given as its file's bytes, decoded within
/// [`DEFAULT_MAX_PIXELS`]; `None` when the bytes do not decode as one. What evidence records.
pub(crate) fn hash_bytes(bytes: &[u8]) -> Option<(String, u8)> {
    decode(bytes, DEFAULT_MAX_PIXELS)
        .ok()
        .map(|img| hash_image(&img))
        .map(|p| (p.hash.to_string(), p.quality))
}

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

#[cfg(test)]
mod tests {
    use super::synthetic::photo_luma;
    use super::*;

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
}
