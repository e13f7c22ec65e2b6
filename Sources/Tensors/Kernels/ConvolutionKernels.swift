/// The kernels of `conv2d` on contiguous `[N, C, H, W]` tensors: each image's receptive fields are unfolded into a
/// workspace ("im2col") and multiplied with the weights by OpenBLAS, one image (and group) per product.
///
/// Images are split across threads in whole images, each thread with its own slice of the workspace, so every
/// output element comes from the same product whatever the thread count; weight gradients are summed over fixed
/// blocks of images and the blocks then added in order, for the same reason.
extension ConvolutionGeometry {
    /// Whether the unfolded matrix of an image is the image itself (1x1 kernel, stride 1, no padding).
    var unfoldsToItself: Bool {
        kernelHeight == 1 && kernelWidth == 1 && stride == (1, 1) && padding == (0, 0)
    }

    /// The threads worth using for work of `multiplyAdds` over `items` independent pieces.
    func chunkCount(items: Int) -> Int {
        Swift.max(1, Swift.min(Parallelism.threadCount, items, multiplyAdds >> 16))
    }

    /// A workspace for one unfolded image per chunk (counted against the memory budget), or `nil` when images need
    /// no unfolding.
    func workspace(chunks: Int, dtype: DType) throws -> Tensor? {
        unfoldsToItself ? nil : try Tensor(uninitializedShape: [chunks, groupKernelSize * outPlane], dtype: dtype)
    }

    /// `output = conv(input, weight) + bias` for float32 or float64 tensors; `output` is `[N, O, oH, oW]`.
    func forward<T: FloatScalar>(
        _ type: T.Type, input: Tensor, weight: Tensor, bias: Tensor?, output: Tensor
    ) throws {
        let chunks = chunkCount(items: batch)
        let workspace = try workspace(chunks: chunks, dtype: input.dtype)
        let x = UnsafePointer(input.pointer(as: T.self))
        let w = UnsafePointer(weight.pointer(as: T.self))
        let b = bias.map { UnsafePointer($0.pointer(as: T.self)) }
        let out = output.pointer(as: T.self)
        let columns = workspace?.pointer(as: T.self)
        forEachChunk(items: batch, chunks: chunks) { chunk, images in
            for image in images {
                for group in 0..<groups {
                    let planes = x + (image * inChannels + group * groupInChannels) * height * width
                    let unfolded = unfolding(planes, into: columns.map { $0 + chunk * groupKernelSize * outPlane })
                    let target = out + (image * outChannels + group * groupOutChannels) * outPlane
                    if let b {
                        for channel in 0..<groupOutChannels {
                            (target + channel * outPlane).update(
                                repeating: b[group * groupOutChannels + channel], count: outPlane)
                        }
                    }
                    blasProduct(
                        m: groupOutChannels, n: outPlane, k: groupKernelSize,
                        w + group * groupOutChannels * groupKernelSize, lda: groupKernelSize, unfolded, ldb: outPlane,
                        beta: b == nil ? 0 : 1, target, ldc: outPlane)
                }
            }
        }
    }

    /// The gradient of the input, `[N, C, H, W]`, from the output's gradient `gradient` (contiguous).
    func inputGradient<T: FloatScalar>(_ type: T.Type, gradient: Tensor, weight: Tensor) throws -> Tensor {
        let result = try Tensor(zerosShape: [batch, inChannels, height, width], dtype: gradient.dtype)
        let chunks = chunkCount(items: batch)
        let workspace = try workspace(chunks: chunks, dtype: gradient.dtype)
        let g = UnsafePointer(gradient.pointer(as: T.self))
        let w = UnsafePointer(weight.pointer(as: T.self))
        let out = result.pointer(as: T.self)
        let columns = workspace?.pointer(as: T.self)
        forEachChunk(items: batch, chunks: chunks) { chunk, images in
            for image in images {
                for group in 0..<groups {
                    let planes = out + (image * inChannels + group * groupInChannels) * height * width
                    // The unfolded gradient goes straight to the planes when unfolding is the identity.
                    let target = columns.map { $0 + chunk * groupKernelSize * outPlane } ?? planes
                    blasProduct(
                        m: groupKernelSize, n: outPlane, k: groupOutChannels,
                        w + group * groupOutChannels * groupKernelSize, lda: groupKernelSize, transposeA: true,
                        g + (image * outChannels + group * groupOutChannels) * outPlane, ldb: outPlane, beta: 0,
                        target, ldc: outPlane)
                    if columns != nil { fold(target, channels: groupInChannels, into: planes) }
                }
            }
        }
        return result
    }

