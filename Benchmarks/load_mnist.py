"""The lesson load path of chapter 13 with PIL, NumPy and PyTorch: the peer of load-mnist.md and
load-mnist-datablock.md.

Usage: load_mnist.py FOLDER [--datablock]   (FOLDER is the extracted mnist_png/, with training/ and testing/)

Without --datablock: every PNG decoded with PIL into one NumPy uint8 array, as the book loads images
(`np.stack([np.array(Image.open(o)) for o in files])`). With it: fast.ai's DataBlock recipe in plain PyTorch, one
pass over the training (shuffled, last batch dropped) and validation batches of 512, each image opened with PIL,
scaled to 0...1 and normalised with the first training batch's mean and std, as fast.ai's Normalize() does.
"""
import os
import sys
from pathlib import Path

import numpy as np
from PIL import Image


def image_files(folder):
    """fast.ai's get_image_files: the PNGs under `folder`, walked with os.walk (hidden names skipped)."""
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files += [Path(root) / n for n in sorted(names) if n.lower().endswith(".png") and not n.startswith(".")]
    return files


def load_all(folder):
    files = image_files(folder)
    images = np.stack([np.array(Image.open(f)) for f in files])
    print(len(files), images.shape, images.dtype)


def datablock_pass(folder):
    import torch
    from torch.utils.data import DataLoader, Dataset

    files = image_files(folder)
    split = {"training": [], "testing": []}
    for f in files:
        split[f.parent.parent.name].append(f)
    vocab = sorted({f.parent.name for f in split["training"]})
    index = {label: i for i, label in enumerate(vocab)}

    class Images(Dataset):
        def __init__(self, items):
            self.items = items

        def __len__(self):
            return len(self.items)

        def __getitem__(self, i):
            image = torch.from_numpy(np.array(Image.open(self.items[i]).convert("L")))[None]
            return image, index[self.items[i].parent.name]

    torch.manual_seed(0)
    train = DataLoader(Images(split["training"]), batch_size=512, shuffle=True, drop_last=True)
    valid = DataLoader(Images(split["testing"]), batch_size=512)
    x, _ = next(iter(train))
    x = x.float() / 255
    mean, std = x.mean((0, 2, 3), keepdim=True), x.std((0, 2, 3), keepdim=True) + 1e-7
    seen = 0
    for loader in (train, valid):
        for xb, _ in loader:
            xb = (xb.float() / 255 - mean) / std
            seen += xb.shape[0]
    print(seen)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[2] == "--datablock":
        datablock_pass(Path(sys.argv[1]))
    else:
        load_all(Path(sys.argv[1]))
