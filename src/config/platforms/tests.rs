use std::path::PathBuf;

use super::load::BUILTIN;
use super::validate::{email_problem, url_problem};
use super::{Error, check};
use crate::domain::catalog::{Catalog, Channel, ChannelKind};
use crate::domain::category::Category;

fn builtin() -> Catalog {
    Catalog::builtin().expect("the built-in platforms file is valid")
}

/// Diagnostics as `line:column: message` lines, for exact comparisons.
fn problems(src: &str) -> Vec<String> {
    check(src).iter().map(ToString::to_string).collect()
}

#[test]
fn the_builtin_file_loads_and_passes_check_with_no_diagnostics() {
    assert_eq!(problems(BUILTIN), Vec::<String>::new());
    let catalog = builtin();
    assert!(
        catalog.platforms().len() >= 27,
        "{}",
        catalog.platforms().len()
    );
    for id in [
        "facebook",
        "instagram",
        "threads",
        "whatsapp",
        "x",
        "youtube",
        "google_search",
        "google_drive",
        "tiktok",
        "snapchat",
        "telegram",
        "reddit",
        "discord",
        "dropbox",
        "microsoft",
        "imgur",
        "linkedin",
        "pinterest",
        "tumblr",
        "pornhub",
        "xvideos",
        "xnxx",
        "onlyfans",
        "stripchat",
        "imo",
        "signal",
        "viber",
        "likee",
        "bigo",
        "snack_video",
    ] {
        assert!(catalog.get(id).is_some(), "platform `{id}` is missing");
    }
    for id in ["stopncii", "take_it_down", "iwf_pk", "ncmec_cybertipline"] {
        assert!(
            catalog.hotlines().iter().any(|h| h.id == id),
            "hotline `{id}` is missing"
        );
    }
    let pk = catalog
        .entries()
        .jurisdictions
        .iter()
        .find(|j| j.id == "pk")
        .expect("Pakistan is built in");
    let sections: Vec<&str> = pk.laws.iter().map(|l| l.section.as_str()).collect();
    assert_eq!(sections, ["16", "20", "21", "22", "24", "24A", "37"]);
    let authorities: Vec<&str> = pk.authorities.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(authorities, ["nccia", "fia_nr3c", "pta"]);
    assert!(Catalog::load(None).is_ok());
}

fn all_channels(catalog: &Catalog) -> Vec<(String, &Channel)> {
    let mut channels = Vec::new();
    for platform in catalog.platforms() {
        for (category, list) in &platform.channels {
            for channel in list {
                channels.push((format!("{} {category}", platform.id), channel));
            }
        }
    }
    for jurisdiction in &catalog.entries().jurisdictions {
        for authority in &jurisdiction.authorities {
            for channel in &authority.channels {
                channels.push((format!("{} {}", jurisdiction.id, authority.id), channel));
            }
        }
    }
    channels
}

#[test]
fn every_url_is_well_formed_https_and_every_email_well_formed() {
    let catalog = builtin();
    let mut urls: Vec<(String, &str)> = Vec::new();
    let mut emails: Vec<(String, &str)> = Vec::new();
    for (whose, channel) in all_channels(&catalog) {
        urls.extend(channel.url.iter().map(|u| (whose.clone(), u.as_str())));
        emails.extend(channel.email.iter().map(|e| (whose.clone(), e.as_str())));
    }
    for hotline in catalog.hotlines() {
        urls.extend(hotline.url.iter().map(|u| (hotline.id.clone(), u.as_str())));
        urls.extend(
            hotline
                .localized_urls
                .values()
                .map(|u| (hotline.id.clone(), u.as_str())),
        );
        emails.extend(
            hotline
                .email
                .iter()
                .map(|e| (hotline.id.clone(), e.as_str())),
        );
    }
    assert!(urls.len() > 60, "{}", urls.len());
    for (whose, text) in urls {
        let url = url::Url::parse(text).unwrap_or_else(|e| panic!("{whose}: {text}: {e}"));
        assert_eq!(url.scheme(), "https", "{whose}: {text}");
        assert!(
            url.host_str().is_some_and(|h| h.contains('.')),
            "{whose}: {text}"
        );
    }
    assert!(emails.len() > 20, "{}", emails.len());
    for (whose, email) in emails {
        assert_eq!(email_problem(email), None, "{whose}");
    }
    for (key, source) in &catalog.entries().sources {
        if let Some(url) = &source.url {
            assert_eq!(url_problem(url, false), None, "{key}");
        }
    }
}

