//! One message's SMTP dialogue, driven step by step with lettre's blocking `SmtpConnection`
//! (rustls): connect, STARTTLS or TLS, AUTH, MAIL, RCPT, DATA; then, once the caller has written
//! down that the body starts, the body and the server's answer to its end; then QUIT, with a
//! short timeout and nothing depending on it. lettre's own `send` waits for QUIT before it
//! returns, which would leave an accepted message unrecorded for as long as the server takes.
//! TLS is verified against the OS roots plus the settings' `ca_file`; there is no switch to skip
//! verification. Behind a small trait, so the outbox logic is tested without a network.

use std::path::Path;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{Certificate, SmtpConnection, TlsParameters};
use lettre::transport::smtp::commands::{Data, Mail, Quit, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject as _;
use secrecy::{ExposeSecret as _, SecretString};

use super::config::{Relay, Security};

/// How long any one step may wait for the server, the answer to the end of the body included.
const TIMEOUT: Duration = Duration::from_secs(30);
/// How long QUIT may take: the message's fate is recorded by then, so nothing waits on it.
const QUIT_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("cannot read the CA file `{}`", .path.display())]
    CaFile {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the CA file `{}` holds no readable PEM certificate", .path.display())]
    BadCaFile { path: std::path::PathBuf },
    #[error("cannot set up TLS for `{host}`")]
    Tls {
        host: String,
        #[source]
        source: smtp::Error,
    },
    #[error("`mail.username` is set but no SMTP password is stored")]
    NoPassword,
}

/// Why a send failed, in words fit for the outbox: the kind of failure and the server's code,
/// never the server's text (it may echo an address or a line of the message).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{text}")]
pub(crate) struct SendError {
    pub(crate) text: String,
    /// The server's definite refusal (5xx): retrying changes nothing.
    pub(crate) permanent: bool,
    /// The relay itself failed (down, TLS, credentials): the next message would fail the same
    /// way, so a batch stops here.
    pub(crate) relay_failed: bool,
}

/// A dialogue brought up to the body: the server has said 354 and waits for the message.
pub(crate) trait Session {
    /// Sends the body and its end, and returns the server's answer to it. An error without
    /// `permanent` after the body began is either a 4xx or no answer at all: `answered` tells.
    fn body(&mut self, message: &[u8]) -> Result<(), BodyError>;
    /// Says goodbye within a short time; whatever happens, nothing depends on it.
    fn quit(self: Box<Self>);
}

/// How the end of a body went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BodyError {
    pub(crate) error: SendError,
    /// The server answered (a 4xx or 5xx): a definite outcome. Without an answer (a timeout, a
    /// broken connection) nobody knows whether the server took the message.
    pub(crate) answered: bool,
}

pub(crate) trait MailTransport {
    /// Connects and runs the dialogue up to the body (MAIL, RCPT, DATA).
    fn open(&self, envelope: &Envelope, message: &[u8]) -> Result<Box<dyn Session>, SendError>;
}

pub(crate) struct Smtp {
    host: String,
    port: u16,
    security: Security,
    tls: Option<TlsParameters>,
    credentials: Option<Credentials>,
    hello: ClientId,
}

impl Smtp {
    pub(crate) fn new(relay: &Relay, password: Option<SecretString>) -> Result<Smtp, Error> {
        let mut tls = TlsParameters::builder(relay.host.clone());
        if let Some(path) = &relay.ca_file {
            tls = tls.add_root_certificate(read_ca(path)?);
        }
        let tls = match relay.security {
            Security::Tls | Security::Starttls => {
                Some(tls.build_rustls().map_err(|source| Error::Tls {
                    host: relay.host.clone(),
                    source,
                })?)
            }
            Security::Plain => None,
        };
        let credentials = match &relay.username {
            Some(user) => {
                let password = password.ok_or(Error::NoPassword)?;
                Some(Credentials::new(
                    user.clone(),
                    password.expose_secret().to_owned(),
                ))
            }
            None => None,
        };
        Ok(Smtp {
            host: relay.host.clone(),
            port: relay.port,
            security: relay.security,
            tls,
            credentials,
            hello: ClientId::default(),
        })
    }
}

/// Reads a CA file: a regular file of PEM certificates, each one readable as a trust anchor.
/// Checked when the settings are loaded and again when a relay is set up.
pub(crate) fn read_ca(path: &Path) -> Result<Certificate, Error> {
    let fail = |source| Error::CaFile {
        path: path.to_owned(),
        source,
    };
    let bad = || Error::BadCaFile {
        path: path.to_owned(),
    };
    let pem = crate::config::read_ca_file(path).map_err(fail)?;
    // lettre takes a file with no certificate at all (`/etc/passwd`) as an empty list; a CA
    // file must hold at least one, and each must parse.
    let mut roots = rustls::RootCertStore::empty();
    let mut found = 0;
    for cert in CertificateDer::pem_slice_iter(&pem) {
        roots.add(cert.map_err(|_| bad())?).map_err(|_| bad())?;
        found += 1;
    }
    if found == 0 {
        return Err(bad());
    }
    Certificate::from_pem(&pem).map_err(|_| bad())
}

