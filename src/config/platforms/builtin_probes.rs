//! The built-in catalogue's probes on real-shaped links: a content link gets its platform's
//! endpoint with the link filled in, and a profile or channel link (which a "not found" from an
//! oEmbed endpoint would wrongly call removed) gets none, so its page decides.

use crate::domain::catalog::Catalog;
use crate::domain::url::normalize;

#[test]
fn built_in_probes_ask_about_content_links_only() {
    let catalog = Catalog::builtin().expect("the built-in catalogue loads");
    for (link, expected) in [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&si=abc",
            Some(
                "https://www.youtube.com/oembed?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3DdQw4w9WgXcQ&format=json",
            ),
        ),
        ("https://www.youtube.com/@somechannel", None),
        (
            "https://twitter.com/someone/status/1790000000000000001?s=20",
            Some(
                "https://publish.twitter.com/oembed?url=https://twitter.com/someone/status/1790000000000000001",
            ),
        ),
        ("https://x.com/someone", None),
        (
            "https://www.tiktok.com/@someone.pk/video/7300000000000000001?is_from_webapp=1",
            Some(
                "https://www.tiktok.com/oembed?url=https%3A%2F%2Fwww.tiktok.com%2F%40someone.pk%2Fvideo%2F7300000000000000001",
            ),
        ),
        ("https://www.tiktok.com/@someone.pk", None),
        (
            "https://old.reddit.com/r/pakistan/comments/1abcde/a_title/",
            Some("https://www.reddit.com/r/pakistan/comments/1abcde/a_title.json"),
        ),
        ("https://www.reddit.com/user/someone", None),
        (
            "https://vimeo.com/123456789",
            Some("https://vimeo.com/api/oembed.json?url=https%3A%2F%2Fvimeo.com%2F123456789"),
        ),
        ("https://vimeo.com/someuser", None),
        (
            "https://www.dailymotion.com/video/x8abcd1",
            Some("https://api.dailymotion.com/video/x8abcd1?fields=id"),
        ),
        ("https://www.facebook.com/watch/?v=823456789012345", None),
    ] {
        let url = normalize(link, &catalog).expect("the link normalises");
        let platform = catalog.detect(url.host()).expect("a catalogued host");
        let got = catalog.probe_for(platform.id.as_str(), &url);
        assert_eq!(
            got.as_ref().map(|(probe, _)| probe.as_str()),
            expected,
            "{link}"
        );
        if let Some((_, answers)) = got {
            assert!(!answers.is_empty(), "{link}: a probe without answers");
        }
    }
}
