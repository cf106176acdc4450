//! The bad-input corpus (issue 17 part 5): well over 300 malformed or hostile inputs across
//! links, YAML files, pictures, templates, ids and dates, each given to the real binary. Every one
//! must end with exit 2 and a clear message (`error: …`, no panic, no backtrace, none of the
//! input's secret words echoed) within a time bound. The inputs are generated here rather than
//! kept as files, so each says what it breaks.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::matching::{encode, photo};
use crate::support::TestEnv;

/// Per input: start-up, opening the store and the refusal, on a machine that also builds.
const BOUND: Duration = Duration::from_secs(10);

/// A word planted in inputs that must never come back in a message.
const SECRET: &str = "zqxsecret";

/// Runs one input; returns how long it took. Panics with the input's label on any failure.
fn refused(env: &TestEnv, label: &str, args: &[&str], stdin: &[u8]) -> Duration {
    let started = Instant::now();
    let mut child = env
        .std_command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Both pipes are drained while the child runs, so a command that writes much cannot stall
    // on a full pipe and pass for a hang.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).unwrap();
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    {
        let mut input = child.stdin.take().unwrap();
        // A refusal may come before stdin is read in full: a closed pipe is fine.
        let _ = input.write_all(stdin);
    }
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > BOUND {
            child.kill().unwrap();
            panic!("{label}: still running after {BOUND:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let took = started.elapsed();
    let printed = stdout.join().unwrap();
    let stderr = String::from_utf8_lossy(&stderr.join().unwrap()).into_owned();
    let first = stderr
        .lines()
        .find(|l| !l.starts_with("note:"))
        .unwrap_or_default();
    assert_eq!(status.code(), Some(2), "{label}: {stderr}");
    assert!(
        printed.len() < 1 << 20,
        "{label}: {} bytes on stdout before the refusal",
        printed.len()
    );
    assert!(first.starts_with("error: "), "{label}: {stderr}");
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace", SECRET] {
        assert!(!stderr.contains(bad), "{label}: `{bad}` in {stderr}");
    }
    took
}

/// Runs every input; returns how many there were and a line with the slowest, to print.
fn corpus(
    env: &TestEnv,
    kind: &str,
    inputs: Vec<(String, Vec<String>, Vec<u8>)>,
) -> (usize, String) {
    let mut slowest = (Duration::ZERO, String::new());
    for (label, args, stdin) in &inputs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let took = refused(env, label, &args, stdin);
        if took > slowest.0 {
            slowest = (took, label.clone());
        }
    }
    let figures = format!(
        "bad input, {kind}: {} inputs, slowest {:?} ({})",
        inputs.len(),
        slowest.0,
        slowest.1
    );
    (inputs.len(), figures)
}

fn args(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| (*w).to_owned()).collect()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn links() -> Vec<String> {
    let s = SECRET;
    let mut links: Vec<String> = [
        format!("javascript:alert('{s}')"),
        format!("JaVaScRiPt:{s}"),
        format!("data:text/html,<b>{s}</b>"),
        format!("file:///home/{s}/photo.jpg"),
        format!("ftp://{s}.example/x"),
        format!("mailto:{s}@example.com"),
        format!("tel:+92300{s}"),
        format!("{s}:03001234567"),
        format!("{s}://example.com/"),
        format!("{s}@example.com"),
        format!("https://example.com/{s} with spaces"),
        format!("https://example.com/{s}\u{0}"),
        format!("https://example.com/\u{202e}{s}"),
        format!("https://exa\u{200b}mple.com/{s}"),
        format!("https://{s}..example/"),
        format!("https://.{s}.example/"),
        format!("https://{s}.example:99999/"),
        format!("https://{s}.example:-1/"),
        format!("https://xn--zz.{s}.example/"),
        format!("https://example.com/{}", s.repeat(1000)),
        format!("https://example.com/{}", "ü".repeat(3000)),
        s.to_owned(),
        format!("/{s}/x"),
        format!("?{s}=1"),
        format!("//{s}"),
        "https://".to_owned(),
        "https:".to_owned(),
        "http:///x".to_owned(),
        "https://[::1".to_owned(),
        "https://[fe80::1%25eth0]/".to_owned(),
        "https://1.2.3.4.5/".to_owned(),
        "https://256.0.0.1/".to_owned(),
        "3.14".to_owned(),
        "010.0.0.1/x".to_owned(),
        "https://intranet/".to_owned(),
        "https://localhost:8080/".to_owned(),
        "localhost:8080".to_owned(),
    ]
    .into();
    // Every local or private address, in every spelling, with and without a port.
    let hosts = [
        "127.0.0.1",
        "127.1",
        "2130706433",
        "0x7f000001",
        "017700000001",
        "0x7f.0.0.1",
        "127.0.0.1.",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "[0:0:0:0:0:0:0:1]",
        "10.0.0.1",
        "167772161",
        "172.16.0.1",
        "192.168.0.1",
        "169.254.169.254",
        "[fe80::1]",
        "[fd12:3456::1]",
        "100.64.0.1",
        "224.0.0.1",
        "0.0.0.0",
        "[::]",
        "255.255.255.255",
        "192.0.2.1",
        "198.51.100.7",
        "203.0.113.9",
        "[2001:db8::1]",
        "printer.local",
        "db.internal",
        "app.localhost",
        "router.home.arpa",
        "[::127.0.0.1]",
        "[64:ff9b::10.0.0.1]",
        "[2002:c0a8:1::]",
    ];
    for host in hosts {
        links.push(format!("http://{host}/{SECRET}"));
        links.push(format!("https://{host}:8443/{SECRET}?a=1"));
    }
    links
}

