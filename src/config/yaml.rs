//! YAML for every config file. This is the only module that names `serde_norway`, so a change
//! of YAML library stays here.
//!
//! Inputs are capped in size, and every problem keeps its line and column: `takedown platforms
//! check` must point staff at the offending node. `serde_norway` places its own errors but
//! gives no positions for values that deserialised fine, so [`scan`] walks the parser's events
//! to find where a node path (such as `platforms[3].channels.ncii[0]`) starts. And since
//! `serde` stops at the first error, [`from_str_past_unknown_keys`] steps over misspelt keys so
//! that one run reports them all.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use saphyr_parser::{Event, Parser, Span};
use serde::de::DeserializeOwned;

/// Larger inputs are refused: a platforms or settings file is tens of kilobytes, and the cap
/// keeps a hostile or mistaken file from exhausting memory.
pub(crate) const MAX_BYTES: usize = 4 * 1024 * 1024;

/// Nodes deeper than this are not walked by [`scan`]; `serde_norway` refuses such nesting.
const MAX_DEPTH: usize = 128;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// `input::named` already names the path in the I/O error, so it is not repeated here.
    #[error(transparent)]
    Read(std::io::Error),
    #[error("`{}` is larger than the {} MiB allowed for a YAML file", .path.display(), MAX_BYTES / (1024 * 1024))]
    TooLarge { path: PathBuf },
    #[error("`{}` is not UTF-8 text", .path.display())]
    NotUtf8 { path: PathBuf },
}

/// Reads a YAML file, refusing one larger than [`MAX_BYTES`] and anything but a regular file.
pub(crate) fn read(path: &Path) -> Result<String, Error> {
    let bytes = crate::input::read(path, MAX_BYTES as u64).map_err(|e| {
        if e.kind() == std::io::ErrorKind::FileTooLarge {
            Error::TooLarge {
                path: path.to_owned(),
            }
        } else {
            Error::Read(crate::input::named(path, e))
        }
    })?;
    String::from_utf8(bytes).map_err(|_| Error::NotUtf8 {
        path: path.to_owned(),
    })
}

/// A problem at a place in a YAML text. Lines and columns count from 1.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub(crate) struct Diagnostic {
    pub(crate) line: usize,
    pub(crate) column: usize,
    pub(crate) message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.line, self.column, self.message)
    }
}

/// Deserialises one YAML document; a failure is a diagnostic at the place `serde_norway` gives.
pub(crate) fn from_str<T: DeserializeOwned>(src: &str) -> Result<T, Diagnostic> {
    if src.len() > MAX_BYTES {
        return Err(Diagnostic {
            line: 1,
            column: 1,
            message: format!(
                "the input is larger than the {} MiB allowed for a YAML file",
                MAX_BYTES / (1024 * 1024)
            ),
        });
    }
    serde_norway::from_str(src).map_err(|err| {
        // Errors without a place (several documents in one file, say) concern the whole input.
        let (line, column) = err.location().map_or((1, 1), |at| (at.line(), at.column()));
        // The place is reported separately; keeping it in the text too would say it twice.
        let message = err
            .to_string()
            .replacen(&format!(" at line {line} column {column}"), "", 1);
        Diagnostic {
            line,
            column,
            message,
        }
    })
}

/// At most this many unknown keys are stepped over before parsing gives up.
const MAX_SKIPPED_KEYS: usize = 50;

