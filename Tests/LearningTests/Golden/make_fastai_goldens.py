#!/usr/bin/env python3
"""Writes fastai_goldens.json: what fast.ai's own training code computes, for the Swift tests of the `Learning`
training layer (Tests/LearningTests/Training/FastaiGoldenTests.swift).

Run from the repository with a Python that has PyTorch and fast.ai 2.8. fast.ai's full dependency list pulls in
torchvision and spaCy, which these records never use; `scripts/setup-benchmark-peers --fastai` installs fast.ai into
the peers' venv with only what `fastai.basics` imports. Then:

    .peers/bin/python Tests/LearningTests/Golden/make_fastai_goldens.py

Sections:
- "schedules": fast.ai's schedule functions (`combined_cos`, `SchedExp`) at chosen positions.
- "optimizers": fast.ai's `Adam` and `SGD` (momentum, decoupled weight decay, a parameter excluded from weight
  decay as the Learner excludes biases and batch-norm parameters) stepped on fixed gradients, with the
  hyper-parameters changed between steps as a schedule changes them.
- "valley": fast.ai's `valley` suggestion on a few loss curves.
- "hook_stats": what `ActivationStats` records of an activation: mean, std, the share near zero, histc(40, 0, 10).
- "summary": `learn.summary()` for chapter 13's first `simple_cnn` (a batch of 16 images of 28x28), before and
  after a fit. Object addresses (`at 0x7f...`) are removed.
- "training": a small CNN with fixed initial weights trained by a fast.ai `Learner` (unshuffled loaders,
  cross-entropy, accuracy, Adam, `fit_one_cycle(3, 0.05)`, `ActivationStats(with_hist=True)`): every batch's loss,
  the recorder's smoothed losses, learning rates, momentums, epoch values and iterations, the activation statistics,
  and the final parameters and buffers.
- "lr_find": `lr_find()` on the same learner, fresh: the recorder's learning rates and losses, the suggestion, and
  the parameters afterwards (restored to where they were).
"""

import re
import tempfile

import torch
from fastai.basics import *  # noqa: F403 (fast.ai's own style: Learner, DataLoaders, Callback, ...)
from fastai.callback.all import *  # noqa: F403
from torch import nn
from torch.nn import functional as F

# This folder's other script: tensors as JSON, seeded samples, the JSON file.
from make_module_goldens import sample, values, write_goldens


def without_addresses(text):
    return re.sub(r" at 0x[0-9a-f]+", "", str(text))


# ---------------------------------------------------------------------------------------------------------------
# Schedules.


def schedules_record():
    positions = [i / 40 for i in range(41)] + [0.0625, 0.2499, 0.25, 0.2501, 0.999, 1 / 3]
    cos_cases = [(0.25, 0.06 / 25, 0.06, 0.06 / 1e5), (0.25, 0.95, 0.85, 0.95), (0.3, 1e-3, 0.1, 0.0)]
    return {
        "combined_cos": [
            {
                "pct": pct,
                "start": start,
                "middle": middle,
                "end": end,
                "positions": positions,
                "values": [float(combined_cos(pct, start, middle, end)(p)) for p in positions],
            }
            for pct, start, middle, end in cos_cases
        ],
        "exponential": {
            "start": 1e-7,
            "end": 10.0,
            "positions": positions,
            "values": [float(SchedExp(1e-7, 10.0)(p)) for p in positions],
        },
    }


# ---------------------------------------------------------------------------------------------------------------
# Optimizers.


