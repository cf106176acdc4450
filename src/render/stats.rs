//! How `stats` figures look: a terminal table, JSON Lines, CSV and Markdown. Suppressed cells
//! show as `<k` (null with `"suppressed": true` in JSON); internal figures say so everywhere.

use serde_json::{Value, json};

use crate::config::templates::Templates;
use crate::domain::stats::{Dim, Figures, LinkRow, Query, Report};
use crate::render::Table;
use crate::render::templates::{self, Format, Lang};

pub(crate) const INTERNAL: &str = "internal: not for publication";
/// What stands in a key column for the row that holds minors' cases.
pub(crate) const MINORS: &str = "(minors' cases)";

/// A group's value in one key column.
pub(crate) fn key_text(row: &LinkRow, dim: Dim) -> String {
    let key = &row.key;
    let value = match dim {
        Dim::Platform => key.platform.clone(),
        Dim::Category => key.category.map(|c| c.to_string()),
        Dim::Route => key
            .route
            .map(|r| r.map_or_else(|| "not recorded".to_owned(), |r| r.to_string())),
        Dim::Period => key.period.clone(),
    };
    value.unwrap_or_else(|| if row.minors { MINORS } else { "all" }.to_owned())
}

fn hours(value: f64) -> String {
    format!("{value:.1}")
}

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

/// The figure columns of the text, CSV and Markdown tables.
const FIGURE_COLUMNS: [&str; 12] = [
    "cases",
    "links",
    "removed",
    "removal rate",
    "median h",
    "p25 h",
    "p75 h",
    "p90 h",
    "with deadline",
    "within deadline",
    "live past deadline",
    "resurfaced",
];

fn figure_cells(figures: Option<&Figures>, k: u64) -> Vec<String> {
    let Some(f) = figures else {
        let mut cells = vec![format!("<{k}")];
        cells.resize(FIGURE_COLUMNS.len(), "-".to_owned());
        return cells;
    };
    let pct = |h: Option<[f64; 4]>, i: usize| h.map_or_else(|| "-".to_owned(), |h| hours(h[i]));
    vec![
        f.cases.to_string(),
        f.links.to_string(),
        f.removed.to_string(),
        percent(f.removal_rate),
        pct(f.hours, 1),
        pct(f.hours, 0),
        pct(f.hours, 2),
        pct(f.hours, 3),
        f.with_deadline.to_string(),
        f.within_deadline_rate()
            .map_or_else(|| "-".to_owned(), percent),
        f.live_past_deadline.to_string(),
        f.resurfaced.to_string(),
    ]
}

/// The links table's columns: the keys asked for, then the figures.
pub(crate) fn link_columns(query: &Query) -> Vec<&'static str> {
    let mut columns: Vec<&str> = query.by.iter().map(|d| d.as_str()).collect();
    columns.extend(FIGURE_COLUMNS);
    columns
}

/// The links table's rows, the total last.
pub(crate) fn link_cells(query: &Query, report: &Report) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for row in &report.links {
        let mut cells: Vec<String> = query.by.iter().map(|d| key_text(row, *d)).collect();
        cells.extend(figure_cells(row.figures.as_ref(), query.min_count));
        rows.push(cells);
    }
    let mut total = vec!["total".to_owned()];
    total.resize(query.by.len(), String::new());
    total.extend(figure_cells(report.total.figures.as_ref(), query.min_count));
    rows.push(total);
    rows
}

pub(crate) const CASE_COLUMNS: [&str; 4] = ["period", "category", "jurisdiction", "cases"];

pub(crate) fn case_cells(report: &Report, k: u64) -> Vec<Vec<String>> {
    report
        .cases
        .iter()
        .map(|row| {
            vec![
                row.period.clone().unwrap_or_else(|| "all".to_owned()),
                row.category.to_string(),
                if row.minors {
                    MINORS.to_owned()
                } else {
                    row.jurisdiction
                        .clone()
                        .unwrap_or_else(|| "not recorded".to_owned())
                },
                row.cases.map_or_else(|| format!("<{k}"), |n| n.to_string()),
            ]
        })
        .collect()
}

