import Tensors

/// A pooling layer's size argument as PyTorch keeps it: one number for both dimensions, or a (height, width)
/// pair; the layer prints it back as given (`kernel_size=2`, `kernel_size=(2, 3)`).
///
/// ```swift
/// MaxPool2d(2)                     // MaxPool2d(kernel_size=2, stride=2, ...)
/// MaxPool2d(PoolSize(2, 3))        // MaxPool2d(kernel_size=(2, 3), stride=(2, 3), ...)
/// ```
public struct PoolSize: Equatable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The size down.
    public let height: Int
    /// The size across.
    public let width: Int
    /// Whether it was given as one number.
    public let isSingle: Bool

    /// The same size both ways.
    public init(_ size: Int) {
        height = size
        width = size
        isSingle = true
    }

    /// A height and a width.
    public init(_ height: Int, _ width: Int) {
        self.height = height
        self.width = width
        isSingle = false
    }

    /// `MaxPool2d(2)`.
    public init(integerLiteral value: Int) { self.init(value) }

    /// The argument for the pooling functions.
    public var pair: ConvPair { isSingle ? ConvPair(height) : ConvPair(height, width) }

    /// `2` or `(2, 3)`.
    public var description: String { isSingle ? String(height) : pythonTuple([height, width]) }
}
