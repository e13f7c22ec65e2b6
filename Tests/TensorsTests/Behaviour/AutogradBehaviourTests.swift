import Testing

@testable import Tensors

/// Autograd state around the computations (the golden cases check gradients and grad_fn names).
@Suite struct AutogradBehaviourTests {
    @Test func flagsFollowPyTorch() throws {
        let x = try tensor([1.0, 2.0]).requiresGrad()
        #expect(x.requiresGrad && x.isLeaf && x.gradFn == nil && x.grad == nil)
        let y = try x * 2
        #expect(y.requiresGrad && !y.isLeaf && y.gradFn?.name == "MulBackward0")
        let z = try noGrad { try x * 2 }
        #expect(!z.requiresGrad && z.gradFn == nil)
        let d = x.detach()
        #expect(!d.requiresGrad && d.gradFn == nil && d.storage === x.storage)
        let constant = try tensor([1.0, 2.0]) * 2
        #expect(!constant.requiresGrad && constant.gradFn == nil)
        let integers = try (x * 2).long()
        #expect(!integers.requiresGrad && integers.gradFn == nil)
        #expect(try x.requiresGrad(false) === x && !x.requiresGrad)
    }

    @Test func gradientsAccumulateUntilReset() throws {
        let x = try tensor([1.0, 2.0, 3.0]).requiresGrad()
        try (x * x).sum().backward()
        #expect(try storedValues(#require(x.grad)) == [2, 4, 6])
        try (x * x).sum().backward()
        #expect(try storedValues(#require(x.grad)) == [4, 8, 12])
        try x.grad!.zero()
        try (x * 3).sum().backward()
        #expect(try storedValues(#require(x.grad)) == [3, 3, 3])
        x.grad = nil
        try x.sum().backward()
        #expect(try storedValues(#require(x.grad)) == [1, 1, 1])
    }

    @Test func onlyLeavesGetGradients() throws {
        let x = try tensor([1.0, 2.0]).requiresGrad()
        let y = try x * 2
        try (y * y).sum().backward()
        #expect(y.grad == nil)
        #expect(try storedValues(#require(x.grad)) == [8, 16])
    }

    @Test func dataUpdatesChangeTheParameterWithoutRecording() throws {
        let p = try tensor([1.0, 2.0, 3.0]).requiresGrad()
        try (p * p).sum().backward()
        try p.data -= 0.1 * p.grad!
        #expect(isClose(storedValues(p)[0], 0.8) && isClose(storedValues(p)[2], 2.4))
        #expect(p.isLeaf && p.requiresGrad && p.gradFn == nil)
        // The SGD step of fast.ai's chapter 4, twice.
        for _ in 0..<2 {
            p.grad = nil
            try (p * p).sum().backward()
            try p.data -= 0.5 * p.grad!
        }
        #expect(storedValues(p) == [0, 0, 0])
    }

    @Test func inPlaceOnLeafIsRefusedButAllowedUnderNoGrad() throws {
        let w = try tensor([1.0, 2.0]).requiresGrad()
        let error = tensorError { try w -= 1 }
        #expect(error?.message == "a leaf Variable that requires grad is being used in an in-place operation.")
        #expect(storedValues(w) == [1, 2])
        try noGrad { try w -= 1 }
        #expect(storedValues(w) == [0, 1] && w.gradFn == nil)
    }

    @Test func noGradRestoresTheModeAfterAnError() throws {
        #expect(TensorContext.current.isGradEnabled)
        _ = tensorError { try noGrad { try ones([2]) + ones([3]) } }
        #expect(TensorContext.current.isGradEnabled)
    }

    @Test func backwardWithAnExplicitGradientOnANonScalar() throws {
        let x = try tensor([1.0, 2.0]).requiresGrad()
        try (x * 3).backward(tensor([1.0, -1.0]))
        #expect(try storedValues(#require(x.grad)) == [3, -3])
    }

    @Test func gradientsKeepTheLeafDtype() throws {
        let x = try tensor([1.0, 2.0], dtype: .float64).requiresGrad()
        try (x.float() * 2).sum().backward()
        let grad = try #require(x.grad)
        #expect(grad.dtype == .float64 && storedValues(grad) == [2, 2])
    }

    @Test func deepGraphsDoNotOverflowTheStack() throws {
        let x = try tensor([1.0]).requiresGrad()
        var y = x
        for _ in 0..<20_000 { y = try y + 1 }
        try y.sum().backward()
        #expect(try storedValues(#require(x.grad)) == [1])
    }
}
