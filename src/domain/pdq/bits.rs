//! From the 16×16 DCT to 256 bits (`pdqBuffer16x16ToBits`): each coefficient against the median.

use super::{Block16, PdqHash};

/// The value Torben's algorithm (`torben.cpp`) returns for 256 values: the 128th smallest, the
/// lower median. No NaN can reach here (luma is finite and bounded).
fn median(b: &Block16) -> f32 {
    let mut values: [f32; 256] = std::array::from_fn(|k| b[k / 16][k % 16]);
    let (_, m, _) = values.select_nth_unstable_by(127, f32::total_cmp);
    *m
}

/// `pdqBuffer16x16ToBits`: bit `16·i + j` is set iff coefficient (i, j) is strictly above the
/// median, so ties with the median stay 0.
pub(super) fn bits(b: &Block16) -> PdqHash {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
