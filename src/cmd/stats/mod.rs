//! `stats`: anonymous figures for the helpline's public reports, from live cases and the outcome
//! ledger together, with small cells suppressed.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::ValueEnum;
use clap::builder::{PossibleValuesParser, TypedValueParser};

use crate::ctx::Ctx;
use crate::domain::deadline::{self, LinkClock};
use crate::domain::stats::{self, Dim, Month, Period, Query};
use crate::error::ExitStatus;
use crate::render::stats as render;
use crate::render::templates::Lang;

mod files;
#[cfg(test)]
mod python_check;

/// Anonymous figures: cases opened, links reported, removals, first responses, deadlines met
///
/// Figures come from live cases and from the anonymous outcome ledger that `wipe case` leaves,
/// so a report gives the same numbers before and after cases are wiped. A cell resting on fewer
/// than `--min-count` cases is suppressed (`<5`; `"suppressed": true` with null figures in JSON),
/// and where the total would give it away, the next smallest cell is suppressed too.
/// Percentiles need as many removed (or answered) links. Minors' cases are counted, but never
/// broken down below category. Hours to removal run from the first report (the first escalation
/// on the partner route) to the first record or observation of removal, in whole hours. Hours to
/// the first platform response run from the same start to the first reply recorded after it (a
/// new reference number, `link set ID --ref REF --at TIME`, or a rejection) or the removal,
/// whichever came first; links without one are left out of those figures. Percentiles
/// interpolate between closest ranks, like Python's `statistics.quantiles(method='inclusive')`.
#[derive(Debug, clap::Args)]
#[command(after_long_help = "\
Examples:
  takedown stats                                    the last six months, by platform
  takedown stats --since 2026-01 --until 2026-06 --by platform --by route
  takedown stats --by month --json                  a monthly series as JSON Lines
  takedown stats --period quarter --md > report.md  for the public report
  takedown stats --chart removal.svg --html stats.html --lang ur
  takedown stats --chart removal.png --quiet")]
pub(crate) struct StatsArgs {
    /// First month counted (`2026-01`, or a date in it) [default: five months before --until]
    #[arg(long, value_name = "MONTH")]
    since: Option<Month>,
    /// Last month counted [default: this month]
    #[arg(long, value_name = "MONTH")]
    until: Option<Month>,
    /// Break the figures down by this (repeat or separate with commas) [default: platform]
    #[arg(long, value_name = "KEY", value_delimiter = ',', value_parser = dim_parser())]
    by: Vec<Dim>,
    /// A series by month, quarter or half-year (implies `--by month`)
    #[arg(long, value_enum, value_name = "STEP")]
    period: Option<PeriodArg>,
    /// Suppress cells resting on fewer cases than this
    #[arg(long, value_name = "K", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..))]
    min_count: u64,
    /// Exact small numbers for staff; every output is marked "internal: not for publication"
    #[arg(long)]
    internal: bool,
    /// Comma-separated values for spreadsheets
    #[arg(long, conflicts_with = "md")]
    csv: bool,
    /// A Markdown report
    #[arg(long)]
    md: bool,
    /// Also draw charts to FILE: `.svg` or `.png`
    #[arg(long, value_name = "FILE", value_parser = files::chart_path)]
    chart: Option<PathBuf>,
    /// Also write one self-contained HTML page (tables and charts inline) to FILE
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Language of the HTML page and of an SVG chart (a PNG chart stays in English); Urdu is
    /// right to left
    #[arg(long, value_enum, default_value_t = Lang::En)]
    lang: Lang,
}

fn dim_parser() -> impl TypedValueParser<Value = Dim> {
    PossibleValuesParser::new(Dim::NAMES)
        .map(|s| s.parse::<Dim>().expect("every listed value parses"))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum PeriodArg {
    Month,
    Quarter,
    Half,
}

pub(crate) fn run(args: StatsArgs, ctx: &Ctx<'_>) -> anyhow::Result<ExitStatus> {
    if ctx.printer().json() && (args.csv || args.md) {
        anyhow::bail!("choose one of `--json`, `--csv` and `--md`");
    }
    let query = query(&args, Month::of(ctx.now()))?;
    let catalog = ctx.catalog()?;
    let deadline = |link: &LinkClock| deadline::of_link(catalog, link).map(|d| d.at);
    let input = ctx
        .store()?
        .stats_input(&deadline, ctx.now())
        .context("cannot read the figures")?;
    let report = stats::compute(&query, input.live.clone(), &input.ledger, &input.cases);
    if report.is_empty() {
        ctx.printer().note(&format_args!(
            "No reported links and no cases opened from {} to {}.",
            query.since, query.until
        ));
        return Ok(ExitStatus::Success);
    }
    if args.chart.is_some() || args.html.is_some() {
        files::write(&args, &query, &report, &input, &ctx.templates()?)?;
    }
    let printer = ctx.printer();
    if printer.json() {
        render::json_rows(&query, &report)
            .iter()
            .try_for_each(|row| printer.json_line(row))?;
    } else if args.csv {
        printer.line(&render::csv(&query, &report)?)?;
    } else if args.md {
        printer.line(&render::markdown(&query, &report))?;
    } else {
        printer.line(&render::text(&query, &report))?;
    }
    Ok(ExitStatus::Success)
}

fn query(args: &StatsArgs, this_month: Month) -> anyhow::Result<Query> {
    let until = args.until.unwrap_or(this_month);
    let since = args.since.unwrap_or_else(|| until.minus(5));
    if since > until {
        anyhow::bail!("`--since {since}` is after `--until {until}`");
    }
    let mut by: Vec<Dim> = Vec::new();
    for dim in args
        .by
        .iter()
        .copied()
        .chain(args.period.map(|_| Dim::Period))
    {
        if !by.contains(&dim) {
            by.push(dim);
        }
    }
    if by.is_empty() {
        by.push(Dim::Platform);
    }
    Ok(Query {
        since,
        until,
        by,
        period: match args.period {
            None | Some(PeriodArg::Month) => Period::Month,
            Some(PeriodArg::Quarter) => Period::Quarter,
            Some(PeriodArg::Half) => Period::Half,
        },
        min_count: args.min_count,
        internal: args.internal,
    })
}
