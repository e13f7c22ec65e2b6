/// Batch normalisation over dimension 1 of `[N, C, *]` (`F.batch_norm`), recorded as `NativeBatchNormBackward0`
/// with gradients for the input, the weight and the bias.
///
/// In training, each channel is normalised with the batch's mean and (biased) variance, and the running statistics,
/// when given, are updated in place: `running = (1 - momentum) * running + momentum * batch`, with the unbiased
/// variance. Otherwise the running statistics normalise. `weight` and `bias` (`[C]`) scale and shift the result.
///
/// ```swift
/// let y = try batchNorm(x, runningMean: mean, runningVar: variance, weight: gamma, bias: beta, training: true)
/// ```
/// - Throws: PyTorch's messages for missing running statistics in evaluation, sizes that do not match the
///   channels, one value per channel in training, a non-positive `eps`, and non-float or mixed dtypes.
public func batchNorm(
    _ input: Tensor, runningMean: Tensor?, runningVar: Tensor?, weight: Tensor? = nil, bias: Tensor? = nil,
    training: Bool = false, momentum: Double = 0.1, eps: Double = 1e-5
) throws -> Tensor {
    let arguments = BatchNormArguments(
        input: input, runningMean: runningMean, runningVar: runningVar, weight: weight, bias: bias,
        training: training, momentum: momentum, eps: eps)
    try arguments.checkBeforeNormalizing()
    if input.count == 0 {
        // Before any other check, PyTorch returns a copy, scaled and shifted by the first weight and bias so that
        // they stay in the graph.
        var result = try input.clone()
        if let weight { result = try result * weight[0] }
        if let bias { result = try result + bias[0] }
        return result
    }
    try arguments.checkParameters()
    switch input.dtype {
    case .float32: return try arguments.normalize(Float.self)
    default: return try arguments.normalize(Double.self)
    }
}

/// The arguments of one `batchNorm` call, with PyTorch's checks in PyTorch's order.
private struct BatchNormArguments {
    let input: Tensor
    let runningMean: Tensor?
    let runningVar: Tensor?
    let weight: Tensor?
    let bias: Tensor?
    let training: Bool
    let momentum: Double
    let eps: Double

    /// The checks `F.batch_norm` makes in Python before the kernel sees the tensors.
    func checkBeforeNormalizing() throws {
        guard training else {
            guard eps >= 0 else {
                throw TensorError(.invalidArgument, "batch_norm eps must be non-negative, but got \(eps)")
            }
            return
        }
        guard let batch = input.shape.first else { throw TensorError(.indexOutOfRange, "tuple index out of range") }
        if batch * input.shape.dropFirst(2).reduce(1, *) == 1 {
            throw TensorError(
                .invalidArgument,
                "Expected more than 1 value per channel when training, got input size "
                    + "torch.Size(\(shapeText(input.shape)))")
        }
        guard eps > 0 else {
            throw TensorError(.invalidArgument, "batch_norm eps must be positive during training, but got \(eps)")
        }
    }