#[test]
fn bad_links_are_refused_by_line_and_problem_never_echoed() {
    let env = TestEnv::initialised();
    let case = env.ok(&["case", "new", "--category", "ncii"]);
    let inputs = links()
        .into_iter()
        .enumerate()
        .map(|(n, link)| {
            (
                format!("link #{n}"),
                args(&["link", "add", "--case", &case, "-"]),
                format!("{link}\n").into_bytes(),
            )
        })
        .collect();
    let (count, figures) = corpus(&env, "links", inputs);
    eprintln!("{figures}");
    assert!(count >= 100);
}

/// A platforms file and a settings file, each broken in many ways.
fn broken_yaml() -> Vec<(&'static str, Vec<u8>)> {
    let mut laughs = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (n, prev) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        laughs.push_str(&format!(
            "{n}: &{n} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    vec![
        ("empty", Vec::new()),
        ("only a document marker", b"---\n".to_vec()),
        ("two documents", b"a: 1\n---\nb: 2\n".to_vec()),
        ("a scalar", b"just words\n".to_vec()),
        ("a list", b"- 1\n- 2\n".to_vec()),
        (
            "tabs for indentation",
            b"recheck:\n\tper_host: 1\n".to_vec(),
        ),
        ("unclosed flow", b"a: [1, 2\n".to_vec()),
        ("unclosed quote", b"a: \"open\n".to_vec()),
        ("bad escape", b"a: \"\\q\"\n".to_vec()),
        ("duplicate keys", b"a: 1\na: 2\n".to_vec()),
        (
            "deep nesting",
            format!("a: {}{}\n", "[".repeat(2000), "]".repeat(2000)).into_bytes(),
        ),
        (
            "deep mappings",
            format!("{}1\n", "{a: ".repeat(500)).into_bytes(),
        ),
        ("billion laughs", laughs.into_bytes()),
        ("an unknown alias", b"a: *nothing\n".to_vec()),
        ("a tag", b"a: !!binary aGVsbG8=\n".to_vec()),
        ("a complex key", b"? [a, b]\n: 1\n".to_vec()),
        ("not UTF-8", b"a: caf\xe9\n".to_vec()),
        ("NUL bytes", b"a: 1\0\0\n".to_vec()),
        ("binary garbage", (0..=255u8).cycle().take(4096).collect()),
        ("a BOM then garbage", b"\xef\xbb\xbf: :\n".to_vec()),
        ("5 MiB", vec![b'#'; 5 * 1024 * 1024]),
        ("a key with a newline", b"\"a\\nb\": 1\n".to_vec()),
        (
            "a huge number",
            b"a: 99999999999999999999999999999\n".to_vec(),
        ),
        ("negative number", b"a: -1\n".to_vec()),
        ("a merge key loop", b"a: &a\n  <<: *a\n".to_vec()),
    ]
}

#[test]
fn broken_yaml_files_are_refused_with_their_place() {
    let env = TestEnv::initialised();
    let dir = env.root().join("yaml");
    std::fs::create_dir(&dir).unwrap();
    let mut inputs = Vec::new();
    let platforms_extra: Vec<(&str, Vec<u8>)> = vec![
        ("wrong schema", b"schema_version: 9\n".to_vec()),
        ("schema as text", b"schema_version: one\n".to_vec()),
        ("platforms not a list", b"schema_version: 1\nplatforms: 3\n".to_vec()),
        ("platform without id", b"schema_version: 1\nplatforms:\n  - name: X\n".to_vec()),
        ("unknown key", b"schema_version: 1\nplatfroms: []\n".to_vec()),
        (
            "bad host pattern",
            crate::recheck::PLATFORMS.replace("\"127.0.0.1\"]", "\"*\"]").into_bytes(),
        ),
        (
            "upper-case host",
            crate::recheck::PLATFORMS.replace("\"127.0.0.1\"]", "\"Example.COM\"]").into_bytes(),
        ),
        (
            "a host claimed twice",
            format!("{}  - id: other\n    name: Other\n    operator: null\n    hosts:\n      patterns: [\"127.0.0.1\"]\n      canonical_host: \"127.0.0.1\"\n      unverified: true\n      checked: 2026-01-01\n", crate::recheck::PLATFORMS).into_bytes(),
        ),
        (
            "bad date",
            crate::recheck::PLATFORMS.replace("checked: 2026-01-01", "checked: yesterday").into_bytes(),
        ),
        (
            "cut inside a list",
            // Inside the first host pattern's brackets, so the flow list never closes.
            crate::recheck::PLATFORMS.as_bytes()[..crate::recheck::PLATFORMS.find("127.0").unwrap() + 5]
                .to_vec(),
        ),
    ];
    for (what, bytes) in broken_yaml().into_iter().chain(platforms_extra) {
        let file = write(&dir, &format!("p{}.yaml", inputs.len()), &bytes);
        inputs.push((
            format!("platforms file: {what}"),
            args(&["--platforms", file.to_str().unwrap(), "platforms", "list"]),
            Vec::new(),
        ));
    }
    let config_extra: Vec<(&str, &[u8])> = vec![
        ("unknown section", b"recheck: {}\nmial: {}\n"),
        ("wrong type", b"recheck:\n  per_host: many\n"),
        ("negative duration", b"recheck:\n  timeout: -5s\n"),
        (
            "months",
            b"recheck:\n  schedule:\n    removed_for: 1 month\n",
        ),
        ("zero timeout", b"recheck:\n  timeout: 0s\n"),
        ("zero concurrency", b"recheck:\n  concurrency: 0\n"),
        ("zero per host", b"recheck:\n  per_host: 0\n"),
        ("zero body", b"recheck:\n  max_body: 0\n"),
        (
            "a picture cap of a gigabyte",
            b"recheck:\n  max_image: 1073741824\n",
        ),
        (
            "checking removed links every half second",
            b"recheck:\n  schedule:\n    removed_every: 500ms\n",
        ),
        (
            "no time between checks",
            b"recheck:\n  schedule:\n    pending_every: 0s\n",
        ),
        ("file proxy", b"recheck:\n  proxy: file:///etc/passwd\n"),
        (
            "socks4 proxy",
            b"recheck:\n  proxy: socks4://127.0.0.1:9050\n",
        ),
        (
            "user agent with a line break",
            b"recheck:\n  user_agent: \"a\\r\\nX-Evil: 1\"\n",
        ),
        ("too many retries", b"recheck:\n  retries: 100000\n"),
        ("zero wipe passes", b"wipe:\n  passes: 0\n"),
        ("a thousand passes", b"wipe:\n  passes: 1000\n"),
        ("threshold 300", b"matching:\n  threshold: 300\n"),
        ("port 0", b"mail:\n  host: smtp.example.org\n  port: 0\n"),
        ("port 70000", b"mail:\n  port: 70000\n"),
        (
            "host with a line break",
            b"mail:\n  host: \"smtp.example.org\\nRCPT TO:<a@b.example>\"\n",
        ),
        ("host with a space", b"mail:\n  host: smtp example org\n"),
        ("unknown security", b"mail:\n  security: ssl3\n"),
        (
            "plain with a login",
            b"mail:\n  host: localhost\n  security: plain\n  username: desk\n",
        ),
        ("from not an address", b"mail:\n  from: the helpline\n"),
        ("staff not an address", b"mail:\n  staff: \"@@\"\n"),
        (
            "message id domain with a space",
            b"mail:\n  message_id_domain: a b\n",
        ),
        ("ca file /etc/passwd", b"mail:\n  ca_file: /etc/passwd\n"),
        ("ca file a directory", b"mail:\n  ca_file: /\n"),
        ("ca file /dev/zero", b"mail:\n  ca_file: /dev/zero\n"),
        (
            "ca file missing",
            b"mail:\n  ca_file: /nonexistent/ca.pem\n",
        ),
        ("username empty", b"mail:\n  username: \"\"\n"),
    ];
    // An empty settings file is every default, so it is good for settings (not for platforms).
    let settings = broken_yaml()
        .into_iter()
        .filter(|(what, _)| !["empty", "only a document marker"].contains(what));
    for (what, bytes) in settings.chain(config_extra.into_iter().map(|(w, b)| (w, b.to_vec()))) {
        let file = write(&dir, &format!("c{}.yaml", inputs.len()), &bytes);
        inputs.push((
            format!("settings file: {what}"),
            args(&["--config", file.to_str().unwrap(), "schedule", "show"]),
            Vec::new(),
        ));
    }
    let (count, figures) = corpus(&env, "yaml", inputs);
    eprintln!("{figures}");
    assert!(count >= 90);
}

#[test]
fn broken_partners_files_are_refused() {
    let env = TestEnv::initialised();
    let (case, _) = env.case_with_link(Some("partners"));
    let good = "partners:\n  - name: Desk\n    platforms: [instagram]\n    addresses: [desk@partner.example]\n    response_hours: 48\n";
    let mut broken: Vec<(String, Vec<u8>)> = broken_yaml()
        .into_iter()
        .map(|(w, b)| (w.to_owned(), b))
        .collect();
    for (what, from, to) in [
        ("zero hours", "response_hours: 48", "response_hours: 0"),
        ("negative hours", "response_hours: 48", "response_hours: -1"),
        ("empty name", "name: Desk", "name: \"\""),
        ("two-line name", "name: Desk", "name: \"De\\nsk\""),
        ("bad address", "[desk@partner.example]", "[desk at partner]"),
        ("no address", "[desk@partner.example]", "[]"),
        ("no platform", "[instagram]", "[]"),
        (
            "unknown category",
            "    response_hours: 48",
            "    categories: [spam]\n    response_hours: 48",
        ),
        (
            "unknown language",
            "    response_hours: 48",
            "    language: fr\n    response_hours: 48",
        ),
        ("misspelt key", "addresses:", "adresses:"),
    ] {
        broken.push((what.to_owned(), good.replace(from, to).into_bytes()));
    }
    broken.push((
        "duplicate names".to_owned(),
        format!(
            "{good}{}",
            &good["partners:\n".len()..].replace("Desk", "DESK")
        )
        .into_bytes(),
    ));
    let partners = env.config_dir().join("partners.yaml");
    std::fs::create_dir_all(env.config_dir()).unwrap();
    let mut slowest = Duration::ZERO;
    let count = broken.len();
    for (what, bytes) in broken {
        std::fs::write(&partners, bytes).unwrap();
        let took = refused(
            &env,
            &format!("partners file: {what}"),
            &["escalate", "--case", &case, "--yes"],
            b"",
        );
        slowest = slowest.max(took);
    }
    eprintln!("bad input, partners: {count} inputs, slowest {slowest:?}");
    assert!(count >= 35);
}

/// Pictures that announce a format and break it.
fn broken_pictures() -> Vec<(String, Vec<u8>)> {
    use image::ImageFormat::{Bmp, Gif, Jpeg, Png, Tiff, WebP};
    let picture = photo(3, 64, 48);
    let mut out = Vec::new();
    for format in [Png, Jpeg, Gif, Bmp, Tiff, WebP] {
        let good = encode(&picture, format);
        let name = format!("{format:?}");
        for cut in [16usize, 40, 100] {
            if cut < good.len() {
                out.push((format!("{name} cut to {cut} bytes"), good[..cut].to_vec()));
            }
        }
        for percent in [50usize, 75, 90, 99] {
            let cut = good.len() * percent / 100;
            out.push((format!("{name} cut at {percent}%"), good[..cut].to_vec()));
        }
    }
    // Headers that claim what the data cannot hold: decompression bombs and nonsense sizes.
    let png_header = |w: u32, h: u32| {
        let mut ihdr = b"IHDR".to_vec();
        ihdr.extend_from_slice(&w.to_be_bytes());
        ihdr.extend_from_slice(&h.to_be_bytes());
        ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0d".to_vec();
        bytes.extend_from_slice(&ihdr);
        bytes.extend_from_slice(&crc32(&ihdr).to_be_bytes());
        bytes
    };
    out.push((
        "PNG claiming 100000×100000".to_owned(),
        png_header(100_000, 100_000),
    ));
    out.push(("PNG claiming 0×0".to_owned(), png_header(0, 0)));
    out.push((
        "PNG claiming 20000×5000 with no data".to_owned(),
        png_header(20_000, 5_000),
    ));
    let mut gif = b"GIF89a".to_vec();
    gif.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0, 0, 0]);
    out.push(("GIF claiming 65535×65535".to_owned(), gif));
    let mut bmp = encode(&picture, Bmp);
    bmp[18..22].copy_from_slice(&200_000i32.to_le_bytes());
    bmp[22..26].copy_from_slice(&200_000i32.to_le_bytes());
    out.push(("BMP claiming 200000×200000".to_owned(), bmp));
    out.push((
        "JPEG magic then nothing".to_owned(),
        b"\xff\xd8\xff".to_vec(),
    ));
    out.push((
        "PNG magic then garbage".to_owned(),
        [b"\x89PNG\r\n\x1a\n".as_slice(), &[0xab; 200]].concat(),
    ));
    out.push((
        "RIFF WEBP with no chunk".to_owned(),
        b"RIFF\x04\0\0\0WEBP".to_vec(),
    ));
    out
}

