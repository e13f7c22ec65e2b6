extension Tensor {
    /// The logarithm of the softmax along `dim`, computed stably (`t.log_softmax(dim)`, `LogSoftmaxBackward0`).
    ///
    /// ```swift
    /// try tensor([[1.0, 2.0, 3.0]]).logSoftmax(1)   // tensor([[-2.4076, -1.4076, -0.4076]])
    /// ```
    public func logSoftmax(_ dim: Int) throws -> Tensor {
        try softmax(dim, log: true)
    }

    /// The softmax along `dim`: every row's exponentials divided by their sum (`t.softmax(dim)`,
    /// `SoftmaxBackward0`).
    ///
    /// ```swift
    /// try tensor([[1.0, 2.0, 3.0]]).softmax(1)   // tensor([[0.0900, 0.2447, 0.6652]])
    /// ```
    public func softmax(_ dim: Int) throws -> Tensor {
        try softmax(dim, log: false)
    }

    private func softmax(_ dim: Int, log: Bool) throws -> Tensor {
        let axis = try normalizeDimension(dim, rank: ndim)
        let layout = SoftmaxLayout(shape: shape, dim: axis)
        guard dtype.isFloatingPoint else {
            let kernel =
                (log ? "log_softmax" : "softmax") + (layout.inner == 1 ? "_lastdim_kernel_impl" : "_kernel_impl")
            throw TensorError(.dtypeMismatch, "\"\(kernel)\" not implemented for '\(dtype.scalarTypeName)'")
        }
        let input = try noGrad { try contiguous() }
        let output = try Tensor(uninitializedShape: shape, dtype: dtype)
        if dtype == .float32 {
            softmaxForward(input.pointer(as: Float.self), output.pointer(as: Float.self), layout: layout, log: log)
        } else {
            softmaxForward(input.pointer(as: Double.self), output.pointer(as: Double.self), layout: layout, log: log)
        }
        let saved = output.detach()  // the backward closure must not keep the result (and so its node) alive
        return output.recordingGradient(log ? "LogSoftmaxBackward0" : "SoftmaxBackward0", inputs: [self]) { g in
            let gradient = try g.to(saved.dtype).contiguous()
            let result = try Tensor(uninitializedShape: saved.shape, dtype: saved.dtype)
            if saved.dtype == .float32 {
                softmaxBackward(
                    gradient: gradient.pointer(as: Float.self), output: saved.pointer(as: Float.self),
                    result: result.pointer(as: Float.self), layout: layout, log: log)
            } else {
                softmaxBackward(
                    gradient: gradient.pointer(as: Double.self), output: saved.pointer(as: Double.self),
                    result: result.pointer(as: Double.self), layout: layout, log: log)
            }
            return [result]
        }
    }
}
