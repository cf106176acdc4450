//! TLS for test servers on 127.0.0.1: a fresh self-signed certificate per test, and a small
//! HTTPS server that answers every request with one page once a handshake succeeds.

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;

/// A certificate for `127.0.0.1` and `localhost`, and its private key.
pub(crate) struct TestCertificate {
    der: rustls::pki_types::CertificateDer<'static>,
    pem: String,
    key_der: Vec<u8>,
}

impl TestCertificate {
    pub(crate) fn new() -> TestCertificate {
        let names = vec!["127.0.0.1".to_owned(), "localhost".to_owned()];
        let certified = rcgen::generate_simple_self_signed(names).expect("a test certificate");
        TestCertificate {
            der: certified.cert.der().clone(),
            pem: certified.cert.pem(),
            key_der: certified.signing_key.serialize_der(),
        }
    }

    /// The certificate as PEM, as a CA file holds it.
    pub(crate) fn pem(&self) -> &str {
        &self.pem
    }

    /// A client that trusts this certificate and nothing else.
    pub(crate) fn client_config(&self) -> Arc<rustls::ClientConfig> {
        let mut roots = rustls::RootCertStore::empty();
        roots.add(self.der.clone()).unwrap();
        Arc::new(
            rustls::ClientConfig::builder()
                .with_root_certificates(roots)
                .with_no_client_auth(),
        )
    }

    fn server_config(&self) -> Arc<rustls::ServerConfig> {
        let key = rustls::pki_types::PrivateKeyDer::Pkcs8(self.key_der.clone().into());
        Arc::new(
            rustls::ServerConfig::builder()
                .with_no_client_auth()
                .with_single_cert(vec![self.der.clone()], key)
                .expect("the key fits the certificate"),
        )
    }
}

/// An HTTPS server on 127.0.0.1 whose every page is `200` with `body`.
pub(crate) struct HttpsServer {
    pub(crate) port: u16,
}

impl HttpsServer {
    pub(crate) fn start(cert: &TestCertificate, body: &'static str) -> HttpsServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().unwrap().port();
        let config = cert.server_config();
        std::thread::spawn(move || {
            for conn in listener.incoming().flatten() {
                let config = Arc::clone(&config);
                std::thread::spawn(move || serve(conn, config, body));
            }
        });
        HttpsServer { port }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("https://127.0.0.1:{}{path}", self.port)
    }
}

/// A failed handshake just ends the connection: the client saw the certificate and refused.
fn serve(conn: TcpStream, config: Arc<rustls::ServerConfig>, body: &str) {
    let Ok(tls) = rustls::ServerConnection::new(config) else {
        return;
    };
    let mut stream = BufReader::new(rustls::StreamOwned::new(tls, conn));
    let mut line = String::new();
    while stream.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let reply = format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.get_mut().write_all(reply.as_bytes());
    let _ = stream.get_mut().flush();
}

/// `GET path` over TLS with a client that trusts `cert`: the server answers when it is trusted.
pub(crate) fn get_trusting(cert: &TestCertificate, server: &HttpsServer, path: &str) -> String {
    let name = rustls::pki_types::ServerName::try_from("127.0.0.1").unwrap();
    let tls = rustls::ClientConnection::new(cert.client_config(), name).unwrap();
    let conn = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let mut stream = rustls::StreamOwned::new(tls, conn);
    write!(stream, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
    let mut reply = String::new();
    let _ = std::io::Read::read_to_string(&mut stream, &mut reply);
    reply
}
