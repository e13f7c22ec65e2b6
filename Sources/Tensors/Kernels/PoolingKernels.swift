/// The loops of max and average pooling over contiguous planes, as PyTorch's CPU kernels run them (the same window
/// bounds, the same order of additions). Planes are independent, so they are split across threads.
extension PoolGeometry {
    /// The window of output position (`outY`, `outX`) clipped to the image: first row and column, and one past the
    /// last (rows and columns step by the dilation).
    @inline(__always)
    private func clippedWindow(_ outY: Int, _ outX: Int) -> (top: Int, left: Int, bottom: Int, right: Int) {
        var top = outY * stride.height - padding.height
        var left = outX * stride.width - padding.width
        let bottom = Swift.min(top + (kernel.height - 1) * dilation.height + 1, height)
        let right = Swift.min(left + (kernel.width - 1) * dilation.width + 1, width)
        while top < 0 { top += dilation.height }
        while left < 0 { left += dilation.width }
        return (top, left, bottom, right)
    }

    /// Calls `body(plane, outY, outX, position)` for every output position of every plane (`position` indexes the
    /// output), planes split across threads.
    @inline(__always)
    private func forEachOutput(_ body: (Int, Int, Int, Int) -> Void) {
        forEachPooledPlane(planes, size: inPlane) { plane in
            for outY in 0..<outHeight {
                for outX in 0..<outWidth { body(plane, outY, outX, plane * outPlane + outY * outWidth + outX) }
            }
        }
    }

    /// The maximum of every window and its position in the plane (`row * width + column`); NaN counts as the
    /// largest value. Windows entirely in the padding give `lowest` at the window's first position.
    func maxForward<T: NumericScalar>(
        _ input: UnsafePointer<T>, output: UnsafeMutablePointer<T>, indices: UnsafeMutablePointer<Int64>, lowest: T
    ) {
        forEachOutput { plane, outY, outX, position in
            let source = input + plane * inPlane
            let window = clippedWindow(outY, outX)
            var best = lowest
            var bestIndex = window.top * width + window.left
            for y in Swift.stride(from: window.top, to: window.bottom, by: dilation.height) {
                for x in Swift.stride(from: window.left, to: window.right, by: dilation.width) {
                    let value = source[y * width + x]
                    if value > best || value != value {
                        best = value
                        bestIndex = y * width + x
                    }
                }
            }
            output[position] = best
            indices[position] = Int64(bestIndex)
        }
    }

    /// The input gradient of max pooling: each output gradient added at its window's maximum.
    func maxBackward<T: FloatScalar>(
        _ gradient: UnsafePointer<T>, indices: UnsafePointer<Int64>, into result: UnsafeMutablePointer<T>
    ) {
        forEachPooledPlane(planes, size: inPlane) { plane in
            let target = result + plane * inPlane
            for position in plane * outPlane..<(plane + 1) * outPlane {
                target[Int(indices[position])] += gradient[position]
            }
        }
    }

    /// The divisor of output position (`outY`, `outX`) of average pooling: the window's size including the
    /// padding it covers (but not what lies beyond the padding) or excluding the padding, or the override.
    /// Returns `nil` for a window that covers no input element (its output is zero).
    @inline(__always)
    private func averageWindow(
        _ outY: Int, _ outX: Int, countIncludePad: Bool, divisorOverride: Int?
    ) -> (top: Int, left: Int, bottom: Int, right: Int, divisor: Int)? {
        var top = outY * stride.height - padding.height
        var left = outX * stride.width - padding.width
        var bottom = Swift.min(top + kernel.height, height + padding.height)
        var right = Swift.min(left + kernel.width, width + padding.width)
        let paddedSize = (bottom - top) * (right - left)
        top = Swift.max(top, 0)
        left = Swift.max(left, 0)
        bottom = Swift.min(bottom, height)
        right = Swift.min(right, width)
        guard top < bottom && left < right else { return nil }
        let divisor = divisorOverride ?? (countIncludePad ? paddedSize : (bottom - top) * (right - left))
        return (top, left, bottom, right, divisor)
    }

