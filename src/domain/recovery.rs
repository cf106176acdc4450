//! The recovery code `init` prints once: the store key written for paper, with a checksum so a
//! mistyped code is caught before it is tried against the store.
//!
//! Layout: key (32 bytes) + the first 3 bytes of SHA-256(key) = 35 bytes = 280 bits = 56
//! Crockford base32 symbols, shown in 14 groups of 4.

use sha2::{Digest as _, Sha256};
use zeroize::Zeroizing;

use super::ids::{ALPHABET, symbol_value};

const CHECK: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum RecoveryError {
    #[error("a recovery code has 56 letters and digits; this one has {0}")]
    Length(usize),
    #[error("`{0}` cannot appear in a recovery code")]
    Symbol(char),
    #[error("the recovery code's checksum does not match: a group was probably mistyped")]
    Checksum,
}

pub(crate) fn encode(key: &[u8; 32]) -> Zeroizing<String> {
    let mut bytes = Zeroizing::new(key.to_vec());
    bytes.extend_from_slice(&Sha256::digest(key)[..CHECK]);
    let mut symbols = Zeroizing::new(String::with_capacity(70));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &b in bytes.iter() {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            symbols.push(ALPHABET[((acc >> bits) & 31) as usize] as char);
        }
    }
    // 280 bits divide evenly into 5-bit symbols: nothing is left over.
    debug_assert_eq!(bits, 0);
    let mut out = Zeroizing::new(String::with_capacity(70));
    for (i, c) in symbols.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

pub(crate) fn decode(code: &str) -> Result<Zeroizing<[u8; 32]>, RecoveryError> {
    let mut values = Zeroizing::new(Vec::with_capacity(56));
    for c in code.chars().filter(|c| !c.is_whitespace() && *c != '-') {
        let v = symbol_value(c).ok_or(RecoveryError::Symbol(c))?;
        values.push(u32::from(v));
    }
    if values.len() != 56 {
        return Err(RecoveryError::Length(values.len()));
    }
    let mut bytes = Zeroizing::new(Vec::with_capacity(35));
    let (mut acc, mut bits) = (0u32, 0u32);
    for &v in values.iter() {
        acc = ((acc << 5) | v) & 0xffff;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push(((acc >> bits) & 0xff) as u8);
        }
    }
    let mut key = Zeroizing::new([0u8; 32]);
    key.copy_from_slice(&bytes[..32]);
    if Sha256::digest(key.as_slice())[..CHECK] != bytes[32..] {
        return Err(RecoveryError::Checksum);
    }
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_round_trips_and_reads_in_groups_of_four() {
        let key: [u8; 32] = std::array::from_fn(|i| (i * 37 + 11) as u8);
        let code = encode(&key);
        assert_eq!(code.len(), 56 + 13);
        assert!(code.split('-').all(|g| g.len() == 4));
        assert_eq!(*decode(&code).unwrap(), key);
        assert_eq!(
            *decode(&code.to_lowercase().replace('-', " ")).unwrap(),
            key
        );
    }

    #[test]
    fn a_mistyped_code_is_caught() {
        let code = encode(&[7; 32]);
        let mut typo: Vec<char> = code.chars().collect();
        typo[5] = if typo[5] == 'A' { 'B' } else { 'A' };
        let typo: String = typo.into_iter().collect();
        assert_eq!(decode(&typo).unwrap_err(), RecoveryError::Checksum);
        assert_eq!(decode("ABCD").unwrap_err(), RecoveryError::Length(4));
        assert_eq!(
            decode(&code.replacen('-', "!", 1)).unwrap_err(),
            RecoveryError::Symbol('!')
        );
    }
}
