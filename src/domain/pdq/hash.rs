//! The hash value: 256 bits in the layout of the reference's `Hash256`, their hex form and
//! their Hamming distance.

use std::fmt;
use std::str::FromStr;

/// A 256-bit PDQ hash.
///
/// Stored as four big-endian words so that distance is four XOR-popcounts; bit `k` of the
/// reference's `Hash256` (`w[k >> 4] & (1 << (k & 15))`) is bit `k % 64` of `words[3 - k / 64]`.
/// Displayed as the reference's 64 lower-case hex characters (`Hash256::format`, `"%04hx"` of
/// `w[15]` down to `w[0]`), i.e. the 256-bit number printed big-endian. The words are open to
/// the other stages because matching rules most stored hashes out on two of them.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub(crate) struct PdqHash(pub(super) [u64; 4]);

impl PdqHash {
    /// The hash of an image too small or too flat to hash; also the reference's `clear()`.
    pub(crate) const ZERO: PdqHash = PdqHash([0; 4]);

    #[cfg(test)]
    /// From 32 bytes in display order (`bytes[0]` holds bits 255..248).
    pub(crate) fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(std::array::from_fn(|w| {
            let mut word = [0u8; 8];
            word.copy_from_slice(&bytes[w * 8..w * 8 + 8]);
            u64::from_be_bytes(word)
        }))
    }

    #[cfg(test)]
    /// 32 bytes in display order (`bytes[31 - k / 8]` holds bit `k`).
    pub(crate) fn to_bytes(self) -> [u8; 32] {
        let mut out = [0u8; 32];
        for (chunk, word) in out.chunks_exact_mut(8).zip(self.0) {
            chunk.copy_from_slice(&word.to_be_bytes());
        }
        out
    }

    #[cfg(test)]
    /// Bit `k` (0..256) in the reference's numbering: bit `16·i + j` is DCT coefficient (i, j).
    pub(crate) fn bit(&self, k: usize) -> bool {
        self.0[3 - k / 64] >> (k % 64) & 1 == 1
    }

    pub(super) fn set_bit(&mut self, k: usize) {
        self.0[3 - k / 64] |= 1 << (k % 64);
    }

    /// Hamming distance (0..=256); `hammingDistance` in `pdqhashtypes.cpp`.
    pub(crate) fn distance(&self, other: &PdqHash) -> u32 {
        (self.0[0] ^ other.0[0]).count_ones()
            + (self.0[1] ^ other.0[1]).count_ones()
            + (self.0[2] ^ other.0[2]).count_ones()
            + (self.0[3] ^ other.0[3]).count_ones()
    }

    #[cfg(test)]
    /// Number of one-bits; a hash of a hashable image has exactly 128 (§2.7).
    pub(crate) fn count_ones(&self) -> u32 {
        self.0.iter().map(|w| w.count_ones()).sum()
    }
}

impl fmt::Display for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for word in self.0 {
            write!(f, "{word:016x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for PdqHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PdqHash({self})")
    }
}

/// Why a string is not a PDQ hash.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ParseHashError {
    #[error("a PDQ hash has 64 hex digits, not {0}")]
    WrongLength(usize),
    #[error("character {0} of the PDQ hash is not a hex digit")]
    NotHex(usize),
}

impl FromStr for PdqHash {
    type Err = ParseHashError;

    /// Accepts upper case as well, as the reference's `sscanf("%04hx")` does; prints lower case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 64 {
            return Err(ParseHashError::WrongLength(s.chars().count()));
        }
        let mut words = [0u64; 4];
        for (pos, byte) in s.bytes().enumerate() {
            let nibble = char::from(byte)
                .to_digit(16)
                .ok_or(ParseHashError::NotHex(pos + 1))?;
            words[pos / 16] = words[pos / 16] << 4 | u64::from(nibble);
        }
        Ok(Self(words))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_and_byte_layout_follow_hash256() {
        let mut h = PdqHash::ZERO;
        h.set_bit(0);
        assert_eq!(h.to_string(), format!("{}1", "0".repeat(63)));
        h.set_bit(255);
        assert_eq!(h.to_string(), format!("8{}1", "0".repeat(62)));
        let bytes = h.to_bytes();
        assert_eq!((bytes[0], bytes[31]), (0x80, 0x01));
        assert_eq!(PdqHash::from_bytes(bytes), h);
        // Word w[1] of the reference holds bits 16..31: bit 17 is hex digit 59 (from 0) = 2.
        let mut h = PdqHash::ZERO;
        h.set_bit(17);
        assert_eq!(h.to_string().find('2'), Some(59));
    }

    #[test]
    fn parse_round_trips_and_rejects_bad_input() {
        let s = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
        let h: PdqHash = s.parse().expect("valid");
        assert_eq!(h.to_string(), s);
        assert_eq!(s.to_uppercase().parse::<PdqHash>(), Ok(h));
        assert_eq!(h.count_ones(), 128);
        assert_eq!(
            "abc".parse::<PdqHash>(),
            Err(ParseHashError::WrongLength(3))
        );
        let bad = format!("{}g", &s[..63]);
        assert_eq!(bad.parse::<PdqHash>(), Err(ParseHashError::NotHex(64)));
        let multibyte = format!("{}é", &s[..62]);
        assert!(multibyte.parse::<PdqHash>().is_err());
    }

    #[test]
    fn distance_counts_differing_bits() {
        let a: PdqHash = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
            .parse()
            .expect("valid");
        let b: PdqHash = "30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af"
            .parse()
            .expect("valid");
        // PDQHasherTest.java: bridge-1 vs bridge-2-rotate-90 = 120.
        assert_eq!(a.distance(&b), 120);
        assert_eq!(a.distance(&a), 0);
        assert_eq!(PdqHash::ZERO.distance(&PdqHash([u64::MAX; 4])), 256);
    }
}
