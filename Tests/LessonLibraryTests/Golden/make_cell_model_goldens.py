#!/usr/bin/env python3
"""Writes cell_model_goldens.json: what PyTorch computes for the models, optimizer and training loop that
Tests/LessonLibraryTests/CellModelGoldenTests.swift writes as lesson cells (a `Module` subclass with submodules and
its own `Parameter`, inside a `Sequential`, trained by a hand-written momentum optimizer in fast.ai's loop).

Run from the repository with a Python that has PyTorch (2.x, CPU), such as the one scripts/setup-benchmark-peers
makes in .peers/:

    .peers/bin/python Tests/LessonLibraryTests/Golden/make_cell_model_goldens.py

Every number the cells start from (parameters, inputs, targets) is written out, so that both sides begin with the
same float32 values; the Swift test types them into the cells.

Sections:
- "module": `TwoLayer`'s printed form, its parameters' names and shapes in PyTorch's order, its parameter values,
  an input, the forward output, the mean squared error against targets and the parameters' gradients.
- "sequential": `Sequential(TwoLayer(), Sigmoid())` on the same input.
- "training": two epochs of fast.ai's `fit` (batches of 4 of 10 items, no shuffle; per batch: forward, loss,
  backward, the optimizer's step, zero the gradients; then the validation loss weighted by batch size) with a
  momentum optimizer written by hand: each training batch's loss, the recorder's values per epoch (fast.ai's
  debiased moving average of the training loss, beta 0.98, and the validation loss) and the final parameters.
"""

import json
import os

import torch
from torch import nn


def values(tensor):
    flat = tensor.detach().contiguous().reshape(-1).double()
    return {"shape": list(tensor.shape), "values": flat.tolist()}


def sample(*shape, seed):
    """Float32 numbers in [-1, 1) from a seeded generator, rounded to 1/64 so that they print exactly."""
    g = torch.Generator().manual_seed(seed)
    return ((torch.rand(*shape, generator=g) * 2 - 1) * 64).round() / 64


class TwoLayer(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = nn.Linear(3, 4)
        self.l2 = nn.Linear(4, 2)
        self.scale = nn.Parameter(torch.ones(2))

    def forward(self, x):
        return self.l2(torch.relu(self.l1(x))) * self.scale


def fixed_model():
    model = TwoLayer()
    with torch.no_grad():
        for seed, (name, parameter) in enumerate(model.named_parameters()):
            values = sample(*parameter.shape, seed=10 + seed)
            # The scale starts near 1, so that the layers' gradients are not scaled away.
            parameter.copy_(1 + values / 2 if name == "scale" else values)
    return model


def mse(predictions, targets):
    return ((predictions - targets) ** 2).mean()


class Momentum:
    """The optimizer the cell writes: velocity = momentum * velocity + grad; p -= lr * velocity."""

    def __init__(self, params, lr, momentum=0.9):
        self.params, self.lr, self.momentum = list(params), lr, momentum
        self.velocities = [torch.zeros_like(p) for p in self.params]

    def step(self):
        with torch.no_grad():
            for p, v in zip(self.params, self.velocities):
                v.mul_(self.momentum).add_(p.grad)
                p.sub_(v * self.lr)

    def zero_grad(self):
        for p in self.params:
            p.grad = None


def module_section(x, y):
    model = fixed_model()
    output = model(x)
    loss = mse(output, y)
    loss.backward()
    return {
        "repr": repr(model),
        "parameters": [{"name": name, "shape": list(p.shape)} for name, p in model.named_parameters()],
        "initial": {name: values(p) for name, p in model.named_parameters()},
        "output": values(output),
        "loss": loss.item(),
        "grads": {name: values(p.grad) for name, p in model.named_parameters()},
    }


def sequential_section(x):
    model = nn.Sequential(fixed_model(), nn.Sigmoid())
    return {"repr": repr(model), "output": values(model(x))}


def training_section(x, y, epochs, lr, batch_size):
    model = fixed_model()
    optimizer = Momentum(model.parameters(), lr)
    batches = [(x[i : i + batch_size], y[i : i + batch_size]) for i in range(0, len(x), batch_size)]
    losses, recorder = [], []
    smoothed, steps = 0.0, 0
    for _ in range(epochs):
        model.train()
        for xb, yb in batches:
            loss = mse(model(xb), yb)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            steps += 1
            smoothed = 0.98 * smoothed + 0.02 * loss.item()
            losses.append(loss.item())
        model.eval()
        with torch.no_grad():
            total = sum(mse(model(xb), yb).item() * len(xb) for xb, yb in batches)
        recorder.append([smoothed / (1 - 0.98**steps), total / len(x)])
    return {
        "epochs": epochs,
        "lr": lr,
        "batch_size": batch_size,
        "losses": losses,
        "recorder": recorder,
        "final": {name: values(p) for name, p in model.named_parameters()},
    }


def main():
    x = sample(10, 3, seed=1)
    y = sample(10, 2, seed=2)
    goldens = {
        "input": values(x),
        "targets": values(y),
        "module": module_section(x, y),
        "sequential": sequential_section(x),
        "training": training_section(x, y, epochs=2, lr=0.1, batch_size=4),
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cell_model_goldens.json")
    with open(path, "w") as file:
        json.dump(goldens, file, indent=1)
        file.write("\n")


if __name__ == "__main__":
    main()
