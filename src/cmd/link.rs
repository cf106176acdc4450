use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::ctx::Ctx;
use crate::domain::address;
use crate::domain::catalog::{Catalog, PlatformId};
use crate::domain::category::Category;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::link::{LinkStatus, Route};
use crate::domain::states::CaseOp;
use crate::domain::url;
use crate::error::ExitStatus;
use crate::render;
use crate::store::{LinkFilter, NewLink};

mod add;
mod set;
mod views;

pub(crate) use views::view;

/// Track the links a victim sends: each normalised, hashed and matched to its platform
#[derive(Debug, clap::Subcommand)]
pub(crate) enum LinkCommand {
    /// Add links to a case; `-` reads them from stdin, one per line
    ///
    /// Reading from stdin keeps the links out of shell history and the process list (a link
    /// given as an argument gets a note saying so). Each link
    /// is normalised (tracking parameters dropped, mobile hosts mapped) and hashed; the same link
    /// twice in a case is one link, and a link another case tracks is flagged.
    #[command(after_long_help = "\
Examples:
  takedown link add --case C-7KQ2 -  < links.txt
  pbpaste | takedown link add --case C-7KQ2 -
  takedown link add --case C-7KQ2 --json -  < links.txt")]
    Add {
        /// The case the links belong to
        #[arg(long, value_name = "CASE")]
        case: CaseId,
        /// Category of these links when it differs from the case's
        #[arg(long, value_name = "CATEGORY", value_parser = super::case::category_parser())]
        category: Option<Category>,
        /// Links, or `-` to read them from stdin
        #[arg(required = true, value_name = "URL")]
        urls: Vec<String>,
    },
    /// Add the links listed in a file, one per line (blank lines and `#` comments skipped)
    #[command(after_long_help = "Example:\n  takedown link import --case C-7KQ2 links.txt")]
    Import {
        /// The case the links belong to
        #[arg(long, value_name = "CASE")]
        case: CaseId,
        /// Category of these links when it differs from the case's
        #[arg(long, value_name = "CATEGORY", value_parser = super::case::category_parser())]
        category: Option<Category>,
        /// The file (`-` for stdin)
        file: PathBuf,
    },
    /// List links
    #[command(after_long_help = "\
Examples:
  takedown link list --case C-7KQ2
  takedown link list --status reported --platform facebook --json")]
    List {
        /// Only links of this case
        #[arg(long, value_name = "CASE")]
        case: Option<CaseId>,
        /// Only links with this status
        #[arg(long, value_parser = status_parser())]
        status: Option<LinkStatus>,
        /// Platform id, e.g. `facebook` (`takedown platforms list` shows them)
        #[arg(long, value_name = "ID")]
        platform: Option<String>,
    },
    /// Show a link, its history, and its last observations with what led to each
    ///
    /// Each observation gives its time, status (`unconfirmed` while a second look has not
    /// agreed), HTTP status, the host the last redirect ended on (never the path), redirects
    /// followed, why it was judged so (`status`, `marker`, `challenge`, `login_redirect`), the
    /// catalogue marker that fitted and its sources, the SHA-256 of the body and bytes read.
    #[command(after_long_help = "Examples:
  takedown link show L-7KQ2X
  takedown link show L-7KQ2X --json")]
    Show { id: LinkId },
    /// Record what was done with a link: status, route, the platform's reference number
    ///
    /// `--at` records something that happened earlier: what a platform confirmed by e-mail, or
    /// what was done before the tool was used. Times in the future, and a removal or rejection
    /// before the link was first reported, are refused. Time to removal in `takedown stats` runs
    /// from the first report (the first escalation on the partner route) to the first record or
    /// re-check observation of removal.
    #[command(after_long_help = "\
Examples:
  takedown link set L-7KQ2X --status reported --route web-form --ref 1234567890
  takedown link set L-7KQ2X --status removed
  takedown link set L-7KQ2X --status removed --at 2026-05-17T14:30:00+05:00
  takedown link set L-7KQ2X --status reported --at '2026-05-15 09:00'")]
    #[command(group(clap::ArgGroup::new("change").required(true).multiple(true).args(["status", "route", "reference"])))]
    Set(set::SetArgs),
    /// Delete a link and its history
    Rm { id: LinkId },
}

