//! How cases look in a terminal: the `case list` table and the `case show` page.

use crate::domain::case::Consent;
use crate::render::{Table, show_time};
use crate::store::{CaseRecord, CaseSummary};

fn categories(case: &CaseSummary) -> String {
    let names: Vec<&str> = case.categories.iter().map(|c| c.as_str()).collect();
    names.join(",")
}

pub(crate) fn table(cases: &[CaseSummary]) -> Table {
    let mut table = Table::new(&[
        "ID",
        "STATUS",
        "CATEGORIES",
        "MINOR",
        "JURISDICTION",
        "LINKS",
        "OPENED",
    ]);
    for c in cases {
        table.push(vec![
            c.id.to_string(),
            c.status.to_string(),
            categories(c),
            if c.minor { "yes" } else { "" }.to_owned(),
            c.jurisdiction.clone().unwrap_or_default(),
            c.links.to_string(),
            show_time(c.created_at),
        ]);
    }
    table
}

pub(crate) fn describe(case: &CaseRecord) -> String {
    let s = &case.summary;
    let mut out = format!(
        "case          {}\nstatus        {}\ncategories    {}\nminor         {}\njurisdiction  {}\nopened        {}\nlinks         {}\nconsent\n",
        s.id,
        s.status,
        categories(s),
        if s.minor { "yes" } else { "no" },
        s.jurisdiction.as_deref().unwrap_or("-"),
        show_time(s.created_at),
        s.links,
    );
    for consent in Consent::ALL {
        let given = s.consent.get(consent).map_or_else(
            || "not given".to_owned(),
            |t| format!("given {}", show_time(t)),
        );
        out.push_str(&format!("  {:<16}{given}\n", consent.as_str()));
    }
    out.push_str("history\n");
    for e in &case.history {
        out.push_str(&format!("  {}  {}\n", show_time(e.at), e.event));
    }
    out.push_str(&format!("notes ({})\n", case.notes.len()));
    for n in &case.notes {
        out.push_str(&format!("  {}\n", show_time(n.created_at)));
        for line in n.body.lines() {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out.trim_end().to_owned()
}
