"""Times the tensor benchmark's workloads in NumPy and, when importable, PyTorch.

Run by `tensor-benchmark` (Sources/TensorBenchmark); prints JSON {workload: {peer: median ms}}.
Usage: tensor_peers.py DATA_DIR SAMPLES
"""
import json
import os
import statistics
import sys
import time

import numpy as np


def load_digits(folder):
    """The PNGs of one MNIST_SAMPLE folder as uint8 28x28 arrays, in sorted order (needs Pillow)."""
    from PIL import Image

    names = sorted(n for n in os.listdir(folder) if n.endswith(".png"))
    return [np.array(Image.open(os.path.join(folder, n))) for n in names]


def median_ms(function, samples, calls=1):
    function()
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        for _ in range(calls):
            function()
        times.append((time.perf_counter() - start) * 1000 / calls)
    return statistics.median(times)


def numpy_workloads(threes, sevens, valid_threes):
    stacked = np.stack(threes).astype(np.float32) / 255
    mean3 = stacked.mean(0)
    valid = np.stack(valid_threes).astype(np.float32) / 255
    train_x = np.concatenate([stacked, np.stack(sevens).astype(np.float32) / 255]).reshape(-1, 784)
    rng = np.random.default_rng(0)
    weights = rng.standard_normal((784, 30), dtype=np.float32)
    batch = train_x[:256]
    big = rng.standard_normal(10_000_000, dtype=np.float32)
    other = rng.standard_normal(10_000_000, dtype=np.float32)
    one, two = np.float32(1.0), np.float32(2.0)
    zero_d_one, zero_d_two = np.array(one), np.array(two)
    return {
        "stack 6131 uint8 28x28, .float()/255": (lambda: np.stack(threes).astype(np.float32) / 255, 1),
        "mean(0) of 6131x28x28": (lambda: stacked.mean(0), 1),
        "(v3 - mean3).abs().mean([-1, -2]), 1010x28x28": (lambda: np.abs(valid - mean3).mean((-1, -2)), 10),
        "12396x784 @ 784x30": (lambda: train_x @ weights, 1),
        "10M-element add": (lambda: big + other, 1),
        "10M-element sum": (lambda: big.sum(), 1),
        "256x784 @ 784x30": (lambda: batch @ weights, 20),
        "0-d tensor add": (lambda: zero_d_one + zero_d_two, 10_000),
    }


def torch_workloads(threes, sevens, valid_threes):
    import torch

    tensors3 = [torch.tensor(t) for t in threes]
    tensors7 = [torch.tensor(t) for t in sevens]
    stacked = torch.stack(tensors3).float() / 255
    mean3 = stacked.mean(0)
    valid = torch.stack([torch.tensor(t) for t in valid_threes]).float() / 255
    train_x = torch.cat([stacked, torch.stack(tensors7).float() / 255]).view(-1, 784)
    torch.manual_seed(0)
    weights = torch.randn(784, 30)
    batch = train_x[:256]
    big = torch.randn(10_000_000)
    other = torch.randn(10_000_000)
    one, two = torch.tensor(1.0), torch.tensor(2.0)
    return {
        "stack 6131 uint8 28x28, .float()/255": (lambda: torch.stack(tensors3).float() / 255, 1),
        "mean(0) of 6131x28x28": (lambda: stacked.mean(0), 1),
        "(v3 - mean3).abs().mean([-1, -2]), 1010x28x28": (lambda: (valid - mean3).abs().mean((-1, -2)), 10),
        "12396x784 @ 784x30": (lambda: train_x @ weights, 1),
        "10M-element add": (lambda: big + other, 1),
        "10M-element sum": (lambda: big.sum(), 1),
        "256x784 @ 784x30": (lambda: batch @ weights, 20),
        "0-d tensor add": (lambda: one + two, 10_000),
    }


def main():
    data, samples = sys.argv[1], int(sys.argv[2])
    sample = os.path.join(data, "mnist_sample")
    threes = load_digits(os.path.join(sample, "train", "3"))
    sevens = load_digits(os.path.join(sample, "train", "7"))
    valid_threes = load_digits(os.path.join(sample, "valid", "3"))
    results = {}
    peers = {"numpy": numpy_workloads}
    try:
        import torch  # noqa: F401

        peers["torch"] = torch_workloads
    except ImportError:
        pass
    for peer, build in peers.items():
        for name, (function, calls) in build(threes, sevens, valid_threes).items():
            results.setdefault(name, {})[peer] = median_ms(function, samples, calls)
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
