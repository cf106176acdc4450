//! The layering of doc/ARCHITECTURE.md §6, checked on the source itself: `domain/` stays pure, adapters
//! never reach up into the command layer, `render/` never reads store records, the one tokio
//! runtime is built in `net/`, and no file holds more than 800 lines of non-test code.
//!
//! A small lexer reads `src/` (comments and string literals blanked, so a path mentioned in a
//! doc comment or a message is not an import), collects every path a file names in `use`
//! declarations and in code, resolves `crate::`, `self::` and `super::` against the file's
//! module, and checks them. Test code counts for the import rules (a pure module's tests stay
//! pure too) but not for the length rule.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The rules, each with the reason a failure message gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rule {
    /// A file under `domain/` names anything of the crate outside `domain/`, an I/O or adapter
    /// crate (tokio, reqwest, rusqlite, lettre, indicatif, fs_err), or `std::{fs, net, process}`.
    PureDomain,
    /// An adapter (`store`, `net`, `mail`, `vault`, `render`, `config`) names `cmd`, `cli` or
    /// `ctx`: the command layer sits on the adapters, never under them.
    AdapterReachesUp,
    /// A file under `render/` names `store`: render is handed view values, not records.
    RenderReadsStore,
    /// A tokio runtime (`tokio::runtime`, `#[tokio::main]`, `#[tokio::test]`) outside `net/`.
    RuntimeOutsideNet,
    /// More than [`MAX_CODE_LINES`] lines outside `#[cfg(test)]` items.
    LongFile,
}

impl Rule {
    fn why(self) -> &'static str {
        match self {
            Rule::PureDomain => "domain/ is pure: no I/O, no adapter, nothing outside domain/",
            Rule::AdapterReachesUp => "an adapter never imports cmd, cli or ctx",
            Rule::RenderReadsStore => "render/ takes view values, never store records",
            Rule::RuntimeOutsideNet => "the one tokio runtime is built in net/",
            Rule::LongFile => "a source file holds at most 800 lines of non-test code",
        }
    }
}

const MAX_CODE_LINES: usize = 800;

#[test]
fn the_source_keeps_its_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    read_tree(&src, &src, &mut files);
    assert!(
        files.contains_key("domain/mod.rs") && files.len() > 50,
        "read only {} files under {}",
        files.len(),
        src.display()
    );
    let problems: Vec<String> = check_tree(&files)
        .into_iter()
        .map(|((file, rule), detail)| format!("src/{file}: {detail}: {}", rule.why()))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(root, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let rel = path.strip_prefix(root).unwrap().to_str().unwrap();
            files.insert(
                rel.replace('\\', "/"),
                std::fs::read_to_string(&path).unwrap(),
            );
        }
    }
}

/// Every (file, rule) broken in `files` (paths relative to `src/`), with what breaks it.
fn check_tree(files: &BTreeMap<String, String>) -> BTreeMap<(String, Rule), String> {
    let scans: BTreeMap<&str, Scan> = files
        .iter()
        .map(|(path, text)| (path.as_str(), scan(&module_of(path), text)))
        .collect();
    // Files of modules declared `#[cfg(test)] mod name;` are test code as a whole.
    let test_dirs: Vec<String> = scans
        .iter()
        .flat_map(|(path, s)| {
            s.test_modules
                .iter()
                .map(move |name| format!("{}{name}", children_dir(path)))
        })
        .collect();
    let mut found = BTreeMap::new();
    for (path, s) in &scans {
        for (rule, detail) in import_violations(path, &s.paths) {
            found.entry((path.to_string(), rule)).or_insert(detail);
        }
        let test_file = test_dirs
            .iter()
            .any(|d| *path == format!("{d}.rs") || path.starts_with(&format!("{d}/")));
        let code_lines = s.lines - s.test_lines.len();
        if !test_file && code_lines > MAX_CODE_LINES {
            found.insert(
                (path.to_string(), Rule::LongFile),
                format!("{code_lines} lines of non-test code"),
            );
        }
    }
    found
}

