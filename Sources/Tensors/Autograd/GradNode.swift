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
    /// Given the gradient of the output, the gradients of `inputs` (same order, `nil` for "no gradient"); `nil`
    /// once `backward()` has freed what the closure kept (see `releaseSavedValues`).
    private var backward: ((Tensor) throws -> [Tensor?])?

    init(name: String, inputs: [Tensor?], backward: @escaping (Tensor) throws -> [Tensor?]) {
        self.name = name
        self.inputs = inputs
        self.backward = backward
    }

    /// The gradients of `inputs` for the gradient `output` of this node's result, or PyTorch's error when an
    /// earlier `backward()` has freed the values this node needs.
    func inputGradients(for output: Tensor) throws -> [Tensor?] {
        guard let backward else {
            throw TensorError(
                .autograd,
                "Trying to backward through the graph a second time (or directly access saved tensors after they "
                    + "have already been freed). Saved intermediate values of the graph are freed when you call "
                    + ".backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the "
                    + "graph a second time or if you need to access saved tensors after calling backward.")
        }
        return try backward(output)
    }

    /// Frees the tensors the backward closure keeps, as PyTorch frees a node's saved variables at the end of a
    /// `backward()` without `retain_graph`. Nodes that PyTorch records without saved tensors (sums, views,
    /// additions: their gradient needs only sizes) keep working, so that a second `backward()` through them
    /// succeeds as it does in PyTorch.
    func releaseSavedValues() {
        guard !nodesWithoutSavedTensors.contains(name) else { return }
        backward = nil
    }
}

/// PyTorch's nodes that save sizes, dims or scalars but no tensor, so a graph made only of them can be walked
/// backward again after its saved values were freed (checked against PyTorch 2.15 for each name).
private let nodesWithoutSavedTensors: Set<String> = [
    "AddBackward0", "SubBackward0", "RsubBackward1", "NegBackward0", "SumBackward0", "SumBackward1", "MeanBackward0",
    "MeanBackward1", "ViewBackward0", "UnsafeViewBackward0", "TBackward0", "TransposeBackward0", "PermuteBackward0",
    "UnsqueezeBackward0", "SqueezeBackward0", "SqueezeBackward1", "ExpandBackward0", "SelectBackward0",
    "SliceBackward0", "AliasBackward0", "CloneBackward0", "ToCopyBackward0", "StackBackward0", "CatBackward0",
]

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