/// CRC-32 as PNG chunks carry it, so the bomb headers are otherwise valid.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn broken_pictures_are_refused_by_the_decoders() {
    let env = TestEnv::new();
    let dir = env.root().join("pictures");
    std::fs::create_dir(&dir).unwrap();
    let inputs = broken_pictures()
        .into_iter()
        .enumerate()
        .map(|(n, (what, bytes))| {
            let file = write(&dir, &format!("{n}.img"), &bytes);
            (
                format!("picture: {what}"),
                args(&["hash", file.to_str().unwrap()]),
                Vec::new(),
            )
        })
        .collect();
    let (count, figures) = corpus(&env, "pictures", inputs);
    eprintln!("{figures}");
    assert!(count >= 50);
}

#[test]
fn broken_user_templates_are_refused_naming_the_template() {
    let env = TestEnv::initialised();
    let (case, _) = env.case_with_link(Some("platforms"));
    let templates: Vec<(&str, String)> = vec![
        ("unclosed block", "{% for x in links %}".into()),
        ("unclosed variable", "{{ title".into()),
        ("unclosed comment", "{# note".into()),
        ("unknown tag", "{% frobnicate %}".into()),
        ("unknown filter", "{{ 1|frobnicate }}".into()),
        ("unknown test", "{% if 1 is frob %}{% endif %}".into()),
        ("undefined variable", "{{ no_such_thing }}".into()),
        ("undefined attribute", "{{ t.no_such_string }}".into()),
        ("end without start", "{% endfor %}".into()),
        ("mismatched end", "{% if 1 %}{% endfor %}".into()),
        ("include without a loader", "{% include 'other.j2' %}".into()),
        ("extends without a loader", "{% extends 'base.j2' %}".into()),
        ("import without a loader", "{% import 'm.j2' as m %}".into()),
        ("division by zero", "{{ 1 / 0 }}".into()),
        ("integer overflow", "{{ 9223372036854775807 * 9223372036854775807 * 99999 }}".into()),
        ("calling a string", "{{ 'a'() }}".into()),
        ("bad range step", "{% for i in range(0, 10, 0) %}{% endfor %}".into()),
        ("range too large", "{% for i in range(1000000) %}{% endfor %}".into()),
        ("nested runaway", "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}".into()),
        ("a huge string", "{{ 'x' * 99999999 }}".into()),
        ("growing strings", "{% set s = namespace(v='x') %}{% for i in range(60) %}{% set s.v = s.v ~ s.v %}{% endfor %}{{ s.v|length }}".into()),
        ("self-recursive macro", "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}".into()),
        ("deeply nested ifs", format!("{}1{}", "{% if 1 %}".repeat(600), "{% endif %}".repeat(600))),
        ("deep parentheses", format!("{{{{ {}1{} }}}}", "(".repeat(2000), ")".repeat(2000))),
        ("a list of a hundred million", "{{ [0] * 100000000 }}".into()),
        ("sorting forever", "{% for i in range(100000) %}{{ range(100000)|sort|length }}{% endfor %}".into()),
        ("loop over a number", "{% for x in 5 %}{% endfor %}".into()),
        ("bad raw block", "{% raw %}unclosed".into()),
        ("set without value", "{% set %}".into()),
        ("broken filter syntax", "{{ x | }}".into()),
        ("stray closing braces", "}} {% %} {{".into()),
        ("a NUL in the middle", "text\0{{ }}".into()),
        ("a macro called wrongly", "{% macro m(a) %}{% endmacro %}{{ m(1, 2, 3, x=4) }}".into()),
        ("mapping key error", "{{ {}['missing'] }}".into()),
        ("call of a loop", "{% for x in [1] %}{{ loop(1) }}{% endfor %}".into()),
        ("break outside a loop", "{% break %}".into()),
        ("recursive loop forever", "{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}".into()),
    ];
    let dir = env.config_dir().join("templates/report");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("report.txt.j2");
    let mut slowest = (Duration::ZERO, String::new());
    let mut count = 0;
    let mut check = |what: &str, contents: Option<&[u8]>| {
        let _ = std::fs::remove_file(&file);
        let _ = std::fs::remove_dir(&file);
        match contents {
            Some(bytes) => std::fs::write(&file, bytes).unwrap(),
            None => std::fs::create_dir(&file).unwrap(),
        }
        let label = format!("template: {what}");
        let took = refused(&env, &label, &["report", "--case", &case], b"");
        let out = env.run(&["report", "--case", &case]);
        assert!(
            out.contains("report/report.txt.j2"),
            "{label}: the message names the template: {out}"
        );
        if took > slowest.0 {
            slowest = (took, label);
        }
        count += 1;
    };
    for (what, source) in &templates {
        check(what, Some(source.as_bytes()));
    }
    check("not UTF-8", Some(b"caf\xe9 {{ 1 }}"));
    check("larger than a megabyte", Some(&vec![b'x'; 2 * 1024 * 1024]));
    check("a directory", None);
    let _ = std::fs::remove_dir(&file);
    eprintln!(
        "bad input, templates: {count} inputs, slowest {:?} ({})",
        slowest.0, slowest.1
    );
    assert!(count >= 40);
}

