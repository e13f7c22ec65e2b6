import Testing

@testable import Tensors

/// `backward()` of convolution, pooling and batch norm against central differences in float64 (see
/// `checkGradients`). Max-pooling inputs are random, so no window has a tie.
@Suite struct ConvolutionGradientTests {
    typealias Case = (inputs: () throws -> [Tensor], f: ([Tensor]) throws -> Tensor)

    static func shapes(_ shapes: [Int]...) -> () throws -> [Tensor] {
        { try shapes.enumerated().map { try leaf($1, seed: UInt64($0 + 21)) } }
    }

    static let cases: [String: Case] = [
        "conv2d": (shapes([2, 3, 5, 5], [4, 3, 3, 3], [4]), { try conv2d($0[0], $0[1], bias: $0[2]) }),
        "conv2d_strided_padded": (
            shapes([2, 2, 6, 5], [3, 2, 3, 2]), { try conv2d($0[0], $0[1], stride: [2, 1], padding: 1) }
        ),
        "conv2d_dilated_grouped": (
            shapes([1, 4, 6, 6], [4, 2, 2, 3], [4]),
            { try conv2d($0[0], $0[1], bias: $0[2], stride: 2, padding: 2, dilation: 2, groups: 2) }
        ),
        "conv2d_1x1": (shapes([2, 3, 3, 4], [2, 3, 1, 1]), { try conv2d($0[0], $0[1]) }),
        "conv2d_unbatched": (shapes([2, 4, 4], [3, 2, 3, 3]), { try conv2d($0[0], $0[1], padding: 1) }),
        "conv2d_noncontiguous": (shapes([2, 2, 4, 5], [2, 2, 3, 3]), { try conv2d($0[0].transpose(2, 3), $0[1]) }),
        "conv2d_batch9_blocks": (shapes([9, 1, 4, 4], [2, 1, 2, 2]), { try conv2d($0[0], $0[1], stride: 2) }),
        // Eight images per matrix product, the second product holding one; then one image per product.
        "conv2d_ragged_products": (
            shapes([9, 1, 8, 8], [2, 1, 3, 3], [2]), { try conv2d($0[0], $0[1], bias: $0[2]) }
        ),
        "conv2d_large_planes": (shapes([2, 1, 18, 18], [2, 1, 3, 3]), { try conv2d($0[0], $0[1], padding: 1) }),
        "max_pool2d": (shapes([2, 2, 5, 5]), { try maxPool2d($0[0], kernelSize: 3, stride: 2, padding: 1) }),
        "max_pool2d_overlapping_dilated": (
            shapes([1, 2, 6, 5]), { try maxPool2d($0[0], kernelSize: 2, stride: 1, padding: 1, dilation: 2) }
        ),
        "max_pool2d_ceil": (shapes([1, 1, 5, 7]), { try maxPool2d($0[0], kernelSize: 2, ceilMode: true) }),
        "avg_pool2d": (shapes([2, 2, 5, 5]), { try avgPool2d($0[0], kernelSize: 3, stride: 2, padding: 1) }),
        "avg_pool2d_exclude_pad_ceil": (
            shapes([1, 2, 6, 6]),
            { try avgPool2d($0[0], kernelSize: 3, stride: 2, padding: 1, ceilMode: true, countIncludePad: false) }
        ),
        "avg_pool2d_divisor": (
            shapes([1, 1, 4, 6]), { try avgPool2d($0[0], kernelSize: [2, 3], divisorOverride: 5) }
        ),
        "adaptive_avg_pool2d": (shapes([2, 2, 7, 5]), { try adaptiveAvgPool2d($0[0], outputSize: [3, 2]) }),
        "adaptive_avg_pool2d_larger": (shapes([1, 1, 3, 2]), { try adaptiveAvgPool2d($0[0], outputSize: 4) }),
        "adaptive_avg_pool2d_one": (shapes([2, 3, 3, 3]), { try adaptiveAvgPool2d($0[0], outputSize: 1) }),
        "batch_norm_training": (
            shapes([3, 2, 3, 4], [2], [2]),
            { try batchNorm($0[0], runningMean: nil, runningVar: nil, weight: $0[1], bias: $0[2], training: true) }
        ),
        "batch_norm_training_2d": (
            shapes([5, 3]), { try batchNorm($0[0], runningMean: nil, runningVar: nil, training: true) }
        ),
        "batch_norm_eval": (
            shapes([2, 3, 2, 2], [3], [3]),
            { inputs in
                try batchNorm(
                    inputs[0], runningMean: tensor([0.5, -0.25, 1.0], dtype: .float64),
                    runningVar: tensor([0.75, 2.0, 1.5], dtype: .float64),
                    weight: inputs[1], bias: inputs[2])
            }
        ),
    ]

    @Test(arguments: cases.keys.sorted())
    func backwardMatchesFiniteDifferences(_ name: String) throws {
        let (inputs, f) = try #require(Self.cases[name])
        try checkGradients(inputs(), f)
    }
}
