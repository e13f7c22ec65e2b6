import Tensors

/// fast.ai's `Normalize()` batch transform: images are centred and scaled per channel, `(x - mean) / std`. Without
/// given statistics, ``setup(from:)`` takes them from one batch, as fast.ai's `Normalize.setups` takes them from the
/// training loader's first batch: the mean and the standard deviation (PyTorch's, with Bessel's correction) over
/// the batch and the pixels, per channel, plus `1e-7`.
///
/// A class, as fast.ai's transform is an object: the statistics set up by one `dataloaders` call stay for the next.
///
/// ```swift
/// let normalize = Normalize()
/// try normalize.setup(from: xb)          // xb: [64, 1, 28, 28] in 0...1
/// try normalize.encode(xb).mean()        // about 0
/// ```
public final class Normalize {
    /// The per-channel mean, `[1, C, 1, 1]`, once known.
    public private(set) var mean: Tensor?
    /// The per-channel standard deviation, `[1, C, 1, 1]`, once known.
    public private(set) var std: Tensor?

    /// A transform that takes its statistics from the first batch it is set up with.
    ///
    /// ```swift
    /// let normalize = Normalize()
    /// ```
    public init() {}

    /// A transform with given statistics, one number per channel (fast.ai's `Normalize.from_stats`).
    ///
    /// ```swift
    /// let normalize = try Normalize(mean: [0.1307], std: [0.3081])
    /// ```
    public init(mean: [Double], std: [Double]) throws {
        guard mean.count == std.count, !mean.isEmpty else {
            throw DataError(
                path: "Normalize", reason: "one mean and one std per channel, got \(mean.count) and \(std.count)")
        }
        self.mean = try Tensor(shape: [1, mean.count, 1, 1], elements: mean.map { Float($0) })
        self.std = try Tensor(shape: [1, std.count, 1, 1], elements: std.map { Float($0) })
    }

    /// Whether the statistics are known.
    public var isSetUp: Bool { mean != nil && std != nil }

    /// Takes the statistics from `batch` (`[N, C, H, W]`), unless they are known already.
    public func setup(from batch: Tensor) throws {
        guard !isSetUp else { return }
        mean = try batch.mean([0, 2, 3], keepdim: true)
        std = try batch.std([0, 2, 3], keepdim: true) + 1e-7
    }

    /// `(batch - mean) / std`; the batch unchanged before setup.
    public func encode(_ batch: Tensor) throws -> Tensor {
        guard let mean, let std else { return batch }
        return try (batch - mean) / std
    }

    /// `batch * std + mean`, undoing ``encode(_:)``.
    public func decode(_ batch: Tensor) throws -> Tensor {
        guard let mean, let std else { return batch }
        return try batch * std + mean
    }
}
