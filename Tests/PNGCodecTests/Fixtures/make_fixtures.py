#!/usr/bin/env python3
"""Writes the PNGCodec test fixtures and the pixel values they must decode to.

Run from anywhere with a Python that has NumPy and Pillow (for example .peers/bin/python, which
`scripts/setup-benchmark-peers --no-torch` makes):

    python Tests/PNGCodecTests/Fixtures/make_fixtures.py

Most fixtures are written by the small PNG writer below (zlib + struct), because Pillow cannot write 2/4-bit
grey, 16-bit colour, 16-bit alpha or interlaced files; a few are written by Pillow itself, so the decoder also
sees real-world filtering. The expected pixels come from Pillow, `np.array(Image.open(p).convert(mode))`, and
are checked against the NumPy arrays the files were made from, so each value has two independent sources.

16-bit files without alpha: the decoder reduces each sample to its high byte (`value >> 8`), as Pillow does
when it opens 16-bit RGB (raw mode "RGB;16B"); Pillow opens 16-bit grey as mode "I;16", whose `.convert("L")`
clips at 255 instead, so for grey the reference is `np.array(im) >> 8`. The full samples are recorded too
("samples16"). 16-bit files with alpha are reduced by libpng's rounding, `(value * 255 + 32767) // 65535`
(libpng's simplified API cannot return their 16-bit samples unpremultiplied); the reference is that formula,
and Pillow's high byte ("LA;16B", "RGBA;16B") is checked to be within 1 of it.

Outputs, next to this script: the fixture files, `expected.json` (per file: size, channels, pixels, and the
reference used, or the error kind for broken files) and `mnist_expected.json` (a handful of files from
../shared/data/mnist_sample decoded by Pillow, used only when that folder exists).
"""

import json
import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

HERE = Path(__file__).resolve().parent
MNIST = HERE.parents[3] / "shared" / "data" / "mnist_sample"
MNIST_FILES = ["train/3/10.png", "train/3/10000.png", "train/7/10002.png", "valid/3/1020.png", "valid/7/0.png", "valid/7/1006.png"]

GRAY, RGB, PALETTE, GRAY_ALPHA, RGBA = 0, 2, 3, 4, 6
CHANNELS = {GRAY: 1, RGB: 3, PALETTE: 1, GRAY_ALPHA: 2, RGBA: 4}
MODES = {1: "L", 2: "LA", 3: "RGB", 4: "RGBA"}
ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]