/// What [`from_str_past_unknown_keys`] made of a text.
#[derive(Debug)]
pub(crate) struct Lenient<T> {
    /// The value, when everything but the unknown keys deserialised.
    pub(crate) value: Option<T>,
    /// The text the value came from: the input with the entries of unknown keys blanked line
    /// for line, so every other node keeps its line and column.
    pub(crate) text: String,
    /// One per unknown key, then the error that stopped parsing, if any.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Like [`from_str`], but steps over block-mapping entries with an unknown key (a misspelt
/// field, an unknown map key such as a category), so that one run reports every misspelling
/// and the rest of the file can still be checked. `serde` stops at the first error, so each
/// such entry is blanked and the text parsed again.
pub(crate) fn from_str_past_unknown_keys<T: DeserializeOwned>(src: &str) -> Lenient<T> {
    let mut text = src.to_owned();
    let mut diagnostics = Vec::new();
    loop {
        let diagnostic = match from_str(&text) {
            Ok(value) => {
                return Lenient {
                    value: Some(value),
                    text,
                    diagnostics,
                };
            }
            Err(diagnostic) => diagnostic,
        };
        let blanked = if diagnostics.len() < MAX_SKIPPED_KEYS {
            blank_unknown_key(&text, &diagnostic)
        } else {
            None
        };
        diagnostics.push(diagnostic);
        match blanked {
            Some(next) => text = next,
            None => {
                return Lenient {
                    value: None,
                    text,
                    diagnostics,
                };
            }
        }
    }
}

/// `text` with the block-mapping entry whose unknown key `diagnostic` points at replaced by
/// empty lines; `None` when the diagnostic is about something else or the entry is not in
/// block style (a flow mapping cannot be cut without moving what follows it).
fn blank_unknown_key(text: &str, diagnostic: &Diagnostic) -> Option<String> {
    let message = &diagnostic.message;
    let name = ["unknown field `", "unknown variant `"]
        .iter()
        .find_map(|marker| {
            let start = message.find(marker)? + marker.len();
            let len = message[start..].find('`')?;
            Some(&message[start..start + len])
        })?;
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let at = diagnostic.line.checked_sub(1)?;
    let line = *lines.get(at)?;
    let (offset, _) = line.char_indices().nth(diagnostic.column.checked_sub(1)?)?;
    let (prefix, rest) = line.split_at(offset);
    // Only a plain key that starts its line (after the indentation and any `- `) is cut.
    let is_key = rest
        .strip_prefix(name)
        .is_some_and(|after| after.starts_with(':'));
    if !is_key || !prefix.chars().all(|c| c == ' ' || c == '-') {
        return None;
    }
    let indent = prefix.chars().count();
    let ending = |line: &str| {
        if line.ends_with("\r\n") {
            "\r\n"
        } else if line.ends_with('\n') {
            "\n"
        } else {
            ""
        }
    };
    let mut out = String::with_capacity(text.len());
    lines[..at].iter().for_each(|l| out.push_str(l));
    out.push_str(prefix);
    out.push_str(ending(line));
    let mut inside = true;
    for line in &lines[at + 1..] {
        let content = line.trim_end_matches(['\r', '\n']);
        let depth = content.len() - content.trim_start_matches(' ').len();
        let blank = content.trim_start_matches(' ').is_empty()
            || content.trim_start_matches(' ').starts_with('#');
        // The entry goes on while lines are indented deeper than its key.
        inside = inside && (blank || depth > indent);
        if inside {
            out.push_str(ending(line));
        } else {
            out.push_str(line);
        }
    }
    Some(out)
}

/// One step from a node to a child: a mapping key or a sequence index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment {
    Key(String),
    Index(usize),
}

/// The path of a node from the document root, shown as `platforms[3].channels.ncii[0]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(crate) struct NodePath(Vec<Segment>);

impl NodePath {
    pub(crate) fn key(&self, key: &str) -> NodePath {
        self.child(Segment::Key(key.to_owned()))
    }

    pub(crate) fn index(&self, index: usize) -> NodePath {
        self.child(Segment::Index(index))
    }

    fn child(&self, segment: Segment) -> NodePath {
        let mut segments = self.0.clone();
        segments.push(segment);
        NodePath(segments)
    }

    /// This path and every ancestor, the longest first.
    pub(crate) fn ancestry(&self) -> impl Iterator<Item = NodePath> + '_ {
        (0..=self.0.len())
            .rev()
            .map(|len| NodePath(self.0[..len].to_vec()))
    }
}

