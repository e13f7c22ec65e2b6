#!/usr/bin/env python3
"""Writes op_goldens.json: what PyTorch computes for each named case that the Swift tests rebuild with `Tensors`.

Run from the repository with a Python that has PyTorch (2.15, CPU), such as the one scripts/setup-benchmark-peers
makes in .peers/:

    .peers/bin/python Tests/TensorsTests/Golden/make_op_goldens.py

Each case is a function of input tensors. The inputs are written to the JSON too, so the Swift closure of the same
name (Tests/TensorsTests/GoldenCases/*.swift) starts from the very same numbers. For every case the file holds the
result's shape, dtype, values (flat, row-major; floats as exact float64 numbers, "nan"/"inf"/"-inf" as strings,
integers and bools as JSON integers), requires_grad and grad_fn name, or the error PyTorch raised. Cases marked
`grad=True` make their floating-point inputs require grad, call backward (with a fixed upstream gradient for
non-scalar results, also written out) and record every input's gradient.
"""

import json
import math
import os

import torch

torch.set_grad_enabled(True)

DTYPES = {
    "bool": torch.bool,
    "uint8": torch.uint8,
    "int32": torch.int32,
    "int64": torch.int64,
    "float32": torch.float32,
    "float64": torch.float64,
}
NAMES = {dtype: name for name, dtype in DTYPES.items()}
INTEGERS = ["uint8", "int32", "int64"]
NON_FLOAT = ["bool"] + INTEGERS

# One small 1-D sample per dtype for the promotion tables; chosen to show wrap-around and rounding.
SAMPLES = {
    "bool": [True, False, True],
    "uint8": [3, 200, 255],
    "int32": [-5, 7, 100000],
    "int64": [-3, 2**40, 9],
    "float32": [1.5, -2.25, 3.0],
    "float64": [0.1, -7.5, 2.0],
}
# Exponents that stay legal for integer powers (no negative integer exponents).
EXPONENTS = {
    "bool": [True, False, True],
    "uint8": [2, 0, 3],
    "int32": [2, 3, 0],
    "int64": [1, 2, 3],
    "float32": [0.5, 2.0, -1.0],
    "float64": [2.0, 0.5, 3.0],
}
SCALARS = {"int": 2, "double": 2.5, "bool": True}

cases = {}


def add(name, fn, *inputs, grad=False, match="exact", exact=False, tolerance=None):
    """Registers a case. `match` says how an error message is compared: "exact", or "suffix" where PyTorch 2.15
    prefixes the text the spec asks for (`mm: mat1 and mat2 ...`). `exact` asks for bit-identical values."""
    assert name not in cases, name
    cases[name] = dict(fn=fn, inputs=inputs, grad=grad, match=match, exact=exact, tolerance=tolerance)


def t(values, dtype=None):
    """A tensor of `values`: of `dtype` if given, else of the dtype PyTorch infers (int64, float32 or bool)."""
    return torch.tensor(values, dtype=DTYPES[dtype] if dtype else None)


def distinct(*shape, seed=0, scale=0.25):
    """Float32 values that are all different, none zero, in steps of `scale` (exact in binary)."""
    n = math.prod(shape)
    g = torch.Generator().manual_seed(seed)
    return ((torch.randperm(n, generator=g).float() - n / 2 + 0.25) * scale).view(shape)


def positive(*shape, seed=1):
    n = math.prod(shape)
    g = torch.Generator().manual_seed(seed)
    return ((torch.randperm(n, generator=g).float() + 1) * 0.375).view(shape)


def ints(*shape, seed=2, low=-5):
    n = math.prod(shape)
    g = torch.Generator().manual_seed(seed)
    return (torch.randperm(n, generator=g) + low).view(shape)


A = distinct(2, 3)
B = distinct(2, 3, seed=5)
A3 = distinct(2, 3, 4, seed=3)
P = positive(2, 3)
I = ints(3, 4)
X = torch.arange(24).view(2, 3, 4)
XF = X.float()
M = torch.arange(12).view(3, 4)

# ---------------------------------------------------------------------------------------------------------------
# Type promotion: every dtype pair for the binary operators, Swift numbers on either side, 0-d tensors.

for op, fn in [
    ("add", lambda a, b: a + b),
    ("sub", lambda a, b: a - b),
    ("mul", lambda a, b: a * b),
    ("div", lambda a, b: a / b),
    ("pow", lambda a, b: a**b),
]:
    for a in DTYPES:
        for b in DTYPES:
            right = EXPONENTS[b] if op == "pow" else SAMPLES[b]
            add(f"promote_{op}_{a}_{b}", fn, t(SAMPLES[a], a), t(right, b))
        for kind, scalar in SCALARS.items():
            add(f"promote_{op}_{a}_s{kind}", lambda x, s=scalar, f=fn: f(x, s), t(SAMPLES[a], a))
            add(f"promote_r{op}_{a}_s{kind}", lambda x, s=scalar, f=fn: f(s, x), t(EXPONENTS[a] if op == "pow" else SAMPLES[a], a))

