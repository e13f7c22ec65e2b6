import Foundation

/// How `conv2d`'s kernels split their work. A few images (a "product") are convolved together: their receptive
/// fields are unfolded ("im2col") into one matrix and multiplied with each group's weights by OpenBLAS. Inside a
/// product the images are interleaved, element by element (`[C, H, W, images]`), so that unfolding copies runs of
/// images rather than single elements; results are transposed back to `[N, C, H, W]` afterwards. Products are
/// handed to threads in chunks, each chunk with its own slice of a workspace.
///
/// Which images share a product depends only on the sizes, never on the thread count, so every output element
/// comes from the same product on any number of threads.
extension ConvolutionGeometry {
    /// Whether the unfolded matrix of the images is the images themselves (1x1 kernel, stride 1, no padding).
    var unfoldsToItself: Bool {
        kernelHeight == 1 && kernelWidth == 1 && stride == (1, 1) && padding == (0, 0)
    }

    /// The images of one product: one for large planes (their rows are long already), else about 4096 output
    /// positions' worth, in multiples of 8 from 8 to 64, but small enough for four products when the batch allows
    /// (so that threads share the work), never more than the batch.
    var imagesPerProduct: Int {
        guard outPlane < 256 else { return 1 }
        let wanted = Swift.min(64, Swift.max(8, roundedUpToEight((4096 + outPlane - 1) / outPlane)))
        let shared = Swift.max(8, roundedUpToEight((batch + 3) / 4))
        return Swift.max(1, Swift.min(batch, wanted, shared))
    }

    private func roundedUpToEight(_ count: Int) -> Int { (count + 7) / 8 * 8 }

    /// The number of products over the batch.
    var productCount: Int { (batch + imagesPerProduct - 1) / imagesPerProduct }

    /// The images of product `index`.
    func images(ofProduct index: Int) -> Range<Int> {
        index * imagesPerProduct..<Swift.min(batch, (index + 1) * imagesPerProduct)
    }

    /// The elements of the unfolded matrix of one group of one product (`[K, positions x images]`).
    var unfoldedCount: Int { groupKernelSize * outPlane * imagesPerProduct }

    /// The elements of one image's input and output planes.
    var inputSize: Int { inChannels * height * width }
    var outputSize: Int { outChannels * outPlane }

    /// The parts of one chunk's workspace, in elements: the product's interleaved input (or input gradient), its
    /// unfolded matrix, and its interleaved output (or output gradient). A product of one image needs no
    /// interleaving, and images that unfold to themselves no unfolded matrix.
    private var workspaceParts: (images: Int, unfolded: Int, results: Int) {
        let interleaved = imagesPerProduct > 1
        return (
            interleaved ? inputSize * imagesPerProduct : 0, unfoldsToItself ? 0 : unfoldedCount,
            interleaved ? outputSize * imagesPerProduct : 0
        )
    }

    private var workspacePerChunk: Int {
        let parts = workspaceParts
        return parts.images + parts.unfolded + parts.results
    }

    /// How many chunks to split `items` products (or blocks) into: several per thread, so that a thread that the
    /// machine delays does not hold the others up, within a workspace of about 64 MB; one for small work.
    private func chunkCount(items: Int) -> Int {
        guard multiplyAdds >= 1 << 17, Parallelism.threadCount > 1 else { return Swift.min(items, 1) }
        let affordable = Swift.max(1, (64 << 20) / Swift.max(1, workspacePerChunk * 8))
        return Swift.max(1, Swift.min(items, 4 * Parallelism.threadCount, affordable))
    }

    /// One chunk's slice of the workspace (see `workspaceParts`); `nil` parts are not needed.
    struct Slice<T> {
        var images: UnsafeMutablePointer<T>?
        var unfolded: UnsafeMutablePointer<T>?
        var results: UnsafeMutablePointer<T>?
    }

    /// Runs `body(slice, items)` for the chunks of `0..<items` products (or blocks of them), each chunk on a kernel
    /// thread with its own slice of a workspace. The workspace counts against the memory budget: one too large for
    /// it is the allocator's error, thrown before any chunk runs.
    func forEachChunk<T: PatchScalar>(
        _ type: T.Type, items: Int, _ body: (Slice<T>, Range<Int>) -> Void
    ) throws {
        let chunks = chunkCount(items: items)
        let parts = workspaceParts
        let size = workspacePerChunk
        let workspace = size > 0 ? try Tensor(uninitializedShape: [chunks, size], dtype: T.dtype) : nil
        let base = workspace?.pointer(as: T.self)
        withExtendedLifetime(workspace) {
            Tensors.forEachChunk(items: items, chunks: chunks) { chunk, range in
                guard let start = base.map({ $0 + chunk * size }) else { return body(Slice(), range) }
                let slice = Slice(
                    images: parts.images > 0 ? start : nil,
                    unfolded: parts.unfolded > 0 ? start + parts.images : nil,
                    results: parts.results > 0 ? start + parts.images + parts.unfolded : nil)
                body(slice, range)
            }
        }
    }

    /// The product's `images` interleaved (`[C, H, W, images]` of an input, `[O, oH, oW, images]` of an output
    /// gradient; `size` elements per image): copied into `slice` for several images, the tensor itself for one.
    func interleaved<T: PatchScalar>(
        _ tensor: UnsafePointer<T>, images: Range<Int>, size: Int, into slice: UnsafeMutablePointer<T>?
    ) -> UnsafePointer<T> {
        let first = tensor + images.lowerBound * size
        guard let slice else { return first }
        T.transpose(first, images.count, size, size, slice, images.count)
        return UnsafePointer(slice)
    }

    /// The unfolded matrix `[K, positions x images]` of one group of a product's interleaved `images`: the images
    /// themselves when unfolding is the identity, else unfolded into the chunk's slice.
    func unfolded<T: PatchScalar>(
        _ images: UnsafePointer<T>, product: Int, group: Int, slice: UnsafeMutablePointer<T>?
    ) -> UnsafePointer<T> {
        let count = self.images(ofProduct: product).count
        let planes = images + group * groupInChannels * height * width * count
        guard let slice else { return planes }
        unfold(planes, count: count, into: slice)
        return UnsafePointer(slice)
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
