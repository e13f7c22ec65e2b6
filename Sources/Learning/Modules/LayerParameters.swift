import Tensors

/// A parameter of `shape` drawn uniformly from `[-bound, bound)` with the lesson's generator, as PyTorch's
/// `uniform_(-bound, bound)` computes it (`from + u * (to - from)`). PyTorch's default initialisation of `Linear`
/// and `Conv2d`, `kaiming_uniform_(a=√5)` for the weight and `uniform_` for the bias, comes to this with
/// `bound = 1 / √fanIn` for both.
func uniformParameter(_ shape: [Int], bound: Double) throws -> Tensor {
    try noGrad { try rand(shape) * (2 * bound) - bound }.asParameter()
}

/// A layer's `weight` and `bias` under PyTorch's names, leaving out the ones it does not have.
func weightAndBias(_ weight: Tensor?, _ bias: Tensor?) -> [(name: String, tensor: Tensor)] {
    [("weight", weight), ("bias", bias)].compactMap { name, tensor in tensor.map { (name, $0) } }
}
