//! A real RFC 3161 time-stamping authority on 127.0.0.1 (`tests/servers/tsa.py`: OpenSSL's `ts
//! -reply` behind an HTTP server). Its root CA and its time-stamping certificate (extended key
//! usage `timeStamping`, critical) are made here with the openssl command line, per test.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// What the authority answers (see `tests/servers/tsa.py`).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Mode {
    Ok,
    Garbage,
    WrongImprint,
}

pub(crate) struct Tsa {
    dir: PathBuf,
    child: Option<Child>,
    pub(crate) port: u16,
    /// The root CA that issued the authority's certificate: what `timestamp.trust` names.
    pub(crate) ca: PathBuf,
    /// A root CA that issued nothing here: a wrong `timestamp.trust`.
    pub(crate) other_ca: PathBuf,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs (scripts/test installs it)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn make_ca(dir: &Path, name: &str) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
            "-days",
            "3650",
            "-subj",
            &format!("/CN=takedown test {name}"),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
}

impl Tsa {
    /// Makes the keys and certificates and starts the authority on `port` (0: any free one).
    pub(crate) fn start(root: &Path, port: u16) -> Tsa {
        let dir = root.join("tsa");
        std::fs::create_dir_all(&dir).unwrap();
        make_ca(&dir, "root-ca");
        make_ca(&dir, "other-ca");
        std::fs::write(
            dir.join("tsa-ext.cnf"),
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n",
        )
        .unwrap();
        openssl(
            &dir,
            &[
                "req",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                "tsa.key",
                "-out",
                "tsa.csr",
                "-subj",
                "/CN=takedown test TSA",
            ],
        );
        openssl(
            &dir,
            &[
                "x509",
                "-req",
                "-in",
                "tsa.csr",
                "-CA",
                "root-ca.pem",
                "-CAkey",
                "root-ca.key",
                "-set_serial",
                "2",
                "-days",
                "3650",
                "-extfile",
                "tsa-ext.cnf",
                "-out",
                "tsa.pem",
            ],
        );
        std::fs::write(dir.join("tsaserial"), "01\n").unwrap();
        let d = dir.to_str().unwrap();
        std::fs::write(
            dir.join("tsa.cnf"),
            format!(
                "[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\ndir = {d}\nserial = $dir/tsaserial\n\
                 crypto_device = builtin\nsigner_cert = $dir/tsa.pem\ncerts = $dir/root-ca.pem\n\
                 signer_key = $dir/tsa.key\nsigner_digest = sha256\ndefault_policy = 1.2.3.4.1\n\
                 digests = sha256, sha384, sha512\naccuracy = secs:1\nordering = no\n\
                 tsa_name = yes\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n"
            ),
        )
        .unwrap();
        let mut tsa = Tsa {
            ca: dir.join("root-ca.pem"),
            other_ca: dir.join("other-ca.pem"),
            dir,
            child: None,
            port,
        };
        tsa.run(port);
        tsa
    }

    fn run(&mut self, port: u16) {
        let port_file = self.dir.join("port");
        let _ = std::fs::remove_file(&port_file);
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/servers/tsa.py");
        let mut child = Command::new("python3")
            .arg(script)
            .args(["--dir", self.dir.to_str().unwrap()])
            .args(["--config", self.dir.join("tsa.cnf").to_str().unwrap()])
            .args(["--port", &port.to_string()])
            .args(["--port-file", port_file.to_str().unwrap()])
            .args(["--mode-file", self.dir.join("mode").to_str().unwrap()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3 runs");
        let start = Instant::now();
        self.port = loop {
            if let Ok(text) = std::fs::read_to_string(&port_file) {
                break text.trim().parse().unwrap();
            }
            if let Some(status) = child.try_wait().unwrap() {
                let mut err = String::new();
                std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
                panic!("the TSA ended ({status}): {err}");
            }
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "the TSA did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        self.child = Some(child);
    }

    /// The authority's URL.
    pub(crate) fn url(&self) -> String {
        format!("http://127.0.0.1:{}/tsr", self.port)
    }

    /// Stops the authority: its port refuses connections until `resume`.
    pub(crate) fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again on the same port.
    pub(crate) fn resume(&mut self) {
        self.stop();
        self.run(self.port);
    }

    pub(crate) fn set_mode(&self, mode: Mode) {
        let text = match mode {
            Mode::Ok => "ok",
            Mode::Garbage => "garbage",
            Mode::WrongImprint => "wrong-imprint",
        };
        std::fs::write(self.dir.join("mode"), text).unwrap();
    }

    /// Every query received: its content type and DER (hex).
    pub(crate) fn queries(&self) -> Vec<(String, String)> {
        std::fs::read_to_string(self.dir.join("queries.log"))
            .unwrap_or_default()
            .lines()
            .map(|l| {
                let (kind, hex) = l.split_once(' ').unwrap();
                (kind.to_owned(), hex.to_owned())
            })
            .collect()
    }

    /// `openssl ts -verify` of a token (a TimeStampResp, DER) against `ca` for `sha256`: its
    /// output, and whether it said `Verification: OK`.
    pub(crate) fn openssl_verify(&self, tsr: &Path, sha256: &str, ca: &Path) -> (bool, String) {
        let out = Command::new("openssl")
            .args(["ts", "-verify", "-in", tsr.to_str().unwrap()])
            .args(["-digest", sha256, "-CAfile", ca.to_str().unwrap()])
            .output()
            .unwrap();
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (
            out.status.success() && text.contains("Verification: OK"),
            text,
        )
    }

    /// The `timestamp:` section of config.yaml naming this authority, trusting `trust`.
    pub(crate) fn config(&self, trust: &Path) -> String {
        format!(
            "timestamp:\n  tsa: [\"{}\"]\n  trust: \"{}\"\n",
            self.url(),
            trust.display()
        )
    }
}

impl Drop for Tsa {
    fn drop(&mut self) {
        self.stop();
    }
}
