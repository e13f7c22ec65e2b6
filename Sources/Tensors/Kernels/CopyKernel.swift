/// Copies `source` into `destination` element by element, broadcasting `source` to the destination's shape and
/// converting between dtypes the way PyTorch casts.
func copyElements(into destination: Tensor, from source: Tensor) {
    if source.dtype == destination.dtype && source.shape == destination.shape && source.isContiguous
        && destination.isContiguous
    {
        copyBytes(into: destination, from: source)
        return
    }
    source.dtype.dispatch(CopyFromSource(destination: destination, source: source))
}

/// A straight memory copy between two contiguous tensors of one dtype and shape, split across threads when large.
private func copyBytes(into destination: Tensor, from source: Tensor) {
    let itemSize = source.dtype.itemSize
    let target = destination.storage.bytes + destination.storageOffset * itemSize
    let origin = UnsafeRawPointer(source.storage.bytes + source.storageOffset * itemSize)
    let byteCount = source.count * itemSize
    Parallelism.forEachRange(count: byteCount, grain: 1 << 20) { range in
        (target + range.lowerBound).copyMemory(from: origin + range.lowerBound, byteCount: range.count)
    }
}

private struct CopyFromSource: ElementTypeVisitor {
    let destination: Tensor
    let source: Tensor

    func visit<S: TensorScalar>(_ type: S.Type) {
        destination.dtype.dispatch(CopyToDestination<S>(destination: destination, source: source))
    }
}

private struct CopyToDestination<S: TensorScalar>: ElementTypeVisitor {
    let destination: Tensor
    let source: Tensor

    func visit<D: TensorScalar>(_ type: D.Type) {
        let operands = UnaryOperands(
            out: destination, input: source, inputStrides: source.broadcastStrides(to: destination.shape))
        if S.self == D.self {
            operands.map(Identity<D>())
        } else if S.dtype != .int64 && !S.dtype.isFloatingPoint && D.dtype.isFloatingPoint {
            switch D.dtype {
            case .float64: operands.map(CastNarrowIntegerToFloat<S, Double>())
            default: operands.map(CastNarrowIntegerToFloat<S, Float>())
            }
        } else if S.dtype.isFloatingPoint {
            operands.map(CastFromFloat<S, D>())
        } else {
            operands.map(CastFromInteger<S, D>())
        }
    }
}
