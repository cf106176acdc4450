//! Pixels to luma as the reference path computes it (`fillFloatLumaFromRGB`, and Pillow's
//! reading of 16-bit samples), in the float precision of either reference.

use image::DynamicImage;

/// How RGB becomes luma. The two references differ only in float precision, which changes
/// bits only on near-flat, low-quality images (§2.2, §3 item 9).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum LumaPrecision {
    /// The Python `pdqhash` binding, hence python-threatexchange and HMA: products and sum in
    /// f64 (NumPy `uint8 * 0.299`), rounded to f32 once (`.astype('float32')`).
    #[default]
    F64,
    #[cfg(test)]
    /// Meta's C++ `fillFloatLumaFromRGB` and Java `PDQHasher`: f32 coefficients, products and
    /// sum.
    F32,
}

/// Full-resolution luma, row-major; the reference's `fullBuffer1`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Luma {
    pub(super) width: usize,
    pub(super) height: usize,
    pub(super) data: Vec<f32>,
}

impl Luma {
    #[cfg(test)]
    /// Wraps an existing luma plane; `None` if `data.len() != width * height`.
    pub(crate) fn new(width: usize, height: usize, data: Vec<f32>) -> Option<Self> {
        (width.checked_mul(height) == Some(data.len())).then_some(Self {
            width,
            height,
            data,
        })
    }

    #[cfg(test)]
    pub(crate) fn data(&self) -> &[f32] {
        &self.data
    }
}

/// `0.299·R + 0.587·G + 0.114·B` as the binding evaluates it: f64, left to right.
fn luma_f64(r: u8, g: u8, b: u8) -> f32 {
    (f64::from(r) * 0.299 + f64::from(g) * 0.587 + f64::from(b) * 0.114) as f32
}

#[cfg(test)]
/// The same in f32 (`pdqhashing.cpp` `fillFloatLumaFromRGB`). The C++ constants are
/// `const float x = 0.299;`, a double literal narrowed to float, so narrow the same way.
fn luma_f32(r: u8, g: u8, b: u8) -> f32 {
    const R: f32 = 0.299_f64 as f32;
    const G: f32 = 0.587_f64 as f32;
    const B: f32 = 0.114_f64 as f32;
    R * f32::from(r) + G * f32::from(g) + B * f32::from(b)
}

/// Pillow, which feeds the reference in HMA, opens 16-bit RGB, RGBA and grey+alpha PNGs by
/// keeping the high byte of each sample; do the same for every 16-bit layout. HMA's own path
/// for 16-bit grey (`I;16`, Pillow `convert("RGB")`) clips every value above 255 to white
/// instead; its hash of such an image is noise (quality 36 on python-threatexchange's
/// `I16.png`), so it is deliberately not emulated.
fn high_byte(v: u16) -> u8 {
    (v >> 8) as u8
}

/// Converts a decoded image to luma the way the reference path does (§2.1): alpha dropped,
/// not composited; single-channel images used as they are (`fillFloatLumaFromGrey`, and what
/// f64 luma of R = G = B = v gives anyway); 16-bit reduced to the high byte; palettes were
/// already expanded by the decoders.
pub(super) fn luma_plane(img: &DynamicImage, precision: LumaPrecision) -> Luma {
    let (width, height) = (img.width() as usize, img.height() as usize);
    let mut data = match img {
        DynamicImage::ImageLuma8(buf) => grey_luma(buf.as_raw(), 1, |v| v),
        DynamicImage::ImageLumaA8(buf) => grey_luma(buf.as_raw(), 2, |v| v),
        DynamicImage::ImageLuma16(buf) => grey_luma(buf.as_raw(), 1, high_byte),
        DynamicImage::ImageLumaA16(buf) => grey_luma(buf.as_raw(), 2, high_byte),
        DynamicImage::ImageRgb8(buf) => rgb_luma(buf.as_raw(), 3, |v| v, precision),
        DynamicImage::ImageRgba8(buf) => rgb_luma(buf.as_raw(), 4, |v| v, precision),
        DynamicImage::ImageRgb16(buf) => rgb_luma(buf.as_raw(), 3, high_byte, precision),
        DynamicImage::ImageRgba16(buf) => rgb_luma(buf.as_raw(), 4, high_byte, precision),
        // Float images (none of the enabled decoders yields them for 8-bit sources): use the
        // `image` crate's own rounding to 8 bits; there is no reference behaviour to follow.
        other => rgb_luma(other.to_rgb8().as_raw(), 3, |v| v, precision),
    };
    // A caller-built buffer may be longer than its dimensions need; decoders' never are.
    data.truncate(width * height);
    Luma {
        width,
        height,
        data,
    }
}

