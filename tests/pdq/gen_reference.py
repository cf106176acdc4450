#!/usr/bin/env python3
"""Generate PDQ conformance fixtures and the reference outputs for them.

Writes images in many formats and pixel modes into OUT/, then hashes each one
with Meta's C++ PDQ reference through the Python `pdqhash` binding (0.2.8) and
writes OUT/manifest.json. `tests/cli/hash.rs` hashes the same files with
`takedown hash --json` and compares every bit.

How the reference is fed (the "reference path", mirrored by `domain::pdq::luma_plane`):
  * Pillow decodes the file (first frame for GIF); EXIF orientation is NOT applied.
  * `im.convert("RGB")` for every 8-bit mode: alpha is dropped (not composited),
    palettes are expanded, grey is replicated into R = G = B.
  * 16-bit grey (`I;16`) is reduced to its high byte (`v >> 8`), which is what
    Pillow itself does when it opens 16-bit RGB, RGBA and LA PNGs. HMA instead
    calls `convert("RGB")` on `I;16`, which clips every value above 255 to 255;
    that is recorded separately as `hma` and is not a target.
  * The uint8 (H, W, 3) array goes to `pdqhash.compute` (HMA's call: plain hash)
    and `pdqhash.compute_dihedral` (8 hashes). The binding computes luma in
    float64 and rounds it to float32.

With --cpp BINARY (tools/cpp_ref/pdq_ref_f32.cpp built against Meta's C++), the
same pixels also go through the C++ f32 luma (`fillFloatLumaFromRGB`, or
`fillFloatLumaFromGrey` for single-channel sources), as the C++ CLI and Java do.

Usage: gen_reference.py OUT [--cpp BINARY] [--meta DIR]
"""

import argparse
import io
import json
import os
import pathlib
import struct
import subprocess
import sys
import tempfile
import zlib

import numpy as np
import pdqhash
from PIL import Image

GREY_MODES = {"1", "L", "LA", "I;16", "I;16B", "I;16L", "I"}


# ---------------------------------------------------------------- pixels


