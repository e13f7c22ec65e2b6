extension ConvolutionGeometry {
    /// Copies the receptive fields of `channels` planes of one image (`[channels, height, width]`, contiguous) into
    /// the rows of `columns` (`[channels * kH * kW, outHeight * outWidth]`, "im2col"): row `(c * kH + i) * kW + j`
    /// holds, for every output position, the input element under kernel tap `(i, j)` of channel `c`, or zero where
    /// the tap falls in the padding. A convolution is then one matrix product with the weights.
    func unfold<T: FloatScalar>(_ image: UnsafePointer<T>, channels: Int, into columns: UnsafeMutablePointer<T>) {
        forEachTapRow(channels: channels) { row, plane, rowOffset, columnOffset, first, count in
            for outY in 0..<outHeight {
                let target = columns + row * outPlane + outY * outWidth
                let inY = outY * stride.height + rowOffset
                guard inY >= 0 && inY < height && count > 0 else {
                    target.update(repeating: 0, count: outWidth)
                    continue
                }
                let source = image + plane + inY * width + columnOffset
                target.update(repeating: 0, count: first)
                if stride.width == 1 {
                    (target + first).update(from: source + first, count: count)
                } else {
                    for outX in first..<first + count { target[outX] = source[outX * stride.width] }
                }
                (target + first + count).update(repeating: 0, count: outWidth - first - count)
            }
        }
    }

    /// The reverse of `unfold` for gradients ("col2im"): adds every element of `columns` into the image element it
    /// was copied from, in a fixed order, so overlapping windows sum the same way on every run.
    func fold<T: FloatScalar>(_ columns: UnsafePointer<T>, channels: Int, into image: UnsafeMutablePointer<T>) {
        forEachTapRow(channels: channels) { row, plane, rowOffset, columnOffset, first, count in
            guard count > 0 else { return }
            for outY in 0..<outHeight {
                let inY = outY * stride.height + rowOffset
                guard inY >= 0 && inY < height else { continue }
                let source = columns + row * outPlane + outY * outWidth
                let target = image + plane + inY * width + columnOffset
                for outX in first..<first + count { target[outX * stride.width] += source[outX] }
            }
        }
    }

    /// Calls `body` for each row of the unfolded matrix with: the row, the offset of its channel's plane, the
    /// input row and column of output position (0, 0) under its tap (before adding `outY * stride`), and the
    /// range of output columns whose tap lands inside the image (`first`, `count`).
    private func forEachTapRow(
        channels: Int, _ body: (_ row: Int, _ plane: Int, _ rowOffset: Int, _ columnOffset: Int, Int, Int) -> Void
    ) {
        for channel in 0..<channels {
            for tapY in 0..<kernelHeight {
                for tapX in 0..<kernelWidth {
                    let row = (channel * kernelHeight + tapY) * kernelWidth + tapX
                    let rowOffset = tapY * dilation.height - padding.height
                    let columnOffset = tapX * dilation.width - padding.width
                    // Output columns x with 0 <= x * stride + columnOffset < width.
                    let first = columnOffset >= 0 ? 0 : (-columnOffset + stride.width - 1) / stride.width
                    let last =
                        width - 1 - columnOffset < 0
                        ? -1 : Swift.min(outWidth - 1, (width - 1 - columnOffset) / stride.width)
                    let count = Swift.max(0, last - first + 1)
                    body(row, channel * height * width, rowOffset, columnOffset, Swift.min(first, outWidth), count)
                }
            }
        }
    }
}
