//! How links look in a terminal: the `link list` table and the `link show` page.

use std::borrow::Cow;

use jiff::Timestamp;

use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::ids::{CaseId, LinkId};
use crate::domain::link::{LinkStatus, Route};
use crate::domain::observation::Observed;
use crate::domain::recheck::{Seen, Via};
use crate::domain::url::{NormalizedUrl, UrlHash};
use crate::render::{Table, show_time};

/// A link as the `link` pages, reports and escalations show it.
pub(crate) struct LinkView<'a> {
    pub(crate) id: &'a LinkId,
    pub(crate) case: &'a CaseId,
    pub(crate) url: &'a NormalizedUrl,
    pub(crate) url_hash: &'a UrlHash,
    pub(crate) platform: &'a PlatformId,
    /// `None`: the case's category.
    pub(crate) category: Option<Category>,
    pub(crate) status: LinkStatus,
    pub(crate) route: Option<Route>,
    pub(crate) reference: Option<&'a str>,
    pub(crate) first_seen: Timestamp,
}

/// One change in a link's history.
pub(crate) struct EventView<'a> {
    pub(crate) at: Timestamp,
    pub(crate) status: LinkStatus,
    pub(crate) route: Option<Route>,
    pub(crate) reference: Option<&'a str>,
    /// The partner an `escalated` event went to.
    pub(crate) partner: Option<&'a str>,
    /// Who recorded it; none on events from before handles were kept.
    pub(crate) staff: Option<&'a str>,
}

pub(crate) fn table<'a>(links: &[LinkView<'a>]) -> Table<'a> {
    let mut table = Table::new(&[
        "ID",
        "CASE",
        "PLATFORM",
        "STATUS",
        "ROUTE",
        "REF",
        "FIRST SEEN",
        "URL",
    ]);
    for l in links {
        table.push([
            Cow::Borrowed(l.id.as_str()),
            Cow::Borrowed(l.case.as_str()),
            Cow::Borrowed(l.platform.as_str()),
            Cow::Borrowed(l.status.as_str()),
            Cow::Borrowed(l.route.map_or("", Route::as_str)),
            Cow::Borrowed(l.reference.unwrap_or_default()),
            Cow::Owned(show_time(l.first_seen)),
            Cow::Borrowed(l.url.as_str()),
        ]);
    }
    table
}

fn describe(l: &LinkView<'_>) -> String {
    format!(
        "link        {}\ncase        {}\nurl         {}\nurl_hash    {}\nplatform    {}\ncategory    {}\nstatus      {}\nroute       {}\nref         {}\nfirst seen  {}",
        l.id,
        l.case,
        l.url.as_str(),
        l.url_hash,
        l.platform,
        l.category
            .map_or_else(|| "(the case's)".to_owned(), |c| c.to_string()),
        l.status,
        l.route.map_or_else(|| "-".to_owned(), |r| r.to_string()),
        l.reference.unwrap_or("-"),
        show_time(l.first_seen),
    )
}

/// The last re-check of a link and what gave its verdict.
pub(crate) struct CheckView<'a> {
    pub(crate) at: Timestamp,
    pub(crate) status: Seen,
    pub(crate) http_status: Option<u16>,
    pub(crate) via: Option<Via>,
    /// The name of the platform's probe, when the probe gave the verdict.
    pub(crate) probe: Option<&'a str>,
}

/// `link show`: the link, its last re-check, then every change with its time and who recorded
/// it, then the last observations with what led to each (never a URL or a path).
pub(crate) fn page(
    link: &LinkView<'_>,
    last: Option<&CheckView<'_>>,
    history: &[EventView<'_>],
    observations: &[Observed],
) -> String {
    let mut text = describe(link);
    if let Some(c) = last {
        let via = match (c.via, c.probe) {
            (Some(Via::Probe), Some(name)) => format!("the platform's probe ({name})"),
            (Some(Via::Probe), None) => "the platform's probe".to_owned(),
            (Some(Via::Page), _) => "the link's page".to_owned(),
            (None, _) => "not recorded".to_owned(),
        };
        let http = c
            .http_status
            .map(|s| format!(", HTTP {s}"))
            .unwrap_or_default();
        text.push_str(&format!(
            "\nchecked     {}  {}{http}, via {via}",
            show_time(c.at),
            c.status
        ));
    }
    text.push_str("\nhistory");
    for e in history {
        text.push_str(&format!(
            "\n  {}  {:<8}  {}{}{}{}",
            show_time(e.at),
            e.staff.unwrap_or("-"),
            e.status,
            e.route.map(|r| format!("  route {r}")).unwrap_or_default(),
            e.reference
                .map(|r| format!("  ref {r}"))
                .unwrap_or_default(),
            e.partner.map(|p| format!("  to {p}")).unwrap_or_default(),
        ));
    }
    if !observations.is_empty() {
        text.push_str("\nlast observations");
    }
    for o in observations {
        text.push_str(&format!("\n  {}  {}", show_time(o.at), observed(o)));
    }
    text
}

/// One observation on one line: status (and whether it waits for a second look), HTTP status,
/// final host, redirects, why, the marker and its sources, body hash and bytes read.
fn observed(o: &Observed) -> String {
    let mut line = o.status.to_string();
    if o.unconfirmed {
        line += " (unconfirmed)";
    }
    let mut push = |label: &str, value: Option<String>| {
        if let Some(value) = value {
            line += &format!("  {label}{value}");
        }
    };
    push("http ", o.http_status.map(|s| s.to_string()));
    push("host ", o.final_host.clone());
    push(
        "redirects ",
        o.redirects.filter(|r| *r > 0).map(|r| r.to_string()),
    );
    push("by ", o.reason.clone());
    push("marker ", o.marker.clone());
    push("source ", o.marker_source.clone());
    push("error ", o.error.clone());
    push("sha256 ", o.sha256.clone());
    push("bytes ", o.bytes.map(|b| b.to_string()));
    line
}