def optimizer_record(make, hyper_steps):
    """Two parameters (the second excluded from weight decay) stepped on fixed gradients, one step per entry of
    `hyper_steps` (the hyper-parameters set before that step)."""
    weight = nn.Parameter(sample(3, 4, seed=11))
    bias = nn.Parameter(sample(4, seed=12))
    opt = make([weight, bias])
    opt.state[bias]["do_wd"] = False
    start = {"weight": values(weight), "bias": values(bias)}
    steps = []
    for index, hypers in enumerate(hyper_steps):
        weight.grad = sample(3, 4, seed=100 + index)
        bias.grad = sample(4, seed=200 + index)
        opt.set_hypers(**hypers)
        opt.step()
        steps.append({
            "hypers": hypers,
            "weight_grad": values(weight.grad),
            "bias_grad": values(bias.grad),
            "weight": values(weight),
            "bias": values(bias),
        })
        opt.zero_grad()
    return {"start": start, "steps": steps}


def optimizers_record():
    schedule = [
        {"lr": 0.01, "mom": 0.95},
        {"lr": 0.03, "mom": 0.9},
        {"lr": 0.05, "mom": 0.85},
        {"lr": 0.02, "mom": 0.9},
        {"lr": 0.001, "mom": 0.95},
    ]
    return {
        "adam": optimizer_record(lambda ps: Adam(ps, lr=0.01), schedule),
        "adam_options": optimizer_record(
            lambda ps: Adam(ps, lr=0.01, mom=0.8, sqr_mom=0.9, eps=1e-3, wd=0.1), [{"lr": 0.02}] * 3
        ),
        "sgd_momentum": optimizer_record(lambda ps: SGD(ps, lr=0.1, mom=0.9, wd=0.01), schedule),
        "sgd_plain": optimizer_record(lambda ps: SGD(ps, lr=0.1), [{"lr": 0.1, "mom": 0.9}, {"lr": 0.2}]),
    }


# ---------------------------------------------------------------------------------------------------------------
# The valley suggestion.


def valley_record():
    lrs = torch.tensor([1e-7 * (1e8) ** (i / 100) for i in range(100)])[10:-5]
    n = len(lrs)
    x = torch.arange(n).float()
    curves = {
        "bowl": 2.0 - torch.exp(-((x - 55) / 15) ** 2) + 0.002 * x,
        "falling": 1.0 / (1 + x / 10),
        "noisy": 1.5 - 0.01 * x + 0.05 * torch.sin(x * 1.7) + 0.0004 * (x - 40).clamp(min=0) ** 2,
        "flat": torch.ones(n),
    }
    records = {}
    for name, losses in curves.items():
        suggestion, (lr, loss) = valley(lrs, losses, 100)
        records[name] = {
            "lrs": lrs.double().tolist(),
            "losses": losses.double().tolist(),
            "suggestion": suggestion,
            "point": [lr, float(loss)],
        }
    return records


# ---------------------------------------------------------------------------------------------------------------
# ActivationStats' record of one activation.


def hook_stats_record():
    cases = {
        "uniform": sample(4, 6, 5, 5, seed=21) * 6,
        "positive": sample(2, 3, 7, 7, seed=22).abs() * 12,
        "edges": torch.tensor([-1.0, 0.0, 0.05, 0.0500001, 0.25, 9.999, 10.0, 10.5, 2.5, 5.0]),
    }
    stats = ActivationStats(with_hist=True)
    return {
        name: {"activation": values(o), **{k: (values(v) if k == "hist" else v) for k, v in stats.hook(None, None, o).items()}}
        for name, o in cases.items()
    }


# ---------------------------------------------------------------------------------------------------------------
# A learner's summary, fit, and lr_find.


def loaders(x, y, bs, path):
    items = list(zip(x, y))
    return DataLoaders(DataLoader(items, bs=bs, shuffle=False), DataLoader(items[: bs], bs=bs), path=path)


def first_cnn():
    """Chapter 13's `simple_cnn` for the 3s and 7s: `conv` is a Conv2d followed by a ReLU, the last without."""

    def conv(ni, nf, ks=3, act=True):
        res = nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks // 2)
        if act:
            res = nn.Sequential(res, nn.ReLU())
        return res

    return sequential(conv(1, 4), conv(4, 8), conv(8, 16), conv(16, 32), conv(32, 2, act=False), Flatten())