for op, fn in [("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)]:
    for a in DTYPES:
        for b in DTYPES:
            add(f"promote0d_{op}_{a}_{b}", fn, t(SAMPLES[a], a), t(SAMPLES[b][1], b))
for a in DTYPES:
    for b in DTYPES:
        add(f"promote0d0d_add_{a}_{b}", lambda x, y: x + y, t(SAMPLES[a][0], a), t(SAMPLES[b][2], b))
    for kind, scalar in SCALARS.items():
        add(f"promote0ds_add_{a}_s{kind}", lambda x, s=scalar: x + s, t(SAMPLES[a][2], a))

for op, fn in [("lt", lambda a, b: a < b), ("eq", lambda a, b: a == b)]:
    for a in DTYPES:
        for b in DTYPES:
            add(f"compare_{op}_{a}_{b}", fn, t(SAMPLES[a], a), t(SAMPLES[b][::-1], b))

for op, fn in [("and", lambda a, b: a & b), ("or", lambda a, b: a | b), ("xor", lambda a, b: a ^ b)]:
    for a in NON_FLOAT:
        for b in NON_FLOAT:
            add(f"bitwise_{op}_{a}_{b}", fn, t(SAMPLES[a], a), t(SAMPLES[b][::-1], b))
    add(f"bitwise_{op}_float32_error", fn, t([1.5], "float32"), t([2.5], "float32"))
for a in DTYPES:
    add(f"bitwise_not_{a}", lambda x: ~x, t(SAMPLES[a], a))

add("promote_uint8_plus_300_wraps", lambda x: x + 300, t([1, 200, 255], "uint8"))
add("promote_uint8_times_2_wraps", lambda x: x * 2, t([1, 200, 255], "uint8"))
add("promote_int32_plus_huge_wraps", lambda x: x + 2**40, t([1, -1], "int32"))
add("promote_int64_div_int64_is_float32", lambda x, y: x / y, t([7, -7, 1], "int64"), t([2, 2, 0], "int64"))
add("promote_int64_div_0d_int64", lambda x, y: x / y, t([7, -7, 1], "int64"), t(2, "int64"))
add("promote_uint8_div_int", lambda x: x / 2, t([7, 255], "uint8"))
add("promote_int_tensor_plus_0d_float64", lambda x, y: x + y, t([1, 2], "int64"), t(0.5, "float64"))
add("promote_float32_plus_0d_float64", lambda x, y: x + y, t([1.0, 2.0], "float32"), t(0.1, "float64"))
add("promote_0d_int_plus_double", lambda x: x + 0.5, t(3, "int64"))

# ---------------------------------------------------------------------------------------------------------------
# Broadcasting.

BROADCAST_SHAPES = [
    ([3, 1], [1, 4]),
    ([2, 3, 4], [3, 4]),
    ([2, 3, 4], [4]),
    ([4], [2, 1, 4]),
    ([1], [3]),
    ([], [2, 3]),
    ([2, 1, 3], [4, 1]),
    ([0, 3], [3]),
    ([3], [4]),
    ([2, 3], [3, 2]),
    ([2, 3, 4], [2, 4]),
]
for i, (sa, sb) in enumerate(BROADCAST_SHAPES):
    left = distinct(*sa, seed=10 + i) if sa else torch.tensor(1.5)
    right = distinct(*sb, seed=20 + i)
    add(f"broadcast_add_{i}", lambda a, b: a + b, left, right)
    add(f"broadcast_mul_{i}", lambda a, b: a * b, left, right)
add("broadcast_int_float", lambda a, b: a - b, M, t([0.5, 1.5, 2.5, 3.5]))

# ---------------------------------------------------------------------------------------------------------------
# Element-wise functions.

ROUNDING = t([0.5, 1.5, 2.5, -0.5, -1.5, -2.7, 2.7, 0.0])
for name, fn, x in [
    ("neg", lambda x: -x, A),
    ("abs", lambda x: x.abs(), A),
    ("sqrt", lambda x: x.sqrt(), P),
    ("exp", lambda x: x.exp(), A),
    ("log", lambda x: x.log(), P),
    ("sigmoid", lambda x: x.sigmoid(), A),
    ("relu", lambda x: x.relu(), A),
    ("tanh", lambda x: x.tanh(), A),
    ("square", lambda x: x.square(), A),
    ("floor", lambda x: x.floor(), ROUNDING),
    ("ceil", lambda x: x.ceil(), ROUNDING),
    ("round", lambda x: x.round(), ROUNDING),
    ("sign", lambda x: x.sign(), ROUNDING),
    ("reciprocal", lambda x: x.reciprocal(), A),
    ("free_abs", lambda x: torch.abs(x), A),
    ("free_sqrt", lambda x: torch.sqrt(x), P),
    ("free_exp", lambda x: torch.exp(x), A),
    ("free_log", lambda x: torch.log(x), P),
    ("free_sigmoid", lambda x: torch.sigmoid(x), A),
    ("free_relu", lambda x: torch.relu(x), A),
    ("free_tanh", lambda x: torch.tanh(x), A),
    ("sqrt_negative_nan", lambda x: x.sqrt(), t([-1.0, 4.0])),
    ("log_zero", lambda x: x.log(), t([0.0, -1.0, 1.0])),
    ("exp_large", lambda x: x.exp(), t([100.0, -100.0, 88.0])),
    ("sigmoid_extremes", lambda x: x.sigmoid(), t([-100.0, 100.0, 0.0])),
    ("relu_nan", lambda x: x.relu(), t([float("nan"), -1.0, 2.0])),
    ("abs_float64", lambda x: x.abs(), A.double()),
    ("exp_float64", lambda x: x.exp(), A.double()),
    ("neg_int64", lambda x: -x, I),
    ("abs_int64", lambda x: x.abs(), I),
    ("relu_int64", lambda x: x.relu(), I),
    ("sign_int64", lambda x: x.sign(), I),
    ("sqrt_int64", lambda x: x.sqrt(), t([4, 2, 0], "int64")),
    ("exp_int32", lambda x: x.exp(), t([0, 1, 2], "int32")),
    ("sigmoid_bool", lambda x: x.sigmoid(), t([True, False], "bool")),
    ("sqrt_uint8", lambda x: x.sqrt(), t([4, 9, 2], "uint8")),
    ("log_int64", lambda x: x.log(), t([1, 2, 10], "int64")),
    ("tanh_int64", lambda x: x.tanh(), t([0, 1, -1], "int64")),
    ("neg_bool_error", lambda x: -x, t([True, False], "bool")),
    ("neg_uint8_wraps", lambda x: -x, t([0, 1, 200], "uint8")),
    ("abs_int64_min", lambda x: x.abs(), t([-(2**63), 5], "int64")),
    ("reciprocal_zero_and_specials", lambda x: x.reciprocal(), t([0.0, float("inf"), float("-inf"), float("nan")])),
    ("reciprocal_negative_zero", lambda x: (-x).reciprocal(), t([0.0, -2.0])),
    ("reciprocal_int64", lambda x: x.reciprocal(), I),
    ("reciprocal_bool", lambda x: x.reciprocal(), t([True, False])),
    ("reciprocal_float64", lambda x: x.reciprocal(), A.double()),
]:
    add(f"unary_{name}", fn, x)

for name, fn, x in [
    ("min", lambda x: x.clamp(min=0.5), A),
    ("max", lambda x: x.clamp(max=-0.5), A),
    ("both", lambda x: x.clamp(-0.5, 0.5), A),
    ("min_above_max", lambda x: x.clamp(1.0, -1.0), A),
    ("nan", lambda x: x.clamp(0.0, 1.0), t([float("nan"), 2.0, -2.0])),
    ("int_int", lambda x: x.clamp(-2, 3), I),
    ("int_double", lambda x: x.clamp(min=0.5), I),
    ("int_double_max", lambda x: x.clamp(max=2.5), I),
    ("bool_int", lambda x: x.clamp(min=0), t([True, False])),
    ("uint8", lambda x: x.clamp(10, 250), t([3, 200, 255], "uint8")),
]:
    add(f"clamp_{name}", fn, x)

for name, fn, inputs in [
    ("tensor_tensor", lambda x, y: x**y, (P, A)),
    ("square", lambda x: x**2, (A,)),
    ("half", lambda x: x**0.5, (P,)),
    ("zero", lambda x: x**0, (A,)),
    ("minus_one", lambda x: x**-1, (A,)),
    ("minus_two_float64", lambda x: x**-2, (A.double(),)),
    ("scalar_base", lambda x: 2**x, (A,)),
    ("scalar_base_double", lambda x: 0.5**x, (A,)),
    ("negative_base_fraction", lambda x: x**0.5, (t([-4.0, 4.0]),)),
    ("int_square", lambda x: x**2, (I,)),
    ("int_cube_wraps", lambda x: x**3, (t([2**30, 3], "int64"),)),
    ("int_negative_error", lambda x: x**-1, (I,)),
    ("float_base_int_negative_exponent", lambda x, y: x**y, (t([2.0, 3.0]), t([1, -1]))),
    ("int_tensor_negative_error", lambda x, y: x**y, (t([2, 3]), t([1, -1]))),
    ("int_float_exponent", lambda x: x**0.5, (t([4, 2], "int64"),)),
    ("uint8_wraps", lambda x: x**2, (t([16, 3], "uint8"),)),
    ("method", lambda x: x.pow(3), (A,)),
    ("int_tensor_negative_exponents", lambda x, y: x**y, (t([-1, 1, 2, 0, -1, 3]), t([-3, -1, -2, -1, -2, 2]))),
    ("bool_true", lambda x: x**True, (t([True, False]),)),
    ("bool_false", lambda x: x**False, (t([True, False]),)),
    ("bool_int", lambda x: x**2, (t([True, False]),)),
]:
    add(f"pow_{name}", fn, *inputs)

for name, fn, inputs in [
    ("float_by_zero", lambda x, y: x / y, (t([1.0, -1.0, 0.0]), t([0.0, 0.0, 0.0]))),
    ("int_by_zero", lambda x, y: x / y, (t([1, -1, 0], "int64"), t([0, 0, 0], "int64"))),
    ("scalar_by_tensor", lambda x: 1 / x, (A,)),
    ("int_scalar_by_int_tensor", lambda x: 6 / x, (t([4, 3, -5], "int64"),)),
    ("remainder_float", lambda x: x % 1.5, (A,)),
    ("remainder_int", lambda x: x % 3, (I,)),
    ("remainder_int_negative_divisor", lambda x: x % -3, (I,)),
    ("remainder_tensor", lambda x, y: x % y, (A, P)),
    ("remainder_int_zero_error", lambda x: x % 0, (I,)),
    ("remainder_float_zero", lambda x: x % 0.0, (A,)),
]:
    add(f"arith_{name}", fn, *inputs)

NAN_ROW = t([float("nan"), 1.0, -2.0, 3.0])

# Every binary operation by its PyTorch method name, `x.name(y)` for two tensors: the Swift side builds these from
# the cases of ArithmeticOperation, ComparisonOperation and BitwiseOperation, so a new case needs its line here.
for name in ["add", "sub", "mul", "div", "pow", "maximum", "minimum", "remainder"]:
    add(f"binary_{name}", lambda x, y, name=name: getattr(x, name)(y), P, A)
for name in ["eq", "ne", "lt", "le", "gt", "ge"]:
    add(f"binary_{name}", lambda x, y, name=name: getattr(x, name)(y), NAN_ROW, t([2.0, 1.0, float("nan"), 4.0]))
for name in ["bitwise_and", "bitwise_or", "bitwise_xor"]:
    add(f"binary_{name}", lambda x, y, name=name: getattr(x, name)(y), I, ints(3, 4, seed=9))

for name, fn, inputs in [
    ("method_max_tensor", lambda x, y: x.max(y), (A, B)),
    ("method_min_tensor", lambda x, y: x.min(y), (A, B)),
    ("method_max_zero", lambda x: x.max(torch.tensor(0.0)), (A,)),
    ("maximum", lambda x, y: torch.maximum(x, y), (A, B)),
    ("minimum", lambda x, y: torch.minimum(x, y), (A, B)),
    ("maximum_broadcast", lambda x, y: torch.maximum(x, y), (A, t([0.0, 0.5, -0.5]))),
    ("maximum_nan", lambda x, y: torch.maximum(x, y), (NAN_ROW, t([0.0, float("nan"), 0.0, 5.0]))),
    ("minimum_nan", lambda x, y: torch.minimum(x, y), (NAN_ROW, t([0.0, float("nan"), 0.0, 5.0]))),
    ("maximum_int", lambda x, y: torch.maximum(x, y), (I, ints(3, 4, seed=9))),
    ("maximum_mixed", lambda x, y: torch.maximum(x, y), (t([1, 5, -3], "int64"), t([2.5, 0.5, -3.5]))),
    ("maximum_bool", lambda x, y: torch.maximum(x, y), (t([True, False, False]), t([False, False, True]))),
]:
    add(f"extreme_{name}", fn, *inputs)

for name, fn, inputs in [
    ("gt_scalar", lambda x: x > 0.5, (A,)),
    ("lt_zero", lambda x: x < 0, (A,)),
    ("le_scalar", lambda x: x <= 0.125, (A,)),
    ("ge_scalar", lambda x: x >= -0.125, (A,)),
    ("eq_tensor", lambda x, y: x == y, (t([1.0, 2.0, 3.0]), t([1.0, 0.0, 3.0]))),
    ("ne_tensor", lambda x, y: x != y, (t([1.0, 2.0, 3.0]), t([1.0, 0.0, 3.0]))),
    ("eq_int_scalar", lambda x: x == 2, (I,)),
    ("ne_int_scalar", lambda x: x != 2, (I,)),
    ("gt_int_double", lambda x: x > 0.5, (I,)),
    ("lt_uint8_negative", lambda x: x < -1, (t([1, 2], "uint8"),)),
    ("eq_uint8_wrapping", lambda x: x == 257, (t([1, 2], "uint8"),)),
    ("eq_bool_true", lambda x: x == True, (t([True, False]),)),  # noqa: E712
    ("gt_broadcast", lambda x, y: x > y, (A, t([0.0, 0.25, -0.25]))),
    ("eq_nan", lambda x, y: x == y, (NAN_ROW, NAN_ROW)),
    ("ne_nan", lambda x, y: x != y, (NAN_ROW, NAN_ROW)),
    ("eq_chain", lambda x, y: (x > 0.5) == y, (A, t([[True, False, True], [False, False, True]]))),
    ("gt_int64_big", lambda x, y: x > y, (t([2**53 + 1], "int64"), t([2**53], "int64"))),
]:
    add(f"compare_{name}", fn, *inputs)

COND = t([[True, False, True], [False, False, True]])
for name, fn, inputs in [
    ("tensors", lambda c, a, b: torch.where(c, a, b), (COND, A, B)),
    ("scalar_else", lambda c, a: torch.where(c, a, 0.0), (COND, A)),
    ("scalar_then", lambda c, b: torch.where(c, 1.0, b), (COND, B)),
    ("scalars", lambda c: torch.where(c, 1.0, 0.0), (COND,)),
    ("int_scalars", lambda c: torch.where(c, 1, 0), (COND,)),
    ("broadcast", lambda c, a, b: torch.where(c, a, b), (t([[True], [False]]), t([1.0, 2.0, 3.0]), t(-1.0))),
    ("mixed_dtypes", lambda c, a, b: torch.where(c, a, b), (COND, M[:2, :3].clone(), A)),
    ("int_float_scalar", lambda c, a: torch.where(c, a, 0.5), (COND, M[:2, :3].clone())),
    ("float_condition", lambda c, a, b: torch.where(c, a, b), (t([1.0, 0.0]), t([1.0, 2.0]), t([3.0, 4.0]))),
]:
    add(f"which_{name}", fn, *inputs)

# ---------------------------------------------------------------------------------------------------------------
# Reductions.

U8 = t([[3, 200, 255, 0], [1, 2, 3, 4], [250, 250, 250, 250]], "uint8")
BOOLS = t([[True, False, True, True], [False, False, False, True], [True, True, True, True]])
TIES = t([[1.0, 3.0, 3.0], [2.0, 2.0, -1.0]])
for name, fn, x in [
    ("sum_all", lambda x: x.sum(), A3),
    ("sum_dim0", lambda x: x.sum(0), A3),
    ("sum_dim1", lambda x: x.sum(1), A3),
    ("sum_dim_neg1", lambda x: x.sum(-1), A3),
    ("sum_dims_0_2", lambda x: x.sum((0, 2)), A3),
    ("sum_dims_neg", lambda x: x.sum((-1, -2)), A3),
    ("sum_keepdim", lambda x: x.sum(1, keepdim=True), A3),
    ("sum_dims_keepdim", lambda x: x.sum((0, 2), keepdim=True), A3),
    ("sum_transposed", lambda x: x.transpose(0, 2).sum(1), A3),
    ("sum_int64", lambda x: x.sum(), I),
    ("sum_int64_dim", lambda x: x.sum(0), I),
    ("sum_uint8", lambda x: x.sum(), U8),
    ("sum_uint8_dim", lambda x: x.sum(1), U8),
    ("sum_int32", lambda x: x.sum(1), I.int()),
    ("sum_bool", lambda x: x.sum(), BOOLS),
    ("sum_bool_dim", lambda x: x.sum(0), BOOLS),
    ("sum_float64", lambda x: x.sum(), A3.double()),
    ("sum_0d", lambda x: x.sum(), t(2.5)),
    ("sum_0d_dim", lambda x: x.sum(0), t(2.5)),
    ("sum_empty", lambda x: x.sum(), torch.zeros(0)),
    ("sum_empty_dim", lambda x: x.sum(0), torch.zeros(0, 3)),
    ("sum_dim_out_of_range", lambda x: x.sum(3), A3),
    ("sum_dim_repeated", lambda x: x.sum((0, -3)), A3),
    ("mean_all", lambda x: x.mean(), A3),
    ("mean_dim0", lambda x: x.mean(0), A3),
    ("mean_dim_neg1", lambda x: x.mean(-1), A3),
    ("mean_dims_neg", lambda x: x.mean((-1, -2)), A3),
    ("mean_keepdim", lambda x: x.mean(1, keepdim=True), A3),
    ("mean_float64", lambda x: x.mean(0), A3.double()),
    ("mean_int_error", lambda x: x.mean(), I),
    ("mean_bool_error", lambda x: x.mean(), BOOLS),
    ("mean_uint8_dim_error", lambda x: x.mean(0), U8),
    ("mean_empty", lambda x: x.mean(), torch.zeros(0)),
    ("mean_dim_out_of_range", lambda x: x.mean(-4), A3),
    ("max_all", lambda x: x.max(), A3),
    ("min_all", lambda x: x.min(), A3),
    ("max_dim_values", lambda x: x.max(1).values, A3),
    ("max_dim_indices", lambda x: x.max(1).indices, A3),
    ("min_dim_values", lambda x: x.min(-1).values, A3),
    ("min_dim_indices", lambda x: x.min(-1).indices, A3),
    ("max_keepdim_values", lambda x: x.max(0, keepdim=True).values, A3),
    ("max_keepdim_indices", lambda x: x.max(0, keepdim=True).indices, A3),
    ("max_ties_indices", lambda x: x.max(1).indices, TIES),
    ("min_ties_indices", lambda x: x.min(1).indices, TIES),
    ("max_int64", lambda x: x.max(), I),
    ("max_uint8_dim", lambda x: x.max(1).values, U8),
    ("max_bool", lambda x: x.max(), BOOLS),
    ("max_nan", lambda x: x.max(), NAN_ROW),
    ("max_nan_dim_indices", lambda x: x.view(2, 2).max(1).indices, NAN_ROW),
    ("max_empty_error", lambda x: x.max(), torch.zeros(0)),
    ("max_0d_dim", lambda x: x.max(0).values, t(2.5)),
    ("argmax_all", lambda x: x.argmax(), A3),
    ("argmin_all", lambda x: x.argmin(), A3),
    ("argmax_dim", lambda x: x.argmax(1), A3),
    ("argmax_dim_neg", lambda x: x.argmax(-1), A3),
    ("argmin_dim", lambda x: x.argmin(0), A3),
    ("argmax_keepdim", lambda x: x.argmax(2, keepdim=True), A3),
    ("argmax_ties", lambda x: x.argmax(), TIES),
    ("argmin_ties_dim", lambda x: x.argmin(0), TIES),
    ("argmax_int", lambda x: x.argmax(1), I),
    ("argmax_transposed", lambda x: x.t().argmax(1), I),
    ("sum_empty_int", lambda x: x.sum(), torch.zeros(0, dtype=torch.int64)),
    ("argmax_empty_error", lambda x: x.argmax(), torch.zeros(0)),
    ("max_dim_empty_error", lambda x: x.max(1), torch.zeros(2, 0)),
    ("argmin_dim_empty_error", lambda x: x.argmin(0), torch.zeros(0, 2)),
    ("argmax_dim_no_outputs", lambda x: x.argmax(1), torch.zeros(0, 2)),
    ("max_dim_no_outputs", lambda x: x.max(1).values, torch.zeros(0, 2)),
    ("log_softmax_empty", lambda x: x.log_softmax(0), torch.zeros(0)),
    ("softmax_empty_rows", lambda x: x.softmax(1), torch.zeros(2, 0)),
    ("sum_empty_bool_dim", lambda x: x.sum(1), torch.zeros(2, 0, dtype=torch.bool)),
    ("all_bool", lambda x: x.all(), BOOLS),
    ("all_bool_dim", lambda x: x.all(1), BOOLS),
    ("any_bool_dim_keepdim", lambda x: x.any(0, keepdim=True), BOOLS),
    ("all_float_dim_neg", lambda x: x.all(-1), TIES),
    ("any_int", lambda x: x.any(), I),
    ("all_uint8_dim", lambda x: x.all(1), U8),
    ("any_uint8", lambda x: x.any(), U8),
    ("all_nan", lambda x: x.all(), NAN_ROW),
    ("all_empty", lambda x: x.all(), torch.zeros(0)),
    ("any_empty", lambda x: x.any(), torch.zeros(0)),
    ("all_0d_dim", lambda x: x.all(0), t(2.5)),
    ("any_dim_error", lambda x: x.any(3), BOOLS),
    ("std_all", lambda x: x.std(), A3),
    ("std_dim", lambda x: x.std(1), A3),
    ("std_dim_neg", lambda x: x.std(-1), A3),
    ("std_dims", lambda x: x.std((0, 2)), A3),
    ("std_keepdim", lambda x: x.std(0, keepdim=True), A3),
    ("std_population", lambda x: x.std(correction=0), A3),
    ("std_population_dim", lambda x: x.std(1, correction=0), A3),
    ("std_float64", lambda x: x.std(), A3.double()),
    ("std_single", lambda x: x.std(), t([2.0])),
    ("std_int_error", lambda x: x.std(), I),
    ("histc_range", lambda x: x.histc(8, -1, 1), A3),
    ("histc_data_range", lambda x: x.histc(5), A3),
    ("histc_float64", lambda x: x.histc(4, -2, 2), A3.double()),
    ("histc_edges", lambda x: x.histc(4, 0, 10), t([-1.0, 0.0, 2.5, 2.4999999, 5.0, 7.5, 9.999, 10.0, 10.5])),
    ("histc_single_value", lambda x: x.histc(4), t([2.0, 2.0])),
    ("histc_empty", lambda x: x.histc(3), torch.zeros(0)),
    ("histc_nan_in_range", lambda x: x.histc(4, 0, 2), t([float("nan"), 1.0, 0.5])),
    ("histc_bins_error", lambda x: x.histc(0, 0, 1), A3),
    ("histc_int_error", lambda x: x.histc(4, 0, 1), I),
    ("histc_min_max_error", lambda x: x.histc(4, 2, 1), A3),
    ("histc_infinite_error", lambda x: x.histc(4), t([float("inf"), 1.0])),
]:
    add(f"reduce_{name}", fn, x)

LARGE = lambda: (torch.arange(100_000) % 97).float() / 7  # noqa: E731 - rebuilt the same way in Swift
ROWS = lambda: ((torch.arange(60_000) % 89).float() / 3).view(600, 100)  # noqa: E731
for name, fn in [
    ("sum", lambda: LARGE().sum()),
    ("mean", lambda: LARGE().mean()),
    ("std", lambda: LARGE().std()),
    ("sum_rows", lambda: ROWS().sum(1)),
    ("mean_columns", lambda: ROWS().mean(0)),
    ("std_columns", lambda: ROWS().std(0)),
    ("sum_transposed", lambda: ROWS().t().sum(1)),
    ("max_rows", lambda: (ROWS() * -1).max(1).values),
    ("matmul", lambda: (((torch.arange(64 * 96) % 13).float() - 6).view(64, 96)
                        @ ((torch.arange(96 * 32) % 7).float() - 3).view(96, 32))),
]:
    add(f"large_{name}", fn)

# ---------------------------------------------------------------------------------------------------------------
# Softmax and the classification losses (`loss_*`): values, grad_fn names and gradients, and PyTorch's errors.

F = torch.nn.functional
LOGITS = distinct(4, 5, seed=90)  # four items, five classes
LABELS = t([3, 0, 4, 1])
SPATIAL = distinct(2, 3, 2, 2, seed=91)  # two images, three classes, 2x2 positions
SPATIAL_LABELS = t([[[0, 2], [1, 1]], [[2, -100], [0, 1]]])
PROBABILITIES = positive(4, 5, seed=92).softmax(1)
for name, fn, inputs, grad in [
    ("softmax_dim1", lambda x: x.softmax(1), (A3,), True),
    ("softmax_dim0", lambda x: x.softmax(0), (A3,), True),
    ("softmax_last", lambda x: x.softmax(-1), (A3,), True),
    ("softmax_float64", lambda x: x.softmax(1), (A3.double(),), True),
    ("softmax_transposed", lambda x: x.transpose(0, 2).softmax(1), (A3,), True),
    ("softmax_0d", lambda x: x.softmax(0), (t(2.5),), True),
    ("softmax_large", lambda x: x.softmax(0), (t([1000.0, 1001.0, 999.0]),), True),
    ("softmax_minus_inf", lambda x: x.softmax(1), (t([[0.5, float("-inf"), 1.5]]),), False),
    ("softmax_int_error", lambda x: x.softmax(1), (M,), False),
    ("softmax_int_dim0_error", lambda x: x.softmax(0), (M,), False),
    ("softmax_dim_error", lambda x: x.softmax(2), (A,), False),
    ("log_softmax_dim1", lambda x: x.log_softmax(1), (A3,), True),
    ("log_softmax_dim0", lambda x: x.log_softmax(0), (A3,), True),
    ("log_softmax_last", lambda x: x.log_softmax(-1), (LOGITS,), True),
    ("log_softmax_float64", lambda x: x.log_softmax(2), (A3.double(),), True),
    ("log_softmax_transposed", lambda x: x.t().log_softmax(1), (LOGITS,), True),
    ("log_softmax_large", lambda x: x.log_softmax(0), (t([1000.0, 1001.0, 999.0]),), True),
    ("log_softmax_int_error", lambda x: x.log_softmax(-1), (M,), False),
    ("log_softmax_bool_dim0_error", lambda x: x.log_softmax(0), (BOOLS,), False),
    ("nll", lambda x, y: F.nll_loss(x, y), (LOGITS, LABELS), True),
    ("nll_of_log_softmax", lambda x, y: F.nll_loss(x.log_softmax(1), y), (LOGITS, LABELS), True),
    ("nll_sum", lambda x, y: F.nll_loss(x, y, reduction="sum"), (LOGITS, LABELS), True),
    ("nll_none", lambda x, y: F.nll_loss(x, y, reduction="none"), (LOGITS, LABELS), True),
    ("nll_float64", lambda x, y: F.nll_loss(x, y), (LOGITS.double(), LABELS), True),
    ("nll_uint8_targets", lambda x, y: F.nll_loss(x, y), (LOGITS, LABELS.to(torch.uint8)), True),
    ("nll_ignored", lambda x, y: F.nll_loss(x, y), (LOGITS, t([3, -100, 4, -100])), True),
    ("nll_ignored_none", lambda x, y: F.nll_loss(x, y, reduction="none"), (LOGITS, t([3, -100, 4, 1])), True),
    ("nll_all_ignored", lambda x, y: F.nll_loss(x, y), (LOGITS, t([-100, -100, -100, -100])), False),
    ("nll_ignore_index", lambda x, y: F.nll_loss(x, y, ignore_index=0), (LOGITS, LABELS), True),
    ("nll_single", lambda x, y: F.nll_loss(x, y), (LOGITS[0], t(2)), True),
    ("nll_single_none", lambda x, y: F.nll_loss(x, y, reduction="none"), (LOGITS[0], t(2)), True),
    ("nll_single_target_list", lambda x, y: F.nll_loss(x, y), (LOGITS[0], t([2])), False),
    ("nll_spatial", lambda x, y: F.nll_loss(x, y), (SPATIAL, SPATIAL_LABELS), True),
    ("nll_spatial_none", lambda x, y: F.nll_loss(x, y, reduction="none"), (SPATIAL, SPATIAL_LABELS), True),
    ("nll_spatial_sum", lambda x, y: F.nll_loss(x, y, reduction="sum"), (SPATIAL, SPATIAL_LABELS), True),
    ("nll_3d", lambda x, y: F.nll_loss(x, y), (SPATIAL.flatten(2), SPATIAL_LABELS.flatten(1)), True),
    ("nll_3d_none", lambda x, y: F.nll_loss(x, y, reduction="none"), (SPATIAL.flatten(2), SPATIAL_LABELS.flatten(1)),
     True),
    ("nll_5d", lambda x, y: F.nll_loss(x.unsqueeze(-1), y.unsqueeze(-1)), (SPATIAL, SPATIAL_LABELS), True),
    ("nll_empty_batch", lambda x, y: F.nll_loss(x, y), (torch.zeros(0, 3), torch.zeros(0, dtype=torch.long)), False),
    ("nll_target_too_large_error", lambda x, y: F.nll_loss(x, y), (LOGITS, t([3, 0, 5, 1])), False),
    ("nll_target_negative_error", lambda x, y: F.nll_loss(x, y), (LOGITS, t([3, -1, 4, 1])), False),
    ("nll_batch_error", lambda x, y: F.nll_loss(x, y), (LOGITS, t([3, 0])), False),
    ("nll_float_target_error", lambda x, y: F.nll_loss(x, y), (LOGITS, t([3.0, 0.0, 4.0, 1.0])), False),
    ("nll_int32_target_error", lambda x, y: F.nll_loss(x, y), (LOGITS, LABELS.int()), False),
    ("nll_bool_target_error", lambda x, y: F.nll_loss(x, y), (LOGITS, t([True, False, True, True])), False),
    ("nll_2d_target_error", lambda x, y: F.nll_loss(x, y), (LOGITS, LABELS.view(4, 1)), False),
    ("nll_0d_target_error", lambda x, y: F.nll_loss(x, y), (LOGITS, t(1)), False),
    ("nll_0d_input_error", lambda x, y: F.nll_loss(x, y), (t(1.5), t(0)), False),
    ("nll_single_two_targets_error", lambda x, y: F.nll_loss(x, y), (LOGITS[0], t([1, 2])), False),
    ("nll_int_input_error", lambda x, y: F.nll_loss(x, y), (M, t([1, 0, 2])), False),
    ("nll_spatial_target_rank_error", lambda x, y: F.nll_loss(x, y), (SPATIAL, SPATIAL_LABELS[:, 0]), False),
    ("nll_spatial_target_size_error", lambda x, y: F.nll_loss(x, y), (SPATIAL, SPATIAL_LABELS[:, :1]), False),
    ("nll_3d_target_size_error", lambda x, y: F.nll_loss(x, y), (SPATIAL.flatten(2), SPATIAL_LABELS[:, 0]), False),
    ("nll_spatial_target_error", lambda x, y: F.nll_loss(x, y), (SPATIAL, SPATIAL_LABELS + 2), False),
    ("cross_entropy", lambda x, y: F.cross_entropy(x, y), (LOGITS, LABELS), True),
    ("cross_entropy_sum", lambda x, y: F.cross_entropy(x, y, reduction="sum"), (LOGITS, LABELS), True),
    ("cross_entropy_none", lambda x, y: F.cross_entropy(x, y, reduction="none"), (LOGITS, LABELS), True),
    ("cross_entropy_float64", lambda x, y: F.cross_entropy(x, y), (LOGITS.double(), LABELS), True),
    ("cross_entropy_transposed", lambda x, y: F.cross_entropy(x.t(), y), (LOGITS.t().contiguous(), LABELS), True),
    ("cross_entropy_large", lambda x, y: F.cross_entropy(x * 1000, y), (LOGITS, LABELS), True),
    ("cross_entropy_ignored", lambda x, y: F.cross_entropy(x, y), (LOGITS, t([3, -100, 4, 1])), True),
    ("cross_entropy_single", lambda x, y: F.cross_entropy(x, y), (LOGITS[0], t(4)), True),
    ("cross_entropy_spatial", lambda x, y: F.cross_entropy(x, y), (SPATIAL, SPATIAL_LABELS), True),
    ("cross_entropy_probabilities", lambda x, y: F.cross_entropy(x, y), (LOGITS, PROBABILITIES), True),
    ("cross_entropy_probabilities_sum", lambda x, y: F.cross_entropy(x, y, reduction="sum"), (LOGITS, PROBABILITIES),
     True),
    ("cross_entropy_probabilities_none", lambda x, y: F.cross_entropy(x, y, reduction="none"),
     (LOGITS, PROBABILITIES), True),
    ("cross_entropy_probabilities_spatial", lambda x, y: F.cross_entropy(x, y), (SPATIAL, SPATIAL.softmax(1)), True),
    ("cross_entropy_probabilities_int_error", lambda x, y: F.cross_entropy(x, y), (LOGITS[0], t([0, 1, 0, 0, 0])),
     False),
    ("cross_entropy_target_error", lambda x, y: F.cross_entropy(x, y), (LOGITS, t([3, 0, 10, 1])), False),
    ("cross_entropy_batch_error", lambda x, y: F.cross_entropy(x, y), (LOGITS, t([3, 0, 1])), False),
    ("cross_entropy_int_error", lambda x, y: F.cross_entropy(x, y), (M, t([1, 0, 2])), False),
    ("cross_entropy_empty_batch", lambda x, y: F.cross_entropy(x, y),
     (torch.zeros(0, 3), torch.zeros(0, dtype=torch.long)), False),
]:
    add(f"loss_{name}", fn, *inputs, grad=grad)

# ---------------------------------------------------------------------------------------------------------------
# Indexing (reads) and views: shapes, values and which results share memory with their base.

for name, fn in [
    ("int", lambda x: x[1]),
    ("negative_int", lambda x: x[-1]),
    ("two_ints", lambda x: x[1, 2]),
    ("three_ints", lambda x: x[1, -1, 2]),
    ("range", lambda x: x[0:1]),
    ("all_then_int", lambda x: x[:, 1]),
    ("ellipsis_int", lambda x: x[..., 0]),
    ("int_ellipsis_range", lambda x: x[1, ..., 1:3]),
    ("new_axis", lambda x: x[None]),
    ("all_new_axis", lambda x: x[:, None]),
    ("ellipsis_new_axis", lambda x: x[..., None]),
    ("step", lambda x: x[:, ::2]),
    ("step_offset", lambda x: x[:, :, 1::2]),
    ("clamped_end", lambda x: x[1:100]),
    ("negative_start", lambda x: x[-2:]),
    ("negative_end", lambda x: x[:, :-1]),
    ("up_to", lambda x: x[:, :2]),
    ("from", lambda x: x[:, 2:]),
    ("empty_range", lambda x: x[:, 5:]),
    ("reversed_range_empty", lambda x: x[:, 2:1]),
    ("all_all_int", lambda x: x[:, :, 3]),
    ("int_range_range", lambda x: x[1, 1:3, 0:2]),
    ("mask_elements", lambda x: x[x > 10]),
    ("mask_rows", lambda x: x[torch.tensor([False, True])]),
    ("mask_two_dims", lambda x: x[torch.tensor([[True, False, True], [False, True, False]])]),
    ("mask_second_dim", lambda x: x[:, torch.tensor([True, False, True])]),
    ("mask_all_false", lambda x: x[x > 100]),
    ("index_tensor", lambda x: x[torch.tensor([1, 0, 1])]),
    ("index_tensor_negative", lambda x: x[torch.tensor([-1, 0])]),
    ("index_tensor_second_dim", lambda x: x[:, torch.tensor([2, 0])]),
    ("index_tensor_2d", lambda x: x[torch.tensor([[0, 1], [1, 0]])]),
    ("index_tensor_int32", lambda x: x[torch.tensor([1], dtype=torch.int32)]),
    ("index_tensor_then_int", lambda x: x[torch.tensor([1, 0]), 2]),
    ("two_index_tensors", lambda x: x[torch.tensor([1, 0]), torch.tensor([2, 0])]),
    ("index_tensors_broadcast", lambda x: x[torch.tensor([[0], [1]]), torch.tensor([0, 2, 1])]),
    ("index_tensors_apart", lambda x: x[torch.tensor([1, 0]), :, torch.tensor([3, -4])]),
    ("index_tensors_after_all", lambda x: x[:, torch.tensor([2, 0]), torch.tensor([1, 3])]),
    ("three_index_tensors", lambda x: x[torch.tensor([1]), torch.tensor([2]), torch.tensor(-1)]),
    ("index_tensors_after_int", lambda x: x[1, torch.tensor([2, 0]), torch.tensor([1, 3])]),
    ("out_of_range", lambda x: x[5]),
    ("out_of_range_negative", lambda x: x[0, -4]),
    ("out_of_range_second", lambda x: x[0, 3]),
    ("too_many", lambda x: x[0, 0, 0, 0]),
    ("mask_shape_error", lambda x: x[torch.tensor([True, False, True])]),
    ("index_tensor_out_of_range", lambda x: x[torch.tensor([0, 2])]),
    ("index_tensor_float_error", lambda x: x[torch.tensor([0.0])]),
    ("index_tensors_shape_error", lambda x: x[torch.tensor([0, 1]), torch.tensor([0, 1, 2])]),
    ("index_tensors_out_of_range", lambda x: x[torch.tensor([0, 1]), torch.tensor([0, 3])]),
]:
    add(f"index_{name}", fn, X)
add("index_0d_new_axis", lambda x: x[None], t(5, "int64"))
add("index_0d_ellipsis", lambda x: x[...], t(5, "int64"))
add("index_1d_mask", lambda x: x[x > 0], A[0].clone())
add("index_float_mask", lambda x: x[x > 0], A)

for name, fn in [
    ("view", lambda x: x.view(-1, 4)),
    ("view_infer_last", lambda x: x.view(4, -1)),
    ("view_flat", lambda x: x.view(24)),
    ("view_same", lambda x: x.view(2, 3, 4)),
    ("reshape", lambda x: x.reshape(6, 4)),
    ("reshape_transposed", lambda x: x.transpose(0, 2).reshape(-1)),
    ("T", lambda x: x.T),
    ("t_2d", lambda x: x[0].t()),
    ("t_3d_error", lambda x: x.t()),
    ("transpose", lambda x: x.transpose(0, 2)),
    ("transpose_negative", lambda x: x.transpose(-1, -2)),
    ("permute", lambda x: x.permute(2, 0, 1)),
    ("permute_negative", lambda x: x.permute(-1, 0, 1)),
    ("permute_duplicate_error", lambda x: x.permute(0, 0, 1)),
    ("permute_count_error", lambda x: x.permute(0, 1)),
    ("unsqueeze_0", lambda x: x.unsqueeze(0)),
    ("unsqueeze_negative", lambda x: x.unsqueeze(-1)),
    ("unsqueeze_middle", lambda x: x.unsqueeze(2)),
    ("unsqueeze_error", lambda x: x.unsqueeze(4)),
    ("squeeze_none", lambda x: x.squeeze()),
    ("squeeze_after_unsqueeze", lambda x: x[:, None, :, None].squeeze()),
    ("squeeze_dim", lambda x: x[:, None].squeeze(1)),
    ("squeeze_dim_not_one", lambda x: x.squeeze(1)),
    ("squeeze_dim_error", lambda x: x.squeeze(3)),
    ("expand", lambda x: x[0, :, :1].expand(3, 4)),
    ("expand_new_dims", lambda x: x[0, 0].expand(2, 2, 4)),
    ("expand_keep", lambda x: x[:, :1].expand(-1, 3, -1)),
    ("expand_error", lambda x: x.expand(2, 3, 5)),
    ("expand_too_few_error", lambda x: x.expand(3, 4)),
    ("flatten", lambda x: x.flatten()),
    ("flatten_from", lambda x: x.flatten(1)),
    ("flatten_range", lambda x: x.flatten(0, 1)),
    ("flatten_transposed", lambda x: x.transpose(0, 1).flatten()),
    ("flatten_error", lambda x: x.flatten(2, 1)),
    ("contiguous", lambda x: x.transpose(1, 2).contiguous()),
    ("clone", lambda x: x.clone()),
    ("view_size_error", lambda x: x.view(3, 5)),
    ("view_two_inferred_error", lambda x: x.view(-1, -1)),
    ("view_negative_error", lambda x: x.view(-2, 12)),
    ("view_non_contiguous_error", lambda x: x.transpose(0, 1).view(24)),
    ("reshape_size_error", lambda x: x.reshape(5, -1)),
    ("view_of_slice", lambda x: x[:, 1].view(8)),
    ("view_of_column_error", lambda x: x[:, :, 1].view(6)),
    ("view_of_row", lambda x: x[1].view(12)),
    ("narrow", lambda x: x.narrow(2, 1, 2)),
]:
    add(f"view_{name}", fn, X)
add("view_flatten_0d", lambda x: x.flatten(), t(5.0))
add("view_squeeze_0d", lambda x: x.squeeze(), t(5.0))
add("view_unsqueeze_0d", lambda x: x.unsqueeze(0), t(5.0))
add("view_T_1d", lambda x: x.t(), t([1.0, 2.0]))


def shares(view_fn):
    """Adds 100 in place through a view and returns the base: PyTorch's views show the write in the base."""

    def run(x):
        base = x.clone()
        view = view_fn(base)
        view += 100
        return base

    return run


for name, fn in [
    ("select", lambda b: b[1]),
    ("select_negative", lambda b: b[-1, 0]),
    ("slice", lambda b: b[:, 1:3]),
    ("slice_step", lambda b: b[:, :, ::2]),
    ("all", lambda b: b[:]),
    ("ellipsis", lambda b: b[..., 1]),
    ("new_axis", lambda b: b[None, 0]),
    ("view", lambda b: b.view(6, 4)),
    ("reshape", lambda b: b.reshape(-1)),
    ("flatten", lambda b: b.flatten()),
    ("T", lambda b: b.T),
    ("t", lambda b: b[1].t()),
    ("transpose", lambda b: b.transpose(0, 1)),
    ("permute", lambda b: b.permute(1, 2, 0)),
    ("unsqueeze", lambda b: b.unsqueeze(1)),
    ("squeeze", lambda b: b[:1].squeeze()),
    ("squeeze_dim", lambda b: b[:1].squeeze(0)),
    ("contiguous_of_contiguous", lambda b: b.contiguous()),
    ("narrow", lambda b: b.narrow(1, 1, 1)),
    ("detach", lambda b: b.detach()),
    ("view_of_transpose", lambda b: b.transpose(1, 2)[0].view(-1, 3)[1:]),
    ("clone", lambda b: b.clone()),
    ("reshape_copy", lambda b: b.transpose(0, 1).reshape(-1)),
    ("contiguous_copy", lambda b: b.transpose(0, 1).contiguous()),
    ("flatten_copy", lambda b: b.transpose(0, 2).flatten()),
    ("mask_copy", lambda b: b[b > 5]),
    ("index_tensor_copy", lambda b: b[torch.tensor([0])]),
    ("conversion_copy", lambda b: b.float()),
]:
    add(f"shares_{name}", shares(fn), X)


def read_after_base_write(view_fn):
    """Writes through the base and returns the view made before the write."""

    def run(x):
        base = x.clone()
        view = view_fn(base)
        base[0] = -1
        return view

    return run


for name, fn in [
    ("expand", lambda b: b[:, :1].expand(2, 3, 4)),
    ("T", lambda b: b.T),
    ("select", lambda b: b[:, 1]),
    ("data", lambda b: b.data),
    ("clone", lambda b: b.clone()),
]:
    add(f"sees_{name}", read_after_base_write(fn), X)


def assign(fn):
    def run(x):
        base = x.clone()
        fn(base)
        return base

    return run


def setitem(index, value):
    def run(b):
        b[index(b) if callable(index) else index] = value

    return run


for name, fn, base in [
    ("int_scalar", setitem(1, 5), X),
    ("negative_int_double_truncates", setitem(-1, 7.9), X),
    ("two_ints", setitem((0, 1), -3), X),
    ("range_scalar", setitem((slice(None), slice(1, 3)), 0), X),
    ("range_tensor_broadcast", setitem((slice(None), slice(1, 3)), torch.tensor([1, 2, 3, 4])), X),
    ("all_then_int", setitem((slice(None), 0), 9), X),
    ("ellipsis_tensor", setitem((Ellipsis, 1), torch.tensor([10, 20, 30])), X),
    ("new_axis", setitem((None, 0), 3), X),
    ("step", setitem((slice(None), slice(None), slice(None, None, 2)), 1), X),
    ("mask_scalar", setitem(lambda b: b > 10, 0), X),
    ("mask_tensor", setitem(lambda b: b % 5 == 0, torch.tensor([100, 200, 300, 400, 500])), X),
    ("mask_rows", setitem(torch.tensor([True, False]), -1), X),
    ("mask_rows_tensor", setitem(torch.tensor([False, True]), torch.tensor([7, 8, 9, 10])), X),
    ("mask_second_dim", setitem((slice(None), torch.tensor([True, False, True])), 4), X),
    ("index_tensor_scalar", setitem(torch.tensor([0, 1]), 2), X),
    ("index_tensor_second_dim_tensor", setitem((slice(None), torch.tensor([2, 0])), torch.tensor([[1], [2]])), M),
    ("index_tensor_rows_tensor", setitem(torch.tensor([2, 0]), torch.tensor([[1, 1, 1, 1], [2, 2, 2, 2]])), M),
    ("float_tensor_into_int", setitem(0, torch.tensor([1.7, -2.7, 3.0, 4.2])), M),
    ("int_into_float", setitem((slice(None), 1), 3), XF),
    ("whole", setitem(Ellipsis, 0), XF),
    ("float_mask_scalar", setitem(lambda b: b < 0, 0.0), A),
    ("bool_target", setitem(0, True), BOOLS),
    ("shape_error", setitem(0, torch.tensor([1, 2, 3, 4, 5])), M),
    ("out_of_range_error", setitem(3, 1), M),
]:
    add(f"assign_{name}", assign(fn), base)

# ---------------------------------------------------------------------------------------------------------------
# In-place operators (on a copy of the input, which is returned).


def in_place(fn):
    def run(x, *rest):
        y = x.clone()
        fn(y, *rest)
        return y

    return run


def iadd(y, v):
    y += v


def isub(y, v):
    y -= v


def imul(y, v):
    y *= v


def idiv(y, v):
    y /= v


def ipow(y, v):
    y **= v


for name, fn, inputs in [
    ("add_tensor", lambda y, v: iadd(y, v), (A, B)),
    ("add_broadcast", lambda y, v: iadd(y, v), (A, t([1.0, 2.0, 3.0]))),
    ("add_number", lambda y: iadd(y, 2), (A,)),
    ("sub_number", lambda y: isub(y, 0.5), (A,)),
    ("mul_tensor", lambda y, v: imul(y, v), (A, t([[2.0], [3.0]]))),
    ("div_number", lambda y: idiv(y, 4), (A,)),
    ("pow_number", lambda y: ipow(y, 2), (A,)),
    ("float_plus_int", lambda y, v: iadd(y, v), (A, t([1, 2, 3]))),
    ("uint8_wraps", lambda y: isub(y, 1), (t([0, 1, 255], "uint8"),)),
    ("int_plus_float_error", lambda y, v: iadd(y, v), (M, t([1.5, 2.0, 3.0, 4.0]))),
    ("int_div_error", lambda y: idiv(y, 2), (M,)),
    ("bool_plus_int_error", lambda y: iadd(y, 1), (BOOLS,)),
    ("broadcast_shape_error", lambda y, v: iadd(y, v), (t([1.0, 2.0, 3.0]), A)),
    ("into_transposed_view", lambda y, v: iadd(y.t(), v), (A, t([1.0, 2.0]))),
    ("into_step_slice", lambda y: imul(y[:, ::2], -1), (A,)),
    ("zero", lambda y: y.zero_(), (A,)),
    ("fill", lambda y: y.fill_(2.5), (M,)),
    ("copy_broadcast", lambda y, v: y.copy_(v), (A, t([7.0, 8.0, 9.0]))),
    ("copy_converts", lambda y, v: y.copy_(v), (M, t([[1.7] * 4, [-1.2] * 4, [300.5] * 4]))),
    ("copy_shape_error", lambda y, v: y.copy_(v), (t([1.0, 2.0, 3.0]), A)),
]:
    add(f"inplace_{name}", in_place(fn), *inputs)

# ---------------------------------------------------------------------------------------------------------------
# Kernels on non-contiguous inputs (transposed, stepped, expanded).

AT = distinct(3, 2, seed=70)
for name, fn, inputs in [
    ("add_transposed", lambda a, b: a.t() + b, (AT, A)),
    ("mul_both_transposed", lambda a, b: a.t() * b.t(), (AT, distinct(3, 2, seed=71))),
    ("sub_stepped", lambda a: a[:, ::2] - a[:, 1::2], (distinct(3, 4, seed=72),)),
    ("exp_transposed", lambda a: a.t().exp(), (AT,)),
    ("sigmoid_stepped", lambda a: a[::2].sigmoid(), (distinct(5, 3, seed=73),)),
    ("neg_int_transposed", lambda a: -(a.t()), (M,)),
    ("compare_transposed", lambda a, b: a.t() > b, (AT, A)),
    ("which_transposed", lambda c, a, b: torch.where(c.t(), a.t(), b), (t([[True, False], [False, True], [True, True]]), AT, A)),
    ("clamp_transposed", lambda a: a.t().clamp(-0.5, 0.5), (AT,)),
    ("abs_expanded", lambda a: a.expand(3, 4).abs(), (distinct(1, 4, seed=74),)),
    ("float_of_transposed_int", lambda a: a.t().float(), (M,)),
    ("byte_of_stepped", lambda a: a[:, ::3].byte(), (t([[1.7, -1.0, 300.0, 2.0]]),)),
    ("not_transposed", lambda a: ~a.t(), (BOOLS,)),
    ("and_stepped", lambda a: a[:, ::2] & a[:, 1::2], (BOOLS,)),
    ("sum_stepped", lambda a: a[:, ::2].sum(0), (A3[0].clone(),)),
    ("mean_permuted", lambda a: a.permute(2, 0, 1).mean((1, 2)), (A3,)),
    ("max_transposed", lambda a: a.t().max(1).values, (AT,)),
    ("argmax_transposed_float", lambda a: a.t().argmax(0), (AT,)),
    ("std_transposed", lambda a: a.t().std(1), (distinct(4, 3, seed=75),)),
    ("cat_stepped", lambda a: torch.cat([a[:, ::2], a[:, 1::2]], dim=1), (distinct(2, 4, seed=76),)),
    ("stack_transposed", lambda a, b: torch.stack([a.t(), b]), (AT, A)),
    ("matmul_expanded", lambda a, b: a.expand(3, 4) @ b, (distinct(1, 4, seed=77), distinct(4, 5, seed=78))),
    ("index_transposed", lambda a: a.t()[torch.tensor([1, 0, 1])], (A,)),
    ("mask_transposed", lambda a: a.t()[a.t() > 0], (A,)),
    ("assign_transposed", lambda a: in_place(lambda y: y.t().__setitem__(0, 9.0))(a), (A,)),
]:
    add(f"strided_{name}", fn, *inputs)

# ---------------------------------------------------------------------------------------------------------------
# Joining.

S1 = distinct(2, 3, seed=30)
S2 = distinct(2, 3, seed=31)
S3 = distinct(2, 3, seed=32)
for name, fn, inputs in [
    ("stack_dim0", lambda a, b: torch.stack([a, b]), (S1, S2)),
    ("stack_dim1", lambda a, b: torch.stack([a, b], dim=1), (S1, S2)),
    ("stack_dim_neg", lambda a, b: torch.stack([a, b], dim=-1), (S1, S2)),
    ("stack_three", lambda a, b, c: torch.stack([a, b, c]), (S1, S2, S3)),
    ("stack_0d", lambda a, b: torch.stack([a, b]), (t(1.0), t(2.0))),
    ("stack_mixed_dtypes", lambda a, b: torch.stack([a, b]), (t([1, 2], "int64"), t([0.5, 1.5]))),
    ("stack_views", lambda a: torch.stack([a[:, 0], a[:, 2], a.T[1]]), (S1,)),
    ("stack_size_error", lambda a, b: torch.stack([a, b]), (S1, t([1.0, 2.0]))),
    ("stack_dim_error", lambda a, b: torch.stack([a, b], dim=3), (S1, S2)),
    ("cat_dim0", lambda a, b: torch.cat([a, b]), (S1, S2)),
    ("cat_dim1", lambda a, b: torch.cat([a, b], dim=1), (S1, S2)),
    ("cat_dim_neg", lambda a, b: torch.cat([a, b], dim=-1), (S1, S2)),
    ("cat_three_sizes", lambda a, b, c: torch.cat([a, b[:1], c], dim=0), (S1, S2, S3)),
    ("cat_mixed_dtypes", lambda a, b: torch.cat([a, b]), (t([1, 2], "int64"), t([0.5]))),
    ("cat_bool_int", lambda a, b: torch.cat([a, b]), (t([True]), t([3], "uint8"))),
    ("cat_empty_1d", lambda a, b: torch.cat([a, b]), (S1, torch.zeros(0))),
    ("cat_transposed", lambda a, b: torch.cat([a.T, b.T], dim=1), (S1, S2)),
    ("cat_size_error", lambda a, b: torch.cat([a, b]), (S1, torch.zeros(2, 4))),
    ("cat_rank_error", lambda a, b: torch.cat([a, b]), (S1, torch.zeros(3))),
    ("cat_0d_error", lambda a, b: torch.cat([a, b]), (t(1.0), t(2.0))),
    ("cat_dim_error", lambda a, b: torch.cat([a, b], dim=2), (S1, S2)),
]:
    add(f"join_{name}", fn, *inputs)

# ---------------------------------------------------------------------------------------------------------------
# Matrix products.

V3 = distinct(3, seed=40)
V4 = distinct(4, seed=41)
M34 = distinct(3, 4, seed=42)
M45 = distinct(4, 5, seed=43)
B234 = distinct(2, 3, 4, seed=44)
B245 = distinct(2, 4, 5, seed=45)
for name, fn, inputs in [
    ("vv", lambda a, b: a @ b, (V3, distinct(3, seed=46))),
    ("mm", lambda a, b: a @ b, (M34, M45)),
    ("mv", lambda a, b: a @ b, (M34, V4)),
    ("vm", lambda a, b: a @ b, (V3, M34)),
    ("bmm", lambda a, b: a @ b, (B234, B245)),
    ("batched_matrix", lambda a, b: a @ b, (B234, M45)),
    ("matrix_batched", lambda a, b: a @ b, (M34, B245)),
    ("batched_vector", lambda a, b: a @ b, (B234, V4)),
    ("vector_batched", lambda a, b: a @ b, (V4, B245)),
    ("broadcast_batches", lambda a, b: a @ b, (distinct(2, 1, 3, 4, seed=47), distinct(5, 4, 2, seed=48))),
    ("transposed_left", lambda a, b: a.t() @ b, (distinct(4, 3, seed=49), M45)),
    ("transposed_right", lambda a, b: a @ b.t(), (M34, distinct(5, 4, seed=50))),
    ("strided", lambda a, b: a[:, ::2] @ b[::2], (distinct(3, 8, seed=51), distinct(8, 2, seed=52))),
    ("strided_both_dims", lambda a, b: a[::2, ::2] @ b, (distinct(6, 8, seed=53), M45)),
    ("int64_mm", lambda a, b: a @ b, (I, ints(4, 2, seed=54))),
    ("int64_vv", lambda a, b: a @ b, (t([1, 2, 3], "int64"), t([4, 5, 6], "int64"))),
    ("float64_mm", lambda a, b: a @ b, (M34.double(), M45.double())),
    ("method", lambda a, b: a.matmul(b), (M34, M45)),
    ("empty_inner", lambda a, b: a @ b, (torch.zeros(2, 0), torch.zeros(0, 3))),
    ("shape_error", lambda a, b: a @ b, (torch.ones(4, 784), torch.ones(1, 784))),
    ("vv_error", lambda a, b: a @ b, (V3, V4)),
    ("mv_error", lambda a, b: a @ b, (M34, V3)),
    ("vm_error", lambda a, b: a @ b, (V4, M34)),
    ("batched_error", lambda a, b: a @ b, (B234, B234)),
    ("dtype_error", lambda a, b: a @ b, (t([[1, 2]], "int64"), t([[1.0], [2.0]]))),
    ("vv_dtype_error", lambda a, b: a @ b, (V3, t([1, 2, 3]))),
    ("batched_vector_error", lambda a, b: a @ b, (B234, V3)),
    ("matrix_batched_error", lambda a, b: a @ b, (M34, distinct(2, 5, 2, seed=55))),
    ("broadcast_batches_error", lambda a, b: a @ b, (distinct(2, 1, 3, 4, seed=47), distinct(5, 3, 2, seed=56))),
    ("batch_mismatch_error", lambda a, b: a @ b, (B234, distinct(3, 4, 2, seed=57))),
    ("0d_error", lambda a, b: a @ b, (t(1.0), V3)),
]:
    match = "suffix" if name in ("shape_error", "vm_error") else "exact"
    add(f"matmul_{name}", fn, *inputs, match=match)

# ---------------------------------------------------------------------------------------------------------------
# Creation and conversion.

for name, fn in [
    ("tensor_int_nested", lambda: torch.tensor([[1, 2, 3], [4, 5, 6]])),
    ("tensor_float", lambda: torch.tensor([0.5, 1.5, -2.0])),
    ("tensor_bool", lambda: torch.tensor([True, False])),
    ("tensor_float_0d", lambda: torch.tensor(3.0)),
    ("tensor_int_0d", lambda: torch.tensor(7)),
    ("tensor_float_rounds", lambda: torch.tensor([0.1, 1e-50, 3.4e38, 1e39])),
    ("tensor_nested_3d", lambda: torch.tensor([[[1.0], [2.0]], [[3.0], [4.0]]])),
    ("tensor_empty", lambda: torch.tensor([])),
    ("tensor_ragged_error", lambda: torch.tensor([[1, 2], [3]])),
    ("tensor_dtype_float64", lambda: torch.tensor([1, 2], dtype=torch.float64)),
    ("tensor_dtype_uint8_wraps", lambda: torch.tensor([1, 300, -1]).to(torch.uint8)),
    ("zeros", lambda: torch.zeros(2, 3)),
    ("zeros_int64", lambda: torch.zeros(2, dtype=torch.int64)),
    ("zeros_0d", lambda: torch.zeros(())),
    ("zeros_empty", lambda: torch.zeros(0, 3)),
    ("ones", lambda: torch.ones(3)),
    ("ones_bool", lambda: torch.ones(2, dtype=torch.bool)),
    ("full_int", lambda: torch.full((2,), 7)),
    ("full_float", lambda: torch.full((2, 2), 7.5)),
    ("full_bool", lambda: torch.full((2,), True)),
    ("full_dtype", lambda: torch.full((2,), 7, dtype=torch.float64)),
    ("zeros_negative_error", lambda: torch.zeros(2, -3)),
    ("ones_negative_error", lambda: torch.ones(2, -3)),
    ("full_negative_error", lambda: torch.full((-2,), 7)),
    ("arange_end", lambda: torch.arange(5)),
    ("arange_range", lambda: torch.arange(0, 20)),
    ("arange_step", lambda: torch.arange(1, 10, 3)),
    ("arange_negative_step", lambda: torch.arange(10, 0, -3)),
    ("arange_float_step", lambda: torch.arange(0, 1, 0.1)),
    ("arange_float_step_03", lambda: torch.arange(0, 2, 0.3)),
    ("arange_float_start", lambda: torch.arange(-1.5, 2.5)),
    ("arange_float_long", lambda: torch.arange(-3.0, 7.0, 0.01)),
    ("arange_empty", lambda: torch.arange(3, 3)),
    ("arange_zero_step_error", lambda: torch.arange(0, 5, 0)),
    ("arange_sign_error", lambda: torch.arange(5, 1)),
    ("linspace_lesson", lambda: torch.linspace(-2, 2, 100)),
    ("linspace_5", lambda: torch.linspace(-2, 2, 5)),
    ("linspace_7", lambda: torch.linspace(0, 1, 7)),
    ("linspace_descending", lambda: torch.linspace(3, -3, 11)),
    ("linspace_1000", lambda: torch.linspace(0, 10, 1000)),
    ("linspace_fraction", lambda: torch.linspace(0.1, 0.7, 33)),
    ("linspace_one", lambda: torch.linspace(4, 9, 1)),
    ("linspace_two", lambda: torch.linspace(-1, 1, 2)),
    ("linspace_zero", lambda: torch.linspace(0, 1, 0)),
    ("linspace_negative_error", lambda: torch.linspace(0, 1, -1)),
]:
    add(f"create_{name}", fn, exact=name.startswith(("linspace", "arange")))

FLOATS = t([-1.5, -0.5, 0.0, 0.4, 2.7, 255.9, 256.0, 300.2, -300.7, 3e9, -3e9])
for name, fn, x in [
    ("float_to_uint8", lambda x: x.byte(), FLOATS),
    ("float_to_int64", lambda x: x.long(), FLOATS),
    ("float_to_int32", lambda x: x.int(), FLOATS),
    ("float_to_bool", lambda x: x.bool(), FLOATS),
    ("float_to_float64", lambda x: x.double(), FLOATS),
    ("nan_to_int64", lambda x: x.long(), t([float("nan"), float("inf"), float("-inf")])),
    ("float64_to_float32", lambda x: x.float(), t([0.1, 1e-50, 1e300, 16777217.0], "float64")),
    ("int64_to_float32", lambda x: x.float(), t([16777217, -(2**62), 3], "int64")),
    ("int64_to_uint8", lambda x: x.byte(), t([-1, 300, 255, 256], "int64")),
    ("int64_to_int32", lambda x: x.int(), t([2**31, -(2**31) - 1, 5], "int64")),
    ("int64_to_bool", lambda x: x.bool(), t([0, -1, 2], "int64")),
    ("bool_to_float", lambda x: x.float(), t([True, False])),
    ("bool_to_int64", lambda x: x.long(), t([True, False])),
    ("uint8_to_float", lambda x: x.float() / 255, t([0, 128, 255], "uint8")),
    ("uint8_to_int32", lambda x: x.int(), t([0, 128, 255], "uint8")),
    ("same_dtype", lambda x: x.float(), A),
]:
    add(f"convert_{name}", fn, x, exact=True)

# ---------------------------------------------------------------------------------------------------------------
# Autograd: grad_fn names and gradients (upstream gradient fixed; see `run`).

W34 = distinct(3, 4, seed=60)
for name, fn, inputs in [
    ("add", lambda a, b: a + b, (A, B)),
    ("add_broadcast", lambda a, b: a + b, (A, t([1.0, 2.0, 3.0]))),
    ("add_broadcast_column", lambda a, b: a + b, (t([[1.0], [2.0]]), t([1.0, 2.0, 3.0]))),
    ("add_0d", lambda a, b: a + b, (A, t(2.0))),
    ("add_scalar", lambda a: a + 2, (A,)),
    ("sub", lambda a, b: a - b, (A, B)),
    ("sub_broadcast", lambda a, b: a - b, (A, t([[1.0], [2.0]]))),
    ("sub_scalar", lambda a: a - 2, (A,)),
    ("rsub_scalar", lambda a: 2 - a, (A,)),
    ("mul", lambda a, b: a * b, (A, B)),
    ("mul_broadcast", lambda a, b: a * b, (t([[1.0], [2.0]]), t([[1.0, 2.0, 3.0]]))),
    ("mul_scalar", lambda a: a * 3, (A,)),
    ("mul_self", lambda a: a * a, (A,)),
    ("div", lambda a, b: a / b, (A, P)),
    ("div_broadcast", lambda a, b: a / b, (t([1.0, 2.0, 3.0]), P)),
    ("div_scalar", lambda a: a / 4, (A,)),
    ("rdiv_scalar", lambda a: 1 / a, (A,)),
    ("pow_scalar", lambda a: a**2, (A,)),
    ("pow_half", lambda a: a**0.5, (P,)),
    ("pow_cube", lambda a: a**3, (A,)),
    ("pow_tensor", lambda a, b: a**b, (P, A)),
    ("pow", lambda a, b: a.pow(b), (P, A)),
    ("remainder", lambda a, b: a.remainder(b), (A, P)),
    ("pow_scalar_base", lambda a: 2**a, (A,)),
    ("square", lambda a: a.square(), (A,)),
    ("neg", lambda a: -a, (A,)),
    ("abs", lambda a: a.abs(), (t([-1.5, 0.0, 2.0]),)),
    ("sqrt", lambda a: a.sqrt(), (P,)),
    ("exp", lambda a: a.exp(), (A,)),
    ("log", lambda a: a.log(), (P,)),
    ("sigmoid", lambda a: a.sigmoid(), (A,)),
    ("relu", lambda a: a.relu(), (t([-1.0, 0.0, 2.0]),)),
    # threshold_backward passes the gradient where the result is NaN, and gives 0 where it is not above zero, even
    # for an infinite gradient.
    ("relu_nan", lambda a: a.relu(), (t([float("nan"), -1.0, 2.0]),)),
    ("relu_infinite_gradient", lambda a: a.relu() * float("inf"), (t([-1.0, 0.0, 2.0]),)),
    ("tanh", lambda a: a.tanh(), (A,)),
    ("floor", lambda a: a.floor(), (ROUNDING,)),
    ("ceil", lambda a: a.ceil(), (ROUNDING,)),
    ("round", lambda a: a.round(), (ROUNDING,)),
    ("sign", lambda a: a.sign(), (ROUNDING,)),
    ("reciprocal", lambda a: a.reciprocal(), (A,)),
    ("clamp_min", lambda a: a.clamp(min=0.0), (t([-1.0, 0.0, 2.0]),)),
    ("clamp_max", lambda a: a.clamp(max=0.5), (t([-1.0, 0.5, 2.0]),)),
    ("clamp_both", lambda a: a.clamp(-0.5, 0.5), (A,)),
    ("maximum", lambda a, b: torch.maximum(a, b), (t([1.0, 2.0, 3.0]), t([3.0, 2.0, 1.0]))),
    ("minimum", lambda a, b: torch.minimum(a, b), (t([1.0, 2.0, 3.0]), t([3.0, 2.0, 1.0]))),
    ("max_zero", lambda a: a.max(torch.tensor(0.0)), (t([-1.0, 0.0, 2.0]),)),
    ("which", lambda c, a, b: torch.where(c, a, b), (COND, A, B)),
    ("which_scalar", lambda c, a: torch.where(c, a, 0.0), (COND, A)),
    ("which_broadcast", lambda c, a, b: torch.where(c, a, b), (COND, t([1.0, 2.0, 3.0]), t(0.5))),
    ("sum", lambda a: a.sum(), (A3,)),
    ("sum_dim", lambda a: a.sum(1), (A3,)),
    ("sum_dims_keepdim", lambda a: a.sum((0, 2), keepdim=True), (A3,)),
    ("mean", lambda a: a.mean(), (A3,)),
    ("mean_dim", lambda a: a.mean(-1), (A3,)),
    ("mean_dims", lambda a: a.mean((0, 1)), (A3,)),
    ("max_all", lambda a: a.max(), (A3,)),
    ("max_ties", lambda a: a.max(), (TIES,)),
    ("min_all", lambda a: a.min(), (TIES,)),
    ("max_dim", lambda a: a.max(1).values, (A3,)),
    ("max_dim_keepdim", lambda a: a.max(1, keepdim=True).values, (A3,)),
    ("min_dim", lambda a: a.min(0).values, (TIES,)),
    ("std", lambda a: a.std(), (A3,)),
    ("std_dim", lambda a: a.std(1), (A3,)),
    ("std_dims_keepdim", lambda a: a.std((0, 2), keepdim=True), (A3,)),
    ("std_population", lambda a: a.std(correction=0), (A3,)),
    ("view", lambda a: a.view(-1, 4), (A3,)),
    ("reshape_view", lambda a: a.reshape(6, 4), (A3,)),
    ("reshape_copy", lambda a: a.transpose(0, 1).reshape(-1), (A3,)),
    ("T", lambda a: a.T, (A3,)),
    ("t", lambda a: a.t(), (A,)),
    ("transpose", lambda a: a.transpose(0, 2), (A3,)),
    ("permute", lambda a: a.permute(2, 0, 1), (A3,)),
    ("unsqueeze", lambda a: a.unsqueeze(1), (A,)),
    ("squeeze", lambda a: a.squeeze(), (A.view(2, 1, 3),)),
    ("squeeze_dim", lambda a: a.squeeze(1), (A.view(2, 1, 3),)),
    ("expand", lambda a: a.expand(4, 3), (t([[1.0, 2.0, 3.0]]),)),
    ("flatten", lambda a: a.flatten(), (A3,)),
    ("flatten_range", lambda a: a.flatten(1), (A3,)),
    ("contiguous", lambda a: a.t().contiguous(), (A,)),
    ("clone", lambda a: a.clone(), (A,)),
    ("select", lambda a: a[1], (A3,)),
    ("select_negative", lambda a: a[:, -1], (A3,)),
    ("slice", lambda a: a[:, 1:3], (A3,)),
    ("slice_step", lambda a: a[..., ::2], (A3,)),
    ("int_and_slice", lambda a: a[1, 1:3], (A3,)),
    ("new_axis", lambda a: a[None], (A,)),
    ("mask", lambda a: a[a > 0], (A3,)),
    ("mask_rows", lambda a, m: a[m], (A3, t([True, False]))),
    ("index_tensor", lambda a: a[torch.tensor([1, 0, 1])], (A,)),
    ("index_tensor_second_dim", lambda a: a[:, torch.tensor([2, 2, 0])], (A,)),
    ("index_tensors_rows_and_columns", lambda a: a[torch.tensor([0, 1, 1]), torch.tensor([2, 0, 2])], (A,)),
    ("stack", lambda a, b: torch.stack([a, b]), (A, B)),
    ("stack_dim1", lambda a, b: torch.stack([a, b], dim=1), (A, B)),
    ("cat", lambda a, b: torch.cat([a, b]), (A, B)),
    ("cat_dim1", lambda a, b: torch.cat([a, b[:, :2]], dim=1), (A, B)),
    ("matmul_vv", lambda a, b: a @ b, (V3, distinct(3, seed=61))),
    ("matmul_mm", lambda a, b: a @ b, (M34, M45)),
    ("matmul_mv", lambda a, b: a @ b, (M34, V4)),
    ("matmul_vm", lambda a, b: a @ b, (V3, M34)),
    ("matmul_bmm", lambda a, b: a @ b, (B234, B245)),
    ("matmul_batched_matrix", lambda a, b: a @ b, (B234, M45)),
    ("matmul_broadcast_batches", lambda a, b: a @ b, (distinct(2, 1, 3, 4, seed=47), distinct(5, 4, 2, seed=48))),
    ("matmul_transposed", lambda a, b: a.t() @ b, (W34, W34)),
    ("matmul_batched_vector", lambda a, b: a @ b, (B234, V4)),
    ("matmul_vector_batched", lambda a, b: a @ b, (V4, B245)),
    ("matmul_matrix_batched", lambda a, b: a @ b, (M34, B245)),
    ("to_float64", lambda a: a.double(), (A,)),
    ("float_of_float", lambda a: a.float(), (A,)),
    ("linear_sigmoid", lambda x, w, b: (x @ w + b).sigmoid(), (M34, distinct(4, 1, seed=62), t(0.5))),
    ("mse", lambda a, b: ((a - b) ** 2).mean(), (A, B)),
    ("l1", lambda a, b: (a - b).abs().mean(), (A, B)),
    ("mnist_loss", lambda p, y: torch.where(y == 1, 1 - p, p).mean(), (A.sigmoid(), t([[1, 0, 1], [0, 0, 1]], "int64"))),
    ("float64_chain", lambda a, b: (a * b).exp().sum(1), (A.double(), B.double())),
    ("pow_zero_at_zero", lambda a: a**0, (t([0.0, 1.0, 2.0]),)),
    ("pow_tensor_zero_base", lambda a, b: a**b, (t([0.0, 1.0, 2.0, 0.0]), t([2.0, 0.5, 0.0, 0.0]))),
    ("pow_zero_base_scalar", lambda a: 0**a, (t([0.0, 1.0, 2.0]),)),
    ("all_slice", lambda a: a[:], (A,)),
    ("ellipsis_alias", lambda a: a[...], (A,)),
    ("two_full_slices", lambda a: a[:, :], (A,)),
]:
    add(f"grad_{name}", fn, *inputs, grad=True)


def leaf(values, dtype="float32"):
    return t(values, dtype).requires_grad_()


def accumulate():
    x = leaf([1.0, 2.0, 3.0])
    (x * x).sum().backward()
    (x * 3).sum().backward()
    return x.grad


def grad_reset_to_none():
    x = leaf([1.0, 2.0, 3.0])
    (x * x).sum().backward()
    x.grad = None
    (x * 3).sum().backward()
    return x.grad


def grad_zero():
    x = leaf([1.0, 2.0, 3.0])
    (x * x).sum().backward()
    x.grad.zero_()
    (x * 3).sum().backward()
    return x.grad


def data_update():
    p = leaf([1.0, 2.0, 3.0])
    (p * p).sum().backward()
    p.data -= 0.1 * p.grad
    return p


def data_update_then_backward():
    p = leaf([1.0, 2.0, 3.0])
    (p * p).sum().backward()
    p.data -= 0.1 * p.grad
    p.grad = None
    (p * p).sum().backward()
    return p.grad


def no_grad_update():
    p = leaf([1.0, 2.0, 3.0])
    (p * p).sum().backward()
    with torch.no_grad():
        p -= 0.5 * p.grad
    return p


def no_grad_result():
    x = leaf([1.0, 2.0])
    with torch.no_grad():
        y = x * 2
    return y


def detach_result():
    x = leaf([1.0, 2.0])
    return x.detach() * 2


def detach_shares():
    x = leaf([1.0, 2.0])
    x.detach()[0] = 5
    return x


def backward_explicit_gradient():
    x = leaf([1.0, 2.0, 3.0])
    (x * 2).backward(torch.tensor([1.0, 0.5, -1.0]))
    return x.grad


def backward_twice_through_graph_parts():
    x = leaf([1.0, 2.0])
    y = x * 3
    (y.sum() + (y * y).sum()).backward()
    return x.grad


def grad_of_unused_input():
    x = leaf([1.0, 2.0])
    leaf([5.0]).requires_grad_()
    (x * 2).sum().backward()
    return x.grad


def grad_int_path_blocks():
    x = leaf([1.5, 2.5])
    ((x * 2).long().float() + x).sum().backward()
    return x.grad


def leaf_in_place_error():
    x = leaf([1.0, 2.0])
    x += 1
    return x


def leaf_view_in_place_error():
    x = leaf([1.0, 2.0])
    x[0] += 1
    return x


def leaf_set_index_error():
    x = leaf([1.0, 2.0])
    x[0] = 1
    return x


def backward_non_scalar_error():
    x = leaf([1.0, 2.0])
    (x * 2).backward()
    return x.grad


def backward_without_grad_error():
    torch.ones(2).sum().backward()
    return torch.ones(1)


def backward_shape_error():
    x = leaf([1.0, 2.0, 3.0])
    (x * 2).backward(torch.ones(2))
    return x.grad


def requires_grad_int_error():
    return torch.tensor([1, 2]).requires_grad_()


def requires_grad_non_leaf_error():
    x = leaf([1.0, 2.0])
    return (x * 2).requires_grad_(False)


def backward_runs(values, retaining, fn):
    """Computes y = fn(x) once from the leaf x, then calls y.backward() once per entry of `retaining` (with that
    retain_graph); returns x.grad."""

    def run():
        x = leaf(values)
        y = fn(x)
        for retain_graph in retaining:
            y.backward(retain_graph=retain_graph)
        return x.grad

    return run


def backward_twice_through_shared_part_error():
    x = leaf([1.0, 2.0])
    y = x.exp()
    y.sum().backward()
    (y * 2).sum().backward()
    return x.grad


def quadratic_fit(time, speed, params):
    """fast.ai chapter 4: fit a*t**2 + b*t + c to speeds by 10 steps of gradient descent; returns the params."""
    params = params.clone().requires_grad_()
    for _ in range(10):
        a, b, c = params[0], params[1], params[2]
        preds = a * (time**2) + (b * time) + c
        loss = ((preds - speed) ** 2).mean()
        loss.backward()
        params.data -= 1e-5 * params.grad.data
        params.grad = None
    return params


def linear_sgd(x, y, weights, bias):
    """fast.ai chapter 4: three epochs of the linear model with mnist_loss, batch size 3; returns the weights."""
    weights = weights.clone().requires_grad_()
    bias = bias.clone().requires_grad_()
    for _ in range(3):
        for start in range(0, len(x), 3):
            xb, yb = x[start : start + 3], y[start : start + 3]
            preds = (xb @ weights + bias).sigmoid()
            loss = torch.where(yb == 1, 1 - preds, preds).mean()
            loss.backward()
            for p in (weights, bias):
                p.data -= 1.0 * p.grad
                p.grad.zero_()
    return torch.cat([weights.flatten(), bias])


def relu_net_loss(x, y, w1, b1, w2, b2):
    """fast.ai chapter 4's simple_net with max(tensor(0.0)) as ReLU; returns the loss gradient of w1."""
    w1 = w1.clone().requires_grad_()
    res = x @ w1 + b1
    res = res.max(torch.tensor(0.0))
    preds = (res @ w2 + b2).sigmoid()
    torch.where(y == 1, 1 - preds, preds).mean().backward()
    return w1.grad


TIME = torch.arange(0, 20).float()
add("scenario_quadratic_fit", quadratic_fit, TIME, (TIME - 9.5) ** 2 * 0.75 + 1 + distinct(20, seed=80), t([0.5, -0.25, 1.0]))
add("scenario_linear_sgd", linear_sgd, distinct(9, 4, seed=81), t([[1], [0], [1], [1], [0], [0], [1], [0], [1]]),
    distinct(4, 1, seed=82), t([0.25]))
add("scenario_relu_net", relu_net_loss, distinct(6, 4, seed=83), t([[1], [0], [1], [1], [0], [0]]),
    distinct(4, 5, seed=84), distinct(5, seed=85), distinct(5, 1, seed=86), t([0.1]))

for fn in [
    accumulate,
    grad_reset_to_none,
    grad_zero,
    data_update,
    data_update_then_backward,
    no_grad_update,
    no_grad_result,
    detach_result,
    detach_shares,
    backward_explicit_gradient,
    backward_twice_through_graph_parts,
    grad_of_unused_input,
    grad_int_path_blocks,
    leaf_in_place_error,
    leaf_view_in_place_error,
    leaf_set_index_error,
    backward_non_scalar_error,
    backward_without_grad_error,
    backward_shape_error,
    requires_grad_int_error,
    requires_grad_non_leaf_error,
    backward_twice_through_shared_part_error,
]:
    add(f"autograd_{fn.__name__}", fn)

for name, values, retaining, fn in [
    ("backward_twice_error", [1.0, 2.0], [False, False], lambda x: (x * x).sum()),
    ("backward_twice_retained", [1.0, 2.0], [True, False], lambda x: (x * x).sum()),
    ("backward_three_times_error", [1.0, 2.0], [True, False, False], lambda x: (x * x).sum()),
    ("backward_twice_without_saved_tensors", [1.0, 2.0, 3.0, 4.0], [False, False],
     lambda x: (x.view(2, 2).t()[0] + 1 - x[1:3]).mean()),
    ("backward_twice_cross_entropy_error", [0.5, -1.0, 2.0, 1.5, 0.25, -0.75], [False, False],
     lambda x: torch.nn.functional.cross_entropy(x.view(2, 3), torch.tensor([2, 0]))),
]:
    add(f"autograd_{name}", backward_runs(values, retaining, fn))

# ---------------------------------------------------------------------------------------------------------------
# Chapter 13: conv2d, max/avg/adaptive pooling and batch norm, with gradients and PyTorch's argument errors.
# Inputs are multiples of 1/4 (weights too), so float32 sums are exact whatever the order.

F = torch.nn.functional


def small(*shape, seed=0):
    """Multiples of 1/4 in [-1, 1], so that long sums of products stay exact in float32."""
    g = torch.Generator().manual_seed(seed)
    return ((torch.randperm(math.prod(shape), generator=g) % 9 - 4) * 0.25).view(shape)


CONV_CASES = [
    ("basic", lambda x, w: F.conv2d(x, w), (distinct(2, 3, 7, 6, seed=90), distinct(4, 3, 3, 3, seed=91))),
    ("bias", lambda x, w, b: F.conv2d(x, w, b), (distinct(2, 3, 5, 5, seed=92), distinct(2, 3, 3, 3, seed=93), distinct(2, seed=94))),
    ("stride2_pad1", lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1), (distinct(2, 3, 7, 7, seed=95), distinct(4, 3, 3, 3, seed=96), distinct(4, seed=97))),
    ("stride_pad_pairs", lambda x, w: F.conv2d(x, w, stride=(2, 1), padding=(0, 2)), (distinct(2, 2, 7, 5, seed=98), distinct(3, 2, 3, 2, seed=99))),
    ("stride_list_of_one", lambda x, w: F.conv2d(x, w, stride=[2]), (distinct(1, 1, 6, 6, seed=100), distinct(2, 1, 2, 2, seed=101))),
    ("dilation2", lambda x, w: F.conv2d(x, w, padding=1, dilation=2), (distinct(2, 2, 7, 6, seed=102), distinct(3, 2, 3, 3, seed=103))),
    ("dilation_pair", lambda x, w: F.conv2d(x, w, dilation=(1, 3)), (distinct(1, 2, 5, 8, seed=104), distinct(2, 2, 2, 3, seed=105))),
    ("groups2", lambda x, w, b: F.conv2d(x, w, b, groups=2), (distinct(2, 4, 5, 5, seed=106), distinct(6, 2, 3, 3, seed=107), distinct(6, seed=108))),
    ("depthwise_stride2", lambda x, w: F.conv2d(x, w, stride=2, padding=1, groups=3), (distinct(2, 3, 6, 6, seed=109), distinct(3, 1, 3, 3, seed=110))),
    ("groups_dilation_stride", lambda x, w: F.conv2d(x, w, stride=(1, 2), padding=2, dilation=2, groups=2), (distinct(1, 4, 6, 7, seed=111), distinct(4, 2, 3, 2, seed=112))),
    ("batch1_edges", lambda x, w: F.conv2d(x, w), (distinct(1, 1, 9, 9, seed=113), t([[[[-1, -1, -1], [0, 0, 0], [1, 1, 1]]], [[[-1, 0, 1], [-1, 0, 1], [-1, 0, 1]]], [[[0, -1, 1], [-1, 1, 0], [1, 0, 0]]], [[[1, 0, 0], [0, 1, 0], [0, 0, 1]]]], "float32"))),
    ("unbatched", lambda x, w, b: F.conv2d(x, w, b, padding=1), (distinct(3, 6, 5, seed=114), distinct(2, 3, 3, 3, seed=115), distinct(2, seed=116))),
    ("kernel_1x1", lambda x, w, b: F.conv2d(x, w, b), (distinct(2, 3, 4, 5, seed=117), distinct(5, 3, 1, 1, seed=118), distinct(5, seed=119))),
    ("kernel_1x1_stride2_pad1", lambda x, w: F.conv2d(x, w, stride=2, padding=1), (distinct(2, 3, 5, 4, seed=120), distinct(2, 3, 1, 1, seed=121))),
    ("kernel_fills_input", lambda x, w: F.conv2d(x, w), (distinct(3, 2, 4, 4, seed=122), distinct(3, 2, 4, 4, seed=123))),
    ("kernel5_stride2_pad2", lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=2), (distinct(2, 1, 12, 11, seed=124), distinct(8, 1, 5, 5, seed=125), distinct(8, seed=126))),
    ("many_channels", lambda x, w: F.conv2d(x, w, padding=1), (small(2, 16, 5, 4, seed=127), small(8, 16, 3, 3, seed=128))),
    ("batch9", lambda x, w: F.conv2d(x, w, stride=2, padding=1), (distinct(9, 2, 5, 5, seed=129), distinct(3, 2, 3, 3, seed=130))),
    # 306 output positions per image: one image per matrix product; 49: six images per product, the last holds three.
    ("large_planes", lambda x, w, b: F.conv2d(x, w, b, padding=1), (small(3, 2, 18, 17, seed=238), small(3, 2, 3, 3, seed=239), small(3, seed=240))),
    ("ragged_products", lambda x, w, b: F.conv2d(x, w, b), (small(9, 2, 9, 9, seed=241), small(3, 2, 3, 3, seed=242), small(3, seed=243))),
    ("noncontiguous_input", lambda x, w: F.conv2d(x.transpose(2, 3), w), (distinct(2, 3, 6, 7, seed=131), distinct(2, 3, 3, 3, seed=132))),
    ("noncontiguous_slice", lambda x, w: F.conv2d(x[:, :, ::2, 1:], w, padding=1), (distinct(2, 2, 9, 6, seed=133), distinct(3, 2, 3, 3, seed=134))),
    ("noncontiguous_weight", lambda x, w: F.conv2d(x, w.transpose(2, 3)), (distinct(2, 2, 5, 6, seed=135), distinct(3, 2, 2, 3, seed=136))),
    ("noncontiguous_channels_last", lambda x, w: F.conv2d(x.permute(0, 3, 1, 2), w, stride=2), (distinct(2, 6, 5, 3, seed=137), distinct(4, 3, 3, 3, seed=138))),
    ("float64", lambda x, w, b: F.conv2d(x, w, b, stride=2, padding=1, groups=2), (distinct(2, 4, 6, 5, seed=139).double(), distinct(4, 2, 3, 3, seed=140).double(), distinct(4, seed=141).double())),
    ("empty_batch", lambda x, w: F.conv2d(x, w), (distinct(0, 2, 5, 5, seed=142), distinct(3, 2, 3, 3, seed=143))),
]
for name, fn, inputs in CONV_CASES:
    add(f"conv2d_{name}", fn, *inputs, grad=True)

