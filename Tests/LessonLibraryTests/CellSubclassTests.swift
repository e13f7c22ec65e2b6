import Testing

/// Cells' own models, optimizers and callbacks: classes that inherit from the library's `Module`, `Optimizer` and
/// `Callback`. The printed forms and the parameter order are PyTorch's for the same module (checked with
/// PyTorch 2: `print(SimpleNet())`, `[n for n, _ in SimpleNet().named_parameters()]`).
@Suite struct CellSubclassTests {
    static let simpleNet = """
        final class SimpleNet: Module {
            let l1 = Linear(28 * 28, 30)
            let l2 = Linear(30, 1)
            let scale = Parameter(ones([1]))
            override func forward(_ x: Tensor) -> Tensor { l2(relu(l1(x))) * scale }
        }
        let net = SimpleNet()
        """

    @Test func aModuleSubclassIsAModule() {
        let cells = CellRunner()
        _ = cells.run(Self.simpleNet)
        #expect(
            cells.run("net")
                == """
                SimpleNet(
                  (l1): Linear(in_features=784, out_features=30, bias=True)
                  (l2): Linear(in_features=30, out_features=1, bias=True)
                )
                """)
        // PyTorch's order: the module's own parameters, then each submodule's, in registration order.
        #expect(cells.run("net.parameters().map { $0.shape }") == "[[1], [30, 784], [30], [1, 30], [1]]")
        #expect(cells.run("net.children().count") == "2")
        #expect(cells.run("net(zeros([4, 784])).shape") == "[4, 1]")
        #expect(cells.run("net.forward(zeros([3, 784])).shape") == "[3, 1]")
        #expect(cells.run("(net is Module, net as? Linear == nil, type(of: net))") == "(true, true, SimpleNet)")
        _ = cells.run("net.eval()")
        #expect(cells.run("(net.training, net.l1.training)") == "(false, false)")
    }

    @Test func aModuleSubclassGoesInsideSequential() {
        let cells = CellRunner()
        _ = cells.run(Self.simpleNet)
        _ = cells.run("let model = Sequential(net, Sigmoid())")
        #expect(
            cells.run("model")
                == """
                Sequential(
                  (0): SimpleNet(
                    (l1): Linear(in_features=784, out_features=30, bias=True)
                    (l2): Linear(in_features=30, out_features=1, bias=True)
                  )
                  (1): Sigmoid()
                )
                """)
        #expect(cells.run("model(zeros([2, 784])).shape") == "[2, 1]")
        #expect(cells.run("model[0] === net") == "true")
    }

    @Test func superReachesTheSuperclassesForward() {
        let cells = CellRunner()
        _ = cells.run(
            """
            class Doubler: Module {
                override func forward(_ x: Tensor) -> Tensor { x * 2 }
            }
            class Quadrupler: Doubler {
                override func forward(_ x: Tensor) -> Tensor { super.forward(super.forward(x)) }
            }
            class Identity: Module {
                let name: String
                init(name: String) {
                    self.name = name
                    super.init()
                }
                override func forward(_ x: Tensor) -> Tensor { super.forward(x) }
            }
            """)
        #expect(cells.run("Quadrupler()(tensor([1.0, 2.0]))") == "tensor([4., 8.])")
        #expect(
            cells.run("let id = Identity(name: \"id\")\n(id(tensor([3])), id.name, id)")
                == "(tensor([3]), \"id\", Identity())")
    }

    @Test func theLearnerTrainsACellModelWithACellOptimizerAndCallbacks() {
        let cells = CellRunner()
        _ = cells.run(
            """
            manualSeed(0)
            let xs = randn([40, 2])
            let ys = (xs[..., 0] > xs[..., 1]).float().unsqueeze(1)
            let dls = DataLoaders(DataLoader(Array(zip(xs, ys)), batchSize: 10), DataLoader(Array(zip(xs, ys)), batchSize: 20))
            final class Net: Module {
                let linear = Linear(2, 1)
                override func forward(_ x: Tensor) -> Tensor { linear(x) }
            }
            class PlainSGD: Optimizer {
                var steps = 0
                override func step() {
                    steps += 1
                    for p in params { p.data -= p.grad! * lr }
                }
            }
            class Events: Callback {
                var log: [String] = []
                var trainingBatches = 0
                var validationBatches = 0
                override func beforeFit() { log.append("beforeFit") }
                override func beforeEpoch() { log.append("beforeEpoch \\(learn.epoch)") }
                override func afterLoss() { if learn.loss == nil { log.append("no loss") } }
                override func afterBatch() {
                    if learn.training { trainingBatches += 1 } else { validationBatches += 1 }
                }
                override func afterEpoch() { log.append("afterEpoch \\(learn.epoch)") }
                override func afterFit() { log.append("afterFit") }
            }
            let events = Events()
            func mse(_ p: Tensor, _ y: Tensor) -> Tensor { ((p - y) ** 2).mean() }
            let learn = Learner(dls, Net(), optFunc: PlainSGD, lossFunc: mse, cbs: [events])
            """)
        let table = cells.run("learn.fit(2, lr: 0.1)")
        #expect(table.hasPrefix("epoch     train_loss  valid_loss  time"), "\(table)")
        #expect(
            cells.run("events.log")
                == "[\"beforeFit\", \"beforeEpoch 0\", \"afterEpoch 0\", \"beforeEpoch 1\", \"afterEpoch 1\", \"afterFit\"]"
        )
        #expect(cells.run("(events.trainingBatches, events.validationBatches)") == "(8, 4)")
        // learn.cbs lists the learner's own callbacks too, as fast.ai's: TrainEvalCallback, Recorder, ProgressCallback.
        #expect(
            cells.run("((learn.opt as! PlainSGD).steps, learn.opt!, learn.cbs.count, learn.nEpoch)")
                == "(8, PlainSGD(lr=0.1), 4, 2)")
        #expect(
            cells.run("learn.cbs.map { \"\\($0)\" }")
                == "[\"TrainEvalCallback()\", \"Events()\", \"Recorder()\", \"ProgressCallback()\"]")
        #expect(cells.run("learn.model.parameters().count") == "2")
    }

    @Test func anOptimizerSubclassMadeByHand() {
        let cells = CellRunner()
        _ = cells.run(
            """
            class Halving: Optimizer {
                override func step() { for p in params { p.data -= p.grad! * (lr / 2) } }
            }
            let w = tensor([1.0, -1.0]).requiresGrad()
            let opt = Halving([w], lr: 1.0)
            (w * w).sum().backward()
            opt.step()
            opt.zeroGrad()
            """)
        #expect(
            cells.run("(w, w.grad == nil, opt.lr, opt)")
                == "(tensor([0., 0.], requires_grad=True), true, 1.0, Halving(lr=1.0))")
    }

    @Test(arguments: [
        (
            "class Net: Module { func forward(_ x: Tensor) -> Tensor { x } }",
            "overriding declaration requires an 'override' keyword"
        ),
        (
            "class Net: Module { override func parameters() -> [Tensor] { [] } }",
            "overriding non-open instance method outside of its defining module"
        ),
        ("class Wide: Linear {}", "inheritance from a final class 'Linear'"),
        (
            "class Net: Module { override func forward(_ x: Tensor, _ y: Tensor) -> Tensor { x } }",
            "method does not override any method from its superclass"
        ),
        (
            "class Opt: Optimizer { init() {} }",
            "'super.init' isn't called on all paths before returning from initializer"
        ),
    ])
    func subclassesFollowSwiftsRules(_ source: String, _ message: String) {
        #expect(CellRunner().run(source) == "error: " + message)
    }
}
