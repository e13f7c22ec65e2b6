/// The affine map `input @ weight.T + bias` (`F.linear`), recorded as one node (`AddmmBackward0`) like PyTorch.
///
/// ```swift
/// try linear(batch, weight, bias)   // [256, 784] x [30, 784]^T + [30] -> [256, 30]
/// ```
public func linear(_ input: Tensor, _ weight: Tensor, _ bias: Tensor?) throws -> Tensor {
    let product = try noGrad { try matmul(input, weight.t()) }
    var result = product
    if let bias { result = try noGrad { try product + bias } }
    let inputs = [input, weight, bias]
    let name = input.ndim == 2 ? (bias == nil ? "MmBackward0" : "AddmmBackward0") : "UnsafeViewBackward0"
    return result.recordingGradient(name, inputs: inputs) { g in
        let gradInput = try input.requiresGrad ? matmul(g, weight) : nil
        let flatInput = try input.reshape(-1, input.shape.last ?? 1)
        let flatGradient = try g.reshape(-1, g.shape.last ?? 1)
        let gradWeight = try weight.requiresGrad ? matmul(flatGradient.t(), flatInput) : nil
        let gradBias = try bias?.requiresGrad == true ? flatGradient.sum(0) : nil
        return [gradInput, gradWeight, gradBias]
    }
}

/// The mean squared error (`F.mse_loss`), recorded as `MseLossBackward0`.
///
/// ```swift
/// try mseLoss(a3, mean7).sqrt()   // the RMSE
/// ```
public func mseLoss(_ input: Tensor, _ target: Tensor) throws -> Tensor {
    let difference = try noGrad { try input - target }
    let result = try noGrad { try (difference * difference).mean() }
    let count = Double(difference.count)
    let inputShape = input.shape
    let targetShape = target.shape
    return result.recordingGradient("MseLossBackward0", inputs: [input, target]) { g in
        let gradient = try difference * (g * (2 / count))
        return [try gradient.sumToShape(inputShape), try (-gradient).sumToShape(targetShape)]
    }
}

/// The mean absolute error (`F.l1_loss`): `(input - target).abs().mean()`, as PyTorch composes it.
///
/// ```swift
/// try l1Loss(a3.float(), mean7)
/// ```
public func l1Loss(_ input: Tensor, _ target: Tensor) throws -> Tensor {
    try (input - target).abs().mean()
}

extension Tensor {
    /// The logarithm of the softmax along `dim`, computed stably (`log_softmax`, `LogSoftmaxBackward0`).
    public func logSoftmax(_ dim: Int) throws -> Tensor {
        // Shifted by the maximum for stability; an empty tensor has none and gives an empty result, as in PyTorch.
        let shifted = try noGrad { count == 0 ? self : try self - max(dim, keepdim: true).values }
        let result = try noGrad { try shifted - shifted.exp().sum(dim, keepdim: true).log() }
        let output = result.detach()
        return result.recordingGradient("LogSoftmaxBackward0", inputs: [self]) { g in
            [try g - output.exp() * g.sum(dim, keepdim: true)]
        }
    }

    /// The softmax along `dim` (`softmax`, `SoftmaxBackward0`).
    public func softmax(_ dim: Int) throws -> Tensor {
        let result = try noGrad { try logSoftmax(dim).exp() }
        let output = result.detach()
        return result.recordingGradient("SoftmaxBackward0", inputs: [self]) { g in
            [try output * (g - (g * output).sum(dim, keepdim: true))]
        }
    }
}

/// The cross-entropy of `logits` (`[n, classes]`) against class indices (`[n]`, integers), averaged over the
/// batch (`F.cross_entropy`, recorded as `NllLossBackward0`).
///
/// ```swift
/// try crossEntropy(model(xb), yb)
/// ```
public func crossEntropy(_ logits: Tensor, _ targets: Tensor) throws -> Tensor {
    guard logits.ndim == 2, targets.ndim == 1, targets.shape[0] == logits.shape[0] else {
        throw TensorError(
            .shapeMismatch,
            "Expected input batch_size (\(logits.shape.first ?? 0)) to match target batch_size "
                + "(\(targets.shape.first ?? 0)).")
    }
    guard !targets.dtype.isFloatingPoint && targets.dtype != .bool else {
        throw TensorError(
            .dtypeMismatch, "expected scalar type Long but found \(targets.dtype.scalarTypeName)")
    }
    let classes = logits.shape[1]
    let logProbabilities = try noGrad { try logits.logSoftmax(1) }
    let labels = try targets.cast(to: .int64).elements(as: Int64.self)
    for label in labels where label < 0 || Int(label) >= classes {
        throw TensorError(.indexOutOfRange, "Target \(label) is out of bounds.")
    }
    var oneHotElements = [Double](repeating: 0, count: labels.count * classes)
    for (row, label) in labels.enumerated() { oneHotElements[row * classes + Int(label)] = 1 }
    let oneHot = try Tensor(shape: logits.shape, elements: oneHotElements).cast(to: logits.dtype)
    let result = try noGrad { try -(logProbabilities * oneHot).sum() / Double(labels.count) }
    let probabilities = try noGrad { try logProbabilities.exp() }
    let count = Double(labels.count)
    return result.recordingGradient("NllLossBackward0", inputs: [logits, nil]) { g in
        return [try (probabilities - oneHot) * (g / count), nil]
    }
}
