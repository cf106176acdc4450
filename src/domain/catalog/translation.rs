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

impl Translation {
    /// The translated text of a single-text field.
    fn text(&self, field: &str) -> Option<&str> {
        match field {
            "title" => self.title.as_deref(),
            "name" => self.name.as_deref(),
            "victim_note" => self.victim_note.as_deref(),
            "eligibility" => self.eligibility.as_deref(),
            "limits" => self.limits.as_deref(),
            "hours" => self.hours.as_deref(),
            _ => None,
        }
    }

    /// The translated items of a list field.
    fn items(&self, field: &str) -> &[String] {
        match field {
            "steps" => &self.steps,
            "asks_for" => &self.asks_for,
            _ => &[],
        }
    }
}

/// Every text of a record, English beside Urdu: `singles` are fields of one text (absent when
/// `None`), `lists` fields translated item by item.
pub(super) fn pairs<'a>(
    ur: Option<&'a Translation>,
    singles: &[(&'static str, Option<&'a str>)],
    lists: &[(&'static str, &'a [String])],
) -> Vec<TextPair<'a>> {
    let mut out = Vec::new();
    for &(field, english) in singles {
        if let Some(english) = english {
            out.push(TextPair {
                field,
                index: None,
                english,
                urdu: ur.and_then(|t| t.text(field)),
            });
        }
    }
    for &(field, english) in lists {
        for (n, text) in english.iter().enumerate() {
            out.push(TextPair {
                field,
                index: Some(n),
                english: text,
                urdu: ur.and_then(|t| t.items(field).get(n)).map(String::as_str),
            });
        }
    }
    out
}

/// The fields a translation fills that its record has no English for, and lists of another
/// length: a translation can only say what the record says.
pub(crate) fn strays(record: &dyn Translated) -> Vec<&'static str> {
    let Some(ur) = record.translation() else {
        return Vec::new();
    };
    let english = record.texts();
    let count = |field: &str| english.iter().filter(|p| p.field == field).count();
    let singles = [
        "title",
        "name",
        "victim_note",
        "eligibility",
        "limits",
        "hours",
    ];
    let lists = ["steps", "asks_for"];
    let mut found: Vec<&'static str> = singles
        .into_iter()
        .filter(|f| ur.text(f).is_some() && count(f) == 0)
        .collect();
    found.extend(lists.into_iter().filter(|f| {
        let items = ur.items(f);
        !items.is_empty() && items.len() != count(f)
    }));
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
