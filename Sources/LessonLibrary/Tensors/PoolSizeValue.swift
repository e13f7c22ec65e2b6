import Learning
import LessonScript
import Tensors

extension Value {
    /// A pooling layer's size, kept as given (one number, or a `(height, width)` pair or list) so the layer prints
    /// it back the same way: `MaxPool2d(2)`, `MaxPool2d((2, 3))`.
    func asPoolSize() throws -> PoolSize {
        if case .int(let value) = self { return PoolSize(value) }
        let sizes = try asConvPair().values
        guard sizes.count == 2 else {
            throw BindingError("expected one size or a (height, width) pair, got \(sizes.count) numbers")
        }
        return PoolSize(sizes[0], sizes[1])
    }
}
