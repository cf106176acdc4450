//! `link set --at` and `stats`: figures from a store built through the CLI, checked against
//! values computed here; suppression; bad input.

use serde_json::Value;

use crate::support::{TestEnv, chromium};

/// `hours` and `seconds` after the links are reported, 2026-03-02 10:00 UTC.
fn after(hours: u32, seconds: i64) -> String {
    jiff::Timestamp::from_second(1_772_445_600 + i64::from(hours) * 3600 + seconds)
        .unwrap()
        .to_string()
}

/// One case with one link per `(platform, hours to removal)`, reported on 2026-03-02 10:00 UTC;
/// returns the links' ids.
fn case_with_links(env: &TestEnv, links: &[(&str, Option<u32>)]) -> Vec<String> {
    let case = env.ok(&["case", "new", "--category", "ncii", "--jurisdiction", "pk"]);
    let mut ids = Vec::new();
    for (n, (host, hours)) in links.iter().enumerate() {
        let url = format!("https://{host}/{case}/{n}\n");
        let link = env.ok_stdin(&["link", "add", "--case", &case, "-"], &url);
        env.ok(&[
            "link",
            "set",
            &link,
            "--status",
            "reported",
            "--route",
            "web-form",
            "--at",
            &after(0, 0),
        ]);
        if let Some(h) = hours {
            env.ok(&[
                "link",
                "set",
                &link,
                "--status",
                "removed",
                "--at",
                &after(*h, 59),
            ]);
        }
        ids.push(link);
    }
    ids
}

/// What a platform answered to one link, hours (and a half) after the report.
#[derive(Clone, Copy)]
enum Reply {
    Ticket(u32),
    Rejected(u32),
    /// The ticket given before the report, entered again: no reply.
    SameTicket(u32),
    Nothing,
}

impl Reply {
    fn record(self, env: &TestEnv, link: &str) {
        let set = |args: &[&str], hours| {
            env.ok(&[
                &["link", "set", link][..],
                args,
                &["--at", &after(hours, 1800)],
            ]
            .concat());
        };
        match self {
            Reply::Ticket(h) => set(&["--ref", &format!("T-{link}")], h),
            Reply::Rejected(h) => set(&["--status", "rejected"], h),
            Reply::SameTicket(h) => {
                env.ok(&[
                    "link",
                    "set",
                    link,
                    "--ref",
                    "OLD-1",
                    "--at",
                    &after(0, -3600),
                ]);
                set(&["--ref", "OLD-1"], h);
            }
            Reply::Nothing => {}
        }
    }

    /// Whole hours to the reply, by the definition: a new ticket or a decision.
    fn hours(self) -> Option<u32> {
        match self {
            Reply::Ticket(h) | Reply::Rejected(h) => Some(h),
            Reply::SameTicket(_) | Reply::Nothing => None,
        }
    }
}

fn json_rows(env: &TestEnv, args: &[&str]) -> Vec<Value> {
    let mut full = vec![
        "stats", "--json", "--since", "2026-01", "--until", "2026-06",
    ];
    full.extend(args);
    env.ok(&full)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn row<'a>(rows: &'a [Value], table: &str, platform: Option<&str>) -> &'a Value {
    rows.iter()
        .find(|r| r["table"] == table && platform.is_none_or(|p| r["platform"] == p))
        .unwrap_or_else(|| panic!("no {table} row for {platform:?} in {rows:?}"))
}

/// Percentile by the textbook definition: position p·(n−1) in the sorted data, interpolated.
fn expected_percentile(values: &[u32], p: f64) -> f64 {
    let mut v: Vec<f64> = values.iter().map(|&x| f64::from(x)).collect();
    v.sort_by(f64::total_cmp);
    let pos = p * (v.len() - 1) as f64;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    v[lo] + (v[hi] - v[lo]) * (pos - lo as f64)
}

/// Checks a row's four percentiles of `what` (`removal` or `response`) against `values`.
fn assert_percentiles(row: &Value, what: &str, values: &[u32]) {
    for (name, p) in [("p25", 0.25), ("median", 0.5), ("p75", 0.75), ("p90", 0.9)] {
        let field = format!("{name}_hours_to_{what}");
        let got = row[&field].as_f64().unwrap();
        assert!(
            (got - expected_percentile(values, p)).abs() < 1e-9,
            "{field}: {got}"
        );
    }
}

