import Testing

@testable import Tensors

/// The elements of `tensor` in row-major order as doubles, read straight from storage through the strides (so
/// that reading does not depend on the kernels under test).
func storedValues(_ tensor: Tensor) -> [Double] {
    struct Reader: ElementTypeVisitor {
        let tensor: Tensor
        func visit<T: TensorScalar>(_ type: T.Type) -> [Double] {
            var result: [Double] = []
            result.reserveCapacity(tensor.count)
            let base = tensor.pointer(as: T.self)
            walk(dim: 0, offset: 0) { result.append(base[$0].doubleValue) }
            return result
        }
        func walk(dim: Int, offset: Int, _ body: (Int) -> Void) {
            if dim == tensor.ndim {
                body(offset)
                return
            }
            for i in 0..<tensor.shape[dim] { walk(dim: dim + 1, offset: offset + i * tensor.strides[dim], body) }
        }
    }
    return tensor.dtype.dispatch(Reader(tensor: tensor))
}

/// The elements of an integer or bool `tensor` as exact 64-bit integers.
func storedIntegers(_ tensor: Tensor) -> [Int64] {
    struct Reader: ElementTypeVisitor {
        let tensor: Tensor
        func visit<T: TensorScalar>(_ type: T.Type) -> [Int64] {
            var result: [Int64] = []
            let base = tensor.pointer(as: T.self)
            walk(dim: 0, offset: 0) { result.append(base[$0].int64Value) }
            return result
        }
        func walk(dim: Int, offset: Int, _ body: (Int) -> Void) {
            if dim == tensor.ndim {
                body(offset)
                return
            }
            for i in 0..<tensor.shape[dim] { walk(dim: dim + 1, offset: offset + i * tensor.strides[dim], body) }
        }
    }
    return tensor.dtype.dispatch(Reader(tensor: tensor))
}

/// Whether `actual` is within `relative` (plus a small absolute floor) of `expected`; NaN matches NaN.
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-6, absolute: Double = 1e-7) -> Bool {
    if expected.isNaN || actual.isNaN { return expected.isNaN && actual.isNaN }
    if expected.isInfinite || actual.isInfinite { return expected == actual }
    return Swift.abs(actual - expected) <= relative * Swift.abs(expected) + absolute
}

/// The `TensorError` that `body` throws, or `nil` (recorded as a test failure) when it returns or throws another
/// error.
func tensorError(
    _ body: () throws -> Any, sourceLocation: SourceLocation = #_sourceLocation
) -> TensorError? {
    do {
        _ = try body()
        Issue.record("expected a TensorError, but the call returned", sourceLocation: sourceLocation)
    } catch let error as TensorError {
        return error
    } catch {
        Issue.record("expected a TensorError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Checks that `body` throws a `TensorError` whose message is `message`.
func expectError(
    _ message: String, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Any
) {
    guard let error = tensorError(body, sourceLocation: sourceLocation) else { return }
    #expect(error.message == message, sourceLocation: sourceLocation)
}