/// Observations `link show` lists, newest first: a few days of checks, and both looks of a
/// change that was confirmed.
const SHOWN_OBSERVATIONS: u32 = 10;

pub(super) fn status_parser() -> impl TypedValueParser<Value = LinkStatus> {
    PossibleValuesParser::new(LinkStatus::ALL.map(LinkStatus::as_str))
        .map(|s| s.parse::<LinkStatus>().expect("every listed value parses"))
}

pub(super) fn route_parser() -> impl TypedValueParser<Value = Route> {
    PossibleValuesParser::new([
        "in-app", "web-form", "email", "partner", "dmca", "legal", "hotline",
    ])
    .map(|s| s.parse::<Route>().expect("every listed value parses"))
}

pub(crate) fn run(command: LinkCommand, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    match command {
        LinkCommand::Add {
            case,
            category,
            urls,
        } => {
            super::gate(ctx, &case, CaseOp::LinkAdd)?;
            let inputs = add::from_args(&urls, ctx.printer())?;
            add::add(ctx, &case, category, inputs)
        }
        LinkCommand::Import {
            case,
            category,
            file,
        } => {
            super::gate(ctx, &case, CaseOp::LinkImport)?;
            let inputs = add::from_file(&file)?;
            add::add(ctx, &case, category, inputs)
        }
        LinkCommand::List {
            case,
            status,
            platform,
        } => {
            if let Some(case) = &case {
                super::gate(ctx, case, CaseOp::LinkList)?;
            }
            let filter = LinkFilter {
                case,
                status,
                platform: platform.map(PlatformId::from),
            };
            let links = ctx.store()?.links(&filter)?;
            ctx.printer().rows(&links, || {
                render::link::table(&links.iter().map(view).collect::<Vec<_>>())
            })?;
            Ok(ExitStatus::Success)
        }
        LinkCommand::Show { id } => {
            let store = ctx.store()?;
            let link = store.link(&id)?;
            super::gate(ctx, &link.case, CaseOp::LinkShow)?;
            let history = store.link_events(&id)?;
            let last = store.last_check(&id)?;
            let observations = store.last_observations(&id, SHOWN_OBSERVATIONS)?;
            if ctx.printer().json() {
                ctx.printer().json_line(&serde_json::json!({
                    "link": link, "last_check": last, "history": history,
                    "observations": observations
                }))?;
            } else {
                let history: Vec<_> = history.iter().map(views::event).collect();
                let catalog = ctx.catalog()?;
                let last = last.as_ref().map(|c| views::check(c, catalog, &link));
                ctx.printer().line(&render::link::page(
                    &view(&link),
                    last.as_ref(),
                    &history,
                    &observations,
                ))?;
            }
            Ok(ExitStatus::Success)
        }
        LinkCommand::Set(args) => set::run(args, ctx),
        LinkCommand::Rm { id } => {
            let store = ctx.store()?;
            super::gate(ctx, &store.link(&id)?.case, CaseOp::LinkRm)?;
            store.remove_link(&id, ctx.staff()?, ctx.now())?;
            ctx.printer()
                .note(&format_args!("Removed {id} and its history."));
            Ok(ExitStatus::Success)
        }
    }
}

/// Normalises one pasted link, checks that its host is public (or named by the user's platforms
/// file; no DNS lookup here) and finds its platform (`other` when no platform claims the host).
fn to_new_link(
    catalog: &Catalog,
    raw: &str,
    category: Option<Category>,
) -> Result<NewLink, url::UrlError> {
    let url = url::normalize(raw, catalog)?;
    address::check(url.host(), None, catalog.allowed_hosts()).map_err(url::UrlError::NotPublic)?;
    let platform = catalog
        .detect(url.host())
        .map_or_else(PlatformId::other, |p| p.id.clone());
    Ok(NewLink {
        url,
        platform,
        category,
    })
}
