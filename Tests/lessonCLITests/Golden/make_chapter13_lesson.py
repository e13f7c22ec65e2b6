#!/usr/bin/env python3
"""Writes Tests/lessonCLITests/Lessons/chapter13-pytorch.md: chapter 13's computations as lesson cells, each cell's
expected output printed by PyTorch running the same computation. `lesson check` on that lesson (see
ChapterThirteenLessonTests.swift) then compares the engine's printed results with PyTorch's, text for text:
edge kernels on real digits, strided, padded, dilated and grouped convolutions with their gradients, the chapter's
models (printed form, output shapes, parameter names and order), batch norm's statistics, cross-entropy and its
gradient, and PyTorch's error messages.

The digits are the project's own sample (data/mnist_sample), so the lesson runs without downloads. The inputs of
the gradient cells are small multiples of 1/16, so their sums are exact in float32 whatever the order.

Run from anywhere with a Python that has PyTorch (2.15, CPU) and Pillow, such as the one
scripts/setup-benchmark-peers makes in .peers/:

    .peers/bin/python Tests/lessonCLITests/Golden/make_chapter13_lesson.py
"""

import os
import re
import textwrap

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
REPOSITORY = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
SAMPLE = os.path.join(REPOSITORY, "data", "mnist_sample")
LESSON_NAME = "chapter13-pytorch.md"
LESSON = os.path.join(HERE, "..", "Lessons", LESSON_NAME)


def shown(value):
    """A value as a lesson cell shows it: tensors as PyTorch prints them, shapes and lists as Swift arrays, strings
    quoted, tuples in parentheses."""
    if isinstance(value, torch.Tensor):
        return repr(value)
    if isinstance(value, (torch.Size, list)):
        return "[" + ", ".join(shown(v) for v in value) + "]"
    if isinstance(value, tuple):
        return "(" + ", ".join(shown(v) for v in value) + ")"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value + '"'
    if isinstance(value, torch.dtype):
        return str(value)
    return str(value)


def digit(name):
    return torch.tensor(np.array(Image.open(os.path.join(SAMPLE, name))))


