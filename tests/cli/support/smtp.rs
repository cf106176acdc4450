//! A real SMTP server process on 127.0.0.1 (`tests/servers/smtp.py`, aiosmtpd) with STARTTLS and
//! AUTH required. Its certificate comes from a CA made here, trusted by takedown through
//! `mail.ca_file`, the setting users have: there is no skip-verification switch.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub(crate) const USER: &str = "helpline";
pub(crate) const PASSWORD: &str = "correct horse battery staple";

/// A CA and a server certificate for IP 127.0.0.1 signed by it, made with rcgen per test.
pub(crate) struct Certs {
    pub(crate) ca: PathBuf,
    cert: PathBuf,
    key: PathBuf,
}

impl Certs {
    pub(crate) fn make(dir: &Path) -> Certs {
        use rcgen::{
            BasicConstraints, CertificateParams, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer,
            KeyPair, KeyUsagePurpose,
        };
        std::fs::create_dir_all(dir).unwrap();
        let ca_key = KeyPair::generate().unwrap();
        let mut ca = CertificateParams::new(Vec::<String>::new()).unwrap();
        ca.distinguished_name
            .push(DnType::CommonName, "takedown test CA");
        ca.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        ca.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
        let ca_cert = ca.self_signed(&ca_key).unwrap();
        let issuer = Issuer::new(ca, ca_key);

        let key = KeyPair::generate().unwrap();
        let mut server = CertificateParams::new(vec!["127.0.0.1".to_owned()]).unwrap();
        server.key_usages = vec![KeyUsagePurpose::DigitalSignature];
        server.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
        let cert = server.signed_by(&key, &issuer).unwrap();

        let certs = Certs {
            ca: dir.join("ca.pem"),
            cert: dir.join("server.pem"),
            key: dir.join("server.key"),
        };
        std::fs::write(&certs.ca, ca_cert.pem()).unwrap();
        std::fs::write(&certs.cert, cert.pem()).unwrap();
        std::fs::write(&certs.key, key.serialize_pem()).unwrap();
        certs
    }
}

pub(crate) struct SmtpServer {
    child: Child,
    pub(crate) port: u16,
    dir: PathBuf,
    root: PathBuf,
}

/// The server's switches (see `tests/servers/smtp.py`): each is a file that is on while it
/// exists, and the server touches its name + `.seen` while it holds a client there.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Switch {
    /// RCPT waits: connected and logged in, nothing of the message sent.
    StallRcpt,
    /// RCPT is answered with the reply the switch holds.
    RcptReply,
    /// The answer to the end of DATA waits, the whole message received.
    DelayData,
    /// The end of DATA is answered with the reply the switch holds, and the message not kept.
    DataReply,
    /// The answer to QUIT waits.
    StallQuit,
}

impl Switch {
    const ALL: [Switch; 5] = [
        Switch::StallRcpt,
        Switch::RcptReply,
        Switch::DelayData,
        Switch::DataReply,
        Switch::StallQuit,
    ];

    fn flag(self) -> &'static str {
        match self {
            Switch::StallRcpt => "--stall",
            Switch::RcptReply => "--rcpt-reply",
            Switch::DelayData => "--delay-data",
            Switch::DataReply => "--data-reply",
            Switch::StallQuit => "--stall-quit",
        }
    }

    fn file(self, root: &Path) -> PathBuf {
        root.join(format!("smtp-{}", &self.flag()[2..]))
    }
}

impl SmtpServer {
    /// Starts the server on `port` (0: any free one) and waits until it listens.
    pub(crate) fn start(root: &Path, certs: &Certs, port: u16) -> SmtpServer {
        SmtpServer::start_with(root, certs, port, &[])
    }

    /// The same, with TLS from the first byte instead of STARTTLS.
    pub(crate) fn start_implicit_tls(root: &Path, certs: &Certs) -> SmtpServer {
        SmtpServer::start_with(root, certs, 0, &["--implicit-tls"])
    }

