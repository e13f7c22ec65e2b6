import Testing

@testable import Tensors

/// `backward()` of softmax and the classification losses against central differences in float64 (see
/// `checkGradients`), for every reduction, ignored targets, spatial inputs and probability targets.
@Suite struct LossGradientTests {
    typealias Case = (shapes: [[Int]], f: ([Tensor]) throws -> Tensor)

    static let labels = try! tensor([3, 0, 4, 1])
    static let spatialLabels = try! tensor([[[0, 2], [1, 1]], [[2, -100], [0, 1]]])

    static let cases: [String: Case] = [
        "softmax_rows": ([[3, 4]], { try $0[0].softmax(1) }),
        "softmax_columns": ([[3, 4]], { try $0[0].softmax(0) }),
        "softmax_middle_dim": ([[2, 3, 4]], { try $0[0].softmax(1) }),
        "softmax_transposed": ([[3, 4]], { try $0[0].t().softmax(1) }),
        "log_softmax_rows": ([[3, 4]], { try $0[0].logSoftmax(1) }),
        "log_softmax_middle_dim": ([[2, 3, 4]], { try $0[0].logSoftmax(1) }),
        "log_softmax_first_dim": ([[2, 3, 4]], { try $0[0].logSoftmax(0) }),
        "nll_mean": ([[4, 5]], { try nllLoss($0[0], labels) }),
        "nll_sum": ([[4, 5]], { try nllLoss($0[0], labels, reduction: .sum) }),
        "nll_none": ([[4, 5]], { try nllLoss($0[0], labels, reduction: .none) }),
        "nll_ignored": ([[4, 5]], { try nllLoss($0[0], tensor([3, -100, 4, 1])) }),
        "nll_single": ([[5]], { try nllLoss($0[0], tensor(2)) }),
        "nll_spatial": ([[2, 3, 2, 2]], { try nllLoss($0[0], spatialLabels) }),
        "nll_spatial_none": ([[2, 3, 2, 2]], { try nllLoss($0[0], spatialLabels, reduction: .none) }),
        "nll_3d": ([[2, 3, 4]], { try nllLoss($0[0], spatialLabels.flatten(1)) }),
        "cross_entropy_mean": ([[4, 5]], { try crossEntropy($0[0], labels) }),
        "cross_entropy_sum": ([[4, 5]], { try crossEntropy($0[0], labels, reduction: .sum) }),
        "cross_entropy_none": ([[4, 5]], { try crossEntropy($0[0], labels, reduction: .none) }),
        "cross_entropy_spatial": ([[2, 3, 2, 2]], { try crossEntropy($0[0], spatialLabels) }),
        "cross_entropy_probabilities": ([[4, 5], [4, 5]], { try crossEntropy($0[0], $0[1].softmax(1)) }),
        "cross_entropy_probabilities_none": (
            [[4, 5], [4, 5]], { try crossEntropy($0[0], $0[1].softmax(1), reduction: .none) }
        ),
    ]

    @Test(arguments: cases.keys.sorted())
    func backwardMatchesFiniteDifferences(_ name: String) throws {
        let testCase = try #require(Self.cases[name])
        let inputs = try testCase.shapes.enumerated().map { try leaf($1, seed: UInt64($0 + 21)) }
        try checkGradients(inputs, testCase.f)
    }
}
