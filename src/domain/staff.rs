//! Who did it: the pseudonymous handle of the staff member behind an action (initials such as
//! `AK`, or a role such as `cron`), recorded in the custody log, a case's history, link events
//! and outbox entries. It names staff, never a victim, and is kept short so that it cannot carry
//! a name, an e-mail address or a sentence.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// The longest handle: enough for initials with a number (`sk2`) or a short role (`cron`,
/// `desk3`), too short for most names.
pub(crate) const MAX_LEN: usize = 8;

/// A checked staff handle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(into = "String")]
pub(crate) struct StaffHandle(String);

impl StaffHandle {
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// The handle unit tests act under.
#[cfg(test)]
pub(crate) fn tester() -> StaffHandle {
    StaffHandle("ts".to_owned())
}

impl fmt::Display for StaffHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<StaffHandle> for String {
    fn from(h: StaffHandle) -> String {
        h.0
    }
}

/// Why text is not a staff handle. The text itself is never repeated: it may be a name or an
/// e-mail address typed by mistake, and errors can end up in logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum BadHandle {
    #[error("a staff handle cannot be empty")]
    Empty,
    #[error("a staff handle is at most {MAX_LEN} characters (initials such as `AK`)")]
    TooLong,
    #[error("a staff handle is not an e-mail address: use initials such as `AK`")]
    Email,
    #[error("a staff handle has no spaces or line breaks: use initials such as `AK`")]
    Space,
    #[error(
        "a staff handle has only letters a-z and A-Z, digits and `-`, `_`, `.`, and starts with a letter or digit"
    )]
    Character,
    #[error(
        "a staff handle must not look like a name (a capital and then lower-case letters): use initials such as `AK`, or a lower-case role such as `desk2`"
    )]
    NameLike,
}

impl FromStr for StaffHandle {
    type Err = BadHandle;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.is_empty() {
            return Err(BadHandle::Empty);
        }
        if text.contains('@') {
            return Err(BadHandle::Email);
        }
        if text.chars().any(char::is_whitespace) {
            return Err(BadHandle::Space);
        }
        if text.chars().count() > MAX_LEN {
            return Err(BadHandle::TooLong);
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.');
        let first_ok = text.starts_with(|c: char| c.is_ascii_alphanumeric());
        if !first_ok || !text.chars().all(allowed) {
            return Err(BadHandle::Character);
        }
        // `Sara`, `Imran`: a capitalised word reads as a first name. Initials (`SK`, `Sk`) and
        // lower-case roles stay allowed; a short handle cannot hold much of a name anyway.
        let mut chars = text.chars();
        let capital = chars.next().is_some_and(|c| c.is_ascii_uppercase());
        let rest: Vec<char> = chars.collect();
        if capital && rest.len() >= 2 && rest.iter().all(char::is_ascii_lowercase) {
            return Err(BadHandle::NameLike);
        }
        Ok(StaffHandle(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_and_short_roles_are_handles() {
        for ok in [
            "AK", "ak", "sk2", "Sk", "cron", "desk-3", "a.k", "x_1", "ABCDEFGH", "7",
        ] {
            assert_eq!(
                ok.parse::<StaffHandle>().map(String::from),
                Ok(ok.to_owned())
            );
        }
    }

    #[test]
    fn names_addresses_and_free_text_are_refused_without_echoing_them() {
        for (bad, why) in [
            ("", BadHandle::Empty),
            ("ak@helpline.example", BadHandle::Email),
            ("@ak", BadHandle::Email),
            ("A K", BadHandle::Space),
            ("ak\n", BadHandle::Space),
            ("ak\tx", BadHandle::Space),
            ("abcdefghi", BadHandle::TooLong),
            ("Ayesha Khan", BadHandle::Space),
            ("Ayesha", BadHandle::NameLike),
            ("Sara", BadHandle::NameLike),
            ("-ak", BadHandle::Character),
            ("ak/b", BadHandle::Character),
            ("عائشہ", BadHandle::Character),
            ("ak;rm", BadHandle::Character),
        ] {
            let err = bad.parse::<StaffHandle>().unwrap_err();
            assert_eq!(err, why, "{bad:?}");
            if !bad.is_empty() {
                assert!(!err.to_string().contains(bad), "{err}");
            }
        }
    }
}
