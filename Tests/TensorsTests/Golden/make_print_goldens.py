"""Writes print_goldens.json: `repr(t)` from real PyTorch for tensors the Swift golden test rebuilds exactly.

Run from the repository with a Python that has PyTorch, such as the one scripts/setup-benchmark-peers makes in
.peers/:

    .peers/bin/python Tests/TensorsTests/Golden/make_print_goldens.py

Each case records the Python expression, how to build the same tensor in Swift and the print options:

- "tensor": the base tensor, {"shape", "dtype", and "values" or "pattern"}. Floating-point values are strings
  holding Python's repr of the element's float64 value (exact for float32 elements; "nan", "inf" and "-inf"
  included); integers and Booleans are JSON numbers and Booleans. A pattern stands for large tensors: element i is
  ((i * multiplier + offset) % modulus) * scale + shift, computed in int64 then float64 and cast to the dtype
  (scale and shift are repr strings like the values).
- "requires_grad": whether the base tensor requires grad.
- "ops": operations applied in order, each {"op", ...arguments}; "other" is another tensor spec (no grad); an
  "index" op's entries are integers (one position) or [start, end, step] slices.
- "options": precision, threshold, edgeitems, linewidth, sci_mode (null for PyTorch's automatic choice).
- "repr": what PyTorch prints.
"""

import json
import math
import pathlib

import torch

DEFAULT_OPTIONS = {"precision": 4, "threshold": 1000, "edgeitems": 3, "linewidth": 80, "sci_mode": None}
DTYPE_NAMES = {
    torch.bool: "bool",
    torch.uint8: "uint8",
    torch.int32: "int32",
    torch.int64: "int64",
    torch.float32: "float32",
    torch.float64: "float64",
}


def spec_of(t):
    """The exact flat values of `t` for the Swift side."""
    flat = t.detach().reshape(-1)
    if t.dtype.is_floating_point:
        values = [repr(v) for v in flat.double().tolist()]
    else:
        values = flat.tolist()
    return {"shape": list(t.shape), "dtype": DTYPE_NAMES[t.dtype], "values": values}


class Pattern:
    """A large tensor whose elements follow a formula that Swift evaluates with the same int64/float64 steps."""

    def __init__(self, shape, dtype, multiplier=1, offset=0, modulus=1 << 62, scale=1.0, shift=0.0):
        self.shape, self.dtype = list(shape), dtype
        self.formula = {
            "multiplier": multiplier,
            "offset": offset,
            "modulus": modulus,
            "scale": scale,
            "shift": shift,
        }

    def tensor(self):
        count = math.prod(self.shape)
        f = self.formula
        k = (torch.arange(count) * f["multiplier"] + f["offset"]) % f["modulus"]
        return (k.double() * f["scale"] + f["shift"]).to(self.dtype).reshape(self.shape)

    def spec(self):
        f = self.formula
        formula = {**f, "scale": repr(float(f["scale"])), "shift": repr(float(f["shift"]))}
        return {"shape": self.shape, "dtype": DTYPE_NAMES[self.dtype], "pattern": formula}

    def python(self):
        f = self.formula
        count = math.prod(self.shape)
        return (
            f"(((torch.arange({count}) * {f['multiplier']} + {f['offset']}) % {f['modulus']}).double()"
            f" * {f['scale']!r} + {f['shift']!r}).to({self.dtype}).reshape({tuple(self.shape)})"
        )


def other_tensor(op):
    return torch.tensor(op["other_python_value"], dtype=op.get("other_dtype", torch.float32))


