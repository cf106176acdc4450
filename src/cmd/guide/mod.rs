//! `takedown guide`: glue only. The route comes from `domain::route`, the guide's data from
//! `render::guide`, its wording from `templates/guide/`.
//!
//! Nothing the victim answers is stored or logged: this command never opens the case store,
//! and answers are neither traced nor written anywhere but the terminal they came from.

mod ask;

use std::io::{self, IsTerminal as _};
use std::path::PathBuf;

use anyhow::Context as _;

use self::ask::Asker;
use crate::ctx::Ctx;
use crate::domain::catalog::Platform;
use crate::domain::category::Category;
use crate::error::ExitStatus;
use crate::render::files;
use crate::render::guide::{self, Topic};
use crate::render::templates::{self, Format, Lang};

/// Where a page of an interactive guide ends; the templates write it only when interactive.
const PAGE_BREAK: char = '\u{c}';

/// Self-reporting guide for a victim: safety first, then the exact steps, evidence and help
///
/// On a terminal without `--platform` and `--category` it asks, one question at a time (several
/// platforms can be chosen), and shows the steps one by one. Otherwise it prints (or writes with
/// `--out`) a guide staff can send or print; `--platform` may be repeated for one guide covering
/// several platforms. Nothing the victim answers is stored or logged.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "Examples:
  takedown guide                                          ask, then guide step by step
  takedown guide --platform instagram --category impersonation
  takedown guide --platform facebook --platform whatsapp --category sextortion
  takedown guide --platform facebook --category ncii --lang ur --format html --out guide.html")]
pub(crate) struct GuideArgs {
    /// A platform (an id from `takedown platforms list`); repeat it, or separate ids with
    /// commas, for one guide covering several
    #[arg(long, value_name = "PLATFORM", value_delimiter = ',')]
    platform: Vec<String>,
    /// What happened
    #[arg(long, value_name = "CATEGORY")]
    category: Option<Category>,
    /// The person harmed (or shown in the images) is under 18: hotlines only
    #[arg(long)]
    minor: bool,
    /// Country whose emergency numbers, helplines and authorities to show
    #[arg(long, value_name = "CODE", default_value = "pk")]
    jurisdiction: String,
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
    /// The page's format; a guide is for people, so there is no JSON
    #[arg(long, default_value = "text", value_parser = formats_for_people())]
    format: Format,
    /// Write the guide to this file (0600) instead of printing it
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
}

/// The formats of a report that a person reads: a guide has no JSON.
fn formats_for_people() -> impl clap::builder::TypedValueParser<Value = Format> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new(["text", "md", "html"])
        .map(|s| <Format as clap::ValueEnum>::from_str(&s, false).expect("each is a `Format`"))
}

pub(crate) fn run(args: GuideArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    let catalog = ctx.catalog()?;
    let jurisdiction = catalog.jurisdiction(&args.jurisdiction).with_context(|| {
        format!(
            "no jurisdiction `{}` in the platform catalogue",
            args.jurisdiction
        )
    })?;
    let templates = ctx.templates()?;
    let t = templates.strings("guide", args.lang.as_str())?;
    let mut named = Vec::new();
    for id in &args.platform {
        let platform = catalog
            .get(id)
            .with_context(|| format!("no platform `{id}`; `takedown platforms list` shows them"))?;
        if !named.iter().any(|p: &&Platform| p.id == platform.id) {
            named.push(platform);
        }
    }
    let complete = !named.is_empty() && args.category.is_some();
    let interactive =
        !complete && args.out.is_none() && io::stdin().is_terminal() && io::stdout().is_terminal();
    let topic = match args.category {
        Some(category) if complete => Topic {
            platforms: named,
            category,
            minor: args.minor,
            jurisdiction: Some(jurisdiction),
        },
        _ if !interactive => anyhow::bail!(
            "no terminal to ask on: pass `--platform` and `--category`, e.g. `takedown guide \
             --platform instagram --category impersonation` (`takedown platforms list` shows the \
             platforms)"
        ),
        category => {
            let mut ask = Asker::new(&t, args.lang);
            let contacts = guide::contacts(catalog, Some(jurisdiction));
            let minor = ask.safety(&contacts, args.minor)?;
            let category = match category {
                Some(c) => c,
                None => ask.category()?,
            };
            let platforms = if named.is_empty() {
                ask.platforms(catalog, category)?
            } else {
                named
            };
            Topic {
                platforms,
                category,
                minor,
                jurisdiction: Some(jurisdiction),
            }
        }
    };
    let data = guide::build(catalog, topic, interactive);
    let text = templates::render(&templates, "guide", args.format, args.lang, &t, &data)?;
    if let Some(path) = &args.out {
        files::write_private(path, &text)?;
        ctx.printer().line(&path.display())?;
    } else if interactive {
        let mut pages = text.split(PAGE_BREAK).peekable();
        while let Some(page) = pages.next() {
            ctx.printer()
                .line(&format!("\n{}", page.trim_matches('\n')))?;
            if pages.peek().is_some() {
                Asker::new(&t, args.lang).wait()?;
            }
        }
    } else {
        ctx.printer().line(&text.trim_end())?;
    }
    Ok(ExitStatus::Success)
}