# An integer weight does not require grad: only the input gets a gradient.
add("conv2d_no_grad_weight", lambda x, w: F.conv2d(x, w.float() / 4, padding=1), distinct(2, 2, 5, 5, seed=145), ints(3, 2, 3, 3, seed=144), grad=True)
add("conv2d_int64", lambda x, w, b: F.conv2d(x, w, b, padding=1), ints(2, 2, 4, 4, seed=146), ints(3, 2, 3, 3, seed=147), ints(3, seed=148))
add("conv2d_int32_groups_stride", lambda x, w: F.conv2d(x, w, stride=2, padding=1, groups=2), ints(1, 4, 6, 6, seed=149).int(), ints(2, 2, 2, 2, seed=150).int())
add("conv2d_int64_dilated", lambda x, w: F.conv2d(x, w, dilation=2), ints(2, 1, 5, 6, seed=151), ints(2, 1, 2, 2, seed=152))
add("conv2d_uint8_wraps", lambda x, w: F.conv2d(x, w), t([[[[100, 100], [100, 100]]]], "uint8"), t([[[[2, 2], [2, 2]]]], "uint8"))
add("conv2d_int32_wraps", lambda x, w, b: F.conv2d(x, w, b), t([[[[100, 100], [100, 100]]]], "int32"), t([[[[2**30, 2**30], [2, 2]]]], "int32"), t([5], "int32"))
add("conv2d_zero_input_channels", lambda x, w: F.conv2d(x, w), torch.ones(2, 0, 5, 5), torch.ones(4, 0, 3, 3))