def apply(t, op):
    """Applies one op in PyTorch; the Swift test applies the same op by the same name."""
    name = op["op"]
    if name == "mean":
        return t.mean()
    if name == "sum":
        return t.sum()
    if name == "pow":
        return t ** op["exponent"]
    if name == "mul_scalar":
        return t * op["scalar"]
    if name == "add":
        return t + other_tensor(op)
    if name == "sub":
        return t - other_tensor(op)
    if name == "mul":
        return t * other_tensor(op)
    if name == "div":
        return t / other_tensor(op)
    if name == "mm":
        return t @ other_tensor(op)
    if name == "sigmoid":
        return t.sigmoid()
    if name == "relu":
        return t.relu()
    if name == "exp":
        return t.exp()
    if name == "view":
        return t.view(op["shape"])
    if name == "t":
        return t.t()
    if name == "expand":
        return t.expand(op["shape"])
    if name == "to":
        return t.to(getattr(torch, op["dtype"]))
    if name == "index":
        return t[python_index(op["indices"])]
    raise ValueError(name)


def python_index(indices):
    """An "index" op's entries: an integer selects one position, [start, end, step] is a slice."""
    return tuple(entry if isinstance(entry, int) else slice(*entry) for entry in indices)


def op_text(op):
    name = op["op"]
    if name in ("mean", "sum", "sigmoid", "relu", "exp", "t"):
        return f".{name}()"
    if name == "pow":
        return f" ** {op['exponent']}"
    if name == "mul_scalar":
        return f" * {op['scalar']!r}"
    if name in ("add", "sub", "mul", "div", "mm"):
        symbol = {"add": "+", "sub": "-", "mul": "*", "div": "/", "mm": "@"}[name]
        return f" {symbol} torch.tensor({op['other_python_value']!r})"
    if name in ("view", "expand"):
        return f".{name}({tuple(op['shape'])})"
    if name == "to":
        return f".to(torch.{op['dtype']})"
    if name == "index":
        entries = [str(e) if isinstance(e, int) else f"{e[0]}:{e[1]}:{e[2]}" for e in op["indices"]]
        return "[" + ", ".join(entries) + "]"
    raise ValueError(name)


def json_op(op):
    result = {key: value for key, value in op.items() if not key.startswith("other_")}
    if "other_python_value" in op:
        result["other"] = spec_of(other_tensor(op))
    return result


CASES = []


def case(name, source, options=None, ops=(), requires_grad=False, python=None):
    """Registers one case. `source` is a Python expression evaluated with `torch` and `nan`/`inf` in scope, a
    Pattern, or a tensor described by `python`."""
    if isinstance(source, Pattern):
        base, python, spec = source.tensor(), source.python(), source.spec()
    elif isinstance(source, torch.Tensor):
        base, spec = source.clone(), spec_of(source)
    else:
        base = eval(source, {"torch": torch, "nan": math.nan, "inf": math.inf})
        python, spec = source, spec_of(base)
    if requires_grad:
        base.requires_grad_()
        python = f"({python}).requires_grad_()"
    t = base
    for op in ops:
        t = apply(t, op)
        python = f"({python}){op_text(op)}"
    all_options = {**DEFAULT_OPTIONS, **(options or {})}
    torch.set_printoptions(**all_options)
    text = repr(t)
    torch.set_printoptions(profile="default", sci_mode=None)
    CASES.append(
        {
            "name": name,
            "python": python,
            "tensor": spec,
            "requires_grad": requires_grad,
            "ops": [json_op(op) for op in ops],
            "options": all_options,
            "repr": text,
        }
    )


def mnist_like_images(count):
    """`images` in the image cases: deterministic 28x28 uint8 images: a ring whose thickness and brightness vary per image, like a digit."""
    y, x = torch.meshgrid(torch.arange(28.0), torch.arange(28.0), indexing="ij")
    images = []
    for i in range(count):
        radius = 7 + (i % 4)
        distance = ((y - 14 - (i % 3)) ** 2 + (x - 13) ** 2).sqrt()
        ring = (1 - (distance - radius).abs() / (2 + i % 2)).clamp(min=0)
        images.append((ring * (200 + 11 * (i % 5))).round().to(torch.uint8))
    return torch.stack(images)