rng = np.random.default_rng(20260129)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def pack_rows(samples, bit_depth):
    """Scanlines (filter byte 0, then packed samples) for an array of shape (height, width, channels)."""
    height = samples.shape[0]
    flat = samples.reshape(height, -1).astype(np.uint32)
    lines = []
    for row in flat:
        if bit_depth == 16:
            body = row.astype(">u2").tobytes()
        elif bit_depth == 8:
            body = row.astype(np.uint8).tobytes()
        else:
            per_byte = 8 // bit_depth
            padded = np.zeros(-(-len(row) // per_byte) * per_byte, dtype=np.uint32)
            padded[: len(row)] = row
            groups = padded.reshape(-1, per_byte)
            shifts = bit_depth * np.arange(per_byte - 1, -1, -1)
            body = (groups << shifts).sum(axis=1).astype(np.uint8).tobytes()
        lines.append(b"\x00" + body)
    return b"".join(lines)


def image_data(samples, bit_depth, interlaced):
    if not interlaced:
        return pack_rows(samples, bit_depth)
    passes = []
    for x0, y0, dx, dy in ADAM7:
        sub = samples[y0::dy, x0::dx]
        if sub.shape[0] and sub.shape[1]:
            passes.append(pack_rows(sub, bit_depth))
    return b"".join(passes)


def make_png(samples, bit_depth, color_type, interlaced=False, palette=None, trns=None, before_idat=()):
    height, width = samples.shape[:2]
    header = struct.pack(">IIBBBBB", width, height, bit_depth, color_type, 0, 0, 1 if interlaced else 0)
    parts = [b"\x89PNG\r\n\x1a\n", chunk(b"IHDR", header), *before_idat]
    if palette is not None:
        parts.append(chunk(b"PLTE", np.asarray(palette, dtype=np.uint8).tobytes()))
    if trns is not None:
        parts.append(chunk(b"tRNS", trns))
    parts.append(chunk(b"IDAT", zlib.compress(image_data(samples, bit_depth, interlaced), 9)))
    parts.append(chunk(b"IEND", b""))
    return b"".join(parts)


def random_samples(height, width, channels, bit_depth):
    return rng.integers(0, 1 << bit_depth, size=(height, width, channels), dtype=np.uint32)


def entry(pixels, reference, samples16=None):
    pixels = np.asarray(pixels, dtype=np.uint8)
    if pixels.ndim == 2:
        pixels = pixels[:, :, None]
    result = {
        "width": int(pixels.shape[1]),
        "height": int(pixels.shape[0]),
        "channels": int(pixels.shape[2]),
        "pixels": pixels.reshape(-1).tolist(),
        "reference": reference,
    }
    if samples16 is not None:
        result["samples16"] = np.asarray(samples16).reshape(-1).tolist()
    return result


def pillow_pixels(path, channels):
    mode = MODES[channels]
    return np.array(Image.open(path).convert(mode)), f'np.array(Image.open(p).convert("{mode}"))'


def write(name, data):
    (HERE / name).write_bytes(data)
    return HERE / name


def add_direct(expected, name, samples, bit_depth, color_type, interlaced=False, before_idat=()):
    """A grey / grey+alpha / RGB / RGBA file; the expected 8-bit pixels are the samples scaled to 8 bits."""
    path = write(name, make_png(samples, bit_depth, color_type, interlaced, before_idat=before_idat))
    channels = CHANNELS[color_type]
    if bit_depth == 16 and channels % 2 == 0:
        rounded = (samples * 255 + 32767) // 65535
        pillow, _ = pillow_pixels(path, channels)
        assert np.abs(pillow.reshape(rounded.shape).astype(int) - rounded.astype(int)).max() <= 1, name
        expected[name] = entry(rounded, "(v * 255 + 32767) // 65535; Pillow's v >> 8 is within 1")
        return
    if bit_depth == 16:
        own = samples >> 8
        if channels == 1:
            pixels, reference = np.array(Image.open(path)) >> 8, "np.array(Image.open(p)) >> 8 (mode I;16)"
        else:
            pixels, reference = pillow_pixels(path, channels)
        assert np.array_equal(pixels.reshape(own.shape), own), name
        expected[name] = entry(own, reference, samples16=samples)
        return
    own = samples * (255 // ((1 << bit_depth) - 1))
    pixels, reference = pillow_pixels(path, channels)
    assert np.array_equal(pixels.reshape(own.shape), own), name
    expected[name] = entry(pixels, reference)


def add_palette(expected, name, indices, bit_depth, palette, alphas=None, interlaced=False):
    trns = None if alphas is None else bytes(alphas)
    path = write(name, make_png(indices, bit_depth, PALETTE, interlaced, palette=palette, trns=trns))
    colours = np.asarray(palette, dtype=np.uint32)[indices[:, :, 0]]
    if alphas is not None:
        alpha = np.full(len(palette), 255, dtype=np.uint32)
        alpha[: len(alphas)] = alphas
        colours = np.concatenate([colours, alpha[indices[:, :, 0]][:, :, None]], axis=2)
    pixels, reference = pillow_pixels(path, colours.shape[2])
    assert np.array_equal(pixels, colours), name
    expected[name] = entry(pixels, reference)


def add_pillow_written(expected, name, image, channels):
    image.save(HERE / name)
    pixels, reference = pillow_pixels(HERE / name, channels)
    assert np.array_equal(pixels.reshape(-1), np.array(image.convert(MODES[channels])).reshape(-1)), name
    expected[name] = entry(pixels, reference + " (file written by Pillow)")


def add_error(expected, name, data, kind):
    write(name, data)
    expected[name] = {"error": kind}


def valid_files(expected):
    add_direct(expected, "gray8.png", random_samples(5, 7, 1, 8), 8, GRAY)
    add_direct(expected, "gray1.png", random_samples(3, 13, 1, 1), 1, GRAY)
    add_direct(expected, "gray2.png", random_samples(3, 11, 1, 2), 2, GRAY)
    add_direct(expected, "gray4.png", random_samples(4, 9, 1, 4), 4, GRAY)
    add_direct(expected, "gray_alpha8.png", random_samples(4, 6, 2, 8), 8, GRAY_ALPHA)
    add_direct(expected, "rgb8.png", random_samples(4, 5, 3, 8), 8, RGB)
    add_direct(expected, "rgba8.png", random_samples(3, 5, 4, 8), 8, RGBA)
    add_direct(expected, "gray16.png", random_samples(4, 5, 1, 16), 16, GRAY)
    add_direct(expected, "gray_alpha16.png", random_samples(3, 4, 2, 16), 16, GRAY_ALPHA)
    add_direct(expected, "rgb16.png", random_samples(4, 3, 3, 16), 16, RGB)
    add_direct(expected, "rgba16.png", random_samples(3, 3, 4, 16), 16, RGBA)
    add_direct(expected, "interlaced_rgb8.png", random_samples(9, 11, 3, 8), 8, RGB, interlaced=True)
    add_direct(expected, "interlaced_gray1.png", random_samples(11, 13, 1, 1), 1, GRAY, interlaced=True)
    add_direct(expected, "interlaced_gray16.png", random_samples(7, 10, 1, 16), 16, GRAY, interlaced=True)
    add_direct(expected, "interlaced_gray_alpha8.png", random_samples(6, 7, 2, 8), 8, GRAY_ALPHA, interlaced=True)
    # Colour-management chunks change nothing: Pillow ignores them, and so does the decoder.
    gamma_one = chunk(b"gAMA", struct.pack(">I", 100000))
    add_direct(expected, "gamma1_gray8.png", random_samples(4, 4, 1, 8), 8, GRAY, before_idat=[gamma_one])
    srgb = chunk(b"sRGB", b"\x00")
    add_direct(expected, "srgb_rgb16.png", random_samples(3, 4, 3, 16), 16, RGB, before_idat=[srgb])

    palette = rng.integers(0, 256, size=(40, 3))
    add_palette(expected, "palette8.png", rng.integers(0, 40, size=(5, 7, 1)), 8, palette)
    alphas = [0, 128, 255, 7, 64]
    add_palette(expected, "palette4_trns.png", rng.integers(0, 12, size=(4, 9, 1)), 4, palette[:12], alphas)
    indices = rng.integers(0, 4, size=(9, 10, 1))
    add_palette(expected, "interlaced_palette2_trns.png", indices, 2, palette[:4], [255, 0, 90], interlaced=True)
    greys = np.repeat(np.arange(0, 256, 17)[:, None], 3, axis=1)
    add_palette(expected, "palette_grey.png", rng.integers(0, 16, size=(3, 6, 1)), 4, greys)

    # Grey with a transparent value: tRNS becomes an alpha channel.
    samples = random_samples(3, 5, 1, 2) * 85
    samples[0, 0, 0] = samples[2, 4, 0] = 170
    path = write("gray_trns.png", make_png(samples, 8, GRAY, trns=struct.pack(">H", 170)))
    own = np.concatenate([samples, np.where(samples == 170, 0, 255)], axis=2)
    pixels, reference = pillow_pixels(path, 2)
    assert np.array_equal(pixels, own)
    expected["gray_trns.png"] = entry(pixels, reference)

    add_pillow_written(expected, "pillow_gray.png", Image.fromarray(rng.integers(0, 256, (12, 10), np.uint8)), 1)
    add_pillow_written(expected, "pillow_rgba.png", Image.fromarray(rng.integers(0, 256, (6, 9, 4), np.uint8)), 4)


def broken_files(expected):
    good = make_png(random_samples(20, 20, 3, 8), 8, RGB)
    idat = good.index(b"IDAT")
    add_error(expected, "not_a_png.png", b"This is a text file, not an image.\n", "notPNG")
    add_error(expected, "empty.png", b"", "notPNG")
    add_error(expected, "truncated.png", good[: idat + 200], "corruptData")
    bad_crc = bytearray(good)
    bad_crc[idat + 40] ^= 0xFF
    add_error(expected, "bad_crc.png", bytes(bad_crc), "corruptData")
    length = struct.unpack(">I", good[idat - 4 : idat])[0]
    garbage = bytes(rng.integers(0, 256, size=length, dtype=np.uint8))
    add_error(expected, "bad_zlib.png", good[: idat - 4] + chunk(b"IDAT", garbage) + chunk(b"IEND", b""), "corruptData")
    bad_depth = struct.pack(">IIBBBBB", 4, 4, 3, GRAY, 0, 0, 0)
    add_error(expected, "bad_ihdr.png", good[:8] + chunk(b"IHDR", bad_depth) + good[33:], "corruptHeader")
    # libpng 1.6's simplified reader misplaces the rows of interlaced 16-bit files read as 8-bit, the only
    # way to read 16-bit alpha without premultiplying, so the decoder refuses them.
    interlaced_rgba16 = make_png(random_samples(5, 6, 4, 16), 16, RGBA, interlaced=True)
    add_error(expected, "interlaced_rgba16.png", interlaced_rgba16, "unsupported")
    huge = struct.pack(">IIBBBBB", 1_000_000, 1_000_000, 8, RGBA, 0, 0, 0)
    add_error(expected, "huge.png", good[:8] + chunk(b"IHDR", huge) + good[33:], "tooLarge")


def mnist_expected():
    result = {}
    for name in MNIST_FILES:
        pixels = np.array(Image.open(MNIST / name))
        assert pixels.dtype == np.uint8 and pixels.shape == (28, 28), name
        result[name] = entry(pixels, "np.array(Image.open(p))")
    return result


def write_json(name, entries):
    """One file per line, so a regenerated fixture shows up as a one-line diff."""
    lines = [f"{json.dumps(key)}: {json.dumps(entries[key], sort_keys=True)}" for key in sorted(entries)]
    (HERE / name).write_text("{\n" + ",\n".join(lines) + "\n}\n")


def main():
    expected = {}
    valid_files(expected)
    broken_files(expected)
    write_json("expected.json", expected)
    if MNIST.is_dir():
        write_json("mnist_expected.json", mnist_expected())


if __name__ == "__main__":
    main()