/// The module path of a file under `src/`: `domain/pdq/mod.rs` is `domain::pdq`.
fn module_of(path: &str) -> Vec<String> {
    let stem = path.strip_suffix(".rs").unwrap_or(path);
    let mut parts: Vec<String> = stem.split('/').map(str::to_owned).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The folder a file's `mod name;` children live in, with a trailing `/` (or empty for `src/`).
fn children_dir(path: &str) -> String {
    let module = module_of(path);
    if module.is_empty() {
        String::new()
    } else {
        format!("{}/", module.join("/"))
    }
}

/// The rules about imports, applied to the resolved paths of the file at `path`.
fn import_violations(path: &str, paths: &[UsedPath]) -> Vec<(Rule, String)> {
    let top = path.split(['/', '.']).next().unwrap_or_default();
    let adapter = ["store", "net", "mail", "vault", "render", "config"].contains(&top);
    let mut out = Vec::new();
    for p in paths {
        let seg = |i: usize| p.resolved.get(i).map_or("", String::as_str);
        let internal = seg(0) == "crate";
        let detail = format!("line {} names `{}`", p.line, p.written);
        let io_crate = [
            "tokio",
            "reqwest",
            "rusqlite",
            "lettre",
            "indicatif",
            "fs_err",
        ]
        .contains(&seg(0));
        let std_io = seg(0) == "std" && ["fs", "net", "process"].contains(&seg(1));
        if top == "domain" && (internal && seg(1) != "domain" || io_crate || std_io) {
            out.push((Rule::PureDomain, detail.clone()));
        }
        if adapter && internal && ["cmd", "cli", "ctx"].contains(&seg(1)) {
            out.push((Rule::AdapterReachesUp, detail.clone()));
        }
        if top == "render" && internal && seg(1) == "store" {
            out.push((Rule::RenderReadsStore, detail.clone()));
        }
        let runtime = seg(0) == "tokio"
            && (seg(1) == "runtime" || p.resolved.len() == 2 && ["main", "test"].contains(&seg(1)));
        if top != "net" && runtime {
            out.push((Rule::RuntimeOutsideNet, detail));
        }
    }
    out
}

/// One path named in a file: as written, and resolved (`crate` first for the crate's own).
#[derive(Debug)]
struct UsedPath {
    written: String,
    resolved: Vec<String>,
    line: usize,
}

/// What the rules need from one file.
#[derive(Debug, Default)]
struct Scan {
    paths: Vec<UsedPath>,
    lines: usize,
    /// Lines inside `#[cfg(test)]` items (the attribute's line through the item's last).
    test_lines: BTreeSet<usize>,
    /// Names of `#[cfg(test)] mod name;` declarations.
    test_modules: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    Sep,
    Punct(char),
}

fn scan(module: &[String], text: &str) -> Scan {
    let toks = tokens(&blank_comments_and_literals(text));
    let mut out = Scan {
        lines: text.lines().count(),
        ..Scan::default()
    };
    let ident = |i: usize| match toks.get(i) {
        Some((Tok::Ident(s), _)) => Some(s.as_str()),
        _ => None,
    };
    let is = |i: usize, t: &Tok| toks.get(i).is_some_and(|(k, _)| k == t);
    let (mut depth, mut mods, mut pending_mod) = (0_usize, Vec::<(String, usize)>::new(), None);
    let mut i = 0;
    while i < toks.len() {
        let line = toks[i].1;
        match &toks[i].0 {
            Tok::Punct('#') if is_cfg_test(&toks, i) => {
                let (end, declared) = item_end(&toks, i);
                out.test_lines.extend(line..=toks[end].1);
                out.test_modules.extend(declared);
            }
            Tok::Punct('{') => {
                depth += 1;
                if let Some(name) = pending_mod.take() {
                    mods.push((name, depth));
                }
            }
            Tok::Punct('}') => {
                if mods.last().is_some_and(|(_, d)| *d == depth) {
                    mods.pop();
                }
                depth = depth.saturating_sub(1);
            }
            Tok::Ident(kw) if kw == "mod" => {
                if let (Some(name), true) = (ident(i + 1), is(i + 2, &Tok::Punct('{'))) {
                    pending_mod = Some(name.to_owned());
                }
            }
            Tok::Ident(kw) if kw == "use" => {
                let mut trees = Vec::new();
                let end = use_tree(&toks, i + 1, &[], &mut trees);
                let module = inside(module, &mods);
                for segs in trees {
                    out.paths.push(used(&module, segs, line));
                }
                i = end;
                continue;
            }
            Tok::Ident(_) | Tok::Sep if starts_path(&toks, i) => {
                let start = if toks[i].0 == Tok::Sep { i + 1 } else { i };
                let mut segs = Vec::new();
                let mut j = start;
                while let Some(name) = ident(j) {
                    segs.push(name.to_owned());
                    if is(j + 1, &Tok::Sep) && ident(j + 2).is_some() {
                        j += 2;
                    } else {
                        break;
                    }
                }
                if segs.is_empty() {
                    i += 1; // a `::` that starts nothing here (`::<T>` after a call)
                    continue;
                }
                if segs.len() > 1 {
                    out.paths.push(used(&inside(module, &mods), segs, line));
                }
                i = j + 1;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The module a token is in: the file's, then the inline `mod name { … }` blocks around it.
fn inside(module: &[String], mods: &[(String, usize)]) -> Vec<String> {
    let mut m = module.to_vec();
    m.extend(mods.iter().map(|(name, _)| name.clone()));
    m
}

/// Whether a path starts at `i`: an identifier not preceded by `::`, or a leading `::`.
fn starts_path(toks: &[(Tok, usize)], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| &toks[p].0);
    match toks[i].0 {
        Tok::Sep => !matches!(prev, Some(Tok::Ident(_) | Tok::Punct('>' | ')'))),
        _ => prev != Some(&Tok::Sep),
    }
}

fn used(module: &[String], segs: Vec<String>, line: usize) -> UsedPath {
    UsedPath {
        written: segs.join("::"),
        resolved: resolve(module, &segs),
        line,
    }
}

/// `crate::`, `self::` and `super::` made absolute (starting with `crate`); other paths (extern
/// crates, `std`, names in scope) are returned as they are.
fn resolve(module: &[String], segs: &[String]) -> Vec<String> {
    let mut out = vec!["crate".to_owned()];
    match segs[0].as_str() {
        "crate" => out.extend_from_slice(&segs[1..]),
        "self" => {
            out.extend_from_slice(module);
            out.extend_from_slice(&segs[1..]);
        }
        "super" => {
            let ups = segs.iter().take_while(|s| *s == "super").count();
            out.extend_from_slice(&module[..module.len().saturating_sub(ups)]);
            out.extend_from_slice(&segs[ups..]);
        }
        _ => return segs.to_vec(),
    }
    out
}

/// Parses the use tree at `i` under `prefix`, pushing every full path it names (`self` in a
/// group names the prefix itself); returns the index of the token after the tree.
fn use_tree(
    toks: &[(Tok, usize)],
    mut i: usize,
    prefix: &[String],
    out: &mut Vec<Vec<String>>,
) -> usize {
    let mut path = prefix.to_vec();
    loop {
        match toks.get(i).map(|t| &t.0) {
            Some(Tok::Ident(s)) if s == "as" => i += 2, // an alias names nothing new
            Some(Tok::Ident(s)) => {
                if s != "self" {
                    path.push(s.clone());
                }
                i += 1;
            }
            Some(Tok::Sep) => i += 1,
            Some(Tok::Punct('{')) => {
                i += 1;
                loop {
                    match toks.get(i).map(|t| &t.0) {
                        None => return i,
                        Some(Tok::Punct('}')) => return i + 1,
                        Some(Tok::Punct(',')) => i += 1,
                        Some(_) => i = use_tree(toks, i, &path, out).max(i + 1),
                    }
                }
            }
            Some(Tok::Punct('*')) => {
                out.push(path);
                return i + 1;
            }
            _ => {
                if !path.is_empty() {
                    out.push(path);
                }
                return i;
            }
        }
    }
}

/// Whether `#[cfg(test)]` starts at `i`.
fn is_cfg_test(toks: &[(Tok, usize)], i: usize) -> bool {
    let want = [
        Tok::Punct('#'),
        Tok::Punct('['),
        Tok::Ident("cfg".into()),
        Tok::Punct('('),
        Tok::Ident("test".into()),
        Tok::Punct(')'),
        Tok::Punct(']'),
    ];
    toks.get(i..i + want.len())
        .is_some_and(|got| got.iter().map(|t| &t.0).eq(want.iter()))
}

/// The index of the last token of what the attribute at `i` applies to, and the module's name
/// if that is `mod name;`. An item (`fn`, `mod`, `impl`…) ends with its block or its `;`; anything
/// else (a variant, a field, a match arm, a statement) also ends at a `,` or where the brackets
/// around it close.
fn item_end(toks: &[(Tok, usize)], i: usize) -> (usize, Option<String>) {
    const ITEMS: [&str; 14] = [
        "fn",
        "mod",
        "impl",
        "struct",
        "enum",
        "trait",
        "const",
        "static",
        "type",
        "use",
        "macro_rules",
        "extern",
        "unsafe",
        "async",
    ];
    let mut j = i;
    while toks.get(j).is_some_and(|t| t.0 == Tok::Punct('#')) {
        j = matching(toks, j + 1) + 1;
    }
    let start = j;
    if toks.get(j).is_some_and(|t| t.0 == Tok::Ident("pub".into())) {
        j += 1;
        if toks.get(j).is_some_and(|t| t.0 == Tok::Punct('(')) {
            j = matching(toks, j) + 1;
        }
    }
    let item = matches!(toks.get(j), Some((Tok::Ident(kw), _)) if ITEMS.contains(&kw.as_str()));
    let mut nesting = 0_usize;
    while let Some((t, _)) = toks.get(j) {
        match t {
            Tok::Punct('(' | '[') => nesting += 1,
            Tok::Punct(')' | ']' | '}') if nesting == 0 => return (j - 1, None),
            Tok::Punct(')' | ']') => nesting -= 1,
            Tok::Punct('{') if nesting == 0 => {
                let close = matching(toks, j);
                let comma = !item && toks.get(close + 1).is_some_and(|t| t.0 == Tok::Punct(','));
                return (close + usize::from(comma), None);
            }
            Tok::Punct(',') if nesting == 0 && !item => return (j, None),
            Tok::Punct(';') if nesting == 0 => {
                let module = match &toks[start..j] {
                    [.., (Tok::Ident(kw), _), (Tok::Ident(name), _)] if kw == "mod" => {
                        Some(name.clone())
                    }
                    _ => None,
                };
                return (j, module);
            }
            _ => {}
        }
        j += 1;
    }
    (toks.len() - 1, None)
}

/// The index of the bracket closing the one at `open`.
fn matching(toks: &[(Tok, usize)], open: usize) -> usize {
    let mut depth = 0_usize;
    for (j, (t, _)) in toks.iter().enumerate().skip(open) {
        match t {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return j;
                }
            }
            _ => {}
        }
    }
    toks.len() - 1
}

/// Identifiers, `::` and single punctuation characters, each with its line (from 1).
fn tokens(code: &str) -> Vec<(Tok, usize)> {
    let chars: Vec<char> = code.chars().collect();
    let (mut out, mut line, mut i) = (Vec::new(), 1, 0);
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            if !c.is_ascii_digit() {
                out.push((Tok::Ident(chars[start..i].iter().collect()), line));
            }
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            out.push((Tok::Sep, line));
            i += 2;
        } else {
            out.push((Tok::Punct(c), line));
            i += 1;
        }
    }
    out
}

