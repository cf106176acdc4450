//! Charts of `stats` figures, drawn in-process with plotters (no external program): removal rate
//! per platform, hours to removal per platform and route (median, with the 25th to 75th
//! percentile as a bar), and cases opened per period. Suppressed cells get no mark, only a
//! `(<k)` label. Titles and axes follow the page's language in SVG, which browsers shape and lay
//! out right to left; PNG text is drawn glyph by glyph with the bundled DejaVu Sans, which would
//! leave Urdu letters unjoined and in the wrong order, so a PNG stays in English. Row labels are
//! platform and route ids, as in the tables.

use std::sync::Once;

use plotters::coord::Shift;
use plotters::coord::ranged1d::SegmentedCoord;
use plotters::coord::types::{RangedCoordf64, RangedCoordusize};
use plotters::prelude::*;

use crate::config::templates::Strings;
use crate::domain::stats::{Dim, LinkRow, Report};
use crate::render::stats::{Words, key_text, string};

const FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const WIDTH: u32 = 960;
const BAR: RGBColor = RGBColor(0x1f, 0x6f, 0xb4);
const RANGE: RGBColor = RGBColor(0xd9, 0x5f, 0x02);

/// What the charts show, taken from reports computed for them.
pub(crate) struct ChartData {
    /// Per platform: the label and the removal rate (`None`: suppressed).
    pub(crate) removal: Vec<(String, Option<f64>)>,
    /// Per platform and route: the label and the 25th, 50th and 75th percentile of hours.
    pub(crate) hours: Vec<(String, Option<[f64; 3]>)>,
    /// Per period: cases opened.
    pub(crate) cases: Vec<(String, Option<u64>)>,
    pub(crate) min_count: u64,
    pub(crate) internal: bool,
    text: ChartText,
}

/// The words on the charts, in one language.
#[derive(Debug, Clone)]
pub(crate) struct ChartText {
    removal: String,
    hours: String,
    cases: String,
    removal_axis: String,
    hours_axis: String,
    cases_axis: String,
    internal: String,
    too_few_removed: String,
    words: Words,
}

impl ChartText {
    /// From the `chart_*` keys of a stats strings file (`templates/stats/LANG.yaml`).
    pub(crate) fn from_strings(strings: &Strings) -> anyhow::Result<ChartText> {
        let get = |key| string(strings, key);
        Ok(ChartText {
            removal: get("chart_removal")?,
            hours: get("chart_hours")?,
            cases: get("chart_cases")?,
            removal_axis: get("chart_removal_axis")?,
            hours_axis: get("chart_hours_axis")?,
            cases_axis: get("chart_cases_axis")?,
            internal: get("chart_internal")?,
            too_few_removed: get("chart_too_few_removed")?,
            words: Words::from_strings(strings)?,
        })
    }
}

impl ChartData {
    pub(crate) fn new(
        by_platform: &Report,
        by_route: &Report,
        cases: Vec<(String, Option<u64>)>,
        min_count: u64,
        internal: bool,
        text: ChartText,
    ) -> ChartData {
        let suppressed = format!(" (<{min_count})");
        let label = |row: &LinkRow, dims: &[Dim]| {
            if row.minors {
                return text.words.minors.clone();
            }
            let keys: Vec<String> = dims
                .iter()
                .map(|d| key_text(row, *d, &text.words))
                .collect();
            keys.join(" · ")
        };
        let removal = by_platform
            .links
            .iter()
            .map(|row| {
                let mut name = label(row, &[Dim::Platform]);
                if row.figures.is_none() {
                    name.push_str(&suppressed);
                }
                (name, row.figures.as_ref().map(|f| f.removal_rate))
            })
            .collect();
        let hours = by_route
            .links
            .iter()
            .map(|row| {
                let mut name = label(row, &[Dim::Platform, Dim::Route]);
                match &row.figures {
                    None => name.push_str(&suppressed),
                    Some(f) if f.hours.is_none() => {
                        name.push_str(&format!(" ({})", text.too_few_removed));
                    }
                    Some(_) => {}
                }
                let range = row.figures.as_ref().and_then(|f| f.hours);
                (name, range.map(|h| [h[0], h[1], h[2]]))
            })
            .collect();
        ChartData {
            removal,
            hours,
            cases,
            min_count,
            internal,
            text,
        }
    }

