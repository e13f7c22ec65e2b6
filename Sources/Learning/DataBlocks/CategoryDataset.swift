import PNGCodec
import Tensors

/// The labelled images of one split of a ``DataBlock`` (fast.ai's `dls.train.dataset`, `dls.valid_ds`): image files,
/// each with its category, as a position in ``vocab``.
///
/// Images are decoded when a batch first needs them (in parallel, as `loadImages` decodes) and kept, converted to
/// the block's ``ImageKind``, so later epochs read no file again; a full MNIST epoch keeps 47 MB of pixels.
///
/// ```swift
/// let (train, valid) = try block.datasets(untarData(URLs.mnist))
/// train.count                   // 60000 with the full data
/// try train.itemText(at: 0)      // "(PILImageBW mode=L size=28x28, TensorCategory(0))"
/// let (xb, yb) = try train.batch([0, 1, 2])   // [3, 1, 28, 28] float32 in 0...1, [3] int64
/// ```
public final class CategoryDataset: CustomStringConvertible {
    /// The image files, in the order of the split.
    public let items: [Path]
    /// Each item's category, a position in ``vocab``.
    public let labels: [Int]
    /// The category names (fast.ai's `vocab`): the training set's labels, sorted.
    public let vocab: [String]
    /// How images are read: grey or colour.
    public let kind: ImageKind

    /// Decoded and converted pixels, per item, once a batch has needed them.
    private var decoded: [DecodedImage?]

    /// One item's pixels in the block's channels.
    struct DecodedImage {
        let width: Int
        let height: Int
        let samples: [UInt8]
    }

    /// A dataset of `items` labelled `labels` (positions in `vocab`), read as `kind`.
    ///
    /// ```swift
    /// let dataset = CategoryDataset(items: paths, labels: [0, 1], vocab: ["3", "7"], kind: .blackAndWhite)
    /// ```
    public init(items: [Path], labels: [Int], vocab: [String], kind: ImageKind) {
        self.items = items
        self.labels = labels
        self.vocab = vocab
        self.kind = kind
        decoded = Array(repeating: nil, count: items.count)
    }

    /// The number of items (`len(dls.valid_ds)`).
    public var count: Int { items.count }

    /// The image at `position`, converted to the block's kind (a `PILImageBW` is mode "L").
    ///
    /// ```swift
    /// try dataset.image(at: 0).mode  // "L"
    /// ```
    public func image(at position: Int) throws -> Image {
        let image = try decode([position])[0]
        return Image(
            try PNGImage(width: image.width, height: image.height, channels: kind.channels, pixels: image.samples),
            path: items[position])
    }

    /// How fast.ai shows the item at `position`: `(PILImageBW mode=L size=28x28, TensorCategory(3))`.
    public func itemText(at position: Int) throws -> String {
        let image = try decode([position])[0]
        return "(\(kind.className) mode=\(kind.mode) size=\(image.width)x\(image.height), "
            + "TensorCategory(\(labels[position])))"
    }

    /// fast.ai's form of the dataset: `(#60000) [(PILImageBW mode=L size=28x28, TensorCategory(0)),...]`; an item
    /// that cannot be read shows its error.
    public var description: String {
        collRepr(count: count) { position in
            (try? itemText(at: position)) ?? "<unreadable \(items[position].description)>"
        }
    }

    /// The batch of the items at `positions`: their images stacked as float32 `[n, channels, height, width]` in
    /// `0...1` (fast.ai's `ToTensor` then `IntToFloatTensor`), and their categories as int64 `[n]`. Images of
    /// different sizes cannot be stacked: that is PyTorch's `stack` error.
    ///
    /// ```swift
    /// let (xb, yb) = try dataset.batch(Array(0..<64))
    /// ```
    public func batch(_ positions: [Int]) throws -> (images: Tensor, labels: Tensor) {
        let images = try decode(positions)
        let channels = kind.channels
        guard let first = images.first else {
            return (
                try Tensor(shape: [0, channels, 0, 0], elements: [Float]()),
                try Tensor(shape: [0], elements: [Int64]())
            )
        }
        for (index, image) in images.enumerated() where image.width != first.width || image.height != first.height {
            throw TensorError(
                .shapeMismatch,
                "stack expects each tensor to be equal size, but got [\(channels), \(first.height), \(first.width)] "
                    + "at entry 0 and [\(channels), \(image.height), \(image.width)] at entry \(index)")
        }
        let area = first.width * first.height
        var values = [Float](repeating: 0, count: images.count * channels * area)
        // Pixels are interleaved (HWC); the batch is channels first (CHW), as ToTensor makes it.
        for (index, image) in images.enumerated() {
            let base = index * channels * area
            for pixel in 0..<area {
                for channel in 0..<channels {
                    values[base + channel * area + pixel] = Float(image.samples[pixel * channels + channel]) / 255
                }
            }
        }
        return (
            try Tensor(shape: [images.count, channels, first.height, first.width], elements: values),
            try Tensor(shape: [positions.count], elements: positions.map { Int64(labels[$0]) })
        )
    }

    /// The raw pixels of the items at `positions` (for ``DataBlockLoader/showBatchItems(maxN:)``): interleaved,
    /// ``kind``'s channels.
    func pixels(at positions: [Int]) throws -> [(width: Int, height: Int, samples: [UInt8])] {
        try decode(positions).map { ($0.width, $0.height, $0.samples) }
    }

    /// The items at `positions`, decoding in parallel those not decoded yet; throws a ``DataError`` naming the first
    /// file (in `positions` order) that cannot be read.
    private func decode(_ positions: [Int]) throws -> [DecodedImage] {
        var missing: [Int] = []
        var seen = Set<Int>()
        for position in positions where decoded[position] == nil && seen.insert(position).inserted {
            missing.append(position)
        }
        let results = PNGImage.decodeAll(paths: missing.map { items[$0].string })
        for (position, result) in zip(missing, results) {
            switch result {
            case .success(let png):
                decoded[position] = DecodedImage(
                    width: png.width, height: png.height, samples: kind.converted(png.pixels, channels: png.channels))
            case .failure(let error):
                throw DataError(path: items[position].string, reason: error.reason)
            }
        }
        return positions.map { decoded[$0]! }
    }
}
