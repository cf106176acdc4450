//! What one fetch means: the verdict from the platform's removal markers, and whether the
//! link's removal deadline ran out.

use crate::domain::catalog::Catalog;
use crate::domain::deadline;
use crate::domain::pdq::{self, PdqOutput};
use crate::domain::recheck::{self, Marker, Reason, Seen, Via};
use crate::net;
use crate::store::{CheckTarget, FetchFacts};

/// The removal deadline of the link's report when the link became overdue since its last check
/// (the one clock, `deadline::became_overdue`): told once, on the first check after it passed.
/// A link seen removed now was removed now.
pub(super) fn passed_deadline<'c>(
    catalog: &'c Catalog,
    target: &CheckTarget,
    seen: Seen,
    now: jiff::Timestamp,
) -> Option<deadline::Deadline<'c>> {
    let facts = &target.deadline;
    let due = deadline::of_link(catalog, &facts.clock)?;
    let start = facts.clock.start()?;
    let removed_now = (seen == Seen::Removed).then_some(now);
    let removed_at =
        deadline::removed_since(start, facts.removals.iter().copied().chain(removed_now));
    deadline::became_overdue(due.at, removed_at, target.standing.checked_at, now).then_some(due)
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
            let seen = verdict.seen;
            let image = (seen == Seen::Live).then(|| page_image(&page)).flatten();
            let facts = FetchFacts {
                http_status: Some(page.status),
                sha256: Some(recheck::content_hash(&page.body)),
                complete: Some(page.complete),
                redirected: page.redirected_to.is_some(),
                final_host: page.final_host.clone(),
                redirects: page.redirects,
                bytes: i64::try_from(page.body.len()).ok(),
                reason: Some(verdict.reason.as_str()),
                marker: match verdict.reason {
                    Reason::Marker(m) => Some(format!("{}: {}", m.origin, m.sign)),
                    _ => None,
                },
                marker_source: match verdict.reason {
                    Reason::Marker(m) if !m.sources.is_empty() => Some(m.sources.join(", ")),
                    _ => None,
                },
                error: None,
                image,
                via: Via::Page,
            };
            (seen, facts)
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
