//! `mail:` in `config.yaml`: the helpline's SMTP relay and addresses. Never a password: that is
//! in the secret store (`takedown mail password`).

use std::path::PathBuf;

use lettre::message::Mailbox;
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("`mail.{0}` is not set in the settings file")]
    Missing(&'static str),
    #[error("`mail.{field}` is not an e-mail address: `{value}`")]
    BadAddress { field: &'static str, value: String },
    #[error(
        "`mail.security: plain` sends the password in clear text; it is for a local relay without `mail.username`"
    )]
    PlainWithPassword,
}

impl crate::error::Hint for Error {
    /// Every mail setting that is missing or wrong is fixed in the same place.
    fn hint(&self) -> Option<&'static str> {
        Some("set it under `mail:` in config.yaml: README shows an example")
    }
}

/// How the connection to the relay is protected. TLS is required unless the settings say
/// `plain`, which is meant for a relay on the same machine.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Security {
    /// TLS from the first byte (port 465).
    Tls,
    /// STARTTLS, refused if the server does not offer it (port 587).
    #[default]
    Starttls,
    /// No encryption at all: a local relay only.
    Plain,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct MailConfig {
    pub(crate) host: Option<String>,
    pub(crate) port: Option<u16>,
    pub(crate) security: Security,
    pub(crate) username: Option<String>,
    pub(crate) from: Option<String>,
    pub(crate) reply_to: Option<String>,
    /// The right-hand side of every Message-ID; the `from` address's domain when unset.
    pub(crate) message_id_domain: Option<String>,
    /// Where re-check alerts go.
    pub(crate) staff: Option<String>,
    /// Extra trusted roots (PEM) for a helpline's own relay; the OS roots are trusted as well.
    pub(crate) ca_file: Option<PathBuf>,
}

/// The addresses every message needs, checked.
#[derive(Debug, Clone)]
pub(crate) struct Sender {
    pub(crate) from: Mailbox,
    pub(crate) reply_to: Option<Mailbox>,
    pub(crate) message_id_domain: String,
}

/// Where and how to connect, checked.
#[derive(Debug, Clone)]
pub(crate) struct Relay {
    pub(crate) host: String,
    pub(crate) port: u16,
    pub(crate) security: Security,
    pub(crate) username: Option<String>,
    pub(crate) ca_file: Option<PathBuf>,
}

pub(crate) fn mailbox(field: &'static str, value: &str) -> Result<Mailbox, Error> {
    value.parse().map_err(|_| Error::BadAddress {
        field,
        value: value.to_owned(),
    })
}

/// Whether `host` is a host name (letters, digits and `-` in dot-separated labels) or an
/// address literal: a line break in it would let the settings file speak SMTP for itself.
fn is_host(host: &str) -> bool {
    if host.parse::<std::net::IpAddr>().is_ok() {
        return true;
    }
    crate::domain::catalog::validate_host(&host.to_ascii_lowercase()).is_ok()
}

impl MailConfig {
    /// What is wrong with the section, by field, checked when the settings are loaded: every
    /// command that reads them refuses a relay that cannot work, not just the one that sends.
    pub(crate) fn problems(&self) -> Vec<(&'static str, String)> {
        let mut found = Vec::new();
        if self.host.as_deref().is_some_and(|h| !is_host(h)) {
            found.push(("host", "not a host name or an IP address".to_owned()));
        }
        if self.port == Some(0) {
            found.push(("port", "port 0 is not a port; give 1 to 65535".to_owned()));
        }
        if self
            .username
            .as_deref()
            .is_some_and(|u| u.trim().is_empty() || u.chars().any(char::is_control))
        {
            found.push(("username", "one line, not empty".to_owned()));
        }
        if self.security == Security::Plain && self.username.is_some() {
            found.push((
                "security",
                "`plain` sends the password in clear text; it is for a local relay without `mail.username`"
                    .to_owned(),
            ));
        }
        for (field, value) in [
            ("from", &self.from),
            ("reply_to", &self.reply_to),
            ("staff", &self.staff),
        ] {
            if value
                .as_deref()
                .is_some_and(|v| v.parse::<Mailbox>().is_err())
            {
                found.push((field, "not an e-mail address".to_owned()));
            }
        }
        if self.message_id_domain.as_deref().is_some_and(|d| {
            d.parse::<std::net::IpAddr>().is_ok() || !is_host(d) || !d.contains('.')
        }) {
            found.push((
                "message_id_domain",
                "not a domain name such as `helpline.example`".to_owned(),
            ));
        }
        if let Some(path) = &self.ca_file
            && let Err(err) = super::transport::read_ca(path)
        {
            let mut text = err.to_string();
            let mut cause = std::error::Error::source(&err);
            while let Some(c) = cause {
                text.push_str(&format!(": {c}"));
                cause = c.source();
            }
            found.push(("ca_file", text));
        }
        found
    }

    pub(crate) fn sender(&self) -> Result<Sender, Error> {
        let from = mailbox("from", self.from.as_deref().ok_or(Error::Missing("from"))?)?;
        let reply_to = self
            .reply_to
            .as_deref()
            .map(|r| mailbox("reply_to", r))
            .transpose()?;
        let message_id_domain = self
            .message_id_domain
            .clone()
            .unwrap_or_else(|| from.email.domain().to_owned());
        Ok(Sender {
            from,
            reply_to,
            message_id_domain,
        })
    }

    pub(crate) fn relay(&self) -> Result<Relay, Error> {
        let host = self.host.clone().ok_or(Error::Missing("host"))?;
        if self.security == Security::Plain && self.username.is_some() {
            return Err(Error::PlainWithPassword);
        }
        let port = self.port.unwrap_or(match self.security {
            Security::Tls => 465,
            Security::Starttls => 587,
            Security::Plain => 25,
        });
        Ok(Relay {
            host,
            port,
            security: self.security,
            username: self.username.clone(),
            ca_file: self.ca_file.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_is_required_unless_a_local_relay_is_named_and_takes_no_password() {
        let config = MailConfig {
            host: Some("smtp.example.org".into()),
            ..MailConfig::default()
        };
        let relay = config.relay().unwrap();
        assert_eq!((relay.security, relay.port), (Security::Starttls, 587));
        let plain = MailConfig {
            host: Some("localhost".into()),
            security: Security::Plain,
            username: Some("helpline".into()),
            ..MailConfig::default()
        };
        assert!(matches!(plain.relay(), Err(Error::PlainWithPassword)));
    }

    #[test]
    fn the_message_id_domain_defaults_to_the_senders() {
        let config = MailConfig {
            from: Some("Helpline <desk@helpline.example>".into()),
            ..MailConfig::default()
        };
        let sender = config.sender().unwrap();
        assert_eq!(sender.message_id_domain, "helpline.example");
        let bad = MailConfig {
            from: Some("not an address".into()),
            ..MailConfig::default()
        };
        assert!(matches!(
            bad.sender(),
            Err(Error::BadAddress { field: "from", .. })
        ));
    }
}
