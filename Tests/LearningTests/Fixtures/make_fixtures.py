#!/usr/bin/env python3
"""Writes the LearningTests fixtures: small MNIST IDX files, good and broken. Pure Python; run from anywhere:

    python3 Tests/LearningTests/Fixtures/make_fixtures.py

Good files hold 3 images of 2 x 3 pixels (image i, pixel p has the value 10 * i + p) and the labels 3, 7, 3:
- `small-images-idx3-ubyte`, `small-labels-idx1-ubyte`: plain;
- `gz-images-idx3-ubyte.gz`, `gz-labels-idx1-ubyte.gz`: the same, gzip-compressed (mtime 0, so reproducible).
Broken files, each beside a good labels file so that only the named defect can fail:
- `swapped-images-idx3-ubyte` (+ labels): the images file has the labels magic number 2049;
- `short-images-idx3-ubyte` (+ labels): the data stops 5 bytes early;
- `long-images-idx3-ubyte` (+ labels): 1 byte more than the header announces;
- `header-images-idx3-ubyte` (+ labels): only 6 bytes, inside the header;
- `cut-images-idx3-ubyte.gz` (+ labels): a gzip stream cut in the middle;
- `crc-images-idx3-ubyte.gz` (+ labels): a gzip stream whose checksum is wrong;
- `count-images-idx3-ubyte` with `count-labels-idx1-ubyte`: 3 images but 2 labels;
- `lonely-images-idx3-ubyte`: no labels file beside it.
"""

import gzip
import struct
from pathlib import Path

HERE = Path(__file__).resolve().parent
COUNT, ROWS, COLUMNS = 3, 2, 3
LABELS = bytes([3, 7, 3])


def images(count=COUNT, magic=2051):
    pixels = bytes(10 * i + p for i in range(count) for p in range(ROWS * COLUMNS))
    return struct.pack(">IIII", magic, count, ROWS, COLUMNS) + pixels


def labels(values=LABELS):
    return struct.pack(">II", 2049, len(values)) + values


def write(name, data):
    (HERE / name).write_bytes(data)


def compressed(data):
    return gzip.compress(data, mtime=0)


def main():
    write("small-images-idx3-ubyte", images())
    write("small-labels-idx1-ubyte", labels())
    write("gz-images-idx3-ubyte.gz", compressed(images()))
    write("gz-labels-idx1-ubyte.gz", compressed(labels()))
    write("swapped-images-idx3-ubyte", images(magic=2049))
    write("short-images-idx3-ubyte", images()[:-5])
    write("long-images-idx3-ubyte", images() + b"\0")
    write("header-images-idx3-ubyte", images()[:6])
    cut = compressed(images())
    write("cut-images-idx3-ubyte.gz", cut[: len(cut) // 2])
    bad_crc = bytearray(compressed(images()))
    bad_crc[-8] ^= 0xFF
    write("crc-images-idx3-ubyte.gz", bytes(bad_crc))
    write("count-images-idx3-ubyte", images())
    write("count-labels-idx1-ubyte", labels(LABELS[:2]))
    write("lonely-images-idx3-ubyte", images())
    for prefix in ["swapped", "short", "long", "header"]:
        write(f"{prefix}-labels-idx1-ubyte", labels())
    for prefix in ["cut", "crc"]:
        write(f"{prefix}-labels-idx1-ubyte.gz", compressed(labels()))


if __name__ == "__main__":
    main()
