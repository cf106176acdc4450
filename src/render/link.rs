//! How links look in a terminal: the `link list` table and the `link show` page.

use crate::render::{Table, show_time};
use crate::store::{LinkEvent, LinkRecord};

pub(crate) fn table(links: &[LinkRecord]) -> Table {
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
        table.push(vec![
            l.id.to_string(),
            l.case.to_string(),
            l.platform.to_string(),
            l.status.to_string(),
            l.route.map(|r| r.to_string()).unwrap_or_default(),
            l.reference.clone().unwrap_or_default(),
            show_time(l.first_seen),
            l.url.as_str().to_owned(),
        ]);
    }
    table
}

fn describe(l: &LinkRecord) -> String {
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
        l.reference.as_deref().unwrap_or("-"),
        show_time(l.first_seen),
    )
}

/// `link show`: the link, then every change with its time.
pub(crate) fn page(link: &LinkRecord, history: &[LinkEvent]) -> String {
    let mut text = describe(link);
    text.push_str("\nhistory");
    for e in history {
        text.push_str(&format!(
            "\n  {}  {}{}{}{}",
            show_time(e.at),
            e.status,
            e.route.map(|r| format!("  route {r}")).unwrap_or_default(),
            e.reference
                .as_ref()
                .map(|r| format!("  ref {r}"))
                .unwrap_or_default(),
            e.partner
                .as_ref()
                .map(|p| format!("  to {p}"))
                .unwrap_or_default(),
        ));
    }
    text
}
