//! How `stats` figures look: a terminal table, JSON Lines, CSV and Markdown. Suppressed cells
//! show as `<k` (null with `"suppressed": true` in JSON); internal figures say so everywhere.

use serde_json::{Value, json};

use crate::config::templates::{Strings, Templates};
use crate::domain::catalog::PlatformId;
use crate::domain::stats::{Dim, Figures, LinkRow, Query, Report};
use crate::render::Table;
use crate::render::templates::{self, Format, Lang};

pub(crate) const INTERNAL: &str = "internal: not for publication";

/// The words that stand in key cells where there is no id. JSON, CSV, Markdown and the
/// terminal keep the built-in English ones, so scripts can rely on them; the page and its
/// charts take them from the page's strings file.
#[derive(Debug, Clone)]
pub(crate) struct Words {
    pub(crate) total: String,
    /// A key the row is not broken down by.
    pub(crate) all: String,
    /// The row that holds minors' cases.
    pub(crate) minors: String,
    /// A route or jurisdiction nobody entered.
    pub(crate) not_recorded: String,
}

impl Words {
    pub(crate) fn english() -> Words {
        Words {
            total: "total".to_owned(),
            all: "all".to_owned(),
            minors: "(minors' cases)".to_owned(),
            not_recorded: "not recorded".to_owned(),
        }
    }

    /// From the `key_*` entries of a stats strings file (`templates/stats/LANG.yaml`).
    pub(crate) fn from_strings(strings: &Strings) -> anyhow::Result<Words> {
        let get = |key| string(strings, key);
        Ok(Words {
            total: get("key_total")?,
            all: get("key_all")?,
            minors: get("key_minors")?,
            not_recorded: get("key_not_recorded")?,
        })
    }
}

/// One entry of the stats strings of a language.
pub(crate) fn string(strings: &Strings, key: &str) -> anyhow::Result<String> {
    strings
        .get(key)
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("the stats strings have no `{key}`"))
}

/// A group's value in one key column.
pub(crate) fn key_text(row: &LinkRow, dim: Dim, words: &Words) -> String {
    let key = &row.key;
    let value = match dim {
        Dim::Platform => key.platform.as_ref().map(PlatformId::to_string),
        Dim::Category => key.category.map(|c| c.to_string()),
        Dim::Route => key
            .route
            .map(|r| r.map_or_else(|| words.not_recorded.clone(), |r| r.to_string())),
        Dim::Period => key.period.clone(),
    };
    value.unwrap_or_else(|| {
        if row.minors {
            words.minors.clone()
        } else {
            words.all.clone()
        }
    })
}

fn hours(value: f64) -> String {
    format!("{value:.1}")
}

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

/// One table of links figures. Every one has the group keys and the cases and links it rests
/// on, then figures of one kind, so that each fits a terminal of 100 columns (grouped by one key)
/// and a page; JSON and CSV put all of them in one row.
struct Section {
    /// The page's string for the heading.
    key: &'static str,
    /// The heading in text and Markdown.
    title: &'static str,
    columns: &'static [&'static str],
    cells: fn(&Figures) -> Vec<String>,
}

fn percentile_cells(h: Option<[f64; 4]>) -> [String; 4] {
    [1, 0, 2, 3].map(|i| h.map_or_else(|| "-".to_owned(), |h| hours(h[i])))
}

const SECTIONS: [Section; 3] = [
    Section {
        key: "links",
        title: "Links reported",
        columns: &[
            "removed",
            "removal rate",
            "median h",
            "p25 h",
            "p75 h",
            "p90 h",
        ],
        cells: |f| {
            let mut cells = vec![f.removed.to_string(), percent(f.removal_rate)];
            cells.extend(percentile_cells(f.hours));
            cells
        },
    },
    Section {
        key: "responses",
        title: "First platform response",
        columns: &["responded", "median h", "p25 h", "p75 h", "p90 h"],
        cells: |f| {
            let mut cells = vec![f.responded.to_string()];
            cells.extend(percentile_cells(f.response_hours));
            cells
        },
    },
    Section {
        key: "deadlines",
        title: "Deadlines and resurfacing",
        columns: &[
            "with deadline",
            "within deadline",
            "live past deadline",
            "resurfaced",
        ],
        cells: |f| {
            vec![
                f.with_deadline.to_string(),
                f.within_deadline_rate()
                    .map_or_else(|| "-".to_owned(), percent),
                f.live_past_deadline.to_string(),
                f.resurfaced.to_string(),
            ]
        },
    },
];

