import Foundation

/// How `conv2d`'s kernels split their work: the receptive fields of a few images are unfolded side by side
/// ("im2col") and multiplied with one group's weights by OpenBLAS, one matrix product per few images (a "product");
/// products are handed to threads in chunks, each chunk with its own slice of a workspace.
///
/// Which images share a product depends only on the sizes, never on the thread count, so every output element
/// comes from the same product on any number of threads.
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
    var workspacePerChunk: Int {
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
    func slices<T: PatchScalar>(
        of workspace: UnsafeMutablePointer<T>?, chunk: Int
    ) -> (columns: UnsafeMutablePointer<T>?, rows: UnsafeMutablePointer<T>?) {
        guard let start = workspace.map({ $0 + chunk * workspacePerChunk }) else { return (nil, nil) }
        let columns = unfoldsToItself ? nil : start
        let rows =
            imagesPerProduct > 1 ? start + (unfoldsToItself ? 0 : groupKernelSize * imagesPerProduct * outPlane) : nil
        return (columns, rows)
    }

    /// The elements of the unfolded matrix of one group of one product.
    var unfoldedCount: Int { groupKernelSize * imagesPerProduct * outPlane }

    /// The unfolded matrix `[K, images x positions]` of one group of a product's images: the image's planes
    /// themselves when unfolding is the identity; else read from `kept` (the forward pass's, when it kept them),
    /// or unfolded into `kept` or the chunk's `columns`.
    func unfolded<T: PatchScalar>(
        _ x: UnsafePointer<T>, product: Int, group: Int, columns: UnsafeMutablePointer<T>?,
        kept: (matrices: UnsafeMutablePointer<T>, isFilled: Bool)? = nil
    ) -> UnsafePointer<T> {
        let images = images(ofProduct: product)
        guard let columns else { return x + planesOffset(image: images.lowerBound, group: group) }
        let target = kept.map { $0.matrices + (product * groups + group) * unfoldedCount } ?? columns
        if kept?.isFilled == true { return UnsafePointer(target) }
        let rowLength = images.count * outPlane
        for (position, image) in images.enumerated() {
            unfold(
                x + planesOffset(image: image, group: group), into: target + position * outPlane, rowLength: rowLength)
        }
        return UnsafePointer(target)
    }

    /// The offset of the first input plane of `group` in `image`.
    func planesOffset(image: Int, group: Int) -> Int {
        (image * inChannels + group * groupInChannels) * height * width
    }

    /// The offset of the first output plane of `group` in `image`.
    func outputOffset(image: Int, group: Int) -> Int {
        (image * outChannels + group * groupOutChannels) * outPlane
    }

    /// The output gradient rows `[O / groups, images x positions]` of one group of a product's images: the
    /// gradient itself for one image, else gathered into `rows`.
    func gradientRows<T: PatchScalar>(
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