def photo(w, h, seed):
    """Photo-like RGB: smooth colour waves, hard-edged shapes and sensor noise."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    s = float(max(w, h))
    img = np.zeros((h, w, 3))
    for c in range(3):
        fx, fy, ph = rng.uniform(0.5, 5), rng.uniform(0.5, 5), rng.uniform(0, 6.3)
        img[..., c] = 128 + 70 * np.sin(2 * np.pi * (fx * xx + fy * yy) / s + ph)
    for _ in range(25):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        rx, ry = rng.uniform(0.02, 0.3) * s, rng.uniform(0.02, 0.3) * s
        mask = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2 < 1
        img[mask] = img[mask] * 0.3 + rng.uniform(0, 255, 3) * 0.7
    img += rng.normal(0, 10, img.shape)
    return np.clip(np.rint(img), 0, 255).astype(np.uint8)


def grey(w, h, seed):
    return np.asarray(Image.fromarray(photo(w, h, seed)).convert("L"))


# ---------------------------------------------------------------- writers


def png16(arr, colour_type):
    """16-bit PNG (Pillow cannot write 16-bit RGB/RGBA/LA)."""
    h, w = arr.shape[:2]
    raw = b"".join(b"\x00" + arr[y].astype(">u2").tobytes() for y in range(h))

    def chunk(tag, data):
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", w, h, 16, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 6))
        + chunk(b"IEND", b"")
    )


def save(im, fmt, **kw):
    buf = io.BytesIO()
    im.save(buf, fmt, **kw)
    return buf.getvalue()


def lossless_cases():
    """(name, bytes) for formats whose decoding is exact."""
    out = []
    sizes = [
        (640, 480), (800, 600), (1600, 1004), (127, 33), (1001, 3), (2000, 1500),
        (64, 64), (65, 63), (63, 64), (128, 128), (129, 257), (256, 255),
        (1, 1), (2, 3), (5, 5), (4, 5), (5, 4), (4, 100), (300, 5), (17, 1000),
        (1000, 7), (6, 6), (200, 9), (3000, 40), (513, 511),
    ]
    for i, (w, h) in enumerate(sizes):
        out.append((f"png/rgb-{w}x{h}.png", save(Image.fromarray(photo(w, h, i)), "PNG")))

    # Flat, near-flat and smooth images: DCT coefficients at rounding level (§3 item 9).
    out.append(("png/flat-grey-100x100.png",
                save(Image.fromarray(np.full((100, 100, 3), 128, np.uint8)), "PNG")))
    out.append(("png/flat-colour-640x480.png",
                save(Image.fromarray(np.tile(np.array([10, 200, 30], np.uint8), (480, 640, 1))), "PNG")))
    rng = np.random.default_rng(99)
    nf = np.full((300, 400, 3), 128, np.uint8)
    nf[rng.random((300, 400)) < 0.01] += 1
    out.append(("png/near-flat-400x300.png", save(Image.fromarray(nf), "PNG")))
    for n in range(4):
        rng = np.random.default_rng(200 + n)
        nf = np.full((240, 320, 3), 60 + 40 * n, np.int16)
        nf += (rng.random((240, 320, 1)) < 0.05).astype(np.int16) * rng.integers(-2, 3, (240, 320, 3))
        out.append((f"png/near-flat-{n}-320x240.png", save(Image.fromarray(nf.astype(np.uint8)), "PNG")))
    # Exactly 64x64 and near-flat: the reference's plain path (no blur at 64x64) and its
    # dihedral path (always blurs) give different hashes here (seed found by search).
    rng = np.random.default_rng(265)
    nf = np.full((64, 64, 3), 100, np.int16)
    nf += (rng.random((64, 64, 1)) < 0.1) * rng.integers(-3, 4, (64, 64, 3))
    out.append(("png/near-flat-64x64.png", save(Image.fromarray(nf.astype(np.uint8)), "PNG")))
    xx = np.tile(np.linspace(90, 110, 500), (400, 1))
    grad = np.stack([xx, xx * 0.9, xx * 1.1], -1).round().astype(np.uint8)
    out.append(("png/gradient-500x400.png", save(Image.fromarray(grad), "PNG")))
    yy = np.tile(np.linspace(0, 255, 300)[:, None], (1, 300))
    out.append(("png/vgradient-300x300.png",
                save(Image.fromarray(np.stack([yy] * 3, -1).round().astype(np.uint8)), "PNG")))
    cb = ((np.indices((256, 256)).sum(0) // 1) % 2 * 255).astype(np.uint8)
    out.append(("png/checker1-256x256.png", save(Image.fromarray(cb), "PNG")))
    cb8 = ((np.indices((512, 384)).sum(0) // 8 % 2) * 200 + 20).astype(np.uint8)
    out.append(("png/checker8-384x512.png", save(Image.fromarray(cb8), "PNG")))

    # Pixel modes.
    p = photo(500, 375, 1000)
    a = np.clip(np.linspace(0, 255, 500)[None, :].repeat(375, 0), 0, 255).astype(np.uint8)
    out.append(("png/rgba-500x375.png",
                save(Image.fromarray(np.dstack([p, a]), "RGBA"), "PNG")))
    out.append(("png/rgba-zero-alpha-300x200.png",
                save(Image.fromarray(np.dstack([photo(300, 200, 1001), np.zeros((200, 300), np.uint8)]), "RGBA"), "PNG")))
    g = grey(420, 300, 1002)
    out.append(("png/l-420x300.png", save(Image.fromarray(g, "L"), "PNG")))
    out.append(("png/la-420x300.png",
                save(Image.fromarray(np.dstack([g, 255 - g]), "LA"), "PNG")))
    pal = Image.fromarray(photo(480, 360, 1003)).quantize(256)
    out.append(("png/p-480x360.png", save(pal, "PNG")))
    pal16 = Image.fromarray(photo(333, 222, 1004)).quantize(16)
    out.append(("png/p16-333x222.png", save(pal16, "PNG", bits=4)))
    palt = Image.fromarray(photo(400, 300, 1005)).quantize(64)
    out.append(("png/p-trns-400x300.png", save(palt, "PNG", transparency=3)))
    bw = Image.fromarray(grey(350, 250, 1006)).convert("1")
    out.append(("png/1bit-350x250.png", save(bw, "PNG")))
    g16 = (grey(400, 300, 1007).astype(np.uint32) * 257
           + np.random.default_rng(7).integers(0, 257, (300, 400))).clip(0, 65535).astype(np.uint16)
    out.append(("png/i16-400x300.png", save(Image.fromarray(g16), "PNG")))
    rgb16 = photo(400, 300, 1008).astype(np.uint32) * 257 + np.random.default_rng(8).integers(0, 257, (300, 400, 3))
    out.append(("png/rgb16-400x300.png", png16(rgb16.clip(0, 65535).astype(np.uint16), 2)))
    rgba16 = np.dstack([rgb16, np.full((300, 400), 30000)]).clip(0, 65535).astype(np.uint16)
    out.append(("png/rgba16-400x300.png", png16(rgba16, 6)))
    la16 = np.dstack([g16, np.full((300, 400), 65535, np.uint16)])
    out.append(("png/la16-400x300.png", png16(la16, 4)))

    # Other lossless containers.
    out.append(("bmp/rgb-640x480.bmp", save(Image.fromarray(photo(640, 480, 2000)), "BMP")))
    out.append(("bmp/p-257x129.bmp", save(Image.fromarray(photo(257, 129, 2001)).quantize(200), "BMP")))
    out.append(("tiff/rgb-raw-600x400.tiff", save(Image.fromarray(photo(600, 400, 2002)), "TIFF")))
    out.append(("tiff/rgb-lzw-600x400.tiff",
                save(Image.fromarray(photo(600, 400, 2003)), "TIFF", compression="tiff_lzw")))
    out.append(("tiff/rgb-deflate-301x199.tiff",
                save(Image.fromarray(photo(301, 199, 2004)), "TIFF", compression="tiff_adobe_deflate")))
    out.append(("tiff/l-lzw-500x500.tiff",
                save(Image.fromarray(grey(500, 500, 2005), "L"), "TIFF", compression="tiff_lzw")))
    out.append(("tiff/rgba-300x300.tiff",
                save(Image.fromarray(np.dstack([photo(300, 300, 2006), np.full((300, 300), 77, np.uint8)]), "RGBA"), "TIFF")))
    out.append(("webp/lossless-rgb-640x480.webp",
                save(Image.fromarray(photo(640, 480, 2007)), "WEBP", lossless=True)))
    out.append(("webp/lossless-rgba-333x250.webp",
                save(Image.fromarray(np.dstack([photo(333, 250, 2008), np.full((250, 333), 200, np.uint8)]), "RGBA"), "WEBP", lossless=True, exact=True)))
    out.append(("gif/single-480x360.gif", save(Image.fromarray(photo(480, 360, 2009)).quantize(256), "GIF")))
    gt = Image.fromarray(photo(300, 200, 2012)).quantize(64)
    out.append(("gif/transparent-300x200.gif", save(gt, "GIF", transparency=5)))
    f1 = Image.fromarray(photo(320, 240, 2010)).quantize(128)
    f2 = Image.fromarray(photo(320, 240, 2011)).quantize(128)
    out.append(("gif/animated-first-frame-320x240.gif",
                save(f1, "GIF", save_all=True, append_images=[f2], duration=100, loop=0)))
    return out


def jpeg_cases():
    out = []
    for i, (w, h, q, sub, prog) in enumerate([
        (1024, 768, 90, 2, False), (1024, 768, 75, 2, True), (800, 600, 95, 0, False),
        (640, 480, 50, 2, False), (1600, 1004, 85, 1, False), (127, 33, 90, 0, False),
        (333, 777, 80, 2, False), (2000, 1500, 92, 2, True), (64, 64, 95, 0, False),
    ]):
        im = Image.fromarray(photo(w, h, 3000 + i))
        out.append((f"jpeg/photo-{w}x{h}-q{q}-s{sub}{'-prog' if prog else ''}.jpg",
                    save(im, "JPEG", quality=q, subsampling=sub, progressive=prog)))
    out.append(("jpeg/grey-500x400-q85.jpg", save(Image.fromarray(grey(500, 400, 3100), "L"), "JPEG", quality=85)))
    return out


# ---------------------------------------------------------------- reference


def reference_rgb(im):
    """The array fed to pdqhash; see the module docstring."""
    if im.mode in ("I;16", "I;16B", "I;16L"):
        v = (np.asarray(im).astype(np.uint16) >> 8).astype(np.uint8)
        return np.ascontiguousarray(np.stack([v, v, v], -1))
    return np.ascontiguousarray(np.asarray(im.convert("RGB"), dtype=np.uint8))


def hma_rgb(im):
    """python-threatexchange `_convert_image_to_correct_array_dimension`, verbatim logic."""
    if im.mode == "LA" or im.mode == "I;16":
        im = im.convert("RGB")
    arr = np.asarray(im)
    if arr.ndim == 2:
        arr = np.concatenate([arr[..., np.newaxis]] * 3, axis=2)
    return arr


def bits_to_hex(vec):
    return "%064x" % int("".join(str(int(b)) for b in vec), 2)


def reference(arr):
    plain, q_plain = pdqhash.compute(arr)
    dih, q_dih = pdqhash.compute_dihedral(arr)
    return {
        "hash": bits_to_hex(plain),
        "quality": int(q_plain),
        "dihedral": [bits_to_hex(h) for h in dih],
        "dihedral_quality": int(q_dih),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--cpp", type=pathlib.Path)
    ap.add_argument("--meta", type=pathlib.Path,
                    help="folder of Meta's test images (tests/fixtures/meta)")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    files = []
    for kind, cases in (("lossless", lossless_cases()), ("jpeg", jpeg_cases())):
        for name, data in cases:
            path = args.out / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            files.append((kind, path))
    if args.meta:
        for path in sorted(args.meta.rglob("*")):
            suffix = path.suffix.lower()
            if suffix in (".png",):
                files.append(("meta-lossless", path))
            elif suffix in (".jpg", ".jpeg", ".webp"):
                files.append(("meta-lossy", path))

    entries = []
    raw_dir = pathlib.Path(tempfile.mkdtemp(prefix="pdq-raw-"))
    for idx, (kind, path) in enumerate(files):
        im = Image.open(path)
        im.seek(0)
        arr = reference_rgb(im)
        entry = {
            "file": os.path.relpath(path, args.out),
            "kind": kind,
            "pillow_mode": im.mode,
            "width": im.size[0],
            "height": im.size[1],
            "reference": reference(arr),
        }
        try:
            hma = hma_rgb(Image.open(path))
            entry["hma"] = reference(np.ascontiguousarray(hma[..., :3].astype(np.uint8)))["hash"]
        except Exception as e:  # HMA's path can fail on modes it does not handle
            entry["hma_error"] = repr(e)
        if args.cpp:
            grey_src = im.mode in GREY_MODES
            raw = raw_dir / f"{idx}.raw"
            pix = arr[..., 0] if grey_src else arr
            raw.write_bytes(f"{arr.shape[1]} {arr.shape[0]} {1 if grey_src else 3}\n".encode()
                            + np.ascontiguousarray(pix).tobytes())
            entry["_raw"] = str(raw)
        entries.append(entry)

    if args.cpp:
        listing = "\n".join(e["_raw"] for e in entries) + "\n"
        res = subprocess.run([str(args.cpp)], input=listing, capture_output=True, text=True, check=True)
        for e, line in zip(entries, res.stdout.splitlines(), strict=True):
            parts = line.split()
            e["cpp_f32"] = {"hash": parts[0], "quality": int(parts[1]),
                            "dihedral_quality": int(parts[2]), "dihedral": parts[3:11]}
            pathlib.Path(e.pop("_raw")).unlink()

    (args.out / "manifest.json").write_text(json.dumps(
        {"pdqhash_version": pdqhash.__version__, "pillow": Image.__version__,
         "numpy": np.__version__, "entries": entries}, indent=1))
    print(f"{len(entries)} images -> {args.out / 'manifest.json'}", file=sys.stderr)


if __name__ == "__main__":
    main()