fn grey_luma<T: Copy>(samples: &[T], channels: usize, to8: impl Fn(T) -> u8) -> Vec<f32> {
    samples
        .chunks_exact(channels)
        .map(|px| f32::from(to8(px[0])))
        .collect()
}

fn rgb_luma<T: Copy>(
    samples: &[T],
    channels: usize,
    to8: impl Fn(T) -> u8,
    precision: LumaPrecision,
) -> Vec<f32> {
    // Chosen outside the loop so each precision gets its own inlined, vectorisable loop.
    match precision {
        LumaPrecision::F64 => map_rgb(samples, channels, to8, luma_f64),
        #[cfg(test)]
        LumaPrecision::F32 => map_rgb(samples, channels, to8, luma_f32),
    }
}

fn map_rgb<T: Copy>(
    samples: &[T],
    channels: usize,
    to8: impl Fn(T) -> u8,
    luma: impl Fn(u8, u8, u8) -> f32,
) -> Vec<f32> {
    samples
        .chunks_exact(channels)
        .map(|px| luma(to8(px[0]), to8(px[1]), to8(px[2])))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn luma_coefficients_match_reference() {
        assert_eq!(luma_f32(1, 0, 0), 0.299_f32);
        assert_eq!(luma_f32(0, 1, 0), 0.587_f32);
        assert_eq!(luma_f32(0, 0, 1), 0.114_f32);
        assert_eq!(luma_f64(1, 0, 0), 0.299_f32);
        // f32 arithmetic, left to right: (R·r + G·g) + B·b rounded at each step.
        let (r, g, b) = (0.299_f32, 0.587_f32, 0.114_f32);
        assert_eq!(luma_f32(200, 100, 50), r * 200.0 + g * 100.0 + b * 50.0);
        assert_eq!(
            luma_f64(200, 100, 50),
            (200.0 * 0.299_f64 + 100.0 * 0.587 + 50.0 * 0.114) as f32
        );
    }

    #[test]
    fn luma_precisions_differ_by_rounding_only() {
        let mut differ = 0;
        for v in 0..=255u8 {
            // f64 luma of a grey pixel is the grey value exactly, as `fillFloatLumaFromGrey`.
            assert_eq!(luma_f64(v, v, v), f32::from(v));
            let (a, b) = (luma_f64(v, 255 - v, v / 2), luma_f32(v, 255 - v, v / 2));
            assert!((a - b).abs() <= 2.0 * f32::EPSILON * 255.0);
            differ += usize::from(a != b);
        }
        assert!(differ > 0, "the two precisions should not be identical");
    }

    #[test]
    fn luma_plane_drops_alpha_and_takes_high_byte_of_16_bit() {
        let rgba = image::RgbaImage::from_raw(1, 1, vec![10, 20, 30, 0]).expect("1×1");
        let l = luma_plane(&DynamicImage::ImageRgba8(rgba), LumaPrecision::F64);
        assert_eq!(l.data(), &[luma_f64(10, 20, 30)]);

        let g16 = image::ImageBuffer::from_raw(2, 1, vec![0x80ff_u16, 0x00ff]).expect("2×1");
        let l = luma_plane(&DynamicImage::ImageLuma16(g16), LumaPrecision::F32);
        assert_eq!(l.data(), &[128.0, 0.0]);

        let la = image::GrayAlphaImage::from_raw(1, 1, vec![77, 3]).expect("1×1");
        let l = luma_plane(&DynamicImage::ImageLumaA8(la), LumaPrecision::F32);
        assert_eq!(l.data(), &[77.0]);
    }
}