impl fmt::Display for NodePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (n, segment) in self.0.iter().enumerate() {
            match segment {
                Segment::Key(key) if n == 0 => f.write_str(key)?,
                Segment::Key(key) => write!(f, ".{key}")?,
                Segment::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// Where a node starts (line, column) and, for a mapping value, where its key starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Place {
    pub(crate) key: Option<(usize, usize)>,
    pub(crate) node: (usize, usize),
}

/// What [`scan`] found in the first document.
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// The places of the wanted paths that exist.
    pub(crate) places: HashMap<NodePath, Place>,
    /// Keys that appear twice in one mapping: `serde_norway` keeps the last silently when it
    /// fills a map, which would hide one of two entries.
    pub(crate) duplicate_keys: Vec<Diagnostic>,
}

enum Frame {
    Sequence {
        path: NodePath,
        next: usize,
    },
    Mapping {
        path: NodePath,
        /// The key just read and its place, while its value is awaited.
        key: Option<(String, (usize, usize))>,
        seen: HashSet<String>,
    },
}

fn start(span: &Span) -> (usize, usize) {
    (span.start.line(), span.start.col() + 1)
}

/// Walks the events of the first document of `src`, noting where each of the `wanted` paths
/// starts and which mapping keys repeat. Best effort: it stops quietly at a syntax error
/// (which [`from_str`] reports) and does not look inside aliases or complex keys.
pub(crate) fn scan(src: &str, wanted: &HashSet<NodePath>) -> Scan {
    let mut found = Scan::default();
    if src.len() > MAX_BYTES {
        return found;
    }
    let mut parser = Parser::new_from_str(src);
    let mut stack: Vec<Frame> = Vec::new();
    // Inside a complex key or past MAX_DEPTH: the depth of containers being skipped, and
    // whether they form a key (whose value is still to come) rather than a value.
    let mut skipping = 0usize;
    let mut skipping_key = false;
    let mut root_seen = false;
    while let Some(Ok((event, span))) = parser.next_event() {
        let opens = matches!(event, Event::SequenceStart(..) | Event::MappingStart(..));
        let closes = matches!(event, Event::SequenceEnd | Event::MappingEnd);
        let is_node = opens || matches!(event, Event::Scalar(..) | Event::Alias(..));
        if matches!(event, Event::DocumentEnd | Event::StreamEnd) {
            break;
        }
        if skipping > 0 {
            if opens {
                skipping += 1;
            } else if closes {
                skipping -= 1;
                if skipping == 0 && !skipping_key {
                    value_done(&mut stack);
                }
            }
            continue;
        }
        if closes {
            stack.pop();
            value_done(&mut stack);
            continue;
        }
        if !is_node {
            continue;
        }
        let at = start(&span);
        // Decide which path this node has, or whether it is a key.
        let (path, key_place) = match stack.last_mut() {
            None if root_seen => break,
            None => {
                root_seen = true;
                (NodePath::default(), None)
            }
            Some(Frame::Sequence { path, next }) => {
                let path = path.index(*next);
                *next += 1;
                (path, None)
            }
            Some(Frame::Mapping { path, key, seen }) => match key.take() {
                Some((name, key_at)) => (path.key(&name), Some(key_at)),
                None => {
                    if let Event::Scalar(text, ..) = &event {
                        if !seen.insert(text.to_string()) {
                            found.duplicate_keys.push(Diagnostic {
                                line: at.0,
                                column: at.1,
                                message: format!("duplicate key `{text}`"),
                            });
                        }
                        *key = Some((text.to_string(), at));
                    } else {
                        // A sequence or mapping used as a key: no path can name what is
                        // under it, so its value gets an unmatchable key.
                        *key = Some((String::new(), at));
                        if opens {
                            skipping = 1;
                            skipping_key = true;
                        }
                    }
                    continue;
                }
            },
        };
        if wanted.contains(&path) {
            found.places.insert(
                path.clone(),
                Place {
                    key: key_place,
                    node: at,
                },
            );
        }
        if !opens {
            value_done(&mut stack);
        } else if stack.len() >= MAX_DEPTH {
            skipping = 1;
            skipping_key = false;
        } else if matches!(event, Event::SequenceStart(..)) {
            stack.push(Frame::Sequence { path, next: 0 });
        } else {
            stack.push(Frame::Mapping {
                path,
                key: None,
                seen: HashSet::new(),
            });
        }
    }
    found
}

