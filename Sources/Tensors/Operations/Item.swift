extension Tensor {
    /// The number of elements (`numel()`).
    ///
    /// ```swift
    /// try zeros([2, 3]).numel()   // 6
    /// ```
    public func numel() -> Int { count }

    /// The single element of a one-element tensor as a Swift number (`item()`): `.double` for floating-point
    /// tensors, `.int` for integer ones, `.bool` for bool ones.
    ///
    /// ```swift
    /// try tensor([[2.5]]).item()   // .double(2.5)
    /// try tensor(3).sum().item()   // .int(3)
    /// ```
    public func item() throws -> Scalar {
        guard count == 1 else {
            throw TensorError(.invalidArgument, "a Tensor with \(count) elements cannot be converted to Scalar")
        }
        struct Reader: ElementTypeVisitor {
            let tensor: Tensor
            func visit<T: TensorScalar>(_ type: T.Type) -> Scalar {
                // The only element sits at the storage offset whatever the strides.
                let value = tensor.pointer(as: T.self)[0]
                switch T.dtype {
                case .bool: return .bool(value.int64Value != 0)
                case .uint8, .int32, .int64: return .int(Int(value.int64Value))
                case .float32, .float64: return .double(value.doubleValue)
                }
            }
        }
        return dtype.dispatch(Reader(tensor: self))
    }
}
