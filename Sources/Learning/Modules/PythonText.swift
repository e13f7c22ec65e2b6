/// Python's spellings of the values modules print in their descriptions, so that they read as PyTorch's.

/// `True` or `False`.
func pythonBool(_ value: Bool) -> String { value ? "True" : "False" }

/// A Python float's `repr`: `1e-05`, `0.1` (Swift's shortest round-trip form is spelled the same way).
func pythonFloat(_ value: Double) -> String { value.description }

/// A Python tuple of integers: `(3, 3)`.
func pythonTuple(_ values: [Int]) -> String {
    "(" + values.map(String.init).joined(separator: ", ") + (values.count == 1 ? ",)" : ")")
}
