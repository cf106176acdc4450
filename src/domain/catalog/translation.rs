//! Urdu versions of the catalogue's victim-facing texts, kept beside the English on each record
//! (`ur:` in `platforms.yaml`), with whether a native speaker has reviewed them.
//!
//! A translation holds only the texts a victim reads: steps, what a form asks for, the note for
//! victims, a service's eligibility, limits and hours, and the names of state bodies and
//! emergency services. What a platform's own screens show stays in the platform's language,
//! written in double quotes inside the Urdu ("Report"), so the victim can find the button.
//! Staff notes (`note`) are never translated: victims never see them.

use serde::{Deserialize, Serialize};

/// The Urdu texts of one record. Each field translates the English field of the same name;
/// lists translate item by item, in the same order.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Translation {
    /// False until a native speaker at the helpline has checked every text here; staff see it
    /// (`platforms show`, reports), victims never do.
    #[serde(default)]
    pub(crate) reviewed: bool,
    /// An emergency service's or a country's name, said in Urdu.
    pub(crate) title: Option<String>,
    pub(crate) name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) steps: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) asks_for: Vec<String>,
    pub(crate) victim_note: Option<String>,
    pub(crate) eligibility: Option<String>,
    pub(crate) limits: Option<String>,
    pub(crate) hours: Option<String>,
}

/// One victim-facing text of a record: its key in `platforms.yaml`, the English, and the Urdu
/// when there is one. Lists appear once per item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TextPair<'a> {
    pub(crate) field: &'static str,
    /// The position in a list field (`steps`, `asks_for`).
    pub(crate) index: Option<usize>,
    pub(crate) english: &'a str,
    pub(crate) urdu: Option<&'a str>,
}

/// Records whose victim-facing texts can be translated.
pub(crate) trait Translated {
    fn translation(&self) -> Option<&Translation>;

    /// Every victim-facing English text of the record, each with its Urdu if there is one.
    fn texts(&self) -> Vec<TextPair<'_>>;
}

/// Pairs an optional English text with its optional translation.
pub(super) fn pair<'a>(
    out: &mut Vec<TextPair<'a>>,
    field: &'static str,
    english: Option<&'a str>,
    urdu: Option<&'a str>,
) {
    if let Some(english) = english {
        out.push(TextPair {
            field,
            index: None,
            english,
            urdu,
        });
    }
}

/// Pairs a list of English texts with its translated list, item by item.
pub(super) fn pair_list<'a>(
    out: &mut Vec<TextPair<'a>>,
    field: &'static str,
    english: &'a [String],
    urdu: Option<&'a [String]>,
) {
    for (n, text) in english.iter().enumerate() {
        out.push(TextPair {
            field,
            index: Some(n),
            english: text,
            urdu: urdu.and_then(|list| list.get(n)).map(String::as_str),
        });
    }
}

/// The fields a translation fills that its record has no English for, and lists of another
/// length: a translation can only say what the record says.
pub(crate) fn strays(record: &dyn Translated) -> Vec<&'static str> {
    let Some(ur) = record.translation() else {
        return Vec::new();
    };
    let english = record.texts();
    let count = |field: &str| english.iter().filter(|p| p.field == field).count();
    let mut found = Vec::new();
    let singles = [
        ("title", ur.title.is_some()),
        ("name", ur.name.is_some()),
        ("victim_note", ur.victim_note.is_some()),
        ("eligibility", ur.eligibility.is_some()),
        ("limits", ur.limits.is_some()),
        ("hours", ur.hours.is_some()),
    ];
    for (field, set) in singles {
        if set && count(field) == 0 {
            found.push(field);
        }
    }
    for (field, list) in [("steps", &ur.steps), ("asks_for", &ur.asks_for)] {
        if !list.is_empty() && list.len() != count(field) {
            found.push(field);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{Channel, ChannelKind};

    fn channel(steps: &[&str], ur: Option<Translation>) -> Channel {
        Channel {
            kind: ChannelKind::InApp,
            title: None,
            url: None,
            email: None,
            phone: None,
            hotline: None,
            steps: steps.iter().map(|s| (*s).to_owned()).collect(),
            who_can_report: Vec::new(),
            account_required: None,
            government_id: false,
            asks_for: Vec::new(),
            deadline: None,
            note: Some("staff only".to_owned()),
            victim_note: None,
            ur,
            unverified: false,
            sources: Vec::new(),
            checked: "2026-11-22".to_owned(),
        }
    }

    #[test]
    fn texts_pair_each_english_item_with_its_urdu_and_staff_notes_are_not_among_them() {
        let ur = Translation {
            steps: vec!["پہلا".to_owned()],
            ..Translation::default()
        };
        let ch = channel(&["first", "second"], Some(ur));
        let texts = ch.texts();
        assert_eq!(
            texts
                .iter()
                .map(|p| (p.field, p.index, p.urdu))
                .collect::<Vec<_>>(),
            [("steps", Some(0), Some("پہلا")), ("steps", Some(1), None)]
        );
        assert!(texts.iter().all(|p| p.english != "staff only"));
        assert_eq!(
            strays(&ch),
            ["steps"],
            "one step of two is a list of another length"
        );
    }

    #[test]
    fn a_translation_of_a_text_the_record_lacks_is_a_stray() {
        let ur = Translation {
            victim_note: Some("نوٹ".to_owned()),
            steps: vec!["پہلا".to_owned()],
            ..Translation::default()
        };
        assert_eq!(strays(&channel(&["first"], Some(ur))), ["victim_note"]);
        assert!(strays(&channel(&["first"], None)).is_empty());
    }
}
