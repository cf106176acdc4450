//! What one fetch means: the verdict from the platform's removal markers, and whether the
//! link's removal deadline ran out.

use crate::domain::catalog::Catalog;
use crate::domain::deadline;
use crate::domain::link::LinkStatus;
use crate::domain::pdq::{self, PdqOutput};
use crate::domain::recheck::{self, Marker, Seen};
use crate::net;
use crate::store::{CheckTarget, FetchFacts};

/// The removal deadline of the link's report when it ran out since the link's last check and
/// the link is not seen removed: told once, on the first check after it passed.
pub(super) fn passed_deadline<'c>(
    catalog: &'c Catalog,
    target: &'c CheckTarget,
    seen: Seen,
    now: jiff::Timestamp,
) -> Option<deadline::Deadline<'c>> {
    let r = &target.report;
    if seen == Seen::Removed || !matches!(r.status, LinkStatus::Reported | LinkStatus::Escalated) {
        return None;
    }
    let report = deadline::Report {
        platform: catalog.get(target.platform.as_str()),
        category: r.category?,
        jurisdiction: r.jurisdiction.as_deref(),
        route: r.route?,
        at: r.at?,
    };
    deadline::of(catalog, &report)
        .filter(|d| deadline::passed_between(d.at, target.standing.checked_at, now))
}

/// The verdict and the facts worth storing; the body is dropped here.
pub(super) fn judge(
    fetched: Result<net::Page, net::FetchError>,
    markers: &[Marker],
) -> (Seen, FetchFacts) {
    match fetched {
        Ok(page) => {
            let verdict = recheck::classify(
                &recheck::Page {
                    http_status: page.status,
                    redirected_to: page.redirected_to.as_deref(),
                    body: &page.body,
                    complete: page.complete,
                },
                markers,
            );
            let image = (verdict.seen == Seen::Live)
                .then(|| page_image(&page))
                .flatten();
            let facts = FetchFacts {
                http_status: Some(page.status),
                sha256: Some(recheck::content_hash(&page.body)),
                complete: Some(page.complete),
                redirected: page.redirected_to.is_some(),
                unavailable: verdict.unavailable,
                error: None,
                image,
            };
            (verdict.seen, facts)
        }
        Err(err) => (
            Seen::Error,
            FetchFacts {
                error: Some(err.kind()),
                ..FetchFacts::default()
            },
        ),
    }
}

/// Largest picture decoded during a re-check, in pixels: far above what platforms serve, far
/// below what would strain a shared server.
const MAX_IMAGE_PIXELS: u64 = 50_000_000;

/// PDQ of the picture a live link shows: the body itself when it is a whole image, else the
/// picture its page names in `og:image`. A picture that cannot be decoded is no picture.
fn page_image(page: &net::Page) -> Option<PdqOutput> {
    let bytes = if page.complete && image::guess_format(&page.body).is_ok() {
        &page.body
    } else {
        page.og_image.as_ref()?
    };
    match pdq::decode(bytes, MAX_IMAGE_PIXELS) {
        Ok(img) => Some(pdq::hash_image(&img)),
        Err(err) => {
            tracing::debug!(%err, "a live picture could not be decoded");
            None
        }
    }
}
