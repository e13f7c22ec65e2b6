"""The PyTorch twin of Benchmarks/training-simple-net.md: fast.ai chapter 4's simple net trained on MNIST 3s and 7s.

Run by Benchmarks/training.sh. The loop is the one fast.ai's Learner runs, written in plain PyTorch:
Linear(784, 30), ReLU, Linear(30, 1); the mnist loss (sigmoid, then the distance to the target); SGD without
momentum at lr 0.1; batches of 256 from a shuffled DataLoader over a list of (x, y) pairs, as in the book; every
epoch, the training batches (loss.item() per batch, as fast.ai's recorder takes it), then the validation loss
and accuracy under no_grad.

With `--loader index` the batches are instead gathered from the stacked tensors by a random permutation
(`train_x[perm[i:i + 256]]`), the fastest way to batch in plain PyTorch: not the book's loop, but a lower bound
for the time PyTorch needs.

Prints one JSON object: per-epoch milliseconds (wall), their mean and median, the mean CPU time per epoch (all
threads: the machine may be shared), the final valid loss and accuracy.

Usage: training_pytorch.py DATA_DIR [--epochs 40] [--lr 0.1] [--batch-size 256] [--seed 42] [--threads N]
                           [--loader list|index]
DATA_DIR holds mnist_sample/ (fast.ai's MNIST_SAMPLE layout of PNGs); needs torch, numpy and Pillow.
"""
import argparse
import json
import os
import statistics
import time

import numpy as np
import torch
from PIL import Image
from torch import nn
from torch.utils.data import DataLoader


def stacked_digits(folder):
    """The PNGs of one folder, in sorted order, as a float tensor [n, 28, 28] scaled to 0...1."""
    names = sorted(n for n in os.listdir(folder) if n.endswith(".png"))
    images = np.stack([np.array(Image.open(os.path.join(folder, n))) for n in names])
    return torch.tensor(images).float() / 255


def labels(threes, sevens):
    return torch.tensor([1] * threes + [0] * sevens).unsqueeze(1)


class IndexBatches:
    """Batches gathered from stacked tensors by index: `x[perm[i:i + size]]`, a new permutation per pass."""

    def __init__(self, x, y, size, shuffle):
        self.x, self.y, self.size, self.shuffle = x, y, size, shuffle

    def __len__(self):
        return (len(self.x) + self.size - 1) // self.size

    def __iter__(self):
        order = torch.randperm(len(self.x)) if self.shuffle else torch.arange(len(self.x))
        for start in range(0, len(self.x), self.size):
            batch = order[start : start + self.size]
            yield self.x[batch], self.y[batch]


def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets == 1, 1 - predictions, predictions).mean()


def batch_accuracy(xb, yb):
    preds = xb.sigmoid()
    correct = (preds > 0.5) == yb
    return correct.float().mean()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (default: PyTorch's own)")
    parser.add_argument("--loader", choices=["list", "index"], default="list")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)

    root = os.path.join(args.data, "mnist_sample")
    train3, train7 = (stacked_digits(os.path.join(root, "train", d)) for d in "37")
    valid3, valid7 = (stacked_digits(os.path.join(root, "valid", d)) for d in "37")
    train_x = torch.cat([train3, train7]).view(-1, 28 * 28)
    train_y = labels(len(train3), len(train7))
    valid_x = torch.cat([valid3, valid7]).view(-1, 28 * 28)
    valid_y = labels(len(valid3), len(valid7))

    if args.loader == "list":
        dl = DataLoader(list(zip(train_x, train_y)), batch_size=args.batch_size, shuffle=True)
        valid_dl = DataLoader(list(zip(valid_x, valid_y)), batch_size=args.batch_size)
    else:
        dl = IndexBatches(train_x, train_y, args.batch_size, shuffle=True)
        valid_dl = IndexBatches(valid_x, valid_y, args.batch_size, shuffle=False)
    model = nn.Sequential(nn.Linear(28 * 28, 30), nn.ReLU(), nn.Linear(30, 1))
    opt = torch.optim.SGD(model.parameters(), lr=args.lr)

    epoch_ms = []
    epoch_cpu_ms = []
    valid_loss = accuracy = float("nan")
    for _ in range(args.epochs):
        start = time.perf_counter()
        start_cpu = time.process_time()
        for xb, yb in dl:
            loss = mnist_loss(model(xb), yb)
            loss.backward()
            opt.step()
            opt.zero_grad()
            loss.item()
        with torch.no_grad():
            total_loss = total_accuracy = 0.0
            count = 0
            for xb, yb in valid_dl:
                preds = model(xb)
                total_loss += mnist_loss(preds, yb).item() * len(xb)
                total_accuracy += batch_accuracy(preds, yb).item() * len(xb)
                count += len(xb)
            valid_loss, accuracy = total_loss / count, total_accuracy / count
        epoch_ms.append((time.perf_counter() - start) * 1000)
        epoch_cpu_ms.append((time.process_time() - start_cpu) * 1000)

    print(
        json.dumps(
            {
                "epochs": args.epochs,
                "batches_per_epoch": len(dl),
                "threads": torch.get_num_threads(),
                "loader": args.loader,
                "torch": torch.__version__,
                "epoch_ms": [round(t, 2) for t in epoch_ms],
                "mean_epoch_ms": round(statistics.mean(epoch_ms), 2),
                "median_epoch_ms": round(statistics.median(epoch_ms), 2),
                "mean_epoch_cpu_ms": round(statistics.mean(epoch_cpu_ms), 2),
                "valid_loss": round(valid_loss, 6),
                "accuracy": round(accuracy, 6),
            }
        )
    )


if __name__ == "__main__":
    main()