/// The source with comments, string and character literals replaced by spaces (newlines kept,
/// so line numbers hold). Lifetimes (`'a`) are kept.
fn blank_comments_and_literals(src: &str) -> String {
    let c: Vec<char> = src.chars().collect();
    let mut out = String::with_capacity(src.len());
    let blank = |out: &mut String, ch: char| out.push(if ch == '\n' { '\n' } else { ' ' });
    let ident_char = |ch: char| ch.is_alphanumeric() || ch == '_';
    let mut i = 0;
    while i < c.len() {
        let at = |k: usize| c.get(k).copied();
        let after_ident = i > 0 && ident_char(c[i - 1]);
        let raw_hashes = |k: usize| {
            let hashes = c[k..].iter().take_while(|ch| **ch == '#').count();
            (at(k + hashes) == Some('"')).then_some(hashes)
        };
        if c[i] == '/' && at(i + 1) == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
                out.push(' ');
            }
        } else if c[i] == '/' && at(i + 1) == Some('*') {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == Some('*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == Some('/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
        } else if let Some((prefix, hashes)) = (!after_ident)
            .then(|| match (c[i], at(i + 1)) {
                ('r', _) => raw_hashes(i + 1).map(|h| (1, h)),
                ('b' | 'c', Some('r')) => raw_hashes(i + 2).map(|h| (2, h)),
                _ => None,
            })
            .flatten()
        {
            // A raw string: ends at a `"` followed by as many `#` as it opened with.
            let closes = |k: usize| c[k] == '"' && (1..=hashes).all(|h| at(k + h) == Some('#'));
            let body = i + prefix + hashes + 1;
            let end = (body..c.len())
                .find(|&k| closes(k))
                .map_or(c.len(), |k| k + 1 + hashes);
            for &ch in &c[i..end] {
                blank(&mut out, ch);
            }
            i = end;
        } else if c[i] == '"' {
            blank(&mut out, c[i]);
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    blank(&mut out, c[i]);
                    i += 1;
                }
                if i < c.len() {
                    blank(&mut out, c[i]);
                    i += 1;
                }
            }
            if i < c.len() {
                blank(&mut out, c[i]);
                i += 1;
            }
        } else if c[i] == '\'' && (at(i + 1) == Some('\\') || at(i + 2) == Some('\'')) {
            // A character literal ('x', '\n', '\'', '\u{1F600}'); otherwise a lifetime.
            let mut j = i + 2;
            while j < c.len() && c[j] != '\'' {
                j += 1;
            }
            if at(i + 1) == Some('\\') && at(i + 2) == Some('\'') {
                j = i + 3; // '\''
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
            }
            for &ch in &c[i..=j.min(c.len() - 1)] {
                blank(&mut out, ch);
            }
            i = j + 1;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

// ---- the checker can fail: one synthetic file per rule

fn check_one(path: &str, text: &str) -> BTreeSet<Rule> {
    let files = BTreeMap::from([(path.to_owned(), text.to_owned())]);
    check_tree(&files)
        .into_keys()
        .map(|(_, rule)| rule)
        .collect()
}

#[test]
fn a_domain_file_naming_an_adapter_or_io_breaks_the_pure_domain_rule() {
    for bad in [
        "use crate::config::platforms::Catalog;",
        "use crate::{domain::ids::CaseId, store};",
        "use crate::render;",
        "fn f() { crate::net::fetch(); }",
        "use super::super::vault::Vault;", // from domain/x.rs, super::super is the crate
        "use std::fs;",
        "use std::{io, process::Command};",
        "fn f() { let _ = std::net::TcpStream::connect(\"x\"); }",
        "fn f() { tokio::spawn(async {}); }",
        "use reqwest::Client;",
        "use rusqlite::Connection;",
        "use lettre::Message;",
        "use indicatif::ProgressBar;",
        "fn f() { fs_err::read(\"x\").ok(); }",
        "#[cfg(test)]\nmod tests {\n    use std::process::Command;\n}\n",
    ] {
        assert_eq!(
            check_one("domain/x.rs", bad),
            BTreeSet::from([Rule::PureDomain]),
            "{bad}"
        );
    }
    for good in [
        "use crate::domain::ids::CaseId;\nuse super::url;\nuse std::io::Cursor;\n",
        "use super::{Block16, PdqHash};", // from domain/pdq/x.rs: still domain
        "// use crate::store;\n/// [`crate::net`]\nconst A: &str = \"crate::store::Store\";\n",
        "const RAW: &str = r#\"use std::fs; \"quoted\"\"#;\nconst C: char = '\"'; use std::fmt;",
        "fn f<'a>(x: &'a str) -> &'a str { x } // use tokio",
        "use image::ImageReader;\nfn f() { std::io::Cursor::new(1); }",
    ] {
        assert_eq!(
            check_one("domain/pdq/x.rs", good),
            BTreeSet::new(),
            "{good}"
        );
    }
}

#[test]
fn an_adapter_naming_the_command_layer_breaks_the_adapter_rule() {
    for file in [
        "store/x.rs",
        "net/mod.rs",
        "mail/x.rs",
        "vault.rs",
        "render/x.rs",
        "config/mod.rs",
    ] {
        for bad in [
            "use crate::cli::GlobalArgs;",
            "use crate::{cmd, domain};",
            "fn f(c: &crate::ctx::Ctx) {}",
        ] {
            assert_eq!(
                check_one(file, bad),
                BTreeSet::from([Rule::AdapterReachesUp]),
                "{file}: {bad}"
            );
        }
    }
    assert_eq!(
        check_one("cmd/x.rs", "use crate::cli::GlobalArgs;"),
        BTreeSet::new()
    );
    assert_eq!(
        check_one("ctx.rs", "use crate::cli::GlobalArgs;"),
        BTreeSet::new()
    );
}

#[test]
fn render_naming_the_store_breaks_the_render_rule() {
    assert_eq!(
        check_one(
            "render/case.rs",
            "use crate::store::{CaseRecord, CaseSummary};"
        ),
        BTreeSet::from([Rule::RenderReadsStore])
    );
    assert_eq!(
        check_one(
            "render/x/y.rs",
            "use super::super::super::store::LinkRecord;"
        ),
        BTreeSet::from([Rule::RenderReadsStore])
    );
    assert_eq!(
        check_one("render/x.rs", "use super::store::Thing;"), // render's own `store` module
        BTreeSet::new()
    );
    assert_eq!(
        check_one("cmd/x.rs", "use crate::store::Store;"),
        BTreeSet::new()
    );
}

#[test]
fn a_runtime_outside_net_breaks_the_runtime_rule() {
    for bad in [
        "fn f() { tokio::runtime::Builder::new_current_thread().build(); }",
        "use tokio::runtime::Runtime;",
        "use tokio::{runtime, sync};",
        "#[tokio::main]\nasync fn main() {}",
        "#[cfg(test)]\nmod tests {\n    #[tokio::test]\n    async fn t() {}\n}\n",
    ] {
        assert_eq!(
            check_one("mail/x.rs", bad),
            BTreeSet::from([Rule::RuntimeOutsideNet]),
            "{bad}"
        );
        assert_eq!(check_one("net/runtime.rs", bad), BTreeSet::new(), "{bad}");
    }
    assert_eq!(
        check_one("mail/x.rs", "use tokio::sync::Semaphore;"),
        BTreeSet::new()
    );
}

#[test]
fn a_file_over_800_lines_of_non_test_code_breaks_the_length_rule() {
    let code = |n: usize| "fn f() {}\n".repeat(n);
    assert_eq!(check_one("cmd/x.rs", &code(800)), BTreeSet::new());
    assert_eq!(
        check_one("cmd/x.rs", &code(801)),
        BTreeSet::from([Rule::LongFile])
    );
    // Test items do not count, whatever their shape: a module, a function, a declared file.
    let tests = "#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() {\n        let _ = [0u8; 2];\n    }\n}\n";
    let with_tests = format!(
        "{}{tests}#[cfg(test)]\n#[allow(dead_code)]\nfn helper() -> [u8; 1] {{\n    [1]\n}}\n#[cfg(test)]\nmod python_check;\n",
        code(800)
    );
    assert_eq!(check_one("cmd/x.rs", &with_tests), BTreeSet::new());
    assert_eq!(
        check_one("cmd/x.rs", &format!("{with_tests}fn g() {{}}\n")),
        BTreeSet::from([Rule::LongFile])
    );
    let files = BTreeMap::from([
        (
            "cmd/stats/mod.rs".to_owned(),
            "#[cfg(test)]\nmod python_check;\nmod chart;\n".to_owned(),
        ),
        ("cmd/stats/python_check.rs".to_owned(), code(900)),
        ("cmd/stats/chart.rs".to_owned(), code(900)),
    ]);
    assert_eq!(
        check_tree(&files).into_keys().collect::<Vec<_>>(),
        [("cmd/stats/chart.rs".to_owned(), Rule::LongFile)]
    );
}

#[test]
fn paths_resolve_from_the_module_they_are_written_in() {
    // In a file's inline `mod tests`, `super` is the file's own module.
    let text = "mod tests {\n    use super::super::super::store;\n}\n";
    assert_eq!(
        check_one("domain/stats/x.rs", text),
        BTreeSet::new(),
        "from domain::stats::x::tests, three supers reach domain"
    );
    assert_eq!(
        check_one(
            "domain/stats/x.rs",
            &text.replace("super::super::super::", "super::super::super::super::")
        ),
        BTreeSet::from([Rule::PureDomain])
    );
    assert_eq!(module_of("domain/pdq/mod.rs"), ["domain", "pdq"]);
    assert_eq!(module_of("vault.rs"), ["vault"]);
    assert!(module_of("lib.rs").is_empty());
}