#[test]
fn bad_ids_and_dates_are_refused() {
    let env = TestEnv::initialised();
    let (case, link) = env.case_with_link(None);
    let ids = [
        "",
        " ",
        "C",
        "C-",
        "C-1",
        "C-123",
        "C-12345",
        "c-12!4",
        "X-7KQ2",
        "C_7KQ2",
        "C7KQ2",
        "C-7KQ2X",
        "L-7KQ2",
        "E-7K",
        "M-",
        "C-ÄÖÜ2",
        "C-\u{202e}KQ2",
        "C-7KQ2\n",
        "--",
        "-C-7KQ2",
    ];
    let mut inputs = Vec::new();
    for id in ids {
        for command in [["case", "show"], ["link", "show"], ["evidence", "show"]] {
            inputs.push((
                format!("{} {id:?}", command.join(" ")),
                args(&[command[0], command[1], "--", id]),
                Vec::new(),
            ));
        }
    }
    let dates = [
        "",
        "now",
        "yesterday",
        "0000-01-01",
        "1999-12-31",
        "1970-01-01T00:00:00Z",
        "2999-01-01",
        "9999-12-31T23:59:59Z",
        "2026-13-01",
        "2026-02-30",
        "2026-01-01T25:00",
        "2026-01-01T00:00:00+25:00",
        "2026-01-01T00:00:00-14:30",
        "2026-01-01T00:00:00+99",
        "2026-01-01 24:61",
        "1e9",
        "-1",
        "2026/01/01",
        "01/02/2026",
        "2026-01-01T00:00:00Zjunk",
        "2026-W01",
        "2026-001x",
        "2026-01-01T00:00:00[Asia/Karachi]x",
        "2026-01-01T00:00:00.9999999999Z",
        "T12:00",
        "12:00",
        "2026-1-1 1:1",
        "2026-02-29",
    ];
    for at in dates {
        inputs.push((
            format!("--at {at:?}"),
            args(&["link", "set", &link, "--status", "reported", "--at", at]),
            Vec::new(),
        ));
        inputs.push((
            format!("--captured-at {at:?}"),
            args(&[
                "evidence",
                "add",
                "--case",
                &case,
                "--captured-at",
                at,
                "--files",
                "-",
            ]),
            b"/dev/null\n".to_vec(),
        ));
    }
    let (count, figures) = corpus(&env, "ids and dates", inputs);
    eprintln!("{figures}");
    assert!(count >= 100);
}
