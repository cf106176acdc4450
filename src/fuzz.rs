//! Fuzzing (issue 17 part 5): every parser that reads untrusted input is given arbitrary
//! strings, arbitrary bytes, and damaged copies of valid input (bytes replaced, inserted and cut,
//! so that cases get past the first checks), and must neither panic nor spend a second of CPU on
//! a case.
//!
//! `PROPTEST_CASES` sets the number of cases of each target (proptest's 256 when unset, which
//! is what CI runs); `benches/fuzz.sh` runs 100,000 of each in a release build and keeps the
//! figures each target prints: cases run and the slowest case.

use std::cell::Cell;
use std::fmt::Debug;
use std::io::Cursor;
use std::sync::LazyLock;
use std::time::Duration;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::config::file::ConfigFile;
use crate::config::partners::Partners;
use crate::config::templates::TemplateFile;
use crate::domain::address::{self, AllowedHosts};
use crate::domain::ids::{CaseId, EvidenceId, LinkId};
use crate::domain::{hash_list, media, pdq, recovery, strip, url};
use crate::render::templates::Lang;

/// The bound on one case. It holds for the release build the script measures; a debug build,
/// ten times slower at decoding, gets ten.
fn slowest_allowed() -> Duration {
    Duration::from_secs(if cfg!(debug_assertions) { 10 } else { 1 })
}

/// CPU time this thread has used. A case is timed by it, not by the wall clock: what the bound
/// is there to catch is an input that makes a parser work too long, and on a loaded machine
/// the wall clock also counts the time the thread waited for a core (a 22 ms case once took
/// 1.2 s of wall time that way).
fn thread_cpu_time() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(
        u64::try_from(t.tv_sec).expect("CPU time is not negative"),
        u32::try_from(t.tv_nsec).expect("nanoseconds are below a second"),
    )
}

/// Runs `target` on the cases `strategy` draws, catching panics (proptest reports and shrinks
/// them) and cases over the bound; prints the count and the slowest case.
fn fuzz<S>(name: &str, strategy: S, target: impl Fn(&S::Value))
where
    S: Strategy,
    S::Value: Debug,
{
    let config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let (count, slowest) = (Cell::new(0u64), Cell::new(Duration::ZERO));
    let result = runner.run(&strategy, |value| {
        let started = thread_cpu_time();
        target(&value);
        let took = thread_cpu_time() - started;
        count.set(count.get() + 1);
        slowest.set(slowest.get().max(took));
        prop_assert!(took < slowest_allowed(), "a case took {:?} of CPU", took);
        Ok(())
    });
    eprintln!(
        "fuzz {name}: {} cases, slowest {:?} of CPU",
        count.get(),
        slowest.get()
    );
    if let Err(err) = result {
        panic!("fuzz {name}: {err}");
    }
}

#[test]
fn a_case_is_timed_by_the_cpu_it_uses_not_by_waiting() {
    let before = thread_cpu_time();
    std::thread::sleep(Duration::from_millis(300));
    let slept = thread_cpu_time() - before;
    assert!(
        slept < Duration::from_millis(150),
        "sleeping used {slept:?}"
    );
    let (before, wall) = (thread_cpu_time(), std::time::Instant::now());
    let mut n = 0u64;
    while wall.elapsed() < Duration::from_millis(50) {
        n = std::hint::black_box(n.wrapping_add(1));
    }
    assert!(thread_cpu_time() > before, "{n} additions used no CPU");
}

/// A damaged copy of one of `samples`: up to 8 edits, each replacing, inserting or cutting bytes.
fn damaged(samples: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    let edit = (
        any::<prop::sample::Index>(),
        0u8..3,
        any::<u8>(),
        1usize..64,
    );
    (
        prop::sample::select(samples),
        prop::collection::vec(edit, 0..8),
    )
        .prop_map(|(mut bytes, edits)| {
            for (at, kind, byte, len) in edits {
                if bytes.is_empty() {
                    bytes.push(byte);
                    continue;
                }
                let i = at.index(bytes.len());
                match kind {
                    0 => bytes[i] = byte,
                    1 => bytes.insert(i, byte),
                    _ => drop(bytes.drain(i..(i + len).min(bytes.len()))),
                }
            }
            bytes
        })
}

/// Arbitrary text, arbitrary bytes read as text, or a damaged sample.
fn text(samples: &[&str]) -> impl Strategy<Value = String> {
    let samples = samples.iter().map(|s| s.as_bytes().to_vec()).collect();
    prop_oneof![
        any::<String>(),
        prop::collection::vec(any::<u8>(), 0..512)
            .prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
        damaged(samples).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

/// Arbitrary bytes, or a damaged sample.
fn bytes(samples: Vec<Vec<u8>>) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..2048),
        damaged(samples),
    ]
}

#[test]
fn url_normaliser_and_address_rule() {
    let samples = [
        "https://www.facebook.com/story.php?story_fbid=1&id=2&utm_source=x#c",
        "HTTP://User:Pw@M.FACEBOOK.COM.:443/photo.php/?fbclid=z",
        "fb.watch/abc",
        "http://[::ffff:127.0.0.1]:8080/a",
        "http://0x7f.1/a",
        "https://xn--bcher-kva.example/путь?q=%20",
    ];
    let allowed = AllowedHosts::new(["127.0.0.1", "mirror.example"]);
    fuzz("url", text(&samples), |raw| {
        if let Ok(link) = url::normalize(raw, &|_: &str| None::<String>) {
            let _ = address::check(link.host(), None, &allowed);
            assert_eq!(
                url::normalize(link.as_str(), &|_: &str| None::<String>)
                    .as_ref()
                    .map(url::NormalizedUrl::as_str),
                Ok(link.as_str()),
                "normalising is idempotent"
            );
        }
    });
    fuzz(
        "address",
        (
            text(&["127.0.0.1", "[::1]", "0x7f000001", "a.example"]),
            any::<[u8; 16]>(),
        ),
        |(host, ip)| {
            let _ = address::check(host, Some(std::net::IpAddr::from(*ip)), &allowed);
            let _ = address::check(host, None, &AllowedHosts::new([host.as_str()]));
        },
    );
}

