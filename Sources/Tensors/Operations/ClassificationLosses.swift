/// How a loss combines the losses of its items (`reduction=`): their mean, their sum, or none (one loss per item).
public enum LossReduction: String, Sendable, CaseIterable {
    case mean, sum, none

    /// The reduction PyTorch names `name` (`"mean"`, `"sum"`, `"none"`), or PyTorch's error for another name.
    public init(name: String) throws {
        guard let reduction = LossReduction(rawValue: name) else {
            throw TensorError(.invalidArgument, "\(name) is not a valid value for reduction")
        }
        self = reduction
    }
}

/// The negative log likelihood of class indices (`F.nll_loss`): minus the input at each item's target class,
/// averaged over the items (`reduction: .mean`, recorded as `NllLossBackward0`). `input` holds log-probabilities
/// as `[classes]`, `[n, classes]` or `[n, classes, d1, ...]` (then one target per position, `NllLoss2DBackward0`);
/// `targets` are int64 (or uint8) class indices shaped like `input` without its class dimension. Targets equal to
/// `ignoreIndex` count for nothing, as in PyTorch.
///
/// ```swift
/// try nllLoss(logits.logSoftmax(1), tensor([2, 0]))
/// ```
public func nllLoss(
    _ input: Tensor, _ targets: Tensor, ignoreIndex: Int = -100, reduction: LossReduction = .mean
) throws -> Tensor {
    let problem = try NllProblem(input: input, targets: targets)
    guard input.ndim == 3 || input.ndim > 4 else {
        return try problem.loss(input, targets, ignoreIndex: ignoreIndex, reduction: reduction)
    }
    // PyTorch's nll_loss_nd: these ranks go through the four-dimensional form, and back for `.none`.
    let batch = input.shape[0]
    let flatInput = try input.reshape(batch, input.shape[1], 1, -1)
    let flatTargets = try targets.reshape(batch, 1, -1)
    let loss = try problem.loss(flatInput, flatTargets, ignoreIndex: ignoreIndex, reduction: reduction)
    return reduction == .none ? try loss.view([batch] + Array(input.shape[2...])) : loss
}

/// The cross-entropy of `logits` (`F.cross_entropy`): `nllLoss(logits.logSoftmax(1), targets)` for class-index
/// targets (the class dimension is 0 for a single `[classes]` row). Targets of the same shape as `logits` and of a
/// floating-point dtype are class probabilities: the loss is `-(targets * logits.logSoftmax(1)).sum(1)`,
/// averaged over the items.
///
/// ```swift
/// try crossEntropy(model(xb), yb)   // [64, 10] logits, [64] labels
/// ```
public func crossEntropy(
    _ logits: Tensor, _ targets: Tensor, ignoreIndex: Int = -100, reduction: LossReduction = .mean
) throws -> Tensor {
    let classDim = logits.ndim == 1 ? 0 : 1
    let logProbabilities = try logits.logSoftmax(classDim)
    guard targets.shape == logits.shape else {
        return try nllLoss(logProbabilities, targets, ignoreIndex: ignoreIndex, reduction: reduction)
    }
    guard targets.dtype.isFloatingPoint else {
        throw TensorError(
            .dtypeMismatch,
            "Expected floating point type for target with class probabilities, got \(targets.dtype.scalarTypeName)")
    }
    let products = try logProbabilities * targets
    switch reduction {
    case .none: return try -products.sum(classDim)
    case .sum: return try -products.sum()
    case .mean:
        // PyTorch divides the sum by the number of items as one `DivBackward1` node.
        let total = try -products.sum()
        let items = Double(logits.count / Swift.max(logits.shape[classDim], 1))
        let mean = try noGrad { try total / items }
        return mean.recordingGradient("DivBackward1", inputs: [total]) { g in [try g / items] }
    }
}

/// The checks `F.nll_loss` makes before it computes, in PyTorch's order and words, and the loss itself.
private struct NllProblem {
    init(input: Tensor, targets: Tensor) throws {
        guard input.ndim >= 1 else {
            throw TensorError(.invalidArgument, "Expected 1 or more dimensions (got 0)")
        }
        if input.ndim == 1 {
            guard targets.ndim != 1 || targets.shape[0] == 1 else {
                throw TensorError(
                    .shapeMismatch,
                    "For 1D input, 1D target must have size 1, but got target size: \(targets.shape[0])")
            }
        } else if targets.shape.first != input.shape[0] {
            // PyTorch reads a batch size of 0 for a zero-dimensional target.
            throw TensorError(
                .shapeMismatch,
                "Expected input batch_size (\(input.shape[0])) to match target batch_size (\(targets.shape.first ?? 0))."
            )
        }
        if input.ndim == 3 || input.ndim > 4, Array(targets.shape.dropFirst()) != Array(input.shape[2...]) {
            throw TensorError(
                .shapeMismatch,
                "Expected target size \(shapeText([input.shape[0]] + input.shape[2...])), got \(shapeText(targets.shape))"
            )
        }
    }