    fn heights(&self) -> [u32; 3] {
        let rows = |n: usize| 90 + 26 * u32::try_from(n.max(1)).unwrap_or(u32::MAX / 64);
        [rows(self.removal.len()), rows(self.hours.len()), 320]
    }
}

fn register_font() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // The font is built in and known to parse; a failure would show as missing text.
        let _ = plotters::style::register_font("sans-serif", FontStyle::Normal, FONT);
    });
}

/// The charts as one SVG document.
pub(crate) fn svg(data: &ChartData) -> anyhow::Result<String> {
    register_font();
    let height = data.heights().iter().sum();
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
        draw(&root, data).map_err(|e| anyhow::anyhow!("cannot draw the chart: {e}"))?;
        root.present()
            .map_err(|e| anyhow::anyhow!("cannot draw the chart: {e}"))?;
    }
    Ok(out)
}

/// The charts as one PNG image.
pub(crate) fn png(data: &ChartData) -> anyhow::Result<Vec<u8>> {
    register_font();
    let height: u32 = data.heights().iter().sum();
    let mut pixels = vec![0u8; WIDTH as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut pixels, (WIDTH, height)).into_drawing_area();
        draw(&root, data).map_err(|e| anyhow::anyhow!("cannot draw the chart: {e}"))?;
        root.present()
            .map_err(|e| anyhow::anyhow!("cannot draw the chart: {e}"))?;
    }
    let mut png = Vec::new();
    image::ImageEncoder::write_image(
        image::codecs::png::PngEncoder::new(&mut png),
        &pixels,
        WIDTH,
        height,
        image::ExtendedColorType::Rgb8,
    )?;
    Ok(png)
}

type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

fn draw<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, data: &ChartData) -> DrawResult<DB> {
    root.fill(&WHITE)?;
    let [a, b, _] = data.heights();
    let panels = root.split_by_breakpoints([] as [u32; 0], [a, a + b]);
    let note = if data.internal {
        format!(" — {}", data.text.internal)
    } else {
        String::new()
    };
    removal_panel(&panels[0], data, &note)?;
    hours_panel(&panels[1], data, &note)?;
    cases_panel(&panels[2], data, &note)
}

fn labels(names: &[String]) -> impl Fn(&SegmentValue<usize>) -> String + '_ {
    move |v| match v {
        SegmentValue::CenterOf(i) | SegmentValue::Exact(i) => {
            names.get(*i).cloned().unwrap_or_default()
        }
        SegmentValue::Last => String::new(),
    }
}

/// Rows listed top to bottom in reading order: the first row gets the highest segment.
fn top_down<T: Clone>(rows: &[(String, T)]) -> Vec<(String, T)> {
    rows.iter().rev().cloned().collect()
}

/// A panel with one row per name, top to bottom, and a value axis from 0 to `top`.
struct Axis<'t> {
    caption: String,
    top: f64,
    desc: &'t str,
    unit: &'static str,
}

type Rows<'a, DB> =
    ChartContext<'a, DB, Cartesian2d<RangedCoordf64, SegmentedCoord<RangedCoordusize>>>;

fn horizontal<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    axis: &Axis,
    names: &[String],
) -> Result<Rows<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let n = names.len().max(1);
    let mut chart = ChartBuilder::on(area)
        .caption(&axis.caption, ("sans-serif", 20))
        .margin(12)
        .margin_right(36)
        .x_label_area_size(36)
        .y_label_area_size(240)
        .build_cartesian_2d(0f64..axis.top, (0..n).into_segmented())?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(WHITE)
        .y_labels(n)
        .y_label_formatter(&labels(names))
        .x_label_formatter(&|v| format!("{v:.0}{}", axis.unit))
        .x_desc(axis.desc)
        .label_style(("sans-serif", 14))
        .draw()?;
    Ok(chart)
}

