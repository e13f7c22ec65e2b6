/// A family of element-wise operations (``UnaryOperation``, ``ArithmeticOperation``, ``ComparisonOperation``,
/// ``BitwiseOperation``) whose cases carry PyTorch's name. The cell bindings iterate the cases, so every operation
/// is a method and a free function under the same name (`t.neg()` and `neg(t)`), and a new case needs no
/// binding of its own.
///
/// ```swift
/// UnaryOperation.negate.pytorchName      // "neg"
/// BitwiseOperation.and.swiftName         // "bitwiseAnd" (PyTorch's "bitwise_and")
/// ```
public protocol ElementwiseOperation: CaseIterable, Sendable {
    /// PyTorch's name: `neg` (`torch.neg`, `Tensor.neg`), `bitwise_and`.
    var pytorchName: String { get }
}

extension ElementwiseOperation {
    /// The name in Swift and in cells: PyTorch's name with its snake case turned into camel case
    /// (`bitwise_and` is `bitwiseAnd`, `neg` stays `neg`).
    public var swiftName: String {
        let words = pytorchName.split(separator: "_")
        return words.enumerated().map { index, word in
            index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
        }
        .joined()
    }
}