def sixteenths(*shape, modulus=11):
    """The cell's `(arange(n).float().view(shape) % modulus - modulus / 2) / 16`, rounded to whole sixteenths."""
    return (torch.arange(int(np.prod(shape))).float().view(*shape) % modulus - modulus // 2) / 16


def fill_parameters(model):
    """The cell's fillParameters: each parameter in order gets (arange % 7 - 3) / 10 in its shape."""
    with torch.no_grad():
        for p in model.parameters():
            p.copy_(((torch.arange(p.numel()).float() % 7 - 3) / 10).view(p.shape))


def conv_block(ni, nf, ks=3, act=True, norm=False):
    """fast.ai's `conv` of chapter 13: a stride-2 convolution, then batch norm (in the full-MNIST version) and
    ReLU unless it is the last layer."""
    layers = [nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks // 2)]
    if norm:
        layers.append(nn.BatchNorm2d(nf))
    if act:
        layers.append(nn.ReLU())
    return nn.Sequential(*layers)


# Each cell: its Swift source, and the PyTorch code that computes the same thing, run in one namespace from the
# first cell to the last. The Python sets `result` to what the cell shows; a cell whose Python raises expects that
# error, which the engine reports at the failing call's name: the start of the cell's last line, or the method
# after `name.` there.
CELLS = [
    (
        """
        let path = untarData(URLs.mnistSample)
        let im3 = tensor(Image.open(path / "train" / "3" / "1500.png"))
        let topEdge = tensor([[-1, -1, -1], [0, 0, 0], [1, 1, 1]]).float()
        (im3.shape, im3.dtype, im3[7..<10, 9..<12] * topEdge)
        """,
        """
        im3 = digit("train/3/1500.png")
        top_edge = torch.tensor([[-1, -1, -1], [0, 0, 0], [1, 1, 1]]).float()
        result = (im3.shape, im3.dtype, im3[7:10, 9:12] * top_edge)
        """,
    ),
    (
        """
        func applyKernel(_ row: Int, _ col: Int, _ kernel: Tensor) -> Tensor {
            (im3[(row - 1)..<(row + 2), (col - 1)..<(col + 2)] * kernel).sum()
        }
        let rng = Array(1..<27)
        let topEdge3 = stack(rng.map { i in stack(rng.map { j in applyKernel(i, j, topEdge) }) })
        (applyKernel(8, 12, topEdge), topEdge3.shape, topEdge3[6..<12, 8..<16])
        """,
        """
        def apply_kernel(row, col, kernel):
            return (im3[row - 1:row + 2, col - 1:col + 2] * kernel).sum()
        rng = range(1, 27)
        top_edge3 = torch.tensor([[apply_kernel(i, j, top_edge) for j in rng] for i in rng])
        result = (apply_kernel(8, 12, top_edge), top_edge3.shape, top_edge3[6:12, 8:16])
        """,
    ),
    (
        """
        let leftEdge = tensor([[-1, 1, 0], [-1, 1, 0], [-1, 1, 0]]).float()
        let diag1Edge = tensor([[0, -1, 1], [-1, 1, 0], [1, 0, 0]]).float()
        let diag2Edge = tensor([[1, -1, 0], [0, 1, -1], [0, 0, 1]]).float()
        let edgeKernels = stack([leftEdge, topEdge, diag1Edge, diag2Edge]).unsqueeze(1)
        let digits = (path / "valid" / "3").ls().sorted() + (path / "valid" / "7").ls().sorted()
        let xb = stack(digits.map { tensor(Image.open($0)) }).unsqueeze(1).float() / 255
        let batchFeatures = conv2d(xb, edgeKernels)
        (edgeKernels.shape, xb.shape, batchFeatures.shape)
        """,
        """
        left_edge = torch.tensor([[-1, 1, 0], [-1, 1, 0], [-1, 1, 0]]).float()
        diag1_edge = torch.tensor([[0, -1, 1], [-1, 1, 0], [1, 0, 0]]).float()
        diag2_edge = torch.tensor([[1, -1, 0], [0, 1, -1], [0, 0, 1]]).float()
        edge_kernels = torch.stack([left_edge, top_edge, diag1_edge, diag2_edge]).unsqueeze(1)
        names = [f"valid/{d}/{n}" for d in (3, 7) for n in sorted(os.listdir(os.path.join(SAMPLE, "valid", str(d))))]
        xb = torch.stack([digit(n) for n in names]).unsqueeze(1).float() / 255
        batch_features = F.conv2d(xb, edge_kernels)
        result = (edge_kernels.shape, xb.shape, batch_features.shape)
        """,
    ),
    (
        "batchFeatures[0, 1, 8..<14, 8..<14]",
        "result = batch_features[0, 1, 8:14, 8:14]",
    ),
    (
        "(batchFeatures.sum([0, 2, 3]), batchFeatures[150].abs().mean([1, 2]))",
        "result = (batch_features.sum([0, 2, 3]), batch_features[150].abs().mean([1, 2]))",
    ),
    (
        """
        let strided = conv2d(xb, edgeKernels, stride: 2, padding: 1)
        (strided.shape, strided[3, 2, 6..<10, 6..<10])
        """,
        """
        strided = F.conv2d(xb, edge_kernels, stride=2, padding=1)
        result = (strided.shape, strided[3, 2, 6:10, 6:10])
        """,
    ),
    (
        """
        let x = ((arange(2 * 4 * 7 * 7).float().view(2, 4, 7, 7) % 11) - 5).div(16).requiresGrad()
        let w = ((arange(4 * 2 * 3 * 3).float().view(4, 2, 3, 3) % 11) - 5).div(16).requiresGrad()
        let b = tensor([0.5, -0.25, 0.0, 1.0]).requiresGrad()
        let y = conv2d(x, w, bias: b, stride: 2, padding: 2, dilation: 2, groups: 2)
        (y * y).sum().backward()
        (y.shape, y.gradFn!.name, y[1, 3])
        """,
        """
        x = sixteenths(2, 4, 7, 7).requires_grad_()
        w = sixteenths(4, 2, 3, 3).requires_grad_()
        b = torch.tensor([0.5, -0.25, 0.0, 1.0]).requires_grad_()
        y = F.conv2d(x, w, b, stride=2, padding=2, dilation=2, groups=2)
        (y * y).sum().backward()
        result = (y.shape, y.grad_fn.name(), y[1, 3])
        """,
    ),
    ("(w.grad!, b.grad!)", "result = (w.grad, b.grad)"),
    ("x.grad![1, 2]", "result = x.grad[1, 2]"),
    (
        """
        let odd = ((arange(1 * 3 * 9 * 6).float().view(1, 3, 9, 6) % 13) - 6).div(16).requiresGrad()
        let kernel = ((arange(2 * 3 * 2 * 3).float().view(2, 3, 2, 3) % 5) - 2).div(16).requiresGrad()
        let z = conv2d(odd.transpose(2, 3)[..., ..., 1..., ..<8], kernel, stride: [2, 1], padding: [1, 0])
        z.sum().backward()
        (z.shape, z[0, 1], odd.grad![0, 2], kernel.grad!)
        """,
        """
        odd = sixteenths(1, 3, 9, 6, modulus=13).requires_grad_()
        kernel = sixteenths(2, 3, 2, 3, modulus=5).requires_grad_()
        z = F.conv2d(odd.transpose(2, 3)[:, :, 1:, :8], kernel, stride=(2, 1), padding=(1, 0))
        z.sum().backward()
        result = (z.shape, z[0, 1], odd.grad[0, 2], kernel.grad)
        """,
    ),
    (
        """
        let pooled = (maxPool2d(batchFeatures, 2), avgPool2d(batchFeatures, 3, stride: 2, padding: 1), adaptiveAvgPool2d(batchFeatures.abs(), 1))
        (pooled.0.shape, pooled.1.shape, pooled.2[197].flatten(), pooled.0[5, 0, 5..<9, 5..<9])
        """,
        """
        pooled = (F.max_pool2d(batch_features, 2), F.avg_pool2d(batch_features, 3, stride=2, padding=1),
                  F.adaptive_avg_pool2d(batch_features.abs(), 1))
        result = (pooled[0].shape, pooled[1].shape, pooled[2][197].flatten(), pooled[0][5, 0, 5:9, 5:9])
        """,
    ),
    (
        """
        func conv(_ ni: Int, _ nf: Int, ks: Int = 3, act: Bool = true) -> Module {
            let res = Conv2d(ni, nf, kernelSize: ks, stride: 2, padding: ks / 2)
            return act ? Sequential(res, ReLU()) : res
        }
        let simpleCnn = Sequential(conv(1, 4), conv(4, 8), conv(8, 16), conv(16, 32), conv(32, 2, act: false), Flatten())
        simpleCnn
        """,
        """
        def conv(ni, nf, ks=3, act=True):
            res = nn.Conv2d(ni, nf, stride=2, kernel_size=ks, padding=ks // 2)
            return nn.Sequential(res, nn.ReLU()) if act else res
        simple_cnn = nn.Sequential(conv(1, 4), conv(4, 8), conv(8, 16), conv(16, 32), conv(32, 2, act=False),
                                   nn.Flatten())
        result = simple_cnn
        """,
    ),
    (
        """
        func fillParameters(_ model: Module) {
            for p in model.parameters() { noGrad { p.copy((arange(p.numel()).float() % 7 - 3).div(10).view(p.shape)) } }
        }
        fillParameters(simpleCnn)
        let logits = simpleCnn(xb)
        (logits.shape, simpleCnn.parameters().map { $0.shape }, logits[98..<102])
        """,
        """
        fill_parameters(simple_cnn)
        logits = simple_cnn(xb)
        result = (logits.shape, [p.shape for p in simple_cnn.parameters()], logits[98:102])
        """,
    ),
    (
        """
        func bnConv(_ ni: Int, _ nf: Int, ks: Int = 3, act: Bool = true) -> Module {
            var layers: [Module] = [Conv2d(ni, nf, kernelSize: ks, stride: 2, padding: ks / 2), BatchNorm2d(nf)]
            if act { layers.append(ReLU()) }
            return Sequential(layers)
        }
        let fullCnn = Sequential(bnConv(1, 8, ks: 5), bnConv(8, 16), bnConv(16, 32), bnConv(32, 64), bnConv(64, 10, act: false), Flatten())
        fillParameters(fullCnn)
        (fullCnn.namedParameters().map { $0.0 }, fullCnn.buffers().map { $0.shape })
        """,
        """
        full_cnn = nn.Sequential(conv_block(1, 8, ks=5, norm=True), conv_block(8, 16, norm=True),
                                 conv_block(16, 32, norm=True), conv_block(32, 64, norm=True),
                                 conv_block(64, 10, act=False, norm=True), nn.Flatten())
        fill_parameters(full_cnn)
        result = ([n for n, _ in full_cnn.named_parameters()], [b.shape for b in full_cnn.buffers()])
        """,
    ),
    (
        """
        let targets = cat([zeros([100], dtype: .int64), full([100], 7, dtype: .int64)])
        let loss = crossEntropy(fullCnn(xb), targets)
        loss.backward()
        (loss, fullCnn[0][0].weight!.grad!.abs().sum(), fullCnn[4][0].weight!.grad![0, ..<2], fullCnn[4][1].bias!.grad!)
        """,
        """
        targets = torch.cat([torch.zeros(100, dtype=torch.int64), torch.full((100,), 7, dtype=torch.int64)])
        loss = F.cross_entropy(full_cnn(xb), targets)
        loss.backward()
        result = (loss, full_cnn[0][0].weight.grad.abs().sum(), full_cnn[4][0].weight.grad[0, :2], full_cnn[4][1].bias.grad)
        """,
    ),
    (
        """
        let bn = fullCnn[1][1]
        (bn.runningMean!, bn.runningVar!, bn.numBatchesTracked!)
        """,
        """
        bn = full_cnn[1][1]
        result = (bn.running_mean, bn.running_var, bn.num_batches_tracked)
        """,
    ),
    (
        """
        let norm = BatchNorm2d(4)
        let _ = norm(batchFeatures[..<120])
        let _ = norm(batchFeatures[120...] * 2)
        norm.eval()
        (norm.runningMean!, norm.runningVar!, norm.numBatchesTracked!, norm(batchFeatures[..<2])[1, 2, 10..<13, 10..<13])
        """,
        """
        norm = nn.BatchNorm2d(4)
        norm(batch_features[:120])
        norm(batch_features[120:] * 2)
        norm.eval()
        result = (norm.running_mean, norm.running_var, norm.num_batches_tracked, norm(batch_features[:2])[1, 2, 10:13, 10:13])
        """,
    ),
    (
        """
        let scores = ((arange(30).float().view(6, 5) % 7) - 3).div(2).requiresGrad()
        let labels = tensor([0, 4, 2, 1, 3, 2])
        let ce = crossEntropy(scores, labels)
        ce.backward()
        (ce, scores.grad!, nllLoss(scores.logSoftmax(dim: 1), labels), scores.softmax(dim: 1)[1])
        """,
        """
        scores = ((torch.arange(30).float().view(6, 5) % 7 - 3) / 2).requires_grad_()
        labels = torch.tensor([0, 4, 2, 1, 3, 2])
        ce = F.cross_entropy(scores, labels)
        ce.backward()
        result = (ce, scores.grad, F.nll_loss(scores.log_softmax(dim=1), labels), scores.softmax(dim=1)[1])
        """,
    ),
    (
        """
        (crossEntropy(scores, labels, reduction: "none"), crossEntropy(scores, labels, reduction: "sum"))
        """,
        """
        result = (F.cross_entropy(scores, labels, reduction="none"), F.cross_entropy(scores, labels, reduction="sum"))
        """,
    ),
    (
        "conv2d(zeros([2, 3, 28, 28]), edgeKernels)",
        "F.conv2d(torch.zeros(2, 3, 28, 28), edge_kernels)",
    ),
    (
        "crossEntropy(scores, tensor([0, 4, 2, 1, 5, 2]))",
        "F.cross_entropy(scores, torch.tensor([0, 4, 2, 1, 5, 2]))",
    ),
    (
        "ce.backward()",
        "ce.backward()",
    ),
    (
        "BatchNorm2d(4)(batchFeatures[0])",
        "nn.BatchNorm2d(4)(batch_features[0])",
    ),
]


def main():
    torch.manual_seed(0)
    namespace = {name: value for name, value in globals().items() if not name.startswith("__")}
    lines = [
        "---",
        "title: Chapter 13 against PyTorch",
        "---",
        "# Chapter 13's computations, printed by PyTorch",
        "",
        "Written by Tests/lessonCLITests/Golden/make_chapter13_lesson.py: every output below is PyTorch's.",
    ]
    for swift, python in CELLS:
        swift = textwrap.dedent(swift).strip("\n")
        namespace.pop("result", None)
        try:
            exec(textwrap.dedent(python).strip("\n"), namespace)
            output, info = shown(namespace["result"]), "swift"
        except Exception as error:
            line = "\n".join(lines).count("\n") + 4 + swift.count("\n")
            method = re.match(r"\w+\.(?=\w+\()", swift.split("\n")[-1])
            column = method.end() + 1 if method else 1
            output, info = f"{LESSON_NAME}:{line}:{column}: error: {error}", "swift expect-error"
        lines += ["", "```" + info, swift, "```", "", "```output", output, "```"]
    with open(LESSON, "w") as file:
        file.write("\n".join(lines) + "\n")
    print(f"{len(CELLS)} cells -> {os.path.normpath(LESSON)}")


if __name__ == "__main__":
    main()