fn removal_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &ChartData,
    note: &str,
) -> DrawResult<DB> {
    let rows = top_down(&data.removal);
    let names: Vec<String> = rows.iter().map(|(n, _)| n.clone()).collect();
    let axis = Axis {
        caption: format!("{}{note}", data.text.removal),
        top: 100.0,
        desc: &data.text.removal_axis,
        unit: "%",
    };
    let mut chart = horizontal(area, &axis, &names)?;
    chart.draw_series(rows.iter().enumerate().filter_map(|(i, (_, rate))| {
        let rate = (*rate)? * 100.0;
        let mut bar = Rectangle::new(
            [
                (0.0, SegmentValue::Exact(i)),
                (rate, SegmentValue::Exact(i + 1)),
            ],
            BAR.filled(),
        );
        bar.set_margin(5, 5, 0, 0);
        Some(bar)
    }))?;
    Ok(())
}

fn hours_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &ChartData,
    note: &str,
) -> DrawResult<DB> {
    let rows = top_down(&data.hours);
    let names: Vec<String> = rows.iter().map(|(n, _)| n.clone()).collect();
    let top = data
        .hours
        .iter()
        .filter_map(|(_, h)| h.map(|h| h[2]))
        .fold(1.0f64, f64::max)
        * 1.1;
    let axis = Axis {
        caption: format!("{}{note}", data.text.hours),
        top,
        desc: &data.text.hours_axis,
        unit: "",
    };
    let mut chart = horizontal(area, &axis, &names)?;
    chart.draw_series(rows.iter().enumerate().filter_map(|(i, (_, h))| {
        let [p25, median, p75] = (*h)?;
        Some(ErrorBar::new_horizontal(
            SegmentValue::CenterOf(i),
            p25,
            median,
            p75,
            RANGE.stroke_width(3),
            12,
        ))
    }))?;
    chart.draw_series(rows.iter().enumerate().filter_map(|(i, (_, h))| {
        let median = (*h)?[1];
        Some(Circle::new(
            (median, SegmentValue::CenterOf(i)),
            5,
            BAR.filled(),
        ))
    }))?;
    Ok(())
}

fn cases_panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    data: &ChartData,
    note: &str,
) -> DrawResult<DB> {
    let k = data.min_count;
    let names: Vec<String> = data
        .cases
        .iter()
        .map(|(p, n)| match n {
            Some(_) => p.clone(),
            None => format!("{p} (<{k})"),
        })
        .collect();
    let n = names.len().max(1);
    let top = data
        .cases
        .iter()
        .filter_map(|(_, c)| *c)
        .max()
        .unwrap_or(0)
        .max(1) as f64
        * 1.15;
    let mut chart = ChartBuilder::on(area)
        .caption(format!("{}{note}", data.text.cases), ("sans-serif", 20))
        .margin(12)
        .margin_right(36)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d((0..n).into_segmented(), 0f64..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(WHITE)
        .x_labels(n)
        .x_label_formatter(&labels(&names))
        // Whole cases only: a fractional tick would read as a count.
        .y_label_formatter(&|v| {
            if v.fract() == 0.0 {
                format!("{v:.0}")
            } else {
                String::new()
            }
        })
        .y_desc(&data.text.cases_axis)
        .label_style(("sans-serif", 14))
        .draw()?;
    chart.draw_series(data.cases.iter().enumerate().filter_map(|(i, (_, c))| {
        let c = (*c)? as f64;
        let mut bar = Rectangle::new(
            [
                (SegmentValue::Exact(i), 0.0),
                (SegmentValue::Exact(i + 1), c),
            ],
            BAR.filled(),
        );
        bar.set_margin(0, 0, 6, 6);
        Some(bar)
    }))?;
    Ok(())
}
