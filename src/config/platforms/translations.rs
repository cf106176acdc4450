//! The Urdu translations of a platforms file: checked with the rest of the file (a translation
//! must say what its record says: no stray fields, lists of the same length, no empty text),
//! and listed where missing, so a translator knows what to write (`platforms check`).

use super::PlatformsFile;
use super::validate::{Problems, locate};
use crate::config::yaml::{self, Diagnostic, NodePath};
use crate::domain::catalog::{Translated, strays};

/// Every translatable record of `file` with its node path.
fn records(file: &PlatformsFile) -> Vec<(NodePath, &dyn Translated)> {
    let root = NodePath::default();
    let mut out: Vec<(NodePath, &dyn Translated)> = Vec::new();
    for (n, platform) in file.platforms.iter().enumerate() {
        let at = root.key("platforms").index(n).key("channels");
        for (category, channels) in &platform.channels {
            for (m, channel) in channels.iter().enumerate() {
                out.push((at.key(category.as_str()).index(m), channel));
            }
        }
    }
    for (n, hotline) in file.hotlines.iter().enumerate() {
        out.push((root.key("hotlines").index(n), hotline));
    }
    for (n, jurisdiction) in file.jurisdictions.iter().enumerate() {
        let at = root.key("jurisdictions").index(n);
        out.push((at.clone(), jurisdiction));
        for (m, authority) in jurisdiction.authorities.iter().enumerate() {
            let at = at.key("authorities").index(m);
            out.push((at.clone(), authority));
            for (k, channel) in authority.channels.iter().enumerate() {
                out.push((at.key("channels").index(k), channel));
            }
        }
        for (m, channel) in jurisdiction.emergency.iter().enumerate() {
            out.push((at.key("emergency").index(m), channel));
        }
    }
    out
}

/// Translations that do not match their record, and empty translated texts.
pub(super) fn validate(file: &PlatformsFile, problems: &mut Problems) {
    for (at, record) in records(file) {
        for field in strays(record) {
            problems.at(
                at.key("ur").key(field),
                format!(
                    "`ur.{field}` must translate the record's own `{field}`, item for item; the record has {}",
                    match record.texts().iter().filter(|p| p.field == field).count() {
                        0 => "none".to_owned(),
                        n => format!("{n}"),
                    }
                ),
            );
        }
        for text in record.texts() {
            if text.urdu.is_some_and(|t| t.trim().is_empty()) {
                let path = at.key("ur").key(text.field);
                let path = text.index.map_or(path.clone(), |n| path.index(n));
                problems.at(path, "a translation must not be empty".to_owned());
            }
        }
    }
}

/// Victim-facing texts of `src` that have no Urdu, one line per record at its line and
/// column. Empty when the file does not parse: `check` reports that.
pub(crate) fn untranslated(src: &str) -> Vec<Diagnostic> {
    let Some(file) = yaml::from_str_past_unknown_keys::<PlatformsFile>(src).value else {
        return Vec::new();
    };
    let mut missing = Problems::default();
    for (at, record) in records(&file) {
        let mut fields: Vec<String> = Vec::new();
        for text in record.texts().iter().filter(|t| t.urdu.is_none()) {
            let name = match text.index {
                Some(n) => format!("`{}[{n}]`", text.field),
                None => format!("`{}`", text.field),
            };
            fields.push(name);
        }
        if !fields.is_empty() {
            missing.at(
                at,
                format!("no Urdu translation (`ur:`) of {}", fields.join(", ")),
            );
        }
    }
    let mut found = locate(src, missing);
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::platforms::load::BUILTIN;

    #[test]
    fn every_victim_facing_text_of_the_built_in_catalogue_has_its_urdu() {
        let missing = untranslated(BUILTIN);
        assert!(
            missing.is_empty(),
            "{} untranslated, e.g. {:?}",
            missing.len(),
            &missing[..missing.len().min(5)]
        );
    }

    #[test]
    fn a_missing_translation_is_listed_with_its_place_and_a_complete_one_is_not() {
        let src = "schema_version: 1
platforms:
  - id: forum
    name: Forum
    hosts: {patterns: [forum.example], canonical_host: forum.example, unverified: true, checked: 2026-11-22}
    channels:
      harassment:
        - kind: in_app
          steps: [Tap \"Report\".]
          victim_note: Anyone can report.
          unverified: true
          checked: 2026-11-22
        - kind: in_app
          steps: [Tap \"Report\".]
          note: Staff only, never translated.
          ur: {steps: ['\"Report\" دبائیں۔']}
          unverified: true
          checked: 2026-11-22
";
        let missing = untranslated(src);
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert_eq!((missing[0].line, missing[0].column), (8, 11));
        assert_eq!(
            missing[0].message,
            "platforms[0].channels.harassment[0]: no Urdu translation (`ur:`) of `victim_note`, `steps[0]`"
        );
    }
}