    fn start_with(root: &Path, certs: &Certs, port: u16, extra: &[&str]) -> SmtpServer {
        let dir = root.join("smtp-received");
        std::fs::create_dir_all(&dir).unwrap();
        let port_file = root.join("smtp-port");
        let _ = std::fs::remove_file(&port_file);
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/smtp.py");
        let mut command = Command::new("python3");
        command
            .arg(script)
            .args(["--dir", dir.to_str().unwrap()])
            .args(["--cert", certs.cert.to_str().unwrap()])
            .args(["--key", certs.key.to_str().unwrap()])
            .args(["--user", USER, "--password", PASSWORD])
            .args(["--port", &port.to_string()])
            .args(["--port-file", port_file.to_str().unwrap()])
            .args(extra);
        for switch in Switch::ALL {
            command.args([switch.flag(), switch.file(root).to_str().unwrap()]);
        }
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 runs (scripts/test sets it up)");
        let start = Instant::now();
        let port = loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                break text.trim().parse().unwrap();
            }
            if let Some(status) = child.try_wait().unwrap() {
                let mut err = String::new();
                std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
                panic!("the SMTP server ended ({status}): {err}");
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the SMTP server did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        SmtpServer {
            child,
            port,
            dir,
            root: root.to_owned(),
        }
    }

    /// What the server accepted, in order: the facts Python's e-mail parser read.
    pub(crate) fn received(&self) -> Vec<Value> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        names
            .iter()
            .map(|p| serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap())
            .collect()
    }

    /// The raw bytes of the `n`th message accepted (0-based).
    pub(crate) fn raw(&self, n: usize) -> String {
        std::fs::read_to_string(self.dir.join(format!("{:04}.eml", n + 1))).unwrap()
    }

    /// The decoded bytes of attachment `k` (1-based) of the `n`th message (0-based).
    pub(crate) fn attachment(&self, n: usize, k: usize) -> Vec<u8> {
        std::fs::read(self.dir.join(format!("{:04}-{k}.bin", n + 1))).unwrap()
    }

    /// While stalled, the server holds every client at RCPT, before any data.
    pub(crate) fn stall(&self, on: bool) {
        self.set(Switch::StallRcpt, on.then_some(""));
    }

    /// Waits until a client is held at RCPT.
    pub(crate) fn wait_stalled(&self) {
        self.wait_held(Switch::StallRcpt);
    }

    /// Turns `switch` on (with `reply` for the switches that answer) or off.
    pub(crate) fn set(&self, switch: Switch, reply: Option<&str>) {
        let file = switch.file(&self.root);
        match reply {
            Some(text) => std::fs::write(&file, text).unwrap(),
            None => {
                let _ = std::fs::remove_file(&file);
                let _ = std::fs::remove_file(file.with_extension("seen"));
            }
        }
    }

    /// Whether a client has been held by `switch` since it was turned on.
    pub(crate) fn held(&self, switch: Switch) -> bool {
        switch.file(&self.root).with_extension("seen").exists()
    }

    /// Waits until a client is held by `switch`.
    pub(crate) fn wait_held(&self, switch: Switch) {
        let start = Instant::now();
        while !self.held(switch) {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no client reached {switch:?}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// How many copies of each Message-ID the server accepted.
    pub(crate) fn copies(&self) -> BTreeMap<String, usize> {
        let mut copies = BTreeMap::new();
        for m in self.received() {
            *copies
                .entry(m["message_id"].as_str().unwrap().to_owned())
                .or_insert(0) += 1;
        }
        copies
    }

    /// The Message-IDs whose end of DATA got a refusal from `Switch::DataReply`, with its code.
    pub(crate) fn refused(&self) -> Vec<String> {
        std::fs::read_to_string(self.dir.join("refused.log"))
            .unwrap_or_default()
            .lines()
            .map(str::to_owned)
            .collect()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nothing listens on right now (bound, then released).
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}
