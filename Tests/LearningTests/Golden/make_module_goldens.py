#!/usr/bin/env python3
"""Writes module_goldens.json: what PyTorch's `torch.nn` modules print, hold and compute, for the Swift tests of the
`Learning` modules (Tests/LearningTests/ModuleGoldenTests.swift rebuilds each case by its name).

Run from the repository with a Python that has PyTorch (2.15, CPU), such as the one scripts/setup-benchmark-peers
makes in .peers/:

    .peers/bin/python Tests/LearningTests/Golden/make_module_goldens.py

Sections:
- "modules": for each named module, its printed form (`repr`), and the names and shapes of its parameters and
  buffers in PyTorch's order, and for layers initialised at random the bound of PyTorch's default uniform
  initialisation (kaiming uniform with a = sqrt(5) comes to 1/sqrt(fan_in)).
- "forward": a module's output and the gradients of its input and parameters for fixed parameter values (written
  out, so that the Swift side starts from the same numbers) and a fixed upstream gradient.
- "batch_norm": BatchNorm2d through a few training steps (outputs, running statistics, batches tracked), then its
  output after eval().
- "training": a tiny CNN (Conv2d, BatchNorm2d, ReLU, Flatten) trained for a few SGD steps on cross-entropy: the
  loss at each step, the parameters and running statistics at the end, and the eval output.
- "errors": the messages PyTorch raises for wrong inputs.
"""

import json
import math
import os

import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)


def values(tensor):
    flat = tensor.detach().contiguous().reshape(-1)
    if flat.is_floating_point():
        flat = flat.double()
    return {"shape": list(tensor.shape), "values": flat.tolist()}


def sample(*shape, seed):
    """Float32 numbers in [-1, 1) from a seeded generator: the Swift side reads them from the file."""
    g = torch.Generator().manual_seed(seed)
    return torch.rand(*shape, generator=g) * 2 - 1


def upstream(result):
    """The fixed gradient fed to backward: -0.75, -0.25, 0.25, 0.75, 1.25, -0.75, ..."""
    n = result.numel()
    return (((torch.arange(n) % 5) - 1.5) * 0.5).to(result.dtype).view(result.shape)


# ---------------------------------------------------------------------------------------------------------------
# Printed forms, parameters and buffers.


