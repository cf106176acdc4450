//! How evidence looks in a terminal: the `evidence list` table, the `evidence show` page and the
//! custody log.

use serde::Serialize;

use jiff::Timestamp;

use crate::domain::custody::Entry;
use crate::domain::ids::{CaseId, EvidenceId, LinkId};
use crate::domain::url::SourceUrl;
use crate::render::{Table, show_time};

/// An evidence item as `evidence list`, `evidence show` and an export's index show it.
pub(crate) struct EvidenceView<'a> {
    pub(crate) id: &'a EvidenceId,
    pub(crate) case: &'a CaseId,
    pub(crate) sha256: &'a str,
    /// Videos only.
    pub(crate) md5: Option<&'a str>,
    pub(crate) size: u64,
    pub(crate) media_type: &'a str,
    pub(crate) original_name: Option<&'a str>,
    pub(crate) source_url: Option<&'a SourceUrl>,
    pub(crate) captured_at: Option<Timestamp>,
    pub(crate) added_at: Timestamp,
    pub(crate) pdq: Option<&'a str>,
    pub(crate) quality: Option<u8>,
    /// The original a working copy was made from.
    pub(crate) derived_from: Option<&'a EvidenceId>,
    /// What a captured page's WARC holds (`evidence capture`).
    pub(crate) capture: Option<CaptureView<'a>>,
    pub(crate) stamp: StampView<'a>,
}

/// An item's trusted timestamp (RFC 3161).
#[derive(Debug, Clone, Copy, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub(crate) enum StampView<'a> {
    /// No authority was configured when it was added, nor since.
    NotStamped,
    /// Asked for; no authority has given a good token yet.
    Queued {
        tries: u32,
        last_error: Option<&'a str>,
    },
    Stamped {
        at: Timestamp,
        authority: &'a str,
    },
}

impl std::fmt::Display for StampView<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StampView::NotStamped => f.write_str("not stamped"),
            StampView::Queued { .. } => f.write_str("queued"),
            StampView::Stamped { .. } => f.write_str("stamped"),
        }
    }
}

/// What a capture holds, as `evidence show` lists it.
#[derive(Debug, Serialize)]
pub(crate) struct CaptureView<'a> {
    pub(crate) link: &'a LinkId,
    pub(crate) hops: u32,
    pub(crate) status: u16,
    pub(crate) certificate_sha256: Option<&'a str>,
    pub(crate) picture_sha256: Option<&'a str>,
    pub(crate) picture_pdq: Option<&'a str>,
    pub(crate) with_media: bool,
}

pub(crate) fn table(items: &[EvidenceView<'_>]) -> Table<'static> {
    let mut table = Table::new(&[
        "ID", "CASE", "TYPE", "SIZE", "SHA256", "ADDED", "STAMP", "NAME",
    ]);
    for e in items {
        table.push(vec![
            e.id.to_string(),
            e.case.to_string(),
            e.media_type.to_owned(),
            e.size.to_string(),
            e.sha256.get(..16).unwrap_or(e.sha256).to_owned(),
            show_time(e.added_at),
            e.stamp.to_string(),
            e.original_name.unwrap_or_default().to_owned(),
        ]);
    }
    table
}

pub(crate) fn describe(e: &EvidenceView<'_>) -> String {
    let or_dash = |v: Option<String>| v.unwrap_or_else(|| "-".to_owned());
    let mut out = format!(
        "evidence      {}\ncase          {}\nname          {}\ntype          {}\nsize          {}\nsha256        {}\n",
        e.id,
        e.case,
        or_dash(e.original_name.map(str::to_owned)),
        e.media_type,
        e.size,
        e.sha256,
    );
    if let Some(md5) = e.md5 {
        out.push_str(&format!("md5           {md5}\n"));
    }
    if let Some(pdq) = e.pdq {
        let quality = e.quality.map_or_else(String::new, |q| q.to_string());
        out.push_str(&format!("pdq           {pdq} (quality {quality})\n"));
    }
    if let Some(original) = e.derived_from {
        out.push_str(&format!("derived from  {original} (a working copy)\n"));
    }
    if let Some(c) = &e.capture {
        out.push_str(&describe_capture(c));
    }
    out.push_str(&match e.stamp {
        StampView::NotStamped => "timestamp     none (no `timestamp.tsa` configured)\n".to_owned(),
        StampView::Queued { tries, last_error } => format!(
            "timestamp     queued ({tries} tries so far{}; `evidence timestamp` asks again)\n",
            last_error.map_or_else(String::new, |e| format!(", last: {e}"))
        ),
        StampView::Stamped { at, authority } => format!(
            "timestamp     RFC 3161 token by {authority}, signed {}\n",
            show_time(at)
        ),
    });
    out.push_str(&format!(
        "source        {}\ncaptured      {}\nadded         {}",
        or_dash(e.source_url.map(|u| u.as_str().to_owned())),
        or_dash(e.captured_at.map(show_time)),
        show_time(e.added_at),
    ));
    out
}

/// The lines `evidence show` adds for a capture: what its WARC file holds.
fn describe_capture(c: &CaptureView<'_>) -> String {
    let redirects = c.hops.saturating_sub(1);
    let mut out = format!(
        "capture of    {} (WARC/1.1, gzipped)\nholds         warcinfo; request and response of {} hop(s) ({redirects} redirect(s), final status {}); metadata (capture time, tool version, link id)\n",
        c.link, c.hops, c.status
    );
    match c.certificate_sha256 {
        Some(sha) => out.push_str(&format!(
            "certificate   the server's TLS certificate as PEM (leaf sha256 {sha})\n"
        )),
        None => out.push_str("certificate   none (plain http)\n"),
    }
    match (c.picture_sha256, c.with_media) {
        (Some(sha), true) => out.push_str(&format!("main picture  sha256 {sha}, bytes included\n")),
        (Some(sha), false) => out.push_str(&format!(
            "main picture  sha256 {sha}, bytes withheld (`--with-media` keeps them)\n"
        )),
        (None, _) => out.push_str("main picture  none found\n"),
    }
    if let Some(pdq) = c.picture_pdq {
        out.push_str(&format!("picture pdq   {pdq}\n"));
    }
    out
}

/// One custody entry as `evidence log --json` prints it.
#[derive(Debug, Serialize)]
pub(crate) struct LogLine<'a> {
    #[serde(flatten)]
    entry: &'a Entry,
    at: Option<jiff::Timestamp>,
}

pub(crate) fn log_lines(entries: &[Entry]) -> Vec<LogLine<'_>> {
    entries
        .iter()
        .map(|entry| LogLine {
            entry,
            at: jiff::Timestamp::from_second(entry.at).ok(),
        })
        .collect()
}

pub(crate) fn log_table(entries: &[Entry]) -> Table<'static> {
    let mut table = Table::new(&[
        "SEQ", "TIME", "STAFF", "ACTION", "EVIDENCE", "DETAIL", "HASH",
    ]);
    for e in entries {
        table.push(vec![
            e.seq.to_string(),
            jiff::Timestamp::from_second(e.at).map_or_else(|_| e.at.to_string(), show_time),
            e.staff.clone().unwrap_or_else(|| "-".to_owned()),
            e.action.clone(),
            e.evidence.clone().unwrap_or_default(),
            e.detail.clone(),
            e.hash.get(..16).unwrap_or(&e.hash).to_owned(),
        ]);
    }
    table
}