    /// The loss of a one-, two- or four-dimensional `input` (the forms PyTorch's kernels take).
    func loss(_ input: Tensor, _ targets: Tensor, ignoreIndex: Int, reduction: LossReduction) throws -> Tensor {
        let spatial = input.ndim == 4
        if spatial {
            guard targets.ndim == 3 else {
                throw TensorError(
                    .shapeMismatch,
                    "only batches of spatial targets supported (3D tensors) but got targets of dimension: "
                        + "\(targets.ndim)")
            }
            guard targets.shape == [input.shape[0], input.shape[2], input.shape[3]] else {
                throw TensorError(
                    .shapeMismatch,
                    "size mismatch (got input: \(shapeText(input.shape)) , target: \(shapeText(targets.shape))")
            }
        } else {
            guard targets.ndim <= 1 else {
                throw TensorError(.shapeMismatch, "0D or 1D target tensor expected, multi-target not supported")
            }
        }
        guard targets.dtype == .int64 || targets.dtype == .uint8 else {
            throw TensorError(
                .dtypeMismatch, "expected target dtype to be Long or Byte, but got \(targets.dtype.scalarTypeName)")
        }
        guard input.dtype.isFloatingPoint else {
            let kernel = spatial ? "nll_loss2d_forward_out_frame" : "nll_loss_out_frame"
            throw TensorError(.dtypeMismatch, "\"\(kernel)\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
        let layout = NllLayout(shape: input.shape)
        let labels = try targets.cast(to: .int64).elements(as: Int64.self)
        for label in labels where label != ignoreIndex && (label < 0 || label >= layout.classes) {
            throw TensorError(.indexOutOfRange, "Target \(label) is out of bounds.")
        }
        let values = try noGrad { try input.contiguous() }
        // One loss per item: minus the input at the item's class (0 for an ignored item).
        var losses = [Double](repeating: 0, count: labels.count)
        var counted = 0
        for (item, label) in labels.enumerated() where label != ignoreIndex {
            losses[item] = -values.doubleValue(at: layout.index(item: item, label: Int(label)))
            counted += 1
        }
        let outputShape = spatial ? targets.shape : (input.ndim == 1 ? [] : [input.shape[0]])
        let result: Tensor
        switch reduction {
        case .none: result = try Tensor(shape: outputShape, elements: losses)
        case .sum: result = try Tensor(shape: [], elements: [losses.reduce(0, +)])
        case .mean: result = try Tensor(shape: [], elements: [losses.reduce(0, +) / Double(counted)])
        }
        let output = try result.cast(to: input.dtype)
        let inputShape = input.shape
        let name = spatial ? "NllLoss2DBackward0" : "NllLossBackward0"
        return output.recordingGradient(name, inputs: [input, nil]) { g in
            let upstream = try g.doubleElements()
            let gradient = try Tensor(zerosShape: inputShape, dtype: g.dtype)
            for (item, label) in labels.enumerated() where label != ignoreIndex {
                let scale = reduction == .none ? upstream[item] : upstream[0]
                gradient.setDoubleValue(
                    reduction == .mean ? -scale / Double(counted) : -scale,
                    at: layout.index(item: item, label: Int(label)))
            }
            return [gradient, nil]
        }
    }
}

extension Tensor {
    /// The floating-point element at `index` of this contiguous float32 or float64 tensor.
    fileprivate func doubleValue(at index: Int) -> Double {
        dtype == .float32 ? Double(pointer(as: Float.self)[index]) : pointer(as: Double.self)[index]
    }

    /// Sets the element at `index` of this contiguous float32 or float64 tensor.
    fileprivate func setDoubleValue(_ value: Double, at index: Int) {
        if dtype == .float32 {
            pointer(as: Float.self)[index] = Float(value)
        } else {
            pointer(as: Double.self)[index] = value
        }
    }
}

/// Where item `i`'s class `c` lies in a contiguous `[classes]`, `[n, classes]` or `[n, classes, h, w]` input.
private struct NllLayout {
    let classes: Int
    let positions: Int
    let count: Int

    init(shape: [Int]) {
        classes = shape.count == 1 ? shape[0] : shape[1]
        positions = shape.count == 4 ? shape[2] * shape[3] : 1
        count = shape.reduce(1, *)
    }

    /// Items run over the batch, then over the positions of each image.
    func index(item: Int, label: Int) -> Int {
        let sample = item / positions
        return (sample * classes + label) * positions + item % positions
    }
}
