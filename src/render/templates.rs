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
/// it bounds time and memory (here about 300 MiB) alike. The built-in report for a case of 1,000
/// links uses under 40,000 (`-v` logs what each render used); a user template with two nested
/// loops of 100,000 runs out in about a second and fails, naming itself.
const FUEL: u64 = 5_000_000;

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
            err.to_string().contains("did more than the 5000000 steps"),
            "{err}"
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(30));
        let fine = user_template("{% for i in range(3) %}{{ i }}{% endfor %}");
        assert_eq!(
            render_user("report/report.txt.j2", &fine).ok().as_deref(),
            Some("012")
        );
    }
}
