import Tensors

/// How a ``DataBlock`` splits its items into a training and a validation set (fast.ai's `splitter`): the positions
/// of the items of each.
///
/// ```swift
/// let (train, valid) = try GrandparentSplitter().split(items)
/// ```
public protocol Splitter {
    /// The positions in `items` of the training items and of the validation items.
    func split(_ items: [Path]) throws -> (train: [Int], valid: [Int])
}

/// fast.ai's `GrandparentSplitter(train_name='train', valid_name='valid')`: an item whose grandparent folder is
/// named `trainName` is for training, one whose grandparent is `validName` for validation, any other in neither.
///
/// ```swift
/// let splitter = GrandparentSplitter(trainName: "training", validName: "testing")
/// try splitter.split([Path("training/3/1.png"), Path("testing/7/2.png")])  // ([0], [1])
/// ```
public struct GrandparentSplitter: Splitter, Sendable {
    /// The grandparent folder name of the training items.
    public let trainName: String
    /// The grandparent folder name of the validation items.
    public let validName: String

    /// A splitter by the folder names `trainName` and `validName`.
    ///
    /// ```swift
    /// let splitter = GrandparentSplitter()   // "train" and "valid", as MNIST_SAMPLE is laid out
    /// ```
    public init(trainName: String = "train", validName: String = "valid") {
        self.trainName = trainName
        self.validName = validName
    }

    /// The positions of the items under `trainName/*/` and under `validName/*/`, in item order.
    public func split(_ items: [Path]) -> (train: [Int], valid: [Int]) {
        let grandparents = items.map(\.parent.parent.name)
        return (
            grandparents.indices.filter { grandparents[$0] == trainName },
            grandparents.indices.filter { grandparents[$0] == validName }
        )
    }
}

/// fast.ai's `RandomSplitter(valid_pct=0.2, seed=None)`: a random permutation of the items (`randperm`, from the
/// lesson's generator, which `seed` first resets as fast.ai's `torch.manual_seed(seed)` does); the first
/// `Int(validPct * count)` positions are the validation set, the rest the training set.
///
/// ```swift
/// let (train, valid) = try RandomSplitter(validPct: 0.2, seed: 42).split(items)
/// ```
public struct RandomSplitter: Splitter, Sendable {
    /// The share of the items for validation, `0...1`.
    public let validPct: Double
    /// The seed set before the permutation, or `nil` to continue the lesson's random numbers.
    public let seed: Int?

    /// A splitter keeping `validPct` of the items for validation; throws unless `validPct` is in `0...1`.
    ///
    /// ```swift
    /// let splitter = try RandomSplitter(validPct: 0.2, seed: 42)
    /// ```
    public init(validPct: Double = 0.2, seed: Int? = nil) throws(DataError) {
        guard validPct >= 0, validPct <= 1 else {
            throw DataError(path: "RandomSplitter", reason: "validPct must be between 0 and 1, got \(validPct)")
        }
        self.validPct = validPct
        self.seed = seed
    }

    /// The positions after and before the cut of a random permutation.
    public func split(_ items: [Path]) throws -> (train: [Int], valid: [Int]) {
        if let seed { manualSeed(seed) }
        let order = try randperm(items.count).elements(as: Int64.self).map(Int.init)
        let cut = Int(validPct * Double(items.count))
        return (Array(order[cut...]), Array(order[..<cut]))
    }
}
