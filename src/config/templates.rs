//! Report and guide templates and their strings: built into the binary, each replaceable by a
//! file at the same relative path under `$XDG_CONFIG_HOME/takedown/templates/` (or the directory
//! `--templates` names), so a helpline can reword a guide or fix a translation without a
//! rebuild. Strings files (YAML) are parsed here; rendering is `render::templates`.

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;

use super::yaml;

/// Every built-in file, by its path below `templates/`.
const BUILTIN: &[(&str, &str)] = &[
    (
        "report/report.txt.j2",
        include_str!("../../templates/report/report.txt.j2"),
    ),
    (
        "report/report.md.j2",
        include_str!("../../templates/report/report.md.j2"),
    ),
    (
        "report/report.html.j2",
        include_str!("../../templates/report/report.html.j2"),
    ),
    (
        "report/en.yaml",
        include_str!("../../templates/report/en.yaml"),
    ),
    (
        "report/ur.yaml",
        include_str!("../../templates/report/ur.yaml"),
    ),
    (
        "guide/guide.txt.j2",
        include_str!("../../templates/guide/guide.txt.j2"),
    ),
    (
        "guide/guide.md.j2",
        include_str!("../../templates/guide/guide.md.j2"),
    ),
    (
        "guide/guide.html.j2",
        include_str!("../../templates/guide/guide.html.j2"),
    ),
    (
        "guide/en.yaml",
        include_str!("../../templates/guide/en.yaml"),
    ),
    (
        "guide/ur.yaml",
        include_str!("../../templates/guide/ur.yaml"),
    ),
    (
        "stats/stats.html.j2",
        include_str!("../../templates/stats/stats.html.j2"),
    ),
    (
        "stats/en.yaml",
        include_str!("../../templates/stats/en.yaml"),
    ),
    (
        "stats/ur.yaml",
        include_str!("../../templates/stats/ur.yaml"),
    ),
    (
        "mail/escalation.txt.j2",
        include_str!("../../templates/mail/escalation.txt.j2"),
    ),
    (
        "mail/subject.txt.j2",
        include_str!("../../templates/mail/subject.txt.j2"),
    ),
    (
        "mail/alert.txt.j2",
        include_str!("../../templates/mail/alert.txt.j2"),
    ),
    (
        "mail/alert-subject.txt.j2",
        include_str!("../../templates/mail/alert-subject.txt.j2"),
    ),
    ("mail/en.yaml", include_str!("../../templates/mail/en.yaml")),
    ("mail/ur.yaml", include_str!("../../templates/mail/ur.yaml")),
];

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("there is no templates directory at `{}`", .path.display())]
    NoDir { path: PathBuf },
    #[error("cannot read the template `{}`", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("the strings file `{name}` has a problem at line {line}, column {column}: {message}")]
    Strings {
        name: String,
        line: usize,
        column: usize,
        message: String,
    },
}

/// A template or strings file is a few kilobytes; the bound keeps a mistaken file (a video
/// saved under the name) from filling memory.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// A template's text and where it came from, for error messages.
#[derive(Debug)]
pub(crate) struct TemplateFile {
    /// The user's file, or `templates/<name> (built in)`.
    pub(crate) origin: String,
    pub(crate) source: String,
}

/// Strings of one language, by key.
pub(crate) type Strings = BTreeMap<String, String>;

/// Where user templates are looked for; `None` when there is no config directory at all.
#[derive(Debug, Clone)]
pub(crate) struct Templates {
    dir: Option<PathBuf>,
}

impl Templates {
    /// The built-in files only, whatever the config directory holds.
    #[cfg(test)]
    pub(crate) fn builtin() -> Templates {
        Templates { dir: None }
    }

    /// The overrides of `settings`; a directory the user named must exist, where the default
    /// one may not.
    pub(crate) fn locate(settings: &super::Settings) -> Result<Templates, Error> {
        let dir = settings.templates_dir.clone();
        if let Some(path) = dir
            .as_ref()
            .filter(|d| settings.templates_named && !d.is_dir())
        {
            return Err(Error::NoDir { path: path.clone() });
        }
        Ok(Templates { dir })
    }

