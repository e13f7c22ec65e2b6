"""Writes gallery.ipynb, the Jupyter twin of gallery.md: the same ten images, two pixel tables and three plots,
in Python with PIL, NumPy, matplotlib and pandas, as the fast.ai book draws them. The notebook is written without
outputs; Benchmarks/render.sh executes it once before timing `jupyter nbconvert --to html`.

    python3 Benchmarks/render/make_notebook.py   # after changing the cells below

Needs only the standard library (the notebook is plain nbformat 4 JSON).
"""

import json
from pathlib import Path

CELLS = [
    ("markdown", """# Benchmark: a gallery of rich outputs

The Jupyter twin of `gallery.md`: ten images, two pixel tables and three plots, drawn from the MNIST sample
shipped in `data/`. `Benchmarks/render.sh` executes this notebook once, then times
`jupyter nbconvert --to html` on the executed copy."""),
    ("code", """from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from PIL import Image"""),
    ("markdown", """## The data

The training 3s and 7s, stacked, and the ideal digits (the mean of each stack):"""),
    ("code", """path = Path("../../data/mnist_sample")


def stacked_digits(folder):
    return np.stack([np.array(Image.open(p)) for p in sorted(folder.iterdir())]).astype(np.float32) / 255


threes = stacked_digits(path / "train" / "3")
sevens = stacked_digits(path / "train" / "7")
mean3 = threes.mean(0)
mean7 = sevens.mean(0)


def show_image(im, title=None, ax=None):
    \"\"\"fast.ai's show_image: one image on its own axes, Greys, no ticks.\"\"\"
    if ax is None:
        _, ax = plt.subplots(figsize=(3, 3))
    ax.imshow(im, cmap="Greys")
    ax.set_axis_off()
    if title is not None:
        ax.set_title(title)


def show_images(ims, nrows=1, titles=None):
    \"\"\"fast.ai's show_images: a grid of images on one figure.\"\"\"
    ncols = -(-len(ims) // nrows)
    _, axs = plt.subplots(nrows, ncols, figsize=(ncols * 1.5, nrows * 1.5))
    for im, title, ax in zip(ims, titles or [None] * len(ims), axs.flat):
        show_image(im, title, ax)


threes.shape, sevens.shape"""),
    ("markdown", """## Ten images

The two ideal digits, one picture each:"""),
    ("code", 'show_image(mean3, "ideal 3")'),
    ("code", 'show_image(mean7, "ideal 7")'),
    ("markdown", "And eight of the digits they were averaged from, in a grid of two rows:"),
    ("code", 'show_images(np.concatenate([threes[:4], sevens[:4]]), nrows=2, titles=["3"] * 4 + ["7"] * 4)'),
    ("markdown", """## Two pixel tables

The top of one 3 as raw bytes, shaded with `background_gradient("Greys")`:"""),
    ("code", """im3 = np.array(Image.open(sorted((path / "train" / "3").iterdir())[1]))
pd.DataFrame(im3[4:15, 4:22]).style.set_properties(**{"font-size": "6pt"}).background_gradient("Greys")"""),
    ("markdown", "The same corner of the ideal 7, floats in pandas' default colour map (`PuBu`):"),
    ("code", "pd.DataFrame(mean7[4:15, 4:22]).style.background_gradient()"),
    ("markdown", """## Three plots

A function, as fast.ai's `plot_function` draws it:"""),
    ("code", """x = np.linspace(-4, 4, 100)
_, ax = plt.subplots()
ax.plot(x, 1 / (1 + np.exp(-x)))
ax.set_xlabel("x")
ax.set_ylabel("sigmoid(x)")
ax.set_title("Sigmoid");"""),
    ("markdown", "Points: the book's roller coaster, a noisy quadratic:"),
    ("code", """rng = np.random.default_rng(42)
time = np.arange(0, 20, dtype=np.float32)
speed = rng.standard_normal(20) * 3 + 0.75 * (time - 9.5) ** 2 + 1
plt.scatter(time, speed);"""),
    ("markdown", "Lines: how much ink each row of the ideal digits holds, two series on one figure:"),
    ("code", """plt.plot(mean3.mean(1), label="3")
plt.plot(mean7.mean(1), label="7")
plt.title("Mean ink per row")
plt.legend();"""),
]


def cell(number, kind, text):
    lines = text.splitlines(keepends=True)
    entry = {"cell_type": kind, "id": f"cell-{number:02d}", "metadata": {}, "source": lines}
    if kind == "code":
        entry.update(execution_count=None, outputs=[])
    return entry


notebook = {
    "cells": [cell(number, kind, text) for number, (kind, text) in enumerate(CELLS, 1)],
    "metadata": {
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python"},
    },
    "nbformat": 4,
    "nbformat_minor": 5,
}
target = Path(__file__).with_name("gallery.ipynb")
target.write_text(json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
print(f"wrote {target}")
