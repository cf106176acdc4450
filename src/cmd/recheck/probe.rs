//! Platform probes in a re-check (ARCHITECTURE §8): which links are asked through their
//! platform's probe first, and what a probe's answer means. An answer the catalogue does not
//! describe means nothing, and the link's page decides instead.

use std::collections::HashMap;
use std::sync::Arc;

use crate::domain::catalog::Catalog;
use crate::domain::recheck::{self, Answer, Seen, Via};
use crate::net;
use crate::store::{CheckTarget, FetchFacts};

/// What to fetch for each link, in order, and the answers its probe is judged by (empty for a
/// link without a probe).
pub(super) fn targets(
    catalog: &Catalog,
    links: &[CheckTarget],
) -> (Vec<net::Target>, Vec<Arc<[Answer]>>) {
    let mut by_platform: HashMap<&str, Arc<[Answer]>> = HashMap::new();
    links
        .iter()
        .map(
            |link| match catalog.probe_for(link.platform.as_str(), &link.url) {
                Some((url, answers)) => {
                    let answers = by_platform
                        .entry(link.platform.as_str())
                        .or_insert_with(|| answers.into());
                    let target = net::Target {
                        page: link.url.clone(),
                        probe: Some(url),
                    };
                    (target, Arc::clone(answers))
                }
                None => {
                    let target = net::Target {
                        page: link.url.clone(),
                        probe: None,
                    };
                    (target, Arc::from(Vec::new()))
                }
            },
        )
        .unzip()
}

/// The verdict of a probe's answer, or `None` when it says nothing (no answer fits, or the
/// probe could not be reached). A probe's body is an API answer, not the content, so it gives
/// no content hash and no picture.
pub(super) fn judge(
    fetched: Result<net::Page, net::FetchError>,
    answers: &[Answer],
) -> Option<(Seen, FetchFacts)> {
    let page = fetched.ok()?;
    let seen = recheck::classify_probe(
        &recheck::Page {
            http_status: page.status,
            redirected_to: page.redirected_to.as_deref(),
            body: &page.body,
            complete: page.complete,
        },
        answers,
    )?;
    let facts = FetchFacts {
        http_status: Some(page.status),
        complete: Some(page.complete),
        redirected: page.redirected_to.is_some(),
        reason: Some("probe"),
        via: Via::Probe,
        ..FetchFacts::default()
    };
    Some((seen, facts))
}
