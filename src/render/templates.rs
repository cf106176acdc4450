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
use crate::config::templates::{Strings, Templates};
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
    let name = name.to_owned();
    let file = templates.file(&name)?;
    let broken = |e: minijinja::Error| Broken {
        origin: file.origin.clone(),
        line: e.line().unwrap_or(0),
        detail: e
            .detail()
            .map_or_else(|| e.kind().to_string(), str::to_owned),
    };
    let mut env = minijinja::Environment::new();
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
    env.add_template_owned(name.clone(), file.source.clone())
        .map_err(broken)?;
    let page = Page {
        lang: lang.as_str(),
        dir: lang.dir(),
        fonts: fonts::font_faces(),
        t: strings,
        data,
    };
    let template = env.get_template(&name).map_err(broken)?;
    Ok(template
        .render(minijinja::value::Value::from(minijinja::value::Serde(
            &page,
        )))
        .map_err(broken)?)
}