CONV_ERRORS = [
    ("wrong_channels", lambda: F.conv2d(distinct(2, 3, 28, 28), distinct(4, 1, 3, 3))),
    ("wrong_channels_unbatched", lambda: F.conv2d(distinct(2, 5, 5), distinct(4, 1, 3, 3))),
    ("kernel_too_big", lambda: F.conv2d(distinct(1, 1, 2, 2), distinct(1, 1, 3, 3))),
    ("kernel_too_big_padded_dilated", lambda: F.conv2d(distinct(1, 1, 2, 5), distinct(1, 1, 5, 3), padding=1, dilation=2)),
    ("empty_height", lambda: F.conv2d(distinct(1, 1, 0, 5), distinct(4, 1, 1, 1))),
    ("groups_not_dividing_weight", lambda: F.conv2d(distinct(1, 4, 5, 5), distinct(3, 2, 3, 3), groups=2)),
    ("groups_larger_than_weight", lambda: F.conv2d(distinct(1, 4, 5, 5), distinct(1, 1, 3, 3), groups=4)),
    ("groups_wrong_channels", lambda: F.conv2d(distinct(1, 5, 5, 5), distinct(4, 2, 3, 3), groups=2)),
    ("groups_zero", lambda: F.conv2d(distinct(1, 4, 5, 5), distinct(4, 2, 3, 3), groups=0)),
    ("groups_negative", lambda: F.conv2d(distinct(1, 4, 5, 5), distinct(4, 2, 3, 3), groups=-1)),
    ("input_rank5", lambda: F.conv2d(distinct(1, 1, 1, 5, 5), distinct(4, 1, 3, 3))),
    ("input_rank2", lambda: F.conv2d(distinct(5, 5), distinct(4, 1, 3, 3))),
    ("weight_rank2", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 3))),
    ("weight_rank3", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 3, 3))),
    ("weight_rank5", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 1, 3, 3))),
    ("weight_rank3_lists_of_one", lambda: F.conv2d(distinct(1, 2, 5, 5), distinct(4, 1, 3), stride=[2], padding=[0], dilation=[1])),
    ("weight_no_output_channels", lambda: F.conv2d(distinct(1, 1, 5, 5), torch.ones(0, 1, 3, 3))),
    ("kernel_zero", lambda: F.conv2d(distinct(1, 1, 2, 2), torch.ones(4, 1, 0, 0))),
    ("kernel_zero_dilated", lambda: F.conv2d(distinct(1, 1, 5, 5).double(), torch.ones(4, 1, 0, 3).double(), dilation=2)),
    ("bias_wrong_size", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), distinct(3))),
    ("bias_2d", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), distinct(4, 1))),
    ("stride_three_values", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), stride=[1, 2, 3])),
    ("stride_empty", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), stride=[])),
    ("stride_zero", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), stride=0)),
    ("stride_negative", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), stride=-1)),
    ("padding_negative", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), padding=-1)),
    ("padding_three_values", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), padding=[1, 2, 3])),
    ("dilation_three_values", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), dilation=[1, 1, 1])),
    ("dilation_zero", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), dilation=0)),
    ("dilation_zero_batched", lambda: F.conv2d(distinct(2, 1, 5, 5), distinct(4, 1, 3, 3), dilation=0)),
    ("dilation_one_zero", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), dilation=[1, 0])),
    ("dilation_negative", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), dilation=-1)),
    ("stride_zero_before_dilation", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), stride=0, dilation=-1)),
    ("padding_before_stride", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), padding=-1, stride=0)),
    ("groups_before_padding", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), padding=-1, groups=0)),
    ("channels_before_bias", lambda: F.conv2d(distinct(1, 2, 5, 5), distinct(4, 1, 3, 3), distinct(3))),
    ("bias_before_kernel", lambda: F.conv2d(distinct(1, 1, 2, 2), distinct(4, 1, 3, 3), distinct(3))),
    ("bool", lambda: F.conv2d(torch.ones(1, 1, 5, 5, dtype=torch.bool), torch.ones(4, 1, 3, 3, dtype=torch.bool))),
    ("int32_dilated", lambda: F.conv2d(ints(1, 1, 5, 5).int(), ints(2, 1, 2, 2).int(), dilation=2)),
    ("uint8_dilated_float_weight", lambda: F.conv2d(torch.ones(1, 1, 5, 5, dtype=torch.uint8), torch.ones(2, 1, 2, 2), dilation=2)),
    ("int64_dilated_float_weight", lambda: F.conv2d(ints(1, 1, 5, 5), distinct(2, 1, 2, 2), dilation=2)),
    ("bool_dilated", lambda: F.conv2d(torch.ones(1, 1, 5, 5, dtype=torch.bool), torch.ones(4, 1, 2, 3, dtype=torch.bool), dilation=2)),
    ("int64_float_weight", lambda: F.conv2d(ints(1, 1, 5, 5), distinct(4, 1, 3, 3))),
    ("float_int64_weight", lambda: F.conv2d(distinct(1, 1, 5, 5), ints(4, 1, 3, 3))),
    ("float_double_weight", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3).double())),
    ("double_float_weight_dilated", lambda: F.conv2d(distinct(1, 1, 5, 5).double(), distinct(4, 1, 2, 3), dilation=2)),
    ("float_double_weight_batched", lambda: F.conv2d(distinct(64, 1, 28, 28), distinct(4, 1, 3, 3).double())),
    ("float_double_weight_grouped", lambda: F.conv2d(distinct(1, 2, 5, 5), distinct(4, 1, 2, 3).double(), groups=2)),
    ("float_double_bias", lambda: F.conv2d(distinct(1, 1, 5, 5), distinct(4, 1, 3, 3), distinct(4).double())),
    ("int32_float_bias", lambda: F.conv2d(ints(1, 1, 2, 2).int(), ints(4, 1, 1, 1).int(), distinct(4))),
    ("bias_dtype_before_weight_dtype", lambda: F.conv2d(distinct(1, 1, 2, 2), distinct(4, 1, 1, 1).double(), ints(4))),
]
for name, fn in CONV_ERRORS:
    add(f"conv2d_error_{name}", fn)

