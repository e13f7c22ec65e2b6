/// The float kernels of `conv2d` on contiguous `[N, C, H, W]` tensors, forward and backward, one matrix product per
/// group of a few interleaved images (see `ConvolutionProducts.swift`). Weight gradients are summed over fixed
/// blocks of images and the blocks then added in order, so they too are the same on any number of threads.
extension ConvolutionGeometry {
    /// `output = conv(input, weight) + bias` for float32 or float64 tensors; `output` is `[N, O, oH, oW]`.
    func forward<T: PatchScalar>(_ type: T.Type, input: Tensor, weight: Tensor, bias: Tensor?, output: Tensor) throws {
        let x = input.constPointer(T.self)
        let w = weight.constPointer(T.self)
        let b = bias?.constPointer(T.self)
        let out = output.pointer(as: T.self)
        try forEachChunk(T.self, items: productCount) { slice, products in
            for product in products {
                let images = images(ofProduct: product)
                let columns = outPlane * images.count
                let inputs = interleaved(x, images: images, size: inputSize, into: slice.images)
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
                        inputs, product: product, group: group, slice: slice.unfolded)
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

    /// The gradients of the input (`[N, C, H, W]`) and of the weight (`[O, C / groups, kH, kW]`), each when asked
    /// for, from the output's gradient `gradient` (contiguous), one pass over the products (the images are unfolded
    /// again: keeping the forward pass's unfolded images costs more memory traffic than it saves). Weight gradients
    /// are summed per fixed block of images, then the blocks' sums added in order.
    func backward<T: PatchScalar>(
        _ type: T.Type, gradient: Tensor, input: Tensor, weight: Tensor, inputGradient: Bool,
        weightGradient: Bool
    ) throws -> (input: Tensor?, weight: Tensor?) {
        // One image per product accumulates straight into its planes; several are transposed into them whole.
        let inputResult: Tensor? =
            !inputGradient
            ? nil
            : imagesPerProduct == 1
                ? try Tensor(zerosShape: [batch, inChannels, height, width], dtype: T.dtype)
                : try Tensor(uninitializedShape: [batch, inChannels, height, width], dtype: T.dtype)
        let productsPerBlock = Swift.max(1, 8 / imagesPerProduct)
        let blocks = (productCount + productsPerBlock - 1) / productsPerBlock
        let weightCount = outChannels * groupKernelSize
        let partials =
            try weightGradient ? Tensor(zerosShape: [Swift.max(blocks, 1), weightCount], dtype: T.dtype) : nil
        let g = gradient.constPointer(T.self)
        let x = input.constPointer(T.self)
        let w = weight.constPointer(T.self)
        let inputs = inputResult?.pointer(as: T.self)
        let sums = partials?.pointer(as: T.self)
        try forEachChunk(T.self, items: blocks) { slice, blockRange in
            for block in blockRange {
                let products = block * productsPerBlock..<Swift.min(productCount, (block + 1) * productsPerBlock)
                for product in products {
                    let gradients = interleaved(
                        g, images: images(ofProduct: product), size: outputSize, into: slice.results)
                    if let sums {
                        accumulateWeightGradient(
                            product: product, gradients: gradients, x: x, slice: slice,
                            into: sums + block * weightCount, first: product == products.lowerBound)
                    }
                    if let inputs {
                        addInputGradient(
                            product: product, gradients: gradients, weight: w, slice: slice, into: inputs)
                    }
                }
            }
        }
        guard let sums, let partials else { return (inputResult, nil) }
        for block in 1..<Swift.max(blocks, 1) {
            let partial = sums + block * weightCount
            for index in 0..<weightCount { sums[index] += partial[index] }
        }
        let result = try Tensor(
            uninitializedShape: [outChannels, groupInChannels, kernelHeight, kernelWidth], dtype: T.dtype)
        result.pointer(as: T.self).update(from: sums, count: weightCount)
        withExtendedLifetime(partials) {}
        return (inputResult, result)
    }

    /// Adds one product's weight gradient into `sums` (or writes it there, for the `first` product of a block).
    private func accumulateWeightGradient<T: PatchScalar>(
        product: Int, gradients: UnsafePointer<T>, x: UnsafePointer<T>,
        slice: Slice<T>, into sums: UnsafeMutablePointer<T>,
        first: Bool
    ) {
        let images = images(ofProduct: product)
        let columns = outPlane * images.count
        let inputs = interleaved(x, images: images, size: inputSize, into: slice.images)
        for group in 0..<groups {
            let unfolded = unfolded(inputs, product: product, group: group, slice: slice.unfolded)
            blasProduct(
                m: groupOutChannels, n: groupKernelSize, k: columns, gradients + group * groupOutChannels * columns,
                lda: columns, unfolded, ldb: columns, transposeB: true, beta: first ? 0 : 1,
                sums + group * groupOutChannels * groupKernelSize, ldc: groupKernelSize)
        }
    }

    /// Writes one product's input gradient into the images' planes of `result`.
    private func addInputGradient<T: PatchScalar>(
        product: Int, gradients: UnsafePointer<T>, weight w: UnsafePointer<T>, slice: Slice<T>,
        into result: UnsafeMutablePointer<T>
    ) {
        let images = images(ofProduct: product)
        let columns = outPlane * images.count
        // The gradient, interleaved in the slice (then transposed into the images' planes) or the planes themselves
        // for one image.
        let inputs = slice.images ?? result + images.lowerBound * inputSize
        if slice.images != nil { inputs.update(repeating: 0, count: inputSize * images.count) }
        for group in 0..<groups {
            let planes = inputs + group * groupInChannels * height * width * images.count
            // The unfolded gradient goes straight to the planes when unfolding is the identity.
            let target = slice.unfolded ?? planes
            blasProduct(
                m: groupKernelSize, n: columns, k: groupOutChannels, w + group * groupOutChannels * groupKernelSize,
                lda: groupKernelSize, transposeA: true, gradients + group * groupOutChannels * columns, ldb: columns,
                beta: 0, target, ldc: columns)
            if slice.unfolded != nil { fold(target, count: images.count, into: planes) }
        }
        if slice.images != nil {
            T.transpose(
                inputs, inputSize, images.count, images.count, result + images.lowerBound * inputSize, inputSize)
        }
    }
}