/// Headers in capitals on a terminal, as other tables; as written in Markdown.
fn table(columns: &[&str], rows: Vec<Vec<String>>, upper: bool) -> Table {
    let header: Vec<String> = columns
        .iter()
        .map(|h| {
            if upper {
                h.to_uppercase()
            } else {
                (*h).to_owned()
            }
        })
        .collect();
    let mut table = Table::new(&header.iter().map(String::as_str).collect::<Vec<_>>());
    for row in rows {
        table.push(row);
    }
    table
}

fn link_table(query: &Query, report: &Report, upper: bool) -> Table {
    table(&link_columns(query), link_cells(query, report), upper)
}

fn case_table(report: &Report, k: u64, upper: bool) -> Table {
    table(&CASE_COLUMNS, case_cells(report, k), upper)
}

fn count(n: Option<u64>, k: u64) -> String {
    n.map_or_else(|| format!("<{k}"), |n| n.to_string())
}

fn headline(query: &Query, report: &Report) -> String {
    let k = query.min_count;
    let mut text = format!(
        "From {} to {}: {} cases opened, {} of them minors'.",
        query.since,
        query.until,
        count(report.cases_opened, k),
        count(report.minor_cases, k)
    );
    if !query.internal {
        text.push_str(&format!(
            " Cells resting on fewer than {k} cases are suppressed (<{k}), and so is the next smallest where a total would reveal one."
        ));
    }
    text
}

fn write_table(table: &Table) -> String {
    let mut out = Vec::new();
    table
        .write(&mut out)
        .expect("writing to memory cannot fail");
    String::from_utf8(out).expect("tables are UTF-8")
}

pub(crate) fn text(query: &Query, report: &Report) -> String {
    let cases = if report.cases.is_empty() {
        "none in this span".to_owned()
    } else {
        write_table(&case_table(report, query.min_count, true))
    };
    let mark = if query.internal {
        format!("{}\n", INTERNAL.to_uppercase())
    } else {
        String::new()
    };
    format!(
        "{mark}{}\n\nLinks reported\n{}\nCases opened\n{}",
        headline(query, report),
        write_table(&link_table(query, report, true)),
        cases.trim_end()
    )
}

pub(crate) fn markdown(query: &Query, report: &Report) -> String {
    let mut out = String::new();
    if query.internal {
        out.push_str(&format!("> **{INTERNAL}**\n\n"));
    }
    out.push_str(&format!(
        "# Takedown figures, {} to {}\n\n{}\n\n## Links reported\n\n{}\n## Cases opened\n\n{}\n",
        query.since,
        query.until,
        headline(query, report)
            .replace(&INTERNAL.to_uppercase(), "")
            .trim(),
        link_table(query, report, false).markdown(),
        case_table(report, query.min_count, false).markdown()
    ));
    out.push_str(
        "Hours to removal run from the first report (the first escalation for partner escalations) \
         to the first record or observation of removal, in whole hours. Percentiles interpolate \
         between closest ranks (as Python's `statistics.quantiles(method='inclusive')`) and are \
         shown only where enough links were removed. Minors' cases are counted, but never broken \
         down below category.\n",
    );
    out
}

fn figure_fields(f: Option<&Figures>) -> Vec<(&'static str, Value)> {
    let hours = |i: usize| f.and_then(|f| f.hours).map(|h| h[i]);
    vec![
        ("cases", json!(f.map(|f| f.cases))),
        ("links", json!(f.map(|f| f.links))),
        ("removed", json!(f.map(|f| f.removed))),
        ("removal_rate", json!(f.map(|f| round(f.removal_rate)))),
        ("median_hours_to_removal", json!(hours(1))),
        ("p25_hours_to_removal", json!(hours(0))),
        ("p75_hours_to_removal", json!(hours(2))),
        ("p90_hours_to_removal", json!(hours(3))),
        ("links_with_deadline", json!(f.map(|f| f.with_deadline))),
        (
            "removed_within_deadline",
            json!(f.map(|f| f.within_deadline)),
        ),
        (
            "within_deadline_rate",
            json!(f.and_then(Figures::within_deadline_rate).map(round)),
        ),
        ("live_past_deadline", json!(f.map(|f| f.live_past_deadline))),
        ("resurfaced", json!(f.map(|f| f.resurfaced))),
        (
            "resurfacing_rate",
            json!(f.and_then(Figures::resurfacing_rate).map(round)),
        ),
    ]
}

