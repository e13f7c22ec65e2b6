extension Tensor {
    /// Computes the gradient of this tensor with respect to every leaf that requires grad, walking the recorded
    /// graph in reverse topological order, and adds it to each leaf's `grad` (gradients accumulate, as in PyTorch).
    ///
    /// ```swift
    /// let x = tensor(3.0).requiresGrad()
    /// try (x ** 2).backward()
    /// x.grad   // tensor(6.)
    /// ```
    ///
    /// The walk frees the values the graph saved for it, as PyTorch does: walking the same graph again is
    /// PyTorch's "Trying to backward through the graph a second time" error, unless the first walk kept them.
    /// - Parameters:
    ///   - gradient: the gradient of the output; required unless this tensor has a single element.
    ///   - retainGraph: keeps the saved values, so that `backward()` can walk this graph again
    ///     (`retain_graph=True`).
    public func backward(_ gradient: Tensor? = nil, retainGraph: Bool = false) throws {
        guard requiresGrad else {
            throw TensorError(.autograd, "element 0 of tensors does not require grad and does not have a grad_fn")
        }
        let seed: Tensor
        if let gradient {
            guard gradient.shape == shape else {
                throw TensorError(
                    .shapeMismatch,
                    "Mismatch in shape: grad_output[0] has a shape of torch.Size(\(shapeText(gradient.shape))) and "
                        + "output[0] has a shape of torch.Size(\(shapeText(shape))).")
            }
            seed = gradient
        } else {
            guard count == 1 else {
                throw TensorError(.autograd, "grad can be implicitly created only for scalar outputs")
            }
            seed = try Tensor.full(shape, .double(1), dtype: dtype)
        }
        try noGrad {
            var gradients: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): seed]
            for tensor in topologicalOrder() {
                guard let gradient = gradients.removeValue(forKey: ObjectIdentifier(tensor)) else { continue }
                guard let node = tensor.gradFn else {
                    try tensor.accumulate(gradient)
                    continue
                }
                let inputGradients = try node.inputGradients(for: gradient)
                if !retainGraph { node.releaseSavedValues() }
                for (input, inputGradient) in zip(node.inputs, inputGradients) {
                    guard let input, let inputGradient else { continue }
                    let key = ObjectIdentifier(input)
                    if let existing = gradients[key] {
                        gradients[key] = try existing + inputGradient
                    } else {
                        gradients[key] = inputGradient
                    }
                }
            }
        }
    }

    /// Adds `gradient` into `grad` (a leaf's gradient has the leaf's shape and dtype).
    private func accumulate(_ gradient: Tensor) throws {
        let converted = try gradient.to(dtype)
        if let grad {
            try grad.addInPlace(converted)
        } else {
            grad = try converted.isContiguous && converted.viewBase == nil ? converted : converted.clone()
        }
    }

    /// This tensor and every tensor it was computed from, outputs before their inputs.
    private func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited: Set<ObjectIdentifier> = []
        // Iterative depth-first search: deep graphs (long training loops) must not overflow the stack.
        var stack: [(tensor: Tensor, expanded: Bool)] = [(self, false)]
        while let (tensor, expanded) = stack.popLast() {
            if expanded {
                order.append(tensor)
                continue
            }
            guard visited.insert(ObjectIdentifier(tensor)).inserted else { continue }
            stack.append((tensor, true))
            for case let input? in tensor.gradFn?.inputs ?? [] where !visited.contains(ObjectIdentifier(input)) {
                stack.append((input, false))
            }
        }
        return order.reversed()
    }
}

/// PyTorch's text for a shape inside messages: `[2, 3]`.
func shapeText(_ shape: [Int]) -> String {
    "[" + shape.map(String.init).joined(separator: ", ") + "]"
}