#[test]
fn every_source_is_used_and_every_hotline_reference_resolves() {
    let catalog = builtin();
    let text = serde_json::to_string(&(
        catalog.platforms(),
        catalog.hotlines(),
        &catalog.entries().jurisdictions,
        catalog.default_removal_markers(),
        &catalog.entries().tracking_params,
    ))
    .expect("serialises");
    for key in catalog.entries().sources.keys() {
        assert!(
            text.contains(&format!("\"{key}\"")),
            "source `{key}` is unused"
        );
    }
    for (whose, channel) in all_channels(&catalog) {
        if let Some(id) = &channel.hotline {
            assert!(
                catalog.hotlines().iter().any(|h| &h.id == id),
                "{whose}: {id}"
            );
        }
    }
}

#[test]
fn host_forms_detect_to_the_right_platform() {
    let catalog = builtin();
    for (host, platform) in [
        ("facebook.com", Some("facebook")),
        ("www.facebook.com", Some("facebook")),
        ("m.facebook.com", Some("facebook")),
        ("mbasic.facebook.com", Some("facebook")),
        ("web.facebook.com", Some("facebook")),
        ("fb.watch", Some("facebook")),
        ("fb.me", Some("facebook")),
        ("m.me", Some("facebook")),
        ("WWW.Facebook.COM.", Some("facebook")),
        ("instagram.com", Some("instagram")),
        ("www.instagram.com", Some("instagram")),
        ("instagr.am", Some("instagram")),
        ("threads.net", Some("threads")),
        ("www.threads.com", Some("threads")),
        ("wa.me", Some("whatsapp")),
        ("chat.whatsapp.com", Some("whatsapp")),
        ("x.com", Some("x")),
        ("www.x.com", Some("x")),
        ("mobile.x.com", Some("x")),
        ("twitter.com", Some("x")),
        ("www.twitter.com", Some("x")),
        ("mobile.twitter.com", Some("x")),
        ("t.co", Some("x")),
        ("youtube.com", Some("youtube")),
        ("www.youtube.com", Some("youtube")),
        ("m.youtube.com", Some("youtube")),
        ("music.youtube.com", Some("youtube")),
        ("youtu.be", Some("youtube")),
        ("www.youtube-nocookie.com", Some("youtube")),
        ("www.google.com", Some("google_search")),
        ("google.com.pk", Some("google_search")),
        ("images.google.com", Some("google_search")),
        ("drive.google.com", Some("google_drive")),
        ("photos.app.goo.gl", Some("google_drive")),
        ("someone.blogspot.com", Some("google_drive")),
        ("tiktok.com", Some("tiktok")),
        ("www.tiktok.com", Some("tiktok")),
        ("m.tiktok.com", Some("tiktok")),
        ("vm.tiktok.com", Some("tiktok")),
        ("vt.tiktok.com", Some("tiktok")),
        ("story.snapchat.com", Some("snapchat")),
        ("t.me", Some("telegram")),
        ("telegram.me", Some("telegram")),
        ("web.telegram.org", Some("telegram")),
        ("www.dropbox.com", Some("dropbox")),
        ("dl.dropboxusercontent.com", Some("dropbox")),
        ("i.imgur.com", Some("imgur")),
        ("old.reddit.com", Some("reddit")),
        ("redd.it", Some("reddit")),
        ("i.redd.it", Some("reddit")),
        ("v.redd.it", Some("reddit")),
        ("discord.gg", Some("discord")),
        ("cdn.discordapp.com", Some("discord")),
        ("media.discordapp.net", Some("discord")),
        ("lnkd.in", Some("linkedin")),
        ("pin.it", Some("pinterest")),
        ("someone.tumblr.com", Some("tumblr")),
        ("www.pornhub.com", Some("pornhub")),
        ("www.xvideos.com", Some("xvideos")),
        ("www.xnxx.com", Some("xnxx")),
        ("onlyfans.com", Some("onlyfans")),
        ("stripchat.com", Some("stripchat")),
        ("1drv.ms", Some("microsoft")),
        ("onedrive.live.com", Some("microsoft")),
        ("www.bing.com", Some("microsoft")),
        ("imo.im", Some("imo")),
        ("signal.me", Some("signal")),
        ("signal.group", Some("signal")),
        ("vb.me", Some("viber")),
        ("likee.video", Some("likee")),
        ("www.bigo.tv", Some("bigo")),
        ("snackvideo.com", Some("snack_video")),
        // Unknown hosts and look-alikes are "other", never an error.
        ("example.org", None),
        ("facebook.com.evil.example", None),
        ("notfacebook.com", None),
        ("facebook.co", None),
        ("m.facebook.com.evil.example", None),
        ("youtu.be.evil.example", None),
        ("xt.me", None),
        ("google.com.evil.example", None),
        ("mail.google.com", None),
        ("live.com", None),
        ("", None),
        ("not a host", None),
    ] {
        assert_eq!(
            catalog.detect(host).map(|p| p.id.as_str()),
            platform,
            "host `{host}`"
        );
    }
}

