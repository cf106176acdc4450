"""Re-uploads of photo-like pictures for the PDQ robustness test (tests/cli/robustness.rs).

Usage: robustness.py OUT_DIR [PICTURES]. Writes PNG/JPEG files named `<seed>-<edit>.<ext>` for a few
generated photo-like pictures: the original, the edits PDQ is built to survive, the edits it is
known not to survive (measured, not asserted), and a manifest of them. Needs Pillow and NumPy.
"""

import json
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps

W, H = 640, 480


def photo(seed: int) -> Image.Image:
    """Smooth lighting, a few soft shapes, fine texture and sensor noise: a photo's statistics."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:H, 0:W].astype(np.float64)
    img = np.zeros((H, W, 3))
    for c in range(3):
        img[..., c] = 60 + 120 * (rng.random() * x / W + rng.random() * y / H) / 2
    for _ in range(12):
        cx, cy = rng.random() * W, rng.random() * H
        r = 30 + rng.random() * 160
        colour = rng.random(3) * 160 - 60
        blob = np.exp(-(((x - cx) ** 2 + (y - cy) ** 2) / (2 * r * r)))
        img += blob[..., None] * colour
    pil = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8))
    draw = ImageDraw.Draw(pil)
    for _ in range(8):
        x0, y0 = rng.integers(0, W - 40), rng.integers(0, H - 40)
        x1, y1 = x0 + rng.integers(30, 250), y0 + rng.integers(30, 200)
        fill = tuple(int(v) for v in rng.integers(0, 255, 3))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)([x0, y0, x1, y1], fill=fill)
    pil = pil.filter(ImageFilter.GaussianBlur(2))
    noise = rng.normal(0, 6, (H, W, 3))
    return Image.fromarray(np.clip(np.asarray(pil, dtype=np.float64) + noise, 0, 255).astype(np.uint8))


def crop(img: Image.Image, fraction: float) -> Image.Image:
    dx, dy = int(W * fraction / 2), int(H * fraction / 2)
    return img.crop((dx, dy, W - dx, H - dy))


def letterbox(img: Image.Image, fraction: float) -> Image.Image:
    """Black bars above and below, as when a picture is posted inside a wider frame."""
    bar = int(H * fraction / 2)
    out = Image.new("RGB", (W, H + 2 * bar))
    out.paste(img, (0, bar))
    return out


SURVIVES = {
    "jpeg-q90": lambda im: (im, 90),
    "jpeg-q30": lambda im: (im, 30),
    "half": lambda im: im.resize((W // 2, H // 2), Image.LANCZOS),
    "one-and-a-half": lambda im: im.resize((W * 3 // 2, H * 3 // 2), Image.LANCZOS),
    "brighter": lambda im: ImageEnhance.Brightness(im).enhance(1.3),
    "more-contrast": lambda im: ImageEnhance.Contrast(im).enhance(1.4),
    "greyscale": lambda im: ImageOps.grayscale(im),
    "blur": lambda im: im.filter(ImageFilter.GaussianBlur(1.5)),
    "mirrored": lambda im: ImageOps.mirror(im),
    "rotated-90": lambda im: im.transpose(Image.Transpose.ROTATE_90),
}

LIMITS = {
    "crop-2pc": lambda im: crop(im, 0.02),
    "crop-5pc": lambda im: crop(im, 0.05),
    "crop-10pc": lambda im: crop(im, 0.10),
    "crop-20pc": lambda im: crop(im, 0.20),
    "rotate-2deg": lambda im: im.rotate(2, Image.BICUBIC),
    "rotate-5deg": lambda im: im.rotate(5, Image.BICUBIC),
    "rotate-10deg": lambda im: im.rotate(10, Image.BICUBIC),
    "letterbox-10pc": lambda im: letterbox(im, 0.10),
    "letterbox-25pc": lambda im: letterbox(im, 0.25),
}


def save(img, name: str, out: Path) -> str:
    if isinstance(img, tuple):
        img, quality = img
        img.save(out / f"{name}.jpg", quality=quality)
        return f"{name}.jpg"
    img.save(out / f"{name}.png")
    return f"{name}.png"


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    manifest = []
    for seed in range(1, 1 + int(sys.argv[2]) if len(sys.argv) > 2 else 6):
        original = photo(seed)
        entry = {"seed": seed, "original": save(original, f"{seed}-original", out)}
        entry["survives"] = {k: save(f(original), f"{seed}-{k}", out) for k, f in SURVIVES.items()}
        entry["limits"] = {k: save(f(original), f"{seed}-{k}", out) for k, f in LIMITS.items()}
        manifest.append(entry)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1))


if __name__ == "__main__":
    main()