#[test]
fn platforms_file() {
    let builtin = include_str!("../platforms.yaml");
    let small = "schema_version: 1\nplatforms:\n  - id: demo\n    name: Demo\n";
    fuzz("platforms", text(&[builtin, small]), |src| {
        let _ = crate::config::platforms::check(src);
    });
}

#[test]
fn settings_file() {
    let sample = "\
recheck:
  per_host: 1
  host_interval: 2s
  timeout: 30s
  proxy: socks5h://127.0.0.1:9050
  schedule:
    pending_every: 6h
    removed_for: 14d
wipe:
  passes: 1
matching:
  threshold: 31
mail:
  host: smtp.helpline.example
  port: 587
  security: starttls
  from: \"Helpline desk <desk@helpline.example>\"
  ca_file: /dev/zero
";
    fuzz("config", text(&[sample]), |src| {
        let _ = ConfigFile::parse(src);
    });
}

#[test]
fn partners_file() {
    let sample = "\
partners:
  - name: Meta trusted partner desk
    platforms: [facebook, instagram]
    addresses: [escalations@partner.example]
    categories: [ncii, impersonation]
    language: en
    response_hours: 48
";
    let catalog = crate::domain::catalog::Catalog::builtin().unwrap();
    fuzz("partners", text(&[sample]), |src| {
        let _ = Partners::parse(src, &catalog);
    });
}

#[test]
fn hash_list_csv() {
    let sample = "\u{feff}sha256,pdq,quality,path\n\
        9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,\
        f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22,100,\"a, b.jpg\"\n\
        2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae,,,x\n";
    fuzz("hash-list", text(&[sample]), |src| {
        let _ = hash_list::parse(src);
    });
}

#[test]
fn templates() {
    let report = include_str!("../templates/report/report.txt.j2");
    let guide = include_str!("../templates/guide/guide.html.j2");
    let samples = [
        report,
        guide,
        "{% for i in range(n) %}{{ i * 2 }}{% if loop.last %}.{% endif %}{% endfor %}",
        "{% macro m(x) %}{{ x|upper }}{{ m(x) }}{% endmacro %}{{ m('a') }}",
        "{{ 'ab' * n }}{{ items|join(', ') }}{% set s = items + items %}{{ s|length }}",
        "{{ tr(rec, 'name') }} {{ tr(rec, 'steps')|join }} {{ items[0]|ltr }} {{ [items] * n }}",
    ];
    let page = serde_json::json!({
        "n": 50,
        "items": ["a", "b", "c"],
        "rec": { "name": "Name", "steps": ["one", "two"], "ur": { "name": "نام" } },
        "t": {},
        "lang": "en",
    });
    fuzz("templates", text(&samples), |source| {
        // Urdu for the HTML one, so `tr` and `ltr` take their right-to-left paths too.
        for (name, lang) in [("fuzz.txt.j2", Lang::En), ("fuzz.html.j2", Lang::Ur)] {
            let file = TemplateFile {
                origin: name.to_owned(),
                source: source.clone(),
            };
            let _ = crate::render::templates::render_source(name, &file, lang, &page);
        }
    });
}

/// Small pictures in every format the decoders read, to damage.
static PICTURES: LazyLock<Vec<Vec<u8>>> = LazyLock::new(|| {
    let img = image::DynamicImage::ImageRgb8(image::RgbImage::from_fn(24, 16, |x, y| {
        image::Rgb([(x * 10) as u8, (y * 15) as u8, ((x + y) * 5) as u8])
    }));
    [
        image::ImageFormat::Png,
        image::ImageFormat::Jpeg,
        image::ImageFormat::Gif,
        image::ImageFormat::Bmp,
        image::ImageFormat::Tiff,
        image::ImageFormat::WebP,
    ]
    .into_iter()
    .map(|format| {
        let mut out = Cursor::new(Vec::new());
        img.write_to(&mut out, format)
            .expect("the encoder takes RGB");
        out.into_inner()
    })
    .collect()
});

#[test]
fn image_decoders() {
    fuzz("images", bytes(PICTURES.clone()), |bytes| {
        let kind = media::sniff(bytes);
        if let Ok(img) = pdq::decode(bytes, pdq::DEFAULT_MAX_PIXELS) {
            let _ = pdq::hash_image(&img);
        }
        let _ = strip::strip(bytes, kind);
    });
}

#[test]
fn ids_times_and_codes() {
    let samples = [
        "C-7KQ2",
        "l-7kq2x",
        " E-OIL2X ",
        "2026-11-20T14:30:00+05:00",
        "2026-11-20 14:30",
        "7KQ2-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789-ABCD-EFGH-JKMN-PQRS-TVWX",
    ];
    fuzz("ids", text(&samples), |s| {
        let _ = s.parse::<CaseId>();
        let _ = s.parse::<LinkId>();
        let _ = s.parse::<EvidenceId>();
        let _ = s.parse::<url::UrlHash>();
        let _ = s.parse::<pdq::PdqHash>();
        let _ = crate::cli::parse_time(s);
        let _ = recovery::decode(s);
    });
}
