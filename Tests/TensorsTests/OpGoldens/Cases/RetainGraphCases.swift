import Tensors

/// `backward()` a second time through a graph whose saved values the first one freed: PyTorch's error, except
/// with `retainGraph: true` or through nodes that keep no tensors.
extension GoldenCases {
    static let retainGraph: [String: GoldenBuild] = [
        "autograd_backward_twice_error": backwardRuns([1, 2], retaining: [false, false]) { try ($0 * $0).sum() },
        "autograd_backward_twice_retained": backwardRuns([1, 2], retaining: [true, false]) { try ($0 * $0).sum() },
        "autograd_backward_three_times_error": backwardRuns([1, 2], retaining: [true, false, false]) {
            try ($0 * $0).sum()
        },
        "autograd_backward_twice_without_saved_tensors": backwardRuns([1, 2, 3, 4], retaining: [false, false]) {
            try ($0.view(2, 2).t()[0] + 1 - $0[.range(1..<3)]).mean()
        },
        "autograd_backward_twice_cross_entropy_error": backwardRuns(
            [0.5, -1.0, 2.0, 1.5, 0.25, -0.75], retaining: [false, false]
        ) { try crossEntropy($0.view(2, 3), tensor([2, 0])) },
        "autograd_backward_twice_through_shared_part_error": inputless {
            let x = try leaf([1, 2])
            let y = try x.exp()
            try y.sum().backward()
            try (y * 2).sum().backward()
            return x.grad!
        },
    ]

    /// A case that computes `y = f(x)` once from the leaf `x` holding `values`, then calls `y.backward()` once
    /// per entry of `retaining` (with that `retainGraph`), and returns `x.grad`.
    private static func backwardRuns(
        _ values: [Double], retaining: [Bool], _ f: @escaping (Tensor) throws -> Tensor
    ) -> GoldenBuild {
        inputless {
            let x = try leaf(values)
            let y = try f(x)
            for retainGraph in retaining { try y.backward(retainGraph: retainGraph) }
            return x.grad!
        }
    }
}
