import Tensors

/// Batches of a collection of `count` items (`DataLoader`), optionally shuffled afresh for every pass with the
/// lesson's generator, so a seeded lesson sees the same batches on every run.
///
/// The loader knows its items only through `makeBatch`, which turns a list of item positions into one batch:
/// for a tensor, a gather of rows; for pairs of tensors, a tuple of stacks.
///
/// ```swift
/// let loader = DataLoader(count: 15, batchSize: 5, shuffle: true) { positions in
///     try Tensor(shape: [positions.count], elements: positions.map(Int64.init))
/// }
/// let first = try loader.first()   // e.g. tensor([ 3, 12,  8, 10,  2])
/// ```
public class DataLoader<Batch> {
    /// The number of items.
    public let itemCount: Int
    /// The number of items per batch (the last batch may be smaller).
    public let batchSize: Int
    /// Whether each pass visits the items in a new random order.
    public let shuffle: Bool
    /// Whether a last, smaller batch is left out.
    public let dropLast: Bool
    private let makeBatch: ([Int]) throws -> Batch

    /// A loader over `count` items; `makeBatch` builds a batch from item positions.
    public init(
        count: Int, batchSize: Int = 64, shuffle: Bool = false, dropLast: Bool = false,
        makeBatch: @escaping ([Int]) throws -> Batch
    ) throws {
        guard batchSize > 0 else {
            throw TensorError(
                .invalidArgument, "batch_size should be a positive integer value, but got batch_size=\(batchSize)")
        }
        self.itemCount = count
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.dropLast = dropLast
        self.makeBatch = makeBatch
    }

    /// The number of batches in one pass (`len(dl)`).
    public var batchCount: Int {
        dropLast ? itemCount / batchSize : (itemCount + batchSize - 1) / batchSize
    }

    /// One pass over the data, batch by batch (`for xb, yb in dl`).
    public func makeIterator() throws -> BatchIterator {
        BatchIterator(loader: self, order: try passOrder())
    }

    /// The item positions of a new pass, in the order their batches come: shuffled with the lesson's generator when
    /// ``shuffle`` is set.
    func passOrder() throws -> [Int] {
        shuffle ? try randperm(itemCount).elements(as: Int64.self).map(Int.init) : Array(0..<itemCount)
    }

    /// The first batch of a fresh pass (`first(dl)`).
    public func first() throws -> Batch? {
        var iterator = try makeIterator()
        return try iterator.next()
    }

    /// The first batch of the items in their own order, never shuffled: what fast.ai's `summary()` looks at,
    /// taken without drawing from the generator.
    public func firstInOrder() throws -> Batch? {
        let size = Swift.min(batchSize, itemCount)
        guard size > 0, !(dropLast && itemCount < batchSize) else { return nil }
        return try makeBatch(Array(0..<size))
    }

    /// Every batch of one pass (`list(dl)`).
    public func allBatches() throws -> [Batch] {
        var iterator = try makeIterator()
        var batches: [Batch] = []
        while let batch = try iterator.next() { batches.append(batch) }
        return batches
    }

    /// The batches of one pass, made on demand.
    public struct BatchIterator {
        let loader: DataLoader
        let order: [Int]
        var position = 0

        /// The next batch, or `nil` after the last.
        public mutating func next() throws -> Batch? {
            let remaining = order.count - position
            guard remaining > 0, !(loader.dropLast && remaining < loader.batchSize) else { return nil }
            let end = position + Swift.min(loader.batchSize, remaining)
            defer { position = end }
            return try loader.makeBatch(Array(order[position..<end]))
        }
    }
}
