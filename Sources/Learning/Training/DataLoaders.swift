/// A training and a validation loader together (fast.ai's `DataLoaders`).
///
/// ```swift
/// let dls = DataLoaders(trainLoader, validLoader)
/// ```
public final class DataLoaders<Batch> {
    /// The loader the model learns from.
    public let train: DataLoader<Batch>
    /// The loader the model is measured on.
    public let valid: DataLoader<Batch>

    /// The two loaders.
    public init(_ train: DataLoader<Batch>, _ valid: DataLoader<Batch>) {
        self.train = train
        self.valid = valid
    }
}