/// A node finished: its mapping, if any, now waits for the next key.
fn value_done(stack: &mut [Frame]) {
    if let Some(Frame::Mapping { key, .. }) = stack.last_mut() {
        *key = None;
    }
}

/// Problems found in a parsed file, each at the path of its node, to be placed by [`locate`].
#[derive(Debug, Default)]
pub(crate) struct Problems(pub(crate) Vec<Problem>);

#[derive(Debug)]
pub(crate) struct Problem {
    path: NodePath,
    /// Point at the mapping key rather than the value (for problems with the key itself).
    at_key: bool,
    message: String,
}

impl Problems {
    pub(crate) fn at(&mut self, path: NodePath, message: String) {
        self.0.push(Problem {
            path,
            at_key: false,
            message,
        });
    }

    pub(crate) fn at_key(&mut self, path: NodePath, message: String) {
        self.0.push(Problem {
            path,
            at_key: true,
            message,
        });
    }
}

/// Turns problems into diagnostics at the line and column of their nodes.
pub(crate) fn locate(src: &str, problems: Problems) -> Vec<Diagnostic> {
    let wanted: HashSet<NodePath> = problems
        .0
        .iter()
        .flat_map(|problem| problem.path.ancestry())
        .collect();
    let scan = scan(src, &wanted);
    let mut diagnostics = Vec::new();
    for problem in problems.0 {
        // A node the scan could not find (inside an alias, say) is shown at its nearest
        // ancestor; the path in the message still names it exactly.
        let place = problem
            .path
            .ancestry()
            .find_map(|path| scan.places.get(&path).map(|place| (path, *place)));
        let (line, column) = match place {
            Some((path, place)) if problem.at_key && path == problem.path => {
                place.key.unwrap_or(place.node)
            }
            Some((_, place)) => place.node,
            None => (1, 1),
        };
        let path = problem.path.to_string();
        let message = if path.is_empty() {
            problem.message
        } else {
            format!("{path}: {}", problem.message)
        };
        diagnostics.push(Diagnostic {
            line,
            column,
            message,
        });
    }
    diagnostics
}

