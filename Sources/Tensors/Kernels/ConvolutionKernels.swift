import Foundation

/// The kernels of `conv2d` on contiguous `[N, C, H, W]` tensors: the receptive fields of a few images are unfolded
/// side by side into a workspace ("im2col") and multiplied with each group's weights by OpenBLAS, one product per
/// few images ("a product" below).
///
/// Products are handed to threads whole, each thread with its own slice of the workspace, so every output element
/// comes from the same product whatever the thread count; weight gradients are summed over fixed blocks of images
/// and the blocks then added in order, for the same reason.
extension ConvolutionGeometry {
    /// Whether the unfolded matrix of an image is the image itself (1x1 kernel, stride 1, no padding).
    var unfoldsToItself: Bool {
        kernelHeight == 1 && kernelWidth == 1 && stride == (1, 1) && padding == (0, 0)
    }

    /// The images of one product: enough for about 256 output positions (late layers have few per image, and one
    /// product per image would be mostly call overhead), never more than the batch. Depends only on the sizes.
    var imagesPerProduct: Int {
        unfoldsToItself ? 1 : Swift.max(1, Swift.min(batch, (256 + outPlane - 1) / outPlane))
    }

    /// The number of products over the batch.
    var productCount: Int { (batch + imagesPerProduct - 1) / imagesPerProduct }

    /// The images of product `index`.
    func images(ofProduct index: Int) -> Range<Int> {
        index * imagesPerProduct..<Swift.min(batch, (index + 1) * imagesPerProduct)
    }

    /// The workspace elements one chunk of work needs: the unfolded images of a product, and the product's
    /// `[O / groups, images x positions]` result when it holds several images (its rows are scattered to the
    /// images' planes afterwards).
    private var workspacePerChunk: Int {
        let columns = imagesPerProduct * outPlane
        return (unfoldsToItself ? 0 : groupKernelSize * columns)
            + (imagesPerProduct > 1 ? groupOutChannels * columns : 0)
    }

    /// How many chunks to split `items` products (or blocks) into: several per thread, so that a thread that the
    /// machine delays does not hold the others up, within a workspace of about 64 MB; one for small work.
    func chunkCount(items: Int) -> Int {
        guard multiplyAdds >= 1 << 17, Parallelism.threadCount > 1 else { return Swift.min(items, 1) }
        let affordable = Swift.max(1, (64 << 20) / Swift.max(1, workspacePerChunk * 8))
        return Swift.max(1, Swift.min(items, 4 * Parallelism.threadCount, affordable))
    }

    /// Runs `body` with a workspace of `chunks` slices (counted against the memory budget: one too large for it is
    /// the allocator's error), or with `nil` when no slice needs memory.
    func withWorkspace<T: PatchScalar>(
        _ type: T.Type, chunks: Int, _ body: (UnsafeMutablePointer<T>?) -> Void
    ) throws {
        guard workspacePerChunk > 0, chunks > 0 else { return body(nil) }
        let workspace = try Tensor(uninitializedShape: [chunks, workspacePerChunk], dtype: T.dtype)
        withExtendedLifetime(workspace) { body(workspace.pointer(as: T.self)) }
    }

    /// The pointers one chunk works with: its unfolded images (`nil` when images unfold to themselves) and its
    /// product rows (`nil` when a product holds one image).
    private func slices<T: PatchScalar>(
        of workspace: UnsafeMutablePointer<T>?, chunk: Int
    ) -> (columns: UnsafeMutablePointer<T>?, rows: UnsafeMutablePointer<T>?) {
        guard let start = workspace.map({ $0 + chunk * workspacePerChunk }) else { return (nil, nil) }
        let columns = unfoldsToItself ? nil : start
        let rows =
            imagesPerProduct > 1 ? start + (unfoldsToItself ? 0 : groupKernelSize * imagesPerProduct * outPlane) : nil
        return (columns, rows)
    }

    /// The unfolded matrix `[K, images x positions]` of one group of a product's images: written to `columns`, or
    /// the image's planes themselves when unfolding is the identity.
    private func unfolded<T: PatchScalar>(
        _ x: UnsafePointer<T>, images: Range<Int>, group: Int, columns: UnsafeMutablePointer<T>?
    ) -> UnsafePointer<T> {
        guard let columns else { return x + planesOffset(image: images.lowerBound, group: group) }
        let rowLength = images.count * outPlane
        for (position, image) in images.enumerated() {
            unfold(
                x + planesOffset(image: image, group: group), into: columns + position * outPlane, rowLength: rowLength)
        }
        return UnsafePointer(columns)
    }

    /// The offset of the first input plane of `group` in `image`.
    private func planesOffset(image: Int, group: Int) -> Int {
        (image * inChannels + group * groupInChannels) * height * width
    }

    /// The offset of the first output plane of `group` in `image`.
    private func outputOffset(image: Int, group: Int) -> Int {
        (image * outChannels + group * groupOutChannels) * outPlane
    }

    /// `output = conv(input, weight) + bias` for float32 or float64 tensors; `output` is `[N, O, oH, oW]`.
    func forward<T: PatchScalar>(_ type: T.Type, input: Tensor, weight: Tensor, bias: Tensor?, output: Tensor) throws {
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
                        let unfolded = unfolded(x, images: images, group: group, columns: columns)
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

    /// The output gradient rows `[O / groups, images x positions]` of one group of a product's images: the
    /// gradient itself for one image, else gathered into `rows`.
    private func gradientRows<T: PatchScalar>(
        _ g: UnsafePointer<T>, images: Range<Int>, group: Int, rows: UnsafeMutablePointer<T>?
    ) -> UnsafePointer<T> {
        guard let rows else { return g + outputOffset(image: images.lowerBound, group: group) }
        let width = images.count * outPlane
        for (position, image) in images.enumerated() {
            for channel in 0..<groupOutChannels {
                (rows + channel * width + position * outPlane).update(
                    from: g + outputOffset(image: image, group: group) + channel * outPlane, count: outPlane)
            }
        }
        return UnsafePointer(rows)
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
    /// partial sums added in order.
    func weightGradient<T: PatchScalar>(_ type: T.Type, gradient: Tensor, input: Tensor) throws -> Tensor {
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
                            let unfolded = unfolded(x, images: images, group: group, columns: columns)
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
                            let plane = x + planesOffset(image: image, group: group) + inChannel * height * width
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

/// Runs `body(chunk, items)` for `chunks` contiguous slices of `0..<items`, handed to the kernel threads one at a
/// time as they come free (on the calling thread alone with one thread); the slices depend only on `items` and
/// `chunks`.
func forEachChunk(items: Int, chunks: Int, _ body: (Int, Range<Int>) -> Void) {
    withoutActuallyEscaping(body) { body in
        let run = { (chunk: Int) in body(chunk, items * chunk / chunks..<items * (chunk + 1) / chunks) }
        guard chunks > 1, Parallelism.threadCount > 1 else {
            for chunk in 0..<Swift.max(chunks, 0) { run(chunk) }
            return
        }
        if !KernelThreads.shared.run(chunks: chunks, run) {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: run)
        }
    }
}
