//! `stats --chart` and `stats --html`: charts and a self-contained page, written whole or not at
//! all. They hold only the published (suppressed) figures.

use std::path::{Path, PathBuf};

use crate::config::templates::Templates;
use crate::domain::stats::{self, Dim, Query, Report};
use crate::render::chart::{self, ChartData, ChartText};
use crate::render::files::write_private;
use crate::render::stats as render;
use crate::render::templates::Lang;
use crate::store::ledger::StatsInput;

use super::StatsArgs;

/// Only `.svg` and `.png` are drawn: the extension decides the format.
pub(super) fn chart_path(text: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(text);
    match extension(&path).as_deref() {
        Some("svg" | "png") => Ok(path),
        _ => Err(format!("`{text}` must end in `.svg` or `.png`")),
    }
}

fn extension(path: &Path) -> Option<String> {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
}

/// The charts' own figures: by platform, by platform and route, and cases per period, over the
/// same span and with the same suppression as the tables.
fn chart_data(query: &Query, input: &StatsInput, text: ChartText) -> ChartData {
    let by = |by: Vec<Dim>| {
        let q = Query {
            by,
            ..query.clone()
        };
        stats::compute(&q, input.live.clone(), &input.ledger, &input.cases)
    };
    ChartData::new(
        &by(vec![Dim::Platform]),
        &by(vec![Dim::Platform, Dim::Route]),
        stats::cases_per_period(query, &input.cases),
        query.min_count,
        query.internal,
        text,
    )
}

fn chart_text(templates: &Templates, lang: Lang) -> anyhow::Result<ChartText> {
    ChartText::from_strings(&templates.strings("stats", lang.as_str())?)
}

pub(super) fn write(
    args: &StatsArgs,
    query: &Query,
    report: &Report,
    input: &StatsInput,
    templates: &Templates,
) -> anyhow::Result<()> {
    if let Some(path) = &args.chart {
        if extension(path).as_deref() == Some("png") {
            let data = chart_data(query, input, chart_text(templates, Lang::En)?);
            write_private(path, chart::png(&data)?)?;
        } else {
            let data = chart_data(query, input, chart_text(templates, args.lang)?);
            write_private(path, chart::svg(&data)?)?;
        }
    }
    if let Some(path) = &args.html {
        let data = chart_data(query, input, chart_text(templates, args.lang)?);
        let page = render::html(query, report, &chart::svg(&data)?, templates, args.lang)?;
        write_private(path, page)?;
    }
    Ok(())
}
