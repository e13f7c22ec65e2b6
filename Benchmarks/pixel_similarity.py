"""The pixel-similarity workload of lessons 01-02 in PyTorch with PIL, as fast.ai's book writes it.

Usage: pixel_similarity.py DATA_DIR   (DATA_DIR holds mnist_sample/)
"""
import sys
from pathlib import Path

import numpy as np
import torch
from PIL import Image


def stacked_digits(folder):
    return torch.stack([torch.tensor(np.array(Image.open(o))) for o in sorted(folder.iterdir())]).float() / 255


def main():
    path = Path(sys.argv[1]) / "mnist_sample"
    stacked_threes = stacked_digits(path / "train" / "3")
    stacked_sevens = stacked_digits(path / "train" / "7")
    mean3 = stacked_threes.mean(0)
    mean7 = stacked_sevens.mean(0)
    valid_3_tens = stacked_digits(path / "valid" / "3")
    valid_7_tens = stacked_digits(path / "valid" / "7")

    def mnist_distance(a, b):
        return (a - b).abs().mean((-1, -2))

    def is_3(x):
        return mnist_distance(x, mean3) < mnist_distance(x, mean7)

    accuracy_3s = is_3(valid_3_tens).float().mean()
    accuracy_7s = (1 - is_3(valid_7_tens).float()).mean()
    print(accuracy_3s, accuracy_7s, (accuracy_3s + accuracy_7s) / 2)


if __name__ == "__main__":
    main()
