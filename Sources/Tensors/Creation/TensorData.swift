/// Nested Swift arrays of numbers that `tensor(_:)` turns into a tensor: `[[1, 2, 3], [4, 5, 6]]`, `[0.5, 1.5]`,
/// a single number.
public protocol TensorData {
    /// Appends this value's elements in row-major order and checks that nested arrays are not ragged.
    func flatten(into elements: inout FlatElements, depth: Int) throws
}

/// The elements of nested arrays gathered by `TensorData`, with the shape found so far and the dtype they need.
public struct FlatElements {
    /// The sizes found at each nesting depth.
    public internal(set) var shape: [Int] = []
    /// Every number as a double (exact for floats, and for integers up to 2^53).
    public internal(set) var doubles: [Double] = []
    /// Every number as an integer, kept while all numbers are integers (exact for all of Int64).
    public internal(set) var integers: [Int64] = []
    /// The dtype that holds every number: bool, int64 or float32.
    public internal(set) var dtype: DType = .bool

    /// An empty collection, to be filled by `TensorData.flatten`.
    public init() {}

    /// Records the size of the array at `depth`, or checks it against the size seen before at that depth.
    public mutating func visitArray(count: Int, depth: Int) throws {
        if depth == shape.count {
            shape.append(count)
        } else if depth > shape.count || shape[depth] != count {
            let expected = depth < shape.count ? shape[depth] : 0
            throw TensorError(
                .shapeMismatch, "expected sequence of length \(expected) at dim \(depth) (got \(count))")
        }
    }

    /// Adds one number found at `depth`, which must be the innermost depth.
    public mutating func append(_ scalar: Scalar, depth: Int) throws {
        if depth != shape.count || (shape.isEmpty && !doubles.isEmpty) {
            throw TensorError(.shapeMismatch, "expected a sequence at dim \(depth) but got a number")
        }
        switch scalar {
        case .bool(let flag):
            doubles.append(flag ? 1 : 0)
            integers.append(flag ? 1 : 0)
        case .int(let integer):
            doubles.append(Double(integer))
            integers.append(Int64(integer))
            if dtype == .bool { dtype = .int64 }
        case .double(let double):
            doubles.append(double)
            dtype = .float32
        }
    }

    /// The tensor holding these elements, of `dtype` if given, else of the dtype the numbers need.
    public func makeTensor(dtype requested: DType? = nil) throws -> Tensor {
        // No numbers at all (`tensor([])`) gives float32, as in PyTorch.
        let dtype = requested ?? (doubles.isEmpty ? .float32 : self.dtype)
        let result = try Tensor(uninitializedShape: shape, dtype: dtype)
        struct Visitor: ElementTypeVisitor {
            let elements: FlatElements
            let result: Tensor
            func visit<T: TensorScalar>(_ type: T.Type) {
                let base = result.pointer(as: T.self)
                if elements.dtype.isFloatingPoint {
                    for (i, value) in elements.doubles.enumerated() { base[i] = T(castingFrom: value) }
                } else {
                    for (i, value) in elements.integers.enumerated() { base[i] = T(castingFrom: value) }
                }
            }
        }
        result.dtype.dispatch(Visitor(elements: self, result: result))
        return result
    }
}

extension Int: TensorData {
    /// Adds this integer.
    public func flatten(into elements: inout FlatElements, depth: Int) throws {
        try elements.append(.int(self), depth: depth)
    }
}

extension Double: TensorData {
    /// Adds this double.
    public func flatten(into elements: inout FlatElements, depth: Int) throws {
        try elements.append(.double(self), depth: depth)
    }
}

extension Bool: TensorData {
    /// Adds this Boolean.
    public func flatten(into elements: inout FlatElements, depth: Int) throws {
        try elements.append(.bool(self), depth: depth)
    }
}

extension Array: TensorData where Element: TensorData {
    /// Adds every element, one level deeper.
    public func flatten(into elements: inout FlatElements, depth: Int) throws {
        try elements.visitArray(count: count, depth: depth)
        for element in self { try element.flatten(into: &elements, depth: depth + 1) }
    }
}

/// A tensor from nested arrays or a number, as `torch.tensor`: integers give int64, doubles float32, Bools bool.
///
/// ```swift
/// try tensor([[1, 2, 3], [4, 5, 6]])   // int64, shape [2, 3]
/// try tensor(3.0)                      // tensor(3.)
/// ```
public func tensor<Data: TensorData>(_ data: Data, dtype: DType? = nil) throws -> Tensor {
    var elements = FlatElements()
    try data.flatten(into: &elements, depth: 0)
    return try elements.makeTensor(dtype: dtype)
}
