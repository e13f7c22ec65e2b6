/// The element-wise binary operations with a result of the operands' (promoted) dtype.
public enum ArithmeticOperation: Sendable {
    case add, subtract, multiply, divide, power, maximum, minimum, remainder
}

/// The element-wise comparisons; their result is `bool`.
public enum ComparisonOperation: Sendable {
    case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual
}

/// The element-wise logical (on bool) or bitwise (on integers) operations.
public enum BitwiseOperation: Sendable {
    case and, or, xor
}

/// Runs an arithmetic kernel: `out = a op b`, all three of `out.dtype`, inputs read through broadcast strides.
func arithmeticKernel(
    _ operation: ArithmeticOperation, out: Tensor, _ a: Tensor, _ aStrides: [Int], _ b: Tensor, _ bStrides: [Int]
) throws {
    let shape = out.shape
    let outStrides = out.strides
    @inline(__always) func floating<T: FloatScalar>(_ type: T.Type) {
        let o = out.pointer(as: T.self)
        let x = UnsafePointer(a.pointer(as: T.self))
        let y = UnsafePointer(b.pointer(as: T.self))
        switch operation {
        case .add: mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 + $1 }
        case .subtract:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 - $1 }
        case .multiply:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 * $1 }
        case .divide: mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 / $1 }
        case .power:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { base, exponent in
                exponent == 2 ? base * base : T.pow(base, exponent)
            }
        case .maximum:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) {
                $0.isNaN || $1.isNaN ? T.nan : Swift.max($0, $1)
            }
        case .minimum:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) {
                $0.isNaN || $1.isNaN ? T.nan : Swift.min($0, $1)
            }
        case .remainder:
            // Python's modulo: the result takes the divisor's sign.
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { x, y in
                let r = x.truncatingRemainder(dividingBy: y)
                return r != 0 && (r < 0) != (y < 0) ? r + y : r
            }
        }
    }
    func integer<T: IntegerScalar>(_ type: T.Type) throws {
        let o = out.pointer(as: T.self)
        let x = UnsafePointer(a.pointer(as: T.self))
        let y = UnsafePointer(b.pointer(as: T.self))
        switch operation {
        case .add: mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 &+ $1 }
        case .subtract:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 &- $1 }
        case .multiply:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 &* $1 }
        case .maximum:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { Swift.max($0, $1) }
        case .minimum:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { Swift.min($0, $1) }
        case .power:
            if T.isSigned, try b.anyElement(T.self, where: { $0 < 0 }) {
                throw TensorError(.invalidArgument, "Integers to negative integer powers are not allowed.")
            }
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { integerPower($0, $1) }
        case .remainder:
            if try b.anyElement(T.self, where: { $0 == 0 }) {
                throw TensorError(.invalidArgument, "ZeroDivisionError")
            }
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { x, y in
                // Python's modulo; `y == -1` is special-cased because `T.min % -1` overflows.
                if y == -1 { return 0 }
                let r = x % y
                return r != 0 && (r < 0) != (y < 0) ? r &+ y : r
            }
        case .divide:
            throw TensorError(.invalidArgument, "true division of integers must produce a floating-point tensor")
        }
    }
    switch out.dtype {
    case .float32: floating(Float.self)
    case .float64: floating(Double.self)
    case .uint8: try integer(UInt8.self)
    case .int32: try integer(Int32.self)
    case .int64: try integer(Int64.self)
    case .bool:
        let o = out.pointer(as: Bool.self)
        let x = UnsafePointer(a.pointer(as: Bool.self))
        let y = UnsafePointer(b.pointer(as: Bool.self))
        switch operation {
        case .add, .maximum: mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 || $1 }
        case .multiply, .minimum:
            mapElements(shape: shape, out: o, outStrides: outStrides, x, aStrides, y, bStrides) { $0 && $1 }
        case .subtract:
            throw TensorError(
                .invalidArgument,
                "Subtraction, the `-` operator, with two bool tensors is not supported. If you are trying to invert "
                    + "a mask, use the `~` or `logical_not()` operator instead.")
        case .power, .remainder, .divide:
            throw TensorError(.invalidArgument, "\"\(operation)\" is not implemented for 'Bool'")
        }
    }
}

