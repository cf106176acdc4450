#!/usr/bin/env python3
"""Write N distinct photo-like 1024x768 JPEGs (quality 85, 4:2:0) for the hashing benchmark.

Usage: gen_bench_jpegs.py OUT [N]
"""
import pathlib
import sys

import numpy as np
from PIL import Image

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tests" / "pdq"))
from gen_reference import photo  # noqa: E402

out = pathlib.Path(sys.argv[1])
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
out.mkdir(parents=True, exist_ok=True)
bases = [photo(1024, 768, 5000 + s).astype(np.int16) for s in range(25)]
rng = np.random.default_rng(1)
for i in range(n):
    img = np.roll(bases[i % 25], (rng.integers(0, 768), rng.integers(0, 1024)), (0, 1))
    img = img + rng.integers(-30, 31) + rng.normal(0, 4, img.shape).astype(np.int16)
    Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(out / f"{i:04}.jpg", quality=85)
print(f"{n} JPEGs in {out}")
