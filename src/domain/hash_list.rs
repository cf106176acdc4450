//! Hash lists: the CSV that `hash --export` writes on a victim's own computer and
//! `evidence add-hash` reads, so that a helpline can hold hashes of a picture without the picture.
//!
//! The header is `sha256,pdq,quality`, then `path` only when the person asked for file names
//! (names can say who is in a picture); a path is quoted as RFC 4180 says. Readers should
//! ignore further columns, so lists from newer versions still load. Pure: text in and out.

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

/// A line that could not be read, by number, with why; never its content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BadLine {
    pub(crate) line: usize,
    pub(crate) why: &'static str,
}

#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ParseError {
    #[error("the hash list has no header line naming a `sha256` column")]
    NoHeader,
}

/// Reads a whole list: the good rows and the bad lines, so nothing good is lost to one bad line.
/// A `path` column is never read: file names stay with the victim.
pub(crate) fn parse(text: &str) -> Result<(Vec<HashListRow>, Vec<BadLine>), ParseError> {
    let mut records = records(text.trim_start_matches('\u{feff}'))
        .into_iter()
        .filter(|(_, fields)| fields.iter().any(|f| !f.trim().is_empty()));
    let (_, header) = records.next().ok_or(ParseError::NoHeader)?;
    let col = |name: &str| {
        header
            .iter()
            .position(|n| n.trim().eq_ignore_ascii_case(name))
    };
    let sha_col = col("sha256").ok_or(ParseError::NoHeader)?;
    let (pdq_col, quality_col) = (col("pdq"), col("quality"));
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    for (line, fields) in records {
        let get = |c: Option<usize>| {
            c.and_then(|c| fields.get(c))
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
        };
        match parse_row(get(Some(sha_col)), get(pdq_col), get(quality_col)) {
            Ok(r) => rows.push(r),
            Err(why) => bad.push(BadLine { line, why }),
        }
    }
    Ok((rows, bad))
}

fn parse_row(
    sha: Option<&str>,
    pdq: Option<&str>,
    quality: Option<&str>,
) -> Result<HashListRow, &'static str> {
    let sha256 = sha.ok_or("no sha256")?.to_ascii_lowercase();
    if sha256.len() != 64 || !sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("sha256 is not 64 hexadecimal characters");
    }
    let (pdq, quality) = match (pdq, quality) {
        (None, None) => (None, None),
        (Some(pdq), Some(quality)) => {
            let hash: PdqHash = pdq
                .parse()
                .map_err(|_| "pdq is not 64 hexadecimal characters")?;
            let quality: u8 = quality
                .parse()
                .ok()
                .filter(|q| *q <= 100)
                .ok_or("quality is not a number from 0 to 100")?;
            (Some(hash), Some(quality))
        }
        (Some(_), None) => return Err("pdq without a quality"),
        (None, Some(_)) => return Err("quality without a pdq"),
    };
    Ok(HashListRow {
        sha256,
        pdq,
        quality,
        path: None,
    })
}

/// The records of a CSV text with the line each starts on (RFC 4180: quoted fields may hold
/// commas, `""` and line breaks).
fn records(text: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    let mut fields = vec![String::new()];
    let (mut line, mut start) = (1, 1);
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let field = fields.last_mut().expect("never empty");
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' if !quoted => {
                out.push((start, std::mem::replace(&mut fields, vec![String::new()])));
                line += 1;
                start = line;
            }
            '\n' => {
                field.push(c);
                line += 1;
            }
            c => field.push(c),
        }
    }
    out.push((start, fields));
    out
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

    #[test]
    fn an_exported_list_reads_back_without_its_paths() {
        let rows = [
            row(true, Some("holiday, \"2024\"\nbeach.jpg")),
            row(false, None),
        ];
        let mut text = header(true) + "\r\n";
        for r in &rows {
            text.push_str(&format_row(r, true));
            text.push('\n');
        }
        let (read, bad) = parse(&text).unwrap();
        assert!(bad.is_empty(), "{bad:?}");
        assert_eq!(read, [row(true, None), row(false, None)]);
        let upper = format!("SHA256,PDQ,QUALITY\n{},{PDQ},87\n", SHA.to_uppercase());
        assert_eq!(parse(&upper).unwrap().0, [row(true, None)]);
    }

    #[test]
    fn bad_lines_are_reported_by_number_and_good_ones_kept() {
        let text =
            format!("sha256,pdq,quality\n{SHA},{PDQ},87\nxyz,,\n{SHA},{PDQ},\n\n{SHA},{PDQ},101\n");
        let (rows, bad) = parse(&text).unwrap();
        assert_eq!(rows.len(), 1);
        let lines: Vec<usize> = bad.iter().map(|b| b.line).collect();
        assert_eq!(lines, [3, 4, 6]);
        assert_eq!(bad[1].why, "pdq without a quality");
    }

    #[test]
    fn a_list_without_a_sha256_header_is_refused() {
        assert_eq!(parse(""), Err(ParseError::NoHeader));
        assert_eq!(
            parse(&format!("{SHA},{PDQ},87\n")),
            Err(ParseError::NoHeader)
        );
    }
}
