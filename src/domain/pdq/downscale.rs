//! Downscaling to 64×64 (`downscaling.cpp`): the Jarosz filter (two box passes per axis make
//! a tent), then a sample from the centre of each output cell.

use super::{Block64, SIDE};

/// `PDQ_NUM_JAROSZ_XY_PASSES`: two box passes per axis approximate a tent filter.
const JAROSZ_PASSES: usize = 2;

/// Box window for one pass along a dimension of `len` samples
/// (`computeJaroszFilterWindowSize(len, 64)`): two passes of half a 64th each make a tent
/// spanning one output cell. The reference's `(len + 2·64 − 1) / (2·64)` is a ceiling division.
pub(super) fn jarosz_window(len: usize) -> usize {
    len.div_ceil(2 * SIDE)
}

/// `jaroszFilterFloat`: rows from `buf1` into `buf2`, columns from `buf2` back into `buf1`,
/// twice. The result is in `buf1`.
pub(super) fn jarosz_filter(
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

/// `decimateFloat` to 64×64: sample the blurred image at the centre of each output cell,
/// index computed in f64 and truncated. Images under 64 px repeat samples.
pub(super) fn decimate(buf: &[f32], rows: usize, cols: usize) -> Block64 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdq::synthetic::noise;

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
}