    /// The mean of every window: the sum by `add` (wrapping for integers) divided by `divide` (which truncates
    /// for integers), as PyTorch computes it.
    func averageForward<T: NumericScalar>(
        _ input: UnsafePointer<T>, output: UnsafeMutablePointer<T>, countIncludePad: Bool, divisorOverride: Int?,
        add: (T, T) -> T, divide: (T, Int) -> T
    ) {
        forEachOutput { plane, outY, outX, position in
            let source = input + plane * inPlane
            guard
                let window = averageWindow(
                    outY, outX, countIncludePad: countIncludePad, divisorOverride: divisorOverride)
            else {
                output[position] = .zero
                return
            }
            var sum = T.zero
            for y in window.top..<window.bottom {
                for x in window.left..<window.right { sum = add(sum, source[y * width + x]) }
            }
            output[position] = divide(sum, window.divisor)
        }
    }

    /// The input gradient of average pooling: each output gradient, divided by its window's divisor, added to
    /// every element of the window.
    func averageBackward<T: FloatScalar>(
        _ gradient: UnsafePointer<T>, into result: UnsafeMutablePointer<T>, countIncludePad: Bool,
        divisorOverride: Int?
    ) {
        forEachOutput { plane, outY, outX, position in
            let target = result + plane * inPlane
            guard
                let window = averageWindow(
                    outY, outX, countIncludePad: countIncludePad, divisorOverride: divisorOverride)
            else { return }
            let share = gradient[position] / T(window.divisor)
            for y in window.top..<window.bottom {
                for x in window.left..<window.right { target[y * width + x] += share }
            }
        }
    }
}

/// The windows of adaptive average pooling: output row `i` of `outSize` averages input rows
/// `floor(i * size / outSize) ..< ceil((i + 1) * size / outSize)`.
struct AdaptiveWindows {
    let size: Int
    let outSize: Int

    @inline(__always)
    func range(_ index: Int) -> Range<Int> {
        (index * size / outSize)..<((index + 1) * size + outSize - 1) / outSize
    }
}

/// Adaptive average pooling over contiguous planes, as PyTorch's CPU kernel: each window's sum divided by its
/// height and then by its width.
struct AdaptivePooling {
    let planes: Int
    let rows: AdaptiveWindows
    let columns: AdaptiveWindows

    private var inPlane: Int { rows.size * columns.size }
    private var outPlane: Int { rows.outSize * columns.outSize }

    /// Calls `body(plane, output index, rows, columns)` for every window of every plane, planes split across
    /// threads.
    private func forEachWindow(_ body: (Int, Int, Range<Int>, Range<Int>) -> Void) {
        forEachPooledPlane(planes, size: inPlane) { plane in
            for outY in 0..<rows.outSize {
                for outX in 0..<columns.outSize {
                    body(plane, plane * outPlane + outY * columns.outSize + outX, rows.range(outY), columns.range(outX))
                }
            }
        }
    }

    func forward<T: FloatScalar>(_ input: UnsafePointer<T>, output: UnsafeMutablePointer<T>) {
        forEachWindow { plane, index, ys, xs in
            let source = input + plane * inPlane
            var sum = T.zero
            for y in ys {
                for x in xs { sum += source[y * columns.size + x] }
            }
            output[index] = sum / T(ys.count) / T(xs.count)
        }
    }

    func backward<T: FloatScalar>(_ gradient: UnsafePointer<T>, into result: UnsafeMutablePointer<T>) {
        forEachWindow { plane, index, ys, xs in
            let target = result + plane * inPlane
            let share = gradient[index] / T(ys.count) / T(xs.count)
            for y in ys {
                for x in xs { target[y * columns.size + x] += share }
            }
        }
    }
}

/// Runs `body` for each of `planes` independent planes of `size` elements, split across threads.
private func forEachPooledPlane(_ planes: Int, size: Int, _ body: (Int) -> Void) {
    Parallelism.forEachRange(count: planes, grain: Swift.max(1, Parallelism.grain / Swift.max(size, 1))) { range in
        for plane in range { body(plane) }
    }
}
