//! Rendering reports and guides through minijinja: sandboxed (templates cannot reach files or
//! the network), strict about undefined values so a misspelt key fails loudly instead of
//! printing nothing, and HTML-escaping every value in `.html` templates.
//!
//! Besides the data, every template gets `tr(record, field)`, a catalogue record's text in the
//! page's language (the Urdu beside the English, or the English where none was written yet),
//! the `ltr` filter, which keeps an English name, URL or number in place inside right-to-left
//! text, and `fonts`, the `@font-face` rules printable pages embed.

use minijinja::value::Value;
use serde::Serialize;

use super::bidi;
use super::fonts;
use crate::config::templates::{Strings, TemplateFile, Templates};
use crate::domain::string_enum;

string_enum! {
    /// Output language; Urdu is written right to left.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, Serialize)]
    #[serde(rename_all = "lowercase")]
    pub(crate) enum Lang {
        En = "en",
        Ur = "ur",
    }
}

impl Lang {
    fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ur => "rtl",
        }
    }

    fn rtl(self) -> bool {
        self == Lang::Ur
    }
}

/// `record[field]` in `lang`: the record's `ur` text when the page is Urdu and there is one,
/// else the English; in right-to-left text, quoted screen labels become left-to-right islands.
/// A field the record lacks is `none`, so templates can test it.
fn localized(record: &Value, field: &str, lang: Lang) -> Value {
    let present = |v: &Value| !(v.is_undefined() || v.is_none());
    let english = record.get_attr(field).ok().filter(present);
    let urdu = match lang {
        Lang::Ur => record
            .get_attr("ur")
            .ok()
            .filter(present)
            .and_then(|ur| ur.get_attr(field).ok())
            .filter(present),
        Lang::En => None,
    };
    let Some(chosen) = urdu.or(english) else {
        return Value::from(());
    };
    if !lang.rtl() {
        return chosen;
    }
    let isolate = |v: Value| match v.as_str() {
        Some(text) => Value::from(bidi::isolate_quoted(text)),
        None => v,
    };
    match chosen.try_iter() {
        Ok(items) if chosen.as_str().is_none() => {
            Value::from(items.map(isolate).collect::<Vec<_>>())
        }
        _ => isolate(chosen),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Plain text, to paste into forms
    Text,
    /// Markdown
    Md,
    /// A standalone printable HTML page
    Html,
    /// JSON (reports only)
    Json,
}

impl Format {
    pub(crate) fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

/// The work one render may do: about one unit per instruction and per 64 bytes of data made, so
/// it bounds time and memory (here 64 MiB) alike. The built-in report for a case of 1,000 links
/// uses under 40,000 (`-v` logs what each render used); a user template with two nested loops of
/// 100,000, or one making a 100 MB string, runs out at once and fails, naming itself. (At five
/// million, a 100 MB string still fitted and went on to the terminal.)
const FUEL: u64 = 1_000_000;

/// The most one `{{ … }}` of a list, map or other object may print, in bytes and in items. Fuel
/// pays for printed bytes only after they are written, and a repeated list (`[0] * 100000000`)
/// is made lazily, so without these bounds printing one would take minutes before the fuel ran
/// out (minijinja goes on walking a list after its output failed).
const MAX_PRINTED: usize = 4 << 20;
const MAX_PRINTED_ITEMS: usize = 100_000;

/// A template that failed to compile or to render, named by file and line.
#[derive(Debug, thiserror::Error)]
#[error("the template `{origin}` is broken at line {line}: {detail}")]
pub(crate) struct Broken {
    origin: String,
    line: usize,
    detail: String,
}

/// What every template receives besides its own data: the language, the text direction, and
/// the strings of that language as `t`.
#[derive(Serialize)]
struct Page<'a, T> {
    lang: &'static str,
    dir: &'static str,
    fonts: &'static str,
    t: &'a Strings,
    #[serde(flatten)]
    data: &'a T,
}

/// Renders `templates/<kind>/<kind>.<ext>.j2` with `data`.
pub(crate) fn render<T: Serialize>(
    templates: &Templates,
    kind: &str,
    format: Format,
    lang: Lang,
    strings: &Strings,
    data: &T,
) -> anyhow::Result<String> {
    render_file(
        templates,
        &format!("{kind}/{kind}.{}.j2", format.extension()),
        lang,
        strings,
        data,
    )
}

/// Renders the template at `name` (a path below `templates/`) with `data`.
pub(crate) fn render_file<T: Serialize>(
    templates: &Templates,
    name: &str,
    lang: Lang,
    strings: &Strings,
    data: &T,
) -> anyhow::Result<String> {
    let file = templates.file(name)?;
    let page = Page {
        lang: lang.as_str(),
        dir: lang.dir(),
        fonts: fonts::font_faces(),
        t: strings,
        data,
    };
    Ok(render_source(name, &file, lang, &page)?)
}

/// Compiles and renders one template's text in `lang`, within [`FUEL`]. `name` decides escaping
/// (`.html.j2` escapes every value); errors name `file.origin`.
pub(crate) fn render_source<P: Serialize>(
    name: &str,
    file: &TemplateFile,
    lang: Lang,
    page: &P,
) -> Result<String, Broken> {
    let broken = |e: minijinja::Error| Broken {
        origin: file.origin.clone(),
        line: e.line().unwrap_or(0),
        detail: if e.kind() == minijinja::ErrorKind::OutOfFuel {
            format!(
                "it did more than the {FUEL} steps a render may take (a loop too large, or one without end)"
            )
        } else {
            e.detail()
                .map_or_else(|| e.kind().to_string(), str::to_owned)
        },
    };
    let mut env = minijinja::Environment::new();
    env.set_fuel(Some(FUEL));
    env.set_formatter(bounded_formatter);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_auto_escape_callback(|name| {
        if name.ends_with(".html.j2") {
            minijinja::AutoEscape::Html
        } else {
            minijinja::AutoEscape::None
        }
    });
    env.set_syntax(
        minijinja::syntax::SyntaxConfig::builder()
            .trim_blocks(true)
            .lstrip_blocks(true)
            .keep_trailing_newline(true)
            .build()
            .expect("the default delimiters are valid"),
    );
    env.add_function("tr", move |record: Value, field: &str| {
        localized(&record, field, lang)
    });
    env.add_filter("ltr", move |text: Value| -> Value {
        match text.as_str() {
            Some(s) if lang.rtl() => Value::from(bidi::isolate(s)),
            _ => text,
        }
    });
    env.add_template_owned(name.to_owned(), file.source.clone())
        .map_err(broken)?;
    let template = env.get_template(name).map_err(broken)?;
    let rendered = template
        .render_captured(minijinja::value::Value::from(minijinja::value::Serde(page)))
        .map_err(broken)?;
    if let Some((used, _)) = rendered.state().fuel_levels() {
        tracing::debug!(template = %name, fuel = used, limit = FUEL, "rendered");
    }
    Ok(rendered.into_output())
}

/// minijinja's own formatter, except that a value that is not a string is written out within
/// [`MAX_PRINTED`] first (a string already paid for its bytes when it was made).
fn bounded_formatter(
    out: &mut minijinja::Output,
    state: &mut minijinja::State,
    value: &minijinja::Value,
) -> Result<(), minijinja::Error> {
    if value.as_str().is_some() {
        return minijinja::escape_formatter(out, state, value);
    }
    let mut items = MAX_PRINTED_ITEMS;
    if !fits(value, &mut items) {
        return Err(minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!("a value printed here holds more than {MAX_PRINTED_ITEMS} items"),
        ));
    }
    let mut text = Bounded(String::new());
    std::fmt::Write::write_fmt(&mut text, format_args!("{value}")).map_err(|_| {
        minijinja::Error::new(
            minijinja::ErrorKind::InvalidOperation,
            format!(
                "a value printed here is longer than {} MiB",
                MAX_PRINTED >> 20
            ),
        )
    })?;
    minijinja::escape_formatter(out, state, &minijinja::Value::from(text.0))
}

