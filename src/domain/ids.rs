//! Short random ids that staff can read out on a phone call: `C-7KQ2` for cases, `L-7KQ2X` for
//! links, `E-7KQ2X` for evidence items. Crockford's base32 leaves out I, L, O and U, so ids survive being read aloud or
//! handwritten, and input is forgiving (lower case, `o` for 0, `i`/`l` for 1).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

pub(super) const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn encode(bytes: &[u8], len: usize) -> String {
    bytes
        .iter()
        .take(len)
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect()
}

/// The value of one Crockford symbol, forgiving the usual confusions (lower case, O, I, L).
pub(super) fn symbol_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .map(|v| v as u8)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{input}` is not a {what} id (expected `{prefix}-` and {len} letters or digits, e.g. `{example}`)"
)]
pub(crate) struct BadId {
    input: String,
    what: &'static str,
    prefix: char,
    len: usize,
    example: &'static str,
}

macro_rules! short_id {
    ($name:ident, $prefix:literal, $len:literal, $what:literal, $example:literal) => {
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(into = "String")]
        pub(crate) struct $name(String);

        impl $name {
            /// A new id from random bytes (the caller draws them: this module does no I/O).
            pub(crate) fn from_random(bytes: [u8; $len]) -> $name {
                $name(format!("{}-{}", $prefix, encode(&bytes, $len)))
            }

            pub(crate) fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl FromStr for $name {
            type Err = BadId;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let bad = || BadId {
                    input: s.chars().take(40).collect(),
                    what: $what,
                    prefix: $prefix,
                    len: $len,
                    example: $example,
                };
                let t = s.trim();
                // Ids read back from the store are already in canonical form: kept as they are,
                // without decoding each symbol into a new string (`link list` reads 10,000).
                let canonical = t.len() == 2 + $len
                    && t.as_bytes().starts_with(concat!($prefix, "-").as_bytes())
                    && t.as_bytes()[2..].iter().all(|b| ALPHABET.contains(b));
                if canonical {
                    return Ok($name(t.to_owned()));
                }
                let body = t
                    .strip_prefix(concat!($prefix, "-"))
                    .or_else(|| t.strip_prefix(concat!($prefix, "-").to_ascii_lowercase().as_str()))
                    .ok_or_else(bad)?;
                if body.chars().count() != $len {
                    return Err(bad());
                }
                let body: Option<String> = body
                    .chars()
                    .map(|c| symbol_value(c).map(|v| char::from(ALPHABET[usize::from(v)])))
                    .collect();
                Ok($name(format!("{}-{}", $prefix, body.ok_or_else(bad)?)))
            }
        }
    };
}

short_id!(CaseId, 'C', 4, "case", "C-7KQ2");
short_id!(LinkId, 'L', 5, "link", "L-7KQ2X");
short_id!(EvidenceId, 'E', 5, "evidence", "E-7KQ2X");
short_id!(MailId, 'M', 5, "message", "M-7KQ2X");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_the_documented_shape() {
        assert_eq!(CaseId::from_random([0, 31, 32, 255]).as_str(), "C-0Z0Z");
        assert_eq!(LinkId::from_random([1, 2, 3, 4, 5]).as_str(), "L-12345");
        assert_eq!(EvidenceId::from_random([1, 2, 3, 4, 5]).as_str(), "E-12345");
    }

    #[test]
    fn parsing_forgives_case_and_look_alike_letters() {
        assert_eq!("c-7kq2".parse::<CaseId>().unwrap().as_str(), "C-7KQ2");
        assert_eq!("C-OIL2".parse::<CaseId>().unwrap().as_str(), "C-0112");
        assert_eq!(" L-abcde ".parse::<LinkId>().unwrap().as_str(), "L-ABCDE");
    }

    #[test]
    fn parsing_rejects_other_shapes() {
        for bad in [
            "", "C-", "C-123", "C-12345", "L-7KQ2", "X-7KQ2", "C-7KQ!", "C7KQ2",
        ] {
            assert!(bad.parse::<CaseId>().is_err(), "{bad}");
        }
        let err = "C-12".parse::<CaseId>().unwrap_err().to_string();
        assert_eq!(
            err,
            "`C-12` is not a case id (expected `C-` and 4 letters or digits, e.g. `C-7KQ2`)"
        );
    }
}