#[test]
fn mobile_and_bare_hosts_rewrite_to_the_canonical_host_but_short_links_do_not() {
    let catalog = builtin();
    for (host, canonical) in [
        ("m.facebook.com", Some("www.facebook.com")),
        ("mbasic.facebook.com", Some("www.facebook.com")),
        ("web.facebook.com", Some("www.facebook.com")),
        ("facebook.com", Some("www.facebook.com")),
        ("m.youtube.com", Some("www.youtube.com")),
        ("youtube.com", Some("www.youtube.com")),
        ("mobile.twitter.com", Some("x.com")),
        ("twitter.com", Some("x.com")),
        ("www.twitter.com", Some("x.com")),
        ("mobile.x.com", Some("x.com")),
        ("www.x.com", Some("x.com")),
        ("instagram.com", Some("www.instagram.com")),
        ("www.facebook.com", None),
        ("x.com", None),
        ("fb.watch", None),
        ("youtu.be", None),
        ("t.me", None),
        ("vm.tiktok.com", None),
        ("vt.tiktok.com", None),
        ("redd.it", None),
        ("instagr.am", None),
        ("example.org", None),
    ] {
        assert_eq!(catalog.canonical_host(host), canonical, "host `{host}`");
    }
    // A rewritten link must stay on its platform.
    for platform in catalog.platforms() {
        for host in &platform.hosts.rewrite_hosts {
            assert_eq!(
                catalog.detect(host).map(|p| &p.id),
                Some(&platform.id),
                "{host}"
            );
        }
        assert_eq!(
            catalog
                .detect(&platform.hosts.canonical_host)
                .map(|p| &p.id),
            Some(&platform.id)
        );
    }
}

#[test]
fn a_platform_serialises_for_platforms_show_json() {
    let catalog = builtin();
    let youtube =
        serde_json::to_value(catalog.get("youtube").expect("built in")).expect("serialises");
    assert_eq!(youtube["channels"]["ncii"][0]["deadline"]["hours"], 48);
    assert_eq!(youtube["channels"]["ncii"][0]["kind"], "web_form");
    assert_eq!(youtube["hosts"]["unverified"], true);
    let instagram =
        serde_json::to_value(catalog.get("instagram").expect("built in")).expect("serialises");
    let form = &instagram["channels"]["impersonation"][1];
    assert_eq!(form["who_can_report"][0], "self");
    assert_eq!(form["government_id"], true);
    assert_eq!(form["unverified"], true);
}

/// Writes `contents` to `name.yaml` in a fresh directory that lives as long as the guard.
fn temp_file(name: &str, contents: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(format!("{name}.yaml"));
    fs_err::write(&path, contents).expect("write temp file");
    (dir, path)
}

