extension Tensor {
    /// A contiguous tensor of `shape` holding a copy of `elements` (row-major); the dtype is the element type's.
    ///
    /// ```swift
    /// let image = try Tensor(shape: [28, 28], elements: pixels)   // pixels: [UInt8] -> uint8
    /// ```
    public convenience init<T: TensorScalar>(shape: [Int], elements: [T]) throws {
        let count = try elementCount(of: shape)
        guard count == elements.count else {
            throw TensorError(
                .shapeMismatch, "shape '\(shapeText(shape))' is invalid for input of size \(elements.count)")
        }
        try self.init(uninitializedShape: shape, dtype: T.dtype)
        let base = pointer(as: T.self)
        elements.withUnsafeBufferPointer { source in
            guard let address = source.baseAddress else { return }
            base.update(from: address, count: count)
        }
    }

    /// The elements in row-major order as an array of `T`, which must be this tensor's element type.
    ///
    /// ```swift
    /// try tensor([1.5, 2.5]).elements(as: Float.self)   // [1.5, 2.5]
    /// ```
    public func elements<T: TensorScalar>(as type: T.Type) throws -> [T] {
        guard T.dtype == dtype else {
            throw TensorError(.dtypeMismatch, "expected a tensor of \(T.dtype) but got \(dtype)")
        }
        let source = try contiguous()
        return Array(UnsafeBufferPointer(start: source.pointer(as: T.self), count: count))
    }

    /// The elements in row-major order as doubles, whatever the dtype.
    public func doubleElements() throws -> [Double] {
        try cast(to: .float64).elements(as: Double.self)
    }
}
