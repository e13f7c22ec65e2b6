import Learning
import Tensors
import Testing

/// The modules against PyTorch (`Golden/module_goldens.json`): printed forms, parameters and buffers in order,
/// default initialisation bounds, forward and backward with fixed parameters, batch norm's running statistics
/// over training steps and in evaluation, a tiny CNN trained for a few SGD steps, and error messages.
@Suite struct ModuleGoldenTests {
    private static let goldens = ModuleGoldens.all

    @Test func everyGoldenModuleHasASwiftCase() throws {
        let goldens = try #require(Self.goldens, "module_goldens.json is missing or does not decode")
        #expect(Set(goldens.modules.keys) == Set(ModuleCases.all.keys))
        #expect(goldens.forward.count > 10)
    }

    @Test(arguments: ModuleCases.all.keys.sorted())
    func printsAndHoldsWhatPyTorchDoes(_ name: String) throws {
        let golden = try #require(Self.goldens?.modules[name])
        let module = try makeModule(name)
        #expect(module.description == golden.repr)
        #expect(module.namedParameters().map(\.name) == golden.parameters.map(\.name))
        #expect(module.parameters().map(\.shape) == golden.parameters.map(\.shape))
        #expect(module.namedBuffers().map(\.name) == golden.buffers.map(\.name))
        #expect(module.buffers().map(\.shape) == golden.buffers.map(\.shape))
        #expect(module.children().count == golden.children)
        #expect(module.parameters().allSatisfy { $0.requiresGrad && $0.isParameter && $0.isLeaf })
        #expect(module.buffers().allSatisfy { !$0.requiresGrad })
    }

    /// PyTorch's numbers come from another generator; the distribution is the same: uniform in ±1/√fanIn.
    @Test(arguments: ["conv_book", "conv_defaults", "conv_rectangular", "conv_dilated_grouped", "conv_no_bias"])
    func initialisesConvolutionsWithinPyTorchsBound(_ name: String) throws {
        let bound = try #require(Self.goldens?.modules[name]?.bound)
        manualSeed(7)
        let module = try makeModule(name)
        for parameter in module.parameters() {
            let magnitudes = try parameter.doubleElements().map(Swift.abs)
            #expect(magnitudes.allSatisfy { $0 <= bound })
            if magnitudes.count >= 30 {
                // Uniform on ±bound: the largest of 30 or more draws is almost surely past 80% of it.
                #expect((magnitudes.max() ?? 0) > 0.8 * bound)
            }
        }
        manualSeed(7)
        let again = try makeModule(name)
        #expect(
            try zip(module.parameters(), again.parameters()).allSatisfy { try ($0 == $1).all().item() == .bool(true) })
    }

    @Test(arguments: (ModuleGoldens.all?.forward.keys.sorted() ?? []))
    func computesAsPyTorch(_ name: String) throws {
        let golden = try #require(Self.goldens?.forward[name])
        let module = try makeModule(name)
        try load(golden.parameters, into: module)
        let input = try golden.input.makeTensor().requiresGrad()
        let output = try module(input)
        try expectClose(output, golden.output, "output")
        #expect(output.gradFn?.name == golden.gradFn)
        try output.backward(golden.upstream.makeTensor())
        try expectClose(input.grad, golden.inputGrad, "input gradient")
        for (parameterName, parameter) in module.namedParameters() {
            try expectClose(parameter.grad, golden.parameterGrads[parameterName], "gradient of \(parameterName)")
        }
    }

    @Test(arguments: ["default", "momentum", "cumulative", "untracked"])
    func keepsBatchNormStatisticsAsPyTorch(_ name: String) throws {
        let golden = try #require(Self.goldens?.batchNorm[name])
        let layer: BatchNorm2d
        switch name {
        case "default": layer = try BatchNorm2d(3)
        case "momentum": layer = try BatchNorm2d(2, eps: 1e-3, momentum: 0.5)
        case "cumulative": layer = try BatchNorm2d(2, momentum: nil)
        default: layer = try BatchNorm2d(2, trackRunningStats: false)
        }
        for (index, step) in golden.steps.enumerated() {
            try expectClose(try layer(step.input.makeTensor()), step.output, "step \(index) output")
            try expectClose(layer.runningMean, step.runningMean, "step \(index) running mean")
            try expectClose(layer.runningVar, step.runningVar, "step \(index) running variance")
            #expect(try layer.numBatchesTracked.map { try $0.item() } == step.numBatchesTracked.map { .int($0) })
        }
        layer.eval()
        #expect(!layer.training)
        try expectClose(try layer(golden.evalInput.makeTensor()), golden.evalOutput, "eval output")
    }

    @Test func trainsATinyCNNAsPyTorch() throws {
        let golden = try #require(Self.goldens?.training)
        let model = try ModuleCases.tinyCNN()
        try load(golden.initial, into: model)
        let input = try golden.input.makeTensor()
        let targets = try tensor(golden.targets)
        let optimizer = SGD(model.parameters(), lr: golden.lr)
        var losses: [Double] = []
        for step in golden.losses.indices {
            let loss = try crossEntropy(model(input), targets)
            try loss.backward()
            if step == 0 {
                for (name, parameter) in model.namedParameters() {
                    try expectClose(parameter.grad, golden.firstGrads[name], "first gradient of \(name)")
                }
            }
            try optimizer.step()
            try optimizer.zeroGrad()
            losses.append(try loss.item().doubleValue)
        }
        #expect(zip(losses, golden.losses).allSatisfy { Swift.abs($0 - $1) < 1e-5 }, "\(losses) vs \(golden.losses)")
        for (name, parameter) in model.namedParameters() {
            try expectClose(parameter, golden.final[name], "final \(name)")
        }
        for (name, buffer) in model.namedBuffers() {
            try expectClose(buffer, golden.buffers[name], "buffer \(name)")
        }
        model.eval()
        #expect(model.modules().allSatisfy { !$0.training })
        try expectClose(try model(input), golden.evalOutput, "eval output")
    }

    private func makeModule(_ name: String) throws -> Module {
        let make = try #require(ModuleCases.all[name], "no Swift case \(name)")
        return try make()
    }

    @Test func failsWithPyTorchsMessages() throws {
        let errors = try #require(Self.goldens?.errors)
        func message(_ body: () throws -> Any) -> String? {
            do {
                _ = try body()
                return nil
            } catch {
                return String(describing: error)
            }
        }
        #expect(message { try BatchNorm2d(3)(ones([3, 4, 4])) } == errors["batch_norm_3d_input"])
        #expect(message { try BatchNorm2d(3)(ones([1, 3, 1, 1])) } == errors["batch_norm_one_value_per_channel"])
        #expect(message { try tensor([1, 2]).asParameter() } == errors["parameter_of_integers"])
    }
}
