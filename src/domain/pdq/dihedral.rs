//! The 8 dihedral variants (rotations and mirrors), each derived from the original's DCT.

use super::Block16;
use crate::domain::string_enum;

string_enum! {
    /// The 8 dihedral variants, in the reference's output order
    /// (`pdqDihedralHash256esFromFloatLuma`, `pdqhash.compute_dihedral`), named as in
    /// `hash --match --json`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub(crate) enum Dihedral {
        Original = "original",
        /// Rotated 90° counter-clockwise.
        Rotate90 = "rotate90",
        Rotate180 = "rotate180",
        /// Rotated 90° clockwise.
        Rotate270 = "rotate270",
        /// Upside down.
        FlipX = "flip_x",
        /// Left-right mirror.
        FlipY = "flip_y",
        /// Transposed (main diagonal).
        FlipPlus1 = "flip_plus1",
        /// Anti-transposed.
        FlipMinus1 = "flip_minus1",
    }
}

/// `dct16OriginalTo*`: a dihedral transform of the image is a transpose and sign pattern of
/// its DCT (exactly so on the 64×64 grid), so the 8 hashes need no re-hashing.
pub(super) fn dihedral_dct(a: &Block16, which: Dihedral) -> Block16 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdq::bits::bits;
    use crate::domain::pdq::dct::dct_64_to_16;
    use crate::domain::pdq::downscale::decimate;
    use crate::domain::pdq::synthetic::photo_luma;
    use crate::domain::pdq::{Luma, QUALITY_THRESHOLD, SIDE, hash_luma};

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
}
