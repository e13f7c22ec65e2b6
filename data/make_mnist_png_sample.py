#!/usr/bin/env python3
"""Writes the project's own ten-digit MNIST sample, `data/mnist_png/`, in fast.ai's `mnist_png` layout.

Source: the original MNIST files in IDX format (`train-images-idx3-ubyte[.gz]`, `train-labels-idx1-ubyte[.gz]`,
`t10k-images-idx3-ubyte[.gz]`, `t10k-labels-idx1-ubyte[.gz]`), from the folder given as the only argument.
For each digit 0-9, the first 60 training images in MNIST index order go to `training/<digit>/` and the first 20
test images to `testing/<digit>/`. A file is named by its index in its MNIST set (`training/3/7.png` is training
image 7), as fast.ai names them. The PNGs are written by `make_sample.py`'s deterministic encoder, so the same
source gives byte-identical files.

Pure Python (gzip, struct); run from anywhere:

    python3 data/make_mnist_png_sample.py /path/to/mnist-idx

The old `data/mnist_png/` is replaced.
"""

import gzip
import shutil
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_sample import SIDE, encode_png  # noqa: E402 (the sibling script's PNG encoder)

OUTPUT = Path(__file__).resolve().parent / "mnist_png"
SPLITS = (("training", "train", 60), ("testing", "t10k", 20))


def read_idx(folder, name, magic):
    """The payload of an IDX file (gzip'd or not) after checking its magic number; with the item count."""
    for candidate in (folder / f"{name}.gz", folder / name):
        if candidate.exists():
            data = candidate.read_bytes()
            if candidate.suffix == ".gz":
                data = gzip.decompress(data)
            break
    else:
        raise SystemExit(f"{folder}: no {name} or {name}.gz")
    found, count = struct.unpack(">II", data[:8])
    if found != magic:
        raise SystemExit(f"{name}: magic number {found}, expected {magic}")
    header = 16 if magic == 2051 else 8
    return count, data[header:]


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    source = Path(sys.argv[1])
    if OUTPUT.exists():
        shutil.rmtree(OUTPUT)
    for folder_name, prefix, per_digit in SPLITS:
        count, pixels = read_idx(source, f"{prefix}-images-idx3-ubyte", 2051)
        label_count, labels = read_idx(source, f"{prefix}-labels-idx1-ubyte", 2049)
        if label_count != count or len(pixels) != count * SIDE * SIDE:
            raise SystemExit(f"{prefix}: {count} images, {label_count} labels, {len(pixels)} pixel bytes")
        for digit in range(10):
            chosen = [index for index in range(count) if labels[index] == digit][:per_digit]
            folder = OUTPUT / folder_name / str(digit)
            folder.mkdir(parents=True)
            for index in chosen:
                image = pixels[index * SIDE * SIDE : (index + 1) * SIDE * SIDE]
                (folder / f"{index}.png").write_bytes(encode_png(image))
            print(f"{folder.relative_to(OUTPUT.parent)}: {len(chosen)} files")


if __name__ == "__main__":
    main()