#[test]
fn figures_match_values_computed_independently() {
    let env = TestEnv::initialised();
    let hours = [3, 7, 12, 30, 47, 50, 96];
    // Facebook sent tickets, some only after it had removed the link; YouTube removed nothing,
    // sent tickets or rejections, or nothing new.
    let facebook_tickets = [Some(1), None, Some(20), Some(2), None, Some(49), Some(0)];
    let youtube_replies = [
        Reply::Ticket(5),
        Reply::Rejected(30),
        Reply::SameTicket(8),
        Reply::Nothing,
        Reply::Ticket(400),
        Reply::Rejected(2),
        Reply::Ticket(70),
    ];
    for n in 0..hours.len() {
        let links = case_with_links(
            &env,
            &[
                ("www.facebook.com", Some(hours[n])),
                ("www.youtube.com", None),
            ],
        );
        facebook_tickets[n]
            .map_or(Reply::Nothing, Reply::Ticket)
            .record(&env, &links[0]);
        youtube_replies[n].record(&env, &links[1]);
    }
    // The removal answers a report unless a reply came first.
    let facebook_responses: Vec<u32> = hours
        .iter()
        .zip(facebook_tickets)
        .map(|(&h, t)| t.map_or(h, |t| t.min(h)))
        .collect();
    let youtube_responses: Vec<u32> = youtube_replies.iter().filter_map(|r| r.hours()).collect();

    let rows = json_rows(&env, &["--by", "platform"]);
    let facebook = row(&rows, "links", Some("facebook"));
    assert_eq!(facebook["cases"], 7);
    assert_eq!(facebook["links"], 7);
    assert_eq!(facebook["removed"], 7);
    assert_eq!(facebook["removal_rate"], 1.0);
    assert_percentiles(facebook, "removal", &hours);
    assert_eq!(facebook["responded"], 7);
    assert_percentiles(facebook, "response", &facebook_responses);
    let youtube = row(&rows, "links", Some("youtube"));
    assert_eq!(youtube["removed"], 0);
    assert_eq!(youtube["removal_rate"], 0.0);
    assert_eq!(youtube["median_hours_to_removal"], Value::Null);
    assert_eq!(youtube["responded"], 5);
    assert_percentiles(youtube, "response", &youtube_responses);
    // YouTube promises 48 hours for NCII by web form, and that time has long passed.
    assert_eq!(youtube["live_past_deadline"], 7);
    let total = row(&rows, "total", None);
    assert_eq!(
        total["cases_opened"], 0,
        "cases were opened today, outside the span"
    );
    assert_eq!(total["links"], 14);
    assert_eq!(total["removal_rate"], 0.5);
    assert_eq!(total["responded"], 12);
    let all = [facebook_responses, youtube_responses].concat();
    assert_percentiles(total, "response", &all);

    // Seven cases are enough to show YouTube's cell, five answers not enough for its times.
    let rows = json_rows(&env, &["--by", "platform", "--min-count", "6"]);
    let youtube = row(&rows, "links", Some("youtube"));
    assert_eq!(youtube["suppressed"], false);
    assert_eq!(youtube["responded"], 5);
    assert_eq!(youtube["median_hours_to_response"], Value::Null);
    assert_eq!(youtube["p90_hours_to_response"], Value::Null);

    // On a terminal every table fits in 100 columns; only the sentence above them is longer.
    let table = env.ok(&["stats", "--since", "2026-01", "--until", "2026-06"]);
    assert!(table.contains("First platform response"), "{table}");
    for line in table.lines().skip(1) {
        assert!(line.chars().count() <= 100, "too wide: {line}");
    }
}

