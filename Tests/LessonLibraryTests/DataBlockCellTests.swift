import Testing

/// Chapter 13's data block through the interpreter, on the project's ten-digit sample (60 training and 20 test
/// images per digit).
@Suite struct DataBlockCellTests {
    /// A runner with the book's `DataBlock` and its loaders defined.
    func booksLoaders() -> CellRunner {
        let cells = CellRunner()
        _ = cells.run(
            """
            let path = untarData(URLs.mnist)
            let mnist = DataBlock(
                blocks: (ImageBlock(cls: PILImageBW.self), CategoryBlock()), getItems: getImageFiles,
                splitter: GrandparentSplitter(trainName: "training", validName: "testing"), getY: parentLabel,
                batchTfms: Normalize())
            let dls = mnist.dataloaders(path, bs: 64)
            """)
        return cells
    }

    @Test func theBooksDataBlock() {
        let cells = booksLoaders()
        #expect(cells.run("dls.vocab") == "(#10) [\"0\",\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\"]")
        #expect(cells.run("dls.c") == "10")
        #expect(
            cells.run("let (xb, yb) = dls.valid.first()\n(xb.shape, xb.dtype, yb.shape, yb.dtype)")
                == "([64, 1, 28, 28], torch.float32, [64], torch.int64)")
        #expect(cells.run("yb[0..<3]") == "tensor([0, 0, 0])")
        #expect(cells.run("(dls.train.dataset.count, dls.validDs.count, dls.trainDs.count)") == "(600, 200, 600)")
        #expect(cells.run("(dls.train.count, dls.valid.count)") == "(9, 4)")
        let dataset = cells.run("dls.train.dataset")
        #expect(dataset.hasPrefix("(#600) [(PILImageBW mode=L size=28x28, TensorCategory(0)),(PILImageBW"))
        #expect(dataset.hasSuffix("...]"))
        #expect(
            cells.run("dls.validDs[-1]") == "(<PIL.PngImagePlugin.PngImageFile image mode=L size=28x28>, tensor(9))")
        #expect(cells.run("dls.validDs.items[0]") == "Path('testing/0/10.png')")
        #expect(cells.run("getImageFiles(path).count") == "800")
        #expect(cells.run("parentLabel(path / \"training\" / \"3\" / \"10.png\")") == "\"3\"")
    }

    @Test func normalizeTakesTheFirstBatchsStatistics() {
        let cells = booksLoaders()
        #expect(cells.run("mnist") == "DataBlock(PILImageBW, categories)")
        // The validation batch, normalised, has about mean 0 and std 1 (MNIST's pixels: mean 0.13, std 0.31).
        #expect(cells.run("let (xb, _) = dls.valid.first()\nabs(xb.mean().item()) < 0.2") == "true")
        #expect(cells.run("abs(xb.std().item() - 1) < 0.2") == "true")
        #expect(cells.run("Normalize(mean: [0.5], std: [0.25])") == "Normalize(mean: [0.5], std: [0.25])")
        #expect(cells.run("Normalize()") == "Normalize()")
    }

    @Test func showBatchDrawsAGridOfTitledDigits() {
        let cells = booksLoaders()
        let shown = cells.run("dls.showBatch(maxN: 9, figsize: (4, 4))")
        #expect(shown.hasPrefix("[images 3x3 28x28 #") && shown.hasSuffix("]\n"))
        #expect(cells.run("dls.showBatch(maxN: 4, nrows: 1)").hasPrefix("[images 1x4 28x28 #"))
        #expect(cells.run("dls.showBatch(maxN: 0)") == "error: showBatch: maxN must be positive, got 0")
        #expect(
            cells.run("dls.showBatch(figsize: (4, -1))")
                == "error: showBatch: figsize is a (width, height) pair of positive numbers")
    }

    @Test func theLoadersTrainALearner() {
        let cells = booksLoaders()
        _ = cells.run(
            """
            func batchAccuracy(_ preds: Tensor, _ targets: Tensor) -> Tensor {
                (preds.argmax(1) == targets).float().mean()
            }
            let learn = Learner(
                dls, Sequential(Flatten(), Linear(28 * 28, 10)), lossFunc: crossEntropy, metrics: batchAccuracy)
            """)
        let table = cells.run("learn.fit(2, lr: 0.1)")
        #expect(table.hasPrefix("epoch     train_loss  valid_loss  batch_accuracy  time"), "\(table)")
        #expect(cells.run("learn.recorder.values.count") == "2")
        #expect(cells.run("learn.recorder.values[1][2] > 0.5") == "true", "a linear model learns the digits")
    }

    @Test func otherSplittersAndLabellers() {
        let cells = CellRunner()
        _ = cells.run(
            """
            let path = untarData(URLs.mnist)
            let block = DataBlock(
                blocks: (ImageBlock(cls: PILImageBW.self), CategoryBlock), getItems: getImageFiles,
                splitter: RandomSplitter(validPct: 0.2, seed: 42), getY: { $0.parent.name == "3" ? "three" : "other" })
            let dls = block.dataloaders(path, bs: 16)
            """)
        #expect(cells.run("(dls.trainDs.count, dls.validDs.count)") == "(640, 160)")
        #expect(cells.run("dls.vocab") == "(#2) [\"other\",\"three\"]")
        #expect(cells.run("RandomSplitter(validPct: 0.1)") == "RandomSplitter(validPct: 0.1, seed: nil)")
        #expect(
            cells.run("RandomSplitter(validPct: 2)")
                == "error: RandomSplitter: validPct must be between 0 and 1, got 2.0")
        #expect(cells.run("ImageBlock()") == "ImageBlock(cls: PILImage)")
        #expect(
            cells.run("DataBlock(blocks: (CategoryBlock(), CategoryBlock()), getY: parentLabel)")
                == "error: DataBlock(blocks:): the first block must be an ImageBlock, got 'CategoryBlockValue'")
        #expect(
            cells.run("DataLoaders(DataLoader([1]), DataLoader([2])).vocab")
                == "error: these DataLoaders were made from collections, not by a DataBlock: they have no dataset, "
                + "vocab or showBatch")
        #expect(
            cells.run("DataLoader([1, 2]).dataset")
                == "error: this DataLoader was made from a collection, not by a DataBlock: it has no dataset")
    }

    @Test func aMissingDataSetOrBadLabelIsALocatedError() {
        let cells = CellRunner()
        _ = cells.run(
            """
            let block = DataBlock(
                blocks: (ImageBlock(cls: PILImageBW.self), CategoryBlock()),
                splitter: GrandparentSplitter(trainName: "training", validName: "testing"),
                getY: { $0.parent.parent.name == "testing" ? "x" : $0.parent.name })
            """)
        let error = cells.run("block.dataloaders(untarData(URLs.mnist))")
        #expect(error.hasPrefix("error: ") && error.contains("testing/0/10.png: label 'x' is not among"))
        #expect(cells.run("block.dataloaders(Path(\"/nonexistent\"))") == "error: /nonexistent: no such folder")
    }
}
