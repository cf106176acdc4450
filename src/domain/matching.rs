//! Near-duplicate matching: a picture's PDQ hashes (all 8 dihedral variants, so mirrored and
//! rotated copies match) against the hashes the store knows, each with the case and the link,
//! evidence item or hash record it belongs to. A match is a lead that a person confirms by
//! looking, never a verdict. Pure: hashes in, matches out.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

use super::ids::{CaseId, EvidenceId, LinkId};
use super::pdq::{self, Dihedral, PdqHash, PdqOutput};
use super::recheck::{Outcome, Seen};

/// The largest threshold accepted: beyond half of 256 bits, unrelated pictures match.
pub(crate) const MAX_THRESHOLD: u32 = 128;

/// `matching:` in `config.yaml`.
#[derive(Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct MatchConfig {
    /// Largest Hamming distance that counts as a match (Meta recommends 31).
    #[serde(deserialize_with = "threshold")]
    pub(crate) threshold: u32,
}

impl Default for MatchConfig {
    fn default() -> MatchConfig {
        MatchConfig {
            threshold: pdq::MATCH_THRESHOLD,
        }
    }
}

fn threshold<'de, D: Deserializer<'de>>(de: D) -> Result<u32, D::Error> {
    let n = u32::deserialize(de)?;
    if n > MAX_THRESHOLD {
        return Err(serde::de::Error::custom(format!(
            "a threshold of {n} bits would match unrelated pictures; give 0 to {MAX_THRESHOLD} \
             (Meta recommends 31)"
        )));
    }
    Ok(n)
}

/// What a stored hash belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "source", content = "id", rename_all = "snake_case")]
pub(crate) enum Source {
    /// The picture a link showed when it was last seen live.
    Link(LinkId),
    Evidence(EvidenceId),
    /// A hash a victim gave (`evidence add-hash`), named by its SHA-256.
    HashRecord(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Link(id) => write!(f, "link `{id}`"),
            Source::Evidence(id) => write!(f, "evidence `{id}`"),
            Source::HashRecord(sha256) => {
                write!(f, "hash record `{}…`", sha256.get(..12).unwrap_or(sha256))
            }
        }
    }
}

impl Source {
    /// The owner's id, as stored with an observation that matched it.
    pub(crate) fn id(&self) -> String {
        match self {
            Source::Link(id) => id.to_string(),
            Source::Evidence(id) => id.to_string(),
            Source::HashRecord(sha256) => sha256.clone(),
        }
    }
}

/// A stored hash's owner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Known {
    pub(crate) case: CaseId,
    #[serde(flatten)]
    pub(crate) source: Source,
}

/// Stored hashes, ready to match. Hashes below Meta's quality threshold are left out when the
/// index is built: they are too weak to match on (`hash` still shows them).
#[derive(Debug, Default)]
pub(crate) struct Index {
    hashes: Vec<PdqHash>,
    known: Vec<Known>,
}

/// One stored hash close enough to a query.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found<'a> {
    pub(crate) distance: u32,
    /// The query's variant that came closest: not `Original` means a mirrored or rotated copy.
    pub(crate) variant: Dihedral,
    pub(crate) known: &'a Known,
}

impl Index {
    pub(crate) fn new(entries: impl IntoIterator<Item = (PdqHash, u8, Known)>) -> Index {
        let mut index = Index::default();
        for (hash, quality, known) in entries {
            if quality >= pdq::QUALITY_THRESHOLD {
                index.hashes.push(hash);
                index.known.push(known);
            }
        }
        index
    }

    pub(crate) fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Every stored hash within `threshold` of any of the query's variants, closest first. A
    /// query below the quality threshold matches nothing.
    pub(crate) fn matches(&self, query: &PdqOutput, threshold: u32) -> Vec<Found<'_>> {
        if !query.is_matchable() {
            return Vec::new();
        }
        let mut found: Vec<Found<'_>> = pdq::find_matches(&query.dihedral, &self.hashes, threshold)
            .map(|m| Found {
                distance: m.distance,
                variant: m.variant,
                known: &self.known[m.index],
            })
            .collect();
        found.sort_by_key(|f| f.distance);
        found
    }
}

