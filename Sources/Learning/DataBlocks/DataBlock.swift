import Tensors

/// fast.ai's `DataBlock` for image classification: where the items come from, how they are split and labelled,
/// how images are read, and the batch transform; ``dataloaders(_:bs:wrap:)`` makes the training and validation
/// loaders from a folder.
///
/// ```swift
/// let block = DataBlock(
///     kind: .blackAndWhite, getItems: getImageFiles,
///     splitter: GrandparentSplitter(trainName: "training", validName: "testing"), getY: parentLabel,
///     normalize: Normalize())
/// let dls = try block.dataloaders(try untarData(URLs.mnist), bs: 64) { ($0, $1) }
/// ```
public struct DataBlock {
    /// How images are read (fast.ai's `ImageBlock(cls=...)`).
    public var kind: ImageKind
    /// The items of a source folder (fast.ai's `get_items`).
    public var getItems: (Path) throws -> [Path]
    /// The split into training and validation items.
    public var splitter: any Splitter
    /// An item's label (fast.ai's `get_y`).
    public var getY: (Path) throws -> String
    /// The batch transform (fast.ai's `batch_tfms=Normalize()`), if any.
    public var normalize: Normalize?

    /// A block from its parts.
    public init(
        kind: ImageKind = .blackAndWhite, getItems: @escaping (Path) throws -> [Path] = getImageFiles,
        splitter: any Splitter, getY: @escaping (Path) throws -> String = parentLabel, normalize: Normalize? = nil
    ) {
        self.kind = kind
        self.getItems = getItems
        self.splitter = splitter
        self.getY = getY
        self.normalize = normalize
    }

    /// The training and validation datasets of the items in `source`: split, labelled, and categorised by the
    /// training labels, sorted (fast.ai's `Categorize` vocab). A validation label the training set lacks is an error,
    /// as in fast.ai.
    public func datasets(_ source: Path) throws -> (train: CategoryDataset, valid: CategoryDataset) {
        let items = try getItems(source)
        let (trainPositions, validPositions) = try splitter.split(items)
        for position in trainPositions + validPositions where !items.indices.contains(position) {
            throw DataError(path: "splitter", reason: "position \(position) is outside the \(items.count) items")
        }
        let trainLabels = try trainPositions.map { try getY(items[$0]) }
        let validLabels = try validPositions.map { try getY(items[$0]) }
        let vocab = Array(Set(trainLabels)).sorted()
        let index = Dictionary(uniqueKeysWithValues: vocab.enumerated().map { ($1, $0) })
        func dataset(_ positions: [Int], _ labels: [String]) throws -> CategoryDataset {
            let codes = try zip(positions, labels).map { position, label in
                guard let code = index[label] else {
                    throw DataError(
                        path: items[position].string,
                        reason: "label '\(label)' is not among the training set's labels \(vocab)")
                }
                return code
            }
            return CategoryDataset(items: positions.map { items[$0] }, labels: codes, vocab: vocab, kind: kind)
        }
        return (try dataset(trainPositions, trainLabels), try dataset(validPositions, validLabels))
    }

    /// The loaders of `source`'s datasets, `bs` items per batch, as fast.ai makes them: the training loader
    /// shuffles and drops its last, smaller batch; the validation loader keeps its order and every item. The
    /// ``normalize`` transform, when not set up yet, takes its statistics from the training loader's first batch.
    /// `wrap` turns a batch's images and labels into a `Batch`.
    ///
    /// ```swift
    /// let dls = try block.dataloaders(path, bs: 64) { ($0, $1) }
    /// ```
    public func dataloaders<Batch>(
        _ source: Path, bs: Int = 64, wrap: @escaping (Tensor, Tensor) throws -> Batch
    ) throws -> DataLoaders<Batch> {
        let (train, valid) = try datasets(source)
        let trainLoader = try DataBlockLoader(
            dataset: train, batchSize: bs, shuffle: true, dropLast: true, normalize: normalize, wrap: wrap)
        let validLoader = try DataBlockLoader(
            dataset: valid, batchSize: bs, shuffle: false, dropLast: false, normalize: normalize, wrap: wrap)
        if let normalize, !normalize.isSetUp { try normalize.setup(from: try trainLoader.firstRawBatch()) }
        return DataLoaders(trainLoader, validLoader)
    }
}

extension DataLoaders {
    /// The category names of loaders made by a ``DataBlock`` (fast.ai's `dls.vocab`), or `nil` for others.
    ///
    /// ```swift
    /// dls.vocab  // ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    /// ```
    public var vocab: [String]? { (train as? DataBlockLoader<Batch>)?.dataset.vocab }
}
