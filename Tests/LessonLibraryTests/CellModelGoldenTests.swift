import Foundation
import LessonLibrary
import LessonScript
import Testing

/// A cell's own `Module` subclass, `Optimizer` subclass and `Callback` subclass against PyTorch:
/// `Golden/cell_model_goldens.json`, written by `Golden/make_cell_model_goldens.py` for the same model and loop.
@Suite struct CellModelGoldenTests {
    struct Goldens: Decodable {
        /// A tensor: its shape and its row-major values.
        struct Values: Decodable {
            var shape: [Int]
            var values: [Double]

            /// The tensor as a cell writes it: `tensor([...]).view(4, 3)`.
            var literal: String {
                "tensor([\(values.map { "\($0)" }.joined(separator: ", "))]).view(\(shape.map(String.init).joined(separator: ", ")))"
            }
        }

        /// A parameter's name and shape.
        struct Parameter: Decodable {
            var name: String
            var shape: [Int]
        }

        /// `Sequential(TwoLayer(), Sigmoid())`.
        struct Sequential: Decodable {
            var repr: String
            var output: Values
        }

        /// fast.ai's loop with the momentum optimizer: batch losses, the recorder's rows, the final parameters.
        struct Training: Decodable {
            var epochs: Int
            var lr: Double
            var batchSize: Int
            var losses: [Double]
            var recorder: [[Double]]
            var final: [String: Values]
        }

        /// `TwoLayer` with PyTorch's starting values: its printed form, parameters, forward pass and gradients.
        struct Module: Decodable {
            var repr: String
            /// In PyTorch's order: the module's own, then each submodule's.
            var parameters: [Parameter]
            /// By parameter name.
            var initial: [String: Values]
            /// The forward pass on the input, and its mean squared error against the targets.
            var output: Values
            var loss: Double
            /// After `backward()` of that loss.
            var grads: [String: Values]
        }

        var input: Values
        var targets: Values
        var module: Module
        var sequential: Sequential
        var training: Training

        static func load() throws -> Goldens {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Golden/cell_model_goldens.json")
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(Goldens.self, from: Data(contentsOf: url))
        }
    }

    /// A session with the model class, a function making it with PyTorch's starting values (copied into
    /// `parameters()` in order, so a different order fails), and the data.
    static func session(_ goldens: Goldens) -> ScriptSession {
        let session = LessonLibrary.makeLesson().session
        let initial = goldens.module.parameters.map { goldens.module.initial[$0.name]!.literal }
        let setup = """
            final class TwoLayer: Module {
                let l1 = Linear(3, 4)
                let l2 = Linear(4, 2)
                let scale = Parameter(ones([2]))
                override func forward(_ x: Tensor) -> Tensor { l2(relu(l1(x))) * scale }
            }
            func fixedModel() -> TwoLayer {
                let model = TwoLayer()
                let values = [\(initial.joined(separator: ", "))]
                noGrad {
                    for (parameter, value) in zip(model.parameters(), values) { parameter.copy(value) }
                }
                return model
            }
            func mse(_ predictions: Tensor, _ targets: Tensor) -> Tensor { ((predictions - targets) ** 2).mean() }
            let x = \(goldens.input.literal)
            let y = \(goldens.targets.literal)
            """
        let result = session.run(setup, origin: SourceOrigin(file: "golden.md"))
        #expect(result.error == nil, "\(result.error?.description ?? "")")
        return session
    }

    static func text(_ source: String, in session: ScriptSession) -> String {
        let result = session.run(source, origin: SourceOrigin(file: "golden.md"))
        return result.error.map { "error: \($0.message)" } ?? result.text
    }

    /// The numbers in a displayed array, nested or not: `[[0.5, 1.0], [2.0, -0.25]]`.
    static func numbers(_ text: String) -> [Double] {
        text.split { "[], ".contains($0) }.compactMap { Double($0) }
    }

    /// Expects the tensor the expression `source` gives to hold `expected`'s shape and values.
    static func expectClose(
        _ source: String, in session: ScriptSession, _ expected: Goldens.Values, _ what: String
    ) {
        #expect(text("(\(source)).shape", in: session) == "\(expected.shape)", "\(what): shape")
        let values = numbers(text("(\(source)).flatten().tolist()", in: session))
        expectClose(values, expected.values, what)
    }

    static func expectClose(_ values: [Double], _ expected: [Double], _ what: String) {
        #expect(values.count == expected.count, "\(what): \(values.count) values")
        let differing = zip(values, expected).filter { abs($0 - $1) > 1e-5 + 1e-5 * abs($1) }
        #expect(differing.isEmpty, "\(what): \(values) against PyTorch's \(expected)")
    }

