//! Removal markers: the signs, written in the catalogue, that a re-checked link's content is
//! gone; and the same markers as the re-check classifier (`domain::recheck`) takes them, so the
//! classifier never depends on the catalogue's record shape. A marker the loader let through
//! half-filled is skipped, not guessed at.

use serde::{Deserialize, Serialize};

use super::Catalog;
use crate::domain::recheck::{Marker, Meaning, Sign};

/// What a re-check observation means when a marker fits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum MarkerMeaning {
    Removed,
    /// Gone or restricted: the same page is shown for private or blocked content, so it is
    /// not proof of removal.
    Unavailable,
    /// Withheld for legal reasons (HTTP 451).
    Blocked,
    /// A login page stands in the way: the state of the content is unknown, never "removed".
    LoginWall,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Remover {
    Platform,
    Moderators,
    Uploader,
}

/// A sign, seen when re-checking a link, that its content is gone. Exactly one of `status`,
/// `text`, `absent` and `redirect_to` is set: platforms often answer HTTP 200 for removed
/// content, so the page text matters as much as the status.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RemovalMarker {
    /// An HTTP status code.
    pub(crate) status: Option<u16>,
    /// Text whose presence in the page is the sign.
    pub(crate) text: Option<String>,
    /// Text whose absence from the page is the sign (an element every live page has).
    pub(crate) absent: Option<String>,
    /// A path prefix that a redirect leads to.
    pub(crate) redirect_to: Option<String>,
    pub(crate) means: MarkerMeaning,
    /// Who removed the content, when the page says so.
    pub(crate) removed_by: Option<Remover>,
    pub(crate) note: Option<String>,
    #[serde(default)]
    pub(crate) unverified: bool,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) checked: String,
}

impl Catalog {
    /// The platform's own markers first, then those that hold everywhere.
    pub(crate) fn removal_markers_for(&self, platform: &str) -> Vec<Marker> {
        let own = self.get(platform).map(|p| p.removal_markers.as_slice());
        let own = own.unwrap_or_default().iter().map(|m| (platform, m));
        let defaults = self
            .default_removal_markers()
            .iter()
            .map(|m| ("default", m));
        own.chain(defaults)
            .filter_map(|(origin, m)| marker(origin, m))
            .collect()
    }
}

fn marker(origin: &str, m: &RemovalMarker) -> Option<Marker> {
    let sign = match (m.status, &m.text, &m.absent, &m.redirect_to) {
        (Some(status), ..) => Sign::Status(status),
        (_, Some(text), ..) => Sign::Text(text.clone()),
        (_, _, Some(absent), _) => Sign::Absent(absent.clone()),
        (_, _, _, Some(path)) => Sign::RedirectTo(path.clone()),
        _ => return None,
    };
    let means = match m.means {
        MarkerMeaning::Removed => Meaning::Removed,
        MarkerMeaning::Unavailable => Meaning::Unavailable,
        MarkerMeaning::Blocked => Meaning::Blocked,
        MarkerMeaning::LoginWall => Meaning::LoginWall,
    };
    Some(Marker {
        sign,
        means,
        origin: origin.to_owned(),
        sources: m.sources.clone(),
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn platform_markers_come_before_the_defaults() {
        let catalog = super::Catalog::builtin().unwrap();
        let defaults = catalog.removal_markers_for("no_such_platform");
        assert!(
            !defaults.is_empty(),
            "the built-in file has default markers"
        );
        let platform = catalog
            .platforms()
            .iter()
            .find(|p| !p.removal_markers.is_empty())
            .expect("some platform has its own markers");
        let markers = catalog.removal_markers_for(platform.id.as_str());
        assert_eq!(
            markers.len(),
            platform.removal_markers.len() + defaults.len()
        );
        assert_eq!(&markers[platform.removal_markers.len()..], &defaults[..]);
    }
}
