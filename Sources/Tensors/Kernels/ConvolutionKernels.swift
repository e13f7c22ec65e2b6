/// The float kernels of `conv2d` on contiguous `[N, C, H, W]` tensors, forward and backward, in matrix products of
/// a few unfolded images each (see `ConvolutionProducts.swift`). Weight gradients are summed over fixed blocks of
/// images and the blocks then added in order, so they too are the same on any number of threads.
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
        try withWorkspace(T.self, chunks: chunks) { workspace in
            forEachChunk(items: productCount, chunks: chunks) { chunk, products in
                let (columns, rows) = slices(of: workspace, chunk: chunk)
                for product in products {
                    let images = images(ofProduct: product)
                    let width = images.count * outPlane
                    for group in 0..<groups {
                        let unfolded = unfolded(x, product: product, group: group, columns: columns, kept: kept)
                        let groupBias = b.map { $0 + group * groupOutChannels }
                        // One image: straight into its planes, on top of the bias. Several: into the product's rows,
                        // then to each image's planes with the bias.
                        let target = rows ?? out + outputOffset(image: images.lowerBound, group: group)
                        if let groupBias, rows == nil {
                            for channel in 0..<groupOutChannels {
                                (target + channel * outPlane).update(repeating: groupBias[channel], count: outPlane)
                            }
                        }
                        blasProduct(
                            m: groupOutChannels, n: width, k: groupKernelSize,
                            w + group * groupOutChannels * groupKernelSize,
                            lda: groupKernelSize, unfolded, ldb: width, beta: groupBias != nil && rows == nil ? 1 : 0,
                            target, ldc: width)
                        guard let rows else { continue }
                        for (position, image) in images.enumerated() {
                            for channel in 0..<groupOutChannels {
                                let source = rows + channel * width + position * outPlane
                                let destination = out + outputOffset(image: image, group: group) + channel * outPlane
                                let shift = groupBias?[channel] ?? 0
                                for index in 0..<outPlane { destination[index] = source[index] + shift }
                            }
                        }
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
        try withWorkspace(T.self, chunks: chunks) { workspace in
            forEachChunk(items: productCount, chunks: chunks) { chunk, products in
                let (columns, rows) = slices(of: workspace, chunk: chunk)
                for product in products {
                    let images = images(ofProduct: product)
                    let width = images.count * outPlane
                    for group in 0..<groups {
                        let gradientRows = gradientRows(g, images: images, group: group, rows: rows)
                        // The unfolded gradient goes straight to the planes when unfolding is the identity.
                        let target = columns ?? out + planesOffset(image: images.lowerBound, group: group)
                        blasProduct(
                            m: groupKernelSize, n: width, k: groupOutChannels,
                            w + group * groupOutChannels * groupKernelSize, lda: groupKernelSize, transposeA: true,
                            gradientRows, ldb: width, beta: 0, target, ldc: width)
                        guard let columns else { continue }
                        for (position, image) in images.enumerated() {
                            fold(
                                columns + position * outPlane, rowLength: width,
                                into: out + planesOffset(image: image, group: group))
                        }
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
        try withWorkspace(T.self, chunks: chunks) { workspace in
            forEachChunk(items: blocks, chunks: chunks) { chunk, blockRange in
                let (columns, rows) = slices(of: workspace, chunk: chunk)
                for block in blockRange {
                    let products = block * productsPerBlock..<Swift.min(productCount, (block + 1) * productsPerBlock)
                    for product in products {
                        let images = images(ofProduct: product)
                        let width = images.count * outPlane
                        for group in 0..<groups {
                            let unfolded = unfolded(
                                x, product: product, group: group, columns: columns, kept: keptMatrices)
                            let gradientRows = gradientRows(g, images: images, group: group, rows: rows)
                            blasProduct(
                                m: groupOutChannels, n: groupKernelSize, k: width, gradientRows, lda: width, unfolded,
                                ldb: width, transposeB: true, beta: product == products.lowerBound ? 0 : 1,
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
