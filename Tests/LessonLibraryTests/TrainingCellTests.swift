import LessonLibrary
import LessonScript
import Testing

@Suite struct TrainingCellTests {
    @Test func buildsModelsWithPyTorchShapes() {
        let cells = CellRunner()
        _ = cells.run("let simpleNet = Sequential(Linear(784, 30), ReLU(), Linear(30, 1))")
        #expect(cells.run("simpleNet.parameters().map { $0.shape }") == "[[30, 784], [30], [1, 30], [1]]")
        #expect(cells.run("Linear(784, 1)") == "Linear(in_features=784, out_features=1, bias=True)")
        #expect(
            cells.run("simpleNet")
                == """
                Sequential(
                  (0): Linear(in_features=784, out_features=30, bias=True)
                  (1): ReLU()
                  (2): Linear(in_features=30, out_features=1, bias=True)
                )
                """)
        #expect(cells.run("simpleNet(zeros([4, 784])).shape") == "[4, 1]")
    }

    @Test func batchesCollectionsLikeFastai() {
        let cells = CellRunner()
        _ = cells.run("manualSeed(42)\nlet dl = DataLoader(0..<15, batchSize: 5, shuffle: true)")
        #expect(cells.run("dl.count") == "3")
        let batches = cells.run("Array(dl).map { $0.shape }")
        #expect(batches == "[[5], [5], [5]]")
        _ = cells.run(
            "let pairs = DataLoader(Array(zip(Array(0..<6), [\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"])), batchSize: 4)"
        )
        #expect(cells.run("pairs.first()!") == "(tensor([0, 1, 2, 3]), (\"a\", \"b\", \"c\", \"d\"))")
    }

    @Test func trainsALinearModelWithTheLearner() {
        let cells = CellRunner()
        _ = cells.run(
            """
            manualSeed(0)
            let xs = randn([200, 2])
            let ys = (xs[..., 0] > xs[..., 1]).float().unsqueeze(1)
            let train = DataLoader(Array(zip(xs, ys)), batchSize: 20, shuffle: true)
            let valid = DataLoader(Array(zip(xs, ys)), batchSize: 50)
            func mnistLoss(_ predictions: Tensor, _ targets: Tensor) -> Tensor {
                let p = predictions.sigmoid()
                return which(targets == 1, 1 - p, p).mean()
            }
            func batchAccuracy(_ xb: Tensor, _ yb: Tensor) -> Tensor {
                ((xb.sigmoid() > 0.5) == yb).float().mean()
            }
            let learn = Learner(DataLoaders(train, valid), Linear(2, 1), optFunc: SGD, lossFunc: mnistLoss, metrics: batchAccuracy)
            """)
        let table = cells.run("learn.fit(5, lr: 1.0)")
        #expect(table.hasPrefix("epoch     train_loss  valid_loss  batch_accuracy  time"), "\(table)")
        #expect(table.split(separator: "\n").count == 6, "\(table)")
        let accuracy = cells.run("learn.recorder.values.last![2]")
        #expect((Double(accuracy) ?? 0) > 0.9, "\(accuracy)")
    }

    @Test func trainingStopsAtTheCellsTimeLimit() {
        // mseLoss is a library function, so nothing in the loop calls back into the cell: the learner itself
        // checks the time limit after each batch.
        let lesson = LessonLibrary.makeLesson(options: .init(timeLimit: 0.5))
        let origin = SourceOrigin(file: "t.md", line: 3)
        let setup = """
            let xs = randn([200, 2])
            let ys = xs.sum(1).unsqueeze(1)
            let data = DataLoaders(DataLoader(Array(zip(xs, ys)), batchSize: 20), DataLoader(Array(zip(xs, ys)), batchSize: 50))
            let learn = Learner(data, Linear(2, 1), optFunc: SGD, lossFunc: mseLoss)
            """
        #expect(lesson.session.run(setup, origin: origin).error == nil)
        let result = lesson.session.run("learn.fit(1_000_000, lr: 0.1)", origin: origin)
        #expect(result.error?.kind == .timeout)
        #expect(result.duration < .seconds(10))
        #expect(lesson.session.run("1 + 1", origin: origin).valueText == "2")
    }

    @Test func acceptsAnOptimizerWrittenInACell() {
        let cells = CellRunner()
        _ = cells.run(
            """
            class BasicOptim {
                var params: [Tensor]
                var lr: Double
                init(_ params: [Tensor], _ lr: Double) {
                    self.params = params
                    self.lr = lr
                }
                func step() { for p in params { p.data -= p.grad!.data * lr } }
                func zeroGrad() { for p in params { p.grad = nil } }
            }
            let w = tensor([1.0, -1.0]).requiresGrad()
            let opt = BasicOptim([w], 0.5)
            (w * w).sum().backward()
            opt.step()
            opt.zeroGrad()
            """)
        #expect(cells.run("w") == "tensor([0., 0.], requires_grad=True)")
        #expect(cells.run("w.grad == nil") == "true")
    }
}
