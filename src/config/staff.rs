//! Whose actions these are: the staff handle from `--as`, `TAKEDOWN_STAFF` (clap gives the flag
//! precedence), then `handle` in config.yaml. Checked only when a command records an action, so
//! a bad handle never stops a command that records nothing.

use crate::domain::staff::{BadHandle, StaffHandle};

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("no staff handle: every action on a case is recorded with who did it")]
    Missing,
    #[error("the staff handle given with `--as` or `TAKEDOWN_STAFF` is not valid")]
    Named(#[source] BadHandle),
    #[error("`handle` in the settings file is not a valid staff handle")]
    InFile(#[source] BadHandle),
}

impl crate::error::Hint for Error {
    fn hint(&self) -> Option<&'static str> {
        Some(
            "give your initials with `--as AK`, `TAKEDOWN_STAFF=AK`, or `handle: AK` in config.yaml",
        )
    }
}

/// The handle in force: the one named on the command line or in the environment, else the
/// settings file's.
pub(crate) fn resolve(named: Option<&str>, file: Option<&str>) -> Result<StaffHandle, Error> {
    match (named, file) {
        (Some(text), _) => text.parse().map_err(Error::Named),
        (None, Some(text)) => text.parse().map_err(Error::InFile),
        (None, None) => Err(Error::Missing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_or_environment_wins_over_the_file_and_each_is_checked() {
        let got = |named, file| resolve(named, file).map(String::from);
        assert_eq!(got(Some("AK"), Some("ZZ")).unwrap(), "AK");
        assert_eq!(got(None, Some("ZZ")).unwrap(), "ZZ");
        assert!(matches!(got(None, None), Err(Error::Missing)));
        assert!(matches!(
            got(Some("a k"), Some("ZZ")),
            Err(Error::Named(BadHandle::Space))
        ));
        assert!(matches!(
            got(None, Some("ak@x.example")),
            Err(Error::InFile(BadHandle::Email))
        ));
    }
}
