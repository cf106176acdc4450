#!/usr/bin/env python3
"""Hash every JPEG in DIR with the Python `pdqhash` binding (Meta's C++), Pillow decoding
included, single-threaded; prints images/second for `compute` (HMA's call) and
`compute_dihedral` (hash + 8 variants, the same work as `takedown hash`).

Usage: bench_pdqhash.py DIR
"""
import pathlib
import sys
import time

import numpy as np
import pdqhash
from PIL import Image

files = sorted(pathlib.Path(sys.argv[1]).glob("*.jpg"))
for name, fn in (("compute", pdqhash.compute), ("compute_dihedral", pdqhash.compute_dihedral)):
    for _ in range(2):  # the second round runs with a warm page cache
        t0 = time.perf_counter()
        for f in files:
            data = f.read_bytes()
            from io import BytesIO
            arr = np.asarray(Image.open(BytesIO(data)).convert("RGB"))
            fn(arr)
        dt = time.perf_counter() - t0
    print(f"pdqhash.{name}: {len(files)} images in {dt:.2f} s = {len(files) / dt:.1f} images/s")