    /// The kernel's checks of the running statistics, weight and bias against the input.
    func checkParameters() throws {
        if !training {
            guard runningMean != nil else {
                throw TensorError(.invalidArgument, "running_mean must be defined in evaluation mode")
            }
            guard runningVar != nil else {
                throw TensorError(.invalidArgument, "running_var must be defined in evaluation mode")
            }
        }
        let channels = input.ndim > 1 ? input.shape[1] : 0
        let named = [("running_mean", runningMean), ("running_var", runningVar), ("weight", weight), ("bias", bias)]
        for case let (name, tensor?) in named where tensor.count != channels {
            throw TensorError(.shapeMismatch, "\(name) should contain \(channels) elements not \(tensor.count)")
        }
        if TensorContext.current.isGradEnabled {
            for case let (name, tensor?) in named.prefix(2) where tensor.requiresGrad {
                throw TensorError(
                    .autograd,
                    "The function 'native_batch_norm' is not differentiable with respect to argument '\(name)'. "
                        + "This input cannot have requires_grad True.")
            }
        }
        if training && (runningMean == nil) != (runningVar == nil) {
            throw TensorError(
                .invalidArgument, "running_mean and running_var must either both be None or neither be None")
        }
        _ = try normalizeDimension(1, rank: input.ndim)
        guard input.dtype.isFloatingPoint else {
            throw TensorError(.dtypeMismatch, "\"batch_norm\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
        try checkDtypes()
        for case let tensor? in [runningMean, runningVar, weight, bias] where tensor.ndim != 1 {
            throw TensorError(.shapeMismatch, "TensorAccessor expected 1 dims but tensor has \(tensor.ndim)")
        }
    }

    /// PyTorch's CPU kernel accepts float32 parameters for lower-precision inputs ("mixed dtype"); any other mix
    /// is refused, in the words of whichever check it reaches first.
    private func checkDtypes() throws {
        let parameters = [weight, bias, runningMean].compactMap { $0 }
        if parameters.contains(where: { $0.dtype != input.dtype }) {
            if (parameters + [runningVar].compactMap { $0 }).contains(where: { $0.dtype != .float32 }) {
                throw TensorError(.dtypeMismatch, "mixed dtype (CPU): expect parameter to have scalar type of Float")
            }
            throw TensorError(.dtypeMismatch, "mixed dtype (CPU): all inputs must share same datatype.")
        }
        if let runningVar, runningVar.dtype != input.dtype {
            throw TensorError(
                .dtypeMismatch,
                "expected scalar type \(input.dtype.scalarTypeName) but found \(runningVar.dtype.scalarTypeName)")
        }
    }

    /// Normalises the (checked, non-empty, float) input and records the gradient.
    func normalize<T: BatchNormScalar>(_ type: T.Type) throws -> Tensor {
        let shape = input.shape
        let runs = ChannelRuns(batch: shape[0], channels: shape[1], spatial: shape.dropFirst(2).reduce(1, *))
        let x = try noGrad { try input.contiguous() }
        let scales = try channelValues(weight, count: runs.channels, default: 1)
        let shifts = try channelValues(bias, count: runs.channels, default: 0)
        let output = try Tensor(uninitializedShape: shape, dtype: input.dtype)
        let mean: [Double]
        let variance: [Double]
        if training {
            (mean, variance) = runs.normalize(
                x.constPointer(T.self), weight: scales, bias: shifts, eps: eps, into: output.pointer(as: T.self))
            updateRunningStatistics(T.self, mean: mean, variance: variance, count: runs.perChannel)
        } else {
            mean = try channelValues(runningMean, count: runs.channels, default: 0)
            variance = try channelValues(runningVar, count: runs.channels, default: 1)
        }
        let invstd = variance.map { 1 / ($0 + eps).squareRoot() }
        let alpha = (0..<runs.channels).map { invstd[$0] * scales[$0] }
        if !training {
            runs.scaleShift(
                x.constPointer(T.self), scale: alpha.map { T($0) },
                shift: (0..<runs.channels).map { T(shifts[$0] - mean[$0] * alpha[$0]) },
                into: output.pointer(as: T.self))
        }
        return output.recordingGradient("NativeBatchNormBackward0", inputs: [input, weight, bias]) { gradient in
            let g = try gradient.contiguous()
            let inputGradient =
                try input.requiresGrad ? Tensor(uninitializedShape: shape, dtype: g.dtype) : nil
            // In training the input gradient comes with the sums; in evaluation it is the gradient scaled.
            let (sums, dots) = runs.gradient(
                x.constPointer(T.self), g.constPointer(T.self), mean: mean, invstd: invstd, weight: scales,
                into: training ? inputGradient?.pointer(as: T.self) : nil)
            if let inputGradient, !training {
                runs.scaleShift(
                    g.constPointer(T.self), scale: alpha.map { T($0) },
                    shift: Array(repeating: 0, count: alpha.count), into: inputGradient.pointer(as: T.self))
            }
            let weightGradient =
                try weight?.requiresGrad == true
                ? channelTensor((0..<runs.channels).map { dots[$0] * invstd[$0] }, dtype: g.dtype) : nil
            let biasGradient = try bias?.requiresGrad == true ? channelTensor(sums, dtype: g.dtype) : nil
            return [inputGradient, weightGradient, biasGradient]
        }
    }

    /// Moves the running statistics towards the batch's, in place and outside autograd.
    private func updateRunningStatistics<T: BatchNormScalar>(
        _ type: T.Type, mean: [Double], variance: [Double], count: Int
    ) {
        let unbiased = Double(count) / Double(Swift.max(count - 1, 1))
        for (statistic, batchValues) in [(runningMean, mean), (runningVar, variance.map { $0 * unbiased })] {
            guard let statistic else { continue }
            let base = statistic.pointer(as: T.self)
            for channel in batchValues.indices {
                let element = base + channel * statistic.strides[0]
                element.pointee = T(momentum * batchValues[channel] + (1 - momentum) * element.pointee.doubleValue)
            }
        }
    }
}

/// The elements of a `[C]` tensor as doubles, or `count` copies of `value` for a missing tensor.
private func channelValues(_ tensor: Tensor?, count: Int, default value: Double) throws -> [Double] {
    guard let tensor else { return [Double](repeating: value, count: count) }
    return try noGrad { try tensor.doubleElements() }
}

/// A `[C]` tensor of `values`.
private func channelTensor(_ values: [Double], dtype: DType) throws -> Tensor {
    try tensor(values, dtype: dtype)
}