POOL_INPUT = distinct(2, 3, 6, 6, seed=160)
MAX_POOL_CASES = [
    ("basic", lambda x: F.max_pool2d(x, 2), (POOL_INPUT,)),
    ("stride2_pad1_k3", lambda x: F.max_pool2d(x, 3, 2, 1), (distinct(2, 2, 7, 7, seed=161),)),
    ("overlapping", lambda x: F.max_pool2d(x, 3, 1), (distinct(1, 2, 5, 6, seed=162),)),
    ("pairs", lambda x: F.max_pool2d(x, (2, 3), (1, 2), (1, 0)), (distinct(2, 2, 5, 7, seed=163),)),
    ("stride_list_of_one", lambda x: F.max_pool2d(x, 3, [2]), (distinct(1, 1, 7, 7, seed=164),)),
    ("stride_empty_list", lambda x: F.max_pool2d(x, 2, []), (distinct(1, 1, 6, 6, seed=165),)),
    ("dilation", lambda x: F.max_pool2d(x, 2, 1, 1, dilation=2), (distinct(1, 2, 6, 5, seed=166),)),
    ("ceil_mode", lambda x: F.max_pool2d(x, 2, ceil_mode=True), (distinct(2, 1, 5, 7, seed=167),)),
    ("ceil_mode_padded", lambda x: F.max_pool2d(x, 3, 2, 1, ceil_mode=True), (distinct(1, 2, 6, 6, seed=168),)),
    ("unbatched", lambda x: F.max_pool2d(x, 2), (distinct(3, 5, 4, seed=169),)),
    ("batch1_odd", lambda x: F.max_pool2d(x, 2), (distinct(1, 1, 7, 5, seed=170),)),
    ("noncontiguous", lambda x: F.max_pool2d(x.transpose(2, 3), 2, 1), (distinct(2, 2, 4, 6, seed=171),)),
    ("float64", lambda x: F.max_pool2d(x, 3, 2, 1), (distinct(2, 2, 5, 5, seed=172).double(),)),
    ("empty_batch", lambda x: F.max_pool2d(x, 2), (distinct(0, 3, 4, 4, seed=173),)),
]
for name, fn, inputs in MAX_POOL_CASES:
    add(f"max_pool2d_{name}", fn, *inputs, grad=True)
