import Testing

/// Chapter 13's cells through the interpreter: convolution layers, batch norm, the model's printed form (PyTorch
/// 2.15's text), indexing into models, train and eval, the losses and their errors, backward twice.
@Suite struct ConvolutionModuleCellTests {
    /// A session holding a two-block CNN built as fast.ai's `conv` builds its blocks.
    private func simpleCNN() -> CellRunner {
        let cells = CellRunner()
        _ = cells.run(
            """
            manualSeed(0)
            func conv(_ ni: Int, _ nf: Int, ks: Int = 3, act: Bool = true) -> Module {
                var layers: [Module] = [Conv2d(ni, nf, kernelSize: ks, stride: 2, padding: ks / 2), BatchNorm2d(nf)]
                if act { layers.append(ReLU()) }
                return Sequential(layers)
            }
            let model = Sequential(conv(1, 4), conv(4, 10, act: false), Flatten())
            """)
        return cells
    }

    /// Runs `setup` (which must show nothing), then each cell in turn, expecting its text.
    private func expect(
        _ cells: CellRunner, after setup: String = "", _ expectations: KeyValuePairs<String, String>,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(cells.run(setup) == "", "\(setup)", sourceLocation: sourceLocation)
        for (source, text) in expectations {
            #expect(cells.run(source) == text, "\(source)", sourceLocation: sourceLocation)
        }
    }

    @Test func printsModelsAsPyTorch() {
        let batchNorm = "eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True"
        expect(
            simpleCNN(),
            [
                "model": """
                Sequential(
                  (0): Sequential(
                    (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))
                    (1): BatchNorm2d(4, \(batchNorm))
                    (2): ReLU()
                  )
                  (1): Sequential(
                    (0): Conv2d(4, 10, kernel_size=(3, 3), stride=(2, 2), padding=(1, 1))
                    (1): BatchNorm2d(10, \(batchNorm))
                  )
                  (2): Flatten(start_dim=1, end_dim=-1)
                )
                """,
                "MaxPool2d(2)": "MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)",
                "AvgPool2d((2, 3), stride: 1)": "AvgPool2d(kernel_size=(2, 3), stride=1, padding=0)",
                "AdaptiveAvgPool2d(1)": "AdaptiveAvgPool2d(output_size=1)",
                "Conv2d(4, 8, kernelSize: (3, 5), dilation: 2, groups: 2, bias: false)":
                    "Conv2d(4, 8, kernel_size=(3, 5), stride=(1, 1), dilation=(2, 2), groups=2, bias=False)",
                "Parameter(ones([2]))": "Parameter containing:\ntensor([1., 1.], requires_grad=True)",
            ])
    }

    @Test func indexesModelsAndReadsTheirLayers() {
        expect(
            simpleCNN(),
            [
                "model[0][0].weight!.shape": "[4, 1, 3, 3]",
                "model[0][0].bias!.shape": "[4]",
                "model[0][2].weight == nil": "true",
                "model[-1]": "Flatten(start_dim=1, end_dim=-1)",
                "model[0][1].runningVar!": "tensor([1., 1., 1., 1.])",
                "model.children().count": "3",
                "model.parameters().map { $0.shape }": "[[4, 1, 3, 3], [4], [4], [4], [10, 4, 3, 3], [10], [10], [10]]",
                "model.namedParameters()[4].0": "\"1.0.weight\"",
                "model[3]": "error: index 3 is out of range",
            ])
    }

    @Test func trainsAndEvaluatesWithBatchNorm() {
        let cells = simpleCNN()
        expect(
            cells, after: "let xb = randn([8, 1, 4, 4])\nlet yb = tensor([0, 1, 2, 3, 4, 5, 6, 7])",
            [
                "model(xb).shape": "[8, 10]",
                "model[0][1].numBatchesTracked!": "tensor(1)",
                "(model[0][1].runningMean!.abs().sum() > 0).item()": "true",
            ])
        expect(
            cells,
            after: """
                let opt = SGD(model.parameters(), lr: 0.1)
                var losses: [Double] = []
                for _ in 0..<5 {
                    let loss = crossEntropy(model(xb), yb)
                    loss.backward()
                    opt.step()
                    opt.zeroGrad()
                    losses.append(loss.item())
                }
                """,
            [
                "losses.last! < losses.first!": "true",
                "model.training": "true",
                "model.eval().training": "false",
                "(model.training, model[0][1].training)": "(false, false)",
                "let before = model[0][1].runningMean!.clone()\nlet _ = model(xb)": "",
                "(before == model[0][1].runningMean!).all().item()": "true",
                "model.train()[1][0].training": "true",
            ])
    }

    /// fast.ai's learner trains in training mode and validates in evaluation mode, so only training batches move
    /// batch norm's running statistics, and the model is left in evaluation mode.
    @Test func theLearnerSwitchesBetweenTrainingAndEvaluation() {
        let cells = CellRunner()
        _ = cells.run(
            """
            manualSeed(0)
            let xs = randn([40, 1, 4, 4])
            let ys = randint(0, 3, [40])
            let dls = DataLoaders(DataLoader(Array(zip(xs, ys)), batchSize: 10), DataLoader(Array(zip(xs, ys)), batchSize: 20))
            let model = Sequential(Conv2d(1, 3, kernelSize: 3, stride: 2, padding: 1), BatchNorm2d(3), AdaptiveAvgPool2d(1), Flatten())
            func loss(_ predictions: Tensor, _ targets: Tensor) -> Tensor { crossEntropy(predictions, targets) }
            let learn = Learner(dls, model, optFunc: SGD, lossFunc: loss)
            """)
        #expect(cells.run("learn.fit(2, lr: 0.1)").hasPrefix("epoch     train_loss  valid_loss  time"))
        expect(cells, ["model[1].numBatchesTracked!": "tensor(8)", "model.training": "false"])
    }

    /// The numbers are PyTorch 2.15's for `F.cross_entropy` and `F.nll_loss` of the same logits.
    @Test func computesLossesAndTheirErrors() {
        expect(
            CellRunner(), after: "let logits = tensor([[0.5, -1.0, 2.0], [1.5, 0.25, -0.75]]).requiresGrad()",
            [
                "crossEntropy(logits, tensor([2, 0]))": "tensor(0.2860, grad_fn=<NllLossBackward0>)",
                "nllLoss(logits.logSoftmax(dim: 1), tensor([2, 0]), reduction: \"none\")":
                    "tensor([0.2413, 0.3307], grad_fn=<NllLossBackward0>)",
                "crossEntropy(logits, tensor([3, 0]))": "error: Target 3 is out of bounds.",
                "crossEntropy(logits, tensor([2, 0]), reduction: \"avg\")":
                    "error: avg is not a valid value for reduction",
                "logits.softmax(dim: 1).sum(1)": "tensor([1., 1.], grad_fn=<SumBackward1>)",
            ])
    }

    @Test func backwardTwiceIsPyTorchsErrorUnlessTheGraphIsRetained() {
        expect(
            CellRunner(), after: "let x = tensor([1.0, 2.0]).requiresGrad()\nlet y = (x * x).sum()",
            [
                "y.backward(retainGraph: true)": "",
                "y.backward()": "",
                "x.grad!": "tensor([4., 8.])",
                "y.backward()":
                    "error: Trying to backward through the graph a second time (or directly access saved tensors "
                    + "after they have already been freed). Saved intermediate values of the graph are freed when you "
                    + "call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through "
                    + "the graph a second time or if you need to access saved tensors after calling backward.",
            ])
    }
}
