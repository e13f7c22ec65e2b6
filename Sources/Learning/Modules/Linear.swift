import Tensors

/// A fully connected layer, `x @ weight.T + bias` (`nn.Linear`), initialised as PyTorch does: every weight and
/// bias drawn uniformly from ±1/√inFeatures with the lesson's generator.
///
/// ```swift
/// let layer = try Linear(784, 1)
/// layer.weight.shape   // [1, 784]
/// layer.bias?.shape    // [1]
/// ```
public final class Linear: Module {
    /// The weights, `[outFeatures, inFeatures]`.
    public let weight: Tensor
    /// The biases, `[outFeatures]`, unless the layer was made without.
    public let bias: Tensor?
    /// The size of each input row.
    public let inFeatures: Int
    /// The size of each output row.
    public let outFeatures: Int

    /// A layer from `inFeatures` to `outFeatures` values, with a bias unless `bias` is false.
    public init(_ inFeatures: Int, _ outFeatures: Int, bias: Bool = true) throws {
        guard inFeatures > 0, outFeatures > 0 else {
            throw TensorError(
                .invalidArgument,
                "Linear needs positive sizes, got in_features=\(inFeatures), out_features=\(outFeatures)")
        }
        let bound = 1 / Double(inFeatures).squareRoot()
        self.weight = try uniformParameter([outFeatures, inFeatures], bound: bound)
        self.bias = bias ? try uniformParameter([outFeatures], bound: bound) : nil
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
    }

    /// `input @ weight.T + bias`.
    public override func forward(_ input: Tensor) throws -> Tensor {
        guard input.shape.last == inFeatures else {
            let rows = input.ndim <= 1 ? 1 : input.shape.dropLast().reduce(1, *)
            throw TensorError(
                .shapeMismatch,
                "mat1 and mat2 shapes cannot be multiplied (\(rows)x\(input.shape.last ?? 0) and "
                    + "\(inFeatures)x\(outFeatures))")
        }
        return try linear(input, weight, bias)
    }

    /// The weight, then the bias.
    public override var ownParameters: [(name: String, tensor: Tensor)] { weightAndBias(weight, bias) }

    /// `in_features=784, out_features=1, bias=True`.
    public override var extraDescription: String {
        "in_features=\(inFeatures), out_features=\(outFeatures), bias=\(pythonBool(bias != nil))"
    }
}
