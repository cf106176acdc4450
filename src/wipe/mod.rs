//! Wiping, in one wing: a case ([`case`]: its rows, its files, then the whole store re-keyed),
//! paths the user names ([`path`]), and the primitives both stand on ([`shred`] overwrites and
//! unlinks, [`media`] judges the storage underneath). SQL stays in `store`, output in `render`;
//! the commands in `cmd/wipe/` are glue.

pub(crate) mod case;
pub(crate) mod media;
pub(crate) mod path;
pub(crate) mod shred;
