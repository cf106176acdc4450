//! The picture a web page shows when it is shared: `og:image` (Open Graph) or, failing that,
//! `twitter:image`. Platforms put the posted picture there, so hashing it recognises a
//! re-upload behind an HTML page. Pure: bytes in, the attribute's text out.

/// Properties naming the page's picture, most specific first.
const PROPERTIES: [&str; 5] = [
    "og:image:secure_url",
    "og:image:url",
    "og:image",
    "twitter:image",
    "twitter:image:src",
];

/// The URL (possibly relative) of the page's picture, from its first `<meta>` tag with the
/// most specific property in [`PROPERTIES`].
pub(crate) fn og_image(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    // ASCII lower-casing keeps every byte offset, so positions found in `lower` index `text`.
    let lower = text.to_ascii_lowercase();
    let mut best: Option<(usize, String)> = None;
    let mut pos = 0;
    while let Some(found) = lower[pos..].find("<meta") {
        let start = pos + found + "<meta".len();
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        pos = end;
        let attrs = attributes(&text[start..end]);
        let get = |name: &str| {
            attrs
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim())
        };
        let Some(key) = get("property").or_else(|| get("name")) else {
            continue;
        };
        let Some(rank) = PROPERTIES.iter().position(|p| key.eq_ignore_ascii_case(p)) else {
            continue;
        };
        match (get("content"), &best) {
            (Some(""), _) => {}
            (Some(content), None) => best = Some((rank, content.to_owned())),
            (Some(content), Some((b, _))) if rank < *b => best = Some((rank, content.to_owned())),
            _ => {}
        }
    }
    best.map(|(_, url)| unescape(&url))
}

/// The attributes of one tag (after its name): `name="v"`, `name='v'`, `name=v`, or a bare
/// name.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = tag;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if rest.is_empty() {
            return out;
        }
        let name_end = rest
            .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = &rest[..name_end];
        rest = rest[name_end..].trim_start();
        let Some(after) = rest.strip_prefix('=') else {
            out.push((name, ""));
            continue;
        };
        let after = after.trim_start();
        let (value, next) = match after.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let body = &after[1..];
                let close = body.find(q).unwrap_or(body.len());
                (&body[..close], body.get(close + 1..).unwrap_or(""))
            }
            _ => {
                let end = after
                    .find(|c: char| c.is_ascii_whitespace())
                    .unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        out.push((name, value));
        rest = next;
    }
}

/// The character references that appear in URLs inside attributes.
fn unescape(text: &str) -> String {
    [
        ("&quot;", "\""),
        ("&#34;", "\""),
        ("&#39;", "'"),
        ("&#x27;", "'"),
        ("&#x2f;", "/"),
        ("&#x2F;", "/"),
        ("&lt;", "<"),
        ("&gt;", ">"),
        // Last, so that `&amp;quot;` stays `&quot;`.
        ("&amp;", "&"),
    ]
    .into_iter()
    .fold(text.to_owned(), |t, (from, to)| t.replace(from, to))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn og(html: &str) -> Option<String> {
        og_image(html.as_bytes())
    }

    #[test]
    fn finds_the_open_graph_picture_in_any_attribute_style() {
        assert_eq!(
            og(r#"<head><meta property="og:image" content="https://cdn.example/p.jpg"></head>"#),
            Some("https://cdn.example/p.jpg".into())
        );
        assert_eq!(
            og("<META CONTENT='/p.jpg?a=1&amp;b=2' PROPERTY='OG:IMAGE'/>"),
            Some("/p.jpg?a=1&b=2".into())
        );
        assert_eq!(
            og("<meta name=twitter:image content=//cdn.example/t.png>"),
            Some("//cdn.example/t.png".into())
        );
    }

    #[test]
    fn the_most_specific_property_wins_whatever_the_order() {
        let html = r#"<meta name="twitter:image" content="t.jpg">
            <meta property="og:image" content="o.jpg">
            <meta property="og:image:secure_url" content="s.jpg">
            <meta property="og:image" content="second.jpg">"#;
        assert_eq!(og(html), Some("s.jpg".into()));
    }

    #[test]
    fn pages_without_a_picture_give_none() {
        assert_eq!(og("<html><body>removed</body></html>"), None);
        assert_eq!(og(r#"<meta property="og:title" content="x.jpg">"#), None);
        assert_eq!(og(r#"<meta property="og:image" content="  ">"#), None);
        assert_eq!(
            og("<meta property=\"og:image\" content=\"cut"),
            Some("cut".into())
        );
        assert_eq!(og(&String::from_utf8_lossy(&[0xff, 0xfe, b'<'])), None);
    }
}
