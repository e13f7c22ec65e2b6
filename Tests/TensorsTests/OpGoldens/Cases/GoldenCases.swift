import Tensors
import Testing

/// Builds one case's result from its inputs (the tensors the golden file lists, in order).
typealias GoldenBuild = ([Tensor]) throws -> Tensor

/// The Swift side of every golden case, by the name `make_op_goldens.py` gives it. Each table lives in the file
/// of its topic.
enum GoldenCases {
    static let all: [String: GoldenBuild] = {
        var all: [String: GoldenBuild] = [:]
        let tables = [
            promotion, broadcasting, unary, elementwise, comparisons, reductions, indexing, assignment, views, sharing,
            joining, matmul, creation, conversion, gradients, autograd, inPlaceCases, strided,
            scenarios, largeReductions, losses, retainGraph, convolutions, convolutionErrors, pooling, poolingErrors,
            batchNorms, batchNormErrors,
        ]
        for table in tables {
            all.merge(table) { first, _ in
                Issue.record("a case name is used twice")
                return first
            }
        }
        return all
    }()
}

/// A case of one input tensor.
func one(_ body: @escaping (Tensor) throws -> Tensor) -> GoldenBuild { { try body($0[0]) } }
/// A case of two input tensors.
func two(_ body: @escaping (Tensor, Tensor) throws -> Tensor) -> GoldenBuild { { try body($0[0], $0[1]) } }
/// A case of three input tensors.
func three(_ body: @escaping (Tensor, Tensor, Tensor) throws -> Tensor) -> GoldenBuild {
    { try body($0[0], $0[1], $0[2]) }
}
/// A case that makes its own tensors.
func inputless(_ body: @escaping () throws -> Tensor) -> GoldenBuild { { _ in try body() } }
