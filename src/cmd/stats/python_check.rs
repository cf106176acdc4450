//! The statistics' percentiles checked against Python's `statistics` module, which a helpline
//! would otherwise use by hand. It runs a process, so it lives here rather than beside the pure
//! code in `domain::stats` that it checks.

use std::io::Write as _;
use std::process::{Command, Stdio};

use crate::domain::catalog::PlatformId;
use crate::domain::category::Category;
use crate::domain::link::Route;
use crate::domain::stats::{self, Dim, LinkOutcome, Month, Period, Query};

/// 10,000 links on three platforms, each its own case; the percentiles of hours to removal
/// and to response must equal Python's `statistics.quantiles(method='inclusive')` and
/// `statistics.median`.
#[test]
fn percentiles_agree_with_python_statistics_on_10000_links() {
    let platforms = ["facebook", "instagram", "youtube"];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let live: Vec<Vec<LinkOutcome>> = (0..10_000)
        .map(|_| {
            let r = next();
            let hours = (r % 5 != 0).then_some((r >> 8) as u32 % 2000);
            let month = i8::try_from((r >> 50) % 12).unwrap() + 1;
            let mut link = LinkOutcome {
                platform: PlatformId::from(platforms[(r >> 40) as usize % 3].to_owned()),
                category: Category::Ncii,
                route: Some(Route::WebForm),
                minor: false,
                month: Month { year: 2026, month },
                hours_to_removal: hours,
                hours_to_response: None,
                resurfaced: false,
                deadline: None,
                case_mask: 0,
            };
            // Some answered before the removal, some not at all, some without a removal.
            link.hours_to_response = match (r >> 20) % 4 {
                0 => None,
                1 => Some((r >> 24) as u32 % 3000),
                _ => hours.map(|h| h / 3),
            };
            vec![link]
        })
        .collect();
    let mut script = String::from(
        "import statistics, sys\ndata = {}\nfor line in sys.stdin:\n    p, h = line.split()\n    data.setdefault(p, []).append(int(h))\n",
    );
    script.push_str(
        "for p in sorted(data):\n    q = statistics.quantiles(data[p], n=100, method='inclusive')\n    print(p, len(data[p]), repr(q[24]), repr(float(statistics.median(data[p]))), repr(q[74]), repr(q[89]))\n",
    );
    let mut input = String::new();
    for l in live.iter().flatten() {
        if let Some(h) = l.hours_to_removal {
            input.push_str(&format!("{}:removal {h}\n", l.platform));
        }
        if let Some(h) = l.hours_to_response {
            input.push_str(&format!("{}:response {h}\n", l.platform));
        }
    }
    let mut python = Command::new("python3")
        .args(["-c", &script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs (apt-get install python3)");
    python
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = python.wait_with_output().unwrap();
    assert!(out.status.success());
    let expected = String::from_utf8(out.stdout).unwrap();

    let query = Query {
        since: Month {
            year: 2026,
            month: 1,
        },
        until: Month {
            year: 2026,
            month: 12,
        },
        by: vec![Dim::Platform],
        period: Period::Month,
        min_count: 5,
        internal: false,
    };
    let report = stats::compute(&query, live, &[], &[]);
    let mut got = String::new();
    for row in &report.links {
        let f = row.figures.as_ref().unwrap();
        let platform = row.key.platform.as_ref().unwrap();
        for (kind, n, h) in [
            ("removal", f.removed, f.hours.unwrap()),
            ("response", f.responded, f.response_hours.unwrap()),
        ] {
            got.push_str(&format!(
                "{platform}:{kind} {n} {:?} {:?} {:?} {:?}\n",
                h[0], h[1], h[2], h[3]
            ));
        }
    }
    assert_eq!(got, expected);
    assert_eq!(report.total.figures.unwrap().links, 10_000);
}