fn figure_cells(section: &Section, figures: Option<&Figures>, k: u64) -> Vec<String> {
    let Some(f) = figures else {
        let mut cells = vec![format!("<{k}")];
        cells.resize(2 + section.columns.len(), "-".to_owned());
        return cells;
    };
    let mut cells = vec![f.cases.to_string(), f.links.to_string()];
    cells.extend((section.cells)(f));
    cells
}

/// A links table's columns: the keys asked for, then the figures.
fn link_columns(query: &Query, section: &Section) -> Vec<&'static str> {
    let mut columns: Vec<&str> = query.by.iter().map(|d| d.as_str()).collect();
    columns.extend(["cases", "links"]);
    columns.extend(section.columns);
    columns
}

/// A links table's rows, the total last.
fn link_cells(
    query: &Query,
    report: &Report,
    section: &Section,
    words: &Words,
) -> Vec<Vec<String>> {
    let k = query.min_count;
    let mut rows = Vec::new();
    for row in &report.links {
        let mut cells: Vec<String> = query.by.iter().map(|d| key_text(row, *d, words)).collect();
        cells.extend(figure_cells(section, row.figures.as_ref(), k));
        rows.push(cells);
    }
    let mut total = vec![words.total.clone()];
    total.resize(query.by.len(), String::new());
    total.extend(figure_cells(section, report.total.figures.as_ref(), k));
    rows.push(total);
    rows
}

pub(crate) const CASE_COLUMNS: [&str; 4] = ["period", "category", "jurisdiction", "cases"];

pub(crate) fn case_cells(report: &Report, k: u64, words: &Words) -> Vec<Vec<String>> {
    report
        .cases
        .iter()
        .map(|row| {
            vec![
                row.period.clone().unwrap_or_else(|| words.all.clone()),
                row.category.to_string(),
                if row.minors {
                    words.minors.clone()
                } else {
                    row.jurisdiction
                        .clone()
                        .unwrap_or_else(|| words.not_recorded.clone())
                },
                row.cases.map_or_else(|| format!("<{k}"), |n| n.to_string()),
            ]
        })
        .collect()
}

/// Headers in capitals on a terminal, as other tables; as written in Markdown.
fn table(columns: &[&str], rows: Vec<Vec<String>>, upper: bool) -> Table<'static> {
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

fn link_table(query: &Query, report: &Report, section: &Section, upper: bool) -> Table<'static> {
    table(
        &link_columns(query, section),
        link_cells(query, report, section, &Words::english()),
        upper,
    )
}

fn case_table(report: &Report, k: u64, upper: bool) -> Table<'static> {
    table(
        &CASE_COLUMNS,
        case_cells(report, k, &Words::english()),
        upper,
    )
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
    let mut out = format!("{mark}{}\n", headline(query, report));
    for section in &SECTIONS {
        out.push_str(&format!(
            "\n{}\n{}",
            section.title,
            write_table(&link_table(query, report, section, true))
        ));
    }
    out.push_str(&format!("\nCases opened\n{}", cases.trim_end()));
    out
}

