//! Sextortion (threats to share intimate pictures, blackmail) through every command that knows
//! categories: case, report, guide, escalate, stats.

use serde_json::Value;

use crate::support::TestEnv;

fn sextortion_case(env: &TestEnv, consent: &str, links: &str) -> String {
    let case = env.ok(&[
        "case",
        "new",
        "--category",
        "sextortion",
        "--jurisdiction",
        "pk",
        "--consent",
        consent,
    ]);
    env.ok_stdin(&["link", "add", "--case", &case, "-"], links);
    case
}

#[test]
fn a_sextortion_case_gets_a_report_with_the_platforms_route_the_law_and_the_federal_complaint() {
    let env = TestEnv::initialised();
    let case = sextortion_case(
        &env,
        "platforms",
        "https://www.instagram.com/someone/\nhttps://x.com/someone\n",
    );
    let shown = env.ok(&["case", "show", &case, "--json"]);
    assert!(shown.contains("\"sextortion\""), "{shown}");
    let instagram = env.ok(&["report", "--case", &case, "--platform", "instagram"]);
    for expected in [
        "== Category: Someone threatens to share intimate images (sextortion) ==",
        "Report the account or message that threatens you.",
        "Hotline: stopncii",
        "Offences against modesty of a natural person and minor",
        "National Cyber Crime Investigation Agency (NCCIA) [UNVERIFIED]",
        "helpdesk@nr3c.gov.pk [UNVERIFIED]",
    ] {
        assert!(
            instagram.contains(expected),
            "`{expected}` missing:\n{instagram}"
        );
    }
    // X records no sextortion route: the threatening account is reported for harassment,
    // and the report says so.
    let x = env.ok(&["report", "--case", &case, "--platform", "x"]);
    assert!(
        x.contains("No sextortion route is recorded for this platform")
            && x.contains("https://help.x.com/en/forms/safety-and-sensitive-content/abuse.html"),
        "{x}"
    );
}

#[test]
fn the_sextortion_guide_says_do_not_pay_do_not_delete_keep_proof_and_report_the_account() {
    let env = TestEnv::new();
    let out = env.ok(&["guide", "--platform", "tiktok", "--category", "sextortion"]);
    let at = |needle: &str| {
        out.find(needle)
            .unwrap_or_else(|| panic!("`{needle}` not shown:\n{out}"))
    };
    let order = [
        at("What happened: Someone is threatening to share my pictures, or asks for money"),
        at("== First, your safety =="),
        at("== If someone is threatening to share your pictures =="),
        at("- Do not pay, and do not send more pictures."),
        at("- Do not delete the messages or the chat: they are your proof."),
        at("- Report the account that threatens you, then block it"),
        at("== What to do, step by step =="),
        at("Report the video, comment, direct message, LIVE or account."),
        at("StopNCII.org"),
        at("National Cyber Crime Investigation Agency (NCCIA) [NOT CONFIRMED]"),
    ];
    assert!(order.is_sorted(), "{order:?}\n{out}");
    // A child threatened this way goes to the child-protection services, links only.
    let minor = env.ok(&[
        "guide",
        "--platform",
        "tiktok",
        "--category",
        "sextortion",
        "--minor",
    ]);
    assert!(
        minor.contains("Do not screenshot or save any picture"),
        "{minor}"
    );
    assert!(
        minor.contains("NCMEC CyberTipline") && !minor.contains("StopNCII"),
        "{minor}"
    );
    assert!(
        !minor.contains("NCCIA"),
        "no authority for a child's case: {minor}"
    );
}

#[test]
fn a_sextortion_case_is_escalated_to_a_partner_that_takes_it() {
    let env = TestEnv::initialised();
    let config = env.root().join("home/.config/takedown");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("partners.yaml"),
        "partners:
  - name: Blackmail desk
    platforms: [instagram]
    addresses: [blackmail@partner.test]
    categories: [sextortion]
    response_hours: 24
",
    )
    .unwrap();
    std::fs::write(
        config.join("config.yaml"),
        "mail:\n  host: 127.0.0.1\n  from: Helpline desk <desk@helpline.test>\n",
    )
    .unwrap();
    let case = sextortion_case(&env, "partners", "https://www.instagram.com/someone/\n");
    let path = env.ok(&[
        "escalate",
        "--case",
        &case,
        "--dry-run",
        "--out",
        "drafts",
        "-q",
    ]);
    let eml = std::fs::read_to_string(env.root().join(&path)).unwrap();
    assert!(eml.contains("To: blackmail@partner.test\r\n"), "{eml}");
    assert!(eml.contains("sextortion"), "{eml}");
    assert!(
        eml.contains("Prevention of Electronic Crimes Act, 2016 (PECA), s. 21"),
        "the law that names sextortion: {eml}"
    );
}

#[test]
fn stats_count_sextortion_cases_as_their_own_category() {
    let env = TestEnv::initialised();
    sextortion_case(&env, "platforms", "https://www.instagram.com/a/\n");
    sextortion_case(&env, "platforms", "https://www.instagram.com/b/\n");
    env.ok(&["case", "new", "--category", "ncii"]);
    let rows: Vec<Value> = env
        .ok(&["stats", "--json", "--internal", "--by", "category"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let cases = |category: &str| -> u64 {
        rows.iter()
            .filter(|r| r["table"] == "cases" && r["category"] == category)
            .map(|r| r["cases"].as_u64().unwrap())
            .sum()
    };
    assert_eq!((cases("sextortion"), cases("ncii")), (2, 1), "{rows:?}");
}
