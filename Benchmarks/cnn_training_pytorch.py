"""The PyTorch twin of Benchmarks/cnn-one-cycle.md: fast.ai chapter 13's batch-norm CNN trained on the full MNIST
with fast.ai's recipe, written in plain PyTorch.

Run by Benchmarks/cnn-training.sh. The recipe is what `Learner(dls, simple_cnn(), loss_func=F.cross_entropy,
metrics=accuracy).fit_one_cycle(5, 0.1)` does with batches of 512:
- the data: the 60,000 training images scaled to 0...1 and normalised by the training set's mean and standard
  deviation, shuffled every epoch, the last partial batch dropped (fast.ai's training loader); the 10,000 test
  images as the validation set, in order;
- the model: `conv(1, 8, ks=5)`, `conv(8, 16)`, `conv(16, 32)`, `conv(32, 64)`, `conv(64, 10, act=False)`, `Flatten()`,
  each `conv` a stride-2 `Conv2d`, a `BatchNorm2d` and (but the last) a `ReLU`, PyTorch's default initialisation;
- the optimizer: fast.ai's `Adam` (betas 0.9 scheduled and 0.99, eps 1e-5, weight decay 0.01 applied as
  `p *= 1 - lr * wd` before the step, and not to biases or batch-norm parameters), which is `torch.optim.AdamW`;
- the schedule: fast.ai's one cycle, set before every training batch at the position `i / total`: the learning rate
  along a cosine from 0.1 / 25 up to 0.1 over the first quarter, then down to 0.1 / 1e5; the first beta 0.95 down
  to 0.85 and back (fast.ai's `combined_cos`, not `OneCycleLR`, whose positions and final rate differ slightly);
- every epoch, the training batches (the loss read with `.item()` per batch, as fast.ai's recorder does), then the
  validation loss and accuracy under `no_grad`.

Prints one JSON object: per-epoch milliseconds (wall) and CPU milliseconds (all threads: the machine may be shared),
their means, the final valid loss and accuracy.

Usage: cnn_training_pytorch.py IDX_DIR [--epochs 5] [--lr 0.1] [--batch-size 512] [--seed 42] [--threads N]
IDX_DIR holds MNIST's train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz and
t10k-labels-idx1-ubyte.gz; needs torch and numpy.
"""
import argparse
import gzip
import json
import math
import os
import statistics
import time

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F


def idx(path):
    """The array in an IDX file (gzipped): uint8 images [n, 28, 28] or labels [n]."""
    with gzip.open(path, "rb") as file:
        data = file.read()
    dims = data[3]
    shape = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def mnist(folder, name):
    images = torch.tensor(idx(os.path.join(folder, f"{name}-images-idx3-ubyte.gz"))).float().unsqueeze(1) / 255
    labels = torch.tensor(idx(os.path.join(folder, f"{name}-labels-idx1-ubyte.gz"))).long()
    return images, labels


def conv(ni, nf, ks=3, act=True):
    layers = [nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks // 2), nn.BatchNorm2d(nf)]
    if act:
        layers.append(nn.ReLU())
    return nn.Sequential(*layers)


def simple_cnn():
    return nn.Sequential(
        conv(1, 8, ks=5), conv(8, 16), conv(16, 32), conv(32, 64), conv(64, 10, act=False), nn.Flatten()
    )


def combined_cos(pct, start, middle, end):
    """fast.ai's `combined_cos`: cosine from `start` to `middle` over `pct` of training, then to `end`."""

    def cos_sched(a, b, pos):
        return a + (1 + math.cos(math.pi * (1 - pos))) * (b - a) / 2

    def schedule(pos):
        if pos < pct:
            return cos_sched(start, middle, pos / pct)
        return cos_sched(middle, end, (pos - pct) / (1 - pct))

    return schedule


def parameter_groups(model, wd):
    """fast.ai's `wd_bn_bias=False`: no weight decay on biases and batch-norm parameters."""
    no_decay = set()
    for module in model.modules():
        if isinstance(module, nn.BatchNorm2d):
            no_decay.update(id(p) for p in module.parameters())
        elif getattr(module, "bias", None) is not None:
            no_decay.add(id(module.bias))
    params = list(model.parameters())
    return [
        {"params": [p for p in params if id(p) not in no_decay], "weight_decay": wd},
        {"params": [p for p in params if id(p) in no_decay], "weight_decay": 0.0},
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("idx")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--lr", type=float, default=0.1)
    parser.add_argument("--batch-size", type=int, default=512)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--threads", type=int, default=0, help="torch.set_num_threads (default: PyTorch's own)")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)

    train_x, train_y = mnist(args.idx, "train")
    valid_x, valid_y = mnist(args.idx, "t10k")
    mean, std = train_x.mean(), train_x.std()
    train_x, valid_x = (train_x - mean) / std, (valid_x - mean) / std

    model = simple_cnn()
    opt = torch.optim.AdamW(parameter_groups(model, 0.01), lr=args.lr, betas=(0.95, 0.99), eps=1e-5)
    batches = len(train_x) // args.batch_size  # the last partial batch is dropped
    total = batches * args.epochs
    lr_sched = combined_cos(0.25, args.lr / 25, args.lr, args.lr / 1e5)
    mom_sched = combined_cos(0.25, 0.95, 0.85, 0.95)

    epoch_ms, epoch_cpu_ms = [], []
    step = 0
    valid_loss = accuracy = float("nan")
    for _ in range(args.epochs):
        start, start_cpu = time.perf_counter(), time.process_time()
        model.train()
        order = torch.randperm(len(train_x))
        for b in range(batches):
            index = order[b * args.batch_size : (b + 1) * args.batch_size]
            for group in opt.param_groups:
                group["lr"] = lr_sched(step / total)
                group["betas"] = (mom_sched(step / total), 0.99)
            loss = F.cross_entropy(model(train_x[index]), train_y[index])
            loss.backward()
            opt.step()
            opt.zero_grad()
            loss.item()
            step += 1
        model.eval()
        with torch.no_grad():
            total_loss = correct = 0.0
            for b in range(0, len(valid_x), args.batch_size):
                xb, yb = valid_x[b : b + args.batch_size], valid_y[b : b + args.batch_size]
                preds = model(xb)
                total_loss += F.cross_entropy(preds, yb).item() * len(xb)
                correct += (preds.argmax(-1) == yb).float().sum().item()
            valid_loss, accuracy = total_loss / len(valid_x), correct / len(valid_x)
        epoch_ms.append((time.perf_counter() - start) * 1000)
        epoch_cpu_ms.append((time.process_time() - start_cpu) * 1000)

    print(
        json.dumps(
            {
                "epochs": args.epochs,
                "batches_per_epoch": batches,
                "threads": torch.get_num_threads(),
                "torch": torch.__version__,
                "epoch_ms": [round(t, 1) for t in epoch_ms],
                "mean_epoch_ms": round(statistics.mean(epoch_ms), 1),
                "mean_epoch_cpu_ms": round(statistics.mean(epoch_cpu_ms), 1),
                "valid_loss": round(valid_loss, 6),
                "accuracy": round(accuracy, 6),
            }
        )
    )


if __name__ == "__main__":
    main()