/// Whether `value` and everything in it holds at most `items` items, taking them from it. A
/// container's length is looked at before it is walked, so a huge one is never iterated.
fn fits(value: &minijinja::Value, items: &mut usize) -> bool {
    use minijinja::value::ValueKind;
    let kind = value.kind();
    if !matches!(kind, ValueKind::Seq | ValueKind::Map | ValueKind::Iterable) {
        return true;
    }
    let Some(len) = value.len() else {
        return true;
    };
    if len > *items {
        return false;
    }
    *items -= len;
    let is_map = kind == ValueKind::Map;
    let Ok(iter) = value.try_iter() else {
        return true;
    };
    iter.take(len).all(|item| {
        fits(&item, items) && (!is_map || value.get_item(&item).is_ok_and(|v| fits(&v, items)))
    })
}

/// A string that refuses to grow past [`MAX_PRINTED`].
struct Bounded(String);

impl std::fmt::Write for Bounded {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        if self.0.len() + s.len() > MAX_PRINTED {
            return Err(std::fmt::Error);
        }
        self.0.push_str(s);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user_template(source: &str) -> TemplateFile {
        TemplateFile {
            origin: "report/report.txt.j2".to_owned(),
            source: source.to_owned(),
        }
    }

    fn render_user(name: &str, template: &TemplateFile) -> Result<String, Broken> {
        render_source(name, template, Lang::En, &())
    }

    #[test]
    fn a_runaway_template_runs_out_of_fuel() {
        let runaway = user_template(
            "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
        );
        let started = std::time::Instant::now();
        let err = render_user("report/report.txt.j2", &runaway).expect_err("out of fuel");
        assert!(
            err.to_string().contains("did more than the 1000000 steps"),
            "{err}"
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        // Data made, not just instructions, is paid for: a huge string is refused before it is.
        let huge = user_template("{{ 'x' * 99999999 }}");
        let err = render_user("report/report.txt.j2", &huge).expect_err("out of fuel");
        assert!(err.to_string().contains("steps a render may take"), "{err}");
        // A lazily repeated list is made only when printed: printing stops at the bound.
        let started = std::time::Instant::now();
        let lazy = user_template("{{ [0] * 100000000 }}");
        let err = render_user("report/report.txt.j2", &lazy).expect_err("too long");
        assert!(err.to_string().contains("more than 100000 items"), "{err}");
        let nested = user_template("{{ [[0] * 100000000] }}");
        let err = render_user("report/report.txt.j2", &nested).expect_err("too long");
        assert!(err.to_string().contains("more than 100000 items"), "{err}");
        let wide = user_template("{% set s = 'x' * 1000000 %}{{ [s] * 1000 }}");
        let err = render_user("report/report.txt.j2", &wide).expect_err("too long");
        assert!(err.to_string().contains("longer than 4 MiB"), "{err}");
        assert!(started.elapsed() < std::time::Duration::from_secs(5));
        let fine = user_template("{% for i in range(3) %}{{ i }}{{ [i, 'a<'] }}{% endfor %}");
        assert_eq!(
            render_user("report/report.txt.j2", &fine).ok().as_deref(),
            Some("0[0, 'a<']1[1, 'a<']2[2, 'a<']")
        );
        // A list printed in HTML is still escaped.
        let html = render_user("report/report.html.j2", &fine).expect("renders");
        assert!(html.contains("a&lt;") && !html.contains('<'), "{html}");
    }
}