fn round(rate: f64) -> f64 {
    (rate * 10_000.0).round() / 10_000.0
}

/// Every row of the report as (column, value) pairs: links rows, the total, then cases rows.
fn rows(query: &Query, report: &Report) -> Vec<Vec<(&'static str, Value)>> {
    let mut out = Vec::new();
    let marks = |fields: &mut Vec<(&'static str, Value)>, suppressed: bool| {
        fields.push(("suppressed", json!(suppressed)));
        if query.internal {
            fields.push(("internal", json!(INTERNAL)));
        }
    };
    for row in &report.links {
        let mut fields = vec![("table", json!("links"))];
        for dim in &query.by {
            fields.push((dim.as_str(), json!(key_text(row, *dim))));
        }
        fields.push(("minors", json!(row.minors)));
        marks(&mut fields, row.figures.is_none());
        fields.extend(figure_fields(row.figures.as_ref()));
        out.push(fields);
    }
    let mut total = vec![("table", json!("total"))];
    total.push(("since", json!(query.since.to_string())));
    total.push(("until", json!(query.until.to_string())));
    total.push(("cases_opened", json!(report.cases_opened)));
    total.push(("minor_cases", json!(report.minor_cases)));
    marks(&mut total, report.total.figures.is_none());
    total.extend(figure_fields(report.total.figures.as_ref()));
    out.push(total);
    for row in &report.cases {
        let mut fields = vec![
            ("table", json!("cases")),
            ("period", json!(row.period)),
            ("category", json!(row.category)),
            ("jurisdiction", json!(row.jurisdiction)),
            ("minors", json!(row.minors)),
        ];
        marks(&mut fields, row.cases.is_none());
        fields.push(("cases", json!(row.cases)));
        out.push(fields);
    }
    out
}

pub(crate) fn json_rows(query: &Query, report: &Report) -> Vec<Value> {
    rows(query, report)
        .into_iter()
        .map(|fields| Value::Object(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
        .collect()
}

/// One sheet: every column any row has, in first-seen order; empty where a row has none.
pub(crate) fn csv(query: &Query, report: &Report) -> anyhow::Result<String> {
    let rows = rows(query, report);
    let mut columns: Vec<&str> = Vec::new();
    for (name, _) in rows.iter().flatten() {
        if !columns.contains(name) {
            columns.push(name);
        }
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&columns)?;
    for row in &rows {
        writer.write_record(columns.iter().map(|c| {
            match row.iter().find(|(name, _)| name == c).map(|(_, v)| v) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => s.clone(),
                Some(v) => v.to_string(),
            }
        }))?;
    }
    let bytes = writer.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8(bytes)?.trim_end().to_owned())
}

#[derive(serde::Serialize)]
struct Page<'a> {
    since: String,
    until: String,
    internal: bool,
    k: u64,
    cases_opened: String,
    minor_cases: String,
    key_count: usize,
    link_columns: Vec<&'static str>,
    link_rows: Vec<Vec<String>>,
    case_columns: &'a [&'static str],
    case_rows: Vec<Vec<String>>,
    chart: &'a str,
}

/// One self-contained page (styles and the SVG chart inline, nothing fetched), in `lang`.
pub(crate) fn html(
    query: &Query,
    report: &Report,
    chart_svg: &str,
    lang: Lang,
) -> anyhow::Result<String> {
    let templates = Templates::locate();
    let strings = templates.strings("stats", lang.as_str())?;
    let k = query.min_count;
    let page = Page {
        since: query.since.to_string(),
        until: query.until.to_string(),
        internal: query.internal,
        k,
        cases_opened: count(report.cases_opened, k),
        minor_cases: count(report.minor_cases, k),
        key_count: query.by.len(),
        link_columns: link_columns(query),
        link_rows: link_cells(query, report),
        case_columns: &CASE_COLUMNS,
        case_rows: case_cells(report, k),
        chart: svg_body(chart_svg),
    };
    templates::render(&templates, "stats", Format::Html, lang, &strings, &page)
}

/// The `<svg>` element without the XML declaration, to sit inside HTML.
fn svg_body(svg: &str) -> &str {
    svg.find("<svg").map_or(svg, |start| &svg[start..])
}
