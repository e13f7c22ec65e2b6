/// Copies `source` into `destination` element by element, broadcasting `source` to the destination's shape and
/// converting between dtypes the way PyTorch casts.
func copyElements(into destination: Tensor, from source: Tensor) {
    source.dtype.dispatch(CopyFromSource(destination: destination, source: source))
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
        let shape = destination.shape
        let input = UnsafePointer(source.pointer(as: S.self))
        let output = destination.pointer(as: D.self)
        let inputStrides = source.broadcastStrides(to: shape)
        if S.self == D.self {
            let same = UnsafePointer(source.pointer(as: D.self))
            mapElements(shape: shape, out: output, outStrides: destination.strides, same, inputStrides) { $0 }
        } else if S.dtype.isFloatingPoint {
            mapElements(shape: shape, out: output, outStrides: destination.strides, input, inputStrides) {
                D(castingFrom: $0.doubleValue)
            }
        } else {
            mapElements(shape: shape, out: output, outStrides: destination.strides, input, inputStrides) {
                D(castingFrom: $0.int64Value)
            }
        }
    }
}
