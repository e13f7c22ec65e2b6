import Tensors

extension Learner {
    /// fast.ai's `learn.summary()`: the model run on one item of the first training batch, in evaluation mode and
    /// without gradients, listing each innermost layer with its type, its parameter count and whether they train,
    /// grouped under the output shape (with the batch size in front) wherever a layer changes the shape; then the
    /// totals, the optimizer and loss, and the callbacks. As with fast.ai, the model stays in evaluation mode until
    /// the next fit. Trailing spaces are left out.
    ///
    /// ```swift
    /// print(try learn.summary())
    /// // Sequential (Input shape: 64 x 1 x 28 x 28)
    /// // ============================================================================
    /// // Layer (type)         Output Shape         Param #    Trainable
    /// // ...
    /// ```
    public func summary() throws -> String {
        guard let (inputs, _) = try trainBatches.first() else { throw LearnerError("summary needs a training batch") }
        let batchSize = inputs.shape.first ?? 1
        let layers = try layerInfo(for: noGrad { try inputs.narrow(0, 0, min(1, batchSize)) })
        let rule = String(repeating: "=", count: 76)
        let line = String(repeating: "_", count: 76)
        var text = "\(model.typeName) (Input shape: \(Self.shapeText(inputs.shape, batchSize: batchSize)))\n"
        text += rule + "\n" + Self.columns("Layer (type)", "Output Shape", "Param #", "Trainable") + "\n" + rule
        var previousShape: [Int]?
        var (total, trainable) = (0, 0)
        for layer in layers {
            let shape = Self.columns("", String(Self.shapeText(layer.shape, batchSize: batchSize).prefix(19)))
            if previousShape == nil {
                text += "\n" + shape
            } else if !layer.keepsShape && layer.shape != previousShape {
                text += "\n" + line + "\n" + shape
            }
            let count = layer.parameters.map(String.init) ?? ""
            let trains = layer.parameters == nil ? "" : layer.trainable ? "True" : "False"
            text += "\n" + Self.columns(layer.typeName, "", count, trains)
            total += layer.parameters ?? 0
            trainable += layer.trainable ? layer.parameters ?? 0 : 0
            previousShape = layer.shape
        }
        text += "\n" + line + "\n\n"
        text += "Total params: \(Self.grouped(total))\n"
        text += "Total trainable params: \(Self.grouped(trainable))\n"
        text += "Total non-trainable params: \(Self.grouped(total - trainable))\n\n"
        text += "Optimizer used: <function \(names.optimizer)>\nLoss function: <function \(names.loss)>\n\n"
        if optimizer != nil { text += "Model unfrozen\n\n" }
        text += "Callbacks:\n" + callbacks.map { "  - " + $0.typeName }.joined(separator: "\n")
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    /// One row of the table: what a layer is and what it gave.
    private struct LayerInfo {
        let typeName: String
        /// The parameter count of a layer with a weight, `nil` for one without (an activation).
        let parameters: Int?
        let trainable: Bool
        let shape: [Int]
        /// Whether the output has the input's shape (then the table does not start a new group).
        let keepsShape: Bool
    }

    /// fast.ai's `layer_info`: every innermost module's record, by hooks during one forward pass in evaluation mode.
    private func layerInfo(for input: Tensor) throws -> [LayerInfo] {
        var layers: [LayerInfo] = []
        let handles = model.leafModules.map { module in
            module.registerForwardHook { module, input, output in
                let parameters = module.parameters()
                let hasWeight = module is BatchNorm2d || module.ownParameters.contains { $0.name == "weight" }
                layers.append(
                    LayerInfo(
                        typeName: module.typeName,
                        parameters: hasWeight ? parameters.reduce(0) { $0 + $1.count } : nil,
                        trainable: parameters.first?.requiresGrad ?? false, shape: output.shape,
                        keepsShape: Array(input.shape.dropFirst()) == Array(output.shape.dropFirst())))
            }
        }
        defer { for handle in handles { handle.remove() } }
        model.eval()
        training = false
        _ = try noGrad { try model(input) }
        return layers
    }

    /// `64 x 1 x 28 x 28`: the batch size, then the shape after its first dimension.
    private static func shapeText(_ shape: [Int], batchSize: Int) -> String {
        ([batchSize] + shape.dropFirst()).map(String.init).joined(separator: " x ")
    }

    /// fast.ai's columns: three of 20 characters and one of 10, separated by spaces (`{:<20} {:<20} {:<10}`).
    private static func columns(_ texts: String...) -> String {
        let widths = [20, 20, 10, 10]
        return zip(texts, widths).map { text, width in
            text + String(repeating: " ", count: max(0, width - text.count))
        }.joined(separator: " ")
    }

    /// `6,722`: thousands separated by commas, as Python's `{:,}`.
    private static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (number < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
