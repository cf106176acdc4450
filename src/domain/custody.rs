//! The chain of custody of a case's evidence: each entry carries the SHA-256 of the previous one,
//! so an entry edited, removed or reordered after the fact breaks the chain where it happened.
//! Pure: the store keeps the entries, this module computes and checks their hashes.

use serde::Serialize;
use sha2::{Digest as _, Sha256};

use super::string_enum;

/// The `prev_hash` of a case's first entry.
pub(crate) const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

string_enum! {
    /// What was done to evidence. Stored and hashed by name, so names never change.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
    #[serde(rename_all = "snake_case")]
    pub(crate) enum CustodyAction {
        Added = "added",
        Viewed = "viewed",
        Opened = "opened",
        Exported = "exported",
        Stripped = "stripped",
        Verified = "verified",
        HashesAdded = "hashes_added",
        Captured = "captured",
        Timestamped = "timestamped",
    }
}

/// One entry as stored. `action` stays text: a log written by a newer build still verifies.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Entry {
    pub(crate) case: String,
    pub(crate) seq: i64,
    /// Seconds since the epoch, as hashed.
    #[serde(skip)]
    pub(crate) at: i64,
    pub(crate) action: String,
    pub(crate) evidence: Option<String>,
    pub(crate) detail: String,
    /// Who did it; `None` on entries written before handles were recorded.
    pub(crate) staff: Option<String>,
    pub(crate) prev_hash: String,
    pub(crate) hash: String,
}

impl Entry {
    /// The hash this entry must carry: every field, each length-prefixed so that no two
    /// different entries can be written as the same bytes. The staff handle comes last, and only
    /// when there is one: entries written before handles were recorded keep the hash they were
    /// written with, and an entry with a handle cannot lose it without breaking the chain.
    pub(crate) fn expected_hash(&self) -> String {
        let mut sha = Sha256::new();
        let seq = self.seq.to_string();
        let at = self.at.to_string();
        let fields = [
            self.prev_hash.as_str(),
            self.case.as_str(),
            seq.as_str(),
            at.as_str(),
            self.action.as_str(),
            self.evidence.as_deref().unwrap_or(""),
            self.detail.as_str(),
        ];
        for field in fields.into_iter().chain(self.staff.as_deref()) {
            sha.update((field.len() as u64).to_be_bytes());
            sha.update(field.as_bytes());
        }
        format!("{:x}", sha.finalize())
    }
}

/// Why a chain does not hold, at which entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum Break {
    #[error("custody entry {seq} is out of sequence")]
    Sequence { seq: i64 },
    #[error("custody entry {seq} does not follow the entry before it")]
    Link { seq: i64 },
    #[error("custody entry {seq} was altered")]
    Altered { seq: i64 },
}

/// Checks a case's entries in `seq` order: numbered 1, 2, 3…, each linked to the one before, each
/// hash matching its fields. Returns the first break.
pub(crate) fn check(entries: &[Entry]) -> Result<(), Break> {
    let mut prev = GENESIS;
    for (n, entry) in entries.iter().enumerate() {
        let seq = entry.seq;
        if seq != n as i64 + 1 {
            return Err(Break::Sequence { seq });
        }
        if entry.prev_hash != prev {
            return Err(Break::Link { seq });
        }
        if entry.hash != entry.expected_hash() {
            return Err(Break::Altered { seq });
        }
        prev = &entry.hash;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<Entry> {
        let mut out: Vec<Entry> = Vec::new();
        for seq in 1..=n {
            let mut e = Entry {
                case: "C-1234".into(),
                seq,
                at: 1_700_000_000 + seq,
                action: CustodyAction::Added.as_str().into(),
                evidence: Some(format!("E-0000{seq}")),
                detail: String::new(),
                staff: Some("AK".into()),
                prev_hash: out.last().map_or(GENESIS.into(), |p| p.hash.clone()),
                hash: String::new(),
            };
            e.hash = e.expected_hash();
            out.push(e);
        }
        out
    }

    #[test]
    fn an_intact_chain_verifies() {
        assert_eq!(check(&chain(5)), Ok(()));
        assert_eq!(check(&[]), Ok(()));
    }

    #[test]
    fn an_edited_entry_is_found() {
        let mut c = chain(4);
        c[2].detail = "something else".into();
        assert_eq!(check(&c), Err(Break::Altered { seq: 3 }));
    }

    #[test]
    fn an_entry_rehashed_after_editing_breaks_the_next_link() {
        let mut c = chain(4);
        c[1].at += 60;
        c[1].hash = c[1].expected_hash();
        assert_eq!(check(&c), Err(Break::Link { seq: 3 }));
    }

    #[test]
    fn a_removed_entry_is_found() {
        let mut c = chain(4);
        c.remove(1);
        assert_eq!(check(&c), Err(Break::Sequence { seq: 3 }));
    }

    /// The hash of an entry written before handles were recorded, as that build computed it:
    /// an old log must still verify.
    #[test]
    fn entries_without_a_handle_keep_their_old_hash() {
        let mut old = chain(1).remove(0);
        old.staff = None;
        let mut sha = Sha256::new();
        for field in [GENESIS, "C-1234", "1", "1700000001", "added", "E-00001", ""] {
            sha.update((field.len() as u64).to_be_bytes());
            sha.update(field.as_bytes());
        }
        assert_eq!(old.expected_hash(), format!("{:x}", sha.finalize()));
    }

    #[test]
    fn the_handle_is_part_of_the_chain() {
        let mut c = chain(3);
        c[1].staff = Some("ZZ".into());
        assert_eq!(check(&c), Err(Break::Altered { seq: 2 }));
        let mut c = chain(3);
        c[1].staff = None;
        assert_eq!(
            check(&c),
            Err(Break::Altered { seq: 2 }),
            "a handle cannot be dropped"
        );
    }

    #[test]
    fn fields_cannot_be_shifted_into_each_other() {
        let mut a = chain(1).remove(0);
        let mut b = a.clone();
        a.evidence = Some("E-1".into());
        a.detail = "2".into();
        b.evidence = Some("E-12".into());
        b.detail = String::new();
        assert_ne!(a.expected_hash(), b.expected_hash());
    }
}
