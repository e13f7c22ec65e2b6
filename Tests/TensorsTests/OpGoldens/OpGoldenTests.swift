import Testing

@testable import Tensors

/// Every case of `Golden/op_goldens.json` rebuilt with `Tensors` (closures in `Cases/`) and compared with
/// PyTorch's result: shape and dtype exactly, values to 1e-6 relative (floats) or exactly (integers, bools,
/// creation and conversion cases), autograd state, gradients, and error messages.
@Suite struct OpGoldenTests {
    @Test func everyGoldenHasAClosureAndEveryClosureAGolden() {
        #expect(OpGoldens.all.count > 1000)
        let goldens = Set(OpGoldens.all.keys)
        let closures = Set(GoldenCases.all.keys)
        #expect(goldens.subtracting(closures).sorted() == [], "goldens without a Swift closure")
        #expect(closures.subtracting(goldens).sorted() == [], "closures without a golden (rerun the script)")
    }

    @Test(arguments: OpGoldens.names)
    func matchesPyTorch(_ name: String) throws {
        let golden = try #require(OpGoldens.all[name])
        let build = try #require(GoldenCases.all[name], "no closure for \(name)")
        let inputs = try golden.inputs.map { try $0.makeTensor() }
        if let message = golden.error {
            guard let error = tensorError({ try build(inputs) }) else { return }
            if golden.match == "suffix" {
                #expect(message.hasSuffix(error.message), "PyTorch: \(message)")
            } else {
                #expect(error.message == message)
            }
            return
        }
        let result: Tensor
        do {
            result = try build(inputs)
        } catch {
            Issue.record("threw \(error)")
            return
        }
        let expected = try #require(golden.result)
        expectEqual(result, expected, exact: golden.exact == true, what: "result")
        #expect(result.requiresGrad == golden.requiresGrad, "requires_grad")
        #expect(result.gradFn?.name == golden.gradFn, "grad_fn")
        guard let grads = golden.grads else { return }
        if let upstream = golden.upstream {
            try result.backward(upstream.makeTensor())
        } else {
            try result.backward()
        }
        for (index, (input, grad)) in zip(inputs, grads).enumerated() {
            switch (input.grad, grad) {
            case (nil, nil): break
            case (let actual?, let expected?):
                expectEqual(actual, expected, exact: false, what: "grad of input \(index)")
            case (let actual, _):
                let ours = actual == nil ? "nil" : "a tensor"
                Issue.record("grad of input \(index) is \(ours), PyTorch's \(actual == nil ? "is a tensor" : "None")")
            }
        }
    }

    private func expectEqual(_ actual: Tensor, _ expected: OpGolden.Values, exact: Bool, what: String) {
        #expect(actual.shape == expected.shape, "\(what): shape")
        #expect(actual.dtype.name == expected.dtype, "\(what): dtype")
        guard actual.shape == expected.shape, actual.dtype.name == expected.dtype else { return }
        var mismatches: [String] = []
        if actual.dtype.isFloatingPoint {
            for (i, (value, want)) in zip(storedValues(actual), expected.values.map(\.double)).enumerated() {
                let same =
                    exact ? value.bitPattern == want.bitPattern || (value.isNaN && want.isNaN) : isClose(value, want)
                if !same { mismatches.append("[\(i)] \(value) != \(want)") }
            }
        } else {
            for (i, (value, want)) in zip(storedIntegers(actual), expected.values.map(\.int64)).enumerated()
            where value != want {
                mismatches.append("[\(i)] \(value) != \(want)")
            }
        }
        #expect(
            mismatches.isEmpty,
            "\(what): \(mismatches.count) values differ: \(mismatches.prefix(6).joined(separator: ", "))")
    }
}