def add_integer_cases():
    case("int 2-d", "torch.tensor([[1, 2, 3], [4, 5, 6]])")
    case("int 1-d", "torch.tensor([1, 2, 3])")
    case("int 0-d", "torch.tensor(3)")
    case("int negative widths", "torch.tensor([-1, 10, -100, 1000])")
    case("int single zero", "torch.tensor([0])")
    case("int negative 0-d", "torch.tensor(-42)")
    case("uint8 2-d", "torch.tensor([[0, 255], [128, 7]], dtype=torch.uint8)")
    case("uint8 0-d", "torch.tensor(7, dtype=torch.uint8)")
    case("int32 1-d", "torch.tensor([1, -2, 3], dtype=torch.int32)")
    case("int32 0-d", "torch.tensor(-5, dtype=torch.int32)")
    case("int64 extremes", "torch.tensor([9223372036854775807, -9223372036854775808, 0])")
    case("int64 large", "torch.tensor([123456789012, 1, -98765])")
    case("int arange 20", "torch.arange(20)")
    case("int 10x10", "torch.arange(100).view(10, 10)")
    case("int arange 100 wraps", "torch.arange(100)")
    case("int32 arange 30 wraps with dtype", "torch.arange(30, dtype=torch.int32)")
    case("int 3-d", "torch.arange(24).view(2, 3, 4)")
    case("int 4-d", "torch.arange(16).view(2, 2, 2, 2)")
    case("int transposed view", "torch.arange(12).view(3, 4)", ops=[{"op": "t"}])


def add_float_cases():
    case("float int-valued", "torch.tensor([1., 2., 3.])")
    case("float 0-d int-valued", "torch.tensor(3.)")
    case("float 0-d fraction", "torch.tensor(0.9168)")
    case("float fractions", "torch.tensor([0.5, 1.25, -3.75])")
    case("float mixed widths", "torch.tensor([1.5, 100.25, -0.125])")
    case("float int-valued mixed widths", "torch.tensor([-1., 10., 100., -1000.])")
    case("float negative 0-d", "torch.tensor(-2.5)")
    case("float signed zeros", "torch.tensor([-0.0, 0.0])")
    case("float negative zero 0-d", "torch.tensor(-0.0)")
    case("float all zeros", "torch.tensor([0., 0., 0.])")
    case("float 2-d", "torch.tensor([[0.1, -0.2, 0.3], [1.5, 2.25, -3.125]])")
    case("float 3-d", "torch.tensor([[[0.5, 1.5], [2.5, 3.5]], [[-4.5, 5.5], [6.5, -7.5]]])")
    case("float ties round to even", "torch.tensor([0.125, 0.375, 2.5, 1.00005])", options={"precision": 2})
    case("float precision 2", "torch.tensor([1.12345, 2.5, -3.14159])", options={"precision": 2})
    case("float precision 6", "torch.tensor([1.12345, 2.5, -3.14159])", options={"precision": 6})
    case("float precision 0", "torch.tensor([1.5, 2.25, -3.75])", options={"precision": 0})
    case("float precision 2 0-d", "torch.tensor(0.98765)", options={"precision": 2})
    case("float64 1-d", "torch.tensor([1.5, 2.5], dtype=torch.float64)")
    case("float64 0-d", "torch.tensor(0.1, dtype=torch.float64)")
    case("float64 digits precision 6", "torch.tensor([1/3, 2/3, 1e-3], dtype=torch.float64)",
         options={"precision": 6})
    case("float expanded view", "torch.tensor([1.5, -2.5])", ops=[{"op": "expand", "shape": [3, 2]}])
    case("float to float64", "torch.tensor([0.25, 0.5])", ops=[{"op": "to", "dtype": "float64"}])
    case("float sliced with step", "torch.arange(40.).view(5, 8) / 8",
         ops=[{"op": "index", "indices": [[1, 5, 2], [0, 8, 3]]}])
    case("int selected row of 3-d", "torch.arange(60).view(3, 4, 5)", ops=[{"op": "index", "indices": [2]}])
    case("int selected column", "torch.arange(60).view(3, 4, 5)", ops=[{"op": "index", "indices": [1, [0, 4, 1], 3]}])


