import Tensors

/// A data loader made by ``DataBlock/dataloaders(_:bs:wrap:)`` (fast.ai's `TfmdDL`): batches of a
/// ``CategoryDataset``, each normalised by the block's ``Normalize`` if it has one, and turned into a `Batch` by
/// `wrap` (a tuple of tensors for Swift, a cell value for lessons).
///
/// ```swift
/// let dls = try block.dataloaders(path, bs: 64) { ($0, $1) }
/// let (xb, yb) = try dls.valid.first()!   // [64, 1, 28, 28] normalised, [64]
/// (dls.train as? DataBlockLoader)?.dataset.vocab   // ["0", "1", ..., "9"]
/// ```
public final class DataBlockLoader<Batch>: DataLoader<Batch> {
    /// The labelled images the batches are made of (fast.ai's `dl.dataset`).
    public let dataset: CategoryDataset
    /// The batch transform, if any.
    public let normalize: Normalize?

    /// A loader over `dataset`; each batch is normalised by `normalize`, then wrapped.
    public init(
        dataset: CategoryDataset, batchSize: Int, shuffle: Bool, dropLast: Bool, normalize: Normalize?,
        wrap: @escaping (Tensor, Tensor) throws -> Batch
    ) throws {
        self.dataset = dataset
        self.normalize = normalize
        try super.init(count: dataset.count, batchSize: batchSize, shuffle: shuffle, dropLast: dropLast) { positions in
            let (images, labels) = try dataset.batch(positions)
            return try wrap(try normalize?.encode(images) ?? images, labels)
        }
    }

    /// The item positions of the first batch of a new pass (a shuffled loader draws a new order), or `nil` when a
    /// pass has no batch.
    func firstBatchPositions() throws -> [Int]? {
        let order = try passOrder()
        guard !order.isEmpty, !(dropLast && order.count < batchSize) else { return nil }
        return Array(order.prefix(batchSize))
    }

    /// The first batch of a new pass before the batch transform (what fast.ai's `Normalize` is set up from).
    /// Throws fast.ai's error when a pass has no batch.
    func firstRawBatch() throws -> Tensor {
        guard let positions = try firstBatchPositions() else {
            throw DataError(path: "DataLoader", reason: "This DataLoader does not contain any batches")
        }
        return try dataset.batch(positions).images
    }

    /// What `show_batch` shows: up to `maxN` items of the first batch of a new pass, each with its pixels
    /// (``CategoryDataset/kind``'s channels, interleaved) and its category's name as the title.
    ///
    /// ```swift
    /// let items = try loader.showBatchItems(maxN: 9)   // 9 images titled "3", "7", ...
    /// ```
    public func showBatchItems(maxN: Int) throws -> [(width: Int, height: Int, samples: [UInt8], title: String)] {
        guard let positions = try firstBatchPositions() else {
            throw DataError(path: "DataLoader", reason: "This DataLoader does not contain any batches")
        }
        let shown = Array(positions.prefix(max(0, maxN)))
        return try zip(shown, dataset.pixels(at: shown)).map { position, image in
            (image.width, image.height, image.samples, dataset.vocab[dataset.labels[position]])
        }
    }
}