    /// `name` is a path below `templates/`, e.g. `report/report.html.j2`.
    pub(crate) fn file(&self, name: &str) -> Result<TemplateFile, Error> {
        if let Some(path) = self.dir.as_ref().map(|d| d.join(name)) {
            match crate::input::read_text(&path, MAX_TEMPLATE_BYTES) {
                Ok(source) => {
                    tracing::debug!(template = name, "using the user's template");
                    return Ok(TemplateFile {
                        origin: path.display().to_string(),
                        source,
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(source) => return Err(Error::Read { path, source }),
            }
        }
        let source = builtin(name).unwrap_or_else(|| panic!("no built-in template `{name}`"));
        Ok(TemplateFile {
            origin: format!("templates/{name} (built in)"),
            source: source.to_owned(),
        })
    }

    /// The strings of `lang` for `kind` (`report` or `guide`): the built-in ones, with the keys
    /// of a user file put over them, so a user file may change only a few.
    pub(crate) fn strings(&self, kind: &str, lang: &str) -> Result<Strings, Error> {
        let name = format!("{kind}/{lang}.yaml");
        let mut strings = parse(&name, builtin(&name).unwrap_or_default())?;
        let user = self.file(&name)?;
        if !user.origin.ends_with("(built in)") {
            strings.extend(parse(&user.origin, &user.source)?);
        }
        Ok(strings)
    }
}

fn builtin(name: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, s)| *s)
}

fn parse(name: &str, src: &str) -> Result<Strings, Error> {
    yaml::from_str(src).map_err(|d| Error::Strings {
        name: name.to_owned(),
        line: d.line,
        column: d.column,
        message: d.message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin_strings(kind: &str, lang: &str) -> Strings {
        parse(kind, builtin(&format!("{kind}/{lang}.yaml")).unwrap()).unwrap()
    }

    #[test]
    fn every_string_exists_in_every_language() {
        for kind in ["report", "guide", "stats", "mail"] {
            let en = builtin_strings(kind, "en");
            let ur = builtin_strings(kind, "ur");
            let missing_ur: Vec<&String> = en.keys().filter(|k| !ur.contains_key(*k)).collect();
            let missing_en: Vec<&String> = ur.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(
                missing_ur.is_empty(),
                "{kind}: not in ur.yaml: {missing_ur:?}"
            );
            assert!(
                missing_en.is_empty(),
                "{kind}: not in en.yaml: {missing_en:?}"
            );
            for (key, text) in &ur {
                assert!(!text.trim().is_empty(), "{kind} ur {key} is empty");
            }
        }
    }

    #[test]
    fn user_files_replace_templates_and_add_to_strings() {
        let dir = tempfile::tempdir().unwrap();
        let t = Templates {
            dir: Some(dir.path().to_owned()),
        };
        assert!(
            t.file("report/report.md.j2")
                .unwrap()
                .origin
                .ends_with("(built in)")
        );
        fs_err::create_dir_all(dir.path().join("report")).unwrap();
        fs_err::write(dir.path().join("report/report.md.j2"), "mine").unwrap();
        fs_err::write(dir.path().join("report/en.yaml"), "title: Our own title\n").unwrap();
        assert_eq!(t.file("report/report.md.j2").unwrap().source, "mine");
        let strings = t.strings("report", "en").unwrap();
        assert_eq!(strings["title"], "Our own title");
        assert_eq!(strings.len(), builtin_strings("report", "en").len());
        fs_err::write(dir.path().join("report/en.yaml"), "title: [unclosed\n").unwrap();
        let err = t.strings("report", "en").unwrap_err().to_string();
        assert!(
            err.contains("report/en.yaml") && err.contains("line 1"),
            "{err}"
        );
    }
}