def add_scientific_cases():
    case("sci tiny", "torch.tensor([1e-5, 1.0])")
    case("sci huge", "torch.tensor([1e9, 1.0])")
    case("sci ratio", "torch.tensor([0.001, 2.0])")
    case("sci ratio just over 1000", "torch.tensor([0.01, 10.0])")
    case("fixed ratio under 1000", "torch.tensor([0.01, 9.0])")
    case("sci int-valued", "torch.tensor([1., 1e9])")
    case("int-valued 1e8 not sci", "torch.tensor([100000000., 1000000.])")
    case("sci 0-d huge", "torch.tensor(1e10)")
    case("sci 0-d tiny", "torch.tensor(1e-8)")
    case("sci negative tiny", "torch.tensor([-1e-5, 2.5e-6, 0.0])")
    case("sci three-digit exponent", "torch.tensor([1e-300, 1e300], dtype=torch.float64)")
    case("sci forced on", "torch.tensor([1.5, 2.25])", options={"sci_mode": True})
    case("sci forced off", "torch.tensor([1e-5, 1.0])", options={"sci_mode": False})
    case("sci forced on zeros", "torch.tensor([0., 0.])", options={"sci_mode": True})
    case("sci forced on 0-d", "torch.tensor(3.)", options={"sci_mode": True})
    case("sci precision 2", "torch.tensor([1e-5, 123.456])", options={"precision": 2})
    case("sci 2-d", "torch.tensor([[1e-5, 1.0], [-3e4, 0.5]])")


def add_nonfinite_cases():
    case("nan and int", "torch.tensor([nan, 1.])")
    case("nan -inf fraction", "torch.tensor([nan, -inf, 1.5])")
    case("only non-finite", "torch.tensor([inf, -inf, nan])")
    case("nan with sci", "torch.tensor([nan, 1e-6, 3.0])")
    case("inf int mode", "torch.tensor([inf, 2., 3.])")
    case("nan 0-d", "torch.tensor(nan)")
    case("-inf 0-d", "torch.tensor(-inf)")
    case("inf float64", "torch.tensor([inf, 0.5], dtype=torch.float64)")
    case("nan 2-d", "torch.tensor([[nan, 0.25], [-inf, 100.5]])")


def add_bool_cases():
    case("bool 1-d", "torch.tensor([True, False, True])")
    case("bool all true", "torch.tensor([[True], [True]])")
    case("bool 0-d", "torch.tensor(True)")
    case("bool 0-d false", "torch.tensor(False)")
    case("bool summarized", "torch.arange(2000) % 3 == 0")


def add_summary_cases():
    case("summary arange 2000", "torch.arange(2000)")
    case("summary arange 2000 float", "torch.arange(2000.)")
    case("summary 40x40", Pattern([40, 40], torch.float32, multiplier=37, offset=5, modulus=1000, scale=0.001))
    case("summary 40x40 int", "torch.arange(1600).view(40, 40)")
    case("summary 6x200x200", Pattern([6, 200, 200], torch.float32, multiplier=7919, modulus=10007,
                                      scale=0.0009765625, shift=-4.0))
    case("summary 6x200x200 edgeitems 2", Pattern([6, 200, 200], torch.float32, multiplier=7919, modulus=10007,
                                                  scale=0.0009765625, shift=-4.0), options={"edgeitems": 2})
    case("summary arange 2000 edgeitems 2", "torch.arange(2000)", options={"edgeitems": 2})
    case("summary 3x3x200", Pattern([3, 3, 200], torch.float32, multiplier=3, modulus=101, scale=0.25))
    case("summary 1001 floats", Pattern([1001], torch.float32, multiplier=13, modulus=997, scale=0.01, shift=-5.0))
    case("summary threshold 5", "torch.arange(10)", options={"threshold": 5})
    case("summary edgeitems 0", "torch.arange(2000)", options={"edgeitems": 0})
    case("edgeitems 0 not summarized", "torch.arange(5)", options={"edgeitems": 0})
    case("summary edgeitems 0 2-d", "torch.zeros(40, 40)", options={"edgeitems": 0})
    case("edgeitems 0 0-d uint8", "torch.tensor(3, dtype=torch.uint8)", options={"edgeitems": 0})
    case("summary 4-d", Pattern([2, 3, 20, 20], torch.float32, multiplier=11, modulus=89, scale=0.5),
         options={"threshold": 100})
    case("summary hides wide elements",
         "torch.cat([torch.arange(5.), torch.full((1990,), 123456.5), torch.arange(5.)])")
    case("summary hides nan", "torch.cat([torch.tensor([0.5, 1.5]), torch.full((2000,), float('nan')), "
         "torch.tensor([2.5, 3.5])])")
    case("summary 2-d only columns", "torch.arange(2004).view(2, 1002)")
    case("summary uint8 6131x28x28", Pattern([6131, 28, 28], torch.uint8, multiplier=7, offset=3, modulus=256))
    case("summary float64 with dtype", Pattern([30, 40], torch.float64, multiplier=17, modulus=1000, scale=0.125))