def summary_record():
    torch.manual_seed(0)
    x = sample(32, 1, 28, 28, seed=31)
    y = torch.arange(32) % 2
    learn = Learner(loaders(x, y, 16, tempfile.mkdtemp()), first_cnn(), loss_func=F.cross_entropy, metrics=accuracy)
    before = without_addresses(learn.summary())
    with learn.no_logging(), learn.no_bar():
        learn.fit_one_cycle(1, 0.01)
    return {"before_fit": before, "after_fit": without_addresses(learn.summary())}


def small_cnn():
    """8x8 images -> 3 classes: chapter 13's batch-norm `conv` blocks, made small."""

    def conv(ni, nf, act=True):
        layers = [nn.Conv2d(ni, nf, stride=2, kernel_size=3, padding=1), nn.BatchNorm2d(nf)]
        if act:
            layers.append(nn.ReLU())
        return nn.Sequential(*layers)

    return sequential(conv(1, 4), conv(4, 8), conv(8, 3, act=False), Flatten())


def training_data():
    x = sample(48, 1, 8, 8, seed=41)
    # Classes that depend on the picture, so the model has something to learn.
    y = (x[:, 0, :4].mean((1, 2)) > 0).long() + (x[:, 0, 4:].mean((1, 2)) > 0).long()
    return x, y


def fresh_model():
    torch.manual_seed(5)
    return small_cnn()


def state(model):
    return {name: values(t) for name, t in model.state_dict().items()}


class BatchLosses(Callback):
    """Every training batch's loss, as computed (not smoothed)."""

    def before_fit(self):
        self.losses = []

    def after_loss(self):
        if self.training:
            self.losses.append(self.loss.item())


def training_record():
    x, y = training_data()
    model = fresh_model()
    initial = state(model)
    losses = BatchLosses()
    stats = ActivationStats(with_hist=True)
    learn = Learner(
        loaders(x, y, 16, tempfile.mkdtemp()), model, loss_func=F.cross_entropy, metrics=accuracy, cbs=[losses, stats]
    )
    with learn.no_logging(), learn.no_bar():
        learn.fit_one_cycle(3, 0.05)
    recorder = learn.recorder
    return {
        "x": values(x),
        "y": y.tolist(),
        "initial": initial,
        "batch_losses": losses.losses,
        "smooth_losses": [float(v) for v in recorder.losses],
        "lrs": [float(v) for v in recorder.lrs],
        "hps": {name: [float(v) for v in vs] for name, vs in recorder.hps.items()},
        "values": [[float(v) for v in row] for row in recorder.values],
        "iters": list(recorder.iters),
        "metric_names": list(recorder.metric_names),
        "activation_stats": [
            [{"mean": s["mean"], "std": s["std"], "near_zero": s["near_zero"], "hist": s["hist"].tolist()} for s in batch]
            for batch in stats.stats
        ],
        "final": state(model),
    }


def lr_find_record():
    x, y = training_data()
    model = fresh_model()
    before = state(model)
    learn = Learner(loaders(x, y, 16, tempfile.mkdtemp()), model, loss_func=F.cross_entropy, metrics=accuracy)
    with learn.no_bar():
        suggestion = learn.lr_find(show_plot=False)
    return {
        "lrs": [float(v) for v in learn.recorder.lrs],
        "losses": [float(v) for v in learn.recorder.losses],
        "valley": suggestion.valley,
        "repr": repr(suggestion),
        "before": before,
        "after": state(model),
    }


def main():
    goldens = {
        "schedules": schedules_record(),
        "optimizers": optimizers_record(),
        "valley": valley_record(),
        "hook_stats": hook_stats_record(),
        "summary": summary_record(),
        "training": training_record(),
        "lr_find": lr_find_record(),
    }
    print(f"{len(goldens)} sections -> {write_goldens(goldens, 'fastai_goldens.json')}")


if __name__ == "__main__":
    main()
