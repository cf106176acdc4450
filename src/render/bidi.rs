//! Left-to-right islands in right-to-left text. In an Urdu line, a quoted English screen label
//! ("Report post") or a URL ending in `/` is otherwise laid out by the Unicode bidirectional
//! algorithm with its quotes and end punctuation on the wrong side. Wrapping such a run in a
//! left-to-right isolate (U+2066 … U+2069) keeps it whole and in place, in terminals that lay
//! out bidirectional text and in browsers alike; the marks themselves are invisible.

/// Left-to-right isolate: starts a run laid out left to right whatever surrounds it.
pub(crate) const LRI: char = '\u{2066}';
/// Pop directional isolate: ends the run an isolate started.
pub(crate) const PDI: char = '\u{2069}';

/// `text` as one left-to-right island (an English name, a URL, a phone number).
pub(crate) fn isolate(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    format!("{LRI}{text}{PDI}")
}

/// Each double-quoted run of `text` that holds Latin letters becomes a left-to-right island,
/// quotes included, so `"Report"` inside Urdu reads as `"Report"` and not `Report""`. Quoted
/// Urdu, unbalanced quotes and text already isolated are left as they are.
pub(crate) fn isolate_quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(open) = rest.find('"') {
        let (before, from_quote) = rest.split_at(open);
        out.push_str(before);
        let Some(close) = from_quote[1..].find('"') else {
            out.push_str(from_quote);
            return out;
        };
        let quoted = &from_quote[..close + 2];
        let isolated = before.ends_with(LRI);
        if !isolated && quoted.chars().any(|c| c.is_ascii_alphabetic()) {
            out.push(LRI);
            out.push_str(quoted);
            out.push(PDI);
        } else {
            out.push_str(quoted);
        }
        rest = &from_quote[close + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_english_in_urdu_becomes_an_island_and_quoted_urdu_does_not() {
        assert_eq!(
            isolate_quoted("پوسٹ پر \"Report post\" دبائیں، پھر \"Next\"۔"),
            "پوسٹ پر \u{2066}\"Report post\"\u{2069} دبائیں، پھر \u{2066}\"Next\"\u{2069}۔"
        );
        let urdu = "\"یہ میری تصویر ہے\" لکھیں۔";
        assert_eq!(isolate_quoted(urdu), urdu);
        assert_eq!(isolate_quoted("ایک \"ادھورا"), "ایک \"ادھورا");
        let done = isolate_quoted("\"Report\" دبائیں");
        assert_eq!(isolate_quoted(&done), done, "idempotent");
        assert_eq!(isolate(""), "");
        assert_eq!(isolate("0800-39393"), "\u{2066}0800-39393\u{2069}");
    }
}
