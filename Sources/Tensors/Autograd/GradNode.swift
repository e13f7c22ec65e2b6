/// One recorded operation in the autograd graph, in the micrograd shape: the tensors it was computed from and a
/// closure that turns the gradient of its output into gradients of those inputs.
///
/// `name` is PyTorch's name for the same node, so `grad_fn` displays as PyTorch's does:
///
/// ```swift
/// let x = tensor([3.0, 4.0]).requiresGrad()
/// let y = try (x ** 2).sum()
/// y.gradFn?.name   // "SumBackward0"
/// ```
public final class GradNode {
    /// PyTorch's class name of the node, such as `MeanBackward0`.
    public let name: String
    /// The inputs gradients flow to; `nil` where an input needs none.
    let inputs: [Tensor?]
    /// Given the gradient of the output, the gradients of `inputs` (same order, `nil` for "no gradient").
    let backward: (Tensor) throws -> [Tensor?]

    init(name: String, inputs: [Tensor?], backward: @escaping (Tensor) throws -> [Tensor?]) {
        self.name = name
        self.inputs = inputs
        self.backward = backward
    }
}

extension Tensor {
    /// Makes `output` the result of a recorded operation when grad mode is on and any input requires grad.
    /// `backward` receives the output's gradient and returns one gradient (or `nil`) per input.
    @discardableResult
    func recordingGradient(
        _ name: String, inputs: [Tensor?], backward: @escaping (Tensor) throws -> [Tensor?]
    ) -> Tensor {
        guard TensorContext.current.isGradEnabled, inputs.contains(where: { $0?.requiresGrad == true }) else {
            return self
        }
        let tracked = inputs.map { $0?.requiresGrad == true ? $0 : nil }
        requiresGrad = true
        gradFn = GradNode(name: name, inputs: tracked, backward: backward)
        return self
    }
}