/// `base ** exponent` for integers by repeated squaring, wrapping around on overflow as PyTorch does.
@inline(__always)
private func integerPower<T: FixedWidthInteger>(_ base: T, _ exponent: T) -> T {
    var result: T = 1
    var factor = base
    var remaining = exponent
    while remaining > 0 {
        if remaining & 1 == 1 { result = result &* factor }
        factor = factor &* factor
        remaining >>= 1
    }
    return result
}

/// Runs a comparison kernel: `out` (bool) `= a op b`, inputs of one dtype read through broadcast strides.
func comparisonKernel(
    _ operation: ComparisonOperation, out: Tensor, _ a: Tensor, _ aStrides: [Int], _ b: Tensor, _ bStrides: [Int]
) {
    struct Visitor: ElementTypeVisitor {
        let operation: ComparisonOperation
        let out: Tensor
        let a: Tensor, aStrides: [Int], b: Tensor, bStrides: [Int]

        func visit<T: TensorScalar>(_ type: T.Type) {
            let o = out.pointer(as: Bool.self)
            let x = UnsafePointer(a.pointer(as: T.self))
            let y = UnsafePointer(b.pointer(as: T.self))
            let shape = out.shape
            let s = out.strides
            switch operation {
            case .equal: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 == $1 }
            case .notEqual: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 != $1 }
            case .less:
                mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0.doubleValue < $1.doubleValue }
            case .lessOrEqual:
                mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0.doubleValue <= $1.doubleValue }
            case .greater:
                mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0.doubleValue > $1.doubleValue }
            case .greaterOrEqual:
                mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0.doubleValue >= $1.doubleValue }
            }
        }
    }
    a.dtype.dispatch(Visitor(operation: operation, out: out, a: a, aStrides: aStrides, b: b, bStrides: bStrides))
}

/// Runs a logical (bool) or bitwise (integer) kernel: `out = a op b`, all of `out.dtype`.
func bitwiseKernel(
    _ operation: BitwiseOperation, out: Tensor, _ a: Tensor, _ aStrides: [Int], _ b: Tensor, _ bStrides: [Int]
) throws {
    let shape = out.shape
    let s = out.strides
    func integer<T: IntegerScalar>(_ type: T.Type) {
        let o = out.pointer(as: T.self)
        let x = UnsafePointer(a.pointer(as: T.self))
        let y = UnsafePointer(b.pointer(as: T.self))
        switch operation {
        case .and: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 & $1 }
        case .or: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 | $1 }
        case .xor: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 ^ $1 }
        }
    }
    switch out.dtype {
    case .bool:
        let o = out.pointer(as: Bool.self)
        let x = UnsafePointer(a.pointer(as: Bool.self))
        let y = UnsafePointer(b.pointer(as: Bool.self))
        switch operation {
        case .and: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 && $1 }
        case .or: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 || $1 }
        case .xor: mapElements(shape: shape, out: o, outStrides: s, x, aStrides, y, bStrides) { $0 != $1 }
        }
    case .uint8: integer(UInt8.self)
    case .int32: integer(Int32.self)
    case .int64: integer(Int64.self)
    case .float32, .float64:
        let name = operation == .and ? "bitwise_and" : operation == .or ? "bitwise_or" : "bitwise_xor"
        throw TensorError(.dtypeMismatch, "\"\(name)_cpu\" not implemented for '\(out.dtype.scalarTypeName)'")
    }
}

extension Tensor {
    /// Whether any element satisfies `predicate` (used to reject invalid integer operands before a kernel runs).
    func anyElement<T: TensorScalar>(_ type: T.Type, where predicate: (T) -> Bool) throws -> Bool {
        let base = pointer(as: T.self)
        var found = false
        let loop = StridedLoop(shape: shape, strides: [strides])
        let inner = loop.innerStride(0)
        loop.forEachRun(in: 0..<loop.count) { offsets, length in
            for i in 0..<length where predicate(base[offsets.0 + i * inner]) { found = true }
        }
        return found
    }
}