#[test]
fn small_cells_are_suppressed_and_so_is_the_one_that_would_reveal_them() {
    let env = TestEnv::initialised();
    for (host, cases) in [("www.facebook.com", 6), ("www.tiktok.com", 7), ("x.com", 3)] {
        for _ in 0..cases {
            case_with_links(&env, &[(host, Some(5))]);
        }
    }
    let rows = json_rows(&env, &[]);
    let x = row(&rows, "links", Some("x"));
    assert_eq!(x["suppressed"], true);
    assert_eq!(x["links"], Value::Null);
    assert_eq!(x["median_hours_to_removal"], Value::Null);
    assert_eq!(x["responded"], Value::Null);
    assert_eq!(x["median_hours_to_response"], Value::Null);
    // 16 in total minus TikTok's 7 would give X's 3 away if Facebook's 6 were shown.
    let facebook = row(&rows, "links", Some("facebook"));
    assert_eq!(facebook["suppressed"], true);
    assert_eq!(facebook["cases"], Value::Null);
    let tiktok = row(&rows, "links", Some("tiktok"));
    assert_eq!(tiktok["suppressed"], false);
    assert_eq!(tiktok["cases"], 7);
    assert_eq!(row(&rows, "total", None)["links"], 16);

    let table = env.run(&["stats", "--since", "2026-03", "--until", "2026-03"]);
    assert!(table.contains("x         <5"), "{table}");
    assert!(table.contains("facebook  <5"), "{table}");

    let internal = json_rows(&env, &["--internal"]);
    let x = row(&internal, "links", Some("x"));
    assert_eq!(x["cases"], 3);
    assert_eq!(x["internal"], "internal: not for publication");
    let md = env.ok(&[
        "stats",
        "--md",
        "--internal",
        "--since",
        "2026-01",
        "--until",
        "2026-06",
    ]);
    assert!(
        md.starts_with("> **internal: not for publication**"),
        "{md}"
    );
}

