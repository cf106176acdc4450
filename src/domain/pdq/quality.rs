//! The quality metric (`pdqImageDomainQualityMetric`): how much gradient the 64×64 block holds.

use super::{Block64, SIDE};

/// `pdqImageDomainQualityMetric`: counts significant gradients between neighbours of the
/// 64×64 block. Each difference is scaled in float and truncated toward zero only after the
/// division by 255; casting earlier changes the value.
pub(super) fn quality(block: &Block64) -> u8 {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
