import Testing

/// `conv2d`, the pools and `batchNorm` through the interpreter, with PyTorch's keyword arguments as labels and
/// sizes as an `Int` or a list; the expected texts are PyTorch's (`F.conv2d(...)` printed by Python).
@Suite struct ConvolutionCellTests {
    private func cellsWithAnImage() -> CellRunner {
        let cells = CellRunner()
        _ = cells.run(
            """
            let x = tensor([[[[0.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0], [8.0, 9.0, 10.0, 11.0],
                              [12.0, 13.0, 14.0, 15.0]]]]).requiresGrad()
            let top = tensor([[[[-1.0, -1.0, -1.0], [0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]]])
            """)
        return cells
    }

    @Test func convolvesWithGradients() {
        let cells = cellsWithAnImage()
        #expect(
            cells.run("conv2d(x, top)")
                == "tensor([[[[24., 24.],\n          [24., 24.]]]], grad_fn=<ConvolutionBackward0>)")
        _ = cells.run("conv2d(x, top).sum().backward()")
        #expect(
            cells.run("x.grad!")
                == """
                tensor([[[[-1., -2., -2., -1.],
                          [-1., -2., -2., -1.],
                          [ 1.,  2.,  2.,  1.],
                          [ 1.,  2.,  2.,  1.]]]])
                """)
        #expect(
            cells.run("conv2d(x, top, bias: tensor([0.5]), stride: 2, padding: 1, dilation: 1, groups: 1).shape")
                == "[1, 1, 2, 2]")
        #expect(
            cells.run("conv2d(x, top, stride: [2, 1], padding: [1, 0])")
                == "tensor([[[[15., 18.],\n          [24., 24.]]]], grad_fn=<ConvolutionBackward0>)")
        #expect(cells.run("conv2d(x, top, tensor([1.0]), padding: (1, 1)).shape") == "[1, 1, 4, 4]")
        #expect(cells.run("conv2d(x, top, bias: nil).gradFn!.name") == "\"ConvolutionBackward0\"")
    }

    @Test func reportsPyTorchsShapeErrors() {
        let cells = CellRunner()
        #expect(
            cells.run("conv2d(zeros([2, 3, 28, 28]), zeros([4, 1, 3, 3]))")
                == "error: Given groups=1, weight of size [4, 1, 3, 3], expected input[2, 3, 28, 28] to have 1 "
                + "channels, but got 3 channels instead")
        #expect(
            cells.run("maxPool2d(zeros([1, 1, 2, 2]), 3)")
                == "error: Given input size: (1x2x2). Calculated output size: (1x0x0). Output size is too small")
    }

    @Test func pools() {
        let cells = cellsWithAnImage()
        let expected = [
            "maxPool2d(x, 2)":
                "tensor([[[[ 5.,  7.],\n          [13., 15.]]]], grad_fn=<MaxPool2DWithIndicesBackward0>)",
            "maxPool2d(x, kernelSize: 3, stride: 1)":
                "tensor([[[[10., 11.],\n          [14., 15.]]]], grad_fn=<MaxPool2DWithIndicesBackward0>)",
            "avgPool2d(x, 2)":
                "tensor([[[[ 2.5000,  4.5000],\n          [10.5000, 12.5000]]]], grad_fn=<AvgPool2DBackward0>)",
            "avgPool2d(x, 3, stride: 1, padding: 1, countIncludePad: false)": """
            tensor([[[[ 2.5000,  3.0000,  4.0000,  4.5000],
                      [ 4.5000,  5.0000,  6.0000,  6.5000],
                      [ 8.5000,  9.0000, 10.0000, 10.5000],
                      [10.5000, 11.0000, 12.0000, 12.5000]]]],
                   grad_fn=<AvgPool2DBackward0>)
            """,
            "adaptiveAvgPool2d(x, 1)": "tensor([[[[7.5000]]]], grad_fn=<MeanBackward1>)",
            "adaptiveAvgPool2d(x, outputSize: [2, 3]).shape": "[1, 1, 2, 3]",
        ]
        for (cell, text) in expected { #expect(cells.run(cell) == text, "\(cell)") }
        #expect(cells.run("x.flatten(1).shape") == "[1, 16]")
    }

    @Test func normalizesBatches() {
        let cells = CellRunner()
        _ = cells.run("let xb = tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]])\nlet rm = zeros([2])\nlet rv = ones([2])")
        _ = cells.run("let y = batchNorm(xb, runningMean: rm, runningVar: rv, training: true)")
        #expect(cells.run("y.gradFn == nil") == "true")
        #expect(cells.run("(y.mean(0).abs() < 1e-6).all()") == "tensor(True)")
        #expect(cells.run("rm") == "tensor([0.3000, 0.4333])")
        #expect(cells.run("rv") == "tensor([1.3000, 1.5333])")
        #expect(
            cells.run("batchNorm(xb, rm, rv)")
                == "tensor([[0.6139, 1.2652],\n        [2.3680, 2.8803],\n        [4.1222, 5.3030]])")
        _ = cells.run("let w = tensor([2.0, 1.0]).requiresGrad()")
        #expect(
            cells.run("batchNorm(xb, nil, nil, weight: w, bias: tensor([0.0, 1.0]), training: true).gradFn!.name")
                == "\"NativeBatchNormBackward0\"")
        #expect(
            cells.run("batchNorm(xb, nil, nil)") == "error: running_mean must be defined in evaluation mode")
    }
}
