//! Hash lists: the CSV that `hash --export` writes on a victim's own computer and
//! `evidence add-hash` reads, so that a helpline can hold hashes of a picture without the picture.
//!
//! The header is `sha256,pdq,quality`, then `path` only when the person asked for file names
//! (names can say who is in a picture); a path is quoted as RFC 4180 says. Readers should
//! ignore further columns, so lists from newer versions still load. Pure: text out.

use std::fmt::Write as _;

use super::pdq::PdqHash;

/// One file of a hash list. `pdq` and `quality` are empty for files that are not images.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HashListRow {
    /// Lower-case hex SHA-256 of the file's bytes.
    pub(crate) sha256: String,
    pub(crate) pdq: Option<PdqHash>,
    pub(crate) quality: Option<u8>,
    pub(crate) path: Option<String>,
}

const COLUMNS: [&str; 3] = ["sha256", "pdq", "quality"];

/// The header line, without its line end.
pub(crate) fn header(with_paths: bool) -> String {
    let mut line = COLUMNS.join(",");
    if with_paths {
        line.push_str(",path");
    }
    line
}

/// One data line, without its line end. The path is written only when `with_paths` is set,
/// quoted as RFC 4180 says when it holds a comma, a quote or a line break.
pub(crate) fn format_row(row: &HashListRow, with_paths: bool) -> String {
    let mut line = row.sha256.clone();
    line.push(',');
    if let Some(pdq) = row.pdq {
        let _ = write!(line, "{pdq}");
    }
    line.push(',');
    if let Some(quality) = row.quality {
        let _ = write!(line, "{quality}");
    }
    if with_paths {
        line.push(',');
        let path = row.path.as_deref().unwrap_or_default();
        if path.contains([',', '"', '\n', '\r']) {
            let _ = write!(line, "\"{}\"", path.replace('"', "\"\""));
        } else {
            line.push_str(path);
        }
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHA: &str = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    const PDQ: &str = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    fn row(pdq: bool, path: Option<&str>) -> HashListRow {
        HashListRow {
            sha256: SHA.into(),
            pdq: pdq.then(|| PDQ.parse().unwrap()),
            quality: pdq.then_some(87),
            path: path.map(str::to_owned),
        }
    }

    #[test]
    fn names_are_left_out_unless_asked_for() {
        assert_eq!(header(false), "sha256,pdq,quality");
        assert_eq!(
            format_row(&row(true, Some("secret name.jpg")), false),
            format!("{SHA},{PDQ},87")
        );
        assert_eq!(format_row(&row(false, None), false), format!("{SHA},,"));
        assert_eq!(header(true), "sha256,pdq,quality,path");
        assert_eq!(
            format_row(&row(true, Some("a.jpg")), true),
            format!("{SHA},{PDQ},87,a.jpg")
        );
    }

    #[test]
    fn awkward_paths_are_quoted() {
        assert_eq!(
            format_row(&row(false, Some("a, \"b\"\nc")), true),
            format!("{SHA},,,\"a, \"\"b\"\"\nc\"")
        );
    }
}