add("max_pool2d_int64", lambda x: F.max_pool2d(x, 2, 1, 1), ints(2, 2, 4, 4, seed=174))
add("max_pool2d_uint8", lambda x: F.max_pool2d(x, 2), t([[[[3, 200], [255, 0]]]], "uint8"))
add("max_pool2d_int32", lambda x: F.max_pool2d(x, 3, 2, 1), ints(1, 2, 5, 5, seed=175).int())
add("max_pool2d_nan_wins", lambda x: F.max_pool2d(x, 2), t([[[[1.0, float("nan"), 2.0, 3.0], [4.0, 0.5, -1.0, float("inf")]]]]))
add("max_pool2d_ties_first", lambda x: F.max_pool2d(x, 2, 1), t([[[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]]]), grad=True)
add("max_pool2d_all_negative_infinity", lambda x: F.max_pool2d(x, 2, 1, 1), torch.full((1, 1, 2, 2), float("-inf")))

AVG_POOL_CASES = [
    ("basic", lambda x: F.avg_pool2d(x, 2), (POOL_INPUT,)),
    ("stride2_pad1_k3", lambda x: F.avg_pool2d(x, 3, 2, 1), (distinct(2, 2, 7, 7, seed=176),)),
    ("exclude_padding", lambda x: F.avg_pool2d(x, 3, 2, 1, count_include_pad=False), (distinct(2, 2, 7, 6, seed=177),)),
    ("ceil_mode", lambda x: F.avg_pool2d(x, 2, ceil_mode=True), (distinct(1, 2, 5, 5, seed=178),)),
    ("ceil_mode_padded", lambda x: F.avg_pool2d(x, 3, 2, 1, ceil_mode=True), (distinct(1, 1, 6, 6, seed=179),)),
    ("ceil_mode_padded_exclude", lambda x: F.avg_pool2d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False), (distinct(1, 1, 6, 6, seed=180),)),
    ("divisor_override", lambda x: F.avg_pool2d(x, 2, divisor_override=3), (distinct(1, 2, 4, 4, seed=181),)),
    ("pairs", lambda x: F.avg_pool2d(x, (3, 2), (2, 1), (1, 0)), (distinct(2, 1, 7, 5, seed=182),)),
    ("overlapping", lambda x: F.avg_pool2d(x, 2, 1), (distinct(1, 2, 4, 5, seed=183),)),
    ("unbatched", lambda x: F.avg_pool2d(x, 2), (distinct(3, 4, 6, seed=184),)),
    ("noncontiguous", lambda x: F.avg_pool2d(x[:, :, 1:, ::2], 2), (distinct(2, 2, 5, 8, seed=185),)),
    ("float64", lambda x: F.avg_pool2d(x, 3, 1, 1), (distinct(1, 2, 4, 4, seed=186).double(),)),
]
for name, fn, inputs in AVG_POOL_CASES:
    add(f"avg_pool2d_{name}", fn, *inputs, grad=True)
