import Foundation
import Tensors

/// Chapter 13's workloads on real digits: the first convolution (four edge kernels over a batch of 64), the
/// `simple_cnn` of the full-MNIST section forward and forward+backward on batches of 64 and 512, and the
/// cross-entropy of a batch of 512. Names match `Benchmarks/tensor_peers.py`.
func convolutionWorkloads(threes: [Tensor], sevens: [Tensor]) throws -> [Workload] {
    let images = try (stack(Array(threes.prefix(64))).float() / 255).unsqueeze(1)
    let edges = try chapterEdgeKernels()
    let model = try SimpleCNN()
    let batch64 = try digitBatch(threes: threes, sevens: sevens, size: 64)
    let batch512 = try digitBatch(threes: threes, sevens: sevens, size: 512)
    let logits = try randn([512, 10]).requiresGrad()
    let targets = try randint(0, 10, [512])
    return [
        Workload(name: "conv2d [64, 1, 28, 28] digits, 4 edge kernels", callsPerSample: 10) {
            _ = try conv2d(images, edges)
        },
        Workload(name: "simple_cnn forward, batch 64", callsPerSample: 2) { _ = try model(batch64.x) },
        Workload(name: "simple_cnn forward+backward, batch 64", callsPerSample: 1) {
            try crossEntropy(model(batch64.x), batch64.y).backward()
        },
        Workload(name: "simple_cnn forward, batch 512", callsPerSample: 1) { _ = try model(batch512.x) },
        Workload(name: "simple_cnn forward+backward, batch 512", callsPerSample: 1) {
            try crossEntropy(model(batch512.x), batch512.y).backward()
        },
        Workload(name: "cross-entropy forward+backward [512, 10]", callsPerSample: 20) {
            try crossEntropy(logits, targets).backward()
        },
    ]
}

/// The top, left and two diagonal edge kernels of chapter 13, as `[4, 1, 3, 3]`.
private func chapterEdgeKernels() throws -> Tensor {
    let kernels: [[[Double]]] = [
        [[-1, 1, 0], [-1, 1, 0], [-1, 1, 0]],
        [[-1, -1, -1], [0, 0, 0], [1, 1, 1]],
        [[0, -1, 1], [-1, 1, 0], [1, 0, 0]],
        [[1, -1, 0], [0, 1, -1], [0, 0, 1]],
    ]
    return try tensor(kernels, dtype: .float32).unsqueeze(1)
}

/// `size` digits, half threes and half sevens, normalised by the batch's mean and standard deviation (fast.ai's
/// `Normalize()`), as `[size, 1, 28, 28]`, with their labels 3 and 7.
private func digitBatch(threes: [Tensor], sevens: [Tensor], size: Int) throws -> (x: Tensor, y: Tensor) {
    let half = size / 2
    let pixels = try stack(Array(threes.prefix(half)) + Array(sevens.prefix(half))).float() / 255
    let x = try ((pixels - pixels.mean()) / pixels.std()).unsqueeze(1)
    let y = try tensor([Int](repeating: 3, count: half) + [Int](repeating: 7, count: half))
    return (x, y)
}

/// Chapter 13's `simple_cnn` with batch norm, written with the functional operations: five stride-2
/// convolutions (1 -> 8 with a 5x5 kernel, then 3x3 to 16, 32, 64 and 10 channels), each followed by ReLU (but the
/// last) and a training-mode batch norm, as fast.ai's `conv(ni, nf, ks, act)`; then flattened to `[N, 10]`.
private struct SimpleCNN {
    struct Layer {
        let weight: Tensor, bias: Tensor, scale: Tensor, shift: Tensor, runningMean: Tensor, runningVar: Tensor
        let kernelSize: Int
    }

    let layers: [Layer]

    init() throws {
        manualSeed(13)
        layers = try [(1, 8, 5), (8, 16, 3), (16, 32, 3), (32, 64, 3), (64, 10, 3)].map { inputs, outputs, size in
            let fanIn = Double(inputs * size * size)
            return Layer(
                weight: try (randn([outputs, inputs, size, size]) / fanIn.squareRoot()).requiresGrad(),
                bias: try zeros([outputs]).requiresGrad(), scale: try ones([outputs]).requiresGrad(),
                shift: try zeros([outputs]).requiresGrad(), runningMean: try zeros([outputs]),
                runningVar: try ones([outputs]), kernelSize: size)
        }
    }

    func callAsFunction(_ input: Tensor) throws -> Tensor {
        var x = input
        for (index, layer) in layers.enumerated() {
            x = try conv2d(x, layer.weight, bias: layer.bias, stride: 2, padding: ConvPair(layer.kernelSize / 2))
            if index < layers.count - 1 { x = try x.relu() }
            x = try batchNorm(
                x, runningMean: layer.runningMean, runningVar: layer.runningVar, weight: layer.scale,
                bias: layer.shift, training: true)
        }
        return try x.flatten(1)
    }
}
