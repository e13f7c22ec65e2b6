import Learning
import Tensors

/// The Swift side of the script's `MODULES`: each module built as the script builds it, by the same name.
enum ModuleCases {
    static let all: [String: () throws -> Module] = [
        "conv_chapter13": { try Conv2d(1, 4, kernelSize: 3, stride: 2, padding: 1) },
        "conv_book": { try Conv2d(1, 30, kernelSize: 3, stride: 2, padding: 1) },
        "conv_defaults": { try Conv2d(3, 8, kernelSize: 3) },
        "conv_rectangular": { try Conv2d(3, 8, kernelSize: [3, 5]) },
        "conv_dilated_grouped": { try Conv2d(4, 8, kernelSize: 3, dilation: 2, groups: 2, bias: false) },
        "conv_pair_padding": { try Conv2d(1, 4, kernelSize: 3, padding: [1, 2]) },
        "conv_pair_stride": { try Conv2d(2, 2, kernelSize: 1, stride: [1, 2]) },
        "conv_no_bias": { try Conv2d(8, 16, kernelSize: 3, stride: 2, padding: 1, bias: false) },
        "batch_norm": { try BatchNorm2d(8) },
        "batch_norm_settings": { try BatchNorm2d(3, eps: 1e-3, momentum: 0.01) },
        "batch_norm_no_bias": { try BatchNorm2d(3, bias: false) },
        "batch_norm_plain": { try BatchNorm2d(4, affine: false, trackRunningStats: false) },
        "batch_norm_cumulative": { try BatchNorm2d(2, momentum: nil) },
        "max_pool": { MaxPool2d(2) },
        "max_pool_pair": { MaxPool2d(PoolSize(2, 3)) },
        "max_pool_settings": { MaxPool2d(3, stride: 2, padding: 1) },
        "max_pool_ceil": { MaxPool2d(2, ceilMode: true) },
        "max_pool_dilated": { MaxPool2d(3, dilation: 2) },
        "avg_pool": { AvgPool2d(2) },
        "avg_pool_settings": { AvgPool2d(3, stride: 1, padding: 1) },
        "avg_pool_pairs": { AvgPool2d(PoolSize(2, 3), stride: PoolSize(1, 2)) },
        "adaptive_avg_pool": { AdaptiveAvgPool2d(1) },
        "adaptive_avg_pool_pair": { AdaptiveAvgPool2d(PoolSize(2, 3)) },
        "flatten": { Flatten() },
        "flatten_all": { Flatten(startDim: 0) },
        "flatten_range": { Flatten(startDim: 1, endDim: 2) },
        "linear": { try Linear(784, 30) },
        "relu": { ReLU() },
        "sequential_empty": { Sequential() },
        "sequential_nested": { try Sequential(Sequential(Linear(2, 3), ReLU()), Flatten()) },
        "sequential_shared": {
            let linear = try Linear(2, 3)
            return Sequential(linear, ReLU(), linear)
        },
        "simple_cnn": simpleCNN,
    ]

    /// Chapter 13's full-MNIST `simple_cnn`, with fast.ai's `conv` (Conv2d, BatchNorm2d, then ReLU).
    static func simpleCNN() throws -> Module {
        func conv(_ ni: Int, _ nf: Int, kernelSize: Int = 3, activation: Bool = true) throws -> Module {
            let layers: [Module] = [
                try Conv2d(ni, nf, kernelSize: ConvPair(kernelSize), stride: 2, padding: ConvPair(kernelSize / 2)),
                try BatchNorm2d(nf),
            ]
            return Sequential(activation ? layers + [ReLU()] : layers)
        }
        return try Sequential(
            conv(1, 8, kernelSize: 5), conv(8, 16), conv(16, 32), conv(32, 64), conv(64, 10, activation: false),
            Flatten())
    }

    /// The script's `tiny_cnn`: two strided convolutions with batch norm and ReLU, pooled to one value per class.
    static func tinyCNN() throws -> Module {
        try Sequential(
            Conv2d(1, 4, kernelSize: 3, stride: 2, padding: 1), BatchNorm2d(4), ReLU(),
            Conv2d(4, 3, kernelSize: 3, stride: 2, padding: 1), BatchNorm2d(3), ReLU(),
            AdaptiveAvgPool2d(1), Flatten())
    }
}