#[test]
fn a_period_without_data_says_so_and_succeeds() {
    let env = TestEnv::initialised();
    insta::assert_snapshot!(env.run(&["stats", "--since", "2020-01", "--until", "2020-06"]), @r"
    exit: 0
    ----- stderr -----
    No reported links and no cases opened from 2020-01 to 2020-06.
    ");
}

#[test]
fn bad_input_is_refused_with_a_clear_message() {
    let env = TestEnv::initialised();
    insta::assert_snapshot!(env.run(&["stats", "--since", "2026-06", "--until", "2026-01"]), @r"
    exit: 2
    ----- stderr -----
    error: `--since 2026-06` is after `--until 2026-01`
    ");
    insta::assert_snapshot!(env.run(&["stats", "--by", "colour"]), @r"
    exit: 2
    ----- stderr -----
    error: invalid value 'colour' for '--by <KEY>'
      [possible values: platform, category, route, month]

    For more information, try '--help'.
    ");
    insta::assert_snapshot!(env.run(&["stats", "--since", "last spring"]), @r"
    exit: 2
    ----- stderr -----
    error: invalid value 'last spring' for '--since <MONTH>': `last spring` is not a month such as `2026-05` or a date such as `2026-05-17`

    For more information, try '--help'.
    ");

    let case = env.ok(&["case", "new", "--category", "ncii"]);
    let link = env.ok_stdin(
        &["link", "add", "--case", &case, "-"],
        "https://x.com/a/status/1\n",
    );
    insta::assert_snapshot!(env.run(&["link", "set", &link, "--status", "removed", "--at", "soon"]), @r"
    exit: 2
    ----- stderr -----
    error: invalid value 'soon' for '--at <TIME>': `soon` is not a time such as `[TIMESTAMP]` or `[TIME]`

    For more information, try '--help'.
    ");
    insta::assert_snapshot!(env.run(&["link", "set", &link, "--status", "reported", "--at", "2999-01-01"]), @r"
    exit: 2
    ----- stderr -----
    error: cannot record this change of link `[LINK]`
    caused by: `[TIMESTAMP]` is in the future; record what has happened, when it happened
    ");
    env.ok(&[
        "link",
        "set",
        &link,
        "--status",
        "reported",
        "--at",
        "2026-03-02T10:00:00Z",
    ]);
    insta::assert_snapshot!(env.run(&["link", "set", &link, "--status", "removed", "--at", "2026-03-01"]), @r"
    exit: 2
    ----- stderr -----
    error: cannot record this change of link `[LINK]`
    caused by: the link was first reported at `[TIMESTAMP]`; it cannot be removed before that
    ");
    // Entered after the fact, an earlier report does not undo the removal recorded since.
    env.ok(&[
        "link",
        "set",
        &link,
        "--status",
        "removed",
        "--at",
        "2026-03-03",
    ]);
    env.ok(&[
        "link",
        "set",
        &link,
        "--status",
        "reported",
        "--at",
        "2026-03-01",
    ]);
    let listed = env.ok(&["link", "list", "--case", &case, "--json"]);
    assert!(listed.contains("\"status\":\"removed\""), "{listed}");
}

#[test]
fn charts_and_a_self_contained_page_render_in_a_real_browser() {
    let env = TestEnv::initialised();
    for h in [2, 9, 30, 31, 70, 100] {
        case_with_links(
            &env,
            &[
                ("www.facebook.com", Some(h)),
                ("www.youtube.com", Some(h / 2)),
            ],
        );
    }
    case_with_links(&env, &[("x.com", Some(1))]);
    let dir = env.root();
    let (svg, png, page) = (dir.join("c.svg"), dir.join("c.png"), dir.join("stats.html"));
    let span = ["stats", "--since", "2026-01", "--until", "2026-06", "-q"];
    let html_arg = page.to_str().unwrap();
    env.ok(&[
        &span[..],
        &[
            "--chart",
            svg.to_str().unwrap(),
            "--html",
            html_arg,
            "--lang",
            "ur",
        ],
    ]
    .concat());
    env.ok(&[&span[..], &["--chart", png.to_str().unwrap()]].concat());
    let en_svg = dir.join("en.svg");
    env.ok(&[&span[..], &["--chart", en_svg.to_str().unwrap()]].concat());

    let svg_text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        svg_text.contains("<svg") && svg_text.contains("facebook"),
        "{svg_text}"
    );
    assert!(
        svg_text.contains("x (&lt;5)"),
        "a suppressed cell is marked, not drawn"
    );
    // Titles follow the language; browsers shape and order the Urdu.
    assert!(svg_text.contains("کھولے گئے کیس") && !svg_text.contains("Cases opened"));
    let en_text = std::fs::read_to_string(&en_svg).unwrap();
    assert!(en_text.contains("Cases opened") && !en_text.contains("کھولے گئے کیس"));
    let png_bytes = std::fs::read(&png).unwrap();
    assert!(png_bytes.starts_with(b"\x89PNG\r\n\x1a\n") && png_bytes.len() > 10_000);

    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains(r#"<html lang="ur" dir="rtl">"#));
    // The SVG namespace is a name, never fetched.
    let html = html.replace(r#"xmlns="http://www.w3.org/2000/svg""#, "");
    // The fonts travel inside the page as data URLs; anything else would be fetched.
    let html = html.replace("url(data:font/woff2;base64,", "");
    // Self-contained: nothing to fetch, so nothing leaks where the page is opened.
    for external in ["src=", "<link", "@import", "url(", "http://", "https://"] {
        assert!(!html.contains(external), "the page refers to `{external}`");
    }

    let profile = dir.join("chromium");
    let dom = chromium(&profile, &["--dump-dom"], &page, None);
    assert!(dom.contains("مواد ہٹوانے کے اعداد و شمار"), "{dom}");
    assert!(dom.contains("<svg") && dom.contains("facebook"));
    assert!(
        dom.contains("رپورٹ سے ہٹائے جانے تک کے گھنٹے"),
        "the chart's title in Urdu"
    );
    assert!(
        dom.contains("<td>کل</td>") && !dom.contains("<td>total</td>"),
        "the total row in Urdu"
    );
    let shot = dir.join("shot.png");
    chromium(
        &profile,
        &[&format!("--screenshot={}", shot.display())],
        &page,
        None,
    );
    let shot_bytes = std::fs::read(&shot).unwrap();
    assert!(shot_bytes.starts_with(b"\x89PNG") && shot_bytes.len() > 20_000);
    if let Some(keep) = std::env::var_os("TAKEDOWN_KEEP_SCREENSHOT") {
        std::fs::copy(&shot, keep).unwrap();
    }
}
