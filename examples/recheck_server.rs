//! The server `benches/recheck.sh` checks against: one listener on port `PORT` of each of
//! 127.0.0.1 … 127.0.0.`HOSTS`, HTTP/1.1 with keep-alive, one thread per connection, so that the
//! server is never what limits the tools being measured.
//!
//! Paths: `/live/N` (200, 4 KiB page), `/gone/N` (404), `/soft/N` (200, a removal page),
//! `/slow/N` (200 after 200 ms).
//!
//! Usage: `cargo run --release --example recheck_server -- PORT HOSTS`

#![allow(
    clippy::print_stderr,
    clippy::unwrap_used,
    reason = "a benchmark helper: it fails loudly"
)]

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::{TcpListener, TcpStream};
use std::time::Duration;

fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().map_or(8700, |p| p.parse().unwrap());
    let hosts: u8 = args.next().map_or(50, |h| h.parse().unwrap());
    let listeners: Vec<TcpListener> = (1..=hosts)
        .map(|n| TcpListener::bind(("127.0.0.".to_owned() + &n.to_string(), port)).unwrap())
        .collect();
    eprintln!("listening on 127.0.0.1-{hosts}:{port}");
    let threads: Vec<_> = listeners
        .into_iter()
        .map(|listener| {
            std::thread::spawn(move || {
                for conn in listener.incoming().flatten() {
                    std::thread::spawn(move || serve(conn));
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

fn serve(conn: TcpStream) {
    let _ = conn.set_nodelay(true);
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut out = conn;
    let live = format!("<html><body>{}</body></html>", "photo ".repeat(680));
    loop {
        let mut request = String::new();
        if reader.read_line(&mut request).unwrap_or(0) == 0 {
            return;
        }
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            if header == "\r\n" {
                break;
            }
        }
        let path = request.split_whitespace().nth(1).unwrap_or("/");
        let (status, body) = match path.split('/').nth(1) {
            Some("live") => (200, live.as_str()),
            Some("soft") => (200, "<h1>Sorry, this content isn't available</h1>"),
            Some("slow") => {
                std::thread::sleep(Duration::from_millis(200));
                (200, live.as_str())
            }
            _ => (404, "not found"),
        };
        let head = format!(
            "HTTP/1.1 {status} X\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        // One write per response, as real servers do: two small writes on a kept-alive
        // connection meet Nagle's algorithm and the client's delayed ACK, a 40 ms stall per
        // request that would measure the kernel, not the clients.
        if out.write_all(format!("{head}{body}").as_bytes()).is_err() {
            return;
        }
    }
}
