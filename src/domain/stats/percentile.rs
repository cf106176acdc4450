//! Percentiles by linear interpolation between closest ranks (Hyndman and Fan's type 7, the
//! default of R, NumPy and spreadsheets): the same values as Python's
//! `statistics.quantiles(data, n=100, method='inclusive')`, so anyone can check a published
//! figure with tools they already have.

/// The `p`-th percentile (0 to 100) of `sorted`, which must be in ascending order; `None` when
/// it is empty.
pub(crate) fn percentile(sorted: &[u32], p: u32) -> Option<f64> {
    debug_assert!(sorted.is_sorted(), "percentiles read sorted data");
    let (&first, rest) = sorted.split_first()?;
    if rest.is_empty() {
        return Some(f64::from(first));
    }
    let n = sorted.len() as u64;
    // Python's formula, in integers so no rounding creeps in: j = i·m div 100, delta = i·m mod 100.
    let m = u64::from(p) * (n - 1);
    let j = usize::try_from(m / 100).expect("below the length");
    let delta = (m % 100) as f64;
    let low = f64::from(sorted[j]);
    let high = sorted.get(j + 1).map_or(low, |&v| f64::from(v));
    Some((low * (100.0 - delta) + high * delta) / 100.0)
}

#[cfg(test)]
mod tests {
    use super::percentile;

    #[test]
    fn interpolates_between_closest_ranks() {
        // statistics.quantiles([1, 2, 3, 4], n=100, method='inclusive')[[24, 49, 74, 89]]
        let data = [1, 2, 3, 4];
        assert_eq!(percentile(&data, 25), Some(1.75));
        assert_eq!(percentile(&data, 50), Some(2.5));
        assert_eq!(percentile(&data, 75), Some(3.25));
        assert_eq!(percentile(&data, 90), Some(3.7));
        assert_eq!(percentile(&[7], 90), Some(7.0));
        assert_eq!(percentile(&[], 50), None);
        assert_eq!(percentile(&[0, 10], 0), Some(0.0));
        assert_eq!(percentile(&[0, 10], 100), Some(10.0));
    }
}
