//! Child protection: which cases are about child sexual abuse material in law, and what the
//! vault may keep of them. Possessing such material is itself an offence (Pakistan's PECA 2016
//! s.22, "child pornography"; the same in most countries), for staff too, so a picture or video
//! of it never enters the vault: the helpline keeps hashes instead (`hash --export` on the
//! victim's side, `evidence add-hash` on the helpline's). Reports, guides and escalations send
//! such cases to the hotlines only, with links and no media.
//!
//! Pure: the commands hand in the bytes (a file's head, a fetched body) and the rules here sniff
//! what they are with `domain::media`, so `evidence add` and `evidence capture` judge a file the
//! same way: by its bytes, never its name.

use std::fmt;

use crate::domain::category::Category;
use crate::domain::media;

/// The law cited when the material is a child's: PECA 2016 s.22 (catalogue law `peca_22`,
/// sources `peca_s21_22_pcsw` and `peca_2023` in `platforms.yaml`).
pub(crate) const CHILD_ABUSE_LAW: &str = "PECA 2016 s.22";

/// What the rules need to know about a case: every category it or its links carry, and whether
/// the person harmed is a minor.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CaseFacts<'a> {
    pub(crate) categories: &'a [Category],
    pub(crate) minor: bool,
}

/// Why a case counts as child sexual abuse material.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ChildAbuse {
    /// Recorded as `csam`.
    Recorded,
    /// A minor's case of a sexual category (`ncii`, `sextortion`): the same thing in law, not
    /// yet recorded as `csam`.
    MinorSexual(Category),
}

impl CaseFacts<'_> {
    /// The one rule: a `csam` case, or a minor's case of any sexual category.
    pub(crate) fn child_abuse(&self) -> Option<ChildAbuse> {
        if self.categories.contains(&Category::Csam) {
            return Some(ChildAbuse::Recorded);
        }
        let sexual = self
            .categories
            .iter()
            .copied()
            .filter(|c| c.is_sexual())
            .min();
        sexual.filter(|_| self.minor).map(ChildAbuse::MinorSexual)
    }
}

/// What a file is, as far as the rules care.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Picture,
    Video,
    /// Text, PDF, audio: evidence such as chat logs and letters.
    Document,
    /// Bytes that say nothing about what they are (an archive, an unknown format): they may
    /// hold pictures.
    Unknown,
}

impl Kind {
    /// The kind of a media type sniffed by `domain::media`.
    pub(crate) fn of(media_type: &str) -> Kind {
        match media_type {
            t if t.starts_with("image/") => Kind::Picture,
            t if t.starts_with("video/") => Kind::Video,
            "text/plain" | "application/pdf" | "audio/mpeg" => Kind::Document,
            _ => Kind::Unknown,
        }
    }

    /// The kind of a file that starts with `head`, by its bytes.
    pub(crate) fn sniffed(head: &[u8]) -> Kind {
        Kind::of(media::sniff(head))
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Picture => "a picture",
            Kind::Video => "a video",
            Kind::Document => "a document",
            Kind::Unknown => "a file of unknown type",
        })
    }
}

/// Why the vault refuses a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{kind} (`{media_type}`) is never kept in {what}: possessing child sexual abuse material is itself an offence ({CHILD_ABUSE_LAW}){unknown}",
    what = match .why {
        ChildAbuse::Recorded => "a `csam` case".to_owned(),
        ChildAbuse::MinorSexual(c) => format!("a minor's `{c}` case (a child's sexual images are child sexual abuse material in law)"),
    },
    unknown = if *.kind == Kind::Unknown { "; a file whose type its bytes do not tell may hold pictures" } else { "" },
)]
pub(crate) struct VaultRefusal {
    pub(crate) kind: Kind,
    pub(crate) media_type: String,
    pub(crate) why: ChildAbuse,
}

/// Whether the vault may keep a file that starts with `head` on a case: [`vault_admits`] of what
/// its bytes are. `evidence add` (with `--move` and `--strip`) asks here before it stores a byte
/// and again of what it sealed.
pub(crate) fn vault_admits_file(case: &CaseFacts<'_>, head: &[u8]) -> Result<(), VaultRefusal> {
    vault_admits(case, media::sniff(head))
}

/// Whether the vault may keep a file of `media_type` (sniffed from its bytes, never taken from
/// its name) on a case. In a child-abuse case only documents go in: text, PDF, audio.
/// `evidence capture --with-media` asks here of any picture before it fetches.
pub(crate) fn vault_admits(case: &CaseFacts<'_>, media_type: &str) -> Result<(), VaultRefusal> {
    let Some(why) = case.child_abuse() else {
        return Ok(());
    };
    match Kind::of(media_type) {
        Kind::Document => Ok(()),
        kind => Err(VaultRefusal {
            kind,
            media_type: media_type.to_owned(),
            why,
        }),
    }
}

/// Whether a captured answer's body goes into the WARC (`evidence capture`). A picture or a
/// video (by its bytes, sniffed as [`vault_admits_file`] sniffs, or by what the server called it) goes in only with `--with-media`, which
/// the command has already refused where `vault_admits` refuses pictures. In a child-abuse case
/// a page that carries a picture inline (a `data:image/…` or `data:video/…` URL) is withheld too:
/// the bytes would be the picture itself.
pub(crate) fn capture_keeps_body(
    case: &CaseFacts<'_>,
    with_media: bool,
    content_type: Option<&str>,
    body: &[u8],
) -> bool {
    let declared = content_type.map(|t| t.trim_start().to_ascii_lowercase());
    let media = |kind: Kind| matches!(kind, Kind::Picture | Kind::Video);
    if media(Kind::sniffed(body)) || declared.as_deref().map(Kind::of).is_some_and(media) {
        return with_media;
    }
    case.child_abuse().is_none() || !inline_media(body)
}

