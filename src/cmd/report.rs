//! `takedown report`: glue only. Route rules live in `domain::route`, the report's data in
//! `render::report`, its wording in `templates/report/`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Context as _;

use crate::ctx::Ctx;
use crate::domain::catalog::PlatformId;
use crate::domain::ids::CaseId;
use crate::domain::states::CaseOp;
use crate::error::ExitStatus;
use crate::render::files;
use crate::render::report;
use crate::render::templates::{self, Format, Lang};
use crate::store::{LinkFilter, LinkRecord};

/// Platform-specific takedown reports for a case: what to submit where, and why
///
/// One report per platform, grouping the case's links on it: the channel to use first and the
/// reasons, the steps, what the form asks for, the legal basis and deadlines, each link with its
/// url_hash and first-seen date, and placeholders for the victim's own details (the tool stores
/// none). Record what you filed with `takedown link set ID --status reported --ref TICKET`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  takedown report --case C-7KQ2                         every platform, as text to paste into forms
  takedown report --case C-7KQ2 --platform x --format md
  takedown report --case C-7KQ2 --format html --lang ur --out reports/")]
pub(crate) struct ReportArgs {
    /// The case whose links to report
    #[arg(long, value_name = "CASE")]
    case: CaseId,
    /// Only this platform's links (an id from `takedown platforms list`, or `other`)
    #[arg(long, value_name = "PLATFORM")]
    platform: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
    /// Write one file per platform into this directory (created 0700; files 0600) instead of
    /// printing
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

pub(crate) fn run(args: ReportArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let catalog = ctx.catalog()?;
    if let Some(p) = args.platform.as_deref().filter(|p| *p != "other") {
        catalog
            .get(p)
            .with_context(|| format!("no platform `{p}`; `takedown platforms list` shows them"))?;
    }
    let (case, _) = super::gate(ctx, &args.case, CaseOp::Report)?;
    let store = ctx.store()?;
    let links = store.links(&LinkFilter {
        case: Some(args.case.clone()),
        platform: args.platform.clone().map(PlatformId::from),
        ..LinkFilter::default()
    })?;
    if links.is_empty() {
        anyhow::bail!(
            "case `{}` has no links{} to report; add them with `takedown link add --case {} -`",
            args.case,
            args.platform
                .as_deref()
                .map(|p| format!(" on `{p}`"))
                .unwrap_or_default(),
            args.case
        );
    }
    if case.consent.platforms.is_none() {
        // Staff submit reports themselves, so it still prints; the report carries the same mark.
        ctx.printer().warn(&format!(
            "case `{}` has no consent to share with platforms recorded: the report is marked so; record it with `takedown case consent {} --give platforms` before submitting it",
            case.id, case.id
        ));
    }
    let mut by_platform: BTreeMap<&str, Vec<&LinkRecord>> = BTreeMap::new();
    for link in &links {
        by_platform
            .entry(link.platform.as_str())
            .or_default()
            .push(link);
    }
    let templates = ctx.templates()?;
    let strings = templates.strings("report", args.lang.as_str())?;
    if let Some(dir) = &args.out {
        files::private_dir(dir)?;
    }
    let now = ctx.now();
    for (platform, links) in by_platform {
        let links: Vec<_> = links.into_iter().map(super::link::view).collect();
        let report = report::build(catalog, &super::case::view(&case), platform, &links, now);
        let text = match args.format {
            Format::Json if args.out.is_some() => serde_json::to_string_pretty(&report)? + "\n",
            Format::Json => serde_json::to_string(&report)?,
            format => {
                templates::render(&templates, "report", format, args.lang, &strings, &report)?
            }
        };
        match &args.out {
            Some(dir) => {
                let name = format!(
                    "{}-{platform}.{}.{}",
                    case.id,
                    args.lang.as_str(),
                    args.format.extension()
                );
                let path = dir.join(name);
                files::write_private(&path, &text)?;
                ctx.printer().line(&path.display())?;
            }
            None => ctx.printer().line(&text.trim_end())?,
        }
    }
    Ok(ExitStatus::Success)
}