add("avg_pool2d_int64_truncates", lambda x: F.avg_pool2d(x, 2), t([[[[0, 3, 6, 9], [12, 15, 18, 21], [-3, -6, -9, -12], [-15, -18, -21, -24]]]]))

ADAPTIVE_CASES = [
    ("uneven", lambda x: F.adaptive_avg_pool2d(x, 3), (distinct(2, 2, 8, 8, seed=187),)),
    ("pair", lambda x: F.adaptive_avg_pool2d(x, (2, 3)), (distinct(1, 3, 7, 5, seed=188),)),
    ("one", lambda x: F.adaptive_avg_pool2d(x, 1), (distinct(2, 3, 4, 4, seed=189),)),
    ("one_pair", lambda x: F.adaptive_avg_pool2d(x, (1, 1)), (distinct(2, 3, 3, 5, seed=190),)),
    ("one_by_two", lambda x: F.adaptive_avg_pool2d(x, (1, 2)), (distinct(2, 2, 3, 5, seed=191),)),
    ("larger_than_input", lambda x: F.adaptive_avg_pool2d(x, 5), (distinct(1, 1, 3, 4, seed=192),)),
    ("same_size", lambda x: F.adaptive_avg_pool2d(x, (4, 3)), (distinct(1, 2, 4, 3, seed=193),)),
    ("unbatched", lambda x: F.adaptive_avg_pool2d(x, 2), (distinct(3, 5, 5, seed=194),)),
    ("noncontiguous", lambda x: F.adaptive_avg_pool2d(x.transpose(2, 3), (3, 2)), (distinct(2, 2, 5, 6, seed=195),)),
    ("float64", lambda x: F.adaptive_avg_pool2d(x, 2), (distinct(1, 2, 5, 5, seed=196).double(),)),
    ("one_on_2d", lambda x: F.adaptive_avg_pool2d(x, 1), (distinct(4, 4, seed=198),)),
]
for name, fn, inputs in ADAPTIVE_CASES:
    add(f"adaptive_avg_pool2d_{name}", fn, *inputs, grad=True)
add("adaptive_avg_pool2d_zero", lambda x: F.adaptive_avg_pool2d(x, 0), distinct(1, 1, 4, 4, seed=197))
add("adaptive_avg_pool2d_thirds", lambda x: F.adaptive_avg_pool2d(x, 2), t([[[[1.0, 2.0, 4.0], [8.0, 16.0, 32.0], [64.0, 128.0, 256.0]]]]) / 3)

