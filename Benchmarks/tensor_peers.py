"""Times the tensor benchmark's workloads in NumPy and, when importable, PyTorch.

Run by `tensor-benchmark` (Sources/TensorBenchmark); prints JSON {workload: {peer: median ms}}.
Usage: tensor_peers.py DATA_DIR SAMPLES THREADS CLOCK [PEER]

Without PEER it runs each available peer (numpy, torch) in a process of its own, so that one library's worker
threads (OpenBLAS spinning after a matrix product, PyTorch's OpenMP pool) never slow the other down. Each peer
uses THREADS threads, as many as the Swift side. CLOCK is `wall` (time.perf_counter) or `cpu` (time.process_time:
the CPU time of the peer's process, for one thread on a busy machine).
"""
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np


def load_digits(folder):
    """The PNGs of one MNIST_SAMPLE folder as uint8 28x28 arrays, in sorted order (needs Pillow)."""
    from PIL import Image

    names = sorted(n for n in os.listdir(folder) if n.endswith(".png"))
    return [np.array(Image.open(os.path.join(folder, n))) for n in names]


CLOCKS = {"wall": time.perf_counter, "cpu": time.process_time}


def median_ms(function, samples, calls, clock):
    function()
    times = []
    for _ in range(samples):
        start = clock()
        for _ in range(calls):
            function()
        times.append((clock() - start) * 1000 / calls)
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
        **torch_convolution_workloads(tensors3, tensors7),
    }


EDGE_KERNELS = [
    [[-1, 1, 0], [-1, 1, 0], [-1, 1, 0]],
    [[-1, -1, -1], [0, 0, 0], [1, 1, 1]],
    [[0, -1, 1], [-1, 1, 0], [1, 0, 0]],
    [[1, -1, 0], [0, 1, -1], [0, 0, 1]],
]


def torch_convolution_workloads(tensors3, tensors7):
    """Chapter 13: the edge kernels over 64 digits, simple_cnn (fast.ai's conv(ni, nf, ks, act): Conv2d stride 2,
    ReLU unless last, BatchNorm2d; then flatten) forward and forward+backward with cross-entropy, and the
    cross-entropy of [512, 10], written with torch.nn.functional as the Swift side writes them."""
    import torch
    import torch.nn.functional as F

    images = (torch.stack(tensors3[:64]).float() / 255).unsqueeze(1)
    edges = torch.tensor(EDGE_KERNELS, dtype=torch.float32).unsqueeze(1)
    torch.manual_seed(13)
    layers = []
    for inputs, outputs, size in [(1, 8, 5), (8, 16, 3), (16, 32, 3), (32, 64, 3), (64, 10, 3)]:
        weight = (torch.randn(outputs, inputs, size, size) / (inputs * size * size) ** 0.5).requires_grad_()
        params = [torch.zeros(outputs, requires_grad=True), torch.ones(outputs, requires_grad=True),
                  torch.zeros(outputs, requires_grad=True), torch.zeros(outputs), torch.ones(outputs)]
        layers.append((weight, *params, size))

    def model(x):
        for index, (weight, bias, scale, shift, mean, var, size) in enumerate(layers):
            x = F.conv2d(x, weight, bias, stride=2, padding=size // 2)
            if index < len(layers) - 1:
                x = F.relu(x)
            x = F.batch_norm(x, mean, var, scale, shift, training=True)
        return x.flatten(1)

    def batch(size):
        half = size // 2
        pixels = torch.stack(tensors3[:half] + tensors7[:half]).float() / 255
        x = ((pixels - pixels.mean()) / pixels.std()).unsqueeze(1)
        return x, torch.tensor([3] * half + [7] * half)

    (x64, y64), (x512, y512) = batch(64), batch(512)
    logits = torch.randn(512, 10, requires_grad=True)
    targets = torch.randint(0, 10, (512,))
    return {
        "conv2d [64, 1, 28, 28] digits, 4 edge kernels": (lambda: F.conv2d(images, edges), 10),
        "simple_cnn forward, batch 64": (lambda: model(x64), 2),
        "simple_cnn forward+backward, batch 64": (lambda: F.cross_entropy(model(x64), y64).backward(), 1),
        "simple_cnn forward, batch 512": (lambda: model(x512), 1),
        "simple_cnn forward+backward, batch 512": (lambda: F.cross_entropy(model(x512), y512).backward(), 1),
        "cross-entropy forward+backward [512, 10]": (lambda: F.cross_entropy(logits, targets).backward(), 20),
    }


def run_peer(peer, data, samples, clock):
    """Times every workload in one peer library: {workload: ms}."""
    sample = os.path.join(data, "mnist_sample")
    threes = load_digits(os.path.join(sample, "train", "3"))
    sevens = load_digits(os.path.join(sample, "train", "7"))
    valid_threes = load_digits(os.path.join(sample, "valid", "3"))
    build = {"numpy": numpy_workloads, "torch": torch_workloads}[peer]
    return {
        name: median_ms(function, samples, calls, clock)
        for name, (function, calls) in build(threes, sevens, valid_threes).items()
    }


def main():
    data, samples, threads, clock = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
    if len(sys.argv) > 5:
        if sys.argv[5] == "torch":
            import torch

            torch.set_num_threads(int(threads))
        json.dump(run_peer(sys.argv[5], data, samples, CLOCKS[clock]), sys.stdout)
        return
    peers = ["numpy"]
    if importlib.util.find_spec("torch") is not None:
        peers.append("torch")
    results = {}
    for peer in peers:
        output = subprocess.run(
            [sys.executable, __file__, data, str(samples), threads, clock, peer], check=True, capture_output=True,
            text=True,
            env=dict(os.environ, OMP_NUM_THREADS=threads, OPENBLAS_NUM_THREADS=threads, MKL_NUM_THREADS=threads),
        ).stdout
        for name, ms in json.loads(output).items():
            results.setdefault(name, {})[peer] = ms
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
