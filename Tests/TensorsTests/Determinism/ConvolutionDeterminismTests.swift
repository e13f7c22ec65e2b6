import Testing

@testable import Tensors

/// Convolutions, pooling, batch norm and cross-entropy give the same bits on 1 and 2 threads, forward and backward:
/// images are split across threads whole, weight gradients are summed over fixed blocks of images, channels and
/// rows are split whole.
extension DeterminismTests {
    @Test func convolutionsAreBitIdenticalForOneAndTwoThreads() throws {
        manualSeed(11)
        let images = try randn([64, 8, 14, 14])
        let weight = try randn([16, 8, 3, 3])
        let bias = try randn([16])
        let digits = try randn([37, 1, 28, 28])
        let edges = try randn([4, 1, 3, 3])
        let grouped = try randn([16, 4, 3, 3])
        let upstream = try randn([64, 16, 7, 7])
        let logits = try randn([512, 10])
        let labels = try randint(0, 10, [512])
        let cases: [(String, () throws -> Tensor)] = [
            ("forward", { try conv2d(images, weight, bias: bias, stride: 2, padding: 1) }),
            ("one channel", { try conv2d(digits, edges) }),
            ("grouped, dilated", { try conv2d(images, grouped, padding: 2, dilation: 2, groups: 2) }),
            ("input gradient", { try self.gradients(images, weight, bias, upstream)[0] }),
            ("weight gradient", { try self.gradients(images, weight, bias, upstream)[1] }),
            ("bias gradient", { try self.gradients(images, weight, bias, upstream)[2] }),
            (
                "max pool and its gradient",
                { try self.poolGradient(images) { try maxPool2d($0, kernelSize: 3, stride: 2) } }
            ),
            ("avg pool and its gradient", { try self.poolGradient(images) { try avgPool2d($0, kernelSize: 2) } }),
            (
                "adaptive pool and its gradient",
                { try self.poolGradient(images) { try adaptiveAvgPool2d($0, outputSize: 3) } }
            ),
            (
                "batch norm",
                {
                    try batchNorm(images, runningMean: zeros([8]), runningVar: ones([8]), training: true)
                }
            ),
            ("batch norm gradient", { try self.batchNormGradient(images) }),
            ("cross-entropy and its gradient", { try self.crossEntropyGradient(logits, labels) }),
            ("softmax of the channels", { try images.softmax(1) }),
        ]
        for (name, body) in cases {
            let (one, two) = try withOneAndTwoThreads(body)
            #expect(one == two, "\(name)")
        }
    }

    /// The gradients of `conv2d(x, w, bias: b, stride: 2, padding: 1)` for the upstream gradient `g`, concatenated
    /// per input.
    private func gradients(_ x: Tensor, _ w: Tensor, _ b: Tensor, _ g: Tensor) throws -> [Tensor] {
        let (x, w, b) = try (x.clone().requiresGrad(), w.clone().requiresGrad(), b.clone().requiresGrad())
        try conv2d(x, w, bias: b, stride: 2, padding: 1).backward(g)
        return [x.grad!, w.grad!, b.grad!]
    }

    /// A pooling's output and its input gradient for an upstream gradient of ones, concatenated.
    private func poolGradient(_ x: Tensor, _ pool: (Tensor) throws -> Tensor) throws -> Tensor {
        let x = try x.clone().requiresGrad()
        let output = try pool(x)
        try (output * output).sum().backward()
        return try cat([output.flatten(), x.grad!.flatten()])
    }

    /// A cross-entropy loss and its gradient, concatenated.
    private func crossEntropyGradient(_ logits: Tensor, _ labels: Tensor) throws -> Tensor {
        let x = try logits.clone().requiresGrad()
        let loss = try crossEntropy(x, labels)
        try loss.backward()
        return try cat([loss.view(1), x.grad!.flatten()])
    }

    /// The gradients of a training batch norm with weight and bias, concatenated.
    private func batchNormGradient(_ x: Tensor) throws -> Tensor {
        let x = try x.clone().requiresGrad()
        let weight = try (arange(.int(8)).float() * 0.5 + 1).requiresGrad()
        let bias = try zeros([8]).requiresGrad()
        let output = try batchNorm(x, runningMean: nil, runningVar: nil, weight: weight, bias: bias, training: true)
        try (output * output * x).sum().backward()
        return try cat([x.grad!.flatten(), weight.grad!, bias.grad!])
    }
}
