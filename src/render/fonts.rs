//! The fonts every printable HTML page embeds (guides, reports, the stats page), so a phone or
//! computer with no Urdu font still shows every letter instead of empty boxes: subsets of Noto
//! Naskh Arabic (Urdu), Noto Sans (Latin: URLs, names, screen labels) and Noto Sans Math (the
//! ⋯ of "more" menus), all under the SIL Open Font License (`assets/fonts/Noto-LICENSE.txt`;
//! `assets/fonts/subset.sh` rebuilds them).
//!
//! All three are one CSS family, `Takedown`, split by `unicode-range`, so a template names one
//! family and the browser takes each character from the face that has it.

use std::sync::LazyLock;

use base64::Engine as _;

/// One face of the family: its WOFF2 bytes and the characters it is used for.
struct Face {
    woff2: &'static [u8],
    unicode_range: &'static str,
}

/// Later faces win where ranges overlap (CSS Fonts §4.5), so the Urdu face comes last and
/// draws the joiners and direction marks.
const FACES: [Face; 3] = [
    Face {
        woff2: include_bytes!("../../assets/fonts/NotoSans-Latin.woff2"),
        unicode_range: "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, \
                        U+2000-206F, U+2074, U+20AC, U+2122, U+2190-2193, U+2212, U+2215, U+FEFF, U+FFFD",
    },
    Face {
        woff2: include_bytes!("../../assets/fonts/NotoSansMath-Ellipsis.woff2"),
        unicode_range: "U+22EF",
    },
    Face {
        woff2: include_bytes!("../../assets/fonts/NotoNaskhArabic-Urdu.woff2"),
        unicode_range: "U+0600-06FF, U+0750-077F, U+FB50-FDFF, U+FE70-FEFF, U+200C-200F",
    },
];

/// The family name templates use in `font-family`.
pub(crate) const FAMILY: &str = "Takedown";

/// `@font-face` rules with the fonts inline (data URLs): a page saved, printed or sent as one
/// file still has them, and opening it fetches nothing.
pub(crate) fn font_faces() -> &'static str {
    static CSS: LazyLock<String> = LazyLock::new(|| {
        FACES
            .iter()
            .map(|face| {
                format!(
                    "@font-face {{ font-family: \"{FAMILY}\"; font-display: block; \
                     src: url(data:font/woff2;base64,{}) format(\"woff2\"); unicode-range: {}; }}\n",
                    base64::engine::general_purpose::STANDARD.encode(face.woff2),
                    face.unicode_range
                )
            })
            .collect()
    });
    &CSS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_face_is_woff2_and_inlined() {
        for face in &FACES {
            assert_eq!(&face.woff2[..4], b"wOF2");
        }
        let css = font_faces();
        assert_eq!(css.matches("@font-face").count(), 3);
        assert!(css.contains("U+0600-06FF") && css.contains("U+22EF"));
        assert!(
            css.len() < 160_000,
            "the fonts cost {} bytes of every page",
            css.len()
        );
    }
}
