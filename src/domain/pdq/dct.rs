//! The DCT (`dct64To16`): from the 64×64 block to its 16×16 lowest non-constant frequencies.

use std::sync::LazyLock;

use super::{Block16, Block64, SIDE};

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
pub(super) fn dct_64_to_16(a: &Block64) -> Block16 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdq::synthetic::noise;

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
}
