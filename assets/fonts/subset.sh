#!/usr/bin/env bash
# Rebuilds the font subsets that printable HTML (guides, reports, the stats page) embeds, so a
# phone or computer without Urdu fonts shows no empty boxes. Run it by hand when the character
# ranges below change; the outputs are committed and `render::fonts` embeds them.
#
# Needs: Debian's fonts-noto-core package (fetched with `apt-get download`, not installed) and
# fonttools with brotli (`pip install fonttools brotli`).
#
# Ranges are whole Unicode blocks, not the characters used today, so new translations and
# platforms render without a rebuild:
#   Naskh: Arabic, Arabic Supplement and Arabic Presentation Forms A and B (Urdu's letters, its
#          digits ۰–۹, ، ؟ ۔), joiners and direction marks, and the ASCII punctuation Urdu text
#          uses, with every OpenType feature kept (joining and mark placement need them);
#   Sans:  Latin (ASCII and Latin-1) and General Punctuation (quotes, ›, isolates), for URLs,
#          e-mail addresses, brand names and the platforms' own screen labels;
#   Math:  ⋯ (U+22EF), the "more" menu of the platforms' screens, which neither of the others has.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-noto-core >/dev/null)
dpkg-deb -x "$work"/fonts-noto-core_*.deb "$work/x"
noto="$work/x/usr/share/fonts/truetype/noto"
subset() { # font, unicode ranges, output name
    pyftsubset "$noto/$1" --unicodes="$2" --layout-features='*' --flavor=woff2 \
        --output-file="$here/$3"
}
subset NotoNaskhArabic-Regular.ttf \
    "U+0600-06FF,U+0750-077F,U+FB50-FDFF,U+FE70-FEFF,U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AB,U+00BB,U+200C-200F,U+2010-2027,U+2039-203A,U+25CC" \
    NotoNaskhArabic-Urdu.woff2
subset NotoSans-Regular.ttf \
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+FEFF,U+FFFD" \
    NotoSans-Latin.woff2
subset NotoSansMath-Regular.ttf "U+22EF" NotoSansMath-Ellipsis.woff2
ls -l "$here"/*.woff2