#[test]
fn a_user_file_replaces_platforms_by_id_and_adds_new_ones() {
    let user = "\
schema_version: 1
platforms:
  - id: facebook
    name: Facebook as our partner desk sees it
    operator: Meta
    hosts:
      patterns: [facebook.com, \"*.facebook.com\"]
      canonical_host: www.facebook.com
      rewrite_hosts: [m.facebook.com]
      unverified: true
      checked: 2026-12-01
    channels:
      ncii:
        - kind: partner
          email: partner-desk@meta.example
          sources: [desk_letter]
          checked: 2026-12-01
  - id: local_forum
    name: A local forum
    hosts:
      patterns: [forum.example.pk]
      canonical_host: forum.example.pk
      sources: [desk_letter]
      checked: 2026-12-01
    channels:
      harassment:
        - kind: web_form
          url: https://forum.example.pk/report
          sources: [meta_cs]
          checked: 2026-12-01
sources:
  desk_letter:
    title: Letter from the partner desk
    kind: official
";
    let (_dir, path) = temp_file("merge", user);
    let catalog = Catalog::load(Some(&path)).expect("valid user file");
    let builtin = builtin();
    assert_eq!(catalog.platforms().len(), builtin.platforms().len() + 1);
    // Replaced in place, so the built-in order is kept.
    assert_eq!(catalog.platforms()[0].id, "facebook");
    let facebook = catalog.get("facebook").expect("kept");
    assert_eq!(facebook.name, "Facebook as our partner desk sees it");
    assert_eq!(
        facebook.channels[&Category::Ncii][0].kind,
        ChannelKind::Partner
    );
    assert_eq!(
        catalog.detect("m.facebook.com").map(|p| p.id.as_str()),
        Some("facebook")
    );
    assert!(
        catalog.detect("fb.watch").is_none(),
        "the user entry dropped it"
    );
    assert_eq!(catalog.canonical_host("mbasic.facebook.com"), None);
    assert_eq!(
        catalog.canonical_host("m.facebook.com"),
        Some("www.facebook.com")
    );
    assert_eq!(
        catalog.detect("forum.example.pk").map(|p| p.id.as_str()),
        Some("local_forum")
    );
    assert_eq!(
        catalog.detect("youtu.be").map(|p| p.id.as_str()),
        Some("youtube")
    );
    assert!(catalog.entries().sources.contains_key("desk_letter"));
    assert!(catalog.entries().sources.contains_key("meta_cs"));
    assert_eq!(problems(user), Vec::<String>::new());
}

#[test]
fn user_file_errors_name_the_file_line_and_column() {
    let (_dir, path) = temp_file(
        "broken",
        "schema_version: 1\nplatforms:\n  - id: Bad Id\n    name: x\n    hosts:\n      patterns: [fb.watch]\n      canonical_host: fb.watch\n      unverified: true\n      checked: 2026-11-22\n",
    );
    let err = Catalog::load(Some(&path)).expect_err("invalid");
    let text = err.to_string();
    assert!(text.starts_with("invalid platforms file `"), "{text}");
    assert!(text.contains("broken.yaml"), "{text}");
    assert!(
        text.contains("line 3, column 9: platforms[0].id: invalid platform id `Bad Id`"),
        "{text}"
    );
    assert!(text.ends_with("(and 2 more problems)"), "{text}");
    let Error::Invalid { diagnostics, .. } = err else {
        panic!("not an Invalid error: {err:?}");
    };
    let rest: Vec<String> = diagnostics[1..].iter().map(ToString::to_string).collect();
    assert_eq!(
        rest,
        [
            "6:18: platforms[0].hosts.patterns[0]: host pattern `fb.watch` already belongs to platform `facebook`",
            "7:23: platforms[0].hosts.canonical_host: `fb.watch` is detected as platform `facebook`",
        ]
    );

    let (_syntax_dir, syntax) = temp_file("syntax", "schema_version: 1\nplatforms: [\n");
    let text = Catalog::load(Some(&syntax))
        .expect_err("invalid")
        .to_string();
    assert!(text.contains("syntax.yaml"), "{text}");
    assert!(text.contains("line 3, column 1:"), "{text}");

    let missing = path.with_file_name("missing.yaml");
    let text = Catalog::load(Some(&missing))
        .expect_err("missing")
        .to_string();
    assert!(text.contains("missing.yaml"), "{text}");
}

const SMALL: &str = "\
schema_version: 1
platforms:
  - id: demo
    name: Demo
    hosts:
      patterns: [demo.example, \"*.demo.example\"]
      canonical_host: www.demo.example
      unverified: true
      checked: 2026-11-22
    channels:
      ncii:
        - kind: web_form
          url: https://demo.example/report
          sources: [demo_terms]
          checked: 2026-11-22
sources:
  demo_terms:
    title: Demo terms
    kind: official
";

#[test]
fn the_small_example_is_valid() {
    assert_eq!(problems(SMALL), Vec::<String>::new());
}

#[test]
fn every_semantic_problem_is_reported_at_its_node() {
    let src = "\
schema_version: 1
platforms:
  - id: demo
    name: Demo
    hosts:
      patterns: [demo.example, \"*.Demo.example\", \"*.com\"]
      canonical_host: www.other.example
      rewrite_hosts: [demo.example, demo.example]
      checked: 2026-02-30
    channels:
      ncii:
        - kind: web_form
          url: http://demo.example/report
          sources: [demo_terms, nowhere]
          checked: 2026-11-22
        - kind: email
          checked: 2026-11-22
          unverified: true
        - kind: hotline
          hotline: no_such_hotline
          checked: 26-11-22
          unverified: true
  - id: demo
    name: Demo again
    hosts:
      patterns: [demo.example]
      canonical_host: demo.example
      unverified: true
      checked: 2026-11-22
sources:
  demo_terms:
    title: Demo terms
    kind: official
";
    assert_eq!(
        problems(src),
        [
            "6:7: platforms[0].hosts: a fact without `sources` must be marked `unverified: true`",
            "6:32: platforms[0].hosts.patterns[1]: invalid host pattern `*.Demo.example`: write hosts in lower case",
            "6:50: platforms[0].hosts.patterns[2]: invalid host pattern `*.com`: a wildcard needs at least two labels after `*.`",
            "7:23: platforms[0].hosts.canonical_host: canonical host `www.other.example` is not covered by the platform's patterns",
            "8:37: platforms[0].hosts.rewrite_hosts[1]: rewrite host `demo.example` is listed twice",
            "9:16: platforms[0].hosts.checked: invalid `checked` date `2026-02-30`: expected a real date as YYYY-MM-DD",
            "13:16: platforms[0].channels.ncii[0].url: web_form url `http://demo.example/report` is not https",
            "14:33: platforms[0].channels.ncii[0].sources[1]: unknown source `nowhere`: it is not in the `sources` table",
            "16:11: platforms[0].channels.ncii[1]: nobody can use this `email` channel: it needs an `email`",
            "20:20: platforms[0].channels.ncii[2].hotline: unknown hotline `no_such_hotline`: it is not in the `hotlines` list",
            "21:20: platforms[0].channels.ncii[2].checked: invalid `checked` date `26-11-22`: expected a real date as YYYY-MM-DD",
            "23:9: platforms[1].id: duplicate platform id `demo`: an earlier entry has it",
        ]
    );
}

#[test]
fn structural_problems_are_reported_at_their_place() {
    let cases: [(&str, &str, &str); 9] = [
        (
            "a YAML syntax error",
            "      patterns: [demo.example, \"*.demo.example\"]\n",
            "      patterns: [demo.example, \"*.demo.example\"\n",
        ),
        (
            "an unknown field",
            "          url: https://demo.example/report\n",
            "          url: https://demo.example/report\n          form_id: 12\n",
        ),
        ("an unknown category", "      ncii:\n", "      revenge:\n"),
        (
            "a wrong type",
            "        - kind: web_form\n",
            "        - kind: [web_form]\n",
        ),
        (
            "an unknown channel kind",
            "        - kind: web_form\n",
            "        - kind: fax\n",
        ),
        (
            "a missing field",
            "      canonical_host: www.demo.example\n",
            "",
        ),
        (
            "a repeated key",
            "    name: Demo\n",
            "    name: Demo\n    name: Demo 2\n",
        ),
        (
            "a wrong version",
            "schema_version: 1\n",
            "schema_version: 2\n",
        ),
        ("a missing version", "schema_version: 1\n", ""),
    ];
    let expected = [
        "7:7: did not find expected ',' or ']', while parsing a flow sequence at line 6 column 17",
        "14:11: platforms[0].channels.ncii[0]: unknown field `form_id`",
        "11:7: platforms[0].channels: unknown category `revenge`, expected one of",
        "12:17: platforms[0].channels.ncii[0].kind: invalid type: sequence, expected",
        "12:17: platforms[0].channels.ncii[0].kind: unknown variant `fax`, expected one of",
        "6:7: platforms[0].hosts: missing field `canonical_host`",
        "5:5: duplicate key `name`",
        "1:17: schema_version: unsupported schema_version `2`: this build reads version 1",
        "1:1: missing field `schema_version`",
    ];
    for ((what, from, to), expected) in cases.into_iter().zip(expected) {
        assert!(SMALL.contains(from), "{what}");
        let found = problems(&SMALL.replacen(from, to, 1));
        assert_eq!(found.len(), 1, "{what}: {found:?}");
        assert!(found[0].starts_with(expected), "{what}: {}", found[0]);
    }
}

#[test]
fn misspelt_keys_do_not_hide_other_problems() {
    let src = SMALL
        .replacen("      ncii:\n", "      ncii:\n        - kind: email\n          emial: abuse@demo.example\n          unverified: true\n          checked: 2026-11-22\n", 1)
        .replacen("    name: Demo\n", "    name: Demo\n    nmae: Demo\n", 1)
        .replacen("          checked: 2026-11-22\nsources:", "          checked: 2026-13-01\n      revenge:\n        - kind: in_app\n          steps: [x]\n          unverified: true\n          checked: 2026-11-22\nsources:", 1);
    assert_eq!(
        problems(&src),
        [
            "5:5: platforms[0]: unknown field `nmae`, expected one of `id`, `name`, `operator`, `operator_unverified`, `hosts`, `channels`, `partner_programs`, `notes`, `removal_markers`, `tracking_params`, `probe`",
            "13:11: platforms[0].channels.ncii[0]: nobody can use this `email` channel: it needs an `email`",
            "14:11: platforms[0].channels.ncii[0]: unknown field `emial`, expected one of `kind`, `title`, `url`, `email`, `phone`, `hotline`, `steps`, `who_can_report`, `account_required`, `government_id`, `asks_for`, `deadline`, `note`, `victim_note`, `ur`, `unverified`, `sources`, `checked`",
            "20:20: platforms[0].channels.ncii[1].checked: invalid `checked` date `2026-13-01`: expected a real date as YYYY-MM-DD",
            "21:7: platforms[0].channels: unknown category `revenge`, expected one of `ncii`, `sextortion`, `impersonation`, `harassment`, `hacked_account`, `csam`, `privacy_doxxing`, `copyright`, `other`",
        ]
    );
}

#[test]
fn more_semantic_checks() {
    let cases: [(&str, &str, &str); 11] = [
        (
            "an in_app channel without steps",
            "        - kind: web_form\n          url: https://demo.example/report\n",
            "        - kind: in_app\n",
        ),
        (
            "a bad e-mail",
            "          url: https://demo.example/report\n",
            "          url: https://demo.example/report\n          email: abuse(at)demo.example\n",
        ),
        ("a bad id", "  - id: demo\n", "  - id: Demo-1\n"),
        (
            "a source entry without title",
            "    title: Demo terms\n",
            "    title: \"\"\n",
        ),
        (
            "a marker with two matchers",
            "    channels:\n",
            "    removal_markers:\n      - status: 404\n        text: Gone\n        means: removed\n        unverified: true\n        checked: 2026-11-22\n    channels:\n",
        ),
        (
            "a hotline field on another kind",
            "          url: https://demo.example/report\n",
            "          url: https://demo.example/report\n          hotline: stopncii\n",
        ),
        (
            "a rewrite host outside the patterns",
            "      unverified: true\n",
            "      rewrite_hosts: [demo.other]\n      unverified: true\n",
        ),
        (
            "a host claimed by a built-in platform",
            "[demo.example, \"*.demo.example\"]",
            "[demo.example, \"*.demo.example\", youtu.be]",
        ),
        (
            "a host a built-in platform rewrites",
            "[demo.example, \"*.demo.example\"]",
            "[demo.example, \"*.demo.example\", m.youtube.com]",
        ),
        (
            "a bad source key, shown at the key",
            "sources:\n",
            "sources:\n  Bad-Key:\n    title: A\n    kind: weak\n",
        ),
        (
            "a canonical host another platform detects",
            "sources:\n",
            "  - id: other\n    name: Other\n    hosts:\n      patterns: [www.demo.example]\n      canonical_host: www.demo.example\n      unverified: true\n      checked: 2026-11-22\nsources:\n",
        ),
    ];
    let expected = [
        "12:11: platforms[0].channels.ncii[0]: nobody can use this `in_app` channel: it needs `steps` or a `url`",
        "14:18: platforms[0].channels.ncii[0].email: invalid e-mail address `abuse(at)demo.example`: it has no `@`",
        "3:9: platforms[0].id: invalid platform id `Demo-1`",
        "18:12: sources.demo_terms.title: `title` must not be empty",
        "11:9: platforms[0].removal_markers[0]: a removal marker needs exactly one of",
        "14:20: platforms[0].channels.ncii[0].hotline: `hotline` belongs on a `hotline` channel, not on `web_form`",
        "8:23: platforms[0].hosts.rewrite_hosts[0]: rewrite host `demo.other` is not covered",
        "6:50: platforms[0].hosts.patterns[2]: host pattern `youtu.be` already belongs to platform `youtube`",
        "6:17: platforms[0].hosts.patterns: these patterns take `m.youtube.com` from platform `youtube`, which relies on it",
        "17:3: sources.Bad-Key: invalid source key `Bad-Key`",
        "7:23: platforms[0].hosts.canonical_host: `www.demo.example` is detected as platform `other`",
    ];
    for ((what, from, to), expected) in cases.into_iter().zip(expected) {
        assert!(SMALL.contains(from), "{what}");
        let found = problems(&SMALL.replacen(from, to, 1));
        assert_eq!(found.len(), 1, "{what}: {found:?}");
        assert!(found[0].starts_with(expected), "{what}: {}", found[0]);
    }
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn check_survives_arbitrary_text(src in "\\PC{0,400}") {
            let _ = check(&src);
        }

        #[test]
        fn check_survives_yaml_like_text(
            src in "(schema_version: [0-9]\n)?(platforms:\n)?(  - id: [a-z]{1,4}\n)?([ \\-:\\[\\]{},\"'a-z0-9#&*!|>\n]{0,200})"
        ) {
            let _ = check(&src);
        }

        #[test]
        fn check_survives_damage_to_the_builtin_file(
            at in 0usize..BUILTIN.len(),
            cut in 0usize..200,
            insert in "[ \\-:\\[\\]{}a-z0-9\n\"]{0,8}",
        ) {
            let start = (0..=at).rev().find(|&i| BUILTIN.is_char_boundary(i)).unwrap_or(0);
            let end = (start + cut..=BUILTIN.len())
                .find(|&i| BUILTIN.is_char_boundary(i))
                .unwrap_or(BUILTIN.len());
            let damaged = format!("{}{insert}{}", &BUILTIN[..start], &BUILTIN[end..]);
            let _ = check(&damaged);
        }

        #[test]
        fn load_survives_arbitrary_files(src in "\\PC{0,300}") {
            let (_dir, path) = temp_file("fuzz", &src);
            let _ = Catalog::load(Some(&path));
        }
    }
}
