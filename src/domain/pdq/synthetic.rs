//! Deterministic synthetic luma for the stages' tests: no image files, no random crate.

/// Deterministic pseudo-random floats in 0..255 (xorshift), so tests need no crate.
pub(super) fn noise(n: usize, seed: u64) -> Vec<f32> {
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
pub(super) fn photo_luma(w: usize, h: usize, seed: u64) -> Vec<f32> {
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