    /// The gradient of the weight, `[O, C / groups, kH, kW]`: per fixed block of images a partial sum, then the
    /// partial sums added in order.
    func weightGradient<T: FloatScalar>(_ type: T.Type, gradient: Tensor, input: Tensor) throws -> Tensor {
        let imagesPerBlock = 8
        let blocks = (batch + imagesPerBlock - 1) / imagesPerBlock
        let weightCount = outChannels * groupKernelSize
        let partials = try Tensor(zerosShape: [Swift.max(blocks, 1), weightCount], dtype: gradient.dtype)
        let chunks = chunkCount(items: blocks)
        let workspace = try workspace(chunks: chunks, dtype: gradient.dtype)
        let g = UnsafePointer(gradient.pointer(as: T.self))
        let x = UnsafePointer(input.pointer(as: T.self))
        let sums = partials.pointer(as: T.self)
        let columns = workspace?.pointer(as: T.self)
        forEachChunk(items: blocks, chunks: chunks) { chunk, blockRange in
            for block in blockRange {
                let images = block * imagesPerBlock..<Swift.min(batch, (block + 1) * imagesPerBlock)
                for image in images {
                    for group in 0..<groups {
                        let planes = x + (image * inChannels + group * groupInChannels) * height * width
                        let unfolded = unfolding(planes, into: columns.map { $0 + chunk * groupKernelSize * outPlane })
                        blasProduct(
                            m: groupOutChannels, n: groupKernelSize, k: outPlane,
                            g + (image * outChannels + group * groupOutChannels) * outPlane, lda: outPlane,
                            unfolded, ldb: outPlane, transposeB: true, beta: image == images.lowerBound ? 0 : 1,
                            sums + block * weightCount + group * groupOutChannels * groupKernelSize,
                            ldc: groupKernelSize)
                    }
                }
            }
        }
        let total = sums
        for block in 1..<Swift.max(blocks, 1) {
            let partial = sums + block * weightCount
            for index in 0..<weightCount { total[index] += partial[index] }
        }
        let result = try Tensor(
            uninitializedShape: [outChannels, groupInChannels, kernelHeight, kernelWidth], dtype: gradient.dtype)
        result.pointer(as: T.self).update(from: total, count: weightCount)
        return result
    }

    /// The unfolded matrix of `planes` (one group of one image): written to `columns`, or the planes themselves
    /// when unfolding is the identity (`columns` is then `nil`).
    private func unfolding<T: FloatScalar>(
        _ planes: UnsafePointer<T>, into columns: UnsafeMutablePointer<T>?
    ) -> UnsafePointer<T> {
        guard let columns else { return planes }
        unfold(planes, channels: groupInChannels, into: columns)
        return UnsafePointer(columns)
    }

    /// `conv(input, weight) + bias` for integer tensors, with PyTorch's wrap-around arithmetic (a direct loop:
    /// there is no integer BLAS).
    func integerForward<T: NumericScalar>(
        _ type: T.Type, input: Tensor, weight: Tensor, bias: Tensor?, output: Tensor
    ) {
        let x = input.pointer(as: T.self)
        let w = weight.pointer(as: T.self)
        let b = bias?.pointer(as: T.self)
        var out = output.pointer(as: T.self)
        for image in 0..<batch {
            for channel in 0..<outChannels {
                let group = channel / groupOutChannels
                let kernel = w + channel * groupKernelSize
                for outY in 0..<outHeight {
                    for outX in 0..<outWidth {
                        var total = b?[channel].int64Value ?? 0
                        for inChannel in 0..<groupInChannels {
                            let plane = x + (image * inChannels + group * groupInChannels + inChannel) * height * width
                            for tapY in 0..<kernelHeight {
                                let inY = outY * stride.height + tapY * dilation.height - padding.height
                                guard inY >= 0 && inY < height else { continue }
                                for tapX in 0..<kernelWidth {
                                    let inX = outX * stride.width + tapX * dilation.width - padding.width
                                    guard inX >= 0 && inX < width else { continue }
                                    let weightValue = kernel[(inChannel * kernelHeight + tapY) * kernelWidth + tapX]
                                    total &+= plane[inY * width + inX].int64Value &* weightValue.int64Value
                                }
                            }
                        }
                        out.pointee = T(castingFrom: total)
                        out += 1
                    }
                }
            }
        }
    }
}

/// Runs `body(chunk, items)` for `chunks` contiguous slices of `0..<items`, in parallel; the slices depend only on
/// `items` and `chunks`.
func forEachChunk(items: Int, chunks: Int, _ body: (Int, Range<Int>) -> Void) {
    Parallelism.forEachRange(count: chunks, grain: 1) { range in
        for chunk in range { body(chunk, items * chunk / chunks..<items * (chunk + 1) / chunks) }
    }
}
