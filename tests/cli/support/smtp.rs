//! A real SMTP server process on 127.0.0.1 (`tests/servers/smtp.py`, aiosmtpd) with STARTTLS and
//! AUTH required. Its certificate comes from a CA made here with `openssl`, trusted by takedown
//! through `mail.ca_file`, the setting users have: there is no skip-verification switch.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

pub(crate) const USER: &str = "helpline";
pub(crate) const PASSWORD: &str = "correct horse battery staple";

/// A CA and a server certificate for IP 127.0.0.1, made once per test directory.
pub(crate) struct Certs {
    pub(crate) ca: PathBuf,
    cert: PathBuf,
    key: PathBuf,
}

impl Certs {
    pub(crate) fn make(dir: &Path) -> Certs {
        std::fs::create_dir_all(dir).unwrap();
        let path = |name: &str| dir.join(name);
        let ext = path("server.ext");
        std::fs::write(
            &ext,
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        let p = |p: PathBuf| p.to_str().unwrap().to_owned();
        for args in [
            vec![
                "req",
                "-x509",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-keyout",
                &p(path("ca.key")),
                "-out",
                &p(path("ca.pem")),
                "-days",
                "2",
                "-subj",
                "/CN=takedown test CA",
                "-addext",
                "basicConstraints=critical,CA:TRUE",
                "-addext",
                "keyUsage=critical,keyCertSign,cRLSign",
            ],
            vec![
                "req",
                "-newkey",
                "ec",
                "-pkeyopt",
                "ec_paramgen_curve:P-256",
                "-nodes",
                "-keyout",
                &p(path("server.key")),
                "-out",
                &p(path("server.csr")),
                "-subj",
                "/CN=127.0.0.1",
            ],
            vec![
                "x509",
                "-req",
                "-in",
                &p(path("server.csr")),
                "-CA",
                &p(path("ca.pem")),
                "-CAkey",
                &p(path("ca.key")),
                "-CAcreateserial",
                "-out",
                &p(path("server.pem")),
                "-days",
                "2",
                "-extfile",
                &p(ext.clone()),
            ],
        ] {
            let out = Command::new("openssl")
                .args(&args)
                .output()
                .expect("openssl runs (apt-get install openssl)");
            assert!(
                out.status.success(),
                "openssl {args:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Certs {
            ca: path("ca.pem"),
            cert: path("server.pem"),
            key: path("server.key"),
        }
    }
}

pub(crate) struct SmtpServer {
    child: Child,
    pub(crate) port: u16,
    dir: PathBuf,
    stall: PathBuf,
}

impl SmtpServer {
    /// Starts the server on `port` (0: any free one) and waits until it listens.
    pub(crate) fn start(root: &Path, certs: &Certs, port: u16) -> SmtpServer {
        let dir = root.join("smtp-received");
        std::fs::create_dir_all(&dir).unwrap();
        let port_file = root.join("smtp-port");
        let _ = std::fs::remove_file(&port_file);
        let stall = root.join("smtp-stall");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/smtp.py");
        let mut child = Command::new("python3")
            .arg(script)
            .args(["--dir", dir.to_str().unwrap()])
            .args(["--cert", certs.cert.to_str().unwrap()])
            .args(["--key", certs.key.to_str().unwrap()])
            .args(["--user", USER, "--password", PASSWORD])
            .args(["--port", &port.to_string()])
            .args(["--port-file", port_file.to_str().unwrap()])
            .args(["--stall", stall.to_str().unwrap()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 runs");
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
            stall,
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
        if on {
            std::fs::write(&self.stall, "").unwrap();
        } else {
            std::fs::remove_file(&self.stall).unwrap();
        }
    }

    /// Waits until a client is held at RCPT.
    pub(crate) fn wait_stalled(&self) {
        let seen = self.stall.with_extension("seen");
        let start = Instant::now();
        while !seen.exists() {
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "no client reached RCPT"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
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
