//! How cases look in a terminal: the `case list` table and the `case show` page.

use jiff::Timestamp;

use crate::domain::case::{CaseStatus, Consent};
use crate::domain::category::Category;
use crate::domain::ids::CaseId;
use crate::render::{Printer, Table, show_time};

/// A case as `case list`, `case show`, reports and escalations show it.
pub(crate) struct CaseView<'a> {
    pub(crate) id: &'a CaseId,
    pub(crate) status: CaseStatus,
    pub(crate) categories: &'a [Category],
    pub(crate) minor: bool,
    pub(crate) jurisdiction: Option<&'a str>,
    pub(crate) created_at: Timestamp,
    /// When it was wiped, for a wiped case: its tombstone shows nothing else.
    pub(crate) wiped_at: Option<Timestamp>,
    /// How many links the case has.
    pub(crate) links: i64,
    /// When each consent was given, in the order of `Consent::ALL`.
    pub(crate) consent: [(Consent, Option<Timestamp>); 3],
}

/// `case show`: the case, what happened to it, and its notes.
pub(crate) struct CasePage<'a> {
    pub(crate) case: CaseView<'a>,
    /// When, who (a staff handle; none on old records), and what happened.
    pub(crate) history: Vec<(Timestamp, Option<&'a str>, &'a str)>,
    /// When each note was written, by whom, and its text.
    pub(crate) notes: Vec<(Timestamp, Option<&'a str>, &'a str)>,
}

fn categories(case: &CaseView<'_>) -> String {
    let names: Vec<&str> = case.categories.iter().map(|c| c.as_str()).collect();
    names.join(",")
}

pub(crate) fn table(cases: &[CaseView<'_>]) -> Table<'static> {
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
        if let Some(wiped) = c.wiped_at {
            let status = format!("wiped {}", show_time(wiped));
            table.push(vec![
                c.id.to_string(),
                status,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
            continue;
        }
        table.push(vec![
            c.id.to_string(),
            c.status.to_string(),
            categories(c),
            if c.minor { "yes" } else { "" }.to_owned(),
            c.jurisdiction.unwrap_or_default().to_owned(),
            c.links.to_string(),
            show_time(c.created_at),
        ]);
    }
    table
}

/// `case show` of a wiped case: only its id, `wiped` and when.
pub(crate) fn tombstone(case: &CaseView<'_>) -> String {
    let when = case.wiped_at.map(show_time).unwrap_or_default();
    format!(
        "case          {}\nstatus        wiped\nwiped         {when}",
        case.id
    )
}

/// Who did it, as the history shows it: `-` on records from before handles were kept.
fn who(staff: Option<&str>) -> &str {
    staff.unwrap_or("-")
}

pub(crate) fn describe(page: &CasePage<'_>) -> String {
    let s = &page.case;
    let mut out = format!(
        "case          {}\nstatus        {}\ncategories    {}\nminor         {}\njurisdiction  {}\nopened        {}\nlinks         {}\nconsent\n",
        s.id,
        s.status,
        categories(s),
        if s.minor { "yes" } else { "no" },
        s.jurisdiction.unwrap_or("-"),
        show_time(s.created_at),
        s.links,
    );
    for (consent, at) in s.consent {
        let given = at.map_or_else(
            || "not given".to_owned(),
            |t| format!("given {}", show_time(t)),
        );
        out.push_str(&format!("  {:<16}{given}\n", consent.as_str()));
    }
    out.push_str("history\n");
    for (at, staff, event) in &page.history {
        out.push_str(&format!(
            "  {}  {:<8}  {event}\n",
            show_time(*at),
            who(*staff)
        ));
    }
    out.push_str(&format!("notes ({})\n", page.notes.len()));
    for (at, staff, body) in &page.notes {
        out.push_str(&format!("  {}  {}\n", show_time(*at), who(*staff)));
        for line in body.lines() {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out.trim_end().to_owned()
}

/// A note draft left by a killed `case note` that this run could not destroy, with why.
pub(crate) fn draft_not_swept(printer: &Printer, err: &crate::drafts::Error) {
    let causes: Vec<String> =
        std::iter::successors(Some(err as &(dyn std::error::Error + 'static)), |e| {
            e.source()
        })
        .map(ToString::to_string)
        .collect();
    printer.warn(&format_args!(
        "a note draft left by an interrupted `case note` is still on memory-backed storage: {}",
        causes.join(": ")
    ));
}
