/// A contiguous tensor seen along one dimension: `outer` blocks, each of `size` steps of `inner` elements. Row
/// `r` (one softmax) starts at `(r / inner) * size * inner + r % inner` and steps by `inner`.
struct SoftmaxLayout {
    let outer: Int
    let size: Int
    let inner: Int

    init(shape: [Int], dim: Int) {
        outer = shape[..<dim].reduce(1, *)
        size = shape.isEmpty ? 1 : shape[dim]
        inner = shape.isEmpty ? 1 : shape[(dim + 1)...].reduce(1, *)
    }

    var rows: Int { outer * inner }

    @inline(__always)
    func start(ofRow row: Int) -> Int { (row / inner) * size * inner + row % inner }

    /// Runs `body` for every row, split across threads by rows: each row is computed by the same operations
    /// whatever the thread count.
    func forEachRow(_ body: (_ start: Int) -> Void) {
        Parallelism.forEachRange(count: rows, grain: Swift.max(1, Parallelism.grain / Swift.max(size, 1))) { range in
            for row in range { body(start(ofRow: row)) }
        }
    }
}

/// `softmax` (`log: false`) or `log_softmax` (`log: true`) of every row: shifted by the row's maximum, as
/// PyTorch computes them.
func softmaxForward<T: FloatScalar>(
    _ input: UnsafePointer<T>, _ output: UnsafeMutablePointer<T>, layout: SoftmaxLayout, log: Bool
) {
    let size = layout.size
    let step = layout.inner
    layout.forEachRow { start in
        var maximum = -T.infinity
        for k in 0..<size {
            let value = input[start + k * step]
            // NaN propagates as in PyTorch: a NaN maximum makes the whole row NaN.
            if value > maximum || value.isNaN { maximum = value }
        }
        var total: T = 0
        for k in 0..<size {
            let shifted = T.exp(input[start + k * step] - maximum)
            if !log { output[start + k * step] = shifted }
            total += shifted
        }
        if log {
            let logTotal = T.log(total)
            for k in 0..<size { output[start + k * step] = input[start + k * step] - maximum - logTotal }
        } else {
            for k in 0..<size { output[start + k * step] /= total }
        }
    }
}

/// The gradient of `softmax` (`g - ...`) or `log_softmax` from the gradient `gradient` of its `output`:
/// `output * (g - sum(g * output))` and `g - exp(output) * sum(g)` along each row.
func softmaxBackward<T: FloatScalar>(
    gradient: UnsafePointer<T>, output: UnsafePointer<T>, result: UnsafeMutablePointer<T>, layout: SoftmaxLayout,
    log: Bool
) {
    let size = layout.size
    let step = layout.inner
    layout.forEachRow { start in
        var total: T = 0
        for k in 0..<size {
            let index = start + k * step
            total += log ? gradient[index] : gradient[index] * output[index]
        }
        for k in 0..<size {
            let index = start + k * step
            result[index] =
                log ? gradient[index] - T.exp(output[index]) * total : output[index] * (gradient[index] - total)
        }
    }
}