pub(crate) fn markdown(query: &Query, report: &Report) -> String {
    let mut out = String::new();
    if query.internal {
        out.push_str(&format!("> **{INTERNAL}**\n\n"));
    }
    out.push_str(&format!(
        "# Takedown figures, {} to {}\n\n{}\n\n",
        query.since,
        query.until,
        headline(query, report)
            .replace(&INTERNAL.to_uppercase(), "")
            .trim(),
    ));
    for section in &SECTIONS {
        out.push_str(&format!(
            "## {}\n\n{}\n",
            section.title,
            link_table(query, report, section, false).markdown()
        ));
    }
    out.push_str(&format!(
        "## Cases opened\n\n{}\n",
        case_table(report, query.min_count, false).markdown()
    ));
    out.push_str(
        "Hours to removal run from the first report (the first escalation for partner escalations) \
         to the first record or observation of removal, in whole hours. Hours to the first \
         platform response run from the same start to the first reply recorded after it (a new \
         ticket or reference number, or a rejection) or the removal, whichever came first. \
         Percentiles interpolate between closest ranks (as Python's \
         `statistics.quantiles(method='inclusive')`) and are shown only where enough links were \
         removed or answered. Minors' cases are counted, but never broken down below category.\n",
    );
    out
}

fn figure_fields(f: Option<&Figures>) -> Vec<(&'static str, Value)> {
    let hours = |i: usize| f.and_then(|f| f.hours).map(|h| h[i]);
    let response = |i: usize| f.and_then(|f| f.response_hours).map(|h| h[i]);
    vec![
        ("cases", json!(f.map(|f| f.cases))),
        ("links", json!(f.map(|f| f.links))),
        ("removed", json!(f.map(|f| f.removed))),
        ("removal_rate", json!(f.map(|f| round(f.removal_rate)))),
        ("median_hours_to_removal", json!(hours(1))),
        ("p25_hours_to_removal", json!(hours(0))),
        ("p75_hours_to_removal", json!(hours(2))),
        ("p90_hours_to_removal", json!(hours(3))),
        ("responded", json!(f.map(|f| f.responded))),
        ("median_hours_to_response", json!(response(1))),
        ("p25_hours_to_response", json!(response(0))),
        ("p75_hours_to_response", json!(response(2))),
        ("p90_hours_to_response", json!(response(3))),
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
    let english = Words::english();
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
            fields.push((dim.as_str(), json!(key_text(row, *dim, &english))));
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
struct PageTable {
    heading: &'static str,
    columns: Vec<&'static str>,
    rows: Vec<Vec<String>>,
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
    link_tables: Vec<PageTable>,
    case_columns: &'a [&'static str],
    case_rows: Vec<Vec<String>>,
    chart: &'a str,
}

/// One self-contained page (styles and the SVG chart inline, nothing fetched), in `lang`.
pub(crate) fn html(
    query: &Query,
    report: &Report,
    chart_svg: &str,
    templates: &Templates,
    lang: Lang,
) -> anyhow::Result<String> {
    let strings = templates.strings("stats", lang.as_str())?;
    let words = Words::from_strings(&strings)?;
    let k = query.min_count;
    let page = Page {
        since: query.since.to_string(),
        until: query.until.to_string(),
        internal: query.internal,
        k,
        cases_opened: count(report.cases_opened, k),
        minor_cases: count(report.minor_cases, k),
        key_count: query.by.len(),
        link_tables: SECTIONS
            .iter()
            .map(|section| PageTable {
                heading: section.key,
                columns: link_columns(query, section),
                rows: link_cells(query, report, section, &words),
            })
            .collect(),
        case_columns: &CASE_COLUMNS,
        case_rows: case_cells(report, k, &words),
        chart: svg_body(chart_svg),
    };
    templates::render(templates, "stats", Format::Html, lang, &strings, &page)
}

/// The `<svg>` element without the XML declaration, to sit inside HTML.
fn svg_body(svg: &str) -> &str {
    svg.find("<svg").map_or(svg, |start| &svg[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page looks its headings and column names up by key; a missing one would be blank.
    #[test]
    fn every_heading_and_column_of_the_page_has_a_string() {
        let strings = Templates::builtin().strings("stats", "en").unwrap();
        let has = |key: &str| assert!(strings.contains_key(key), "no stats string `{key}`");
        for section in &SECTIONS {
            has(section.key);
            let keys = Dim::NAMES.map(|name| name.parse::<Dim>().unwrap().as_str());
            for column in keys
                .iter()
                .chain(&["cases", "links"])
                .chain(section.columns)
            {
                has(&format!("col_{}", column.replace(' ', "_")));
            }
        }
    }
}
