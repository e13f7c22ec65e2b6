import Tensors

/// fast.ai's `accuracy` metric: the share of items whose largest prediction along `axis` (the classes) is at the
/// target's index. Predictions and targets are flattened first and must then have the same count.
///
/// ```swift
/// try accuracy(tensor([[0.1, 0.9], [0.8, 0.2]]), tensor([1, 1]))   // tensor(0.5000)
/// ```
/// - Throws: when the counts differ, as fast.ai's `flatten_check` does.
public func accuracy(_ predictions: Tensor, _ targets: Tensor, axis: Int = -1) throws -> Tensor {
    let predicted = try predictions.argmax(axis).reshape([-1])
    let expected = try targets.reshape([-1])
    guard predicted.count == expected.count else {
        throw TensorError(
            .shapeMismatch,
            "accuracy: \(predicted.count) predictions (the argmax over dim \(axis)) for \(expected.count) targets")
    }
    return try (predicted == expected).float().mean()
}