/// Data shown to people as YAML, the form they know from `platforms.yaml`.
pub(crate) fn to_string<T: serde::Serialize>(value: &T) -> String {
    serde_norway::to_string(value).unwrap_or_else(|e| format!("# cannot show this as YAML: {e}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(segments: &[&str]) -> NodePath {
        segments
            .iter()
            .fold(NodePath::default(), |p, s| match s.parse() {
                Ok(index) => p.index(index),
                Err(_) => p.key(s),
            })
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Small {
        name: String,
        #[serde(default)]
        items: Vec<u32>,
    }

    #[test]
    fn paths_display_like_the_yaml_they_point_at() {
        assert_eq!(
            path(&["platforms", "3", "channels", "ncii", "0"]).to_string(),
            "platforms[3].channels.ncii[0]"
        );
        assert_eq!(NodePath::default().to_string(), "");
        let ancestry: Vec<String> = path(&["a", "1"])
            .ancestry()
            .map(|p| p.to_string())
            .collect();
        assert_eq!(ancestry, ["a[1]", "a", ""]);
    }

    #[test]
    fn a_valid_document_deserialises() {
        let small: Small = from_str("name: a\nitems: [1, 2]\n").expect("valid");
        assert_eq!(
            (small.name.as_str(), small.items.as_slice()),
            ("a", &[1, 2][..])
        );
    }

    #[test]
    fn parse_errors_keep_line_and_column_once() {
        let err = from_str::<Small>("name: a\nitems: [1, x]\n").expect_err("x is no number");
        assert_eq!((err.line, err.column), (2, 12));
        assert!(err.message.starts_with("items[1]: invalid type"), "{err}");
        assert!(!err.message.contains("line 2"), "{err}");

        let err = from_str::<Small>("name: a\nnmae: b\n").expect_err("typo");
        assert_eq!((err.line, err.column), (2, 1));
        assert!(err.message.contains("unknown field `nmae`"), "{err}");

        let err = from_str::<Small>("name: a\nitems: [1, 2\n").expect_err("syntax");
        assert_eq!((err.line, err.column), (3, 1), "{err}");
        assert_eq!(
            err.message,
            "did not find expected ',' or ']', while parsing a flow sequence at line 2 column 8"
        );
        assert_eq!(err.to_string(), format!("3:1: {}", err.message));
    }

    #[test]
    fn unknown_keys_are_stepped_over_and_all_reported() {
        let src = "name: a\nnmae: b\n  # a comment\nitems: [1]\nextra:\n  deep: 1\n\n  deeper: [\n    2]\ntail: 3\n";
        let lenient = from_str_past_unknown_keys::<Small>(src);
        let found: Vec<String> = lenient.diagnostics.iter().map(|d| d.to_string()).collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].starts_with("2:1: unknown field `nmae`"),
            "{found:?}"
        );
        assert!(
            found[1].starts_with("5:1: unknown field `extra`"),
            "{found:?}"
        );
        assert!(
            found[2].starts_with("10:1: unknown field `tail`"),
            "{found:?}"
        );
        let small = lenient
            .value
            .expect("parsed once the unknown keys are gone");
        assert_eq!(small.items, [1]);
        // Lines are kept, so the remaining nodes have their places.
        assert_eq!(lenient.text, "name: a\n\n\nitems: [1]\n\n\n\n\n\n\n");
    }

    #[test]
    fn only_block_keys_are_blanked() {
        let at = |line, column, message: &str| Diagnostic {
            line,
            column,
            message: message.to_owned(),
        };
        let src = "list:\n  - nmae: a\n    items: [1]\n  - name: b\n";
        assert_eq!(
            blank_unknown_key(
                src,
                &at(2, 5, "list[0]: unknown field `nmae`, expected `name`")
            ),
            Some("list:\n  - \n    items: [1]\n  - name: b\n".to_owned())
        );
        let crlf = "name: a\r\nnmae: b\r\n  more: c\r\nitems: []\r\n";
        assert_eq!(
            blank_unknown_key(crlf, &at(2, 1, "unknown field `nmae`")),
            Some("name: a\r\n\r\n\r\nitems: []\r\n".to_owned())
        );
        // A flow mapping, a value, another kind of error, a place past the end: left alone.
        for (src, diagnostic) in [
            ("{name: a, nmae: b}\n", at(1, 11, "unknown field `nmae`")),
            ("kind: fax\n", at(1, 7, "unknown variant `fax`")),
            ("name: [1]\n", at(1, 7, "invalid type: sequence")),
            ("name: a\n", at(9, 1, "unknown field `name`")),
            ("name: a\n", at(1, 99, "unknown field `name`")),
            ("name: a\n", at(0, 0, "unknown field `name`")),
        ] {
            assert_eq!(blank_unknown_key(src, &diagnostic), None, "{src:?}");
        }
    }

    #[test]
    fn oversized_input_is_refused() {
        let big = format!("name: {}\n", "a".repeat(MAX_BYTES));
        let err = from_str::<Small>(&big).expect_err("too large");
        assert!(err.message.contains("larger than the 4 MiB"), "{err}");
    }

    #[test]
    fn oversized_and_missing_files_are_errors_naming_the_file() {
        let temp = tempfile::tempdir().expect("temp dir");
        let dir = temp.path();
        let big = dir.join("big.yaml");
        fs_err::write(&big, vec![b'#'; MAX_BYTES + 1]).expect("write");
        let err = read(&big).expect_err("too large");
        assert!(err.to_string().contains("big.yaml"), "{err}");
        assert!(err.to_string().contains("larger than"), "{err}");

        let missing = dir.join("missing.yaml");
        let err = read(&missing).expect_err("missing");
        assert!(err.to_string().contains("missing.yaml"), "{err}");

        let latin1 = dir.join("latin1.yaml");
        fs_err::write(&latin1, b"name: caf\xe9\n").expect("write");
        let err = read(&latin1).expect_err("not utf-8");
        assert!(err.to_string().contains("not UTF-8"), "{err}");

        let fine = dir.join("fine.yaml");
        fs_err::write(&fine, "name: a\n").expect("write");
        assert_eq!(read(&fine).expect("readable"), "name: a\n");
    }

    #[test]
    fn scan_finds_keys_and_nodes_of_wanted_paths() {
        let src = "\
top:
  - id: a
    list:
      - kind: x
        url: 'y'
  - {id: b, list: [1, 2]}
other: 3
";
        let wanted: HashSet<NodePath> = [
            path(&["top"]),
            path(&["top", "0"]),
            path(&["top", "0", "list", "0", "url"]),
            path(&["top", "1", "list", "1"]),
            path(&["other"]),
            path(&["absent"]),
        ]
        .into_iter()
        .collect();
        let scan = scan(src, &wanted);
        let place = |p: &[&str]| scan.places.get(&path(p)).copied();
        assert_eq!(
            place(&["top"]),
            Some(Place {
                key: Some((1, 1)),
                node: (2, 3)
            })
        );
        assert_eq!(place(&["top", "0"]).map(|p| p.node), Some((2, 5)));
        assert_eq!(
            place(&["top", "0", "list", "0", "url"]),
            Some(Place {
                key: Some((5, 9)),
                node: (5, 14)
            })
        );
        assert_eq!(
            place(&["top", "1", "list", "1"]).map(|p| p.node),
            Some((6, 23))
        );
        assert_eq!(place(&["other"]).map(|p| p.node), Some((7, 8)));
        assert_eq!(place(&["absent"]), None);
        assert!(scan.duplicate_keys.is_empty());
    }

    #[test]
    fn scan_reports_every_repeated_key_where_it_repeats() {
        let src = "a: 1\nm:\n  x: 1\n  y: 2\n  x: 3\na: 2\n";
        let scan = scan(src, &HashSet::new());
        let found: Vec<String> = scan.duplicate_keys.iter().map(|d| d.to_string()).collect();
        assert_eq!(found, ["5:3: duplicate key `x`", "6:1: duplicate key `a`"]);
    }

    #[test]
    fn scan_skips_complex_keys_and_deep_nesting_without_losing_its_place() {
        let src = "? [a, b]\n: 1\nafter: 2\n";
        let wanted: HashSet<NodePath> = [path(&["after"])].into_iter().collect();
        assert_eq!(
            scan(src, &wanted)
                .places
                .get(&path(&["after"]))
                .map(|p| p.node),
            Some((3, 8))
        );

        let deep = format!("{}{}\nafter: 1\n", "[".repeat(500), "]".repeat(500));
        // Not a mapping at the root, so nothing is found, but nothing breaks either.
        assert!(scan(&deep, &wanted).places.is_empty());
        // Deeper than MAX_DEPTH, within what the parser accepts.
        let deep = format!("x: {}{}\nafter: 1\n", "[".repeat(200), "]".repeat(200));
        assert_eq!(
            scan(&deep, &wanted)
                .places
                .get(&path(&["after"]))
                .map(|p| p.node),
            Some((2, 8))
        );
    }
}
