//! A real HTTP server on 127.0.0.1 that behaves like platforms do: live pages, 404, 410, 451,
//! removal pages under 200, redirects to a login page, slow and hanging answers, 429 with
//! `Retry-After`, connections closed mid-request, endless bodies, links that flap between two
//! answers, and the bot walls of web application firewalls (challenge pages on 403 and 503, a
//! 202 while a script runs, CAPTCHA pages). One thread per
//! connection, `Connection: close`: simple enough to trust.

use std::collections::HashMap;
use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How the server answers one path.
#[derive(Debug, Clone)]
pub(crate) enum Reply {
    Page(u16, String),
    /// A redirect to another path of this server.
    Redirect(String),
    /// Waits, then answers 200 with the text.
    Slow(Duration, String),
    /// Reads the request and never answers.
    Hang,
    /// `429` with `Retry-After: 1` the first time, then the page.
    BusyOnce(String),
    /// Closes the connection without an answer the first time, then the page.
    ResetOnce(String),
    /// A 200 whose body never ends.
    Endless,
    /// A 200 with this content type and these bytes (a picture).
    Bytes(&'static str, Vec<u8>),
    /// The answers in turn, one per request from when it was set, starting again after the
    /// last: a flapping link. Made by [`Reply::flap`].
    Flap(Arc<AtomicUsize>, Vec<(u16, String)>),
    /// The first reply to the path's first request, the second to every later one: a server
    /// that changes its answer between a look and the look that confirms it.
    FirstThen(Box<Reply>, Box<Reply>),
}

impl Reply {
    pub(crate) fn flap(answers: &[(u16, &str)]) -> Reply {
        let answers = answers.iter().map(|(s, b)| (*s, (*b).to_owned())).collect();
        Reply::Flap(Arc::new(AtomicUsize::new(0)), answers)
    }
}

/// A Cloudflare-style interstitial, served under 403 or 503 by web application firewalls.
pub(crate) const CHALLENGE_PAGE: &str = "<!DOCTYPE html><html><head><title>Just a moment...</title>\
    </head><body><div id=\"challenge-stage\"></div>\
    <script src=\"/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1\"></script></body></html>";

/// A CAPTCHA page answered with 200 instead of the content.
pub(crate) const CAPTCHA_PAGE: &str = "<html><body><h1>Are you a robot?</h1>\
    <form><div class=\"g-recaptcha\" data-sitekey=\"x\"></div></form></body></html>";

#[derive(Default)]
struct State {
    replies: HashMap<String, Reply>,
    hits: HashMap<String, usize>,
    /// The header lines of the last request for each path, as received.
    headers: HashMap<String, Vec<String>>,
    /// Bytes written to endless bodies, to show the reader stopped.
    endless_bytes: usize,
    /// Every request's line and headers, in arrival order: what the tool sent.
    heads: Vec<String>,
}

pub(crate) struct HttpServer {
    port: u16,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
}

impl HttpServer {
    pub(crate) fn start() -> HttpServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let stop = Arc::new(AtomicBool::new(false));
        let (st, sp) = (Arc::clone(&state), Arc::clone(&stop));
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if sp.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (st, sp) = (Arc::clone(&st), Arc::clone(&sp));
                std::thread::spawn(move || serve(conn, &st, &sp));
            }
        });
        HttpServer { port, state, stop }
    }

    pub(crate) fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub(crate) fn set(&self, path: &str, reply: Reply) {
        self.state
            .lock()
            .unwrap()
            .replies
            .insert(path.to_owned(), reply);
    }

    pub(crate) fn hits(&self, path: &str) -> usize {
        self.state
            .lock()
            .unwrap()
            .hits
            .get(path)
            .copied()
            .unwrap_or(0)
    }

    /// The request line and headers of every request so far.
    pub(crate) fn heads(&self) -> Vec<String> {
        self.state.lock().unwrap().heads.clone()
    }

    /// The header lines (`Name: value`) of the last request for `path`.
    pub(crate) fn headers(&self, path: &str) -> Vec<String> {
        self.state
            .lock()
            .unwrap()
            .headers
            .get(path)
            .cloned()
            .unwrap_or_default()
    }

    pub(crate) fn port(&self) -> u16 {
        self.port
    }

    pub(crate) fn endless_bytes(&self) -> usize {
        self.state.lock().unwrap().endless_bytes
    }
}

impl Drop for HttpServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the accept loop so that it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(conn: TcpStream, state: &Mutex<State>, stop: &AtomicBool) {
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    let mut head = request_line.clone();
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => return,
            Ok(_) if header == "\r\n" => break,
            Ok(_) => {
                head.push_str(&header);
                headers.push(header.trim_end().to_owned());
            }
        }
    }
    state.lock().unwrap().heads.push(head);
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let (reply, hit) = {
        let mut st = state.lock().unwrap();
        st.headers.insert(path.clone(), headers);
        let hit = {
            let n = st.hits.entry(path.clone()).or_default();
            *n += 1;
            *n
        };
        let reply = st
            .replies
            .get(&path)
            .cloned()
            .unwrap_or(Reply::Page(404, "not found".into()));
        (reply, hit)
    };
    let mut conn = conn;
    let mut reply = reply;
    while let Reply::FirstThen(first, then) = reply {
        reply = if hit == 1 { *first } else { *then };
    }
    match reply {
        Reply::Page(status, body) => answer(&mut conn, status, &[], &body),
        Reply::Flap(turn, answers) => {
            let (status, body) = &answers[turn.fetch_add(1, Ordering::SeqCst) % answers.len()];
            answer(&mut conn, *status, &[], body);
        }
        Reply::Bytes(kind, body) => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = conn.write_all(head.as_bytes());
            let _ = conn.write_all(&body);
        }
        Reply::Redirect(to) => answer(&mut conn, 302, &[("Location", &to)], ""),
        Reply::FirstThen(..) => unreachable!("a reply in turn is chosen above"),
        Reply::Slow(wait, body) => {
            std::thread::sleep(wait);
            answer(&mut conn, 200, &[], &body);
        }
        Reply::Hang => {
            while !stop.load(Ordering::SeqCst) {
                std::thread::sleep(Duration::from_millis(50));
            }
        }
        Reply::BusyOnce(_) if hit == 1 => {
            answer(&mut conn, 429, &[("Retry-After", "1")], "slow down");
        }
        Reply::ResetOnce(_) if hit == 1 => drop(conn),
        Reply::BusyOnce(body) | Reply::ResetOnce(body) => answer(&mut conn, 200, &[], &body),
        Reply::Endless => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n";
            if conn.write_all(head.as_bytes()).is_err() {
                return;
            }
            let chunk = vec![b'x'; 64 * 1024];
            while conn.write_all(&chunk).is_ok() {
                state.lock().unwrap().endless_bytes += chunk.len();
                if stop.load(Ordering::SeqCst) {
                    return;
                }
            }
        }
    }
}

fn answer(conn: &mut TcpStream, status: u16, headers: &[(&str, &str)], body: &str) {
    let mut text = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (name, value) in headers {
        text.push_str(&format!("{name}: {value}\r\n"));
    }
    text.push_str("\r\n");
    text.push_str(body);
    let _ = conn.write_all(text.as_bytes());
    let _ = conn.flush();
}
