import Testing

/// Batches of a `DataLoader` over pairs of tensors are the items stacked, as PyTorch's default collation makes
/// them, whichever way they are joined inside.
@Suite struct CollationCellTests {
    @Test func stacksRowsAndLabelsOfPairs() {
        let cells = CellRunner()
        _ = cells.run(
            """
            let xs = arange(0, 24).float().view(6, 4)
            let ys = tensor([1, 0, 1, 1, 0, 0]).unsqueeze(1)
            let (xb, yb) = DataLoader(Array(zip(xs, ys)), batchSize: 4).first()!
            """)
        #expect(cells.run("(xb.shape, xb.dtype, yb.shape, yb.dtype)") == "([4, 4], torch.float32, [4, 1], torch.int64)")
        #expect(cells.run("(xb - xs[..<4]).abs().sum()") == "tensor(0.)")
        #expect(cells.run("yb.view(-1)") == "tensor([1, 0, 1, 1])")
        #expect(cells.run("xb.isContiguous()") == "true")
        // The batch is a new tensor: changing it leaves the data alone.
        #expect(cells.run("xb[0, 0] = 100\nxs[0, 0]") == "tensor(0.)")
    }

    @Test func stacksScalarsAndGradientsAsTorchStackDoes() {
        let cells = CellRunner()
        _ = cells.run(
            """
            let scalars = [tensor(1.5), tensor(2.5), tensor(3.5)]
            let leaves = [tensor([1.0, 2.0]).requiresGrad(), tensor([3.0, 4.0]).requiresGrad()]
            """)
        #expect(cells.run("DataLoader(scalars, batchSize: 3).first()!") == "tensor([1.5000, 2.5000, 3.5000])")
        let batch = cells.run("DataLoader(leaves, batchSize: 2).first()!")
        #expect(batch == "tensor([[1., 2.],\n        [3., 4.]], grad_fn=<StackBackward0>)", "\(batch)")
        #expect(
            cells.run("DataLoader(leaves, batchSize: 2).first()!.sum().backward()\nleaves[1].grad!")
                == "tensor([1., 1.])")
    }

    @Test func batchesTheItemsValuesAtTheTimeOfTheBatch() {
        let cells = CellRunner()
        _ = cells.run(
            """
            let xs = zeros([3, 2])
            let ys = tensor([0, 1, 1])
            let dl = DataLoader(Array(zip(xs, ys)), batchSize: 3)
            xs[1] = tensor([5.0, 6.0])
            """)
        #expect(
            cells.run("dl.first()!") == "(tensor([[0., 0.],\n        [5., 6.],\n        [0., 0.]]), tensor([0, 1, 1]))")
        #expect(cells.run("DataLoader(Array(xs), batchSize: 2).first()!") == "tensor([[0., 0.],\n        [5., 6.]])")
    }

    @Test func keepsTupleLabelsAndMixedItems() {
        let cells = CellRunner()
        _ = cells.run(
            "let xs = arange(0, 6).view(3, 2)\nlet labelled = Array(zip(xs, [7, 8, 9])).map { (x: $0.0, y: $0.1) }")
        #expect(
            cells.run("DataLoader(labelled, batchSize: 2).first()!")
                == "(x: tensor([[0, 1],\n        [2, 3]]), y: tensor([7, 8]))")
        let named = cells.run("DataLoader(Array(zip(xs, [\"a\", \"b\", \"c\"])), batchSize: 3).first()!")
        #expect(named == "(tensor([[0, 1],\n        [2, 3],\n        [4, 5]]), (\"a\", \"b\", \"c\"))", "\(named)")
    }

    @Test func reportsItemsOfDifferentShapes() {
        let cells = CellRunner()
        let error = cells.run("DataLoader([zeros([2]), zeros([3])], batchSize: 2).first()!")
        #expect(error == "error: stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1")
    }
}