impl MailTransport for Smtp {
    fn open(&self, envelope: &Envelope, message: &[u8]) -> Result<Box<dyn Session>, SendError> {
        let wrapper = match self.security {
            Security::Tls => self.tls.as_ref(),
            Security::Starttls | Security::Plain => None,
        };
        let mut conn = SmtpConnection::connect(
            (self.host.as_str(), self.port),
            Some(TIMEOUT),
            &self.hello,
            wrapper,
            None,
        )
        .map_err(|e| describe(&e))?;
        if let (Security::Starttls, Some(tls)) = (self.security, &self.tls) {
            // Refused when the server does not offer STARTTLS: never a clear-text login.
            let upgraded = conn.starttls(tls, &self.hello);
            step(upgraded)?;
        }
        if let Some(credentials) = &self.credentials {
            let login = conn.auth(DEFAULT_MECHANISMS, credentials);
            step(login)?;
        }
        let mut options = Vec::new();
        if !message.is_ascii() {
            if !conn.server_info().supports_feature(Extension::EightBitMime) {
                return Err(relay(
                    "the server cannot be used: it takes no 8-bit message".into(),
                ));
            }
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        let from = conn.command(Mail::new(envelope.from().cloned(), options));
        step(from)?;
        for to in envelope.to() {
            let rcpt = conn.command(Rcpt::new(to.clone(), vec![]));
            step(rcpt)?;
        }
        let data = conn.command(Data);
        step(data)?;
        Ok(Box::new(Dialogue { conn }))
    }
}

/// A failed step ends the dialogue: the connection closes when it is dropped.
fn step<T>(result: Result<T, smtp::Error>) -> Result<(), SendError> {
    result.map(drop).map_err(|e| describe(&e))
}

struct Dialogue {
    conn: SmtpConnection,
}

impl Session for Dialogue {
    fn body(&mut self, message: &[u8]) -> Result<(), BodyError> {
        self.conn.message(message).map(drop).map_err(|e| BodyError {
            answered: e.status().is_some(),
            error: describe(&e),
        })
    }

    fn quit(mut self: Box<Self>) {
        if self.conn.set_timeout(Some(QUIT_TIMEOUT)).is_ok() {
            // Not `quit()`: on a failure that calls `abort`, which sends QUIT a second time.
            let _ = self.conn.command(Quit);
        }
    }
}

fn relay(text: String) -> SendError {
    SendError {
        text,
        permanent: false,
        relay_failed: true,
    }
}

fn describe(e: &smtp::Error) -> SendError {
    if e.is_timeout() {
        return relay("the server did not answer in time".into());
    }
    if e.is_tls() {
        return relay("TLS failed: the server's certificate is not trusted or TLS broke".into());
    }
    if let Some(code) = e.status() {
        let code = code.to_string();
        if matches!(code.as_str(), "530" | "534" | "535" | "538" | "454") {
            return relay(format!("the server refused the login ({code})"));
        }
        return if e.is_permanent() {
            SendError {
                text: format!("the server refused the message ({code})"),
                permanent: true,
                relay_failed: false,
            }
        } else {
            SendError {
                text: format!("the server deferred the message ({code})"),
                permanent: false,
                relay_failed: false,
            }
        };
    }
    if e.is_client() {
        // lettre's own words (STARTTLS not offered, no common login mechanism): no server text.
        return relay(format!("the server cannot be used: {e}"));
    }
    let io = std::error::Error::source(e).and_then(|s| s.downcast_ref::<std::io::Error>());
    // rustls reports a refused certificate through the socket as an I/O error.
    if let Some(tls) = io
        .and_then(|io| io.get_ref())
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
    {
        return relay(match tls {
            rustls::Error::InvalidCertificate(_) => {
                "TLS failed: the server's certificate is not trusted".into()
            }
            _ => "TLS failed".into(),
        });
    }
    relay(match io.map(std::io::Error::kind) {
        Some(std::io::ErrorKind::ConnectionRefused) => "the server refused the connection".into(),
        // A socket read timeout shows as either, depending on the platform.
        Some(std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
            "the server did not answer in time".into()
        }
        Some(kind) => format!("cannot reach the server ({kind})"),
        None => "the connection ended without an answer".into(),
    })
}