/// A `data:` URL of a picture or video anywhere in the bytes, in any letter case.
fn inline_media(body: &[u8]) -> bool {
    body.windows(10).any(|w| {
        let w = w.to_ascii_lowercase();
        w.starts_with(b"data:image") || w.starts_with(b"data:video")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    fn facts(categories: &[Category], minor: bool) -> CaseFacts<'_> {
        CaseFacts { categories, minor }
    }

    #[test]
    fn csam_and_a_minors_sexual_case_are_child_abuse_and_nothing_else_is() {
        assert_eq!(
            facts(&[Csam], false).child_abuse(),
            Some(ChildAbuse::Recorded)
        );
        assert_eq!(
            facts(&[Harassment, Csam], true).child_abuse(),
            Some(ChildAbuse::Recorded)
        );
        for c in [Ncii, Sextortion] {
            assert_eq!(
                facts(&[Harassment, c], true).child_abuse(),
                Some(ChildAbuse::MinorSexual(c))
            );
            assert_eq!(facts(&[c], false).child_abuse(), None);
        }
        assert_eq!(
            facts(&[Harassment, Impersonation], true).child_abuse(),
            None
        );
        assert_eq!(facts(&[], true).child_abuse(), None);
    }

    #[test]
    fn a_child_abuse_case_takes_documents_only() {
        let sniffed = [
            ("image/jpeg", false),
            ("image/png", false),
            ("image/svg+xml", false),
            ("image/heic", false),
            ("video/mp4", false),
            ("video/webm", false),
            ("application/octet-stream", false),
            ("application/zip", false),
            ("application/ogg", false),
            ("text/plain", true),
            ("application/pdf", true),
            ("audio/mpeg", true),
        ];
        for case in [
            facts(&[Csam], false),
            facts(&[Ncii], true),
            facts(&[Sextortion], true),
        ] {
            for (media_type, admitted) in sniffed {
                assert_eq!(
                    vault_admits(&case, media_type).is_ok(),
                    admitted,
                    "{media_type} {case:?}"
                );
            }
        }
        for case in [facts(&[Ncii], false), facts(&[Harassment], true)] {
            for (media_type, _) in sniffed {
                assert_eq!(vault_admits(&case, media_type), Ok(()), "{media_type}");
            }
        }
    }

    #[test]
    fn a_file_is_judged_by_its_bytes() {
        let case = facts(&[Csam], false);
        let refusal = vault_admits_file(&case, b"\x89PNG\r\n\x1a\n....").unwrap_err();
        assert_eq!(
            (refusal.kind, refusal.media_type.as_str()),
            (Kind::Picture, "image/png")
        );
        // Bytes that say nothing are refused as unknown: they may hold pictures.
        let refusal = vault_admits_file(&case, b"").unwrap_err();
        assert_eq!(refusal.kind, Kind::Unknown);
        assert_eq!(vault_admits_file(&case, b"%PDF-1.7 a letter"), Ok(()));
        assert_eq!(Kind::sniffed(b"\xFF\xD8\xFF\xE0"), Kind::Picture);
        assert_eq!(Kind::sniffed(b"%PDF-1.7"), Kind::Document);
    }

    #[test]
    fn the_refusal_says_why_and_cites_the_law() {
        let err = vault_admits(&facts(&[Ncii], true), "image/jpeg").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a picture (`image/jpeg`) is never kept in a minor's `ncii` case (a child's sexual images are child sexual abuse material in law): possessing child sexual abuse material is itself an offence (PECA 2016 s.22)"
        );
        let err = vault_admits(&facts(&[Csam], false), "application/zip").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a file of unknown type (`application/zip`) is never kept in a `csam` case: possessing child sexual abuse material is itself an offence (PECA 2016 s.22); a file whose type its bytes do not tell may hold pictures"
        );
    }

    #[test]
    fn a_capture_keeps_pictures_only_with_media_and_inline_pictures_out_of_child_abuse_cases() {
        let page = b"<html><img src='DATA:image/png;base64,iVBOR'></html>".as_slice();
        let plain = b"<html>hello</html>".as_slice();
        let jpeg = b"\xFF\xD8\xFF\xE0 a picture".as_slice();
        let (adult, child) = (facts(&[Ncii], false), facts(&[Ncii], true));
        // A picture, by its bytes (whatever the server called it) or its declared type, needs
        // --with-media.
        for (declared, body) in [
            (Some("text/html"), jpeg),
            (None, jpeg),
            (Some("Image/JPEG"), plain),
            (Some(" video/mp4"), plain),
        ] {
            assert!(!capture_keeps_body(&adult, false, declared, body));
            assert!(capture_keeps_body(&adult, true, declared, body));
        }
        // A page: kept, unless a child-abuse case's page carries a picture inline.
        assert!(capture_keeps_body(&adult, false, Some("text/html"), page));
        assert!(capture_keeps_body(&child, false, Some("text/html"), plain));
        assert!(!capture_keeps_body(&child, false, Some("text/html"), page));
        assert!(!capture_keeps_body(
            &facts(&[Csam], false),
            false,
            None,
            page
        ));
    }
}
