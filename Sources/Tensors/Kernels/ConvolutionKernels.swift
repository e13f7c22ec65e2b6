/// The float kernels of `conv2d` on contiguous `[N, C, H, W]` tensors, forward and backward, one matrix product per
/// group of a few interleaved images (see `ConvolutionProducts.swift`). Weight gradients are summed over fixed
/// blocks of images and the blocks then added in order, so they too are the same on any number of threads.
extension ConvolutionGeometry {
    /// `output = conv(input, weight) + bias` for float32 or float64 tensors; `output` is `[N, O, oH, oW]`. With
    /// `keep` (`productCount x groups` matrices of `unfoldedCount` elements), the unfolded images stay there for
    /// the weight gradient.
    func forward<T: PatchScalar>(
        _ type: T.Type, input: Tensor, weight: Tensor, bias: Tensor?, output: Tensor, keep: Tensor? = nil
    ) throws {
        let kept = keep.map { ($0.pointer(as: T.self), false) }
        let chunks = chunkCount(items: productCount)
        let x = input.constPointer(T.self)
        let w = weight.constPointer(T.self)
        let b = bias?.constPointer(T.self)
        let out = output.pointer(as: T.self)
        try withWorkspace(T.self, chunks: chunks) { slice in
            forEachChunk(items: productCount, chunks: chunks) { chunk, products in
                let slice = slice(chunk)
                for product in products {
                    let images = images(ofProduct: product)
                    let columns = outPlane * images.count
                    let inputs = interleaved(x, images: images, into: slice.images)
                    // The result rows: interleaved in the slice (then transposed into the images' planes), or the
                    // planes themselves for one image.
                    let results = slice.results ?? out + images.lowerBound * outputSize
                    if let b {
                        for channel in 0..<outChannels {
                            (results + channel * columns).update(repeating: b[channel], count: columns)
                        }
                    }
                    for group in 0..<groups {
                        let unfolded = unfolded(
                            inputs, product: product, group: group, slice: slice.unfolded, kept: kept)
                        blasProduct(
                            m: groupOutChannels, n: columns, k: groupKernelSize,
                            w + group * groupOutChannels * groupKernelSize, lda: groupKernelSize, unfolded,
                            ldb: columns, beta: b == nil ? 0 : 1, results + group * groupOutChannels * columns,
                            ldc: columns)
                    }
                    if slice.results != nil {
                        T.transpose(
                            results, outputSize, images.count, images.count, out + images.lowerBound * outputSize,
                            outputSize)
                    }
                }
            }
        }
    }

    /// The gradient of the input, `[N, C, H, W]`, from the output's gradient `gradient` (contiguous).
    func inputGradient<T: PatchScalar>(_ type: T.Type, gradient: Tensor, weight: Tensor) throws -> Tensor {
        let result = try Tensor(zerosShape: [batch, inChannels, height, width], dtype: gradient.dtype)
        let chunks = chunkCount(items: productCount)
        let g = gradient.constPointer(T.self)
        let w = weight.constPointer(T.self)
        let out = result.pointer(as: T.self)
        try withWorkspace(T.self, chunks: chunks) { slice in
            forEachChunk(items: productCount, chunks: chunks) { chunk, products in
                let slice = slice(chunk)
                for product in products {
                    let images = images(ofProduct: product)
                    let columns = outPlane * images.count
                    let gradients = interleavedGradient(g, images: images, into: slice.results)
                    // The input gradient, interleaved in the slice (then transposed into the images' planes) or the
                    // planes themselves for one image.
                    let inputs = slice.images ?? out + images.lowerBound * inputSize
                    if slice.images != nil { inputs.update(repeating: 0, count: inputSize * images.count) }
                    for group in 0..<groups {
                        let planes = inputs + group * groupInChannels * height * width * images.count
                        // The unfolded gradient goes straight to the planes when unfolding is the identity.
                        let target = slice.unfolded ?? planes
                        blasProduct(
                            m: groupKernelSize, n: columns, k: groupOutChannels,
                            w + group * groupOutChannels * groupKernelSize, lda: groupKernelSize, transposeA: true,
                            gradients + group * groupOutChannels * columns, ldb: columns, beta: 0, target, ldc: columns)
                        if slice.unfolded != nil { fold(target, count: images.count, into: planes) }
                    }
                    if slice.images != nil {
                        T.transpose(
                            inputs, inputSize, images.count, images.count, out + images.lowerBound * inputSize,
                            inputSize)
                    }
                }
            }
        }
        return result
    }

    /// The gradient of the weight, `[O, C / groups, kH, kW]`: per fixed block of images a partial sum, then the
    /// partial sums added in order. `kept` holds the forward pass's unfolded images, if it kept them.
    func weightGradient<T: PatchScalar>(
        _ type: T.Type, gradient: Tensor, input: Tensor, kept: Tensor? = nil
    ) throws -> Tensor {
        let keptMatrices = kept.map { ($0.pointer(as: T.self), true) }
        let productsPerBlock = Swift.max(1, 8 / imagesPerProduct)
        let blocks = (productCount + productsPerBlock - 1) / productsPerBlock
        let weightCount = outChannels * groupKernelSize
        let partials = try Tensor(zerosShape: [Swift.max(blocks, 1), weightCount], dtype: gradient.dtype)
        let chunks = chunkCount(items: blocks)
        let g = gradient.constPointer(T.self)
        let x = input.constPointer(T.self)
        let sums = partials.pointer(as: T.self)
        try withWorkspace(T.self, chunks: chunks) { slice in
            forEachChunk(items: blocks, chunks: chunks) { chunk, blockRange in
                let slice = slice(chunk)
                for block in blockRange {
                    let products = block * productsPerBlock..<Swift.min(productCount, (block + 1) * productsPerBlock)
                    for product in products {
                        let images = images(ofProduct: product)
                        let columns = outPlane * images.count
                        // Kept unfolded images need no input.
                        let inputs =
                            keptMatrices == nil || unfoldsToItself
                            ? interleaved(x, images: images, into: slice.images) : x
                        let gradients = interleavedGradient(g, images: images, into: slice.results)
                        for group in 0..<groups {
                            let unfolded = unfolded(
                                inputs, product: product, group: group, slice: slice.unfolded, kept: keptMatrices)
                            blasProduct(
                                m: groupOutChannels, n: groupKernelSize, k: columns,
                                gradients + group * groupOutChannels * columns, lda: columns, unfolded, ldb: columns,
                                transposeB: true, beta: product == products.lowerBound ? 0 : 1,
                                sums + block * weightCount + group * groupOutChannels * groupKernelSize,
                                ldc: groupKernelSize)
                        }
                    }
                }
            }
        }
        for block in 1..<Swift.max(blocks, 1) {
            let partial = sums + block * weightCount
            for index in 0..<weightCount { sums[index] += partial[index] }
        }
        let result = try Tensor(
            uninitializedShape: [outChannels, groupInChannels, kernelHeight, kernelWidth], dtype: gradient.dtype)
        result.pointer(as: T.self).update(from: sums, count: weightCount)
        withExtendedLifetime(partials) {}
        return result
    }
}