def simple_cnn():
    """Chapter 13's full-MNIST `simple_cnn` with fast.ai's `conv` (Conv2d, then BatchNorm2d and ReLU)."""

    def conv(ni, nf, ks=3, act=True):
        layers = [nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks // 2), nn.BatchNorm2d(nf)]
        if act:
            layers.append(nn.ReLU())
        return nn.Sequential(*layers)

    return nn.Sequential(
        conv(1, 8, ks=5), conv(8, 16), conv(16, 32), conv(32, 64), conv(64, 10, act=False), nn.Flatten())


def shared_linear():
    linear = nn.Linear(2, 3)
    return nn.Sequential(linear, nn.ReLU(), linear)


MODULES = {
    "conv_chapter13": lambda: nn.Conv2d(1, 4, kernel_size=3, stride=2, padding=1),
    "conv_book": lambda: nn.Conv2d(1, 30, kernel_size=3, stride=2, padding=1),
    "conv_defaults": lambda: nn.Conv2d(3, 8, 3),
    "conv_rectangular": lambda: nn.Conv2d(3, 8, (3, 5)),
    "conv_dilated_grouped": lambda: nn.Conv2d(4, 8, 3, dilation=2, groups=2, bias=False),
    "conv_pair_padding": lambda: nn.Conv2d(1, 4, 3, padding=(1, 2)),
    "conv_pair_stride": lambda: nn.Conv2d(2, 2, 1, stride=(1, 2)),
    "conv_no_bias": lambda: nn.Conv2d(8, 16, 3, stride=2, padding=1, bias=False),
    "batch_norm": lambda: nn.BatchNorm2d(8),
    "batch_norm_settings": lambda: nn.BatchNorm2d(3, eps=1e-3, momentum=0.01),
    "batch_norm_no_bias": lambda: nn.BatchNorm2d(3, bias=False),
    "batch_norm_plain": lambda: nn.BatchNorm2d(4, affine=False, track_running_stats=False),
    "batch_norm_cumulative": lambda: nn.BatchNorm2d(2, momentum=None),
    "max_pool": lambda: nn.MaxPool2d(2),
    "max_pool_pair": lambda: nn.MaxPool2d((2, 3)),
    "max_pool_settings": lambda: nn.MaxPool2d(3, stride=2, padding=1),
    "max_pool_ceil": lambda: nn.MaxPool2d(2, ceil_mode=True),
    "max_pool_dilated": lambda: nn.MaxPool2d(3, dilation=2),
    "avg_pool": lambda: nn.AvgPool2d(2),
    "avg_pool_settings": lambda: nn.AvgPool2d(3, stride=1, padding=1),
    "avg_pool_pairs": lambda: nn.AvgPool2d((2, 3), stride=(1, 2)),
    "adaptive_avg_pool": lambda: nn.AdaptiveAvgPool2d(1),
    "adaptive_avg_pool_pair": lambda: nn.AdaptiveAvgPool2d((2, 3)),
    "flatten": lambda: nn.Flatten(),
    "flatten_all": lambda: nn.Flatten(0),
    "flatten_range": lambda: nn.Flatten(1, 2),
    "linear": lambda: nn.Linear(784, 30),
    "relu": lambda: nn.ReLU(),
    "sequential_empty": lambda: nn.Sequential(),
    "sequential_nested": lambda: nn.Sequential(nn.Sequential(nn.Linear(2, 3), nn.ReLU()), nn.Flatten()),
    "sequential_shared": shared_linear,
    "simple_cnn": simple_cnn,
}


def module_record(module):
    record = {
        "repr": repr(module),
        "parameters": [[name, list(p.shape)] for name, p in module.named_parameters()],
        "buffers": [[name, list(b.shape)] for name, b in module.named_buffers()],
        "children": len(list(module.children())),
    }
    if isinstance(module, nn.Conv2d):
        fan_in, _ = nn.init._calculate_fan_in_and_fan_out(module.weight)
        record["bound"] = 1 / math.sqrt(fan_in)
    return record


# ---------------------------------------------------------------------------------------------------------------
# Forward and backward with fixed parameters.

# The input shape each module's forward case runs on (the module is MODULES' entry of the same name).
FORWARD = {
    "conv_chapter13": (2, 1, 7, 7), "conv_dilated_grouped": (1, 4, 9, 8), "conv_pair_padding": (2, 1, 5, 6),
    "conv_pair_stride": (1, 2, 4, 5), "conv_no_bias": (2, 8, 5, 5), "batch_norm_settings": (4, 3, 2, 3),
    "batch_norm_no_bias": (2, 3, 3, 3), "batch_norm_plain": (2, 4, 2, 2), "max_pool": (2, 3, 5, 4),
    "max_pool_settings": (1, 2, 7, 6), "max_pool_ceil": (1, 2, 5, 5), "max_pool_dilated": (1, 1, 9, 9),
    "avg_pool": (2, 3, 5, 4), "avg_pool_settings": (1, 2, 4, 5), "avg_pool_pairs": (1, 2, 5, 7),
    "adaptive_avg_pool": (2, 3, 5, 4), "adaptive_avg_pool_pair": (1, 2, 5, 7), "flatten": (2, 3, 2, 2),
    "flatten_range": (2, 3, 2, 2),
}


def forward_record(index, make, shape):
    module = make()
    parameters = dict(module.named_parameters())
    with torch.no_grad():
        for offset, (name, p) in enumerate(parameters.items()):
            p.copy_(sample(*p.shape, seed=100 * index + offset + 1) * 0.5 + (1 if name == "weight" and p.dim() == 1 else 0))
    x = sample(*shape, seed=100 * index).requires_grad_()
    y = module(x)
    g = upstream(y)
    y.backward(g)
    return {
        "parameters": {name: values(p) for name, p in parameters.items()},
        "input": values(x),
        "output": values(y),
        "grad_fn": type(y.grad_fn).__name__ if y.grad_fn is not None else None,
        "upstream": values(g),
        "input_grad": values(x.grad),
        "parameter_grads": {name: values(p.grad) for name, p in parameters.items()},
    }


# ---------------------------------------------------------------------------------------------------------------
# Batch norm's running statistics over a few training steps, then evaluation.


def batch_norm_record(make, steps):
    bn = make()
    record = {"steps": []}
    for step in range(steps):
        x = sample(3, bn.num_features, 2, 3, seed=200 + step) * (step + 1) + step
        y = bn(x)
        record["steps"].append({
            "input": values(x),
            "output": values(y),
            "running_mean": values(bn.running_mean) if bn.running_mean is not None else None,
            "running_var": values(bn.running_var) if bn.running_var is not None else None,
            "num_batches_tracked": int(bn.num_batches_tracked) if bn.num_batches_tracked is not None else None,
        })
    bn.eval()
    x = sample(2, bn.num_features, 2, 2, seed=299)
    record["eval_input"] = values(x)
    record["eval_output"] = values(bn(x))
    return record


BATCH_NORM = {
    "default": (lambda: nn.BatchNorm2d(3), 3),
    "momentum": (lambda: nn.BatchNorm2d(2, momentum=0.5, eps=1e-3), 3),
    "cumulative": (lambda: nn.BatchNorm2d(2, momentum=None), 4),
    "untracked": (lambda: nn.BatchNorm2d(2, track_running_stats=False), 2),
}


# ---------------------------------------------------------------------------------------------------------------
# A tiny CNN trained for a few steps.


def tiny_cnn():
    return nn.Sequential(
        nn.Conv2d(1, 4, kernel_size=3, stride=2, padding=1), nn.BatchNorm2d(4), nn.ReLU(),
        nn.Conv2d(4, 3, kernel_size=3, stride=2, padding=1), nn.BatchNorm2d(3), nn.ReLU(),
        nn.AdaptiveAvgPool2d(1), nn.Flatten())


def training_record(steps=4, lr=0.1):
    torch.manual_seed(13)
    model = tiny_cnn()
    initial = {name: values(p) for name, p in model.named_parameters()}
    x = sample(6, 1, 8, 8, seed=400)
    y = torch.tensor([0, 2, 1, 1, 0, 2])
    losses = []
    first_grads = None
    for step in range(steps):
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        if first_grads is None:
            first_grads = {name: values(p.grad) for name, p in model.named_parameters()}
        with torch.no_grad():
            for p in model.parameters():
                p -= lr * p.grad
                p.grad = None
        losses.append(loss.item())
    model.eval()
    return {
        "initial": initial,
        "input": values(x),
        "targets": y.tolist(),
        "lr": lr,
        "losses": losses,
        "first_grads": first_grads,
        "final": {name: values(p) for name, p in model.named_parameters()},
        "buffers": {name: values(b) for name, b in model.named_buffers()},
        "eval_output": values(model(x)),
    }


# ---------------------------------------------------------------------------------------------------------------
# Errors.


def error(fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - every PyTorch error is a golden
        return str(e)
    raise AssertionError("expected an error")


ERRORS = {
    "batch_norm_3d_input": lambda: nn.BatchNorm2d(3)(torch.ones(3, 4, 4)),
    "batch_norm_one_value_per_channel": lambda: nn.BatchNorm2d(3)(torch.ones(1, 3, 1, 1)),
    "sequential_index": lambda: shared_linear()[5],
    "sequential_negative_index": lambda: shared_linear()[-4],
    "parameter_of_integers": lambda: nn.Parameter(torch.tensor([1, 2])),
}


def main():
    goldens = {
        "modules": {name: module_record(make()) for name, make in MODULES.items()},
        "forward": {
            name: forward_record(index + 1, MODULES[name], shape) for index, (name, shape) in enumerate(FORWARD.items())
        },
        "batch_norm": {name: batch_norm_record(make, steps) for name, (make, steps) in BATCH_NORM.items()},
        "training": training_record(),
        "errors": {name: error(fn) for name, fn in ERRORS.items()},
    }
    path = write_goldens(goldens, "module_goldens.json")
    print(f"{sum(len(v) for v in goldens.values() if isinstance(v, dict))} records -> {path}")


def write_goldens(goldens, name):
    """Writes `goldens` as JSON (sorted keys, no NaN) into this folder's file `name`, and returns its path."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with open(path, "w") as file:
        json.dump(goldens, file, indent=1, sort_keys=True, allow_nan=False)
        file.write("\n")
    return path


if __name__ == "__main__":
    main()
