//! How `platforms whois` shows what a registry said: the host and address asked about, the
//! network, who holds it, its abuse contact, and which registry answered when.

use std::fmt::Write as _;

use jiff::Timestamp;
use serde::Serialize;

use crate::domain::rdap::Network;

/// One answer, as the command shows it and prints with `--json`.
#[derive(Serialize)]
pub(crate) struct WhoisView<'a> {
    /// The link asked about; `None` for a link read from standard input.
    pub(crate) link: Option<&'a str>,
    pub(crate) host: &'a str,
    pub(crate) address: String,
    /// The catalogued platform the host belongs to, when there is one.
    pub(crate) platform: Option<&'a str>,
    /// The host of the RDAP server asked.
    pub(crate) asked: &'a str,
    /// The `publication` date of the bootstrap file that chose it; `None` for a named server.
    pub(crate) bootstrap: Option<&'a str>,
    pub(crate) answered_at: Timestamp,
    pub(crate) network: &'a Network,
}

pub(crate) fn page(w: &WhoisView<'_>) -> String {
    let n = w.network;
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_owned());
    let mut text = String::new();
    let mut row = |label: &str, value: &str| {
        let _ = writeln!(text, "{label:<13}{value}");
    };
    if let Some(link) = w.link {
        row("link", link);
    }
    row("host", w.host);
    row("address", &w.address);
    if let Some(platform) = w.platform {
        row("platform", platform);
    }
    row(
        "network",
        &format!("{} ({})", dash(&n.name), dash(&n.handle)),
    );
    row("range", &format!("{} - {}", dash(&n.start), dash(&n.end)));
    row("country", &dash(&n.country));
    row(
        "held by",
        &if n.holders.is_empty() {
            "-".to_owned()
        } else {
            n.holders.join("; ")
        },
    );
    if n.abuse.is_empty() {
        row("abuse", "none listed in the registry's answer");
    }
    for contact in &n.abuse {
        let emails = if contact.emails.is_empty() {
            "no e-mail given".to_owned()
        } else {
            contact.emails.join(", ")
        };
        row("abuse", &format!("{emails} ({})", dash(&contact.name)));
    }
    let registry = n.registry.as_deref().unwrap_or(w.asked);
    row(
        "registry",
        &format!(
            "{registry}, asked at {}",
            w.answered_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        ),
    );
    match w.bootstrap {
        Some(date) => row(
            "routing",
            &format!("IANA bootstrap registry published {date}"),
        ),
        None => row(
            "routing",
            &format!("the RDAP server named with --rdap-server ({})", w.asked),
        ),
    }
    text.trim_end().to_owned()
}
