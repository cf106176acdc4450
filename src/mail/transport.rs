//! Sending one formatted message: lettre's blocking SMTP client with rustls, behind a small
//! trait so the outbox logic is tested without a network. TLS is verified against the OS roots
//! plus the settings' `ca_file`; there is no switch to skip verification.

use std::io::Read as _;
use std::path::Path;
use std::time::Duration;

use lettre::Transport as _;
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::{self, SmtpTransport};
use secrecy::{ExposeSecret as _, SecretString};

use super::config::{Relay, Security};

/// A CA file is a few kilobytes; the cap keeps a wrong path from reading a disk image.
const MAX_CA_BYTES: u64 = 1024 * 1024;
const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("cannot read the CA file `{}`", .path.display())]
    CaFile {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the CA file `{}` holds no PEM certificate", .path.display())]
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
    /// The relay itself failed (down, TLS, credentials): the next message would fail the same
    /// way, so a batch stops here.
    pub(crate) relay_failed: bool,
}

pub(crate) trait MailTransport {
    /// Returns once the server has accepted the message (a 250 after the data).
    fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError>;
}

pub(crate) struct Smtp {
    transport: SmtpTransport,
}

impl Smtp {
    pub(crate) fn new(relay: &Relay, password: Option<SecretString>) -> Result<Smtp, Error> {
        let mut tls = TlsParameters::builder(relay.host.clone());
        if let Some(path) = &relay.ca_file {
            tls = tls.add_root_certificate(read_ca(path)?);
        }
        let tls_failed = |source| Error::Tls {
            host: relay.host.clone(),
            source,
        };
        let tls = match relay.security {
            Security::Tls => Tls::Wrapper(tls.build_rustls().map_err(tls_failed)?),
            Security::Starttls => Tls::Required(tls.build_rustls().map_err(tls_failed)?),
            Security::Plain => Tls::None,
        };
        let mut builder = SmtpTransport::builder_dangerous(relay.host.as_str())
            .port(relay.port)
            .tls(tls)
            .timeout(Some(TIMEOUT));
        if let Some(user) = &relay.username {
            let password = password.ok_or(Error::NoPassword)?;
            builder = builder.credentials(Credentials::new(
                user.clone(),
                password.expose_secret().to_owned(),
            ));
        }
        Ok(Smtp {
            transport: builder.build(),
        })
    }
}

fn read_ca(path: &Path) -> Result<Certificate, Error> {
    let fail = |source| Error::CaFile {
        path: path.to_owned(),
        source,
    };
    let mut pem = Vec::new();
    fs_err::File::open(path)
        .map_err(fail)?
        .take(MAX_CA_BYTES)
        .read_to_end(&mut pem)
        .map_err(fail)?;
    Certificate::from_pem(&pem).map_err(|_| Error::BadCaFile {
        path: path.to_owned(),
    })
}

impl MailTransport for Smtp {
    fn send(&self, envelope: &Envelope, message: &[u8]) -> Result<(), SendError> {
        // Without a connection pool lettre returns right after the server's 250 and closes
        // the connection without waiting on QUIT, so `Ok` is the moment of acceptance.
        self.transport
            .send_raw(envelope, message)
            .map(drop)
            .map_err(|e| describe(&e))
    }
}

fn describe(e: &smtp::Error) -> SendError {
    let relay = |text: String| SendError {
        text,
        relay_failed: true,
    };
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
        let (text, relay_failed) = if e.is_permanent() {
            (format!("the server refused the message ({code})"), false)
        } else {
            (format!("the server deferred the message ({code})"), false)
        };
        return SendError { text, relay_failed };
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
        None => "cannot reach the server".into(),
    })
}
