extension Tensor {
    /// This tensor's data as a module parameter (PyTorch's `nn.Parameter(t)`): a leaf that shares this tensor's
    /// storage and requires grad (unless `requiresGrad` is false), printed as `Parameter containing:` and the
    /// tensor. Results computed from it are ordinary tensors.
    ///
    /// ```swift
    /// let scale = try ones([1]).asParameter()
    /// scale.requiresGrad   // true
    /// ```
    public func asParameter(requiresGrad: Bool = true) throws -> Tensor {
        guard !requiresGrad || dtype.isFloatingPoint else {
            throw TensorError(.autograd, "Only Tensors of floating point and complex dtype can require gradients")
        }
        let parameter = detach()
        parameter.requiresGrad = requiresGrad
        parameter.isParameter = true
        return parameter
    }
}