def add_wrapping_cases():
    values = Pattern([30], torch.float32, multiplier=7, modulus=31, scale=0.375, shift=-5.0)
    case("wrap 1-d at 80", values)
    case("wrap 1-d at 200", values, options={"linewidth": 200})
    case("wrap 2-d at 80", Pattern([5, 30], torch.float32, multiplier=7, modulus=31, scale=0.375, shift=-5.0))
    case("wrap 3-d at 80", Pattern([2, 3, 25], torch.float32, multiplier=5, modulus=23, scale=1.5, shift=-10.0))
    case("wrap 2-d at 200", Pattern([5, 30], torch.float32, multiplier=7, modulus=31, scale=0.375, shift=-5.0),
         options={"linewidth": 200})
    case("wrap linewidth 10", "torch.arange(10)", options={"linewidth": 10})
    case("wrap linewidth 3", "torch.arange(5).view(1, 5)", options={"linewidth": 3})
    case("wrap summarized rows", "torch.arange(2000.)", options={"linewidth": 30})
    case("suffix dtype wraps", "torch.arange(16, dtype=torch.float64) + 0.5")
    case("suffix dtype fits", "torch.arange(11, dtype=torch.float64) + 0.5")
    case("suffix dtype at linewidth 200", "torch.arange(16, dtype=torch.float64) + 0.5", options={"linewidth": 200})
    case("suffixes dtype and requires_grad wrap", "torch.arange(12, dtype=torch.float64) + 0.25",
         requires_grad=True)
    case("suffix empty size wraps", "torch.zeros(0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)",
         options={"linewidth": 40})
    case("suffix grad_fn wraps", "torch.arange(18.) / 4", requires_grad=True, ops=[{"op": "mul_scalar", "scalar": 2.0}])


def add_empty_cases():
    case("empty float", "torch.tensor([])")
    case("empty 0x3", "torch.zeros(0, 3)")
    case("empty int64", "torch.tensor([], dtype=torch.int64)")
    case("empty uint8 2x0", "torch.zeros(2, 0, dtype=torch.uint8)")
    case("empty bool", "torch.tensor([], dtype=torch.bool)")
    case("empty float64", "torch.tensor([], dtype=torch.float64)")
    case("empty requires_grad", "torch.tensor([])", requires_grad=True)
    case("empty int32 3-d", "torch.zeros(1, 0, 2, dtype=torch.int32)")


