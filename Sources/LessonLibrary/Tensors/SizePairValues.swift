import Learning
import LessonScript
import Tensors

/// Size arguments of convolutions and pooling written as Python writes them: one integer (`3`), a tuple
/// (`(3, 5)`) or an array (`[3, 5]`).
extension Value {
    /// A convolution's size, stride, padding or dilation.
    func asConvPair() throws -> ConvPair {
        if case .int(let value) = self { return ConvPair(value) }
        return ConvPair(try sizeList())
    }

    /// A pooling layer's size, kept as given (one number, or a pair) so the layer prints it back the same way.
    func asPoolSize() throws -> PoolSize {
        if case .int(let value) = self { return PoolSize(value) }
        let sizes = try sizeList()
        guard sizes.count == 2 else {
            throw BindingError("expected one size or a (height, width) pair, got \(sizes.count) numbers")
        }
        return PoolSize(sizes[0], sizes[1])
    }

    /// The integers of a tuple or an array.
    private func sizeList() throws -> [Int] {
        switch self {
        case .tuple(let tuple): try tuple.elements.map { try $0.asInt() }
        case .array(let items): try items.map { try $0.asInt() }
        default:
            throw BindingError("cannot convert value of type '\(typeName)' to expected argument type '(Int, Int)'")
        }
    }
}