P = distinct(1, 1, 8, 8)
POOL_ERRORS = [
    ("max_input_rank2", lambda: F.max_pool2d(distinct(8, 8), 2)),
    ("max_input_rank5", lambda: F.max_pool2d(distinct(1, 1, 1, 8, 8), 2)),
    ("max_kernel_three_values", lambda: F.max_pool2d(P, [1, 2, 3])),
    ("max_kernel_empty", lambda: F.max_pool2d(P, [])),
    ("max_kernel_before_rank", lambda: F.max_pool2d(distinct(8, 8), [1, 2, 3])),
    ("max_stride_three_values", lambda: F.max_pool2d(P, 2, [1, 2, 3])),
    ("max_padding_three_values", lambda: F.max_pool2d(P, 2, 2, [1, 1, 1])),
    ("max_dilation_three_values", lambda: F.max_pool2d(P, 2, 2, 0, [1, 1, 1])),
    ("max_kernel_zero", lambda: F.max_pool2d(P, 0)),
    ("max_kernel_zero_stride1", lambda: F.max_pool2d(P, 0, 1)),
    ("max_kernel_negative", lambda: F.max_pool2d(P, -1)),
    ("max_kernel_negative_stride2", lambda: F.max_pool2d(P, -3, 2)),
    ("max_stride_zero", lambda: F.max_pool2d(P, 2, 0)),
    ("max_stride_negative", lambda: F.max_pool2d(P, 2, -1)),
    ("max_dilation_zero", lambda: F.max_pool2d(P, 2, 1, 0, dilation=0)),
    ("max_padding_too_big", lambda: F.max_pool2d(P, 2, 2, 2)),
    ("max_padding_too_big_dilated", lambda: F.max_pool2d(P, 2, 1, 2, dilation=3)),
    ("max_padding_negative", lambda: F.max_pool2d(P, 2, 2, -1)),
    ("max_output_too_small", lambda: F.max_pool2d(distinct(1, 1, 2, 2), 3)),
    ("max_output_too_small_one_side", lambda: F.max_pool2d(distinct(1, 3, 1, 5), 2)),
    ("max_empty_channels", lambda: F.max_pool2d(torch.ones(2, 0, 4, 4), 2)),
    ("max_empty_height", lambda: F.max_pool2d(torch.ones(2, 1, 0, 4), 2)),
    ("max_unbatched_empty_channels", lambda: F.max_pool2d(torch.ones(0, 4, 4), 2)),
    ("max_bool", lambda: F.max_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.bool), 2)),
    ("max_argument_overflow", lambda: F.max_pool2d(P, 2**40, 1)),
    ("avg_input_rank2", lambda: F.avg_pool2d(distinct(8, 8), 2)),
    ("avg_input_rank1", lambda: F.avg_pool2d(distinct(8), 2)),
    ("avg_input_rank0", lambda: F.avg_pool2d(t(1.0), 2)),
    ("avg_input_rank5", lambda: F.avg_pool2d(distinct(1, 1, 1, 8, 8), 2)),
    ("avg_kernel_three_values", lambda: F.avg_pool2d(P, [1, 2, 3])),
    ("avg_stride_three_values", lambda: F.avg_pool2d(P, 2, [1, 2, 3])),
    ("avg_padding_three_values", lambda: F.avg_pool2d(P, 2, 2, [1, 1, 1])),
    ("avg_kernel_zero", lambda: F.avg_pool2d(P, 0)),
    ("avg_stride_zero", lambda: F.avg_pool2d(P, 2, 0)),
    ("avg_stride_negative", lambda: F.avg_pool2d(P, 2, -1)),
    ("avg_padding_too_big", lambda: F.avg_pool2d(P, 2, 2, 2)),
    ("avg_padding_negative", lambda: F.avg_pool2d(P, 2, 2, -1)),
    ("avg_output_too_small", lambda: F.avg_pool2d(distinct(1, 1, 2, 2), 3)),
    ("avg_empty_channels", lambda: F.avg_pool2d(torch.ones(2, 0, 4, 4), 2)),
    ("avg_divisor_zero", lambda: F.avg_pool2d(P, 2, divisor_override=0)),
    ("avg_divisor_zero_before_rank", lambda: F.avg_pool2d(distinct(8, 8), 2, divisor_override=0)),
    ("avg_int32", lambda: F.avg_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.int), 2)),
    ("avg_uint8", lambda: F.avg_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.uint8), 2)),
    ("avg_bool", lambda: F.avg_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.bool), 2)),
    ("adaptive_input_rank2", lambda: F.adaptive_avg_pool2d(distinct(8, 8), 3)),
    ("adaptive_input_rank5", lambda: F.adaptive_avg_pool2d(distinct(1, 1, 1, 8, 8), 3)),
    ("adaptive_negative", lambda: F.adaptive_avg_pool2d(P, -1)),
    ("adaptive_three_values", lambda: F.adaptive_avg_pool2d(P, [1, 2, 3])),
    ("adaptive_one_value_list", lambda: F.adaptive_avg_pool2d(P, [2])),
    ("adaptive_empty_width", lambda: F.adaptive_avg_pool2d(torch.ones(1, 1, 4, 0), 2)),
    ("adaptive_int64", lambda: F.adaptive_avg_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.long), 2)),
    ("adaptive_int64_one", lambda: F.adaptive_avg_pool2d(torch.ones(1, 1, 4, 4, dtype=torch.long), 1)),
    ("adaptive_one_on_1d", lambda: F.adaptive_avg_pool2d(distinct(4), 1)),
]
for name, fn in POOL_ERRORS:
    add(f"pool_error_{name}", fn)


def batch_norm_case(training, stats=True, affine=True, momentum=0.1, eps=1e-5):
    """F.batch_norm of x (and of weight and bias as inputs when `affine`), the running statistics made inside."""
    def run(x, *params):
        channels = x.shape[1]
        mean = (torch.arange(channels) * 0.25 - 0.5) if stats else None
        var = (torch.arange(channels) * 0.5 + 0.75) if stats else None
        if stats and x.dtype == torch.float64:
            mean, var = mean.double(), var.double()
        weight, bias = params if affine else (None, None)
        return F.batch_norm(x, mean, var, weight, bias, training=training, momentum=momentum, eps=eps)
    return run


def batch_norm_running_stats(x, momentum=0.1):
    """The running statistics after one training step (then after a second one, concatenated)."""
    channels = x.shape[1]
    mean = torch.arange(channels, dtype=x.dtype) * 0.25 - 0.5
    var = torch.arange(channels, dtype=x.dtype) * 0.5 + 0.75
    F.batch_norm(x, mean, var, training=True, momentum=momentum)
    first = torch.cat([mean, var])
    F.batch_norm(x * 2, mean, var, training=True, momentum=momentum)
    return torch.cat([first, mean, var])


BN_X = distinct(4, 3, 5, 5, seed=200, scale=0.125)
BATCH_NORM_CASES = [
    ("training", batch_norm_case(True), (BN_X, positive(3, seed=201), distinct(3, seed=202))),
    ("training_no_affine", batch_norm_case(True, affine=False), (distinct(2, 4, 3, 3, seed=203),)),
    ("training_no_running_stats", batch_norm_case(True, stats=False), (distinct(3, 2, 4, 4, seed=204), positive(2, seed=205), distinct(2, seed=206))),
    ("training_2d", batch_norm_case(True), (distinct(6, 3, seed=207), positive(3, seed=208), distinct(3, seed=209))),
    ("training_3d", batch_norm_case(True), (distinct(4, 3, 5, seed=210), positive(3, seed=211), distinct(3, seed=212))),
    ("training_batch1", batch_norm_case(True), (distinct(1, 2, 3, 3, seed=213), positive(2, seed=214), distinct(2, seed=215))),
    ("training_eps", batch_norm_case(True, eps=0.5), (distinct(3, 2, 2, 2, seed=216), positive(2, seed=217), distinct(2, seed=218))),
    ("training_float64", batch_norm_case(True), (distinct(3, 3, 4, 4, seed=219).double(), positive(3, seed=220).double(), distinct(3, seed=221).double())),
    ("eval", batch_norm_case(False), (distinct(2, 3, 4, 4, seed=222), positive(3, seed=223), distinct(3, seed=224))),
    ("eval_no_affine", batch_norm_case(False, affine=False), (distinct(2, 3, 4, 4, seed=225),)),
    ("eval_batch1_one_value", batch_norm_case(False), (distinct(1, 3, seed=226), positive(3, seed=227), distinct(3, seed=228))),
    ("noncontiguous", lambda x, w, b: batch_norm_case(True)(x.transpose(2, 3), w, b), (distinct(2, 3, 4, 5, seed=229), positive(3, seed=230), distinct(3, seed=231))),
    ("empty_batch", batch_norm_case(True), (distinct(0, 3, 4, 4, seed=232), positive(3, seed=233), distinct(3, seed=234))),
]
for name, fn, inputs in BATCH_NORM_CASES:
    add(f"batch_norm_{name}", fn, *inputs, grad=True)
add("batch_norm_running_stats", batch_norm_running_stats, distinct(4, 3, 3, 3, seed=235))
add("batch_norm_running_stats_momentum", lambda x: batch_norm_running_stats(x, momentum=0.75), distinct(3, 2, 2, 5, seed=236))
add("batch_norm_running_stats_float64", batch_norm_running_stats, distinct(2, 2, 3, 3, seed=237).double())

BN_ERRORS = [
    ("eval_without_running_mean", lambda: F.batch_norm(distinct(2, 3, 4, 4), None, None)),
    ("eval_without_running_var", lambda: F.batch_norm(distinct(2, 3, 4, 4), torch.zeros(3), None)),
    ("training_one_statistic", lambda: F.batch_norm(distinct(2, 3, 4, 4), torch.zeros(3), None, training=True)),
    ("one_value_per_channel", lambda: F.batch_norm(distinct(1, 3), torch.zeros(3), torch.ones(3), training=True)),
    ("one_value_per_channel_4d", lambda: F.batch_norm(distinct(1, 3, 1, 1), torch.zeros(3), torch.ones(3), training=True)),
    ("training_0d", lambda: F.batch_norm(t(1.0), torch.zeros(3), torch.ones(3), training=True)),
    ("1d_input", lambda: F.batch_norm(distinct(3), torch.zeros(3), torch.ones(3), training=True)),
    ("1d_input_without_statistics", lambda: F.batch_norm(distinct(3), None, None, training=True)),
    ("running_mean_size", lambda: F.batch_norm(distinct(2, 3, 4, 4), torch.zeros(4), torch.ones(3), training=True)),
    ("running_var_size", lambda: F.batch_norm(distinct(2, 3, 4, 4), torch.zeros(3), torch.ones(4), training=True)),
    ("weight_size", lambda: F.batch_norm(distinct(2, 3, 4, 4), torch.zeros(3), torch.ones(3), torch.ones(4), training=True)),
    ("bias_size", lambda: F.batch_norm(distinct(2, 3, 4, 4), torch.zeros(3), torch.ones(3), None, torch.ones(4))),
    ("bias_size_before_running_mean", lambda: F.batch_norm(distinct(2, 3), torch.zeros(4), torch.ones(3), None, torch.ones(5), training=True)),
    ("eps_zero_training", lambda: F.batch_norm(distinct(2, 3), torch.zeros(3), torch.ones(3), training=True, eps=0.0)),
    ("eps_negative_eval", lambda: F.batch_norm(distinct(2, 3), torch.zeros(3), torch.ones(3), eps=-1.0)),
    ("one_value_before_eps", lambda: F.batch_norm(distinct(1, 3), torch.zeros(3), torch.ones(3), training=True, eps=-1.0)),
    ("int64", lambda: F.batch_norm(ints(2, 3), torch.zeros(3), torch.ones(3), training=True)),
    ("bool", lambda: F.batch_norm(torch.ones(2, 3, dtype=torch.bool), torch.zeros(3), torch.ones(3), training=True)),
    ("float_double_statistics", lambda: F.batch_norm(distinct(2, 3), torch.zeros(3).double(), torch.ones(3).double(), training=True)),
    ("double_float_statistics", lambda: F.batch_norm(distinct(2, 3).double(), torch.zeros(3), torch.ones(3), training=True)),
    ("double_float_weight", lambda: F.batch_norm(distinct(2, 3).double(), None, None, torch.ones(3), training=True)),
    ("float_double_running_var", lambda: F.batch_norm(distinct(2, 3), torch.zeros(3), torch.ones(3).double(), training=True)),
    ("float_int64_running_var", lambda: F.batch_norm(distinct(2, 3), torch.zeros(3), torch.ones(3).long())),
    ("running_mean_2d", lambda: F.batch_norm(distinct(2, 3, 4, 4), torch.zeros(3, 1), torch.ones(3), training=True)),
    ("running_mean_requires_grad", lambda: F.batch_norm(distinct(2, 3), torch.zeros(3, requires_grad=True), torch.ones(3), training=True)),
    ("running_var_requires_grad", lambda: F.batch_norm(distinct(2, 3), torch.zeros(3), torch.ones(3, requires_grad=True), training=True)),
]
for name, fn in BN_ERRORS:
    add(f"batch_norm_error_{name}", fn)

# ---------------------------------------------------------------------------------------------------------------


def number(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return value


def encode(tensor):
    flat = tensor.detach().contiguous().reshape(-1)
    if flat.is_floating_point():
        flat = flat.double()
    return {
        "shape": list(tensor.shape),
        "dtype": NAMES[tensor.dtype],
        "values": [number(v) for v in flat.tolist()],
    }


def upstream(result):
    """The fixed gradient fed to backward for a non-scalar result: -0.75, -0.25, 0.25, 0.75, 1.25, ..."""
    n = result.numel()
    return (((torch.arange(n) % 5) - 1.5) * 0.5).to(result.dtype).view(result.shape)


def run(name, spec):
    record = {}
    if spec["match"] != "exact":
        record["match"] = spec["match"]
    if spec["exact"]:
        record["exact"] = True
    inputs = []
    for x in spec["inputs"]:
        x = x.detach().clone()
        if spec["grad"] and x.is_floating_point():
            x.requires_grad_()
        inputs.append(x)
    record["inputs"] = [dict(encode(x), requires_grad=x.requires_grad) for x in inputs]
    try:
        result = spec["fn"](*inputs)
    except Exception as error:  # noqa: BLE001 - every PyTorch error is a golden
        record["error"] = str(error)
        return record
    record.update(encode(result))
    record["requires_grad"] = result.requires_grad
    record["grad_fn"] = type(result.grad_fn).__name__ if result.grad_fn is not None else None
    if spec["grad"]:
        if result.dim() == 0:
            result.backward()
        else:
            gradient = upstream(result)
            record["upstream"] = encode(gradient)
            result.backward(gradient)
        record["grads"] = [encode(x.grad) if x.grad is not None else None for x in inputs]
    return record


def main():
    goldens = {name: run(name, spec) for name, spec in cases.items()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "op_goldens.json")
    # One case per line, so that a changed case shows as a one-line diff.
    lines = [json.dumps(name) + ": " + json.dumps(goldens[name], separators=(",", ":"), allow_nan=False) for name in sorted(goldens)]
    with open(path, "w") as file:
        file.write("{\n" + ",\n".join(lines) + "\n}\n")
    print(f"{len(goldens)} cases, {sum('error' in g for g in goldens.values())} errors -> {path}")


if __name__ == "__main__":
    main()
