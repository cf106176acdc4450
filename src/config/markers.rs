//! The catalogue's removal markers as the re-check classifier takes them: `domain` never sees
//! the YAML types, and a marker the loader let through half-filled is skipped, not guessed at.

use super::platforms::{Catalog, MarkerMeaning, RemovalMarker};
use crate::domain::recheck::{Marker, Meaning, Sign};

impl Catalog {
    /// The platform's own markers first, then those that hold everywhere.
    pub(crate) fn removal_markers_for(&self, platform: &str) -> Vec<Marker> {
        let own = self.get(platform).map(|p| p.removal_markers.as_slice());
        own.unwrap_or_default()
            .iter()
            .chain(self.default_removal_markers())
            .filter_map(marker)
            .collect()
    }
}

fn marker(m: &RemovalMarker) -> Option<Marker> {
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
    Some(Marker { sign, means })
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
        let markers = catalog.removal_markers_for(&platform.id);
        assert_eq!(
            markers.len(),
            platform.removal_markers.len() + defaults.len()
        );
        assert_eq!(&markers[platform.removal_markers.len()..], &defaults[..]);
    }
}
