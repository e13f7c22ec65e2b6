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
