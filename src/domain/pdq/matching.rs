//! Matching: the distance from a query's 8 dihedral variants to a stored hash, and the search
//! for the stored hashes within a threshold.

use super::{Dihedral, PdqHash};

/// Meta's suggested match threshold: distance ≤ 31 (`pdq/README.md`,
/// python-threatexchange `PDQ_CONFIDENT_MATCH_THRESHOLD`).
pub(crate) const MATCH_THRESHOLD: u32 = 31;

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
fn dihedral_distance(query: &[PdqHash; 8], stored: &PdqHash) -> (u32, Dihedral) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdq::synthetic::photo_luma;
    use crate::domain::pdq::{Luma, hash_luma};

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
}