/// Re-check resurfacing by picture: a live link showing a picture it did not show before, within
/// `threshold` of one in `index` (pictures of removed links, hash records), is resurfaced
/// content. The closest such hash is returned and the outcome marked; the link's own earlier
/// picture is left out, since its own return is `resurfaced` already.
pub(crate) fn resurfaced_image<'a>(
    outcome: &mut Outcome,
    link: &LinkId,
    image: Option<&PdqOutput>,
    shown_before: Option<&PdqHash>,
    index: &'a Index,
    threshold: u32,
) -> Option<Found<'a>> {
    if outcome.resurfaced || outcome.seen != Seen::Live {
        return None;
    }
    let image = image?;
    if shown_before.is_some_and(|before| before.distance(&image.hash) <= threshold) {
        return None;
    }
    let found = index
        .matches(image, threshold)
        .into_iter()
        .find(|f| f.known.source != Source::Link(link.clone()))?;
    outcome.resurfaced_content = true;
    Some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pdq::{Luma, hash_luma};
    use crate::domain::recheck::{Standing, observe};
    use std::collections::HashSet;

    /// A photo-like luma plane: smooth waves plus per-seed detail.
    fn photo(seed: u32) -> PdqOutput {
        let (w, h) = (120usize, 90usize);
        let data = (0..w * h)
            .map(|i| {
                let (x, y) = ((i % w) as f32, (i / w) as f32);
                let s = seed as f32;
                128.0
                    + 60.0 * (x / (7.0 + s)).sin() * (y / (5.0 + s / 2.0)).cos()
                    + 40.0 * ((x + y * s) / 13.0).sin()
            })
            .collect();
        hash_luma(Luma::new(w, h, data).expect("sized"))
    }

    fn link(n: u8) -> LinkId {
        format!("L-{n}{n}{n}{n}{n}").parse().expect("a link id")
    }

    fn known(n: u8) -> Known {
        Known {
            case: "C-7KQ2".parse().expect("a case id"),
            source: Source::Link(link(n)),
        }
    }

    #[test]
    fn mirrored_copies_match_weak_hashes_never_do() {
        let a = photo(1);
        let b = photo(5);
        assert!(a.is_matchable() && b.is_matchable());
        let index = Index::new([
            (a.dihedral[5], a.quality, known(1)),
            (b.hash, b.quality, known(2)),
            (a.hash, 10, known(3)),
        ]);
        assert_eq!(index.len(), 2, "the quality-10 hash is left out");
        let found = index.matches(&a, pdq::MATCH_THRESHOLD);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].distance, 0);
        assert_eq!(found[0].variant, Dihedral::FlipY);
        assert_eq!(found[0].known, &known(1));
        let weak = PdqOutput { quality: 49, ..a };
        assert!(index.matches(&weak, pdq::MATCH_THRESHOLD).is_empty());
    }

    fn live(before: &Standing) -> Outcome {
        let t = jiff::Timestamp::from_second(1_700_000_000).expect("a time");
        observe(before, Seen::Live, Some("x"), &HashSet::new(), t)
    }

    #[test]
    fn a_new_live_picture_close_to_a_removed_one_is_resurfaced_content_once() {
        let a = photo(1);
        let index = Index::new([(a.hash, a.quality, known(1))]);
        let t = pdq::MATCH_THRESHOLD;

        let mut first = live(&Standing::default());
        let found = resurfaced_image(&mut first, &link(2), Some(&a), None, &index, t);
        assert_eq!(found.map(|f| f.distance), Some(0));
        assert!(first.resurfaced_content && first.needs_attention());

        let mut again = live(&first.standing);
        assert_eq!(
            resurfaced_image(&mut again, &link(2), Some(&a), Some(&a.hash), &index, t),
            None,
            "the same picture as last time is not news"
        );
        assert!(!again.resurfaced_content);

        let mut own = live(&Standing::default());
        assert_eq!(
            resurfaced_image(&mut own, &link(1), Some(&a), None, &index, t),
            None,
            "a link's own picture is its own resurfacing, judged elsewhere"
        );
        let mut other = live(&Standing::default());
        assert_eq!(
            resurfaced_image(&mut other, &link(2), Some(&photo(5)), None, &index, t),
            None
        );
        assert!(!other.needs_attention());
    }

    #[test]
    fn a_threshold_beyond_128_bits_is_refused() {
        let ok: MatchConfig = serde_json::from_str(r#"{"threshold": 40}"#).expect("valid");
        assert_eq!(ok.threshold, 40);
        let err = serde_json::from_str::<MatchConfig>(r#"{"threshold": 200}"#).unwrap_err();
        assert!(err.to_string().contains("give 0 to 128"), "{err}");
        assert_eq!(MatchConfig::default().threshold, 31);
    }

    /// Stored hashes that look like real ones: random 256-bit values (xorshift, seeded).
    fn random_hashes(n: usize, seed: u64) -> Vec<PdqHash> {
        let mut x = seed | 1;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        (0..n)
            .map(|_| {
                let hex: String = (0..4).map(|_| format!("{:016x}", next())).collect();
                hex.parse().expect("64 hex digits")
            })
            .collect()
    }

    /// One picture's 8 dihedral hashes against many stored hashes, three of them near copies:
    /// all three are found and nothing random is. In CI it runs over 20,000 hashes;
    /// `benches/pdq_match.sh` runs it over 1,000,000 in a release build and prints the timings
    /// (issue 8's speed figure, one thread).
    #[test]
    fn one_picture_finds_its_near_copies_among_many_stored_hashes() {
        let n: usize = std::env::var("TAKEDOWN_BENCH_HASHES")
            .map_or(Some(20_000), |s| s.parse().ok())
            .expect("TAKEDOWN_BENCH_HASHES is a whole number");
        let query = photo(1);
        let mut entries: Vec<(PdqHash, u8, Known)> = random_hashes(n, 42)
            .into_iter()
            .map(|h| (h, 100, known(2)))
            .collect();
        // Near copies of three variants (a few bits off), so the search has something to find.
        for (slot, variant) in [(10, 0), (n / 2, 3), (n - 1, 5)] {
            let flipped = format!("{:x}", u64::from(variant as u8) + 7);
            let mut hex = query.dihedral[variant].to_string();
            hex.replace_range(..flipped.len(), &flipped);
            entries[slot] = (hex.parse().expect("hex"), 100, known(1));
        }
        let index = Index::new(entries);
        let mut times = Vec::new();
        let mut found = 0;
        for _ in 0..21 {
            let start = std::time::Instant::now();
            found = index.matches(&query, pdq::MATCH_THRESHOLD).len();
            times.push(start.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(f64::total_cmp);
        eprintln!(
            "PDQ match, 8 dihedral variants against {n} stored hashes: median {:.1} ms, best {:.1} ms, worst {:.1} ms ({found} matches)",
            times[times.len() / 2],
            times[0],
            times[times.len() - 1]
        );
        assert_eq!(
            found, 3,
            "the three planted near copies, and nothing random"
        );
    }
}