def add_autograd_cases():
    case("requires_grad 1-d", "torch.tensor([3., 4., 10.])", requires_grad=True)
    case("requires_grad 2-d", "torch.tensor([[0.5, -1.25], [2.0, 3.5]])", requires_grad=True)
    case("requires_grad 0-d", "torch.tensor(-1.5)", requires_grad=True)
    case("requires_grad float64", "torch.tensor([1., 2.], dtype=torch.float64)", requires_grad=True)
    case("MeanBackward0", "torch.tensor([1., 2., 3., 4.5])", requires_grad=True, ops=[{"op": "mean"}])
    case("PowBackward0", "torch.tensor([3., 4., 10.])", requires_grad=True, ops=[{"op": "pow", "exponent": 2}])
    case("AddBackward0", "torch.tensor([1.5, 2.5])", requires_grad=True,
         ops=[{"op": "add", "other_python_value": [0.25, -1.0]}])
    case("SumBackward0", "torch.tensor([[1., 2.], [3., 4.5]])", requires_grad=True, ops=[{"op": "sum"}])
    case("MulBackward0", "torch.tensor([1.5, 2.5, -3.0])", requires_grad=True,
         ops=[{"op": "mul", "other_python_value": [2.0, 0.5, 0.25]}])
    case("MulBackward0 scalar", "torch.tensor([1.5, 2.5])", requires_grad=True,
         ops=[{"op": "mul_scalar", "scalar": 3.0}])
    case("SigmoidBackward0", "torch.tensor([-2.0, 0.0, 0.5, 3.0])", requires_grad=True, ops=[{"op": "sigmoid"}])
    case("ViewBackward0", "torch.arange(6.)", requires_grad=True, ops=[{"op": "view", "shape": [2, 3]}])
    case("MmBackward0", "torch.tensor([[1., 2.], [3., 4.]])", requires_grad=True,
         ops=[{"op": "mm", "other_python_value": [[0.5], [-1.0]]}])
    case("SubBackward0", "torch.tensor([1.5, 2.5])", requires_grad=True,
         ops=[{"op": "sub", "other_python_value": [0.25, 4.0]}])
    case("DivBackward0", "torch.tensor([1., 3.])", requires_grad=True,
         ops=[{"op": "div", "other_python_value": [4.0, 8.0]}])
    case("ReluBackward0", "torch.tensor([-1.5, 0.0, 2.5])", requires_grad=True, ops=[{"op": "relu"}])
    case("ExpBackward0", "torch.tensor([0.0, 1.0])", requires_grad=True, ops=[{"op": "exp"}])
    case("TBackward0", "torch.tensor([[1., 2.], [3., 4.]])", requires_grad=True, ops=[{"op": "t"}])
    case("chain pow mean", "torch.tensor([1., 2., 3.])", requires_grad=True,
         ops=[{"op": "pow", "exponent": 2}, {"op": "mean"}])
    case("ToCopyBackward0", "torch.tensor([0.25, 0.5])", requires_grad=True, ops=[{"op": "to", "dtype": "float64"}])


def add_image_cases():
    images = mnist_like_images(12)
    image = images[0]
    scaled = images.float() / 255
    case("image 6x6 uint8 slice", image[4:10, 4:10], python="images[0][4:10, 4:10]")
    case("image sliced view uint8", image, python="images[0]", ops=[{"op": "index", "indices": [[4, 15, 1], [4, 22, 1]]}])
    case("image 28x28 uint8 linewidth 200", image, python="images[0]", options={"linewidth": 200})
    case("image 28x28 float linewidth 200", scaled[0], python="images[0].float() / 255", options={"linewidth": 200})
    case("image 28x28 float linewidth 80", scaled[0], python="images[0].float() / 255")
    case("image slice float precision 2", scaled[0][4:12, 4:16], python="(images[0].float() / 255)[4:12, 4:16]",
         options={"precision": 2, "linewidth": 200})
    case("mnist-like mean image", scaled.mean(0), python="(images.float() / 255).mean(0)", options={"linewidth": 200})
    case("mnist-like mean 0-d", scaled.mean(), python="(images.float() / 255).mean()")
    case("mnist-like mean 0-d requires_grad", scaled.mean(), python="(images.float() / 255).mean()",
         requires_grad=True)


def main():
    add_integer_cases()
    add_float_cases()
    add_scientific_cases()
    add_nonfinite_cases()
    add_bool_cases()
    add_summary_cases()
    add_wrapping_cases()
    add_empty_cases()
    add_autograd_cases()
    add_image_cases()
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "case names must be unique"
    output = pathlib.Path(__file__).with_name("print_goldens.json")
    document = {"torch_version": torch.__version__, "cases": CASES}
    output.write_text(json.dumps(document, indent=1) + "\n")
    print(f"wrote {len(CASES)} cases to {output}")


if __name__ == "__main__":
    main()
