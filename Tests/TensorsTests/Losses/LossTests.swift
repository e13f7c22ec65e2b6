import Tensors
import Testing

/// Losses and `linear` against values printed by PyTorch 2.15 for the same inputs (the script is in each test's
/// comment; the inputs are exact in float32).
@Suite struct LossTests {
    private func input() throws -> Tensor {
        try tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]]).requiresGrad()
    }

    private func expectClose(
        _ tensor: Tensor?, _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation
    )
        throws
    {
        let actual = try #require(tensor, sourceLocation: sourceLocation).doubleElements()
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(
                Swift.abs(a - e) <= 1e-5 * Swift.max(1, Swift.abs(e)), "\(actual) vs \(expected)",
                sourceLocation: sourceLocation)
        }
    }

    /// Expects `loss` of `input()` to be PyTorch's: its `grad_fn`, its value and the input's gradient.
    private func expectLoss(
        _ loss: (Tensor) throws -> Tensor, gradFn: String, value: Double, gradient: [Double],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let x = try input()
        let result = try loss(x)
        #expect(result.gradFn?.name == gradFn, sourceLocation: sourceLocation)
        try expectClose(result, [value], sourceLocation: sourceLocation)
        try result.backward()
        try expectClose(x.grad, gradient, sourceLocation: sourceLocation)
    }

    /// `F.cross_entropy(x, tensor([2, 0]))` and its gradient.
    @Test func crossEntropyMatchesPyTorch() throws {
        try expectLoss(
            { try crossEntropy($0, tensor([2, 0])) }, gradFn: "NllLossBackward0", value: 0.28599196672439575,
            gradient: [0.087645195, 0.019556286, -0.107201487, -0.140779823, 0.102918297, 0.037861530])
    }

    /// `y = F.linear(x, w, b); (y * y).sum().backward()`.
    @Test func linearMatchesPyTorch() throws {
        let x = try input()
        let w = try tensor([[0.1, 0.2, 0.3], [-0.4, 0.5, -0.6]]).requiresGrad()
        let b = try tensor([0.05, -0.05]).requiresGrad()
        let y = try linear(x, w, b)
        #expect(y.gradFn?.name == "AddmmBackward0")
        try expectClose(y, [0.5, -1.95, 0.025, -0.075])
        try (y * y).sum().backward()
        try expectClose(x.grad, [1.66, -1.75, 2.64, 0.065, -0.065, 0.105])
        try expectClose(w.grad, [0.575, -0.9875, 1.9625, -2.175, 3.8625, -7.6875])
        try expectClose(b.grad, [1.05, -4.05])
    }

    /// `F.mse_loss(x, torch.ones(2, 3))`.
    @Test func mseLossMatchesPyTorch() throws {
        try expectLoss(
            { try mseLoss($0, ones([2, 3])) }, gradFn: "MseLossBackward0", value: 1.5208333730697632,
            gradient: [-0.16666667, -0.66666669, 0.33333334, 0.16666667, -0.25, -0.58333337])
    }

    /// `(torch.log_softmax(x, 1) * tensor([[1., 2, 3], [4, 5, 6]])).sum().backward()`.
    @Test func logSoftmaxMatchesPyTorch() throws {
        let x = try input()
        let y = try x.logSoftmax(1)
        try expectClose(y, [-1.7413113, -3.2413113, -0.2413113, -0.3306726, -1.5806726, -2.5806725])
        try (y * tensor([[1.0, 2, 3], [4, 5, 6]])).sum().backward()
        try expectClose(x.grad, [-0.051742345, 1.765324593, -1.713582158, -6.776605129, 1.912451029, 4.864154339])
    }

    @Test func l1LossIsTheMeanAbsoluteDifference() throws {
        let loss = try l1Loss(tensor([1.0, -2.0]), tensor([0.5, 0.5]))
        try expectClose(loss, [1.5])
    }

    @Test func crossEntropyRejectsOutOfRangeTargets() throws {
        #expect(throws: TensorError.self) { try crossEntropy(try input(), tensor([3, 0])) }
    }
}
