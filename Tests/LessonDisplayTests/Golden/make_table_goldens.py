"""Writes table_goldens.json: the colours pandas gives each cell of `df.style.background_gradient(cmap, axis=...)`.

Run from the repository with a Python that has pandas, matplotlib and jinja2, such as the one
scripts/setup-benchmark-peers makes in .peers/:

    .peers/bin/python Tests/LessonDisplayTests/Golden/make_table_goldens.py

Each case records the table ("rows", "columns", "values" row by row, null for NaN), the colour map, the axis as
pandas takes it (0: each column scaled on its own, 1: each row, null: the whole table) and, row by row, each cell's
"background" and "color" from the CSS pandas computes.
"""

import json
import math
import pathlib

import pandas as pd

TABLES = {
    # A crop of a handwritten 3 as the book shows one: a blank column, dark strokes, a few grey edges.
    "digit": [
        [0, 0, 0, 0, 0, 0],
        [0, 0, 29, 150, 195, 254],
        [0, 48, 166, 224, 253, 253],
        [0, 93, 244, 249, 253, 187],
        [0, 107, 253, 253, 230, 48],
        [0, 3, 20, 20, 15, 0],
    ],
    # Floats of both signs, a constant row, a constant column and a missing value.
    "floats": [
        [-1.5, 0.25, 3.0, 7.0],
        [0.0, 0.25, -2.0, 7.0],
        [2.5, 0.25, math.nan, 6.0],
        [0.25, 0.25, 0.25, 0.25],
    ],
    # One column, as a rank-1 tensor shows.
    "column": [[0.1], [0.4], [0.35], [0.8], [0.0]],
}
COLOUR_MAPS = ["PuBu", "Greys", "viridis", "Blues"]
AXES = [0, 1, None]


def cell_colours(frame, cmap, axis):
    """Background and text colour of every cell, row by row, as pandas' Styler computes them."""
    styler = frame.style.background_gradient(cmap=cmap, axis=axis)
    styler._compute()
    rows = []
    for r in range(frame.shape[0]):
        row = []
        for c in range(frame.shape[1]):
            css = dict(styler.ctx[(r, c)])
            row.append({"background": css["background-color"], "color": css["color"]})
        rows.append(row)
    return rows


def main():
    cases = []
    for name, values in TABLES.items():
        frame = pd.DataFrame(values, dtype=float)
        for cmap in COLOUR_MAPS:
            for axis in AXES:
                cases.append(
                    {
                        "table": name,
                        "rows": frame.shape[0],
                        "columns": frame.shape[1],
                        "values": [[None if math.isnan(v) else v for v in row] for row in values],
                        "cmap": cmap,
                        "axis": axis,
                        "cells": cell_colours(frame, cmap, axis),
                    }
                )
    output = pathlib.Path(__file__).with_name("table_goldens.json")
    output.write_text(json.dumps({"pandas": pd.__version__, "cases": cases}, indent=1) + "\n")
    print(f"{output}: {len(cases)} cases")


if __name__ == "__main__":
    main()