    @Test func aModuleSubclassComputesAsPyTorchsModule() throws {
        let goldens = try Goldens.load()
        let session = Self.session(goldens)
        _ = session.run("let net = fixedModel()", origin: SourceOrigin(file: "golden.md"))
        #expect(Self.text("net", in: session) == goldens.module.repr)
        let shapes = goldens.module.parameters.map { "\($0.shape)" }.joined(separator: ", ")
        #expect(Self.text("net.parameters().map { $0.shape }", in: session) == "[\(shapes)]")
        Self.expectClose("net(x)", in: session, goldens.module.output, "forward")
        let loss = Self.text("let loss = mse(net(x), y)\nloss.backward()\nloss.item()", in: session)
        Self.expectClose(Self.numbers(loss), [goldens.module.loss], "loss")
        for (index, parameter) in goldens.module.parameters.enumerated() {
            Self.expectClose(
                "net.parameters()[\(index)].grad!", in: session, goldens.module.grads[parameter.name]!,
                "gradient of \(parameter.name)")
        }
    }

    @Test func aModuleSubclassInsideSequential() throws {
        let goldens = try Goldens.load()
        let session = Self.session(goldens)
        _ = session.run("let model = Sequential(fixedModel(), Sigmoid())", origin: SourceOrigin(file: "golden.md"))
        #expect(Self.text("model", in: session) == goldens.sequential.repr)
        Self.expectClose("model(x)", in: session, goldens.sequential.output, "forward")
    }

    @Test func theLearnerTrainsWithACellOptimizerAndTellsACellCallbackEveryEvent() throws {
        let goldens = try Goldens.load()
        let training = goldens.training
        let session = Self.session(goldens)
        let setup = """
            final class Momentum: Optimizer {
                var velocities: [Tensor] = []
                override func step() {
                    if velocities.isEmpty { velocities = params.map { zeros($0.shape) } }
                    for (index, p) in params.enumerated() {
                        velocities[index] = velocities[index] * 0.9 + p.grad!
                        p.data -= velocities[index] * lr
                    }
                }
            }
            final class Events: Callback {
                var events: [String] = []
                var losses: [Double] = []
                override func beforeFit() { events.append("beforeFit") }
                override func beforeEpoch() { events.append("beforeEpoch") }
                override func beforeTrain() { events.append("beforeTrain") }
                override func beforeBatch() { events.append("beforeBatch") }
                override func afterPred() { events.append("afterPred") }
                override func afterLoss() {
                    events.append("afterLoss")
                    if learn.training { losses.append(learn.loss!.item()) }
                }
                override func afterBatch() { events.append(learn.training ? "afterBatch" : "afterBatch(valid)") }
                override func afterTrain() { events.append("afterTrain") }
                override func beforeValidate() { events.append("beforeValidate") }
                override func afterValidate() { events.append("afterValidate") }
                override func afterEpoch() { events.append("afterEpoch") }
                override func afterFit() { events.append("afterFit") }
            }
            let events = Events()
            let items = Array(zip(x, y))
            let dls = DataLoaders(DataLoader(items, batchSize: \(training.batchSize)), DataLoader(items, batchSize: \(training.batchSize)))
            let learn = Learner(dls, fixedModel(), optFunc: Momentum, lossFunc: mse, cbs: [events])
            learn.fit(\(training.epochs), lr: \(training.lr))
            """
        let result = session.run(setup, origin: SourceOrigin(file: "golden.md"))
        #expect(result.error == nil, "\(result.error?.description ?? "")")

        let batches = (goldens.input.shape[0] + training.batchSize - 1) / training.batchSize
        let trainBatch: [String] = ["beforeBatch", "afterPred", "afterLoss", "afterBatch"]
        let validBatch: [String] = ["beforeBatch", "afterPred", "afterLoss", "afterBatch(valid)"]
        var epoch: [String] = ["beforeEpoch", "beforeTrain"]
        for _ in 0..<batches { epoch += trainBatch }
        epoch += ["afterTrain", "beforeValidate"]
        for _ in 0..<batches { epoch += validBatch }
        epoch += ["afterValidate", "afterEpoch"]
        var expectedEvents: [String] = ["beforeFit"]
        for _ in 0..<training.epochs { expectedEvents += epoch }
        expectedEvents.append("afterFit")
        #expect(Self.text("events.events", in: session) == "\(expectedEvents)")

        Self.expectClose(Self.numbers(Self.text("events.losses", in: session)), training.losses, "batch losses")
        Self.expectClose(
            Self.numbers(Self.text("learn.recorder.values", in: session)), training.recorder.flatMap { $0 }, "recorder")
        for (index, parameter) in goldens.module.parameters.enumerated() {
            Self.expectClose(
                "learn.model!.parameters()[\(index)]", in: session, training.final[parameter.name]!,
                "trained \(parameter.name)")
        }
        #expect(Self.text("(learn.opt as! Momentum).velocities.count", in: session) == "5")
    }
}
