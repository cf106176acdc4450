//! Adding many links at once: every input line is read, the good ones are added in one
//! transaction, and each bad one is reported with its line number. Nothing good is lost because
//! of a bad line.

use std::path::Path;

use serde_json::json;

use crate::ctx::Ctx;
use crate::domain::category::Category;
use crate::domain::ids::CaseId;
use crate::error::ExitStatus;
use crate::render::Printer;

/// A list of links is text; 64 MiB holds about a million of them and keeps memory bounded.
const MAX_INPUT: u64 = 64 * 1024 * 1024;

pub(super) struct Input {
    /// Where it came from, for messages: `line 3` or `argument 2`. Never the URL itself.
    label: String,
    text: String,
}

pub(super) fn from_args(urls: &[String], printer: &Printer) -> anyhow::Result<Vec<Input>> {
    if urls.iter().any(|url| url != "-") {
        printer.note(
            &"note: a link given on the command line shows in the process list and shell history; `-` reads links from stdin",
        );
    }
    let mut inputs = Vec::new();
    for (n, url) in urls.iter().enumerate() {
        if url == "-" {
            inputs.extend(lines(&crate::cmd::read_stdin(MAX_INPUT)?));
        } else {
            inputs.push(Input {
                label: format!("argument {}", n + 1),
                text: url.clone(),
            });
        }
    }
    Ok(inputs)
}

pub(super) fn from_file(path: &Path) -> anyhow::Result<Vec<Input>> {
    let text = if path == Path::new("-") {
        crate::cmd::read_stdin(MAX_INPUT)?
    } else {
        crate::input::read_text(path, MAX_INPUT).map_err(|e| crate::input::named(path, e))?
    };
    Ok(lines(&text))
}

/// One link per line; blank lines and `#` comments are skipped, line numbers kept for messages.
fn lines(text: &str) -> Vec<Input> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let line = line.trim();
            !line.is_empty() && !line.starts_with('#')
        })
        .map(|(n, line)| Input {
            label: format!("line {}", n + 1),
            text: line.to_owned(),
        })
        .collect()
}

pub(super) fn add(
    ctx: &Ctx<'_>,
    case: &CaseId,
    category: Option<Category>,
    inputs: Vec<Input>,
) -> anyhow::Result<ExitStatus> {
    let store = ctx.store()?;
    let catalog = ctx.catalog()?;
    let parsed: Vec<_> = inputs
        .iter()
        .map(|input| super::to_new_link(catalog, &input.text, category))
        .collect();
    let good: Vec<_> = parsed
        .iter()
        .filter_map(|p| p.as_ref().ok())
        .cloned()
        .collect();
    // A link stored under older rules is found by normalising its URL again (`Store::add_links`).
    let rehash = |stored: &str| {
        crate::domain::url::normalize(stored, catalog)
            .ok()
            .map(|url| url.url_hash())
    };
    let mut added = store
        .add_links(case, &good, ctx.staff()?, ctx.now(), &rehash)?
        .into_iter();

    let printer = ctx.printer();
    let (mut new, mut known, mut bad) = (0, 0, 0);
    for (input, parsed) in inputs.iter().zip(&parsed) {
        let link = match parsed {
            Ok(link) => link,
            Err(err) => {
                bad += 1;
                if printer.json() {
                    printer
                        .json_line(&json!({ "input": input.label, "error": err.to_string() }))?;
                }
                printer.error(&[format!("{}: {err}", input.label)], None);
                continue;
            }
        };
        let outcome = added
            .next()
            .expect("the store answers once per link it was given");
        if outcome.already_tracked {
            known += 1;
        } else {
            new += 1;
        }
        if !outcome.other_cases.is_empty() {
            let cases: Vec<String> = outcome
                .other_cases
                .iter()
                .map(ToString::to_string)
                .collect();
            printer.warn(&format_args!(
                "{}: {} is also tracked in case {}",
                input.label,
                outcome.id,
                cases.join(", ")
            ));
        }
        if printer.json() {
            printer.json_line(&json!({
                "input": input.label,
                "id": outcome.id,
                "url": link.url,
                "url_hash": link.url.url_hash(),
                "platform": link.platform,
                "already_tracked": outcome.already_tracked,
                "other_cases": outcome.other_cases,
            }))?;
        } else {
            printer.created(&outcome.id)?;
        }
    }
    printer.note(&format_args!(
        "{case}: {new} added, {known} already tracked, {bad} could not be read."
    ));
    Ok(if bad > 0 {
        ExitStatus::Failure
    } else {
        ExitStatus::Success
    })
}
